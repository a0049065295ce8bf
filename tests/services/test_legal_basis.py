"""Legal basis per asset and objections, through the library (issue 15.2)."""

from __future__ import annotations

from datetime import date

import pytest

from mediadesk.core.errors import UserError
from mediadesk.services import faces as fs
from mediadesk.services import legal_basis as lb
from tests.helpers import register_asset
from mediadesk.services.assets import get_asset, review_complete, tag, verdicts_of
from mediadesk.services.library import audit_log
from mediadesk.services.people import add_person
from mediadesk.services.settings import update_settings

LIBRARY_BACKENDS = ("sqlite", "postgres")
ON = date(2026, 10, 1)


def _codes(lib, aid, channel="website"):
    (ev, _), = verdicts_of(lib, [aid], [channel], ON)
    return ev.verdict.value, sorted(r.code.value for r in ev.reasons), ev


@pytest.fixture
def situation(lib, tmp_path):
    fs.set_mode(lib, "off")
    add_person(lib, "N1", "Nora Holm", "student")  # no consent form at all
    aid = register_asset(lib, tmp_path / "yard.jpg")
    tag(lib, aid, ["N1"])
    review_complete(lib, aid)
    return aid


def test_basis_clears_only_with_the_setting_on(lib, situation):
    lb.set_basis(lib, situation, "legitimate_interest", reason="situation photo")
    # setting off (the default): the stored basis is ignored
    assert _codes(lib, situation) == ("blocked", ["NO_CONSENT"], _codes(lib, situation)[2])
    update_settings(lib, legal_basis_enabled=True)
    verdict, codes, ev = _codes(lib, situation)
    assert (verdict, codes) == ("cleared", ["LEGAL_BASIS"])
    assert ev.reasons[0].message("en").startswith(
        "Published on legitimate interest: situation photo; recorded by tester on ")
    # back to consent: today's rules
    lb.set_basis(lib, situation, "consent")
    assert _codes(lib, situation)[:2] == ("blocked", ["NO_CONSENT"])
    actions = [e.action for e in audit_log(lib) if e.action == "asset.legal_basis"]
    assert len(actions) == 2


def test_objection_blocks_until_withdrawn(lib, situation):
    update_settings(lib, legal_basis_enabled=True)
    lb.set_basis(lib, situation, "public_task", reason="sports day overview")
    oid = lb.add_objection(lib, "N1", date(2026, 9, 1), ["website"], reason="parent objects")
    assert _codes(lib, situation)[:2] == ("blocked", ["LEGAL_BASIS", "OBJECTION"])
    assert _codes(lib, situation, "print")[:2] == ("cleared", ["LEGAL_BASIS"])
    assert [o.id.hex for o in lb.objections(lib, "N1")] == [oid]
    assert lb.withdraw_objection(lib, "N1", on=ON) == [oid]
    assert _codes(lib, situation)[:2] == ("cleared", ["LEGAL_BASIS"])


def test_basis_needs_a_reason_and_a_known_basis(lib, situation):
    with pytest.raises(UserError, match="needs a reason"):
        lb.set_basis(lib, situation, "legitimate_interest", reason="  ")
    with pytest.raises(UserError, match="unknown legal basis 'maybe'"):
        lb.set_basis(lib, situation, "maybe", reason="x")
    with pytest.raises(UserError, match="legal_basis_enabled must be true or false"):
        update_settings(lib, legal_basis_enabled="yes")
    assert get_asset(lib, situation).legal_basis is None


def test_no_basis_for_audio(lib, tmp_path):
    aid = register_asset(lib, tmp_path / "song.wav", kind="audio")
    with pytest.raises(UserError, match="not audio"):
        lb.set_basis(lib, aid, "public_task", reason="concert")


# --- adversarial pass: wrong orders on a non-consent basis (safe side: still blocked) ---

def _consented(lib, tmp_path, ext="C1", name="Carl Dahl", kind="photo", **person):
    from mediadesk.services.consent import add_consent

    add_person(lib, ext, name, "student", **person)
    add_consent(lib, ext, granted_by="guardian", channels=["website", "print"], media=["photo", "video"],
                signed_on=date(2026, 8, 20), guardian_name="Dora Dahl")
    aid = register_asset(lib, tmp_path / f"{ext}.{'mp4' if kind == 'video' else 'jpg'}", kind=kind)
    tag(lib, aid, [ext])
    review_complete(lib, aid)
    return aid


