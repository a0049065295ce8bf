"""The ``mediadesk`` command line end to end (spec/interfaces.md).

Each test works on its own library in tmp_path. Most run ``mediadesk.cli.main``
in-process (stdout/stderr captured with capsys); a few run the real
``python -m mediadesk`` as a subprocess. Assets that only need to exist are
put in the library with ``register_asset``; the ``import`` command tests go
through the real media pipeline (``mediadesk.media.pool``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from mediadesk import cli
from mediadesk.core.dates import utcnow
from tests.helpers import CONSENT_CSV, PEOPLE_CSV, register_asset, write
from mediadesk.services.assets import get_asset, resolve_asset, review_complete, tag
from mediadesk.services.consent import list_consents
from mediadesk.services.settings import library_settings, update_settings

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
DEFAULT_CHANNELS = ["website", "facebook", "instagram", "tiktok", "print", "intranet"]
ON = "2026-10-01"  # inside every sample form's school year

requires_pool = pytest.mark.skipif(
    importlib.util.find_spec("mediadesk.media.pool") is None,
    reason="the media pipeline (mediadesk.media.pool) is not there yet",
)


# ---- helpers -------------------------------------------------------------------------------

class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)

    def __repr__(self) -> str:  # shown by pytest on failure
        return f"Run(code={self.code}, out={self.out!r}, err={self.err!r})"


def run(capsys, *args: str) -> Run:
    """``mediadesk ARGS`` in-process."""
    capsys.readouterr()
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as e:  # argparse errors and --version
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return Run(code, out, err)


def run_sub(*args: str, env: dict | None = None, cwd: Path | None = None) -> Run:
    """``python -m mediadesk ARGS`` as a real process."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    p = subprocess.run(
        [sys.executable, "-m", "mediadesk", *[str(a) for a in args]],
        capture_output=True, text=True, env=full_env, cwd=str(cwd or REPO), timeout=120,
    )
    assert "Traceback" not in p.stderr, p.stderr
    return Run(p.returncode, p.stdout, p.stderr)


def one_error_line(r: Run) -> str:
    lines = [ln for ln in r.err.splitlines() if ln.strip()]
    assert len(lines) == 1, r
    assert lines[0].startswith("mediadesk: error: "), r
    return lines[0]


def codes(verdict: dict) -> list[str]:
    return [r["code"] for r in verdict["reasons"]]


def open_lib(db: Path):
    from mediadesk.services.library import Library

    return Library.open(str(db))


def add_asset(db: Path, path: Path, kind: str = "photo") -> str:
    lib = open_lib(db)
    try:
        return register_asset(lib, path, kind=kind)
    finally:
        lib.close()


def mark_scanned_no_faces(db: Path, asset_id: str) -> None:
    """What a face scan that found nobody leaves behind (the CLI has no
    ``faces scan`` yet): the asset's faces count as scanned."""
    from mediadesk.store.tables import Asset

    lib = open_lib(db)
    try:
        with lib.unit() as s:
            a = s.get(Asset, uuid.UUID(hex=asset_id))
            a.faces_scanned_at = utcnow()
            s.add(a)
    finally:
        lib.close()


def check_json(capsys, db: Path, *args: str) -> tuple[int, list[dict]]:
    r = run(capsys, "--db", db, "check", *args, "--json")
    assert r.err == "", r
    return r.code, r.json()


def assert_verdict_shape(v: dict) -> None:
    assert set(v) == {"asset", "path", "channel", "date", "verdict", "reasons"}
    assert isinstance(v["asset"], str) and len(v["asset"]) == 32
    int(v["asset"], 16)
    assert isinstance(v["path"], str) and v["path"]
    assert v["verdict"] in ("cleared", "blocked", "needs_review")
    date.fromisoformat(v["date"])
    assert isinstance(v["reasons"], list)
    for r in v["reasons"]:
        assert {"code", "person", "message"} <= set(r)
        assert r["person"] is None or isinstance(r["person"], str)
        assert isinstance(r["message"], str) and r["message"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli-library.sqlite"


@pytest.fixture
def csvs(tmp_path: Path) -> dict[str, Path]:
    return {
        "people": write(tmp_path / "people.csv", PEOPLE_CSV),
        "consent": write(tmp_path / "consent.csv", CONSENT_CSV),
    }


@pytest.fixture(scope="module")
def _loaded_template(tmp_path_factory) -> Path:
    """Built once per module through the CLI, copied per test (creating a
    library runs the migrations, which dominates the run time)."""
    d = tmp_path_factory.mktemp("template")
    db = d / "library.sqlite"
    people = write(d / "people.csv", PEOPLE_CSV)
    consent = write(d / "consent.csv", CONSENT_CSV)
    assert cli.main(["--db", str(db), "--profile", "dk", "people", "import", str(people)]) == 0
    assert cli.main(["--db", str(db), "consent", "import", str(consent)]) == 0
    return db


@pytest.fixture
def loaded(_loaded_template, db) -> Path:
    """A dk library with the sample people and forms, imported through the CLI."""
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(_loaded_template) + suffix)
        if f.exists():
            shutil.copy(f, Path(str(db) + suffix))
    return db


@pytest.fixture
def emma_photo(loaded, tmp_path) -> str:
    """A photo with Emma (S1042, guardian form for website|facebook, photo|video)
    tagged, people list confirmed, faces scanned (none unknown)."""
    d = tmp_path / "photos" / "gala"
    d.mkdir(parents=True)
    aid = add_asset(loaded, d / "IMG_0042.jpg")
    mark_scanned_no_faces(loaded, aid)
    lib = open_lib(loaded)
    try:
        tag(lib, aid, ["S1042"])
        review_complete(lib, aid)
    finally:
        lib.close()
    return aid


# ---- people and consent ------------------------------------------------------------------------

def test_people_import_and_list_json(capsys, db, csvs):
    r = run(capsys, "--db", db, "--profile", "dk", "people", "import", csvs["people"])
    assert r.code == 0, r
    assert "4 added, 0 updated, 0 unchanged" in r.out
    r = run(capsys, "--db", db, "people", "list", "--json")
    assert r.code == 0, r
    people = {p["external_id"]: p for p in r.json()}
    assert set(people) == {"S1042", "S1043", "S1044", "T1"}
    assert people["S1042"] == {"external_id": "S1042", "name": "Emma Jensen", "role": "student",
                               "birth_date": "2012-03-12", "group": "7A", "publication_ban": False,
                               "guardian_name": None, "guardian_email": None, "guardian_phone": None}
    assert people["S1044"]["publication_ban"] is True
    assert people["T1"]["birth_date"] is None and people["T1"]["group"] is None
    # second import: nothing changes
    r = run(capsys, "--db", db, "people", "import", csvs["people"])
    assert r.code == 0 and "0 added, 0 updated, 4 unchanged" in r.out, r


