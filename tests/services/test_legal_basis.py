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
