"""The log of requests and complaints, for the DPO (issue 14, item 4)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from mediadesk.core.dates import add_months, today
from mediadesk.core.errors import NotFound, UserError
from mediadesk.services import data_requests as dr
from mediadesk.services.privacy import erase_person, purge_expired
from mediadesk.services.reports import person_report, render
from mediadesk.services.library import audit_log
from mediadesk.services.people import get_person
from mediadesk.services.settings import update_settings

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


def test_requests_are_logged_listed_and_closed(school) -> None:
    lib = school
    day = today() - timedelta(days=3)
    a = dr.add_request(lib, "S1042", "access", day, "Mother asks which photos of Emma we have")
    c = dr.add_request(lib, "S1043", "complaint", today(), "  Photo on Instagram without asking  ")
    rows = dr.list_requests(lib)
    assert [(r["id"], r["person"], r["name"], r["kind"], r["status"]) for r in rows] == [
        (a, "S1042", "Emma Jensen", "access", "open"), (c, "S1043", "Lars Nielsen", "complaint", "open")]
    assert rows[0]["received_on"] == day.isoformat()
    assert rows[0]["due_on"] == add_months(day, 1).isoformat()  # GDPR art. 12(3): one month
    assert rows[1]["description"] == "Photo on Instagram without asking"
    closed = dr.close_request(lib, a[:6], "Report sent by post", today())
    assert (closed["status"], closed["handling"], closed["handled_on"], closed["handled_by"]) == (
        "closed", "Report sent by post", today().isoformat(), "tester")
    assert [r["id"] for r in dr.list_requests(lib, open_only=True)] == [c]
    assert [r["id"] for r in dr.list_requests(lib, external_id="S1042")] == [a]
    actions = [e.action for e in audit_log(lib, 20)]
    assert actions.count("request.add") == 2 and actions.count("request.close") == 1
    # the audit entries hold no free text about the person
    assert not any("Instagram" in (e.new or "") for e in audit_log(lib, 20))


@pytest.mark.parametrize("call, words", [
    (lambda lib: dr.add_request(lib, "S1042", "gossip"), "kind: 'gossip'"),
    (lambda lib: dr.add_request(lib, "S1042", "access", today() + timedelta(days=1)), "received: .* future"),
    (lambda lib: dr.add_request(lib, "S1042", "other", None, "x" * 4001), "note: longer"),
])
def test_bad_requests_are_refused_and_nothing_is_stored(school, call, words) -> None:
    with pytest.raises(UserError, match=words):
        call(school)
    assert dr.list_requests(school) == []


def test_closing_needs_a_handling_an_open_request_and_a_sane_day(school) -> None:
    lib = school
    with pytest.raises(NotFound):
        dr.add_request(lib, "NOPE", "access")
    rid = dr.add_request(lib, "S1042", "erasure", today() - timedelta(days=1))
    with pytest.raises(UserError, match="handling: required"):
        dr.close_request(lib, rid, "   ")
    with pytest.raises(UserError, match="before it was received"):
        dr.close_request(lib, rid, "done", today() - timedelta(days=2))
    with pytest.raises(NotFound):
        dr.close_request(lib, "ffffffff", "done")
    with pytest.raises(UserError, match="at least 4 hex"):
        dr.close_request(lib, "ab", "done")
    dr.close_request(lib, rid, "done")
    with pytest.raises(UserError, match="closed on .* already"):
        dr.close_request(lib, rid, "again")


def test_the_access_report_lists_the_persons_requests(school, tmp_path: Path) -> None:
    lib = school
    rid = dr.add_request(lib, "S1042", "objection", date(2026, 9, 2), "No photos on Facebook please")
    dr.close_request(lib, rid, "Objection recorded for Facebook", date(2026, 9, 4))
    dr.add_request(lib, "S1043", "complaint", date(2026, 9, 3), "Lars's own complaint")
    rep = person_report(lib, "S1042", on=date(2026, 10, 5))
    assert [(r["kind"], r["received_on"], r["status"], r["handling"]) for r in rep["requests"]] == [
        ("objection", "2026-09-02", "closed", "Objection recorded for Facebook")]
    if shutil.which("pdftotext"):
        f = tmp_path / "r.pdf"
        f.write_bytes(render("person", rep, "pdf", lang="da"))
        text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], capture_output=True,
                                       check=True).stdout.decode().split())
        for expected in ("Anmodninger og klager", "indsigelse", "2. sep. 2026", "No photos on Facebook please",
                         "afsluttet 4. sep. 2026", "Objection recorded for Facebook"):
            assert expected in text, expected
        assert "Lars's own complaint" not in text


def test_erasure_keeps_only_kind_dates_and_who(school) -> None:
    lib = school
    done = dr.add_request(lib, "S1042", "access", today() - timedelta(days=9), "Anna Jensen wants to see Emma's photos")
    dr.close_request(lib, done, "Sent to Anna Jensen, Skovvej 3")
    dr.add_request(lib, "S1042", "complaint", today() - timedelta(days=2), "Emma was on the website")
    erasure = dr.add_request(lib, "S1042", "erasure", today(), "Please erase Emma")
    erase_person(lib, "S1042")
    rows = {r["id"]: r for r in dr.list_requests(lib)}
    assert len(rows) == 3
    for r in rows.values():
        assert r["person"] is None and r["name"] == "(erased)"
        assert r["description"] == "(erased)"
        assert "Anna" not in json.dumps(r) and "Emma" not in json.dumps(r)
    assert rows[done]["handling"] == "(erased)" and rows[done]["status"] == "closed"
    assert (rows[erasure]["status"], rows[erasure]["handled_on"]) == ("closed", today().isoformat())
    assert [r["kind"] for r in dr.list_requests(lib, open_only=True)] == ["complaint"]  # still the DPO's to answer
    # the purge after the dispute period keeps the log, with no person
    update_settings(lib, dispute_period_months=1)
    purge_expired(lib, on=today() + timedelta(days=400))
    assert {r["id"] for r in dr.list_requests(lib)} == set(rows)


def test_cli_requests(school, capsys) -> None:
    from mediadesk.cli import main

    db = school.url
    assert main(["--db", db, "requests", "add", "S1042", "--kind", "access", "--received",
                 (today() - timedelta(days=1)).isoformat(), "--note", "which photos?"]) == 0
    rid = capsys.readouterr().out.split()[3]
    assert main(["--db", db, "requests", "add", "S1043", "--kind", "complaint", "--note", "Instagram"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "requests", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["person"], r["kind"], r["status"]) for r in rows] == [("S1042", "access", "open"), ("S1043", "complaint", "open")]
    assert rows[0]["id"].startswith(rid)
    assert main(["--db", db, "requests", "close", rid, "--handling", "report sent"]) == 0
    assert "closed on" in capsys.readouterr().out
    assert main(["--db", db, "requests", "list", "--open"]) == 0
    out = capsys.readouterr().out
    assert "S1043" in out and "S1042" not in out and "open, due" in out
    with pytest.raises(SystemExit) as bad:
        main(["--db", db, "requests", "add", "S1042", "--kind", "gossip"])
    assert bad.value.code == 2
    assert main(["--db", db, "requests", "close", "zz", "--handling", "x"]) == 2
    assert main(["--db", db, "requests", "close", rid, "--handling", "x"]) == 2
    err = capsys.readouterr().err
    assert "already" in err.splitlines()[-1]
    assert main(["--db", db, "requests", "add", "NOPE", "--kind", "access"]) == 2


def test_an_erased_persons_objection_is_redacted_and_purged_with_the_forms(school) -> None:
    """Erasure and the purge also cover objections (issue 15's table): the
    reason is free text about the person; the purge once failed on their
    foreign key."""
    from sqlmodel import select

    from mediadesk.services.legal_basis import add_objection
    from mediadesk.store.tables import Objection

    add_objection(school, "S1042", reason="Emma's mother: no photos of Emma")
    pid = get_person(school, "S1042").id
    erase_person(school, "S1042")
    with school.unit() as s:
        assert [o.reason for o in s.exec(select(Objection).where(Objection.person_id == pid))] == ["(erased)"]
    update_settings(school, dispute_period_months=1)
    assert purge_expired(school, on=today() + timedelta(days=400)).people == 1
    with school.unit() as s:
        assert s.exec(select(Objection).where(Objection.person_id == pid)).all() == []