def test_people_list_text(capsys, loaded):
    r = run(capsys, "--db", loaded, "people", "list")
    assert r.code == 0
    lines = r.out.splitlines()
    assert len(lines) == 4
    assert "S1042\tEmma Jensen\tstudent\t7A" in lines
    assert any(ln.startswith("S1044") and "[publication ban]" in ln for ln in lines)


def test_consent_import_counts_and_idempotency(capsys, loaded, csvs):
    r = run(capsys, "--db", loaded, "consent", "import", csvs["consent"])
    assert r.code == 0, r
    assert "0 forms added, 0 withdrawals added, 4 unchanged" in r.out
    lib = open_lib(loaded)
    try:
        (rec,) = list_consents(lib, "S1042")
        assert rec.channels == "facebook|website" and rec.valid_until == date(2027, 7, 31)
    finally:
        lib.close()


def test_unknown_column_warning_goes_to_stderr(capsys, db, tmp_path):
    path = write(tmp_path / "p.csv", "external_id,name,role,shoe_size\nA1,Emma,student,38\n")
    r = run(capsys, "--db", db, "people", "import", path)
    assert r.code == 0, r
    assert "1 added" in r.out
    assert "mediadesk: warning:" in r.err and "shoe_size" in r.err


@pytest.mark.parametrize(
    "kind,body,row,column",
    [
        ("people", "external_id,name,role\nA1,Emma,student\nA2,Lars,teacher\n", 3, "role"),
        ("people", "external_id,name\nA1,Emma\n", 1, "role"),
        ("consent", "external_id,granted_by,channels,media,signed_on\nT1,self,website|snapchat,photo,2026-09-01\n", 2, "channels"),
        ("consent", "external_id,granted_by,channels,media,signed_on\nT1,self,website,photo,2026-02-30\n", 2, "signed_on"),
        ("consent", "external_id,granted_by,channels,media,signed_on\nX9,self,website,photo,2026-09-01\n", 2, "external_id"),
        ("people", "external_id,name,role,birth_date\nA1,Emma,student,2011-01-01\nA2,Lars,student,0001-01-01\n", 3, "birth_date"),
        # S1042 (Emma) was born on 2012-03-12
        ("consent", "external_id,granted_by,guardian_name,channels,media,signed_on\n"
                    "S1042,guardian,Anna Jensen,website,photo,2011-09-01\n", 2, "signed_on"),
    ],
)
def test_bad_csv_exits_2_with_one_line_naming_file_row_column(capsys, loaded, tmp_path, kind, body, row, column):
    path = write(tmp_path / f"bad-{kind}.csv", body)
    before = run(capsys, "--db", loaded, "people", "list", "--json").out
    r = run(capsys, "--db", loaded, kind, "import", path)
    assert r.code == 2, r
    assert r.out == ""
    line = one_error_line(r)
    assert str(path) in line and f"row {row}" in line and f"column '{column}'" in line
    assert run(capsys, "--db", loaded, "people", "list", "--json").out == before


def test_people_add_with_a_birth_date_before_1900_exits_2(capsys, loaded):
    before = run(capsys, "--db", loaded, "people", "list", "--json").out
    r = run(capsys, "--db", loaded, "people", "add", "F9", "--name", "Old", "--role", "student", "--birth-date", "0001-01-01")
    assert r.code == 2, r
    assert one_error_line(r) == "mediadesk: error: birth date: 0001-01-01 is before 1900-01-01: not a real birth date"
    assert run(capsys, "--db", loaded, "people", "list", "--json").out == before


def test_missing_csv_file_exits_2(capsys, db, tmp_path):
    r = run(capsys, "--db", db, "people", "import", tmp_path / "nope.csv")
    assert r.code == 2
    assert "nope.csv" in one_error_line(r)


# ---- assets, tag, review, block -------------------------------------------------------------

def test_assets_list_json_follows_tag_review_block(capsys, loaded, tmp_path):
    photo = tmp_path / "IMG_1.jpg"
    aid = add_asset(loaded, photo)
    r = run(capsys, "--db", loaded, "assets", "list", "--json")
    assert r.code == 0, r
    (a,) = r.json()
    assert a["asset"] == aid and a["path"] == str(photo.resolve()) and a["kind"] == "photo"
    assert a["offline"] is False and a["people_confirmed"] is False and a["blocked"] is None
    assert a["size"] == photo.stat().st_size and len(a["sha256"]) == 64

    r = run(capsys, "--db", loaded, "tag", aid, "S1042", "S1043")
    assert r.code == 0 and "tagged 2 new person(s)" in r.out, r
    r = run(capsys, "--db", loaded, "tag", aid, "S1042")
    assert r.code == 0 and "tagged 0 new person(s)" in r.out, r
    r = run(capsys, "--db", loaded, "review", aid, "--complete")
    assert r.code == 0, r
    r = run(capsys, "--db", loaded, "block", aid, "--reason", "parent asked on the phone")
    assert r.code == 0, r
    (a,) = run(capsys, "--db", loaded, "assets", "list", "--json").json()
    assert a["people_confirmed"] is True
    assert a["blocked"] == "parent asked on the phone"

    code, verdicts = check_json(capsys, loaded, aid, "--channel", "website", "--date", ON)
    assert code == 1
    (v,) = verdicts
    assert v["verdict"] == "blocked"
    persons = {(r["code"], r["person"]) for r in v["reasons"]}
    assert ("MANUALLY_BLOCKED", None) in persons
    assert "PEOPLE_NOT_CONFIRMED" not in codes(v)
    blocked_msg = next(r["message"] for r in v["reasons"] if r["code"] == "MANUALLY_BLOCKED")
    assert "parent asked on the phone" in blocked_msg


def test_assets_list_text(capsys, loaded, tmp_path):
    aid = add_asset(loaded, tmp_path / "IMG_2.jpg")
    r = run(capsys, "--db", loaded, "assets", "list")
    assert r.code == 0
    assert r.out.strip() == f"{aid}\tphoto\t{(tmp_path / 'IMG_2.jpg').resolve()}"


def test_untagged_unreviewed_asset_needs_review(capsys, loaded, tmp_path):
    aid = add_asset(loaded, tmp_path / "cake.jpg")
    code, verdicts = check_json(capsys, loaded, aid, "--channel", "website", "--date", ON)
    assert code == 1
    (v,) = verdicts
    assert v["verdict"] == "needs_review"
    assert codes(v) == ["FACES_NOT_SCANNED", "PEOPLE_NOT_CONFIRMED"]
    # a picture of a cake: scanned, nobody on it, list confirmed -> cleared
    mark_scanned_no_faces(loaded, aid)
    assert run(capsys, "--db", loaded, "review", aid, "--complete").code == 0
    code, (v,) = check_json(capsys, loaded, aid, "--channel", "website", "--date", ON)
    assert (code, v["verdict"], v["reasons"]) == (0, "cleared", [])


def test_block_needs_a_reason(capsys, loaded, tmp_path):
    aid = add_asset(loaded, tmp_path / "x.jpg")
    r = run(capsys, "--db", loaded, "block", aid)
    assert r.code == 2 and "--reason" in one_error_line(r)
    r = run(capsys, "--db", loaded, "block", aid, "--reason", "  ")
    assert r.code == 2 and "reason" in one_error_line(r)
    (a,) = run(capsys, "--db", loaded, "assets", "list", "--json").json()
    assert a["blocked"] is None


