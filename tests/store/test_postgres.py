"""A library on PostgreSQL (``--db postgresql+psycopg://...``): what differs from SQLite.

The services, store and grid tests run on both backends already
(``LIBRARY_BACKENDS`` in those modules); here: the command line end to end on
a PostgreSQL library, two staff computers sharing one library, the audit
log's protection, and where evidence copies go.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from mediadesk import cli
from mediadesk.services import faces as fs
from mediadesk.services.library import Library
from tests.helpers import CONSENT_CSV, PEOPLE_CSV, register_asset, write
from mediadesk.services.assets import review_complete, tag, verdicts_of
from mediadesk.services.consent import add_consent, import_consent, revoke
from mediadesk.services.people import import_people

DATA = Path(__file__).resolve().parents[1] / "data"


def mediadesk(capsys, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out


def test_command_line_walk_through_on_postgresql(capsys, pg_url, tmp_path):
    people = write(tmp_path / "people.csv", PEOPLE_CSV)
    consent = write(tmp_path / "consent.csv", CONSENT_CSV)
    photo = tmp_path / "gala" / "IMG_0042.jpg"
    photo.parent.mkdir()
    shutil.copy(DATA / "faces" / "obama_small.jpg", photo)
    db = ["--db", pg_url]

    assert mediadesk(capsys, *db, "--profile", "dk", "people", "import", people)[0] == 0
    assert mediadesk(capsys, *db, "consent", "import", consent)[0] == 0
    code, out = mediadesk(capsys, *db, "import", photo, "--json")
    assert code == 0
    doc = json.loads(out)
    asset = doc["imported"][0]["asset"]
    assert doc["faces"]["faces"] == 1  # scanned on import, stored in PostgreSQL

    code, out = mediadesk(capsys, *db, "faces", "list", photo, "--json")
    (face,) = json.loads(out)
    assert face["state"] == "unresolved"
    code, out = mediadesk(capsys, *db, "check", photo, "--channel", "website", "--json")
    assert code == 1 and "UNRESOLVED_FACE" in {r["code"] for r in json.loads(out)[0]["reasons"]}

    # an id prefix works as on SQLite (ids are native UUIDs in PostgreSQL)
    assert mediadesk(capsys, *db, "faces", "resolve", asset[:8], face["id"][:6], "--person", "S1042")[0] == 0
    assert mediadesk(capsys, *db, "review", asset[:10], "--complete")[0] == 0
    code, out = mediadesk(capsys, *db, "check", asset, "--channel", "website", "--json")
    (entry,) = json.loads(out)
    assert code == 0 and entry["verdict"] == "cleared", entry

    assert mediadesk(capsys, *db, "publish", asset, "--channel", "website", "--where", "school.dk/gala")[0] == 0
    code, out = mediadesk(capsys, *db, "consent", "revoke", "S1042", "--json")
    assert code == 0
    assert [a["verdict"] for a in json.loads(out)["affected"] if a["channel"] == "website"] == ["blocked"]
    code, out = mediadesk(capsys, *db, "report", "takedown", "--json")
    (item,) = json.loads(out)
    assert (item["asset"], item["channel"], item["where"]) == (asset, "website", "school.dk/gala")
    assert [(p["person"], p["code"]) for p in item["people"]] == [("S1042", "CONSENT_REVOKED")]


def test_two_computers_share_one_library(pg_url, tmp_path, lib_files):
    """The office PC withdraws a consent; the laptop sees the asset blocked at once."""
    office = Library.open(pg_url, profile="dk", actor="office")
    laptop = Library.open(pg_url, actor="laptop")
    try:
        import_people(office, lib_files["people"])
        import_consent(office, lib_files["consent"])
        fs.set_mode(office, "off")  # people are tagged by hand in this test
        aid = register_asset(laptop, tmp_path / "a.jpg")
        tag(laptop, aid, ["S1042"])
        review_complete(laptop, aid)
        on = date(2026, 10, 1)
        ((before, _),) = verdicts_of(laptop, [aid], ["website"], on)
        assert before.verdict.value == "cleared"
        revoke(office, "S1042", on=date(2026, 9, 30))
        ((after, _),) = verdicts_of(laptop, [aid], ["website"], on)
        assert after.verdict.value == "blocked"
        assert [r.code.value for r in after.reasons] == ["CONSENT_REVOKED"]
        with laptop.engine.connect() as c:
            actors = {a for (a,) in c.execute(text("SELECT DISTINCT actor FROM audit_log"))}
        assert {"office", "laptop"} <= actors
    finally:
        office.close()
        laptop.close()


@pytest.mark.parametrize("lib", ["postgres"], indirect=True)
def test_audit_log_cannot_be_truncated_but_can_be_redacted(lib, tmp_path):
    import_people(lib, write(tmp_path / "people.csv", PEOPLE_CSV))
    with lib.engine.connect() as c:
        n = c.execute(text("SELECT count(*) FROM audit_log")).scalar()
    assert n >= 5
    with pytest.raises(Exception, match="append-only"):
        with lib.engine.begin() as c:
            c.execute(text("TRUNCATE audit_log"))
    # erasure's redaction rewrites the payload only: allowed
    with lib.engine.begin() as c:
        c.execute(text("UPDATE audit_log SET old = NULL, new = '{\"redacted\": true}'"))
    with pytest.raises(Exception, match="append-only"):
        with lib.engine.begin() as c:
            c.execute(text("UPDATE audit_log SET at = at + interval '1 day'"))
    with lib.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM audit_log")).scalar() == n


@pytest.mark.parametrize("lib", ["postgres"], indirect=True)
def test_evidence_copies_of_a_server_library_stay_on_this_computer(lib, tmp_path):
    import_people(lib, write(tmp_path / "people.csv", PEOPLE_CSV))
    scan = tmp_path / "form.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    rec = add_consent(lib, "S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"],
        media=["photo"], signed_on=date(2026, 9, 1), evidence_file=scan,
    )
    stored = Path(rec.evidence_path)
    data_dir = Path(os.environ["MEDIADESK_DATA_DIR"])
    assert stored.is_relative_to(data_dir / "evidence") and stored.read_bytes() == scan.read_bytes()
    assert lib.evidence_dir == stored.parent
    assert "postgres" not in str(stored) and "@" not in str(stored)  # no URL or password in the path


def test_a_password_in_the_library_url_is_never_shown(capsys, pg_server):
    from mediadesk.store.location import shown_url

    url = "postgresql+psycopg://staff:s3cret@/nosuchdb?host=" + str(pg_server.root)
    assert shown_url(url) == "postgresql+psycopg://staff:***@/nosuchdb?host=" + str(pg_server.root)
    assert shown_url("/home/staff/library.sqlite") == "/home/staff/library.sqlite"
    capsys.readouterr()
    assert cli.main(["--db", url, "people", "list"]) == 2
    err = capsys.readouterr().err
    assert "cannot open the library" in err and "staff:***@" in err
    assert "s3cret" not in err
