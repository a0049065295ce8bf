"""The log of requests and complaints about a person's data, for the DPO
(issue 14, item 4).

A request (access, erasure, objection, complaint, other) is logged against a
person with the day it was received and what was asked; it is open until it
is closed with how it was handled and when. The GDPR gives the school one
month to answer (art. 12(3)): every entry shows its ``due_on``. Every change
is audited, under the write lock. A person's requests are part of their
access report.

On erasure (:func:`mediadesk.services.privacy.erase_person`) the log keeps
only what shows that the school handled the request, on the safe side: the
kind, the dates and who recorded and handled it stay (accountability,
art. 5(2)); the free text (what was asked, how it was handled) becomes
"(erased)", since it may describe the person. Open erasure requests are
closed by the erasure itself. When the erased person's record is purged
after the dispute period, the entries stay with no person.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from mediadesk.core.dates import add_months, today
from mediadesk.core.errors import NotFound, UserError
from mediadesk.store import db as dbmod
from mediadesk.store.tables import DataRequest, Person

from .library import Library
from .people import get_person

KINDS = ("access", "erasure", "objection", "complaint", "other")
_MAX_TEXT = 4000


def _text(field: str, value: str | None, required: bool = False) -> str | None:
    text = (value or "").strip()
    if required and not text:
        raise UserError(f"{field}: required")
    if len(text) > _MAX_TEXT:
        raise UserError(f"{field}: longer than {_MAX_TEXT} characters")
    return text or None


def as_dict(r: DataRequest, person: Person | None = None) -> dict[str, Any]:
    """One entry as plain data (the CLI's JSON and the access report)."""
    return {
        "id": r.id.hex,
        "person": person.external_id if person is not None else None,
        "name": person.name if person is not None else None,
        "kind": r.kind,
        "received_on": r.received_on.isoformat(),
        "due_on": add_months(r.received_on, 1).isoformat(),
        "description": r.description,
        "status": "closed" if r.handled_on else "open",
        "handling": r.handling,
        "handled_on": r.handled_on.isoformat() if r.handled_on else None,
        "handled_by": r.handled_by,
        "recorded_by": r.recorded_by,
    }


@dbmod.retry_on_conflict
def add_request(lib: Library, external_id: str, kind: str, received_on: date | None = None,
                note: str | None = None) -> str:
    """Log a request or complaint of (or about) a person. Returns its id."""
    if kind not in KINDS:
        raise UserError(f"kind: '{kind}' is not one of {', '.join(KINDS)}")
    day = received_on or today()
    if day > today():
        raise UserError(f"received: {day.isoformat()} is in the future")
    description = _text("note", note)
    with lib.unit(exclusive=True) as s:
        p = get_person(lib, external_id, s)
        r = DataRequest(person_id=p.id, kind=kind, received_on=day, description=description,
                        recorded_by=lib.actor)
        s.add(r)
        s.flush()
        lib.audit(s, "request.add", "person", p.id, None,
                  {"request": r.id.hex, "kind": kind, "received_on": day.isoformat()})
        return r.id.hex


def list_requests(lib: Library, open_only: bool = False, external_id: str | None = None) -> list[dict[str, Any]]:
    """The log, oldest received first (open ones only with ``open_only``)."""
    with lib.unit() as s:
        q = select(DataRequest)
        if external_id is not None:
            q = q.where(DataRequest.person_id == get_person(lib, external_id, s).id)
        if open_only:
            q = q.where(col(DataRequest.handled_on).is_(None))
        rows = s.exec(q.order_by(col(DataRequest.received_on), col(DataRequest.recorded_at))).all()
        ids = {r.person_id for r in rows if r.person_id is not None}
        people = {p.id: p for p in s.exec(select(Person).where(col(Person.id).in_(ids))).all()} if ids else {}
        return [as_dict(r, people.get(r.person_id) if r.person_id else None) for r in rows]


def _find(s: Session, ref: str) -> DataRequest:
    ref = ref.strip().lower().replace("-", "")
    if len(ref) < 4 or any(c not in "0123456789abcdef" for c in ref):
        raise UserError(f"request id '{ref}': give at least 4 hex digits of the id")
    found = [r for r in s.exec(select(DataRequest)).all() if r.id.hex.startswith(ref)]
    if not found:
        raise NotFound(f"no request with id {ref}")
    if len(found) > 1:
        raise UserError(f"request id '{ref}' is not unique; give more digits")
    return found[0]


@dbmod.retry_on_conflict
def close_request(lib: Library, ref: str, handling: str, on: date | None = None) -> dict[str, Any]:
    """Close an open request with how it was handled, on ``on`` (default today)."""
    text = _text("handling", handling, required=True)
    day = on or today()
    if day > today():
        raise UserError(f"handled on: {day.isoformat()} is in the future")
    with lib.unit(exclusive=True) as s:
        r = _find(s, ref)
        if r.handled_on is not None:
            raise UserError(f"request {r.id.hex[:8]} was closed on {r.handled_on.isoformat()} already")
        if day < r.received_on:
            raise UserError(f"handled on: {day.isoformat()} is before it was received ({r.received_on.isoformat()})")
        r.handling, r.handled_on, r.handled_by = text, day, lib.actor
        s.add(r)
        lib.audit(s, "request.close", "person", r.person_id, {"request": r.id.hex},
                  {"request": r.id.hex, "handled_on": day.isoformat()})
        person = s.get(Person, r.person_id) if r.person_id else None
        return as_dict(r, person)


def requests_of(s: Session, person_id: uuid.UUID) -> list[dict[str, Any]]:
    """A person's requests, for their access report (inside its unit of work)."""
    rows = s.exec(select(DataRequest).where(DataRequest.person_id == person_id)
                  .order_by(col(DataRequest.received_on), col(DataRequest.recorded_at))).all()
    return [as_dict(r) for r in rows]


ERASED = "(erased)"


def erase_requests(s: Session, actor: str, person_id: uuid.UUID) -> int:
    """On erasure: keep kind, dates and who; the free text goes; an open
    erasure request is closed by the erasure (module doc). Returns the count."""
    rows = s.exec(select(DataRequest).where(DataRequest.person_id == person_id)).all()
    for r in rows:
        if r.description:
            r.description = ERASED
        if r.handling:
            r.handling = ERASED
        if r.kind == "erasure" and r.handled_on is None:
            r.handling, r.handled_on, r.handled_by = "erased in MediaDesk", today(), actor
        s.add(r)
    return len(rows)