def test_review_requires_complete_flag(capsys, loaded, tmp_path):
    aid = add_asset(loaded, tmp_path / "x.jpg")
    r = run(capsys, "--db", loaded, "review", aid)
    assert r.code == 2
    one_error_line(r)


# ---- check --------------------------------------------------------------------------------------

def test_full_walkthrough_cleared_and_channel_not_covered(capsys, db, csvs, tmp_path):
    assert run(capsys, "--db", db, "--profile", "dk", "people", "import", csvs["people"]).code == 0
    assert run(capsys, "--db", db, "consent", "import", csvs["consent"]).code == 0
    photo = tmp_path / "gala" / "IMG_0042.jpg"
    photo.parent.mkdir()
    aid = add_asset(db, photo)
    mark_scanned_no_faces(db, aid)
    assert run(capsys, "--db", db, "tag", aid, "S1042").code == 0
    # before the review the people list is not confirmed
    code, (v,) = check_json(capsys, db, aid, "--channel", "website", "--date", ON)
    assert (code, v["verdict"], codes(v)) == (1, "needs_review", ["PEOPLE_NOT_CONFIRMED"])
    assert run(capsys, "--db", db, "review", aid, "--complete").code == 0

    code, verdicts = check_json(capsys, db, aid, "--channel", "website", "--date", ON)
    assert code == 0
    (v,) = verdicts
    assert_verdict_shape(v)
    assert v == {"asset": aid, "path": str(photo.resolve()), "channel": "website", "date": ON,
                 "verdict": "cleared", "reasons": []}

    code, verdicts = check_json(capsys, db, aid, "--channel", "instagram", "--date", ON)
    assert code == 1
    (v,) = verdicts
    assert_verdict_shape(v)
    assert v["verdict"] == "blocked"
    assert v["reasons"] == [{"code": "CHANNEL_NOT_COVERED", "person": "S1042",
                             "message": "Emma Jensen: consent for Instagram not given (form of 2026-08-20)"}]

    # text output of both channels, one command
    r = run(capsys, "--db", db, "check", aid, "--channel", "website", "--channel", "instagram", "--date", ON)
    assert r.code == 1, r
    assert r.out.splitlines()[0] == f"{photo.resolve()} ({aid[:12]})"
    assert "website    CLEARED" in r.out
    assert "instagram  BLOCKED" in r.out
    assert "- Emma Jensen: consent for Instagram not given (form of 2026-08-20)" in r.out


def test_check_without_channel_gives_one_verdict_per_channel(capsys, emma_photo, loaded):
    code, verdicts = check_json(capsys, loaded, emma_photo, "--date", ON)
    assert code == 1
    for v in verdicts:
        assert_verdict_shape(v)
    assert [v["channel"] for v in verdicts] == DEFAULT_CHANNELS
    by_channel = {v["channel"]: v for v in verdicts}
    assert by_channel["website"]["verdict"] == by_channel["facebook"]["verdict"] == "cleared"
    for ch in ("instagram", "tiktok", "print", "intranet"):
        assert by_channel[ch]["verdict"] == "blocked"
        assert codes(by_channel[ch]) == ["CHANNEL_NOT_COVERED"]
        assert by_channel[ch]["reasons"][0]["person"] == "S1042"


def test_check_all_cleared_exits_0(capsys, emma_photo, loaded):
    r = run(capsys, "--db", loaded, "check", emma_photo, "--channel", "website", "--channel", "facebook", "--date", ON)
    assert r.code == 0, r
    assert r.out.count("CLEARED") == 2


def test_check_several_assets_and_reasons(capsys, emma_photo, loaded, tmp_path):
    other = add_asset(loaded, tmp_path / "video.mp4", kind="video")
    mark_scanned_no_faces(loaded, other)
    lib = open_lib(loaded)
    try:
        tag(lib, other, ["S1043", "S1044"])  # Lars: photo only; Sofie: publication ban
        review_complete(lib, other)
    finally:
        lib.close()
    code, verdicts = check_json(capsys, loaded, emma_photo, other, "--channel", "website", "--date", ON)
    assert code == 1
    assert [v["asset"] for v in verdicts] == [emma_photo, other]
    assert verdicts[0]["verdict"] == "cleared"
    v = verdicts[1]
    assert v["verdict"] == "blocked"
    got = {(r["code"], r["person"]) for r in v["reasons"]}
    assert got == {("MEDIA_NOT_COVERED", "S1043"), ("PUBLICATION_BAN", "S1044")}


def test_check_by_id_prefix_and_by_path(capsys, emma_photo, loaded, tmp_path):
    for ref in (emma_photo[:8], emma_photo[:6].upper(), str(tmp_path / "photos" / "gala" / "IMG_0042.jpg")):
        code, verdicts = check_json(capsys, loaded, ref, "--channel", "website", "--date", ON)
        assert code == 0, ref
        assert [v["asset"] for v in verdicts] == [emma_photo]


def test_ambiguous_prefix_exits_2(capsys, loaded, tmp_path):
    first = add_asset(loaded, tmp_path / "a0.jpg")
    second = add_asset(loaded, tmp_path / "a1.jpg")
    # give the second asset an id that shares its first 8 hex digits with the first
    twin = first[:8] + ("0" * 24 if first[8:] != "0" * 24 else "1" * 24)
    import sqlite3

    con = sqlite3.connect(loaded)  # foreign keys are off in a plain connection
    with con:
        for table, col in (("asset", "id"), ("asset_path", "asset_id"), ("audit_log", "entity_id")):
            con.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (twin, second))
    con.close()
    r = run(capsys, "--db", loaded, "check", first[:8], "--date", ON)
    assert r.code == 2, r
    assert "matches 2 assets" in one_error_line(r)
    # more of the id tells them apart
    code, (v,) = check_json(capsys, loaded, first[:12], "--channel", "website", "--date", ON)
    assert v["asset"] == first


def test_lang_da_and_nl(capsys, emma_photo, loaded):
    r = run(capsys, "--db", loaded, "--lang", "da", "check", emma_photo, "--channel", "instagram", "--date", ON)
    assert r.code == 1, r
    assert "BLOKERET" in r.out
    assert "Emma Jensen: der er ikke givet samtykke til Instagram (blanket af 2026-08-20)" in r.out
    r = run(capsys, "--db", loaded, "--lang", "da", "check", emma_photo, "--channel", "website", "--date", ON)
    assert "GODKENDT" in r.out

    r = run(capsys, "--db", loaded, "--lang", "nl", "check", emma_photo, "--channel", "instagram", "--date", ON, "--json")
    assert r.code == 1, r
    (v,) = r.json()
    assert v["reasons"][0]["message"] == "Emma Jensen: geen toestemming voor Instagram (formulier van 2026-08-20)"
    r = run(capsys, "--db", loaded, "--lang", "nl", "check", emma_photo, "--channel", "print", "--date", ON)
    assert "GEBLOKKEERD" in r.out and "geen toestemming voor drukwerk" in r.out


