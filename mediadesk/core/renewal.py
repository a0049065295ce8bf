"""Yearly renewal (issue 14, item 2): who must be asked for consent again.

Pure code, like the rules engine it builds on (:mod:`.rules`): given the
pupils (their facts with every form and withdrawal, their class, the day
they were added when known), the age of consent of the library and a target,
it returns the "who must be asked" list, per class, with every reason.

The target
    ``target`` is the day by which consent must be asked again. A form
    *ends by the target* when its last valid day is on or before it. The
    pupil is covered after the target by the form that runs past it
    (:func:`next_forms`: of the forms still valid after the target, the one
    signed last, as the rules choose the governing form), when the right
    person signed it and it is not withdrawn; it may start later (a form for
    the coming year signed in September). For a coming school year (``2027/28``) the target is 31
    July before it starts (:func:`year_target`): the forms of the running
    year end that day.

Reasons (:class:`AskReason`), all that apply, in this order:

- ``FORM_ENDS``: no form runs past the target, and a form ended on or
  before it (``until`` is the last such end);
- ``NO_FORM``: no form runs past the target and none ended: there never
  was one. Also when the form that runs past it does not count, because
  the wrong person signed it (``not_counted`` = its signing day, ``why`` =
  the rules' ``GUARDIAN_CONSENT_REQUIRED`` or ``SELF_CONSENT_REQUIRED``);
- ``REACHES_AGE``: of the age of consent on the target (the birthday itself
  counts, 29 February counts on 1 March) while a minor on ``today`` or while
  the latest form was signed by a parent or guardian, unless the pupil has
  already signed their own form that counts: from then on the pupil
  signs their own forms (a guardian's form signed after the birthday does
  not count). This reason alone puts a pupil on the list, also when the
  parent's form still runs: the spec keeps a guardian's form signed while
  the pupil was a minor valid until it ends (``covered_until``), so this is
  no gap in consent, but the next form is the pupil's own and the school
  asks them;
- ``NEW_PUPIL``: added on or after the first day of the school year that
  contains the earlier of ``today`` and the target (``since``), i.e. since
  the running school year started. It marks a listed pupil; a new pupil
  whose form runs past the target is not asked.

Who signs the new form (``signer``): the pupil when of the age of consent
on the target, else a parent or guardian. A student without a birth date
counts as a minor (spec), so a parent signs.

Withdrawn pupils are listed apart and never asked again automatically: a
pupil (or their parent) who withdrew said no, and only they can say yes
again. A pupil counts as withdrawn when some form of theirs carries a
withdrawal and no form signed after the latest withdrawal day is free of
one (the same test as :func:`.rules.situation_reasons`).

Only students are listed: staff sign for themselves when they start, and a
guest's form ends with its event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .enums import GrantedBy, Role, StrEnum
from .model import ConsentFacts, PersonFacts
from .rules import _governing_key, is_minor, record_withdrawn_on


class AskReason(StrEnum):
    FORM_ENDS = "FORM_ENDS"
    NO_FORM = "NO_FORM"
    REACHES_AGE = "REACHES_AGE"
    NEW_PUPIL = "NEW_PUPIL"


_YEAR = re.compile(r"^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$")


@dataclass(frozen=True, slots=True, order=True)
class SchoolYear:
    """A school year, 1 August ``start`` to 31 July ``start + 1``."""

    start: int

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        """``2027/28``, ``2027/2028``, ``2027-28`` or ``2027-2028``. Raises
        ValueError with a message fit for a user."""
        m = _YEAR.match(text or "")
        if not m:
            raise ValueError(f"'{text}' is not a school year (write it like 2027/28)")
        first, second = int(m.group(1)), m.group(2)
        follows = int(second) if len(second) == 4 else (first + 1) // 100 * 100 + int(second)
        if follows != first + 1:
            raise ValueError(f"'{text}' is not a school year: {second} does not follow {first} (write it like 2027/28)")
        if not 1900 <= first <= 9998:
            raise ValueError(f"'{text}' is not a school year")
        return cls(first)

    @classmethod
    def containing(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 8 else day.year - 1)

    @property
    def first_day(self) -> date:
        return date(self.start, 8, 1)

    @property
    def last_day(self) -> date:
        return date(self.start + 1, 7, 31)

    @property
    def label(self) -> str:
        return f"{self.start}/{(self.start + 1) % 100:02d}"

    def __str__(self) -> str:
        return self.label


def year_target(year: SchoolYear) -> date:
    """The target of a coming school year: 31 July before it starts."""
    return year.first_day - timedelta(days=1)


def birthday(birth: date, age: int) -> date:
    """The day a person born on ``birth`` turns ``age`` (29 Feb -> 1 Mar)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


