"""Red-team probes: things done in an unusual order must never leave a
withdrawn or blocked pupil cleared, published without notice, or exposed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mediadesk.services.assets import review_complete, tag
from mediadesk.services.consent import revoke
from mediadesk.services.publishing import record_publication, takedown_list
from mediadesk.services.settings import library_settings, update_settings
from tests.helpers import register_asset

EMMA = "S1042"  # website|facebook, photo|video


def test_a_withdrawal_after_the_channel_was_removed_still_lists_the_publication(school, tmp_path: Path) -> None:
    """Published on Facebook, then Facebook taken off the channel list, then
    the pupil withdraws: the photo is still on Facebook and must be on the
    takedown list (was: silently left out, the channel was no longer known)."""
    aid = register_asset(school, tmp_path / "a.jpg")
    tag(school, aid, [EMMA])
    review_complete(school, aid)
    pub = record_publication(school, aid, "facebook", on=date(2026, 9, 1))
    channels = [c for c in library_settings(school)["channels"] if c["slug"] != "facebook"]
    update_settings(school, channels=channels)
    revoke(school, EMMA, on=date(2026, 10, 1))
    (item,) = takedown_list(school, on=date(2026, 10, 2))
    assert (item.publication, item.channel) == (pub, "facebook")
    assert [(r.person, r.code.value) for r in item.reasons] == [(EMMA, "CONSENT_REVOKED")]
