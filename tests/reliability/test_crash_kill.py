"""kill -9 at random moments of import, consent import, revoke and export.

Each cycle runs the real command line (``python -m mediadesk``) as its own
process and kills it with SIGKILL after a random delay spread over the time
the same command takes when it runs to the end. After every kill the library
must be whole (``PRAGMA integrity_check``), hold no duplicates, keep every
withdrawal the killed process had acknowledged, and hold no publication
record without its complete exported file. The same command then runs to the
end (recovery). The seed is printed, so a failure can be replayed with
MEDIADESK_CRASH_SEED.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from mediadesk import cli
from tests.helpers import write
from mediadesk.services.assets import list_assets, review_complete, tag

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted((REPO / "tests" / "data" / "faces").glob("*.jp*g"))
CYCLES_PER_OP = 6
PHOTOS_PER_BATCH = 24
PEOPLE = 240
TODAY = date.today()
CONSENT_HEADER = "external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on,biometric,source,text_version\n"


@dataclass
class Outcome:
    killed: bool
    out: str
    seconds: float


@dataclass
class Figures:
    kills: dict[str, int] = field(default_factory=dict)
    completed_before_kill: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def mediadesk(db: Path, *args: str, kill_after: float | None = None) -> Outcome:
    """Run the CLI; with ``kill_after``, SIGKILL it after that many seconds
    (unless it ended first). stdout is read as it comes, so a line printed
    before the kill counts as acknowledged."""
    t0 = time.perf_counter()
    p = subprocess.Popen(
        [sys.executable, "-m", "mediadesk", "--db", str(db), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=str(REPO),
    )
    killed = False
    try:
        if kill_after is None:
            out, err = p.communicate(timeout=180)
            assert p.returncode == 0, (args, out, err)
            assert b"Traceback" not in err, err
        else:
            try:
                out, err = p.communicate(timeout=kill_after)
            except subprocess.TimeoutExpired:
                os.kill(p.pid, signal.SIGKILL)
                killed = True
                out, err = p.communicate(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    return Outcome(killed, out.decode("utf-8", "replace"), time.perf_counter() - t0)


def photos(folder: Path, batch: int) -> Path:
    """Small real JPEGs with distinct bytes (each its own asset)."""
    folder.mkdir(parents=True)
    for i in range(PHOTOS_PER_BATCH):
        src = SOURCES[i % len(SOURCES)]
        with Image.open(src) as im:
            im = im.convert("RGB")
            im.thumbnail((480, 480))
            im.putpixel((0, 0), (batch % 256, i % 256, (batch * 7 + i) % 256))
            im.save(folder / f"IMG_{batch:02d}{i:03d}.jpg", quality=90)
    return folder


def consent_csv(path: Path, signed: date) -> Path:
    rows = "".join(
        f"P{n:04d},guardian,Parent {n},website|facebook,photo|video,{signed.isoformat()},,,,no,paper,v{signed.day}\n"
        for n in range(PEOPLE)
    )
    return write(path, CONSENT_HEADER + rows)


def check_library(db: Path, acknowledged: set[str]) -> None:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        dup = con.execute("SELECT sha256 FROM asset GROUP BY sha256 HAVING COUNT(*) > 1").fetchall()
        assert dup == [], f"duplicate assets {dup}"
        dup = con.execute("SELECT path FROM asset_path GROUP BY path HAVING COUNT(*) > 1").fetchall()
        assert dup == [], f"duplicate paths {dup}"
        dup = con.execute(
            "SELECT person_id, signed_on FROM consent_record GROUP BY person_id, granted_by, "
            "guardian_name, channels, media, signed_on, valid_from, valid_until HAVING COUNT(*) > 1"
        ).fetchall()
        assert dup == [], f"duplicate consent records {dup}"
        for ext in acknowledged:
            open_forms = con.execute(
                "SELECT COUNT(*) FROM consent_record c JOIN person p ON p.id = c.person_id "
                "WHERE p.external_id = ? AND (c.revoked_on IS NULL OR c.revoked_on > ?)",
                (ext, TODAY.isoformat()),
            ).fetchone()[0]
            assert open_forms == 0, f"acknowledged withdrawal of {ext} lost"
        for (file,) in con.execute("SELECT file FROM publication WHERE file IS NOT NULL"):
            f = Path(file)
            assert f.is_file(), f"publication recorded without its file {f}"
            with Image.open(f) as im:
                im.load()  # a truncated file raises here
        dup = con.execute(
            "SELECT asset_id, channel, file FROM publication WHERE file IS NOT NULL "
            "GROUP BY asset_id, channel, file HAVING COUNT(*) > 1").fetchall()
        assert dup == [], f"duplicate publication records {dup}"
    finally:
        con.close()


def _cleared_library(tmp: Path) -> Path:
    """Face mode off (people tagged by hand), everyone with a website form."""
    db = tmp / "library.sqlite"
    people = "external_id,name,role,birth_date,group\n" + "".join(
        f"P{n:04d},Pupil {n},student,2013-01-{1 + n % 28:02d},5A\n" for n in range(PEOPLE))
    assert cli.main(["--db", str(db), "--profile", "dk", "people", "import", str(write(tmp / "people.csv", people))]) == 0
    assert cli.main(["--db", str(db), "consent", "import", str(consent_csv(tmp / "consent0.csv", date(TODAY.year - 1 if TODAY.month < 8 else TODAY.year, 8, 1)))]) == 0
    assert cli.main(["--db", str(db), "faces", "mode", "off"]) == 0
    return db


def _tag_everything(db: Path) -> None:
    """Tag one person on every untagged asset and confirm the list complete."""
    from mediadesk.services.library import Library

    lib = Library.open(str(db))
    try:
        for n, a in enumerate(list_assets(lib)):
            if a.people_confirmed_at is None:
                tag(lib, a.id.hex, [f"P{100 + n % 100:04d}"])  # P0100.. are never withdrawn here
                review_complete(lib, a.id.hex)
    finally:
        lib.close()


def test_kill_9_at_random_moments_never_corrupts_or_loses_an_acknowledged_withdrawal(tmp_path, capsys):
    seed = int(os.environ.get("MEDIADESK_CRASH_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)
    print(f"crash suite seed {seed}")
    t_start = time.perf_counter()
    db = _cleared_library(tmp_path)
    figures = Figures()
    acknowledged: set[str] = set()

    # uninterrupted runs first: they set the kill window of each operation
    window = {
        "import": mediadesk(db, "import", photos(tmp_path / "warm", 99), "--no-scan").seconds,
        "consent import": mediadesk(db, "consent", "import", consent_csv(tmp_path / "warm.csv", date(TODAY.year, 1, 2) if TODAY.month < 8 else date(TODAY.year, 8, 2))).seconds,
        "revoke": mediadesk(db, "consent", "revoke", "P0000").seconds,
    }
    acknowledged.add("P0000")
    _tag_everything(db)
    window["export"] = mediadesk(db, "export", "--channel", "website", "--to", tmp_path / "warm-out").seconds
    check_library(db, acknowledged)

    ops = [op for op in ("import", "consent import", "revoke", "export") for _ in range(CYCLES_PER_OP)]
    rng.shuffle(ops)
    for cycle, op in enumerate(ops):
        delay = rng.uniform(0.05, 1.0) * window[op]
        if op == "import":
            args = ["import", photos(tmp_path / f"batch{cycle}", cycle), "--no-scan"]
        elif op == "consent import":
            signed = date(TODAY.year, 1, 3 + cycle) if TODAY.month < 8 else date(TODAY.year, 8, 3 + cycle)
            args = ["consent", "import", consent_csv(tmp_path / f"consent{cycle}.csv", signed)]
        elif op == "revoke":
            args = ["consent", "revoke", f"P{1 + cycle:04d}"]
        else:
            _tag_everything(db)
            args = ["export", "--channel", "website", "--to", tmp_path / f"out{cycle}"]
        got = mediadesk(db, *args, kill_after=delay)
        if got.killed:
            figures.kills[op] = figures.kills.get(op, 0) + 1
        else:
            figures.completed_before_kill[op] = figures.completed_before_kill.get(op, 0) + 1
        if op == "revoke" and "withdrawn" in got.out:
            acknowledged.add(str(args[2]))
        check_library(db, acknowledged)
        # recovery: the same command runs to the end, and the library is whole again
        again = mediadesk(db, *args)
        if op == "revoke":
            acknowledged.add(str(args[2]))
        check_library(db, acknowledged)
        if op == "export":
            target = Path(args[-1])
            hidden = [f.name for f in target.iterdir() if f.name.startswith(".")]
            assert hidden == [], f"staging files left in {target}: {hidden}"
            assert again.out  # it said what it did

    figures.seconds = time.perf_counter() - t_start
    kills = sum(figures.kills.values())
    print(f"crash suite: {len(ops)} cycles, {kills} killed mid-run {figures.kills}, "
          f"finished before the kill {figures.completed_before_kill}, {figures.seconds:.0f} s")
    assert len(ops) >= 20
    assert kills >= len(ops) // 2, figures  # most kills must land while the command works