def test_date_before_and_after_a_withdrawal(capsys, emma_photo, loaded):
    r = run(capsys, "--db", loaded, "consent", "revoke", "S1042", "--on", "2026-10-15", "--reason", "mother phoned")
    assert r.code == 0, r
    assert "S1042: 1 form(s) withdrawn from 2026-10-15" in r.out
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website", "--date", "2026-10-14")
    assert (code, v["verdict"]) == (0, "cleared")
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website", "--date", "2026-10-15")
    assert (code, v["verdict"], codes(v)) == (1, "blocked", ["CONSENT_REVOKED"])
    assert v["reasons"][0]["person"] == "S1042"
    assert "2026-10-15" in v["reasons"][0]["message"]
    # the other date formats work for --date too
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website", "--date", "14.10.2026")
    assert (code, v["date"], v["verdict"]) == (0, "2026-10-14", "cleared")
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website", "--date", "16-10-2026")
    assert (code, v["date"], v["verdict"]) == (1, "2026-10-16", "blocked")


def test_revoke_then_check_shows_consent_revoked_at_once(capsys, db, tmp_path):
    """Uses today's date throughout (no --on, no --date)."""
    today = date.today()
    people = write(tmp_path / "p.csv", "external_id,name,role\nT1,Mette Hansen,staff\n")
    consent = write(
        tmp_path / "c.csv",
        "external_id,granted_by,channels,media,signed_on\n"
        f"T1,self,website|instagram,photo,{(today - timedelta(days=1)).isoformat()}\n",
    )
    assert run(capsys, "--db", db, "people", "import", people).code == 0
    assert run(capsys, "--db", db, "consent", "import", consent).code == 0
    aid = add_asset(db, tmp_path / "staff.jpg")
    mark_scanned_no_faces(db, aid)
    assert run(capsys, "--db", db, "tag", aid, "T1").code == 0
    assert run(capsys, "--db", db, "review", aid, "--complete").code == 0
    code, verdicts = check_json(capsys, db, aid)
    assert code == 1  # tiktok etc. are not covered
    assert {v["channel"]: v["verdict"] for v in verdicts}["instagram"] == "cleared"
    assert all(v["date"] == today.isoformat() for v in verdicts)

    r = run(capsys, "--db", db, "consent", "revoke", "T1")
    assert r.code == 0, r
    assert f"withdrawn from {today.isoformat()}" in r.out
    assert "no longer cleared" in r.out and str((tmp_path / "staff.jpg").resolve()) in r.out

    code, verdicts = check_json(capsys, db, aid, "--channel", "instagram")
    assert code == 1
    (v,) = verdicts
    assert v["verdict"] == "blocked"
    assert codes(v) == ["CONSENT_REVOKED"] and v["reasons"][0]["person"] == "T1"
    # a second revoke finds nothing left to withdraw
    r = run(capsys, "--db", db, "consent", "revoke", "T1", "--json")
    assert r.code == 0
    assert r.json()["records"] == []


def test_withdrawal_now_wins_over_an_earlier_planned_later_withdrawal(capsys, emma_photo, loaded):
    """Issue 11.1: revoke --on two months ahead, then revoke now: blocked now."""
    later = (date.today() + timedelta(days=60)).isoformat()
    assert run(capsys, "--db", loaded, "consent", "revoke", "S1042", "--on", later).code == 0
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website")
    assert (code, v["verdict"]) == (0, "cleared")  # not withdrawn yet
    r = run(capsys, "--db", loaded, "consent", "revoke", "S1042", "--json")
    assert r.code == 0, r
    assert len(r.json()["records"]) == 1 and r.json()["revoked_on"] == date.today().isoformat()
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website")
    assert (code, v["verdict"], codes(v)) == (1, "blocked", ["CONSENT_REVOKED"])
    assert date.today().isoformat() in v["reasons"][0]["message"]


def test_csv_withdrawal_earlier_than_the_stored_one_wins(capsys, emma_photo, loaded, tmp_path):
    later = (date.today() + timedelta(days=60)).isoformat()
    assert run(capsys, "--db", loaded, "consent", "revoke", "S1042", "--on", later).code == 0
    body = CONSENT_CSV.replace(
        "S1042,guardian,Anna Jensen,website|facebook,photo|video,2026-08-20,,,,",
        f"S1042,guardian,Anna Jensen,website|facebook,photo|video,2026-08-20,,,{date.today().isoformat()},")
    assert body != CONSENT_CSV
    r = run(capsys, "--db", loaded, "consent", "import", write(tmp_path / "c2.csv", body))
    assert r.code == 0, r
    assert "1 withdrawals added" in r.out
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website")
    assert (code, v["verdict"], codes(v)) == (1, "blocked", ["CONSENT_REVOKED"])


@pytest.mark.parametrize("change", ["guardian_name", "consent_period"])
def test_a_corrected_copy_of_a_withdrawn_form_never_clears_again(capsys, emma_photo, loaded, tmp_path, change):
    """Issue 11.2: withdraw, then import the same form with one field corrected."""
    assert run(capsys, "--db", loaded, "consent", "revoke", "S1042").code == 0
    body = CONSENT_CSV
    if change == "guardian_name":
        body = body.replace("Anna Jensen", "Anna Jensén")
    else:
        lib = open_lib(loaded)
        try:
            update_settings(lib, consent_period_months=6)
        finally:
            lib.close()
    assert body != CONSENT_CSV or change != "guardian_name"
    r = run(capsys, "--db", loaded, "consent", "import", write(tmp_path / "again.csv", body))
    assert r.code == 0, r
    assert "consent: 0 forms added" not in r.out  # a new record was stored ...
    assert "S1042: the form signed 2026-08-20 counts as withdrawn from" in r.err
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website")
    assert (code, v["verdict"], codes(v)) == (1, "blocked", ["CONSENT_REVOKED"])  # ... but withdrawn
    lib = open_lib(loaded)
    try:
        assert all(c.revoked_on == date.today() for c in list_consents(lib, "S1042"))
    finally:
        lib.close()


def test_a_form_signed_after_the_withdrawal_clears_again(capsys, emma_photo, loaded, tmp_path):
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert run(capsys, "--db", loaded, "consent", "revoke", "S1042", "--on", yesterday).code == 0
    body = ("external_id,granted_by,guardian_name,channels,media,signed_on\n"
            f"S1042,guardian,Anna Jensen,website,photo,{date.today().isoformat()}\n")
    r = run(capsys, "--db", loaded, "consent", "import", write(tmp_path / "new.csv", body))
    assert r.code == 0, r
    assert "consent: 1 forms added" in r.out and "withdrawn" not in r.err
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "website")
    assert (code, v["verdict"]) == (0, "cleared")


