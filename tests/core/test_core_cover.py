"""Covered evaluation (publish with faces covered), one table row each.

Each row: an asset, the faces covered (or ``plan`` = the faces the engine
says must be covered), the covered verdict, the exact multiset of (code,
person) reasons of the covered evaluation, and who is covered. The plain
verdict is checked to stay what it was. Defaults as in test_core_rules:
photo, instagram, 2026-03-01, age 16, detect mode, scanned, confirmed.
"""

from __future__ import annotations

from collections import Counter

import pytest
from core_factories import (
    GUARDIAN,
    SELF,
    VIDEO,
    AUDIO,
    R,
    asset,
    face,
    form,
    objection,
    on_face,
    person,
    run,
    run_covered,
)

from mediadesk.core.enums import FaceState, LegalBasis, Verdict

CLEARED, REVIEW, BLOCKED = Verdict.CLEARED, Verdict.NEEDS_REVIEW, Verdict.BLOCKED
OK = form()  # all channels and media
WEB = form(channels={"website"})  # no instagram
EMMA = person("S1", OK, name="Emma")
NOAH = person("S2", WEB, name="Noah")  # no consent for instagram
SOFIE = person("S3", OK, name="Sofie", ban=True)
F1, F2, F3 = on_face("f1", "S1"), on_face("f2", "S2"), on_face("f3", "S3")
UNRES = face("u1", FaceState.UNRESOLVED)
SUGG = face("g1", FaceState.SUGGESTED, "S9", "Someone")
GONE = face("d1", FaceState.DISMISSED)

CASES = []


def case(id, a, cover, verdict, reasons=(), covered=(), **kw):
    CASES.append(pytest.param(a, cover, verdict, reasons, covered, kw, id=id))


NOTE_P = R.COVERED_PERSON
NOTE_F = R.COVERED_FACE

# --- the group photo with one pupil who said no ------------------------------
case("one_non_consenting_pupil_covered_clears",
     asset(EMMA, NOAH, faces=[F1, F2]), ["f2"], CLEARED, [(NOTE_P, "S2")], ["S2"])
case("plan_covers_exactly_the_non_consenting_pupil",
     asset(EMMA, NOAH, faces=[F1, F2]), "plan", CLEARED, [(NOTE_P, "S2")], ["S2"])
case("plan_on_website_covers_nobody",
     asset(EMMA, NOAH, faces=[F1, F2]), "plan", CLEARED, [], [], channel="website")
case("covering_the_wrong_face_stays_blocked",
     asset(EMMA, NOAH, faces=[F1, F2]), ["f1"], BLOCKED,
     [(NOTE_P, "S1"), (R.CHANNEL_NOT_COVERED, "S2")], ["S1"])
case("covering_nothing_is_the_plain_verdict",
     asset(EMMA, NOAH, faces=[F1, F2]), [], BLOCKED, [(R.CHANNEL_NOT_COVERED, "S2")], [])
case("covering_a_consenting_pupil_too_is_allowed",
     asset(EMMA, NOAH, faces=[F1, F2]), ["f1", "f2"], CLEARED,
     [(NOTE_P, "S1"), (NOTE_P, "S2")], ["S1", "S2"])
case("plan_with_extra_face_chosen",
     asset(EMMA, NOAH, faces=[F1, F2]), ("plan", ["f1"]), CLEARED,
     [(NOTE_P, "S1"), (NOTE_P, "S2")], ["S1", "S2"])
case("unknown_face_ids_are_ignored",
     asset(EMMA, NOAH, faces=[F1, F2]), ["zz"], BLOCKED, [(R.CHANNEL_NOT_COVERED, "S2")], [])

# --- every kind of missing consent can be covered ------------------------------
for _id, _p, _code in [
    ("no_consent", person("S2", name="Noah"), R.NO_CONSENT),
    ("expired", person("S2", form(signed="2024-08-20"), name="Noah"), R.CONSENT_EXPIRED),
    ("withdrawn", person("S2", form(revoked="2026-01-05"), name="Noah"), R.CONSENT_REVOKED),
    ("guardian_required", person("S2", form(SELF), name="Noah"), R.GUARDIAN_CONSENT_REQUIRED),
    ("self_required", person("S2", form(GUARDIAN), name="Noah", born="2000-01-01"),
     R.SELF_CONSENT_REQUIRED),
    ("objection", person("S2", OK, name="Noah", objections=[objection()]), R.OBJECTION),
]:
    case(f"{_id}_covered_clears", asset(EMMA, _p, faces=[F1, F2]), "plan", CLEARED,
         [(NOTE_P, "S2")], ["S2"])
    case(f"{_id}_not_covered_blocks", asset(EMMA, _p, faces=[F1, F2]), [], BLOCKED,
         [(_code, "S2")], [])
