"""The Library: one facade over a MediaDesk library for the GUI and the CLI.

Each public method is one unit of work: a short-lived session, one
transaction, the audit entries written in that same transaction. Nothing
here imports Qt.
"""

from __future__ import annotations

import getpass
import logging
import os
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Iterator, Sequence

from sqlmodel import Session, select

from mediadesk.core.dates import birth_date_problem, dated_before_birth, default_valid_until, today, utcnow
from mediadesk.core.enums import DEFAULT_CHANNELS, PROFILE_AGE, FaceMode, Profile
from mediadesk.core.errors import CsvError, NotFound, ProfileMismatch, UserError
from mediadesk.core.model import Evaluation
from mediadesk.core.rules import withdrawn_on
from mediadesk.store import db as dbmod
from mediadesk.store.audit import recent_entries, write_audit
from mediadesk.store.settings import change_settings, settings_of, write_settings
from mediadesk.store.facts import find_asset_ids, hexid, session_query
from mediadesk.store.location import resolve_url, sqlite_path, user_cache_dir
from mediadesk.store.tables import (
    Asset,
    AuditEntry,
    ConsentRecord,
    Event,
    Face,
    Person,
    Presence,
)

from . import csvio
from .evaluate import all_channels, evaluate_assets

log = logging.getLogger(__name__)


