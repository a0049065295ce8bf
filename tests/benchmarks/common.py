"""What every benchmark script does first."""

from __future__ import annotations

import os


def as_on_a_users_computer() -> None:
    """Let Python keep compiled bytecode, as it does on a user's computer.

    Some build machines set PYTHONDONTWRITEBYTECODE=1: then every process
    compiles SQLAlchemy, NumPy and the rest from source again (~0.5 s per
    process start here), which a school's laptop never does after the first
    run. Timed child processes inherit this, and each script's warm-up run
    writes the caches before anything is timed (baselines alike).
    """
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
        print("(PYTHONDONTWRITEBYTECODE unset for the timed processes, as on a user's computer)")
