"""follow_parent: a worker process ends by itself when the process that owns it is gone.

These test the watchdog thread alone (the Linux parent death signal is
switched off in the worker), with real processes: the test reads the
worker's stdout, which reaches end-of-file only when the worker has ended.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mediadesk.media.lifeline import ORPHAN_EXIT_CODE

REPO = Path(__file__).resolve().parents[2]
DEADLINE = 15.0  # seconds; the watchdog looks twice a second

# The worker: follows OWNER with the watchdog only, says it is ready, then idles for a long time.
WORKER = textwrap.dedent("""
    import sys, time
    from mediadesk.media import lifeline
    lifeline._set_parent_death_signal = lambda: None  # the watchdog alone
    lifeline.follow_parent(int(sys.argv[1]))
    sys.stderr.write("ready\\n"); sys.stderr.flush()
    time.sleep(120)
    sys.exit(3)
""")

# Starts the worker (whose stdout is the test's pipe) with itself as the
# owner, directly or, when "nested", through a middle process that stays (as
# a forkserver does); reports the worker's pid on stderr once it is ready,
# then exits.
STARTER = textwrap.dedent("""
    import os, subprocess, sys
    worker = [sys.executable, "-c", WORKER, str(os.getpid())]
    if sys.argv[1] == "nested":
        middle = subprocess.Popen([sys.executable, "-c", MIDDLE, *worker], stderr=subprocess.PIPE)
        sys.stderr.write(f"{middle.stderr.readline().decode().strip()} {middle.pid}\\n")
    else:
        w = subprocess.Popen(worker, stderr=subprocess.PIPE)
        assert w.stderr.readline() == b"ready\\n"
        sys.stderr.write(f"{w.pid} 0\\n")
    sys.stderr.flush()
    os._exit(0)  # the owner ends; nothing is cleaned up
""")

MIDDLE = textwrap.dedent("""
    import os, subprocess, sys, time
    w = subprocess.Popen(sys.argv[1:], stderr=subprocess.PIPE)
    assert w.stderr.readline() == b"ready\\n"
    print(w.pid, file=sys.stderr, flush=True)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # only the worker holds the test's pipe now
    os.dup2(devnull, 2)
    time.sleep(120)
""")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        pass


def _owner_exits_and_worker_follows(nested: bool) -> None:
    starter = subprocess.Popen(
        [sys.executable, "-c", f"WORKER = {WORKER!r}\nMIDDLE = {MIDDLE!r}\n" + STARTER, "nested" if nested else "direct"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=str(REPO),
    )
    worker_pid, middle_pid = map(int, starter.stderr.readline().split())
    try:
        assert worker_pid, starter.stderr.read()
        try:
            # end-of-file on stdout: the owner has ended and so has the worker
            starter.communicate(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            raise AssertionError("the worker outlived its owner") from None
        assert starter.returncode == 0
    finally:
        _kill(worker_pid)
        if middle_pid:
            _kill(middle_pid)
        if starter.poll() is None:
            starter.kill()
            starter.wait()


def test_worker_ends_when_its_parent_exits() -> None:
    _owner_exits_and_worker_follows(nested=False)


@pytest.mark.skipif(sys.platform == "win32", reason="a middle process outliving the owner is the POSIX forkserver case")
def test_worker_ends_when_its_owner_exits_though_a_middle_process_lives_on() -> None:
    _owner_exits_and_worker_follows(nested=True)


def test_worker_whose_owner_ended_before_it_started_ends_at_once() -> None:
    owner = subprocess.Popen([sys.executable, "-c", "pass"])
    owner.wait()
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(owner.pid)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=str(REPO),
    )
    try:
        out, err = worker.communicate(timeout=DEADLINE)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()
        raise AssertionError("a worker whose owner had already ended kept running") from None
    assert worker.returncode == ORPHAN_EXIT_CODE, err
    assert b"ready" not in err  # it never got to work