def current_actor() -> str:
    """Who is working: ``MEDIADESK_USER`` or the operating-system user."""
    name = os.environ.get("MEDIADESK_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no user database (containers)
        return "unknown"


def join_set(values) -> str:
    return "|".join(sorted({str(getattr(v, "value", v)) for v in values}))


def _uuid(hex_id: str) -> uuid.UUID:
    return uuid.UUID(hex=hex_id)


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawals_added: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class RevokeResult:
    person: str
    records: list[str]
    on: date
    affected: list[tuple[Evaluation, str]]  # every affected asset x channel, re-evaluated now


class Library:
    """An open library. Build with :meth:`open`."""

    def __init__(self, url: str, engine, actor: str, backup: Path | None = None) -> None:
        self.url = url
        self.engine = engine
        self.actor = actor
        self.last_backup = backup

    # ---- opening -------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        profile: str | None = None,
        age_of_consent: int | None = None,
        language: str | None = None,
        actor: str | None = None,
    ) -> "Library":
        url = resolve_url(db)
        engine = dbmod.make_engine(url)
        backup = dbmod.migrate(engine, url)
        lib = cls(url, engine, actor or current_actor(), backup)
        lib._init_settings(profile, age_of_consent, language)
        # A biometric consent can also end by date (31 July) with nobody
        # touching the library: its templates go the first time it is opened after.
        with lib.unit() as s:
            lib._purge_biometrics_if_needed(s, None)
        return lib

    def close(self) -> None:
        self.engine.dispose()

    @property
    def db_path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def cache_dir(self) -> Path:
        override = os.environ.get("MEDIADESK_CACHE_DIR")
        if override:
            return Path(override)
        p = self.db_path
        if p is not None and os.environ.get("MEDIADESK_CACHE_BESIDE_DB"):
            return p.with_name(p.stem + "-cache")
        return user_cache_dir()

    @property
    def evidence_dir(self) -> Path:
        """Where copies of consent evidence (scans, photos, PDFs) are kept:
        beside an SQLite library (``<name>-evidence``); for a database server,
        in this computer's MediaDesk data folder, one folder per library."""
        p = self.db_path
        if p is not None:
            return p.with_name(p.stem + "-evidence")
        import hashlib

        from mediadesk.store.location import shown_url, user_data_dir

        key = hashlib.sha256(shown_url(self.url).encode()).hexdigest()[:16]  # not keyed by the password
        return user_data_dir() / "evidence" / key

    @property
    def data_dir(self) -> Path:
        """The library's own files (the school's logo): beside an SQLite
        library (``<name>-data``); for a database server, in this computer's
        MediaDesk data folder, one folder per library."""
        p = self.db_path
        if p is not None:
            return p.with_name(p.stem + "-data")
        import hashlib

        from mediadesk.store.location import shown_url, user_data_dir

        key = hashlib.sha256(shown_url(self.url).encode()).hexdigest()[:16]
        return user_data_dir() / "libraries" / key

    @contextmanager
    def unit(self, exclusive: bool = False) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        ``exclusive``: hold the write lock from the first read (see
        :func:`mediadesk.store.db.lock_for_write`); for every change of who
        may be published and for the export's check-and-record."""
        s = Session(self.engine, expire_on_commit=False)
        try:
            if exclusive:
                dbmod.lock_for_write(s)
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def audit(
        self,
        s: Session,
        action: str,
        entity: str,
        entity_id: Any = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        write_audit(s, self.actor, action, entity, entity_id, old, new)

    # ---- settings -------------------------------------------------------------------
    def _init_settings(self, profile: str | None, age: int | None, language: str | None) -> None:
        with self.unit() as s:
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
                self.audit(s, "library.create", "library", None, None, values)
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

    def settings(self) -> dict[str, Any]:
        with self.unit() as s:
            return settings_of(s)

    def update_settings(self, **changes: Any) -> dict[str, Any]:
        """Change settings; each change is audited with its old and new value."""
        from . import school

        allowed = {
            "profile", "age_of_consent", "channels", "consent_period_months", "language",
            "dispute_period_months", "export_presets", "legal_basis_enabled", *school.SCHOOL_SETTINGS,
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
        if set(changes) & set(school.SCHOOL_SETTINGS):
            changes = school.normalise(changes, self.data_dir, self.settings().get("school_logo"))
        with self.unit() as s:
            change_settings(s, self.actor, settings_of(s), changes)
            return settings_of(s)

    # ---- people -------------------------------------------------------------------------
    @dbmod.retry_on_conflict
    def add_person(
        self,
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
        values = {
            "name": shown_name,
            "role": role,
            "birth_date": birth_date,
            "group_name": (group or "").strip() or None,
            "publication_ban": bool(publication_ban),
        }
        with self.unit(exclusive=True) as s:
            if s.exec(select(Person).where(Person.external_id == ext)).first() is not None:
                raise UserError(f"external id: {ext} is already taken by another person")
            p = Person(external_id=ext, **values)
            s.add(p)
            self.audit(s, "person.create", "person", p.id, None, {"external_id": ext, **values, "by_hand": True})
        return p

    @dbmod.retry_on_conflict
    def import_people(self, path: str | Path) -> ImportSummary:
        rows, warnings = csvio.parse_people(path)
        summary = ImportSummary(warnings=warnings)
        with self.unit(exclusive=True) as s:
            existing = {p.external_id: p for p in s.exec(select(Person)).all() if p.external_id}
            for r in rows:
                values = {
                    "name": r.name,
                    "role": r.role.value,
                    "birth_date": r.birth_date,
                    "group_name": r.group,
                    "publication_ban": r.publication_ban,
                }
                p = existing.get(r.external_id)
                if p is not None:  # a column the file lacks leaves the stored value alone
                    for col, key in (("birth_date", "birth_date"), ("group", "group_name"),
                                     ("publication_ban", "publication_ban")):
                        if col not in r.present:
                            values[key] = getattr(p, key)
                if p is None:
                    p = Person(external_id=r.external_id, **values)
                    s.add(p)
                    self.audit(s, "person.create", "person", p.id, None, {"external_id": r.external_id, **values})
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
                self.audit(s, "person.update", "person", p.id, diff_old, diff_new)
                summary.updated += 1
        return summary

    @dbmod.retry_on_conflict
    def set_publication_ban(self, external_id: str, ban: bool, reason: str | None = None) -> RevokeResult:
        """Set or lift a person's publication ban (protected identity, custody
        order). Lifting needs a reason. Returns the person's assets, evaluated
        again at once."""
        if not ban and not (reason or "").strip():
            raise UserError("lifting a publication ban needs a reason")
        with self.unit(exclusive=True) as s:
            p = self.person(external_id, s)
            if p.publication_ban != ban:
                old = p.publication_ban
                p.publication_ban, p.updated_at = ban, utcnow()
                s.add(p)
                self.audit(s, "person.publication_ban", "person", p.id, {"publication_ban": old}, {"publication_ban": ban, "reason": reason})
            s.flush()
            asset_ids = [hexid(a) for a in s.exec(select(Presence.asset_id).where(Presence.person_id == p.id)).all()]
            affected = evaluate_assets(session_query(s), asset_ids, None, today()) if asset_ids else []
            return RevokeResult(external_id, [], today(), affected)

    def people(self) -> list[Person]:
        with self.unit() as s:
            return list(
                s.exec(select(Person).where(Person.erased_at.is_(None)).order_by(Person.name)).all()
            )

    def person(self, external_id: str, s: Session | None = None) -> Person:
        if s is None:
            with self.unit() as s2:
                return self.person(external_id, s2)
        p = s.exec(select(Person).where(Person.external_id == external_id)).first()
        if p is None:
            raise NotFound(f"unknown person '{external_id}'")
        return p

    def consents(self, external_id: str) -> list[ConsentRecord]:
        with self.unit() as s:
            p = self.person(external_id, s)
            return list(
                s.exec(
                    select(ConsentRecord)
                    .where(ConsentRecord.person_id == p.id)
                    .order_by(ConsentRecord.signed_on, ConsentRecord.recorded_at)
                ).all()
            )

    # ---- consent ------------------------------------------------------------------------
    def _valid_until(self, settings: dict, valid_from: date) -> date:
        return default_valid_until(valid_from, settings.get("consent_period_months"))

    @dbmod.retry_on_conflict
    def import_consent(self, path: str | Path) -> ImportSummary:
        settings = self.settings()
        rows, warnings = csvio.parse_consent(path, set(all_channels(settings)))
        summary = ImportSummary(warnings=warnings)
        with self.unit(exclusive=True) as s:
            people = {p.external_id: p for p in s.exec(select(Person)).all() if p.external_id}
            for r in rows:
                if r.external_id not in people:
                    raise CsvError(str(path), r.row, "external_id", f"unknown person '{r.external_id}' (import the people file first)")
            stored: dict[tuple, ConsentRecord] = {}
            for c in s.exec(select(ConsentRecord)).all():
                stored[_consent_identity(c.person_id, c.granted_by, c.guardian_name, c.channels, c.media, c.signed_on, c.valid_from, c.valid_until)] = c
            for r in rows:
                person = people[r.external_id]
                vf = r.valid_from or r.signed_on
                vu = r.valid_until or self._valid_until(settings, vf)
                if vu < vf:
                    raise CsvError(str(path), r.row, "valid_until", f"{vu.isoformat()} is before valid_from {vf.isoformat()}")
                chans, media = join_set(r.channels), join_set(r.media)
                key = _consent_identity(person.id, r.granted_by.value, r.guardian_name, chans, media, r.signed_on, vf, vu)
                rec = stored.get(key)
                if rec is not None:
                    # a withdrawal in the file is added; an earlier one than stored wins
                    if r.revoked_on and (rec.revoked_on is None or r.revoked_on < rec.revoked_on):
                        self._withdraw(s, rec, r.revoked_on, f"imported from {Path(path).name}", r.external_id)
                        summary.withdrawals_added += 1
                    else:
                        summary.unchanged += 1
                    continue
                # only a new form is refused: a withdrawal of a stored one is never held up
                early = dated_before_birth(person.birth_date, signed_on=r.signed_on, valid_from=r.valid_from)
                if early:
                    raise CsvError(str(path), r.row, early[0], f"{early[1]} of {r.external_id}")
                rec = ConsentRecord(
                    person_id=person.id, granted_by=r.granted_by.value, guardian_name=r.guardian_name,
                    channels=chans, media=media, signed_on=r.signed_on, valid_from=vf, valid_until=vu,
                    revoked_on=r.revoked_on, revoked_by=self.actor if r.revoked_on else None,
                    biometric=r.biometric, source=r.source.value, text_version=r.text_version,
                    recorded_by=self.actor,
                )
                s.add(rec)
                stored[key] = rec
                self.audit(s, "consent.create", "consent_record", rec.id, None, {"person": r.external_id, **_consent_dict(rec)})
                summary.created += 1
            s.flush()
            for ext in dict.fromkeys(r.external_id for r in rows):
                for rec in self._apply_withdrawals(s, people[ext].id, ext):
                    summary.warnings.append(
                        f"{ext}: the form signed {rec.signed_on.isoformat()} counts as withdrawn from "
                        f"{rec.revoked_on.isoformat()} (a withdrawal ends every form signed on or before its day)")
            s.flush()
            self._purge_biometrics_if_needed(s, None)  # anyone whose forms changed
        return summary

    @dbmod.retry_on_conflict
    def add_consent(
        self,
        external_id: str,
        *,
        granted_by: str,
        channels: Sequence[str],
        media: Sequence[str],
        signed_on: date,
        guardian_name: str | None = None,
        valid_from: date | None = None,
        valid_until: date | None = None,
        biometric: bool = False,
        source: str = "paper",
        text_version: str | None = None,
        evidence_file: str | Path | None = None,
        explained_at: datetime | None = None,
        explained_in: str | None = None,
        event: str | None = None,
    ) -> ConsentRecord:
        """Record one signed form (the GUI's "add form").

        ``explained_at``/``explained_in``: a form signed on the screen at a
        fair, when the pupil confirmed the explanation and in which language.
        A guest's form with no ``valid_until`` ends with ``event`` (its last
        day) or after the setting ``guest_form_days`` (services/fair.py)."""
        from mediadesk.core.enums import GrantedBy, MediaKind, Source

        from .fair import LANGUAGES, guest_valid_until

        settings = self.settings()
        known = set(all_channels(settings))
        try:
            gb = GrantedBy(granted_by)
            src = Source(source)
            kinds = [MediaKind(m) for m in media]
        except ValueError as e:
            raise UserError(str(e)) from None
        bad = [c for c in channels if c not in known]
        if bad:
            raise UserError(f"unknown channel '{bad[0]}'")
        if not channels or not kinds:
            raise UserError("a form must name at least one channel and one media kind")
        if gb == GrantedBy.GUARDIAN and not (guardian_name or "").strip():
            raise UserError("guardian_name is required when a guardian signs")
        if explained_at is not None:
            if explained_at.tzinfo is None:
                raise UserError("explained_at: give a time with its time zone (UTC)")
            if explained_in not in LANGUAGES:
                raise UserError(f"explained_in: '{explained_in}' is not one of {', '.join(LANGUAGES)}")
            if explained_at.date() > signed_on + timedelta(days=1) or explained_at > utcnow() + timedelta(minutes=5):
                raise UserError("explained_at: after the form was signed or in the future")
        vf = valid_from or signed_on
        vu = valid_until or self._valid_until(settings, vf)
        if vu < vf:
            raise UserError(f"valid_until {vu} is before valid_from {vf}")
        evidence_path = evidence_sha = None
        if evidence_file:
            evidence_path, evidence_sha = self._store_evidence(Path(evidence_file))
        with self.unit(exclusive=True) as s:
            p = self.person(external_id, s)
            if valid_until is None and p.role == "guest":
                end = None
                if event:
                    ev = s.exec(select(Event).where(Event.name == event)).first()
                    if ev is None:
                        raise NotFound(f"event: no event named '{event}'")
                    end = ev.date_to
                vu = max(vf, guest_valid_until(settings, signed_on, end))
            early = dated_before_birth(p.birth_date, signed_on=signed_on, valid_from=valid_from)
            if early:
                raise UserError(f"{early[0].replace('_', ' ')}: {early[1]} of {external_id}")
            rec = ConsentRecord(
                person_id=p.id, granted_by=gb.value, guardian_name=(guardian_name or None),
                channels=join_set(channels), media=join_set(kinds), signed_on=signed_on,
                valid_from=vf, valid_until=vu, biometric=biometric, source=src.value,
                text_version=text_version, evidence_path=evidence_path,
                evidence_sha256=evidence_sha, recorded_by=self.actor,
                explained_at=explained_at, explained_in=explained_in if explained_at else None,
            )
            s.add(rec)
            self.audit(s, "consent.create", "consent_record", rec.id, None, {"person": external_id, **_consent_dict(rec)})
            s.flush()
            self._apply_withdrawals(s, p.id, external_id)
            s.flush()
            self._purge_biometrics_if_needed(s, p.id)
            return rec

    def _store_evidence(self, src: Path) -> tuple[str, str]:
        """Copy an evidence file into the library's evidence folder, named by
        its SHA-256 (so it travels with the library and can be purged)."""
        import shutil

        from mediadesk.media.hashing import sha256_file

        if not src.is_file():
            raise UserError(f"evidence file not found: {src}")
        if src.stat().st_size > 100 * 1024 * 1024:
            raise UserError(f"{src}: evidence file is larger than 100 MB")
        sha = sha256_file(src)
        from mediadesk.core.private_files import make_private_dir, open_private

        store = make_private_dir(self.evidence_dir)
        target = store / f"{sha}{src.suffix.lower()}"
        if not target.exists():
            tmp = target.with_suffix(target.suffix + ".part")
            with open(src, "rb") as fin, open_private(tmp) as fout:
                shutil.copyfileobj(fin, fout)
                fout.flush()
                os.fsync(fout.fileno())
            os.replace(tmp, target)
        return str(target), sha

    @dbmod.retry_on_conflict
    def revoke(self, external_id: str, on: date | None = None, reason: str | None = None) -> RevokeResult:
        """Withdraw every form of the person from ``on`` (default today); returns
        every affected asset re-evaluated at once.

        The earliest withdrawal day wins: a form already withdrawn from a later
        day is withdrawn from ``on`` instead. A form signed after ``on`` is
        withdrawn from its own signing day (safe side: asked to withdraw the
        person, nothing of theirs stays in force)."""
        on = on or today()
        with self.unit(exclusive=True) as s:
            p = self.person(external_id, s)
            changed: list[ConsentRecord] = []
            for rec in s.exec(select(ConsentRecord).where(ConsentRecord.person_id == p.id)).all():
                day = max(on, rec.signed_on)
                if rec.revoked_on is not None and rec.revoked_on <= day:
                    continue
                self._withdraw(s, rec, day, reason, external_id)
                changed.append(rec)
            changed += self._apply_withdrawals(s, p.id, external_id)
            s.flush()
            self._purge_biometrics_if_needed(s, p.id)
            asset_ids = [hexid(a) for a in s.exec(select(Presence.asset_id).where(Presence.person_id == p.id)).all()]
            affected = evaluate_assets(session_query(s), asset_ids, None, on) if asset_ids else []
            return RevokeResult(external_id, list(dict.fromkeys(r.id.hex for r in changed)), on, affected)

    def _withdraw(self, s: Session, rec: ConsentRecord, day: date, reason: str | None, external_id: str) -> None:
        old = rec.revoked_on
        rec.revoked_on, rec.revoked_by, rec.revoke_reason = day, self.actor, reason
        s.add(rec)
        self.audit(s, "consent.revoke", "consent_record", rec.id, {"revoked_on": old},
                   {"revoked_on": day, "person": external_id, "reason": reason})

    def _apply_withdrawals(self, s: Session, person_id: uuid.UUID, external_id: str) -> list[ConsentRecord]:
        """Spec 2.4 written into the stored forms: every form of the person
        signed on or before one of their withdrawal days is withdrawn from the
        earliest such day (so re-importing or correcting an old form never
        undoes a withdrawal). The rules engine applies the same rule on its own;
        storing it keeps every list and report telling the same story."""
        recs = s.exec(select(ConsentRecord).where(ConsentRecord.person_id == person_id)).all()
        days = [r.revoked_on for r in recs]
        changed = []
        for rec in recs:
            day = withdrawn_on(rec.signed_on, rec.revoked_on, days)
            if day != rec.revoked_on:
                self._withdraw(s, rec, day, f"covered by the withdrawal of {day.isoformat()}", external_id)
                changed.append(rec)
        return changed

    def _purge_biometrics_if_needed(self, s: Session, person_id: uuid.UUID | None) -> None:
        """Delete templates and suggestions whose biometric consent ended, in
        this transaction (one person, or everybody when None)."""
        from . import biometrics

        biometrics.purge_if_not_allowed(self, s, None if person_id is None else [person_id])

    # ---- assets -------------------------------------------------------------------------
    def resolve_asset(self, ref: str, s: Session | None = None) -> str:
        if s is None:
            with self.unit() as s2:
                return self.resolve_asset(ref, s2)
        ids = find_asset_ids(session_query(s), ref)
        if not ids:
            raise NotFound(f"unknown asset '{ref}' (give its id or the path of its file)")
        if len(ids) > 1:
            raise UserError(f"'{ref}' matches {len(ids)} assets; give more of the id")
        return ids[0]

    def assets(self) -> list[Asset]:
        with self.unit() as s:
            return list(s.exec(select(Asset).order_by(Asset.capture_time, Asset.path)).all())

    def asset(self, ref: str) -> Asset:
        with self.unit() as s:
            return s.get(Asset, _uuid(self.resolve_asset(ref, s)))

    @dbmod.retry_on_conflict
    def tag(self, ref: str, external_ids: Sequence[str], source: str = "manual") -> list[str]:
        """Confirm people on an asset by hand. Returns the ids newly tagged."""
        added = []
        with self.unit(exclusive=True) as s:
            aid = _uuid(self.resolve_asset(ref, s))
            for ext in external_ids:
                p = self.person(ext, s)
                exists = s.exec(select(Presence).where(Presence.asset_id == aid, Presence.person_id == p.id)).first()
                if exists:
                    continue
                pr = Presence(asset_id=aid, person_id=p.id, source=source, confirmed_by=self.actor)
                s.add(pr)
                self.audit(s, "presence.add", "asset", aid, None, {"person": ext, "source": source})
                added.append(ext)
        return added

    @dbmod.retry_on_conflict
    def untag(self, ref: str, external_id: str) -> None:
        """Remove a person from an asset; the people list must be confirmed again."""
        with self.unit(exclusive=True) as s:
            aid = _uuid(self.resolve_asset(ref, s))
            p = self.person(external_id, s)
            pr = s.exec(select(Presence).where(Presence.asset_id == aid, Presence.person_id == p.id)).first()
            if pr is None:
                raise NotFound(f"'{external_id}' is not tagged on this asset")
            s.delete(pr)
            for f in s.exec(select(Face).where(Face.asset_id == aid, Face.person_id == p.id)).all():
                f.person_id, f.state = None, "unresolved"
                s.add(f)
            a = s.get(Asset, aid)
            a.people_confirmed_at = a.people_confirmed_by = None
            s.add(a)
            self.audit(s, "presence.remove", "asset", aid, {"person": external_id}, None)

    @dbmod.retry_on_conflict
    def review_complete(self, ref: str, complete: bool = True) -> None:
        with self.unit(exclusive=True) as s:
            a = s.get(Asset, _uuid(self.resolve_asset(ref, s)))
            old = a.people_confirmed_at
            if complete:
                a.people_confirmed_at, a.people_confirmed_by = utcnow(), self.actor
            else:
                a.people_confirmed_at = a.people_confirmed_by = None
            s.add(a)
            self.audit(s, "asset.review", "asset", a.id, {"people_confirmed": old is not None}, {"people_confirmed": complete})

    @dbmod.retry_on_conflict
    def block(self, ref: str, reason: str) -> None:
        if not reason or not reason.strip():
            raise UserError("a block needs a reason")
        with self.unit(exclusive=True) as s:
            a = s.get(Asset, _uuid(self.resolve_asset(ref, s)))
            old = a.block_reason
            a.block_reason, a.blocked_by, a.blocked_at = reason.strip(), self.actor, utcnow()
            s.add(a)
            self.audit(s, "asset.block", "asset", a.id, {"block_reason": old}, {"block_reason": a.block_reason})

    @dbmod.retry_on_conflict
    def unblock(self, ref: str) -> None:
        with self.unit(exclusive=True) as s:
            a = s.get(Asset, _uuid(self.resolve_asset(ref, s)))
            old = a.block_reason
            a.block_reason = a.blocked_by = a.blocked_at = None
            s.add(a)
            self.audit(s, "asset.unblock", "asset", a.id, {"block_reason": old}, {"block_reason": None})

    # ---- verdicts -----------------------------------------------------------------------
    def evaluate(
        self,
        asset_ids: Sequence[str] | None = None,
        channels: Sequence[str] | None = None,
        on: date | None = None,
    ) -> list[tuple[Evaluation, str]]:
        with self.unit() as s:
            return evaluate_assets(session_query(s), asset_ids, channels, on or today())

    def audit_log(self, limit: int = 1000) -> list[AuditEntry]:
        with self.unit() as s:
            return recent_entries(s, limit)


def _validate_channels(channels: Any) -> None:
    import re

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


def _consent_identity(person_id, granted_by, guardian_name, channels, media, signed_on, valid_from, valid_until) -> tuple:
    return (hexid(person_id), granted_by, (guardian_name or "").strip(), channels, media, signed_on, valid_from, valid_until)


def _consent_dict(c: ConsentRecord) -> dict:
    keys = (
        "granted_by", "guardian_name", "channels", "media", "signed_on", "valid_from",
        "valid_until", "revoked_on", "biometric", "source", "text_version", "evidence_path",
        "evidence_sha256", "explained_at", "explained_in",
    )
    return {k: getattr(c, k) for k in keys}