@requires_pool
def test_check_path_judges_new_bytes_under_a_reused_name(capsys, emma_photo, loaded, tmp_path):
    """Issue 11.3: a cleared photo's file is replaced under the same name (cameras
    reuse names): `check PATH` judges the new content, never the old verdict."""
    path = tmp_path / "photos" / "gala" / "IMG_0042.jpg"
    code, (v,) = check_json(capsys, loaded, str(path), "--channel", "website")
    assert (code, v["asset"], v["verdict"]) == (0, emma_photo, "cleared")
    shutil.copyfile(DATA / "faces" / "biden.jpg", path)
    r = run(capsys, "--db", loaded, "check", str(path), "--channel", "website", "--json")
    (v,) = r.json()
    assert v["asset"] != emma_photo
    assert (r.code, v["verdict"]) == (1, "needs_review")
    assert "UNRESOLVED_FACE" in codes(v)  # the new photo was scanned: a face nobody tagged
    lib = open_lib(loaded)
    try:
        assert get_asset(lib, emma_photo).offline  # the old asset no longer claims this path
        assert resolve_asset(lib, str(path)) == v["asset"]
    finally:
        lib.close()


def test_check_path_with_same_size_and_mtime_but_other_bytes_is_not_cleared(capsys, emma_photo, loaded, tmp_path):
    path = tmp_path / "photos" / "gala" / "IMG_0042.jpg"
    st = path.stat()
    path.write_bytes(os.urandom(st.st_size))  # only the bytes differ
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    r = run(capsys, "--db", loaded, "check", str(path), "--channel", "website")
    assert r.code == 2, r  # the new bytes are not a photo: they cannot be checked
    assert "cannot be checked" in r.err and "CLEARED" not in r.out


def test_assets_rescan_notices_changed_content(capsys, emma_photo, loaded, tmp_path):
    path = tmp_path / "photos" / "gala" / "IMG_0042.jpg"
    st = path.stat()
    path.write_bytes(os.urandom(st.st_size))  # same name, same size, other bytes
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    r = run(capsys, "--db", loaded, "assets", "rescan")
    assert r.code == 0, r
    assert "1 asset(s) went offline" in r.out
    assert f"changed content: {path}" in r.out
    lib = open_lib(loaded)
    try:
        assert get_asset(lib, emma_photo).offline
    finally:
        lib.close()
    # the same rescan again reports nothing new
    r = run(capsys, "--db", loaded, "assets", "rescan")
    assert "0 asset(s) went offline" in r.out and "changed content" not in r.out


def test_revoke_json_lists_affected_assets(capsys, emma_photo, loaded):
    r = run(capsys, "--db", loaded, "consent", "revoke", "S1042", "--on", "2026-10-15", "--json")
    assert r.code == 0, r
    doc = r.json()
    assert doc["person"] == "S1042" and doc["revoked_on"] == "2026-10-15" and len(doc["records"]) == 1
    assert {a["channel"] for a in doc["affected"]} == set(DEFAULT_CHANNELS)
    assert all(a["asset"] == emma_photo and a["verdict"] == "blocked" for a in doc["affected"])
    assert all("CONSENT_REVOKED" in codes(a) for a in doc["affected"])


def test_fast_and_full_check_paths_agree(capsys, emma_photo, loaded, monkeypatch):
    r_fast = run(capsys, "--db", loaded, "--lang", "da", "check", emma_photo, "--date", ON, "--json")
    from mediadesk.services import checking

    monkeypatch.setattr(checking, "fast_check", lambda req: None)
    r_full = run(capsys, "--db", loaded, "--lang", "da", "check", emma_photo, "--date", ON, "--json")
    assert (r_fast.code, r_fast.json()) == (r_full.code, r_full.json())
    assert r_fast.code == 1


# ---- bad input: exit 2, one line, no traceback ---------------------------------------------

def test_unknown_person_exits_2(capsys, emma_photo, loaded):
    r = run(capsys, "--db", loaded, "tag", emma_photo, "S1043", "X999")
    assert r.code == 2
    assert "X999" in one_error_line(r)
    # nothing half-written: S1043 (valid, before X999) was not tagged either
    code, (v,) = check_json(capsys, loaded, emma_photo, "--channel", "instagram", "--date", ON)
    assert {r["person"] for r in v["reasons"]} == {"S1042"}
    r = run(capsys, "--db", loaded, "consent", "revoke", "X999")
    assert r.code == 2 and "X999" in one_error_line(r)


@pytest.mark.parametrize("command", [["check"], ["tag", "_", "S1042"], ["review", "_", "--complete"],
                                     ["block", "_", "--reason", "x"]])
def test_unknown_asset_exits_2(capsys, loaded, command):
    args = [("deadbeef00" if a == "_" else a) for a in command]
    if command == ["check"]:
        args.append("deadbeef00")
    r = run(capsys, "--db", loaded, *args)
    assert r.code == 2, r
    assert "deadbeef00" in one_error_line(r)


def test_nonexistent_path_exits_2(capsys, loaded, tmp_path):
    missing = tmp_path / "no" / "such" / "IMG_9.jpg"
    r = run(capsys, "--db", loaded, "import", missing)
    assert r.code == 2, r
    assert str(missing) in one_error_line(r)
    r = run(capsys, "--db", loaded, "check", missing)
    assert r.code == 2, r
    assert "IMG_9.jpg" in one_error_line(r)
    assert run(capsys, "--db", loaded, "assets", "list", "--json").json() == []


@pytest.mark.parametrize("bad", ["2026-02-30", "tomorrow", "2026/10/01", "32.01.2026"])
def test_bad_date_exits_2(capsys, emma_photo, loaded, bad):
    r = run(capsys, "--db", loaded, "check", emma_photo, "--date", bad)
    assert r.code == 2, r
    assert bad in one_error_line(r) and r.out == ""
    r = run(capsys, "--db", loaded, "consent", "revoke", "S1042", "--on", bad)
    assert r.code == 2, r
    one_error_line(r)
    lib = open_lib(loaded)
    try:
        assert list_consents(lib, "S1042")[0].revoked_on is None
    finally:
        lib.close()


def test_unknown_channel_exits_2(capsys, emma_photo, loaded):
    r = run(capsys, "--db", loaded, "check", emma_photo, "--channel", "snapchat", "--date", ON)
    assert r.code == 2, r
    line = one_error_line(r)
    assert "snapchat" in line and "website" in line
    assert r.out == ""


def test_profile_mismatch_on_existing_library_exits_2(capsys, emma_photo, loaded):
    for args in (["people", "list"], ["check", emma_photo, "--date", ON], ["assets", "list"]):
        r = run(capsys, "--db", loaded, "--profile", "nl", *args)
        assert r.code == 2, (args, r)
        line = one_error_line(r)
        assert "'dk'" in line, line
    r = run(capsys, "--db", loaded, "--age-of-consent", "13", "people", "list")
    assert r.code == 2 and "15" in one_error_line(r)
    # the same profile is fine
    assert run(capsys, "--db", loaded, "--profile", "dk", "people", "list").code == 0