def test_an_objection_recorded_before_the_basis_still_blocks(lib, situation):
    lb.add_objection(lib, "N1", date(2026, 9, 1), reason="parent objects")  # every channel
    update_settings(lib, legal_basis_enabled=True)
    lb.set_basis(lib, situation, "legitimate_interest", reason="crowd at the sports day")
    for ch in ("website", "print"):
        assert _codes(lib, situation, ch)[:2] == ("blocked", ["LEGAL_BASIS", "OBJECTION"])


def test_a_new_objection_after_one_was_withdrawn_blocks_again(lib, situation):
    from mediadesk.core.errors import NotFound

    update_settings(lib, legal_basis_enabled=True)
    lb.set_basis(lib, situation, "public_task", reason="sports day overview")
    lb.add_objection(lib, "N1", date(2026, 9, 1))
    lb.withdraw_objection(lib, "N1", on=date(2026, 9, 15))
    assert _codes(lib, situation)[:2] == ("cleared", ["LEGAL_BASIS"])
    lb.add_objection(lib, "N1", date(2026, 9, 20), ["website"])
    assert _codes(lib, situation)[:2] == ("blocked", ["LEGAL_BASIS", "OBJECTION"])
    assert _codes(lib, situation, "print")[:2] == ("cleared", ["LEGAL_BASIS"])
    lb.withdraw_objection(lib, "N1", on=ON)
    with pytest.raises(NotFound, match="no objection in force"):
        lb.withdraw_objection(lib, "N1")


def test_an_objection_for_an_unknown_channel_is_refused_and_nothing_is_stored(lib, situation):
    with pytest.raises(UserError, match="unknown channel: webiste"):
        lb.add_objection(lib, "N1", date(2026, 9, 1), ["website", "webiste"])
    assert lb.objections(lib, "N1") == []


def test_an_objection_blocks_on_consent_too(lib, tmp_path):
    fs.set_mode(lib, "off")
    aid = _consented(lib, tmp_path)
    assert _codes(lib, aid)[:2] == ("cleared", [])
    lb.add_objection(lib, "C1", date(2026, 9, 1), ["website"])
    assert _codes(lib, aid)[:2] == ("blocked", ["OBJECTION"])
    assert _codes(lib, aid, "print")[:2] == ("cleared", [])


def test_a_ban_or_a_withdrawal_blocks_on_a_non_consent_basis(lib, tmp_path):
    from mediadesk.services.consent import revoke

    fs.set_mode(lib, "off")
    update_settings(lib, legal_basis_enabled=True)
    banned = _consented(lib, tmp_path, "B1", "Bent Ban", publication_ban=True)
    gone = _consented(lib, tmp_path, "W1", "Wilma Went", kind="video")
    for aid in (banned, gone):
        lb.set_basis(lib, aid, "legitimate_interest", reason="crowd, nobody singled out")
    assert _codes(lib, gone)[:2] == ("cleared", ["LEGAL_BASIS"])  # a clip may use a basis
    revoke(lib, "W1", on=date(2026, 9, 1))
    assert _codes(lib, banned)[:2] == ("blocked", ["LEGAL_BASIS", "PUBLICATION_BAN"])
    assert _codes(lib, gone)[:2] == ("blocked", ["CONSENT_REVOKED", "LEGAL_BASIS"])
    update_settings(lib, legal_basis_enabled=False)  # back to consent: still blocked
    assert _codes(lib, gone)[:2] == ("blocked", ["CONSENT_REVOKED"])


def test_a_short_or_empty_objection_id_never_withdraws_several(lib, situation):
    update_settings(lib, legal_basis_enabled=True)
    lb.set_basis(lib, situation, "public_task", reason="sports day overview")
    first = lb.add_objection(lib, "N1", date(2026, 9, 1), ["website"])
    lb.add_objection(lib, "N1", date(2026, 9, 2), ["print"])
    with pytest.raises(UserError, match="objection id '' matches 2 objection"):
        lb.withdraw_objection(lib, "N1", "", on=ON)
    assert all(o.withdrawn_on is None for o in lb.objections(lib, "N1"))
    assert _codes(lib, situation)[:2] == ("blocked", ["LEGAL_BASIS", "OBJECTION"])
    assert lb.withdraw_objection(lib, "N1", first[:8], on=ON) == [first]
    assert _codes(lib, situation, "print")[:2] == ("blocked", ["LEGAL_BASIS", "OBJECTION"])
