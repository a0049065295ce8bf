"""Biometric data rules: who may have face templates.

A person may have templates only while their governing consent record has
``biometric = yes`` and the library is in ``match`` mode. Called in the same
transaction as every change that could end that permission.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Iterable

from sqlmodel import Session, col, delete, select

from mediadesk.core.dates import today
from mediadesk.core.rules import biometric_consent
from mediadesk.store.facts import load_people, read_settings, rule_settings, session_query
from mediadesk.store.tables import Face, FaceTemplate

if TYPE_CHECKING:  # pragma: no cover
    from .library import Library


def biometric_allowed(s: Session, person_id: uuid.UUID) -> bool:
    q = session_query(s)
    settings = read_settings(q)
    if settings.get("face_mode") != "match":
        return False
    people = load_people(q, [person_id.hex])
    person = people.get(person_id.hex)
    if person is None:
        return False
    return biometric_consent(person, today(), rule_settings(settings).age_of_consent)


def purge_person(lib: "Library", s: Session, person_id: uuid.UUID, why: str) -> int:
    """Delete the person's templates and pending suggestions; returns templates deleted."""
    n = len(s.exec(select(FaceTemplate.id).where(FaceTemplate.person_id == person_id)).all())
    sugg = s.exec(
        select(Face).where(Face.suggested_person_id == person_id, Face.state == "suggested")
    ).all()
    if not n and not sugg:
        return 0
    s.exec(delete(FaceTemplate).where(col(FaceTemplate.person_id) == person_id))
    for f in sugg:
        f.state, f.suggested_person_id, f.distance = "unresolved", None, None
        s.add(f)
    lib.audit(s, "biometric.purge", "person", person_id, {"templates": n, "suggestions": len(sugg)}, {"why": why})
    return n


def holders(s: Session) -> set[uuid.UUID]:
    """People who hold biometric data now: templates or pending suggestions."""
    with_templates = s.exec(select(FaceTemplate.person_id).distinct()).all()
    suggested = s.exec(
        select(Face.suggested_person_id).where(Face.state == "suggested").distinct()
    ).all()
    return {p for p in (*with_templates, *suggested) if p is not None}


def purge_if_not_allowed(lib: "Library", s: Session, person_ids: Iterable[uuid.UUID] | None = None) -> int:
    """Delete templates and pending suggestions of every person (of
    ``person_ids``, or everybody) whose biometric permission has ended.
    Only people who hold such data are looked at. Returns templates deleted."""
    candidates = holders(s)
    if person_ids is not None:
        candidates &= set(person_ids)
    return sum(
        purge_person(lib, s, pid, "biometric consent not in force")
        for pid in sorted(candidates)
        if not biometric_allowed(s, pid)
    )
