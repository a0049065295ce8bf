"""People: add by hand, import the admin system's people file, publication bans.

Use cases are functions taking the open :class:`~mediadesk.services.library.Library`
first, like every module in ``services/``. Each is one unit of work: a short
session, one transaction, its audit entries in that transaction. No Qt.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from mediadesk.core.dates import birth_date_problem, today, utcnow
from mediadesk.core.errors import NotFound, UserError
from mediadesk.core.model import Evaluation
from mediadesk.store import db as dbmod
from mediadesk.store.facts import hexid, session_query
from mediadesk.store.tables import Person, Presence

from . import csvio
from .evaluate import evaluate_assets

if TYPE_CHECKING:
    from .library import Library


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawals_added: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RevokeResult:
    person: str
    records: list[str]
    on: date
    affected: list[tuple[Evaluation, str]]  # every affected asset x channel, re-evaluated now


@dbmod.retry_on_conflict
def add_person(
    lib: Library,
    external_id: str,
    name: str,
    role: str,
    *,
    birth_date: date | None = None,
    group: str | None = None,
    publication_ban: bool = False,
) -> Person:
    """Add one person by hand (a visiting pupil at a fair, a new staff
    member before the next export from the admin system). Raises
    UserError naming the field for a missing or taken id, a missing
    name, an unknown role or a birth date in the future or before 1900."""
    from mediadesk.core.enums import Role

    ext = (external_id or "").strip()
    shown_name = " ".join((name or "").split())
    if not ext:
        raise UserError("external id: required (the id in the school's admin system, or any unique id for a guest)")
    if not shown_name:
        raise UserError("name: required")
    if role not in {r.value for r in Role}:
        raise UserError(f"role: '{role}' is not one of student, staff, guest")
    problem = birth_date and birth_date_problem(birth_date)
    if problem:
        raise UserError(f"birth date: {problem}")
    values: dict[str, Any] = {
        "name": shown_name,
        "role": role,
        "birth_date": birth_date,
        "group_name": (group or "").strip() or None,
        "publication_ban": bool(publication_ban),
    }
    with lib.unit(exclusive=True) as s:
        if s.exec(select(Person).where(Person.external_id == ext)).first() is not None:
            raise UserError(f"external id: {ext} is already taken by another person")
        p = Person(external_id=ext, **values)
        s.add(p)
        lib.audit(s, "person.create", "person", p.id, None, {"external_id": ext, **values, "by_hand": True})
    return p


@dbmod.retry_on_conflict
def import_people(lib: Library, path: str | Path) -> ImportSummary:
    rows, warnings = csvio.parse_people(path)
    summary = ImportSummary(warnings=warnings)
    with lib.unit(exclusive=True) as s:
        existing = {p.external_id: p for p in s.exec(select(Person)).all() if p.external_id}
        for r in rows:
            values: dict[str, Any] = {
                "name": r.name,
                "role": r.role.value,
                "birth_date": r.birth_date,
                "group_name": r.group,
                "publication_ban": r.publication_ban,
            }
            p = existing.get(r.external_id)
            if p is not None:  # a column the file lacks leaves the stored value alone
                for column, key in (("birth_date", "birth_date"), ("group", "group_name"),
                                 ("publication_ban", "publication_ban")):
                    if column not in r.present:
                        values[key] = getattr(p, key)
            if p is None:
                p = Person(external_id=r.external_id, **values)
                s.add(p)
                lib.audit(s, "person.create", "person", p.id, None, {"external_id": r.external_id, **values})
                summary.created += 1
                continue
            old = {k: getattr(p, k) for k in values}
            if p.publication_ban and not values["publication_ban"]:
                # safe side: a ban is lifted only in MediaDesk, by a person, audited
                values["publication_ban"] = True
                summary.warnings.append(
                    f"{path}, row {r.row}: {r.external_id} keeps the publication ban recorded in MediaDesk; "
                    "lift it on the person page if it really ended"
                )
            if old == values:
                summary.unchanged += 1
                continue
            diff_old = {k: old[k] for k in values if old[k] != values[k]}
            diff_new = {k: values[k] for k in values if old[k] != values[k]}
            for k, v in values.items():
                setattr(p, k, v)
            p.updated_at = utcnow()
            s.add(p)
            lib.audit(s, "person.update", "person", p.id, diff_old, diff_new)
            summary.updated += 1
    return summary


@dbmod.retry_on_conflict
def set_publication_ban(lib: Library, external_id: str, ban: bool, reason: str | None = None) -> RevokeResult:
    """Set or lift a person's publication ban (protected identity, custody
    order). Lifting needs a reason. Returns the person's assets, evaluated
    again at once."""
    if not ban and not (reason or "").strip():
        raise UserError("lifting a publication ban needs a reason")
    with lib.unit(exclusive=True) as s:
        p = get_person(lib, external_id, s)
        if p.publication_ban != ban:
            old = p.publication_ban
            p.publication_ban, p.updated_at = ban, utcnow()
            s.add(p)
            lib.audit(s, "person.publication_ban", "person", p.id, {"publication_ban": old}, {"publication_ban": ban, "reason": reason})
        s.flush()
        asset_ids = [hexid(a) for a in s.exec(select(Presence.asset_id).where(Presence.person_id == p.id)).all()]
        affected = evaluate_assets(session_query(s), asset_ids, None, today()) if asset_ids else []
        return RevokeResult(external_id, [], today(), affected)


def list_people(lib: Library) -> list[Person]:
    with lib.unit() as s:
        return list(
            s.exec(select(Person).where(col(Person.erased_at).is_(None)).order_by(Person.name)).all()
        )


def get_person(lib: Library, external_id: str, s: Session | None = None) -> Person:
    if s is None:
        with lib.unit() as s2:
            return get_person(lib, external_id, s2)
    p = s.exec(select(Person).where(Person.external_id == external_id)).first()
    if p is None:
        raise NotFound(f"unknown person '{external_id}'")
    return p
