"""The yearly renewal's reads and writes (issue 14, item 2): the pupils with
their forms, renewal rounds and the pupils asked in them. The use cases are
in ``mediadesk/services/renewal.py``; every query is here."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from mediadesk.core.dates import age_on
from mediadesk.core.enums import GrantedBy, Role
from mediadesk.core.renewal import Pupil, SchoolYear
from mediadesk.store.audit import write_audit
from mediadesk.store.facts import hexid, load_people, session_query
from mediadesk.store.tables import ConsentRecord, Person, RenewalRequest, RenewalRound


def renewal_pupils(s: Session) -> dict[str, Pupil]:
    """Every student not erased, as a :class:`~mediadesk.core.renewal.Pupil`
    (every form, the class, the day they were added), by person id (hex)."""
    rows = s.exec(
        select(Person.id, Person.group_name, Person.created_at)
        .where(Person.role == Role.STUDENT.value, col(Person.erased_at).is_(None),
               col(Person.external_id).is_not(None))
    ).all()
    ids = [hexid(pid) for pid, _, _ in rows]
    facts = load_people(session_query(s), ids) if ids else {}
    out: dict[str, Pupil] = {}
    for pid, group, created in rows:
        f = facts.get(hexid(pid))
        if f is not None:
            out[hexid(pid)] = Pupil(f, group, _day(created))
    return out


def _day(v: datetime | date | None) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    return v


def person_ids_by_external(s: Session, external_ids: list[str]) -> dict[str, uuid.UUID]:
    if not external_ids:
        return {}
    rows = s.exec(select(Person.external_id, Person.id).where(col(Person.external_id).in_(external_ids))).all()
    return {ext: pid for ext, pid in rows if ext is not None}


def guardian_contacts(s: Session, person_ids: list[uuid.UUID]) -> dict[str, dict[str, str | None]]:
    """The parent or guardian of each person as far as the library knows:
    the name, e-mail and phone stored on the person (from the admin system),
    else the name on their latest guardian's form.
    By person id (hex); people with nothing known are left out."""
    if not person_ids:
        return {}
    out: dict[str, dict[str, str | None]] = {}
    forms = s.exec(
        select(ConsentRecord.person_id, ConsentRecord.guardian_name)
        .where(col(ConsentRecord.person_id).in_(person_ids), ConsentRecord.granted_by == GrantedBy.GUARDIAN.value,
               col(ConsentRecord.guardian_name).is_not(None))
        .order_by(col(ConsentRecord.signed_on), col(ConsentRecord.recorded_at))
    ).all()
    for pid, name in forms:  # the latest form wins
        out[hexid(pid)] = {"name": name, "email": None, "phone": None}
    for i in range(0, len(person_ids), 500):
        for pid, name, email, phone in s.exec(
            select(Person.id, Person.guardian_name, Person.guardian_email, Person.guardian_phone)
            .where(col(Person.id).in_(person_ids[i:i + 500]))
        ).all():
            if name or email or phone:  # stored on the person (the admin system's export) wins
                got = out.setdefault(hexid(pid), {"name": None, "email": None, "phone": None})
                for k, v in (("name", name), ("email", email), ("phone", phone)):
                    if v:
                        got[k] = v
    return out


# ---- rounds ------------------------------------------------------------------------------

def get_round(s: Session, year: SchoolYear) -> RenewalRound | None:
    return s.exec(select(RenewalRound).where(RenewalRound.school_year == year.label)).first()


def all_rounds(s: Session) -> list[RenewalRound]:
    return list(s.exec(select(RenewalRound).order_by(col(RenewalRound.school_year))).all())


def add_round(s: Session, year: SchoolYear, target: date, age_of_consent: int, text_version: str | None,
              actor: str) -> RenewalRound:
    r = RenewalRound(school_year=year.label, target=target, age_of_consent=age_of_consent,
                     text_version=text_version, started_by=actor)
    s.add(r)
    s.flush()
    return r


def round_requests(s: Session, round_id: uuid.UUID) -> list[tuple[RenewalRequest, Person]]:
    """The pupils asked in a round, with their person, by class then name
    (an erased person is left out: their data is gone)."""
    rows = s.exec(
        select(RenewalRequest, Person).where(RenewalRequest.round_id == round_id, RenewalRequest.person_id == Person.id,
                                             col(Person.erased_at).is_(None))
    ).all()
    return sorted(rows, key=lambda rp: (not rp[0].group_name, (rp[0].group_name or "").casefold(),
                                        rp[1].name.casefold(), rp[1].external_id or ""))


def add_request(s: Session, round_id: uuid.UUID, person_id: uuid.UUID, group: str | None, reasons: str,
                signer: str) -> RenewalRequest:
    r = RenewalRequest(round_id=round_id, person_id=person_id, group_name=group, reasons=reasons, signer=signer)
    s.add(r)
    return r


def set_returned(s: Session, req: RenewalRequest, on: date | None, actor: str | None,
                 form_id: uuid.UUID | None = None) -> None:
    """Mark a request returned on ``on`` (None: not returned)."""
    req.returned_on, req.returned_by = on, actor if on else None
    req.returned_form_id = form_id if on else None
    s.add(req)


#: a consent form just recorded: person id, external id, form id, valid from, valid until
NewForm = tuple[uuid.UUID, str, uuid.UUID, date, date]


def _signed_right(s: Session, person_id: uuid.UUID, form_id: uuid.UUID, rnd: RenewalRound) -> bool:
    """The form can count: not withdrawn, and signed by the right person for
    the round's age of consent (a parent's form for a pupil of age, or a
    minor's own, is no form back: the pupil stays to be asked)."""
    rec, p = s.get(ConsentRecord, form_id), s.get(Person, person_id)
    if rec is None or p is None or rec.revoked_on is not None:
        return False
    minor = (age_on(p.birth_date, rec.signed_on) < rnd.age_of_consent if p.birth_date
             else p.role != Role.STAFF.value)
    return (rec.granted_by == GrantedBy.GUARDIAN.value) == minor


