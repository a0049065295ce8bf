"""Retention classes: how long the library keeps an asset (issue 15, item 3).

Pure logic: from an asset's retention facts and the library's periods,
:func:`due_since` says from which day the asset is due for deletion or for
review, and why; :func:`due_on` whether it is due on a given day.

The classes (the stored strings):

``situation``
    A photo of a situation. Kept for ``situation_weeks`` weeks (setting
    ``retention_situation_weeks``, default 4) after its first publication
    (the earliest publication record not undone), then due for deletion.
    Read on the safe side: a situation photo that was never published is
    kept for the same weeks after it was taken (its capture day, or the day
    it was imported when the capture time is unknown), never for ever.
    Published on day P with 4 weeks: kept through P + 27 days, due from
    P + 28 days.
``portrait``
    Kept while the consent of the people tagged on it runs; from the day
    the first of them has no consent left (every form ended or withdrawn;
    channels and media do not matter here) it is due for review. A
    portrait on which nobody is tagged, or with a person who never had a
    form, is due for review from its capture (or import) day: nobody's
    consent can keep it.
``archive``
    Kept for good, with a reason recorded (for the school's history). An
    archive class without a reason is due for review from its capture (or
    import) day.

An asset's class is its own, else its event's, else the library's default
class (setting ``retention_default_class``; none by default: such an asset
has no class and is never listed). Which one applied is kept as
``source`` (``asset``, ``event``, ``library``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Any

from .errors import UserError
from .rules import withdrawn_on

DEFAULT_SITUATION_WEEKS = 4
SITUATION_WEEKS_RANGE = (1, 104)
#: the library settings of retention (checked by :func:`normalise_settings`)
RETENTION_SETTING_KEYS = ("retention_situation_weeks", "retention_default_class")


class RetentionClass(str, Enum):
    SITUATION = "situation"
    PORTRAIT = "portrait"
    ARCHIVE = "archive"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return str(self.value)


class Action(str, Enum):
    DELETE = "delete"
    REVIEW = "review"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return str(self.value)


@dataclass(frozen=True, slots=True)
class FormSpan:
    """One consent form, as far as retention needs it."""

    signed_on: date
    valid_until: date
    revoked_on: date | None = None


@dataclass(frozen=True, slots=True)
class PersonConsent:
    """A person tagged on the asset and their forms."""

    label: str  # external id, or "(erased)"
    forms: tuple[FormSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class RetentionFacts:
    asset_id: str
    taken_on: date  # capture day, or import day when unknown
    asset_class: str | None = None
    asset_reason: str | None = None
    event_class: str | None = None
    event_reason: str | None = None
    first_published: date | None = None
    people: tuple[PersonConsent, ...] = ()


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    situation_weeks: int = DEFAULT_SITUATION_WEEKS
    default_class: str | None = None


@dataclass(frozen=True, slots=True)
class Due:
    """From ``since`` the asset is due for ``action`` because of ``code``."""

    action: Action
    since: date
    code: str
    message: str
    retention_class: RetentionClass | None  # None: an unknown stored class
    source: str  # asset | event | library

    def to_json(self) -> dict[str, str | None]:
        return {
            "action": self.action.value, "since": self.since.isoformat(), "code": self.code,
            "message": self.message, "class": self.retention_class.value if self.retention_class else None, "source": self.source,
        }


def parse_class(value: str | None) -> RetentionClass | None:
    """``value`` as a class; None or empty: none. ValueError naming the classes."""
    if value is None or not str(value).strip():
        return None
    try:
        return RetentionClass(str(value).strip().lower())
    except ValueError:
        raise ValueError(
            f"unknown retention class '{value}' (use {', '.join(c.value for c in RetentionClass)})"
        ) from None


def effective_class(f: RetentionFacts, st: RetentionSettings) -> tuple[str, str, str | None] | None:
    """(class as stored, source, reason) that applies to the asset, or None."""
    for value, source, reason in (
        (f.asset_class, "asset", f.asset_reason),
        (f.event_class, "event", f.event_reason),
        (st.default_class, "library", None),
    ):
        if value:
            return value, source, reason
    return None


def consent_ends(forms: tuple[FormSpan, ...]) -> date | None:
    """The first day on which none of the person's forms runs any more
    (None: they never had a form). A withdrawal ends every form signed on or
    before it (:func:`mediadesk.core.rules.withdrawn_on`)."""
    if not forms:
        return None
    withdrawals = [f.revoked_on for f in forms]
    ends = []
    for f in forms:
        end = f.valid_until + timedelta(days=1)
        w = withdrawn_on(f.signed_on, f.revoked_on, withdrawals)
        if w is not None and w < end:
            end = w
        ends.append(end)
    return max(ends)


def due_since(f: RetentionFacts, st: RetentionSettings) -> Due | None:
    """From which day the asset is due for deletion or review, or None when
    it is never due (no class, or archived with a reason)."""
    found = effective_class(f, st)
    if found is None:
        return None
    value, source, reason = found
    try:
        cls = RetentionClass(value)
    except ValueError:  # not one we know (a newer version wrote it): on the safe side, a review
        return Due(Action.REVIEW, f.taken_on, "UNKNOWN_CLASS",
                   f"unknown retention class '{value}' set on the {source}: check it",
                   None, source)
    if cls is RetentionClass.SITUATION:
        weeks = st.situation_weeks
        if f.first_published is not None:
            return Due(Action.DELETE, f.first_published + timedelta(weeks=weeks), "SITUATION_PUBLISHED",
                       f"situation photo: {weeks} weeks after its first publication on "
                       f"{f.first_published.isoformat()}", cls, source)
        return Due(Action.DELETE, f.taken_on + timedelta(weeks=weeks), "SITUATION_NOT_PUBLISHED",
                   f"situation photo never published: {weeks} weeks after it was taken on "
                   f"{f.taken_on.isoformat()}", cls, source)
    if cls is RetentionClass.PORTRAIT:
        if not f.people:
            return Due(Action.REVIEW, f.taken_on, "PORTRAIT_NOBODY",
                       "portrait with nobody tagged on it: no consent keeps it", cls, source)
        ends = [(consent_ends(p.forms), p.label) for p in f.people]
        never = sorted(label for end, label in ends if end is None)
        if never:
            return Due(Action.REVIEW, f.taken_on, "PORTRAIT_NO_CONSENT",
                       f"portrait of {', '.join(never)}, who never had a consent form", cls, source)
        end, label = min((e, lbl) for e, lbl in ends if e is not None)
        return Due(Action.REVIEW, end, "PORTRAIT_CONSENT_ENDED",
                   f"portrait: the consent of {label} ended on {end.isoformat()}", cls, source)
    if reason and reason.strip():
        return None
    return Due(Action.REVIEW, f.taken_on, "ARCHIVE_NO_REASON",
               "kept in the archive without a recorded reason", cls, source)


def due_on(f: RetentionFacts, st: RetentionSettings, on: date) -> Due | None:
    """The :class:`Due` of the asset if it is due on ``on``, else None."""
    d = due_since(f, st)
    return d if d is not None and d.since <= on else None


def normalise_settings(changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` with the retention settings checked (UserError naming the
    setting); ``archive`` cannot be the default class, as each archived event
    or asset needs its own reason."""
    out = dict(changes)
    if "retention_situation_weeks" in out:
        v = out["retention_situation_weeks"]
        if v is None or v == "":
            out["retention_situation_weeks"] = None  # the default
        else:
            lo, hi = SITUATION_WEEKS_RANGE
            try:
                weeks = int(v)
            except (TypeError, ValueError):
                raise UserError(f"retention_situation_weeks: '{v}' is not a whole number of weeks") from None
            if isinstance(v, bool) or not lo <= weeks <= hi or (isinstance(v, float) and v != weeks):
                raise UserError(f"retention_situation_weeks: {v} is outside {lo}..{hi}")
            out["retention_situation_weeks"] = weeks
    if "retention_default_class" in out:
        v = out["retention_default_class"]
        try:
            cls = parse_class(v if v is None or isinstance(v, str) else str(v))
        except ValueError as e:
            raise UserError(f"retention_default_class: {e}") from None
        if cls is RetentionClass.ARCHIVE:
            raise UserError("retention_default_class: 'archive' cannot be the default; "
                            "archive an event or asset with its reason instead")
        out["retention_default_class"] = cls.value if cls else None
    return out
