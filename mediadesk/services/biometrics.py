"""Biometric data rules: who may have face templates.

A person may have templates only while their governing consent record has
``biometric = yes`` and the library is in ``match`` mode. Called in the same
transaction as every change that could end that permission.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlmodel import Session, delete, select

from mediadesk.core.dates import today
from mediadesk.core.rules import biometric_consent
from mediadesk.store.facts import load_people, read_settings, session_query
from mediadesk.store.tables import Face, FaceTemplate

if TYPE_CHECKING:  # pragma: no cover
    from .library import Library


def biometric_allowed(s: Session, person_id: uuid.UUID) -> bool:
    q = session_query(s)
    if read_settings(q).get("face_mode") != "match":
        return False
    people = load_people(q, [person_id.hex])
    person = people.get(person_id.hex)
    if person is None:
        return False
    return biometric_consent(person, today())


def purge_person(lib: "Library", s: Session, person_id: uuid.UUID, why: str) -> int:
    """Delete the person's templates and pending suggestions; returns templates deleted."""
    n = len(s.exec(select(FaceTemplate.id).where(FaceTemplate.person_id == person_id)).all())
    sugg = s.exec(
        select(Face).where(Face.suggested_person_id == person_id, Face.state == "suggested")
    ).all()
    if not n and not sugg:
        return 0
    s.exec(delete(FaceTemplate).where(FaceTemplate.person_id == person_id))
    for f in sugg:
        f.state, f.suggested_person_id, f.distance = "unresolved", None, None
        s.add(f)
    lib.audit(s, "biometric.purge", "person", person_id, {"templates": n, "suggestions": len(sugg)}, {"why": why})
    return n


def purge_if_not_allowed(lib: "Library", s: Session, person_id: uuid.UUID) -> int:
    if biometric_allowed(s, person_id):
        return 0
    return purge_person(lib, s, person_id, "biometric consent not in force")
