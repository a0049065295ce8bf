"""People: add by hand, import the admin system's people file, publication bans.

Use cases are functions taking the open :class:`~mediadesk.services.library.Library`
first, like every module in ``services/``. Each is one unit of work: a short
session, one transaction, its audit entries in that transaction. No Qt.
"""

from __future__ import annotations

import uuid
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
from .mapping import Mapping

if TYPE_CHECKING:
    from .library import Library


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawals_added: int = 0
    warnings: list[str] = field(default_factory=list)
    #: how the file was read: "read as Windows-1252 text, semicolon-separated"
    read_as: str = ""
    #: the preset or saved mapping profile used, if any
    mapping: str | None = None
    #: the encoding detected ("UTF-8", "Windows-1252", "UTF-16 LE"...) and the
    #: separator ("," ";" tab; None for an .xlsx workbook)
    encoding: str = ""
    delimiter: str | None = None

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
    guardian_name: str | None = None,
    guardian_email: str | None = None,
    guardian_phone: str | None = None,
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
    contact = {"guardian_name": " ".join((guardian_name or "").split()) or None,
               "guardian_email": (guardian_email or "").strip() or None,
               "guardian_phone": (guardian_phone or "").strip() or None}
    for key, word in (("guardian_email", "guardian's e-mail"), ("guardian_phone", "guardian's phone")):
        value = contact[key]
        bad = csvio.contact_problem(key, value) if value else None
        if bad:
            raise UserError(f"{word}: {bad}")
    values: dict[str, Any] = {
        "name": shown_name,
        "role": role,
        "birth_date": birth_date,
        "group_name": (group or "").strip() or None,
        "publication_ban": bool(publication_ban),
        **{k: v for k, v in contact.items() if v},
    }
    with lib.unit(exclusive=True) as s:
        if s.exec(select(Person).where(Person.external_id == ext)).first() is not None:
            raise UserError(f"external id: {ext} is already taken by another person")
        p = Person(external_id=ext, **values)
        s.add(p)
        lib.audit(s, "person.create", "person", p.id, None, {"external_id": ext, **values, "by_hand": True})
    return p


_OPTIONAL_FIELDS = (("birth_date", "birth_date"), ("group", "group_name"), ("publication_ban", "publication_ban"),
                    ("guardian_name", "guardian_name"), ("guardian_email", "guardian_email"),
                    ("guardian_phone", "guardian_phone"))


@dbmod.retry_on_conflict
def import_people(lib: Library, path: str | Path, mapping: Mapping | None = None,
                  save_as: str | None = None) -> ImportSummary:
    """Load the admin system's people file: MediaDesk's own columns, or any
    export through a column ``mapping`` (a preset, a saved profile, --map),
    kept as the profile ``save_as`` in the same transaction when given.
    All or nothing: a bad row raises CsvError naming file, row and column,
    and nothing is stored. The summary says how the file was read."""
    if save_as is not None:
        if mapping is None:
            raise UserError("a mapping profile needs a mapping to save (a preset, a profile or --map)")
        save_as = profile_name(save_as)
    parsed = csvio.parse_people(path, mapping)
    rows = parsed.rows
    summary = ImportSummary(warnings=parsed.warnings, read_as=parsed.read_as, mapping=parsed.mapping,
                            encoding=parsed.encoding, delimiter=parsed.delimiter)
    with lib.unit(exclusive=True) as s:
        if save_as is not None and mapping is not None:
            _store_profile(lib, s, save_as, mapping)
            summary.mapping = save_as
        existing = {p.external_id: p for p in s.exec(select(Person)).all() if p.external_id}
        redated: list[uuid.UUID] = []
        for r in rows:
            values: dict[str, Any] = {
                "name": r.name,
                "role": r.role.value,
                "birth_date": r.birth_date,
                "group_name": r.group,
                "publication_ban": r.publication_ban,
                "guardian_name": r.guardian_name,
                "guardian_email": r.guardian_email,
                "guardian_phone": r.guardian_phone,
            }
            p = existing.get(r.external_id)
            if p is not None:  # a column the file lacks leaves the stored value alone
                for column, key in _OPTIONAL_FIELDS:
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
            if "birth_date" in diff_new:
                redated.append(p.id)
        if redated:  # who signed a form may no longer be the right signer: biometric permission ends
            from . import biometrics

            s.flush()
            biometrics.purge_if_not_allowed(lib, s, redated)
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


# ---- column mappings for admin-system exports (docs/admin-imports.md) ------------------------

MAPPING_PROFILES_KEY = "import_mappings"


def mapping_profiles(lib: Library) -> dict[str, Mapping]:
    """The column mappings saved in this library's settings, by name."""
    from .settings import library_settings

    saved = library_settings(lib).get(MAPPING_PROFILES_KEY) or {}
    return {name: Mapping.from_json(doc, name) for name, doc in sorted(saved.items())}


def profile_name(name: str | None) -> str:
    """A mapping profile's name as kept (spaces collapsed); UserError when unusable."""
    shown = " ".join((name or "").split())
    if not shown:
        raise UserError("mapping profile: a name is required")
    if len(shown) > 80:
        raise UserError("mapping profile: the name is longer than 80 characters")
    return shown


def save_mapping_profile(lib: Library, name: str, mapping: Mapping) -> Mapping:
    """Keep ``mapping`` under ``name`` in the library's settings (audited
    like every settings change), replacing one of that name."""
    shown = profile_name(name)
    mapping.check()
    with lib.unit(exclusive=True) as s:
        _store_profile(lib, s, shown, mapping)
    return Mapping.from_json(mapping.to_json(), shown)


def _store_profile(lib: Library, s: Session, name: str, mapping: Mapping) -> None:
    from mediadesk.store.settings import change_settings, settings_of

    current = settings_of(s)
    saved = dict(current.get(MAPPING_PROFILES_KEY) or {})
    saved[name] = mapping.to_json()
    change_settings(s, lib.actor, current, {MAPPING_PROFILES_KEY: saved})


def resolve_mapping(lib: Library, *, preset: str | None = None, profile: str | None = None,
                    map_text: str | None = None) -> Mapping | None:
    """The mapping the command line asks for: a preset or a saved profile,
    with ``--map`` on top (or ``--map`` alone). None: MediaDesk's own columns."""
    from . import mapping as mp

    if preset and profile:
        raise UserError("give either --preset or --profile, not both")
    base: Mapping | None = None
    if preset:
        base = mp.preset(preset)
    elif profile:
        profiles = mapping_profiles(lib)
        base = profiles.get(" ".join(profile.split()))
        if base is None:
            known = ", ".join(profiles) or "none saved yet"
            raise UserError(f"unknown mapping profile '{profile}' (saved profiles: {known})")
    if map_text:
        return mp.parse_map(map_text, base)
    return base