case("media_not_covered_in_a_clip_covered",
     asset(EMMA, person("S2", form(media={"photo"}), name="Noah"), kind=VIDEO, faces=[F1, F2]),
     "plan", CLEARED, [(NOTE_P, "S2")], ["S2"])

# --- publication ban: always covered -------------------------------------------
for _ch in ("website", "facebook", "instagram", "tiktok", "print", "intranet"):
    case(f"ban_covered_on_{_ch}", asset(EMMA, SOFIE, faces=[F1, F3]), "plan", CLEARED,
         [(NOTE_P, "S3")], ["S3"], channel=_ch)
case("ban_not_covered_blocks", asset(EMMA, SOFIE, faces=[F1, F3]), ["f1"], BLOCKED,
     [(NOTE_P, "S1"), (R.PUBLICATION_BAN, "S3")], ["S1"])
case("ban_on_a_basis_still_covered",
     asset(EMMA, SOFIE, faces=[F1, F3], basis=LegalBasis.PUBLIC_TASK), "plan", CLEARED,
     [(R.LEGAL_BASIS, None), (NOTE_P, "S3")], ["S3"])

# --- a person with two faces: both must be covered ------------------------------
case("two_faces_both_covered",
     asset(EMMA, NOAH, faces=[F1, F2, on_face("f2b", "S2")]), "plan", CLEARED,
     [(NOTE_P, "S2")], ["S2"])
case("two_faces_one_covered_blocks",
     asset(EMMA, NOAH, faces=[F1, F2, on_face("f2b", "S2")]), ["f2"], BLOCKED,
     [(R.CHANNEL_NOT_COVERED, "S2")], [])

# --- what covering cannot fix ----------------------------------------------------
case("tagged_without_a_face_cannot_be_covered",
     asset(EMMA, NOAH, faces=[F1]), "plan", BLOCKED,
     [(R.CHANNEL_NOT_COVERED, "S2"), (R.NO_FACE_TO_COVER, "S2")], [])
case("tagged_without_a_face_with_consent_is_fine",
     asset(EMMA, NOAH, faces=[F2]), "plan", CLEARED, [(NOTE_P, "S2")], ["S2"])
case("ban_tagged_without_a_face_blocks_on_every_channel",
     asset(SOFIE), "plan", BLOCKED, [(R.PUBLICATION_BAN, "S3"), (R.NO_FACE_TO_COVER, "S3")], [],
     channel="website")
case("manual_block_stays",
     asset(EMMA, NOAH, faces=[F1, F2], block="parent asked"), "plan", BLOCKED,
     [(R.MANUALLY_BLOCKED, None), (NOTE_P, "S2")], ["S2"])
case("people_not_confirmed_stays",
     asset(EMMA, NOAH, faces=[F1, F2], confirmed=False), "plan", REVIEW,
     [(NOTE_P, "S2"), (R.PEOPLE_NOT_CONFIRMED, None)], ["S2"])
case("faces_not_scanned_stays",
     asset(EMMA, NOAH, faces=[F1, F2], scanned=False), "plan", REVIEW,
     [(NOTE_P, "S2"), (R.FACES_NOT_SCANNED, None)], ["S2"])
case("audio_cannot_be_covered",
     asset(EMMA, NOAH, kind=AUDIO, faces=[F1, F2]), ["f2"], BLOCKED,
     [(R.CHANNEL_NOT_COVERED, "S2"), (R.NO_FACE_TO_COVER, "S2")], [])
case("legal_basis_note_stays_and_decides_the_checks",  # on a basis Noah needs no consent
     asset(EMMA, NOAH, faces=[F1, F2], basis=LegalBasis.LEGITIMATE_INTEREST), "plan", CLEARED,
     [(R.LEGAL_BASIS, None)], [])
