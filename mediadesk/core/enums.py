"""Enumerations shared by every layer. Values are the stable strings of the
outside interfaces (CSV cells, JSON output, database columns)."""

from __future__ import annotations

from enum import Enum


class StrEnum(str, Enum):
    def __str__(self) -> str:  # pragma: no cover - trivial
        return str(self.value)


class Role(StrEnum):
    STUDENT = "student"
    STAFF = "staff"
    GUEST = "guest"


class GrantedBy(StrEnum):
    SELF = "self"
    GUARDIAN = "guardian"


class MediaKind(StrEnum):
    PHOTO = "photo"
    VIDEO = "video"
    AUDIO = "audio"


class Source(StrEnum):
    PAPER = "paper"
    DIGITAL = "digital"
    ON_SITE = "on_site"
    IMPORT = "import"


class Verdict(StrEnum):
    CLEARED = "cleared"
    NEEDS_REVIEW = "needs_review"
    BLOCKED = "blocked"


class Severity(StrEnum):
    BLOCK = "block"
    REVIEW = "review"
    NOTE = "note"  # informational: shown with the verdict, changes nothing


class LegalBasis(StrEnum):
    """Why an asset may be published: the people's consent, or (photos and
    video of situations where no one is the focus) a documented basis."""

    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    PUBLIC_TASK = "public_task"


class ReasonCode(StrEnum):
    MANUALLY_BLOCKED = "MANUALLY_BLOCKED"
    PUBLICATION_BAN = "PUBLICATION_BAN"
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    NO_CONSENT = "NO_CONSENT"
    CONSENT_REVOKED = "CONSENT_REVOKED"
    GUARDIAN_CONSENT_REQUIRED = "GUARDIAN_CONSENT_REQUIRED"
    SELF_CONSENT_REQUIRED = "SELF_CONSENT_REQUIRED"
    CHANNEL_NOT_COVERED = "CHANNEL_NOT_COVERED"
    MEDIA_NOT_COVERED = "MEDIA_NOT_COVERED"
    UNRESOLVED_FACE = "UNRESOLVED_FACE"
    UNCONFIRMED_MATCH = "UNCONFIRMED_MATCH"
    FACES_NOT_SCANNED = "FACES_NOT_SCANNED"
    PEOPLE_NOT_CONFIRMED = "PEOPLE_NOT_CONFIRMED"
    OBJECTION = "OBJECTION"
    LEGAL_BASIS = "LEGAL_BASIS"
    # only in a covered evaluation (an export with faces covered):
    COVERED_PERSON = "COVERED_PERSON"  # note: this person's faces are covered
    COVERED_FACE = "COVERED_FACE"  # note: a face nobody identified is covered
    NO_FACE_TO_COVER = "NO_FACE_TO_COVER"  # a person without a face box cannot be covered

    @property
    def severity(self) -> Severity:
        if self in _NOTE_CODES:
            return Severity.NOTE
        return Severity.REVIEW if self in _REVIEW_CODES else Severity.BLOCK


_NOTE_CODES = frozenset({ReasonCode.LEGAL_BASIS, ReasonCode.COVERED_PERSON, ReasonCode.COVERED_FACE})

_REVIEW_CODES = frozenset(
    {
        ReasonCode.UNRESOLVED_FACE,
        ReasonCode.UNCONFIRMED_MATCH,
        ReasonCode.FACES_NOT_SCANNED,
        ReasonCode.PEOPLE_NOT_CONFIRMED,
    }
)


class FaceState(StrEnum):
    UNRESOLVED = "unresolved"
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


class FaceMode(StrEnum):
    OFF = "off"
    DETECT = "detect"
    MATCH = "match"


class Profile(StrEnum):
    DK = "dk"
    NL = "nl"
    EU = "eu"
    CUSTOM = "custom"


PROFILE_AGE = {Profile.DK: 15, Profile.NL: 16, Profile.EU: 16}

DEFAULT_CHANNELS = ("website", "facebook", "instagram", "tiktok", "print", "intranet")

LANGUAGES = ("en", "da", "nl")