def test_db_that_is_no_library_exits_2(capsys, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    text_file = write(tmp_path / "people.csv", "external_id,name,role\n")
    for db in (folder, text_file):
        for args in (["people", "list"], ["check", "abcdef12"]):
            r = run(capsys, "--db", db, *args)
            assert r.code == 2, (db, args, r)
            assert str(db) in one_error_line(r)
    assert text_file.read_text() == "external_id,name,role\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("age", ["9", "22", "-1", "abc"])
def test_age_of_consent_out_of_range_exits_2(capsys, tmp_path, age):
    db = tmp_path / "new.sqlite"
    r = run(capsys, "--db", db, "--age-of-consent", age, "people", "list")
    assert r.code == 2, r
    assert "--age-of-consent" in one_error_line(r)
    assert not db.exists()


def test_custom_age_of_consent_for_a_new_library(capsys, tmp_path):
    db = tmp_path / "new.sqlite"
    assert run(capsys, "--db", db, "--age-of-consent", "14", "people", "list").code == 0
    lib = open_lib(db)
    try:
        assert (library_settings(lib)["profile"], library_settings(lib)["age_of_consent"]) == ("custom", 14)
    finally:
        lib.close()


def test_new_library_takes_profile_and_age(capsys, tmp_path):
    db_nl = tmp_path / "nl.sqlite"
    assert run(capsys, "--db", db_nl, "--profile", "nl", "people", "list").code == 0
    db_eu = tmp_path / "eu.sqlite"
    assert run(capsys, "--db", db_eu, "people", "list").code == 0
    for path, profile, age in ((db_nl, "nl", 16), (db_eu, "eu", 16)):
        lib = open_lib(path)
        try:
            s = library_settings(lib)
            assert (s["profile"], s["age_of_consent"]) == (profile, age)
        finally:
            lib.close()
    assert run(capsys, "--db", db_eu, "--profile", "dk", "people", "list").code == 2


def test_mediadesk_db_env_selects_the_library(capsys, monkeypatch, tmp_path, csvs):
    env_db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("MEDIADESK_DB", str(env_db))
    r = run(capsys, "--profile", "dk", "people", "import", csvs["people"])
    assert r.code == 0, r
    assert env_db.exists()
    assert len(run(capsys, "people", "list", "--json").json()) == 4
    # --db beats the environment
    other = tmp_path / "other.sqlite"
    assert run(capsys, "--db", other, "people", "list", "--json").json() == []
    assert len(run(capsys, "people", "list", "--json").json()) == 4


def test_no_command_args_error_is_one_line(capsys, loaded):
    r = run(capsys, "--db", loaded, "people")
    assert r.code == 2
    one_error_line(r)
    r = run(capsys, "--db", loaded, "frobnicate")
    assert r.code == 2
    one_error_line(r)


# ---- real subprocesses ------------------------------------------------------------------------

def test_subprocess_walkthrough(capsys, tmp_path, csvs):
    db = tmp_path / "sub.sqlite"
    r = run_sub("--db", db, "--profile", "dk", "people", "import", csvs["people"])
    assert r.code == 0 and "4 added" in r.out, r
    assert run(capsys, "--db", db, "consent", "import", csvs["consent"]).code == 0
    aid = add_asset(db, tmp_path / "IMG_7.jpg")
    mark_scanned_no_faces(db, aid)
    assert run(capsys, "--db", db, "tag", aid[:10], "S1043").code == 0
    assert run(capsys, "--db", db, "review", aid[:10], "--complete").code == 0
    r = run_sub("--db", db, "check", aid[:10], "--date", ON, "--json")
    assert r.code == 1, r
    verdicts = json.loads(r.out)
    for v in verdicts:
        assert_verdict_shape(v)
    assert {v["channel"]: v["verdict"] for v in verdicts} == {
        "website": "cleared", "facebook": "cleared", "instagram": "cleared",
        "tiktok": "blocked", "print": "blocked", "intranet": "blocked",
    }
    # MEDIADESK_DB selects the library when --db is absent
    r = run_sub("check", aid, "--channel", "instagram", "--date", ON, env={"MEDIADESK_DB": str(db)})
    assert r.code == 0 and "CLEARED" in r.out, r


def test_subprocess_bad_input(capsys, tmp_path, csvs):
    db = tmp_path / "sub.sqlite"
    assert run(capsys, "--db", db, "--profile", "dk", "people", "import", csvs["people"]).code == 0
    bad = write(tmp_path / "bad.csv", "external_id,name,role,birth_date\nA1,Emma,student,2012-02-30\n")
    r = run_sub("--db", db, "people", "import", bad)
    assert r.code == 2, r
    line = one_error_line(r)
    assert str(bad) in line and "row 2" in line and "column 'birth_date'" in line
    r = run_sub("--db", db, "--profile", "nl", "check", "cafebabe", "--date", ON)
    assert r.code == 2 and "'dk'" in one_error_line(r), r
    r = run_sub("--db", db, "check", "cafebabe", "--date", "2026-13-01")
    assert r.code == 2, r
    assert "2026-13-01" in one_error_line(r)


# ---- import through the real media pipeline ---------------------------------------------------

@pytest.fixture
def gala(tmp_path: Path) -> Path:
    d = tmp_path / "Gala 2026"
    d.mkdir()
    shutil.copy(DATA / "faces" / "obama_small.jpg", d / "IMG_0001.jpg")
    shutil.copy(DATA / "faces" / "obama-240p.jpg", d / "IMG_0002.jpg")
    (d / "notes.txt").write_text("not a photo")
    return d


@requires_pool
def test_import_folder_json_reject_and_reimport(capsys, loaded, gala):
    broken = gala / "broken.jpg"
    broken.write_bytes((DATA / "faces" / "obama_small.jpg").read_bytes()[:300])
    r = run(capsys, "--db", loaded, "import", gala, "--json")
    assert r.code == 1, r  # one file rejected, the others imported
    doc = r.json()
    assert set(doc) == {"imported", "known", "relinked", "rejected", "faces"}
    assert sorted(Path(d["path"]).name for d in doc["imported"]) == ["IMG_0001.jpg", "IMG_0002.jpg"]
    # The new assets were scanned: one face each, no file left unscanned.
    assert sorted(doc["faces"]["scanned"]) == sorted(d["asset"] for d in doc["imported"])
    assert doc["faces"]["faces"] == 2 and doc["faces"]["errors"] == []
    assert doc["known"] == doc["relinked"] == []
    assert [Path(d["path"]).name for d in doc["rejected"]] == ["broken.jpg"]
    assert doc["rejected"][0]["reason"]
    listed = run(capsys, "--db", loaded, "assets", "list", "--json").json()
    assert {a["asset"] for a in listed} == {d["asset"] for d in doc["imported"]}
    assert all(a["kind"] == "photo" for a in listed)

    broken.unlink()
    r = run(capsys, "--db", loaded, "import", gala, "--json")
    assert r.code == 0, r  # everything already known
    again = r.json()
    assert again["imported"] == again["rejected"] == []
    assert "faces" not in again  # nothing new, nothing scanned
    assert sorted(d["asset"] for d in again["known"]) == sorted(d["asset"] for d in doc["imported"])
    assert len(run(capsys, "--db", loaded, "assets", "list", "--json").json()) == 2


@requires_pool
def test_import_text_then_check_the_imported_asset(capsys, loaded, gala):
    r = run(capsys, "--db", loaded, "import", gala / "IMG_0001.jpg", "--event", "Gala")
    assert r.code == 0, r
    assert r.out.startswith("imported 1, already known 0, re-linked 0, rejected 0")
    path = str((gala / "IMG_0001.jpg").resolve())
    assert run(capsys, "--db", loaded, "tag", path, "S1042").code == 0
    assert run(capsys, "--db", loaded, "review", path, "--complete").code == 0
    code, (v,) = check_json(capsys, loaded, path, "--channel", "instagram", "--date", ON)
    assert code == 1 and v["path"] == path
    assert ("CHANNEL_NOT_COVERED", "S1042") in {(r["code"], r["person"]) for r in v["reasons"]}


@requires_pool
def test_check_of_a_file_that_is_no_media_exits_2(capsys, loaded, tmp_path):
    notes = write(tmp_path / "notes.txt", "not a photo")
    r = run(capsys, "--db", loaded, "check", notes, "--date", ON)
    assert r.code == 2, r
    assert "notes.txt" in one_error_line(r)
    assert run(capsys, "--db", loaded, "assets", "list", "--json").json() == []


@requires_pool
def test_check_of_a_new_path_imports_it_first(capsys, loaded, gala):
    path = gala / "IMG_0002.jpg"
    code, verdicts = check_json(capsys, loaded, path, "--channel", "website", "--date", ON)
    assert code == 1
    (v,) = verdicts
    assert_verdict_shape(v)
    assert v["path"] == str(path.resolve())
    assert v["verdict"] == "needs_review"
    assert "PEOPLE_NOT_CONFIRMED" in codes(v)
    (a,) = run(capsys, "--db", loaded, "assets", "list", "--json").json()
    assert a["asset"] == v["asset"]


def test_settings_show_and_export_preset(tmp_path, capsys):
    import json as _json

    from mediadesk.cli import main

    db = str(tmp_path / "lib.sqlite")
    assert main(["--db", db, "--profile", "nl", "settings", "show", "--json"]) == 0
    shown = _json.loads(capsys.readouterr().out)
    assert shown["profile"] == "nl" and shown["age_of_consent"] == 16
    assert main(["--db", db, "settings", "preset", "instagram", "--max-side", "1350", "--quality", "80"]) == 0
    assert "longest side 1350 px, quality 80" in capsys.readouterr().out
    assert main(["--db", db, "settings", "preset", "print", "--full-size", "--quality", "95"]) == 0
    assert "print: full size, quality 95" in capsys.readouterr().out
    assert main(["--db", db, "settings", "show", "--json"]) == 0
    presets = _json.loads(capsys.readouterr().out)["export_presets"]
    assert presets["instagram"]["max_side"] == 1350 and presets["print"]["max_side"] is None
    assert main(["--db", db, "settings", "preset", "myspace", "--max-side", "100"]) == 2
    assert "unknown channel" in capsys.readouterr().err
    assert main(["--db", db, "settings", "preset", "website", "--max-side", "100", "--quality", "0"]) == 2


def test_check_with_every_channel_hidden_is_not_cleared(tmp_path, capsys):
    from mediadesk.cli import main
    from mediadesk.services.library import Library
    from tests.helpers import register_asset

    db = str(tmp_path / "lib.sqlite")
    lib = Library.open(db)
    aid = register_asset(lib, tmp_path / "a.jpg")
    channels = [dict(c, hidden=True) for c in library_settings(lib)["channels"]]
    update_settings(lib, channels=channels)
    lib.close()
    assert main(["--db", db, "check", aid, "--json"]) == 1
    assert capsys.readouterr().out.strip() == "[]"


def test_output_into_a_closed_pipe_ends_quietly(loaded):
    """``mediadesk people list --json | head -c 0``: no traceback, exit 1."""
    p = subprocess.Popen(
        [sys.executable, "-m", "mediadesk", "--db", str(loaded), "people", "list", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(REPO),
    )
    p.stdout.close()  # the reader is gone before anything is written
    _, err = p.communicate(timeout=120)
    assert p.returncode == 1, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err


def test_people_add_by_hand(capsys, loaded):
    r = run(capsys, "--db", loaded, "people", "add", "FAIR-01", "--name", "Freja Holm", "--role", "guest",
            "--group", "Visiting school", "--birth-date", "2011-05-01", "--guardian-email", "holm@example.dk")
    assert r.code == 0 and "FAIR-01" in r.out and "block" in r.out
    listed = {p["external_id"]: p for p in run(capsys, "--db", loaded, "people", "list", "--json").json()}
    assert listed["FAIR-01"] == {"external_id": "FAIR-01", "name": "Freja Holm", "role": "guest",
                                 "birth_date": "2011-05-01", "group": "Visiting school", "publication_ban": False,
                                 "guardian_name": None, "guardian_email": "holm@example.dk", "guardian_phone": None}
    r = run(capsys, "--db", loaded, "people", "add", "FAIR-02", "--name", "Bo Holm", "--role", "guest",
            "--guardian-phone", "ring me")
    assert r.code == 2 and "guardian's phone: 'ring me' is not a phone number" in r.err, r
    r = run(capsys, "--db", loaded, "people", "add", "S1042", "--name", "Someone", "--role", "student")
    assert r.code == 2 and "S1042 is already taken" in one_error_line(r)


# ---- a full disk ---------------------------------------------------------------------------------

def _full_disk_error(kind: str) -> BaseException:
    import errno
    import sqlite3

    if kind == "sqlite":
        return sqlite3.OperationalError("database or disk is full")
    enospc = OSError(errno.ENOSPC, "No space left on device")
    if kind == "enospc":
        return enospc
    wrapped = RuntimeError("could not write the library")  # e.g. a driver wrapping the OS error
    wrapped.__cause__ = enospc
    return wrapped


def _fill_the_disk(monkeypatch, kind: str) -> None:
    """Every commit that would write something fails as on a full disk (SQLite
    reports it at COMMIT, when the journal grows): every statement of the
    unit has run, so only a rollback leaves the library as it was."""
    from sqlalchemy.engine.default import DefaultDialect

    real = DefaultDialect.do_commit

    def do_commit(self, dbapi_connection):
        if dbapi_connection.in_transaction:
            raise _full_disk_error(kind)
        return real(self, dbapi_connection)

    monkeypatch.setattr(DefaultDialect, "do_commit", do_commit)


def _library_content(db: Path) -> dict:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
                for t in ("person", "consent_record", "asset", "asset_path", "event", "audit_log")}
    finally:
        con.close()


@pytest.mark.parametrize("kind", ["sqlite", "enospc", "wrapped_enospc"])
@pytest.mark.parametrize("command", ["people", "consent", "import"])
def test_a_full_disk_is_one_line_exit_2_and_the_library_is_unchanged(capsys, loaded, tmp_path, monkeypatch, command, kind):
    files = {
        "people": write(tmp_path / "p.csv", "external_id,name,role\nN1,New Person,student\nS1042,Emma Renamed,student\n"),
        "consent": write(tmp_path / "c.csv", "external_id,granted_by,channels,media,signed_on,revoked_on\n"
                                             "T1,self,website,photo,2026-09-01,\nS1043,self,website|instagram|facebook,photo,2026-08-22,2026-10-01\n"),
    }
    if command == "import":
        shutil.copy(DATA / "faces" / "obama_small.jpg", tmp_path / "IMG_0001.jpg")
        argv = ["import", tmp_path / "IMG_0001.jpg", "--no-scan"]
    else:
        argv = [command, "import", files[command]]
    before = _library_content(loaded)
    _fill_the_disk(monkeypatch, kind)
    r = run(capsys, "--db", loaded, *argv)
    monkeypatch.undo()
    assert r.code == 2, r
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mediadesk: no space left on the disk: "), r
    assert str(loaded) in lines[0] and "rolled back" in lines[0], r
    assert _library_content(loaded) == before


# ---- control characters in names, groups, paths ---------------------------------------------------

EVIL_NAME = "Evil\x1b[31mRed\nLine"
EVIL_NAME_SHOWN = "Evil\\x1b[31mRed\\nLine"


def assert_plain(text: str) -> None:
    """No byte a terminal would act on, other than the line ends and the tab
    columns of the output itself."""
    assert not any(ord(c) < 32 and c not in "\n\t" or 127 <= ord(c) < 160 for c in text), repr(text)


def test_control_characters_from_files_are_printed_as_visible_escapes(capsys, loaded, tmp_path):
    people = write(tmp_path / "evil.csv", f'external_id,name,role,birth_date,group\nE1,"{EVIL_NAME}",student,2012-01-01,"7A\x1b[0m\x9b"\n')
    assert run(capsys, "--db", loaded, "people", "import", people).code == 0
    assert run(capsys, "--db", loaded, "consent", "import", write(
        tmp_path / "c.csv", "external_id,granted_by,guardian_name,channels,media,signed_on\nE1,guardian,Mum,website,photo,2026-08-20\n")).code == 0
    folder = tmp_path / "gala\x1b]0;owned\x07"
    folder.mkdir()
    aid = add_asset(loaded, folder / "IMG\r1.jpg")
    mark_scanned_no_faces(loaded, aid)
    assert run(capsys, "--db", loaded, "tag", aid, "E1").code == 0
    assert run(capsys, "--db", loaded, "review", aid, "--complete").code == 0

    listed = run(capsys, "--db", loaded, "people", "list")
    assert_plain(listed.out)
    assert f"E1\t{EVIL_NAME_SHOWN}\tstudent\t7A\\x1b[0m\\x9b" in listed.out.splitlines()
    assert len(listed.out.splitlines()) == 5
    assert {p["external_id"]: p["name"] for p in run(capsys, "--db", loaded, "people", "list", "--json").json()}["E1"] == EVIL_NAME

    checked = run(capsys, "--db", loaded, "check", aid, "--channel", "instagram", "--date", ON)
    assert checked.code == 1, checked
    assert_plain(checked.out)
    assert f"{EVIL_NAME_SHOWN}: " in checked.out and "gala\\x1b]0;owned\\x07/IMG\\r1.jpg" in checked.out
    assert_plain(run(capsys, "--db", loaded, "assets", "list").out)

    assert run(capsys, "--db", loaded, "publish", aid, "--channel", "website", "--where", "https://x/\x1b[8m").code == 0
    revoked = run(capsys, "--db", loaded, "consent", "revoke", "E1", "--reason", "phoned\nin")
    assert revoked.code == 0 and "gala\\x1b]0;owned" in revoked.out
    assert_plain(revoked.out)
    takedown = run(capsys, "--db", loaded, "report", "takedown")
    assert "IMG\\r1.jpg" in takedown.out and EVIL_NAME_SHOWN in takedown.out, takedown
    assert_plain(takedown.out)
    assert_plain(run(capsys, "--db", loaded, "publications", "list").out)


def test_control_characters_in_a_bad_csv_value_are_escaped_in_the_error_line(capsys, loaded, tmp_path):
    bad = write(tmp_path / "bad.csv", "external_id,name,role\nA1,Emma,\x1b[2Jteacher\n")
    r = run(capsys, "--db", loaded, "people", "import", bad)
    assert r.code == 2
    assert_plain(r.err)
    assert "'\\x1b[2jteacher' is not one of" in one_error_line(r)


@pytest.mark.parametrize("command", ["people", "consent"])
def test_a_library_that_cannot_grow_is_one_line_exit_2_and_unchanged(capsys, loaded, tmp_path, monkeypatch, command):
    """A real SQLITE_FULL: the library may not grow by a single page (as on a
    full disk), and the import needs many."""
    from sqlalchemy import event

    from mediadesk.store import db as dbmod

    real = dbmod.make_engine

    def make_engine(url):
        engine = real(url)

        @event.listens_for(engine, "connect")
        def no_growth(con, _record):
            con.execute(f"PRAGMA max_page_count = {con.execute('PRAGMA page_count').fetchone()[0]}")

        return engine

    if command == "people":
        body = "external_id,name,role\n" + "".join(f"N{i},Person {i} {'x' * 200},student\n" for i in range(300))
    else:
        body = "external_id,granted_by,channels,media,signed_on,text_version\n" + "".join(
            f"T1,self,website,photo,{date(2026, 1, 1) + timedelta(days=i)},{'v' * 200}\n" for i in range(300))
    path = write(tmp_path / "big.csv", body)
    before = _library_content(loaded)
    monkeypatch.setattr(dbmod, "make_engine", make_engine)
    r = run(capsys, "--db", loaded, command, "import", path)
    monkeypatch.undo()
    assert r.code == 2, r
    assert r.err.splitlines() == [f"mediadesk: no space left on the disk: {loaded}: the write was rolled back; "
                                  "free some space and run the command again"], r
    assert _library_content(loaded) == before


def test_disk_full_is_told_apart_from_other_database_and_os_errors():
    import errno
    import sqlite3

    import psycopg.errors
    from sqlalchemy.exc import OperationalError

    pg_full = psycopg.errors.DiskFull('could not extend file "base/16384/2619": No space left on device')
    assert cli._disk_full(OperationalError("INSERT INTO person ...", {}, pg_full)) is pg_full
    sqlite_full = sqlite3.OperationalError("database or disk is full")
    assert cli._disk_full(OperationalError("COMMIT", {}, sqlite_full)) is not None
    for other in (OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked")),
                  OSError(errno.EPIPE, "Broken pipe"), OSError(errno.EACCES, "Permission denied"), ValueError("x")):
        assert cli._disk_full(other) is None
