"""The library's settings: created with the library, read, changed (each
change audited with its old and new value). No Qt.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mediadesk.core.enums import DEFAULT_CHANNELS, PROFILE_AGE, FaceMode, Profile
from mediadesk.core.errors import ProfileMismatch, UserError
from mediadesk.store.settings import change_settings, settings_of, write_settings

if TYPE_CHECKING:
    from .library import Library


def init_settings(lib: Library, profile: str | None, age: int | None, language: str | None) -> None:
    with lib.unit() as s:
        current = settings_of(s)
        if not current:
            if age is not None and not 10 <= int(age) <= 21:
                raise UserError(f"age of consent {age} is outside 10..21")
            if profile and age is not None and PROFILE_AGE.get(Profile(profile)) not in (None, int(age)):
                raise UserError(
                    f"profile '{profile}' has age of consent {PROFILE_AGE[Profile(profile)]}, not {age}; "
                    "give --age-of-consent alone for a custom age"
                )
            prof = Profile(profile) if profile else (Profile.CUSTOM if age else Profile.EU)
            if age is None:
                age = PROFILE_AGE.get(prof, 16)
            values = {
                "profile": prof.value,
                "age_of_consent": int(age),
                "channels": [{"slug": c, "label": None, "hidden": False} for c in DEFAULT_CHANNELS],
                "consent_period_months": None,
                "face_mode": FaceMode.DETECT.value,
                "language": language or "en",
                "dpia_reference": None,
                "dpia_date": None,
                "dispute_period_months": 6,
            }
            write_settings(s, values)
            lib.audit(s, "library.create", "library", None, None, values)
            return
        if profile is not None and Profile(profile).value != current.get("profile"):
            raise ProfileMismatch(
                f"this library uses profile '{current.get('profile')}'; "
                "change it in the settings, not with --profile"
            )
        if age is not None and int(age) != int(current.get("age_of_consent", 0)):
            raise ProfileMismatch(
                f"this library uses age of consent {current.get('age_of_consent')}; "
                "change it in the settings, not with --age-of-consent"
            )


def library_settings(lib: Library) -> dict[str, Any]:
    with lib.unit() as s:
        return settings_of(s)


def update_settings(lib: Library, **changes: Any) -> dict[str, Any]:
    """Change settings; each change is audited with its old and new value."""
    from mediadesk.core import retention

    from . import school

    allowed = {
        "profile", "age_of_consent", "channels", "consent_period_months", "language",
        "dispute_period_months", "export_presets", "legal_basis_enabled", *school.SCHOOL_SETTINGS,
        *retention.RETENTION_SETTING_KEYS,
    }
    bad = set(changes) - allowed
    if bad:
        raise UserError(f"unknown or protected setting: {', '.join(sorted(bad))}")
    if "profile" in changes:
        prof = Profile(changes["profile"])
        if "age_of_consent" not in changes and prof in PROFILE_AGE:
            changes["age_of_consent"] = PROFILE_AGE[prof]
    if "age_of_consent" in changes:
        age = int(changes["age_of_consent"])
        if not 10 <= age <= 21:
            raise UserError(f"age of consent {age} is outside 10..21")
    if "channels" in changes:
        _validate_channels(changes["channels"])
    if "legal_basis_enabled" in changes and not isinstance(changes["legal_basis_enabled"], bool):
        raise UserError("legal_basis_enabled must be true or false")
    if set(changes) & set(retention.RETENTION_SETTING_KEYS):
        changes = retention.normalise_settings(changes)
    if set(changes) & set(school.SCHOOL_SETTINGS):
        changes = school.normalise(changes, lib.data_dir, library_settings(lib).get("school_logo"))
    with lib.unit() as s:
        change_settings(s, lib.actor, settings_of(s), changes)
        return settings_of(s)


def _validate_channels(channels: Any) -> None:
    if not isinstance(channels, list) or not channels:
        raise UserError("the channel list cannot be empty")
    seen = set()
    for c in channels:
        slug = c.get("slug") if isinstance(c, dict) else None
        if not slug or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", slug):
            raise UserError(f"channel name '{slug}' must be a lowercase slug (a-z, 0-9, - and _)")
        if slug in seen:
            raise UserError(f"channel '{slug}' appears twice")
        seen.add(slug)