case("legal_basis_withdrawn_pupil_covered",
     asset(EMMA, person("S2", form(revoked="2026-01-05"), name="Noah"), faces=[F1, F2],
           basis=LegalBasis.LEGITIMATE_INTEREST), "plan", CLEARED,
     [(R.LEGAL_BASIS, None), (NOTE_P, "S2")], ["S2"])

# --- unidentified faces: covered only when the user chooses ---------------------
case("unresolved_face_not_chosen_needs_review",
     asset(EMMA, NOAH, faces=[F1, F2, UNRES]), "plan", REVIEW,
     [(NOTE_P, "S2"), (R.UNRESOLVED_FACE, None)], ["S2"])
case("unresolved_face_chosen_clears",
     asset(EMMA, NOAH, faces=[F1, F2, UNRES, SUGG]), "plan+unresolved", CLEARED,
     [(NOTE_P, "S2"), (NOTE_F, None), (NOTE_F, None)], ["S2", None, None])
case("suggested_face_not_covered_needs_review",
     asset(EMMA, faces=[F1, SUGG]), ["u1"], REVIEW, [(R.UNCONFIRMED_MATCH, "S9")], [])
case("dismissed_face_covered_on_request",
     asset(EMMA, faces=[F1, GONE]), ["d1"], CLEARED, [(NOTE_F, None)], [None])


@pytest.mark.parametrize("a,cover,verdict,reasons,covered,kw", CASES)
def test_covered_table(a, cover, verdict, reasons, covered, kw):
    plain_verdict, _, plain = run(a, **kw)
    if cover == "plan":
        got, codes, ev = run_covered(a, plan=True, **kw)
    elif cover == "plan+unresolved":
        got, codes, ev = run_covered(a, plan=True, unresolved=True, **kw)
    elif isinstance(cover, tuple):
        got, codes, ev = run_covered(a, cover[1], plan=True, **kw)
    else:
        got, codes, ev = run_covered(a, cover, **kw)
    assert got == verdict
    assert codes == Counter(reasons)
    assert [c.person for c in ev.covered] == list(covered)
    assert ev.plain == plain and ev.plain.verdict == plain_verdict  # the plain verdict unchanged
    for r in ev.reasons:
        for lang in ("en", "da", "nl"):
            assert r.message(lang) and "{" not in r.message(lang)


def test_the_plan_fills_the_faces_of_the_people_covered():
    _, _, ev = run_covered(asset(EMMA, NOAH, faces=[F1, F2, on_face("f2b", "S2"), UNRES]),
                           plan=True)
    assert ev.faces == {"f2", "f2b"}
    (item,) = ev.covered
    assert item.faces == ("f2", "f2b") and item.person_name == "Noah"
    assert item.codes == (R.CHANNEL_NOT_COVERED,)


def test_covered_messages_say_who_and_why():
    _, _, ev = run_covered(asset(EMMA, NOAH, SOFIE, faces=[F1, F2, F3, UNRES]), plan=True,
                           unresolved=True)
    msgs = [r.message("en") for r in ev.reasons]
    assert msgs == [
        "Noah: face covered (no consent for Instagram)",
        "Sofie: face covered (publication ban)",
        "A face nobody has identified is covered (not identified yet)",
    ]
    da = [r.message("da") for r in ev.reasons]
    assert da[0] == "Noah: ansigtet tildækkes (intet samtykke til Instagram)"
    nl = [r.message("nl") for r in ev.reasons]
    assert nl[1] == "Sofie: gezicht afgedekt (publicatieverbod)"
    _, _, chosen = run_covered(asset(EMMA, faces=[F1]), ["f1"])
    assert chosen.reasons[0].message("en") == "Emma: face covered (covered by choice)"
    _, _, noface = run_covered(asset(NOAH), plan=True)
    assert noface.reasons[-1].message("en").startswith("Noah: tagged without a face region")


def test_covered_json_lists_people_and_keeps_the_plain_verdict():
    _, _, ev = run_covered(asset(EMMA, NOAH, faces=[F1, F2]), plan=True)
    j = ev.to_json()
    assert j["verdict"] == "blocked" and j["covered_verdict"] == "cleared"
    assert j["covered"] == [{"person": "S2", "name": "Noah", "faces": ["f2"],
                             "why": ["CHANNEL_NOT_COVERED"]}]
