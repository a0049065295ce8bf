"""Every rule and boundary of spec/consent-rules.md, one table row each.

Each row asserts the verdict AND the exact multiset of (code, person) reasons.
Defaults (see core_factories): photo, channel instagram, publication date
2026-03-01, age of consent 16 (NL), face mode detect, faces scanned, people
list confirmed. Pupil S1 is a student born 2010-05-10: 15 on the default
signing day 2025-08-20 and on the publication date, so a guardian signs.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from core_factories import (
    ALL_MEDIA,
    AUDIO,
    GUARDIAN,
    GUEST,
    PHOTO,
    SELF,
    STAFF,
    STUDENT,
    VIDEO,
    R,
    asset,
    face,
    form,
    objection,
    person,
    run,
)

from mediadesk.core.dates import default_valid_until
from mediadesk.core.enums import PROFILE_AGE, FaceMode, FaceState, LegalBasis, Profile, Verdict

CLEARED, REVIEW, BLOCKED = Verdict.CLEARED, Verdict.NEEDS_REVIEW, Verdict.BLOCKED
DK, NL = PROFILE_AGE[Profile.DK], PROFILE_AGE[Profile.NL]
OK = form()  # guardian form for S1, all channels and media, 2025-08-20 .. 2026-07-31

CASES = []


def case(id, a, verdict, reasons=(), **kw):
    CASES.append(pytest.param(a, verdict, reasons, kw, id=id))


# --- baseline --------------------------------------------------------------
case("baseline_guardian_form_for_minor", asset(person("S1", OK)), CLEARED)
case("baseline_self_form_for_adult",
     asset(person("S1", form(SELF), born="2000-01-01")), CLEARED)

# --- age of consent on the signing day (birthday counts as the new age) ------
case("turns_16_on_signed_on_self_form_ok",
     asset(person("S1", form(SELF, "2025-08-20"), born="2009-08-20")), CLEARED)
case("turns_16_on_signed_on_guardian_form_self_required",
     asset(person("S1", form(GUARDIAN, "2025-08-20"), born="2009-08-20")), BLOCKED,
     [(R.SELF_CONSENT_REQUIRED, "S1")])
case("turns_16_day_after_signed_on_self_form_guardian_required",
     asset(person("S1", form(SELF, "2025-08-20"), born="2009-08-21")), BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "S1")])
case("turns_16_day_after_signed_on_guardian_form_ok",
     asset(person("S1", form(GUARDIAN, "2025-08-20"), born="2009-08-21")), CLEARED)
case("self_form_signed_while_minor_stays_wrong_after_birthday",
     asset(person("S1", form(SELF, "2025-08-20"), born="2010-01-10")), BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "S1")], on="2026-03-01")
case("guardian_form_signed_while_minor_valid_after_birthday",
     asset(person("S1", form(GUARDIAN, "2025-08-20"), born="2010-01-10")), CLEARED,
     on="2026-03-01")
case("guardian_form_signed_while_minor_valid_on_birthday",
     asset(person("S1", form(GUARDIAN, "2025-08-20"), born="2010-01-10")), CLEARED,
     on="2026-01-10")
case("guardian_form_for_already_adult_self_required",
     asset(person("S1", form(GUARDIAN), born="2005-02-01")), BLOCKED,
     [(R.SELF_CONSENT_REQUIRED, "S1")])
case("self_form_by_minor_guardian_required",
     asset(person("S1", form(SELF))), BLOCKED, [(R.GUARDIAN_CONSENT_REQUIRED, "S1")])
case("custom_age_18_self_form_by_17_year_old",
     asset(person("S1", form(SELF), born="2008-01-01")), BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "S1")], age=18)
case("custom_age_18_guardian_form_for_17_year_old",
     asset(person("S1", form(GUARDIAN), born="2008-01-01")), CLEARED, age=18)

# --- DK (15) versus NL (16) on the same 15-year-old ------------------------
FIFTEEN = "2010-05-10"  # 15 on 2025-08-20
case("dk_15_year_old_self_form_ok",
     asset(person("S1", form(SELF), born=FIFTEEN)), CLEARED, age=DK)
case("nl_15_year_old_self_form_guardian_required",
     asset(person("S1", form(SELF), born=FIFTEEN)), BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "S1")], age=NL)
case("dk_15_year_old_guardian_form_self_required",
     asset(person("S1", form(GUARDIAN), born=FIFTEEN)), BLOCKED,
     [(R.SELF_CONSENT_REQUIRED, "S1")], age=DK)
case("nl_15_year_old_guardian_form_ok",
     asset(person("S1", form(GUARDIAN), born=FIFTEEN)), CLEARED, age=NL)

# --- 29 February birthdays ---------------------------------------------------
# Born 2008-02-29: 15 in 2023 (not a leap year) counts from 1 March.
case("feb29_dk_self_form_signed_28_feb_non_leap_still_minor",
     asset(person("S1", form(SELF, "2023-02-28"), born="2008-02-29")), BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "S1")], age=DK, on="2023-03-10")
case("feb29_dk_self_form_signed_1_march_non_leap_adult",
     asset(person("S1", form(SELF, "2023-03-01"), born="2008-02-29")), CLEARED,
     age=DK, on="2023-03-10")
case("feb29_dk_guardian_form_signed_28_feb_non_leap_ok",
     asset(person("S1", form(GUARDIAN, "2023-02-28"), born="2008-02-29")), CLEARED,
     age=DK, on="2023-03-10")
case("feb29_nl_self_form_signed_on_leap_birthday_adult",
     asset(person("S1", form(SELF, "2024-02-29"), born="2008-02-29")), CLEARED,
     age=NL, on="2024-03-10")
case("feb29_nl_self_form_signed_day_before_leap_birthday_minor",
     asset(person("S1", form(SELF, "2024-02-28"), born="2008-02-29")), BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "S1")], age=NL, on="2024-03-10")
case("feb29_age18_guardian_form_signed_28_feb_2026_ok",
     asset(person("S1", form(GUARDIAN, "2026-02-28"), born="2008-02-29")), CLEARED,
     age=18, on="2026-03-10")
case("feb29_age18_guardian_form_signed_1_march_2026_self_required",
     asset(person("S1", form(GUARDIAN, "2026-03-01"), born="2008-02-29")), BLOCKED,
     [(R.SELF_CONSENT_REQUIRED, "S1")], age=18, on="2026-03-10")

# --- no birth date ----------------------------------------------------------
for role, minor in ((STUDENT, True), (GUEST, True), (STAFF, False)):
    r = role.value
    case(f"{r}_without_birth_date_guardian_form",
         asset(person("P1", form(GUARDIAN), role=role, born=None)),
         CLEARED if minor else BLOCKED, [] if minor else [(R.SELF_CONSENT_REQUIRED, "P1")])
    case(f"{r}_without_birth_date_self_form",
         asset(person("P1", form(SELF), role=role, born=None)),
         BLOCKED if minor else CLEARED, [(R.GUARDIAN_CONSENT_REQUIRED, "P1")] if minor else [])
case("staff_with_birth_date_under_age_is_minor",
     asset(person("T1", form(SELF), role=STAFF, born="2010-01-01")), BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "T1")])
case("guest_with_birth_date_adult_self_form",
     asset(person("G1", form(SELF), role=GUEST, born="1980-06-06")), CLEARED)

# --- validity window --------------------------------------------------------
W = dict(valid_from="2025-09-01", valid_until="2026-06-30")
case("valid_from_inclusive", asset(person("S1", form(**W))), CLEARED, on="2025-09-01")
case("day_before_valid_from_no_consent", asset(person("S1", form(**W))), BLOCKED,
     [(R.NO_CONSENT, "S1")], on="2025-08-31")
case("valid_until_inclusive", asset(person("S1", form(**W))), CLEARED, on="2026-06-30")
case("day_after_valid_until_expired", asset(person("S1", form(**W))), BLOCKED,
     [(R.CONSENT_EXPIRED, "S1")], on="2026-07-01")
case("no_records_at_all_no_consent", asset(person("S1")), BLOCKED, [(R.NO_CONSENT, "S1")])
case("only_future_record_no_consent",
     asset(person("S1", form(signed="2026-02-01", valid_from="2026-04-01"))), BLOCKED,
     [(R.NO_CONSENT, "S1")])
case("expired_and_future_record_gap_expired",
     asset(person("S1",
                  form(signed="2025-08-20", valid_until="2026-01-31"),
                  form(signed="2026-02-01", valid_from="2026-04-01"))), BLOCKED,
     [(R.CONSENT_EXPIRED, "S1")])
case("expired_revoked_record_still_counts_as_expired",
     asset(person("S1", form(signed="2024-08-20", revoked="2024-10-01"))), BLOCKED,
     [(R.CONSENT_EXPIRED, "S1")], on="2025-09-01")
case("expired_old_record_but_current_one_applies",
     asset(person("S1", form(signed="2024-08-20"), form(signed="2025-08-20"))), CLEARED)
case("default_school_year_end_last_day_ok",
     asset(person("S1", form(signed="2025-08-20"))), CLEARED, on="2026-07-31")
case("default_school_year_end_next_day_expired",
     asset(person("S1", form(signed="2025-08-20"))), BLOCKED,
     [(R.CONSENT_EXPIRED, "S1")], on="2026-08-01")
case("default_end_valid_from_in_january_same_year",
     asset(person("S1", form(signed="2026-01-15"))), CLEARED, on="2026-07-31")
case("default_end_valid_from_in_january_expired_1_august",
     asset(person("S1", form(signed="2026-01-15"))), BLOCKED,
     [(R.CONSENT_EXPIRED, "S1")], on="2026-08-01")
case("default_end_valid_from_31_july_one_day_form",
     asset(person("S1", form(signed="2025-07-31"))), CLEARED,
     on="2025-07-31")
case("default_end_valid_from_31_july_expired_next_day",
     asset(person("S1", form(signed="2025-07-31"))), BLOCKED,
     [(R.CONSENT_EXPIRED, "S1")], on="2025-08-01")
case("default_end_valid_from_1_august_runs_a_year",
     asset(person("S1", form(signed="2025-08-01"))), CLEARED, on="2026-07-31")

# --- governing record -------------------------------------------------------
OLD_WIDE = form(signed="2025-08-20")
NEW_NARROW = form(signed="2025-10-01", channels={"website"}, media={"photo"})
case("newer_narrower_record_decides_channel",
     asset(person("S1", OLD_WIDE, NEW_NARROW)), BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")])
case("newer_narrower_record_decides_media",
     asset(person("S1", OLD_WIDE, NEW_NARROW), kind=VIDEO), BLOCKED,
     [(R.MEDIA_NOT_COVERED, "S1")], channel="website")
case("newer_narrower_record_covers_its_own_channel",
     asset(person("S1", NEW_NARROW, OLD_WIDE)), CLEARED, channel="website")
case("older_narrower_record_does_not_matter",
     asset(person("S1", form(signed="2025-08-20", channels={"website"}),
                  form(signed="2025-10-01"))), CLEARED)
case("newer_withdrawn_record_over_older_valid_one",
     asset(person("S1", OLD_WIDE, form(signed="2025-10-01", revoked="2025-12-01"))),
     BLOCKED, [(R.CONSENT_REVOKED, "S1")])
case("older_withdrawn_record_under_newer_valid_one",
     asset(person("S1", form(signed="2025-08-20", revoked="2025-09-01"),
                  form(signed="2025-10-01"))), CLEARED)
case("withdrawal_counts_from_its_own_day",
     asset(person("S1", form(revoked="2026-03-01"))), BLOCKED,
     [(R.CONSENT_REVOKED, "S1")], on="2026-03-01")
case("withdrawal_day_after_publication_does_not_block",
     asset(person("S1", form(revoked="2026-03-02"))), CLEARED, on="2026-03-01")
case("withdrawal_long_before_publication",
     asset(person("S1", form(revoked="2025-09-01"))), BLOCKED, [(R.CONSENT_REVOKED, "S1")])
# Spec 2.4: a withdrawal ends every form of the person signed on or before its day.
case("withdrawal_ends_a_corrected_copy_of_the_form_recorded_later",
     asset(person("S1", form(signed="2025-08-20", revoked="2025-09-01", id="old",
                             recorded="2025-08-21T09:00:00"),
                  form(signed="2025-08-20", id="corrected", recorded="2025-09-02T09:00:00"))),
     BLOCKED, [(R.CONSENT_REVOKED, "S1")])
case("withdrawal_ends_a_form_signed_on_the_withdrawal_day",
     asset(person("S1", form(signed="2025-08-20", revoked="2025-09-01"),
                  form(signed="2025-09-01"))),
     BLOCKED, [(R.CONSENT_REVOKED, "S1")])
case("withdrawal_ends_an_older_form_that_was_not_marked",
     asset(person("S1", form(signed="2025-08-01"),
                  form(signed="2025-08-20", valid_until="2025-09-30", revoked="2025-09-01"))),
     BLOCKED, [(R.CONSENT_REVOKED, "S1")], on="2025-10-15")
case("form_signed_the_day_after_the_withdrawal_clears",
     asset(person("S1", form(signed="2025-08-20", revoked="2025-09-01"),
                  form(signed="2025-09-02"))),
     CLEARED)
case("earliest_withdrawal_day_wins_over_a_later_one_on_the_governing_form",
     asset(person("S1", form(signed="2025-08-20", revoked="2025-09-01", id="a"),
                  form(signed="2025-08-25", revoked="2026-03-01", id="b"))),
     BLOCKED, [(R.CONSENT_REVOKED, "S1")], on="2025-10-01")
case("a_later_withdrawal_day_alone_does_not_block_before_it",
     asset(person("S1", form(signed="2025-08-25", revoked="2026-03-01"))),
     CLEARED, on="2025-10-01")
case("withdrawn_record_still_lists_what_it_lacked",
     asset(person("S1", form(SELF, channels={"website"}, media={"video"},
                             revoked="2025-09-01"))), BLOCKED,
     [(R.CONSENT_REVOKED, "S1"), (R.GUARDIAN_CONSENT_REQUIRED, "S1"),
      (R.CHANNEL_NOT_COVERED, "S1"), (R.MEDIA_NOT_COVERED, "S1")])
case("not_yet_valid_newer_record_older_governs",
     asset(person("S1", form(signed="2025-08-20"),
                  form(signed="2026-02-01", valid_from="2026-04-01", channels={"website"}))),
     CLEARED)
case("not_yet_valid_newer_record_older_narrow_one_governs",
     asset(person("S1", form(signed="2025-08-20", channels={"website"}),
                  form(signed="2026-02-01", valid_from="2026-04-01"))),
     BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")])
case("not_yet_valid_newer_record_takes_over_on_its_valid_from",
     asset(person("S1", form(signed="2025-08-20"),
                  form(signed="2026-02-01", valid_from="2026-04-01", channels={"website"}))),
     BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")], on="2026-04-01")
case("expired_newer_record_older_longer_one_governs",
     asset(person("S1", form(signed="2025-08-20", valid_until="2026-07-31"),
                  form(signed="2025-10-01", valid_until="2026-01-31", channels={"website"}))),
     CLEARED)
case("newer_signed_but_recorded_earlier_still_governs",
     asset(person("S1",
                  form(signed="2025-08-20", recorded="2025-11-01T10:00:00"),
                  form(signed="2025-10-01", recorded="2025-10-02T10:00:00",
                       channels={"website"}))),
     BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")])
TIE_EARLY = form(signed="2025-08-20", recorded="2025-08-21T09:00:00", channels={"website"})
TIE_LATE = form(signed="2025-08-20", recorded="2025-08-21T09:00:01")
case("tie_on_signed_on_recorded_last_governs_wide",
     asset(person("S1", TIE_EARLY, TIE_LATE)), CLEARED)
case("tie_on_signed_on_recorded_last_governs_wide_other_order",
     asset(person("S1", TIE_LATE, TIE_EARLY)), CLEARED)
TIE_EARLY_W = form(signed="2025-08-20", recorded="2025-08-21T09:00:00")
TIE_LATE_N = form(signed="2025-08-20", recorded="2025-08-21T09:00:01", channels={"website"})
case("tie_on_signed_on_recorded_last_governs_narrow",
     asset(person("S1", TIE_EARLY_W, TIE_LATE_N)), BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")])
case("tie_on_signed_on_recorded_last_governs_narrow_other_order",
     asset(person("S1", TIE_LATE_N, TIE_EARLY_W)), BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")])
case("tie_on_signed_on_recorded_last_withdrawn",
     asset(person("S1", TIE_EARLY_W,
                  form(signed="2025-08-20", recorded="2025-08-22T09:00:00",
                       revoked="2025-09-01"))),
     BLOCKED, [(R.CONSENT_REVOKED, "S1")])
# Spec silent on a complete tie (same signed_on, same or unknown recorded_at):
# safe side, every tied record must pass on its own.
for order in ("ab", "ba"):
    a_, b_ = (form(id="a", channels={"website"}), form(id="b"))
    pair = (a_, b_) if order == "ab" else (b_, a_)
    case(f"complete_tie_without_recorded_at_safe_side_{order}",
         asset(person("S1", *pair)), BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")])
    a_, b_ = (form(id="10", recorded="2025-08-21T09:00:00", revoked="2025-09-01"),
              form(id="9", recorded="2025-08-21T09:00:00"))
    pair = (a_, b_) if order == "ab" else (b_, a_)
    case(f"complete_tie_same_recorded_at_safe_side_{order}",
         asset(person("S1", *pair)), BLOCKED, [(R.CONSENT_REVOKED, "S1")])
case("complete_tie_identical_reasons_listed_once",
     asset(person("S1", form(id="a", channels={"website"}), form(id="b", channels={"print"}))),
     BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")])

# --- publication ban ----------------------------------------------------------
case("publication_ban_with_perfect_form", asset(person("S1", OK, ban=True)), BLOCKED,
     [(R.PUBLICATION_BAN, "S1")])
case("publication_ban_and_no_form", asset(person("S1", ban=True)), BLOCKED,
     [(R.PUBLICATION_BAN, "S1"), (R.NO_CONSENT, "S1")])
case("publication_ban_and_adult_with_narrow_form",
     asset(person("S1", form(SELF, channels={"print"}), born="1990-01-01", ban=True)),
     BLOCKED, [(R.PUBLICATION_BAN, "S1"), (R.CHANNEL_NOT_COVERED, "S1")])

# --- channel and media coverage ---------------------------------------------
case("channel_and_media_not_covered_both_listed",
     asset(person("S1", form(channels={"website"}, media={"photo"})), kind=VIDEO), BLOCKED,
     [(R.CHANNEL_NOT_COVERED, "S1"), (R.MEDIA_NOT_COVERED, "S1")])
case("wrong_signer_channel_and_media_all_listed",
     asset(person("S1", form(SELF, channels={"website"}, media={"photo"})), kind=AUDIO),
     BLOCKED,
     [(R.GUARDIAN_CONSENT_REQUIRED, "S1"), (R.CHANNEL_NOT_COVERED, "S1"),
      (R.MEDIA_NOT_COVERED, "S1")])
# --- audio recordings (issue 13): media = audio, people tagged by hand ------
case("audio_pupil_with_photo_video_form_media_not_covered",
     asset(person("S1", form(media={"photo", "video"})), kind=AUDIO), BLOCKED,
     [(R.MEDIA_NOT_COVERED, "S1")])
case("audio_pupil_with_photo_video_audio_form_cleared",
     asset(person("S1", form(media={"photo", "video", "audio"})), kind=AUDIO), CLEARED)
case("audio_only_form_does_not_cover_a_photo",
     asset(person("S1", form(media={"audio"}))), BLOCKED, [(R.MEDIA_NOT_COVERED, "S1")])
case("audio_nobody_tagged_not_confirmed_needs_review",
     asset(kind=AUDIO, confirmed=False), REVIEW, [(R.PEOPLE_NOT_CONFIRMED, None)])
case("audio_tagged_not_confirmed_needs_review",
     asset(person("S1", OK), kind=AUDIO, confirmed=False), REVIEW, [(R.PEOPLE_NOT_CONFIRMED, None)])
# spec step 5: an asset with no people is cleared only after that confirmation
case("audio_nobody_heard_confirmed_cleared", asset(kind=AUDIO), CLEARED)
case("audio_unscanned_nobody_tagged_still_needs_review",
     asset(kind=AUDIO, scanned=False, confirmed=False), REVIEW, [(R.PEOPLE_NOT_CONFIRMED, None)])
case("custom_channel_slug_covered",
     asset(person("S1", form(channels={"schoolapp"}))), CLEARED, channel="schoolapp")
case("custom_channel_slug_not_covered_by_default_list",
     asset(person("S1", OK)), BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")], channel="schoolapp")
case("empty_channel_set", asset(person("S1", form(channels=set()))), BLOCKED,
     [(R.CHANNEL_NOT_COVERED, "S1")])
case("empty_media_set", asset(person("S1", form(media=set()))), BLOCKED,
     [(R.MEDIA_NOT_COVERED, "S1")])
for kind in ALL_MEDIA:
    for covered in ALL_MEDIA:
        ok = kind == covered
        case(f"{kind.value}_asset_form_for_{covered.value}_only",
             asset(person("S1", form(media={covered.value})), kind=kind),
             CLEARED if ok else BLOCKED, [] if ok else [(R.MEDIA_NOT_COVERED, "S1")])
for ch in ("website", "facebook", "instagram", "tiktok", "print", "intranet"):
    case(f"channel_{ch}_covered_alone",
         asset(person("S1", form(channels={ch}))), CLEARED, channel=ch)
    case(f"channel_{ch}_missing_from_all_others",
         asset(person("S1", form(channels={"website", "facebook", "instagram", "tiktok",
                                           "print", "intranet"} - {ch}))),
         BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1")], channel=ch)

# --- several people -----------------------------------------------------------
case("several_people_every_reason_collected",
     asset(
         person("S1", OK, name="Ada"),                                        # fine
         person("S2", name="Bo"),                                             # nothing signed
         person("S3", form(revoked="2026-01-01"), name="Cy"),                 # withdrawn
         person("S4", form(SELF, channels={"print"}, media={"video"}), name="Di"),
         person("S5", form(signed="2024-08-20"), name="Ed", ban=True),        # ban + expired
         person("T1", form(GUARDIAN), role=STAFF, born=None, name="Flo"),     # staff adult
     ),
     BLOCKED,
     [(R.NO_CONSENT, "S2"), (R.CONSENT_REVOKED, "S3"),
      (R.GUARDIAN_CONSENT_REQUIRED, "S4"), (R.CHANNEL_NOT_COVERED, "S4"),
      (R.MEDIA_NOT_COVERED, "S4"), (R.PUBLICATION_BAN, "S5"), (R.CONSENT_EXPIRED, "S5"),
      (R.SELF_CONSENT_REQUIRED, "T1")])
case("two_people_same_reason_both_listed",
     asset(person("S1", form(channels={"website"})), person("S2", form(channels={"print"}))),
     BLOCKED, [(R.CHANNEL_NOT_COVERED, "S1"), (R.CHANNEL_NOT_COVERED, "S2")])
case("two_people_both_fine", asset(person("S1", OK), person("S2", OK)), CLEARED)
case("same_person_listed_twice_reasons_once",
     asset(person("S1"), person("S1")), BLOCKED, [(R.NO_CONSENT, "S1")])

# --- manual block ---------------------------------------------------------------
case("manual_block_with_perfect_people", asset(person("S1", OK), block="parent called"),
     BLOCKED, [(R.MANUALLY_BLOCKED, None)])
case("manual_block_on_empty_asset", asset(block="blurry"), BLOCKED,
     [(R.MANUALLY_BLOCKED, None)])
case("manual_block_other_reasons_still_listed",
     asset(person("S1"), faces=[face("f1", FaceState.UNRESOLVED)], scanned=True,
           confirmed=False, block="wrong event"),
     BLOCKED,
     [(R.MANUALLY_BLOCKED, None), (R.NO_CONSENT, "S1"), (R.UNRESOLVED_FACE, None),
      (R.PEOPLE_NOT_CONFIRMED, None)])

# --- asset-level review reasons -------------------------------------------------
case("no_people_confirmed_cleared", asset(), CLEARED)
case("no_people_not_confirmed_review", asset(confirmed=False), REVIEW,
     [(R.PEOPLE_NOT_CONFIRMED, None)])
case("people_fine_but_list_not_confirmed", asset(person("S1", OK), confirmed=False), REVIEW,
     [(R.PEOPLE_NOT_CONFIRMED, None)])
case("unresolved_face_review", asset(faces=[face("f1", FaceState.UNRESOLVED)]), REVIEW,
     [(R.UNRESOLVED_FACE, None)])
case("two_unresolved_faces_two_reasons",
     asset(faces=[face("f1", FaceState.UNRESOLVED), face("f2", FaceState.UNRESOLVED)]), REVIEW,
     [(R.UNRESOLVED_FACE, None), (R.UNRESOLVED_FACE, None)])
case("suggested_face_unconfirmed_match",
     asset(faces=[face("f1", FaceState.SUGGESTED, "S7", "Gus")]), REVIEW,
     [(R.UNCONFIRMED_MATCH, "S7")])
case("suggested_face_for_person_with_perfect_form_still_review",
     asset(person("S1", OK), faces=[face("f1", FaceState.SUGGESTED, "S1", "Pupil S1")]),
     REVIEW, [(R.UNCONFIRMED_MATCH, "S1")])
case("dismissed_face_nothing", asset(faces=[face("f1", FaceState.DISMISSED)]), CLEARED)
case("confirmed_face_person_fine", asset(person("S1", OK),
                                          faces=[face("f1", FaceState.CONFIRMED)]), CLEARED)
case("confirmed_face_person_without_consent",
     asset(person("S1"), faces=[face("f1", FaceState.CONFIRMED)]), BLOCKED,
     [(R.NO_CONSENT, "S1")])
case("every_face_state_at_once",
     asset(faces=[face("f1", FaceState.UNRESOLVED), face("f2", FaceState.SUGGESTED, "S9"),
                  face("f3", FaceState.DISMISSED), face("f4", FaceState.CONFIRMED)]),
     REVIEW, [(R.UNRESOLVED_FACE, None), (R.UNCONFIRMED_MATCH, "S9")])
for mode in (FaceMode.DETECT, FaceMode.MATCH):
    for kind in (PHOTO, VIDEO):
        case(f"faces_not_scanned_{mode.value}_{kind.value}", asset(kind=kind, scanned=False),
             REVIEW, [(R.FACES_NOT_SCANNED, None)], mode=mode)
    # Engine choice (spec silent on audio, see report): audio has no faces to scan.
    case(f"faces_not_scanned_{mode.value}_audio_engine_choice",
         asset(kind=AUDIO, scanned=False), CLEARED, mode=mode)
for kind in ALL_MEDIA:
    case(f"faces_not_scanned_off_mode_{kind.value}", asset(kind=kind, scanned=False), CLEARED,
         mode=FaceMode.OFF)
case("off_mode_hand_drawn_unresolved_face_still_review",
     asset(scanned=False, faces=[face("f1", FaceState.UNRESOLVED)]), REVIEW,
     [(R.UNRESOLVED_FACE, None)], mode=FaceMode.OFF)
case("every_review_reason_at_once",
     asset(faces=[face("f1", FaceState.UNRESOLVED), face("f2", FaceState.SUGGESTED, "S2")],
           scanned=False, confirmed=False),
     REVIEW,
     [(R.UNRESOLVED_FACE, None), (R.UNCONFIRMED_MATCH, "S2"), (R.FACES_NOT_SCANNED, None),
      (R.PEOPLE_NOT_CONFIRMED, None)], mode=FaceMode.MATCH)

# --- blocked beats needs review ------------------------------------------------------
case("blocked_beats_needs_review",
     asset(person("S1", form(channels={"website"})),
           faces=[face("f1", FaceState.UNRESOLVED), face("f2", FaceState.SUGGESTED, "S2")],
           scanned=False, confirmed=False),
     BLOCKED,
     [(R.CHANNEL_NOT_COVERED, "S1"), (R.UNRESOLVED_FACE, None), (R.UNCONFIRMED_MATCH, "S2"),
      (R.FACES_NOT_SCANNED, None), (R.PEOPLE_NOT_CONFIRMED, None)])
case("blocked_by_ban_beats_unconfirmed_list",
     asset(person("S1", OK, ban=True), confirmed=False), BLOCKED,
     [(R.PUBLICATION_BAN, "S1"), (R.PEOPLE_NOT_CONFIRMED, None)])


# --- objections (block on every basis) ------------------------------------------------
case("objection_blocks_even_with_consent",
     asset(person("S1", OK, objections=[objection("2026-01-10")])), BLOCKED,
     [(R.OBJECTION, "S1")])
case("objection_from_day_after_date_not_yet",
     asset(person("S1", OK, objections=[objection("2026-03-02")])), CLEARED)
case("objection_withdrawn_on_date_no_longer",
     asset(person("S1", OK, objections=[objection(withdrawn="2026-03-01")])), CLEARED)
case("objection_other_channel_only",
     asset(person("S1", OK, objections=[objection(channels={"website"})])), CLEARED)
case("objection_on_this_channel",
     asset(person("S1", OK, objections=[objection(channels={"instagram"})])), BLOCKED,
     [(R.OBJECTION, "S1")])

# --- a documented non-consent basis (library setting on) --------------------------
LI, PT = LegalBasis.LEGITIMATE_INTEREST, LegalBasis.PUBLIC_TASK
case("basis_no_consent_needed",
     asset(person("S1"), basis=LI), CLEARED, [(R.LEGAL_BASIS, None)])
case("basis_public_task_expired_channel_media_signer_ignored",
     asset(person("S1", form(SELF, signed="2024-08-20")),
           person("S2", form(channels={"website"}, media={"video"})), basis=PT), CLEARED,
     [(R.LEGAL_BASIS, None)])
case("basis_setting_off_stored_basis_ignored",
     asset(person("S1"), basis=LI), BLOCKED, [(R.NO_CONSENT, "S1")], bases=False)
case("basis_never_for_audio",
     asset(person("S1"), basis=LI, kind=AUDIO), BLOCKED, [(R.NO_CONSENT, "S1")])
case("basis_video_allowed",
     asset(person("S1"), basis=LI, kind=VIDEO), CLEARED, [(R.LEGAL_BASIS, None)])
case("basis_publication_ban_still_blocks",
     asset(person("S1", ban=True), basis=LI), BLOCKED,
     [(R.LEGAL_BASIS, None), (R.PUBLICATION_BAN, "S1")])
case("basis_objection_still_blocks",
     asset(person("S1", objections=[objection()]), basis=LI), BLOCKED,
     [(R.LEGAL_BASIS, None), (R.OBJECTION, "S1")])
case("basis_withdrawn_governing_form_still_blocks",
     asset(person("S1", form(revoked="2026-01-05")), basis=LI), BLOCKED,
     [(R.LEGAL_BASIS, None), (R.CONSENT_REVOKED, "S1")])
case("basis_withdrawal_of_expired_form_still_blocks",
     asset(person("S1", form(signed="2024-08-20", revoked="2025-01-05")), basis=LI), BLOCKED,
     [(R.LEGAL_BASIS, None), (R.CONSENT_REVOKED, "S1")])
case("basis_withdrawal_then_new_form_in_force_clears",
     asset(person("S1", form(signed="2024-08-20", revoked="2025-01-05"), form()), basis=LI),
     CLEARED, [(R.LEGAL_BASIS, None)])
case("basis_withdrawal_after_date_not_yet",
     asset(person("S1", form(revoked="2026-03-02")), basis=LI), CLEARED, [(R.LEGAL_BASIS, None)])
case("basis_manual_block_still_blocks",
     asset(person("S1"), basis=LI, block="no"), BLOCKED,
     [(R.MANUALLY_BLOCKED, None), (R.LEGAL_BASIS, None)])
case("basis_faces_and_list_still_need_review",
     asset(person("S1"), basis=LI, faces=[face("f1", FaceState.UNRESOLVED)], scanned=False,
           confirmed=False), REVIEW,
     [(R.LEGAL_BASIS, None), (R.UNRESOLVED_FACE, None), (R.FACES_NOT_SCANNED, None),
      (R.PEOPLE_NOT_CONFIRMED, None)])
case("basis_consent_is_todays_rules",
     asset(person("S1"), basis=LegalBasis.CONSENT), BLOCKED, [(R.NO_CONSENT, "S1")])


def test_legal_basis_note_names_basis_reason_who_and_when():
    _, _, ev = run(asset(person("S1"), basis=LI))
    (note,) = [r for r in ev.reasons if r.code == R.LEGAL_BASIS]
    assert note.severity.value == "note"
    assert note.message("en") == (
        "Published on legitimate interest: situation photo; recorded by Anne on 2026-02-01")
    assert "legitim interesse" in note.message("da")
    assert "gerechtvaardigd belang" in note.message("nl")


@pytest.mark.parametrize("a,verdict,reasons,kw", CASES)
def test_rule_table(a, verdict, reasons, kw):
    got_verdict, got_reasons, ev = run(a, **kw)
    assert got_reasons == Counter(reasons)
    assert got_verdict == verdict
    assert ev.channel == kw.get("channel", "instagram")
    # every reason has the severity the spec gives it
    for r in ev.reasons:
        want = "note" if r.code == R.LEGAL_BASIS else "review" if r.code in REVIEW_CODES else "block"
        assert r.severity.value == want


REVIEW_CODES = {R.UNRESOLVED_FACE, R.UNCONFIRMED_MATCH, R.FACES_NOT_SCANNED,
                R.PEOPLE_NOT_CONFIRMED}


def test_case_ids_unique():
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))


# --- the default school-year end, applied through the engine ---------------------
EDGE = [
    # (valid_from, last covered day)
    ("2025-08-01", "2026-07-31"),
    ("2025-12-31", "2026-07-31"),
    ("2026-01-01", "2026-07-31"),
    ("2026-07-31", "2026-07-31"),
]


@pytest.mark.parametrize("valid_from,last", EDGE, ids=[f"from_{a}" for a, _ in EDGE])
def test_default_valid_until_through_engine(valid_from, last):
    vf = date.fromisoformat(valid_from)
    end = default_valid_until(vf)
    assert end.isoformat() == last
    p = person("S1", form(signed=valid_from, valid_from=valid_from, valid_until=last),
               born="2000-01-01")
    p_self = person("S1", form(SELF, signed=valid_from, valid_until=end.isoformat()),
                    born="2000-01-01")
    assert run(asset(p_self), on=last)[0] == CLEARED
    assert run(asset(p_self), on=valid_from)[0] == CLEARED
    after = (end + timedelta(days=1)).isoformat()
    assert run(asset(p_self), on=after)[1] == Counter({(R.CONSENT_EXPIRED, "S1"): 1})
    before = (vf - timedelta(days=1)).isoformat()
    assert run(asset(p_self), on=before)[1] == Counter({(R.NO_CONSENT, "S1"): 1})
    assert run(asset(p), on=last)[1] == Counter({(R.SELF_CONSENT_REQUIRED, "S1"): 1})


def test_reason_order_and_json():
    """Reasons come in spec order (manual block, people, faces, scan, list) and
    serialise with code, person and message."""
    _, _, ev = run(asset(person("S1"), faces=[face("f1", FaceState.UNRESOLVED)],
                         scanned=False, confirmed=False, block="x"))
    assert [r.code for r in ev.reasons] == [
        R.MANUALLY_BLOCKED, R.NO_CONSENT, R.UNRESOLVED_FACE, R.FACES_NOT_SCANNED,
        R.PEOPLE_NOT_CONFIRMED]
    js = ev.to_json("en", path="/p.jpg")
    assert js["verdict"] == "blocked" and js["date"] == "2026-03-01" and js["path"] == "/p.jpg"
    assert js["reasons"][1] == {"code": "NO_CONSENT", "person": "S1",
                                "message": "Pupil S1: no consent form covers 2026-03-01"}
    assert js["reasons"][2]["face"] == "f1"


def test_evaluator_memo_does_not_leak_between_channels_and_dates():
    from mediadesk.core.model import RuleSettings
    from mediadesk.core.rules import Evaluator

    ev = Evaluator(RuleSettings(age_of_consent=16))
    a = asset(person("S1", form(channels={"website"}, valid_until="2026-03-01")))
    on = date(2026, 3, 1)
    assert ev.evaluate(a, "website", on).verdict == CLEARED
    assert ev.evaluate(a, "instagram", on).verdict == BLOCKED
    assert ev.evaluate(a, "website", on + timedelta(days=1)).verdict == BLOCKED
    assert ev.evaluate(asset(person("S1", form(channels={"website"})), kind=VIDEO),
                       "website", on).verdict == CLEARED
    assert ev.evaluate(a, "website", on).verdict == CLEARED