@dataclass(frozen=True, slots=True)
class Pupil:
    """A person as the renewal needs it: their facts (every form, with its
    withdrawal), their class and the day they were added, when known."""

    facts: PersonFacts
    group: str | None = None
    started_on: date | None = None


@dataclass(frozen=True, slots=True)
class Ask:
    code: AskReason
    params: tuple[tuple[str, str], ...] = ()

    def param(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)


@dataclass(frozen=True, slots=True)
class ToAsk:
    """One pupil to ask, with every reason."""

    external_id: str
    name: str
    group: str | None
    reasons: tuple[Ask, ...]
    signer: GrantedBy
    birth_date: date | None = None
    #: the last day the form in force still covers the pupil (only when
    #: listed for ``REACHES_AGE`` alone), else None
    covered_until: date | None = None
    publication_ban: bool = False

    @property
    def codes(self) -> tuple[AskReason, ...]:
        return tuple(r.code for r in self.reasons)

    def reason(self, code: AskReason) -> Ask | None:
        return next((r for r in self.reasons if r.code == code), None)


@dataclass(frozen=True, slots=True)
class WithdrawnPupil:
    """A pupil who withdrew: listed, never asked again automatically."""

    external_id: str
    name: str
    group: str | None
    withdrawn_on: date


@dataclass(frozen=True, slots=True)
class ClassList:
    group: str | None
    to_ask: tuple[ToAsk, ...] = ()
    withdrawn: tuple[WithdrawnPupil, ...] = ()


@dataclass(frozen=True, slots=True)
class RenewalList:
    target: date
    today: date
    age_of_consent: int
    school_year: SchoolYear | None
    new_since: date
    classes: tuple[ClassList, ...] = field(default=())

    @property
    def check_day(self) -> date:
        return self.target + timedelta(days=1)

    @property
    def to_ask(self) -> tuple[ToAsk, ...]:
        return tuple(p for c in self.classes for p in c.to_ask)

    @property
    def withdrawn(self) -> tuple[WithdrawnPupil, ...]:
        return tuple(p for c in self.classes for p in c.withdrawn)


def withdrawal_day(person: PersonFacts) -> date | None:
    """The latest withdrawal day of a person who withdrew and signed no form
    since that stands; None when they did not (or signed again since)."""
    days = [c.revoked_on for c in person.consents if c.revoked_on is not None]
    if not days:
        return None
    last = max(days)
    again = any(c.signed_on > last and record_withdrawn_on(person, c) is None for c in person.consents)
    return None if again else last


def next_forms(person: PersonFacts, target: date) -> list[ConsentFacts]:
    """The form that covers the pupil after ``target``: of the forms that run
    past it, the one signed last (tie: recorded last; every tied one), as
    the rules pick the governing form. It may start later than the day after
    the target (a form for the coming year signed in September)."""
    later = [c for c in person.consents if c.valid_until > target]
    if not later:
        return []
    top = max(_governing_key(c)[:2] for c in later)
    return [c for c in later if _governing_key(c)[:2] == top]


def _counts(person: PersonFacts, rec: ConsentFacts, age: int) -> bool:
    """Signed by the right person (spec step 2.5)."""
    minor = is_minor(person, rec.signed_on, age)
    return (rec.granted_by == GrantedBy.GUARDIAN) == minor