def returned_by_form(s: Session, actor: str, forms: list[NewForm], on: date) -> list[tuple[str, str]]:
    """New consent forms were recorded (in ``s``): for each, every renewal
    round whose school year the form runs in (some day of it), in which the
    pupil was asked and no form came back yet, marks it returned on ``on``,
    audited. One query for all the forms. Returns (external id, school year)
    of each marked."""
    if not forms:
        return []
    open_reqs: dict[uuid.UUID, list[tuple[RenewalRequest, RenewalRound]]] = {}
    ids = list({f[0] for f in forms})
    for i in range(0, len(ids), 500):
        for req, rnd in s.exec(
            select(RenewalRequest, RenewalRound)
            .where(col(RenewalRequest.person_id).in_(ids[i:i + 500]), RenewalRequest.round_id == RenewalRound.id,
                   col(RenewalRequest.returned_on).is_(None))
        ).all():
            open_reqs.setdefault(req.person_id, []).append((req, rnd))
    marked = []
    for person_id, external_id, form_id, valid_from, valid_until in forms:
        for req, rnd in open_reqs.get(person_id, []):
            if req.returned_on is not None:  # an earlier form of this import marked it
                continue
            y = SchoolYear.parse(rnd.school_year)
            if valid_from <= y.last_day and valid_until >= y.first_day and _signed_right(s, person_id, form_id, rnd):
                set_returned(s, req, on, actor, form_id)
                write_audit(s, actor, "renewal.returned", "renewal_request", req.id, {"returned_on": None},
                            {"returned_on": on, "person": external_id, "school_year": y.label, "form": form_id.hex})
                marked.append((external_id, y.label))
    return marked


def request_count(s: Session, round_id: uuid.UUID) -> int:
    return int(s.exec(select(func.count()).select_from(RenewalRequest).where(RenewalRequest.round_id == round_id)).one())


def requests_of_person(s: Session, person_id: uuid.UUID) -> list[dict[str, Any]]:
    """The renewal rounds a person was asked in (for their access report),
    oldest school year first."""
    rows = s.exec(
        select(RenewalRequest, RenewalRound)
        .where(RenewalRequest.person_id == person_id, RenewalRequest.round_id == RenewalRound.id)
    ).all()
    return [
        {"school_year": rnd.school_year, "class": req.group_name,
         "reasons": [c for c in req.reasons.split("|") if c], "signer": req.signer,
         "asked_at": req.asked_at.isoformat(timespec="seconds"),
         "returned_on": req.returned_on.isoformat() if req.returned_on else None}
        for req, rnd in sorted(rows, key=lambda rr: rr[1].school_year)
    ]


def delete_requests_of(s: Session, person_id: uuid.UUID) -> None:
    """Remove a purged person from every round (the rate counts them no more)."""
    s.execute(delete(RenewalRequest).where(col(RenewalRequest.person_id) == person_id))
