"""Finding files under ``resources/`` in every layout MediaDesk runs in.

- a source checkout or editable install: ``<repo>/resources``;
- a wheel: ``mediadesk/_resources`` (hatch force-include);
- a PyInstaller bundle: ``<bundle>/resources`` (``sys._MEIPASS``).

Everything that needs an icon, a translation or the demo media asks here.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "_resources"]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("MediaDesk resources not found in: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
