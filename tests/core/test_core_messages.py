"""Plain-words messages: every reason code in en, da and nl, with the person's
name where there is a person, and no placeholder left unformatted.

The reasons are produced by the engine itself, so the params it sets are the
ones the templates get."""

from __future__ import annotations

import re

import pytest
from core_factories import (
    AUDIO,
    GUARDIAN,
    SELF,
    VIDEO,
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

from mediadesk.core.enums import (
    DEFAULT_CHANNELS,
    LANGUAGES,
    FaceMode,
    FaceState,
    LegalBasis,
    MediaKind,
)
from mediadesk.core.messages import _T, channel_label, media_label, reason_message
from mediadesk.core.model import Reason

NAME = "Emma Jensen"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

# One engine run per code; each yields (at least) that code with NAME / id E1.
SCENARIOS = {
    R.MANUALLY_BLOCKED: (asset(block="parent asked us not to"), {}),
    R.PUBLICATION_BAN: (asset(person("E1", form(), name=NAME, ban=True)), {}),
    R.CONSENT_EXPIRED: (asset(person("E1", form(signed="2024-08-20"), name=NAME)), {}),
    R.NO_CONSENT: (asset(person("E1", name=NAME)), {}),
    R.CONSENT_REVOKED: (asset(person("E1", form(revoked="2026-01-05"), name=NAME)), {}),
    R.GUARDIAN_CONSENT_REQUIRED: (asset(person("E1", form(SELF), name=NAME)), {}),
    R.SELF_CONSENT_REQUIRED: (asset(person("E1", form(GUARDIAN), name=NAME, born="2000-01-01")),
                              {}),
    R.CHANNEL_NOT_COVERED: (asset(person("E1", form(channels={"website"}), name=NAME)), {}),
    R.MEDIA_NOT_COVERED: (asset(person("E1", form(media={"photo"}), name=NAME), kind=VIDEO), {}),
    R.UNRESOLVED_FACE: (asset(faces=[face("f1", FaceState.UNRESOLVED)]), {}),
    R.UNCONFIRMED_MATCH: (asset(faces=[face("f1", FaceState.SUGGESTED, "E1", NAME)]), {}),
    R.FACES_NOT_SCANNED: (asset(scanned=False), {"mode": FaceMode.DETECT}),
    R.PEOPLE_NOT_CONFIRMED: (asset(confirmed=False), {}),
    R.OBJECTION: (asset(person("E1", form(), name=NAME, objections=[objection()])), {}),
    R.LEGAL_BASIS: (asset(person("E1", name=NAME), basis=LegalBasis.LEGITIMATE_INTEREST), {}),
    # only in a covered evaluation
    R.COVERED_PERSON: (asset(person("E1", form(channels={"website"}), name=NAME),
                             faces=[on_face("f1", "E1")]), {"cover": ["f1"]}),
    R.COVERED_FACE: (asset(faces=[face("f1", FaceState.UNRESOLVED)]), {"cover": ["f1"]}),
    R.NO_FACE_TO_COVER: (asset(person("E1", name=NAME)), {"cover": []}),
}


def engine_reason(code: R) -> Reason:
    a, kw = SCENARIOS[code]
    if "cover" in kw:
        _, _, ev = run_covered(a, **kw)
    else:
        _, _, ev = run(a, **kw)
    found = [r for r in ev.reasons if r.code == code]
    assert found, f"scenario for {code} did not produce it: {ev.reasons}"
    return found[0]


def test_every_code_has_a_scenario():
    assert set(SCENARIOS) == set(R)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", list(R), ids=[c.value for c in R])
def test_message_for_every_code_and_language(code, lang):
    r = engine_reason(code)
    msg = r.message(lang)
    assert msg.strip()
    assert not PLACEHOLDER.search(msg), msg
    assert "{" not in msg and "}" not in msg, msg
    if r.person is not None:
        assert r.person == "E1"
        assert NAME in msg, msg
    if code == R.MANUALLY_BLOCKED:
        assert "parent asked us not to" in msg
    if r.person is not None and code not in (R.UNCONFIRMED_MATCH,):
        assert msg.startswith(NAME + ":")  # "Emma Jensen: ..."
    assert r.to_json(lang)["message"] == msg
    assert r.to_json(lang)["code"] == code.value


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_translates_every_code(lang):
    assert set(_T[lang]) == set(R)
    if lang != "en":
        for code in R:
            assert _T[lang][code] != _T["en"][code], code


def test_spec_example_message():
    r = engine_reason(R.CHANNEL_NOT_COVERED)
    assert r.message("en") == "Emma Jensen: consent for Instagram not given (form of 2025-08-20)"
    assert "Instagram" in r.message("da") and "2025-08-20" in r.message("da")
    assert "Instagram" in r.message("nl") and "2025-08-20" in r.message("nl")


DETAILS = [
    # (code, fragments the English message must contain)
    (R.CONSENT_EXPIRED, ["2025-07-31"]),
    (R.NO_CONSENT, ["2026-03-01"]),
    (R.CONSENT_REVOKED, ["2026-01-05", "2025-08-20"]),
    (R.GUARDIAN_CONSENT_REQUIRED, ["16", "2025-08-20"]),
    (R.SELF_CONSENT_REQUIRED, ["16", "2025-08-20"]),
    (R.MEDIA_NOT_COVERED, ["film", "2025-08-20"]),
]


@pytest.mark.parametrize("code,fragments", DETAILS, ids=[c.value for c, _ in DETAILS])
def test_message_names_the_form_and_dates(code, fragments):
    msg = engine_reason(code).message("en")
    for frag in fragments:
        assert frag in msg, (frag, msg)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_channel_and_media_labels(lang):
    for ch in DEFAULT_CHANNELS:
        assert channel_label(ch, lang).strip()
    assert channel_label("schoolapp", lang) == "schoolapp"  # custom slug shown as is
    for kind in MediaKind:
        assert media_label(kind.value, lang).strip()
        msg = engine_reason_for_media(kind).message(lang)
        assert media_label(kind.value, lang) in msg


def engine_reason_for_media(kind: MediaKind) -> Reason:
    other = {"photo": "video", "video": "audio", "audio": "photo"}[kind.value]
    _, _, ev = run(asset(person("E1", form(media={other}), name=NAME), kind=kind))
    (r,) = ev.reasons
    assert r.code == R.MEDIA_NOT_COVERED
    return r


def test_audio_message():
    _, _, ev = run(asset(person("E1", form(media={"photo"}), name=NAME), kind=AUDIO))
    assert ev.reasons[0].message("en") == (
        "Emma Jensen: consent for sound recordings not given (form of 2025-08-20)")


def test_unconfirmed_match_without_a_name_falls_back_to_the_id():
    _, _, ev = run(asset(faces=[face("f1", FaceState.SUGGESTED, "S77", None)]))
    (r,) = ev.reasons
    for lang in LANGUAGES:
        assert "S77" in r.message(lang)


def test_no_person_at_all_says_someone():
    r = Reason(R.UNCONFIRMED_MATCH, face="f1")
    assert "someone" in r.message("en")
    for lang in LANGUAGES:
        assert not PLACEHOLDER.search(r.message(lang))


def test_braces_in_names_and_block_reasons_are_shown_verbatim():
    _, _, ev = run(asset(person("E1", name="Ann {name} {0}"), block="see {reason}"))
    msgs = [r.message("en") for r in ev.reasons]
    assert msgs == ["Blocked by staff: see {reason}",
                    "Ann {name} {0}: no consent form covers 2026-03-01"]


def test_unknown_language_falls_back_to_english():
    r = engine_reason(R.NO_CONSENT)
    assert reason_message(r, "de") == r.message("en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_recording_with_nobody_tagged_asks_for_the_voices(lang):
    """An audio asset with nobody tagged: the people-list reason asks for the
    voices heard (a recording has no faces that would show who is on it)."""
    _, _, ev = run(asset(kind=AUDIO, confirmed=False))
    (r,) = ev.reasons
    assert r.code == R.PEOPLE_NOT_CONFIRMED
    msg = r.message(lang)
    assert msg != _T[lang][R.PEOPLE_NOT_CONFIRMED] and not PLACEHOLDER.search(msg)
    assert {"en": "voice", "da": "stemme", "nl": "stem"}[lang] in msg
    assert {"en": "Nobody is tagged in this recording", "da": "Ingen er tagget", "nl": "Niemand is nog getagd"}[lang] in msg
    # someone tagged, or a photo: the usual message
    _, _, tagged = run(asset(person("E1", form(), name=NAME), kind=AUDIO, confirmed=False))
    assert [x.message(lang) for x in tagged.reasons] == [_T[lang][R.PEOPLE_NOT_CONFIRMED]]
    _, _, photo = run(asset(confirmed=False))
    assert [x.message(lang) for x in photo.reasons] == [_T[lang][R.PEOPLE_NOT_CONFIRMED]]
