"""kill -9 of the app leaves no worker process behind (issue 11.14).

The real command line (``python -m mediadesk import``) runs as its own
process; once its worker processes exist it is killed with SIGKILL, and
every process it had started (media workers, face scan workers, the
forkserver and resource tracker) must be gone within a few seconds.
Processes are found through /proc, so this runs on Linux.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the worker processes through /proc"),
]

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted((REPO / "tests" / "data" / "faces").glob("*.jp*g"))
HANG = "HANGS_HERE"
DEADLINE = 20.0  # seconds for the workers to show up, and again for them to go


def _stat(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, state, start time) of a process, or None when there is none."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[1]), fields[0], int(fields[19])


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def _descendants(root: int) -> dict[int, int]:
    """pid -> start time of every process below ``root``."""
    children: dict[int, list[tuple[int, int]]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (st := _stat(int(entry.name))) is not None:
            children.setdefault(st[0], []).append((int(entry.name), st[2]))
    found: dict[int, int] = {}
    todo = [root]
    while todo:
        for pid, start in children.get(todo.pop(), []):
            found[pid] = start
            todo.append(pid)
    return found


def _running(pid: int, start: int) -> bool:
    """The process still runs (a zombie has ended; a reused pid is another process)."""
    st = _stat(pid)
    return st is not None and st[2] == start and st[1] not in ("Z", "X")


def _wait_for(what: str, check, deadline: float = DEADLINE):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        got = check()
        if got:
            return got
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _photos(folder: Path, count: int, prefix: str = "IMG") -> Path:
    """Real photos with faces, each with distinct bytes (each its own asset)."""
    folder.mkdir(parents=True)
    for i in range(count):
        with Image.open(SOURCES[i % len(SOURCES)]) as im:
            im = im.convert("RGB")
            im.putpixel((0, 0), (i % 256, 7, 9))
            im.save(folder / f"{prefix}_{i:03d}.jpg", quality=90)
    return folder


def _start(tmp: Path, *args: str, **env: str) -> subprocess.Popen:
    full = dict(os.environ, **env)
    full["PYTHONPATH"] = str(REPO) + os.pathsep + full.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, "-m", "mediadesk", "--db", str(tmp / "library.sqlite"), *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=full, cwd=str(REPO),
    )


def _start_import(tmp: Path, folder: Path, *args: str, **env: str) -> subprocess.Popen:
    return _start(tmp, "import", str(folder), *args, **env)


def _media_workers(app: subprocess.Popen) -> dict[int, int]:
    """The media workers: children of the forkserver the import started."""
    below = _descendants(app.pid)
    return {p: s for p, s in below.items()
            if "forkserver" in _cmdline(p) and (_stat(p) or (app.pid,))[0] != app.pid}


def _kill_and_expect_no_survivors(app: subprocess.Popen, workers: dict[int, int]) -> None:
    everything = {**_descendants(app.pid), **workers}
    os.kill(app.pid, signal.SIGKILL)
    app.wait(30)
    try:
        _wait_for("every worker process to exit after the app was killed",
                  lambda: not any(_running(p, s) for p, s in everything.items()))
    except AssertionError:
        left = {p: _cmdline(p)[:120] for p, s in everything.items() if _running(p, s)}
        for pid in left:  # do not leave them running on the test machine
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        raise AssertionError(f"{len(left)} of {len(everything)} processes outlived the killed app: {left}") from None


def _scanned(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM asset WHERE faces_scanned_at IS NOT NULL").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:  # not created yet
        return 0


def _kill_at_work(app: subprocess.Popen, db: Path, what: str, workers_of) -> None:
    try:
        def at_work() -> dict[int, int]:
            if app.poll() is not None:
                raise AssertionError(f"the command ended before {what} were seen at work")
            found = workers_of(app)
            # killed while they find faces: started, and the first results stored
            return found if len(found) >= 2 and _scanned(db) else {}

        workers = _wait_for(f"two {what} at work", at_work, deadline=60)
        _kill_and_expect_no_survivors(app, workers)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_kill_9_while_an_import_finds_faces_leaves_no_media_worker(tmp_path: Path) -> None:
    """An import finds the faces of photos in its media workers (one decode)."""
    app = _start_import(tmp_path, _photos(tmp_path / "photos", 40))
    _kill_at_work(app, tmp_path / "library.sqlite", "media workers", _media_workers)


def test_kill_9_during_face_scanning_leaves_no_scan_worker(tmp_path: Path) -> None:
    folder = _photos(tmp_path / "photos", 40)
    done = subprocess.run([sys.executable, "-m", "mediadesk", "--db", str(tmp_path / "library.sqlite"),
                           "import", str(folder), "--no-scan"], cwd=str(REPO), capture_output=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=300)
    assert done.returncode == 0, done.stderr
    app = _start(tmp_path, "faces", "scan")

    def scan_workers(app: subprocess.Popen) -> dict[int, int]:
        return {p: s for p, s in _descendants(app.pid).items() if "spawn_main" in _cmdline(p)}

    _kill_at_work(app, tmp_path / "library.sqlite", "face scan workers", scan_workers)


def test_kill_9_while_a_media_worker_hangs_leaves_no_media_worker(tmp_path: Path) -> None:
    # Every file hangs its worker (as a decoder stuck in a bad file would).
    folder = _photos(tmp_path / "photos", 2, prefix=HANG)
    app = _start_import(tmp_path, folder, MEDIADESK_TEST_HANG_MARKER=HANG)
    try:
        def media_workers() -> dict[int, int]:
            if app.poll() is not None:
                raise AssertionError("the import ended before its media workers were seen")
            return _media_workers(app)

        workers = _wait_for("a media worker", media_workers)
        _kill_and_expect_no_survivors(app, workers)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