def assess(
    pupil: Pupil, *, target: date, today: date, age_of_consent: int, new_since: date
) -> ToAsk | WithdrawnPupil | None:
    """One pupil: to ask (with every reason), withdrawn, or None (covered)."""
    f = pupil.facts
    age = age_of_consent
    withdrawn = withdrawal_day(f)
    if withdrawn is not None:
        return WithdrawnPupil(f.external_id, f.name, pupil.group, withdrawn)
    reasons: list[Ask] = []
    gov = next_forms(f, target)
    if any(record_withdrawn_on(f, r) is not None for r in gov):
        gov = []  # a withdrawn form covers nobody (the pupil signed again since, but that form ended)
    covered_until: date | None = None
    if gov and all(_counts(f, r, age) for r in gov):
        covered_until = min(r.valid_until for r in gov)
    elif gov:
        bad = next(r for r in gov if not _counts(f, r, age))
        why = "SELF_CONSENT_REQUIRED" if bad.granted_by == GrantedBy.GUARDIAN else "GUARDIAN_CONSENT_REQUIRED"
        reasons.append(Ask(AskReason.NO_FORM, (("not_counted", bad.signed_on.isoformat()), ("why", why))))
    else:
        ended = [c.valid_until for c in f.consents if c.valid_until <= target]
        if ended:
            reasons.append(Ask(AskReason.FORM_ENDS, (("until", max(ended).isoformat()),)))
        else:
            reasons.append(Ask(AskReason.NO_FORM))

    adult = not is_minor(f, target, age)
    if adult and f.birth_date is not None:
        latest = max(f.consents, key=_governing_key) if f.consents else None
        switched = latest is not None and latest.granted_by == GrantedBy.SELF and _counts(f, latest, age)
        by_parent = latest is not None and latest.granted_by == GrantedBy.GUARDIAN
        if not switched and (by_parent or is_minor(f, today, age)):
            turns = birthday(f.birth_date, age)
            reasons.append(Ask(AskReason.REACHES_AGE, (("on", turns.isoformat()), ("age", str(age)))))
    if not reasons:
        return None
    if pupil.started_on is not None and pupil.started_on >= new_since:
        reasons.append(Ask(AskReason.NEW_PUPIL, (("since", pupil.started_on.isoformat()),)))
    only_age = all(r.code in (AskReason.REACHES_AGE, AskReason.NEW_PUPIL) for r in reasons)
    return ToAsk(
        external_id=f.external_id,
        name=f.name,
        group=pupil.group,
        reasons=tuple(reasons),
        signer=GrantedBy.SELF if adult else GrantedBy.GUARDIAN,
        birth_date=f.birth_date,
        covered_until=covered_until if only_age else None,
        publication_ban=f.publication_ban,
    )


def _group_key(group: str | None) -> tuple[bool, str]:
    return (not group, (group or "").casefold())


def renewal_list(
    pupils: Iterable[Pupil],
    *,
    target: date,
    today: date,
    age_of_consent: int,
    school_year: SchoolYear | None = None,
) -> RenewalList:
    """Who must be asked by ``target``, per class (classes by name, the
    pupils without a class last; pupils by name, then id)."""
    new_since = SchoolYear.containing(min(today, target)).first_day
    by_group: dict[str | None, tuple[list[ToAsk], list[WithdrawnPupil]]] = {}
    for p in pupils:
        if p.facts.role != Role.STUDENT:
            continue
        got = assess(p, target=target, today=today, age_of_consent=age_of_consent, new_since=new_since)
        if got is None:
            continue
        asks, withdrawn = by_group.setdefault(p.group or None, ([], []))
        if isinstance(got, ToAsk):
            asks.append(got)
        else:
            withdrawn.append(got)

    def person_key(p: ToAsk | WithdrawnPupil) -> tuple[str, str]:
        return (p.name.casefold(), p.external_id)

    classes = tuple(
        ClassList(g, tuple(sorted(asks, key=person_key)), tuple(sorted(wd, key=person_key)))
        for g, (asks, wd) in sorted(by_group.items(), key=lambda kv: _group_key(kv[0]))
    )
    return RenewalList(target, today, age_of_consent, school_year, new_since, classes)


def renewal_list_for_year(
    pupils: Iterable[Pupil], year: SchoolYear, *, today: date, age_of_consent: int
) -> RenewalList:
    """:func:`renewal_list` for a coming school year (target: 31 July before it)."""
    return renewal_list(pupils, target=year_target(year), today=today, age_of_consent=age_of_consent,
                        school_year=year)
