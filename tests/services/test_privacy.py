"""Erasure, the dispute-period purge, evidence copies and the audit log."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from mediadesk.core.dates import add_months, today
from mediadesk.services import faces as fs
from mediadesk.services import privacy
from mediadesk.services.publishing import record_publication, takedown_list
from tests.helpers import register_asset
from mediadesk.services.assets import block, review_complete, tag, verdicts_of
from mediadesk.services.consent import add_consent, revoke
from mediadesk.services.people import get_person, import_people, list_people, set_publication_ban


#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


def _all_text(lib) -> list[tuple[str, str]]:
    """(table, cell) for every text cell of every table of the library."""
    from sqlalchemy import inspect, text

    out = []
    with lib.engine.connect() as c:
        for table in inspect(c).get_table_names():
            for row in c.execute(text(f'SELECT * FROM "{table}"')):
                out += [(table, str(v)) for v in row if isinstance(v, str)]
    return out


def test_erasure_leaves_no_personal_data_and_reopens_review(school, tmp_path):
    fs.set_mode(school, "off")  # faces drawn by hand in this test
    evidence = tmp_path / "scan-form-0042.pdf"
    evidence.write_bytes(b"%PDF-1.4 signed form")
    add_consent(school, "S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"], media=["photo"], signed_on=date(2026, 9, 1), evidence_file=evidence)
    a1 = register_asset(school, tmp_path / "a.jpg")
    a2 = register_asset(school, tmp_path / "b.jpg")
    tag(school, a1, ["S1042", "T1"])
    fid = fs.add_manual_face(school, a2, (5, 5, 30, 30))
    fs.resolve_face(school, a2, fid, person="S1042")
    for a in (a1, a2):
        review_complete(school, a)
    record_publication(school, a1, "website", on=date(2026, 10, 1), where="school.dk/news")
    res = privacy.erase_person(school, "S1042")
    assert sorted(res.assets) == sorted([a1, a2])
    cells = _all_text(school)
    leaks = [(t, c) for t, c in cells if "S1042" in c or "Emma Jensen" in c]
    assert leaks == [], leaks
    # the signed forms (with the guardian's name) are kept for the dispute period only
    assert {t for t, c in cells if "Anna Jensen" in c} == {"consent_record"}
    erasures = [e for e in privacy.audit_entries(school, action="person.erase")]
    assert len(erasures) == 1
    # the assets are evaluated again: the face is unresolved, the people list must be confirmed again
    evals = {e.asset: e for e, _ in verdicts_of(school, [a1, a2], ["website"], date(2026, 11, 1))}
    assert evals[a2].verdict.value == "needs_review"
    assert {r.code.value for r in evals[a2].reasons} == {"UNRESOLVED_FACE", "PEOPLE_NOT_CONFIRMED"}
    assert {r.code.value for r in evals[a1].reasons} == {"PEOPLE_NOT_CONFIRMED"}
    assert "S1042" not in [p.external_id for p in list_people(school)]


def test_purge_waits_for_the_dispute_period(school, tmp_path):
    evidence = tmp_path / "form.jpg"
    evidence.write_bytes(b"\xff\xd8\xff form photo")
    rec = add_consent(school, "S1043", granted_by="self", channels=["website"], media=["photo"], signed_on=date(2026, 9, 1), evidence_file=evidence)
    stored = Path(rec.evidence_path)
    assert stored.exists() and stored.parent == school.evidence_dir  # a copy travels with the library
    privacy.erase_person(school, "S1043")
    assert privacy.purge_expired(school).forms == 0  # still inside the dispute period
    assert stored.exists()
    later = add_months(today(), 6) + timedelta(days=1)
    res = privacy.purge_expired(school, on=later)
    assert res.forms == 2 and res.evidence_files == 1 and res.people == 1
    assert not stored.exists()
    assert not [c for _, c in _all_text(school) if "Lars Nielsen" in c or "S1043" in c]
    from sqlalchemy import text

    with school.engine.connect() as c:  # the other people's forms stay
        assert c.execute(text("SELECT count(*) FROM consent_record")).scalar() == 3


def test_withdrawal_puts_exactly_the_right_publications_on_the_takedown_list(school, tmp_path):
    a1 = register_asset(school, tmp_path / "a.jpg")
    a2 = register_asset(school, tmp_path / "b.jpg")
    tag(school, a1, ["S1042"])
    tag(school, a2, ["T1"])
    for a in (a1, a2):
        review_complete(school, a)
    record_publication(school, a1, "website", on=date(2026, 10, 1), where="school.dk/a")
    record_publication(school, a2, "website", on=date(2026, 10, 1), where="school.dk/b")
    assert takedown_list(school) == []
    revoke(school, "S1042", reason="moved school")
    items = takedown_list(school)
    assert [(i.asset, i.channel, i.where) for i in items] == [(a1, "website", "school.dk/a")]
    assert [(r.person, r.code.value) for r in items[0].reasons] == [("S1042", "CONSENT_REVOKED")]


def test_audit_filters(school, tmp_path):
    a1 = register_asset(school, tmp_path / "a.jpg")
    tag(school, a1, ["S1042"])
    block(school, a1, "blurry")
    by_asset = privacy.audit_entries(school, asset=a1)
    assert {e["action"] for e in by_asset} == {"asset.import", "presence.add", "asset.block", "event.create"} - {"event.create"}
    by_person = privacy.audit_entries(school, person="S1042")
    assert {e["action"] for e in by_person} >= {"person.create", "consent.create", "presence.add"}
    assert all("S1043" not in str(e) for e in by_person)
    blocks = privacy.audit_entries(school, action="asset.block")
    assert len(blocks) == 1 and blocks[0]["new"] == {"block_reason": "blurry"} and blocks[0]["actor"] == "tester"
    assert privacy.audit_entries(school, since=today() + timedelta(days=1)) == []
    # person and asset together narrow down (both must hold)
    a2 = register_asset(school, tmp_path / "b.jpg")
    tag(school, a2, ["S1042"])
    both = privacy.audit_entries(school, person="S1042", asset=a1)
    assert [e["action"] for e in both] == ["presence.add"] and both[0]["entity_id"] == a1
    assert len(privacy.audit_entries(school, limit=2)) == 2
    csv_text = privacy.audit_csv(blocks)
    assert csv_text.splitlines()[0] == "at,actor,action,entity,entity_id,old,new"
    assert "blurry" in csv_text


def test_publication_ban_set_in_mediadesk_is_never_lifted_by_a_reimport(school, lib_files, tmp_path):
    from mediadesk.core.errors import UserError

    a1 = register_asset(school, tmp_path / "a.jpg")
    tag(school, a1, ["S1042"])
    result = set_publication_ban(school, "S1042", True)
    assert [(e.asset, e.channel, e.verdict.value) for e, _ in result.affected if e.channel == "website"] == [(a1, "website", "blocked")]
    summary = import_people(school, lib_files["people"])  # the admin export still says "no"
    assert get_person(school, "S1042").publication_ban
    assert any("S1042 keeps the publication ban" in w for w in summary.warnings)
    with pytest.raises(UserError, match="reason"):
        set_publication_ban(school, "S1042", False)
    set_publication_ban(school, "S1042", False, reason="court order ended")
    assert not get_person(school, "S1042").publication_ban
