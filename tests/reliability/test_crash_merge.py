"""kill -9 at random moments of ``mediadesk merge`` (issue 15 item 1).

Like test_crash_kill.py: the real command line runs as its own process and is
killed with SIGKILL after a random delay spread over the time the same merge
takes when it runs to the end. After every kill the office library is whole
and either exactly as it was (every table row for row) or, if the merge had
committed, completely merged; never half. Then the merge runs to the end.
The seed is printed, so a failure can be replayed with MEDIADESK_CRASH_SEED.
(tests/services/test_merging.py kills it at a known moment inside the
transaction.)
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from mediadesk.services.consent import import_consent
from mediadesk.services.importer import import_paths
from mediadesk.services.library import Library
from mediadesk.services.people import import_people
from tests.helpers import fake_result, write
from tests.reliability.test_crash_kill import mediadesk
from tests.services.test_merging import make_laptop, make_office

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

CYCLES = 5
GUESTS = 300
PHOTOS = 120


def _busy_laptop(tmp: Path) -> Path:
    laptop = make_laptop(tmp)
    lib = Library.open(str(laptop))
    people = "external_id,name,role,birth_date\n" + "".join(
        f"G{n:04d},Guest {n},guest,2012-01-01\n" for n in range(GUESTS))
    import_people(lib, write(tmp / "guests.csv", people))
    signed = date.today().isoformat()
    forms = ("external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on,"
             "biometric,source,text_version\n") + "".join(
        f"G{n:04d},guardian,Parent {n},website,photo,{signed},,,,no,on_site,v1\n" for n in range(GUESTS))
    import_consent(lib, write(tmp / "guest-forms.csv", forms))
    folder = tmp / "photos" / "Fair hall"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(PHOTOS):
        p = folder / f"hall_{i:03d}.jpg"
        p.write_bytes(os.urandom(256))
        files.append(p)
    import_paths(lib, files, results=[fake_result(p) for p in files])
    lib.close()
    return laptop


def _rows(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(con.iterdump())
    finally:
        con.close()


def _counts(db: Path) -> tuple[int, int, int, int]:
    con = sqlite3.connect(db)
    try:
        return tuple(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("person", "consent_record", "asset", "presence"))  # type: ignore[return-value]
    finally:
        con.close()


def test_a_merge_killed_at_any_moment_leaves_the_office_as_it_was_or_merged(tmp_path: Path) -> None:
    seed = int(os.environ.get("MEDIADESK_CRASH_SEED") or random.randrange(1 << 30))
    print(f"MEDIADESK_CRASH_SEED={seed}")
    rnd = random.Random(seed)
    laptop = _busy_laptop(tmp_path)
    office = make_office(tmp_path)
    # how long the whole merge takes, and what a merged office holds, on a copy
    probe = tmp_path / "probe" / "office.sqlite"
    probe.parent.mkdir()
    con, dst = sqlite3.connect(office), sqlite3.connect(probe)
    con.backup(dst)
    con.close()
    dst.close()
    full = mediadesk(probe, "merge", laptop)
    merged = _counts(probe)
    before_rows, before = _rows(office), _counts(office)
    assert merged != before
    for _cycle in range(CYCLES):
        out = mediadesk(office, "merge", laptop, kill_after=rnd.uniform(0.2, 1.0) * full.seconds)
        now = _counts(office)
        print(f"kill after {out.seconds:.2f}s of {full.seconds:.2f}s: killed={out.killed} merged={now == merged}")
        if not out.killed or now == merged:
            assert now == merged, (seed, now)
            break  # it committed before the kill: the office is merged, whole
        assert now == before and _rows(office) == before_rows, seed
    mediadesk(office, "merge", laptop)
    assert _counts(office) == merged
