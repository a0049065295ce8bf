"""Bring the work of another library (a laptop at a fair) into this one.

:func:`merge_library` reads a consistent copy of the other library (an
SQLite file; never written) and brings its people, consent forms (with their
evidence files, copied into this library's evidence folder), withdrawals,
objections, events, assets (matched by content hash), their paths, tags,
faces and their resolutions, rejected suggestions, face templates,
reviews, blocks, legal bases, publications, requests and audit entries into
this library (SQLite or PostgreSQL), in ONE transaction: all or nothing.

Ids are UUIDs, so the same row on both sides is the same fact. Rows made
apart are matched by what identifies them: a person by the school's external
id (when name, role and birth date agree too), a consent form by the same
identity as the consent CSV import (person, signer, channels, media and
dates), an event by its name, an asset by its content hash, a face by its box
on the same asset, a tag by asset and person.

The safe side on every difference:

- a withdrawal from either side wins (the earliest day), and spec 2.4 is
  written into the stored forms afterwards (``consent.apply_withdrawals``);
- a publication ban, a manual block and an objection in force on either side
  stay in force (a ban or objection is lifted only in the library itself);
- a face resolved on one side only takes that resolution; two different
  resolutions are a conflict;
- face templates and match suggestions come over only when this library is
  in ``match`` mode and the person's consent allows it (services/biometrics);
  whatever a withdrawal ended is purged in the same transaction.

Conflicts are never guessed: two different persons with the same external id,
the same person with different birth dates or roles, a person erased on one
side only, a face resolved differently, two different legal bases. Any
conflict stops the merge: nothing is stored and the report lists each in
plain words. ``dry_run`` runs the whole merge and rolls it back: the report
says what would be added and updated. Merging the same library twice
changes nothing the second time.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from sqlmodel import Session, col, select

from mediadesk.faces.engine import Box
from mediadesk.core.errors import UserError
from mediadesk.store import merge as store
from mediadesk.store import renewal as renewal_store
from mediadesk.store.facts import hexid, read_settings, session_query
from mediadesk.store.tables import (
    Asset,
    AssetPath,
    AuditEntry,
    ConsentRecord,
    DataRequest,
    Event,
    Face,
    FaceTemplate,
    Objection,
    Person,
    Presence,
    Publication,
    RejectedSuggestion,
)

from .changes import Changes

if TYPE_CHECKING:
    from .library import Library

#: the kinds a report counts, in the order they are shown
KINDS = (
    "people", "consent_forms", "withdrawals", "evidence_files", "objections", "events", "assets",
    "asset_paths", "tags", "faces", "face_resolutions", "rejected_suggestions", "face_templates",
    "reviews", "blocks", "legal_bases", "deletions", "publications", "data_requests", "audit_entries",
)

ProgressFn = Callable[[str, int, int], None]


@dataclass
class Conflict:
    kind: str  # person | face | asset | publication | legal_basis
    what: str  # in plain words

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "what": self.what}


@dataclass
class MergeReport:
    source: str
    dry_run: bool = False
    applied: bool = False
    upgraded_from: str | None = None  # the other library's older schema revision
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    asset_ids: list[str] = field(default_factory=list)  # assets whose verdicts may differ

    @property
    def changed(self) -> bool:
        return bool(self.total_added or self.total_updated)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    def changes(self) -> Changes:
        if not self.applied or not self.changed:
            return Changes()
        return Changes.of_assets(self.asset_ids, library=True, people=True)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "dry_run": self.dry_run,
            "applied": self.applied,
            "upgraded_from": self.upgraded_from,
            "added": {k: v for k, v in self.added.items() if v},
            "updated": {k: v for k, v in self.updated.items() if v},
            "conflicts": [c.to_json() for c in self.conflicts],
            "warnings": list(self.warnings),
        }

    def summary_lines(self) -> list[str]:
        """The report in plain words, a line each."""
        def counts(d: dict[str, int]) -> str:
            parts = [f"{k.replace('_', ' ')} {d[k]}" for k in KINDS if d.get(k)]
            return ", ".join(parts) if parts else "nothing"

        lines = [f"added: {counts(self.added)}", f"updated: {counts(self.updated)}"]
        if self.conflicts:
            lines.append(f"{len(self.conflicts)} conflict(s), for a person to decide:")
            lines += [f"  {c.what}" for c in self.conflicts]
        lines += [f"warning: {w}" for w in self.warnings]
        return lines


class _Rollback(Exception):
    """Raised inside the unit of work to roll back a dry run or a merge with conflicts."""


# ---- helpers ------------------------------------------------------------------------------

def _uid(v: Any) -> uuid.UUID:
    return v if isinstance(v, uuid.UUID) else uuid.UUID(hex=hexid(v))


def _aware(v: datetime | None) -> datetime | None:
    if v is None:
        return None
    return v if v.tzinfo else v.replace(tzinfo=timezone.utc)


def _later(a: datetime | None, b: datetime | None) -> bool:
    """``a`` is later than ``b`` (a missing time is the earliest)."""
    a, b = _aware(a), _aware(b)
    if a is None:
        return False
    return b is None or a > b


def _norm_name(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _who(p: Any) -> str:
    ext = p.external_id if not isinstance(p, dict) else p.get("external_id")
    name = p.name if not isinstance(p, dict) else p.get("name")
    return f"{ext or '(no external id)'} ({name})"


def _born(v: Any) -> str:
    return v.isoformat() if v is not None else "no birth date"


def _same_time(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1.0


def _same_size(path: str, size: int) -> bool:
    """A file of the asset's size is at ``path`` on this computer (else the
    asset is offline until its file is imported here; export hashes again)."""
    try:
        return os.path.getsize(path) == size
    except OSError:
        return False


RESOLVED = ("confirmed", "dismissed")


# ---- the merge ------------------------------------------------------------------------------

def merge_library(
    lib: Library,
    other_path: str | Path,
    *,
    dry_run: bool = False,
    files: dict[str, Path] | None = None,
    progress: ProgressFn | None = None,
    source_name: str | None = None,
) -> MergeReport:
    """Merge the SQLite library at ``other_path`` into ``lib`` (see the module
    doc). ``files``: where the other library's asset files now are, by
    SHA-256 (a bundle's copies); new assets point there. Raises UserError for
    a file that is not a MediaDesk library, one of a newer MediaDesk, or this
    library itself."""
    other = Path(other_path).expanduser()
    shown = source_name or str(other)
    if not other.is_file():
        raise UserError(f"{shown}: no such library file")
    if lib.db_path is not None and lib.db_path.exists() and other.resolve() == lib.db_path.resolve():
        raise UserError(f"{shown}: is this library itself")
    report = MergeReport(source=shown, dry_run=dry_run)
    with tempfile.TemporaryDirectory(prefix="mediadesk-merge-") as tmp:
        copy = Path(tmp) / "other.sqlite"
        try:
            store.snapshot_sqlite(other, copy)
            rev = store.revision_of(copy)
        except Exception as e:  # sqlite3.DatabaseError: not a database
            raise UserError(f"{shown}: cannot read it as a MediaDesk library: {e}") from None
        if rev is None:
            raise UserError(f"{shown}: is not a MediaDesk library (no schema revision)")
        if not store.is_current(rev):
            if rev not in store.known_revisions():
                raise UserError(
                    f"{shown}: was made by a newer MediaDesk (schema revision {rev}); "
                    "update MediaDesk on this computer first, then merge")
            store.upgrade_copy(copy)  # the copy only: the other library is left as it is
            report.upgraded_from = rev
            report.warnings.append(
                f"{shown} is at the older schema revision {rev}; a copy was brought to this "
                "MediaDesk's schema and merged (the file itself is unchanged)")
        engine = store.open_copy(copy)
        try:
            rows = store.read_rows(engine)
            theirs = store.setting_rows(engine)
        finally:
            engine.dispose()
    _compare_settings(lib, theirs, report)
    evidence_dir = other.with_name(other.stem + "-evidence")
    before = list(report.warnings)

    def attempt() -> MergeReport:
        # everything is read again inside the transaction: a second attempt
        # (a unique key taken meanwhile by another computer's import) starts afresh
        report.warnings, report.conflicts, report.applied = list(before), [], False
        try:
            with lib.unit(exclusive=True) as s:
                m = _Merge(lib, s, rows, report, evidence_dir, files or {}, progress)
                m.run()
                if report.conflicts or dry_run or not report.changed:
                    raise _Rollback()
                m.copy_evidence()
                lib.audit(s, "library.merge", "library", None, None, {
                    "source": Path(shown).name, "added": report.to_json()["added"],
                    "updated": report.to_json()["updated"]})
                report.applied = True
        except _Rollback:
            report.applied = False
        return report

    from mediadesk.store.db import retry_on_conflict

    done = retry_on_conflict(attempt)()
    if done.applied and done.updated.get("deletions"):
        from .retention import sweep_deleted

        sweep_deleted(lib)  # after the commit: thumbnails of assets deleted in the other library
    return done


def _compare_settings(lib: Library, theirs: dict[str, str], report: MergeReport) -> None:
    """This library's settings stay; a different profile or age of consent is said."""
    import json

    from .settings import library_settings

    ours = library_settings(lib)
    for key, what in (("profile", "profile"), ("age_of_consent", "age of consent")):
        try:
            other = json.loads(theirs[key]) if key in theirs else None
        except ValueError:
            other = None
        if other is not None and other != ours.get(key):
            report.warnings.append(
                f"the other library uses {what} {other}, this one {ours.get(key)}: its forms are judged "
                f"here by this library's {what}")


class _Merge:
    def __init__(self, lib: Library, s: Session, rows: dict[str, list[dict[str, Any]]], report: MergeReport,
                 evidence_dir: Path, files: dict[str, Path], progress: ProgressFn | None) -> None:
        self.lib, self.s, self.rows, self.report = lib, s, rows, report
        self.evidence_dir, self.files, self.progress = evidence_dir, files, progress
        self.added: dict[str, int] = defaultdict(int)
        self.updated: dict[str, int] = defaultdict(int)
        report.added, report.updated = self.added, self.updated
        # other library's id -> this library's id, where they differ or the row exists here
        self.people: dict[uuid.UUID, uuid.UUID] = {}
        self.events: dict[uuid.UUID, uuid.UUID] = {}
        self.forms: dict[uuid.UUID, uuid.UUID] = {}
        self.assets: dict[uuid.UUID, uuid.UUID] = {}
        self.touched_people: set[uuid.UUID] = set()
        self.touched_assets: set[uuid.UUID] = set()
        self.pending_evidence: list[tuple[ConsentRecord, Path]] = []
        self.person_rows: dict[uuid.UUID, Person] = {}
        self.face_ids: dict[uuid.UUID, uuid.UUID] = {}  # the other library's face id -> here
        # assets deleted on retention in either library (here): nothing of them comes over
        # but their publications (services/retention.py)
        self.gone: set[uuid.UUID] = set()
        self.gone_shas: set[str] = set()
        #: when either library took a tag off an asset or reopened its review, by asset id
        self.reopened: dict[uuid.UUID, list[datetime | None]] | None = None

    # ---- driver
    def run(self) -> None:
        steps: list[tuple[str, Callable[[], None]]] = [
            ("people", self.merge_people), ("events", self.merge_events),
            ("consent", self.merge_consent), ("objections", self.merge_objections),
            ("assets", self.merge_assets), ("tags", self.merge_presence),
            ("faces", self.merge_faces), ("templates", self.merge_templates),
            ("publications", self.merge_publications), ("requests", self.merge_requests),
            ("audit", self.merge_audit), ("withdrawals", self.finish_people),
        ]
        for i, (name, step) in enumerate(steps):
            if self.progress is not None:
                self.progress(name, i, len(steps))
            step()
            self.s.flush()
        if self.progress is not None:
            self.progress("done", len(steps), len(steps))
        self.report.asset_ids = sorted(a.hex for a in self.touched_assets)

    def conflict(self, kind: str, what: str) -> None:
        self.report.conflicts.append(Conflict(kind, what))

    def audit(self, action: str, entity: str, entity_id: Any, old: Any, new: Any) -> None:
        new = dict(new or {}, merged_from=Path(self.report.source).name)
        self.lib.audit(self.s, action, entity, entity_id, old, new)

    # ---- people
    def merge_people(self) -> None:
        s = self.s
        here = {p.id: p for p in s.exec(select(Person)).all()}
        by_ext = {p.external_id: p for p in here.values() if p.external_id}
        self.person_rows = here
        for row in self.rows["person"]:
            sid = _uid(row["id"])
            tp = here.get(sid)
            if row["erased_at"] is not None or (tp is not None and tp.erased_at is not None):
                self._erased(row, tp)
                continue
            if tp is not None:
                problems = []
                if tp.external_id != row["external_id"]:
                    problems.append(f"external id {tp.external_id} here, {row['external_id']} in the other library")
                if tp.birth_date != row["birth_date"]:
                    problems.append(f"born {_born(tp.birth_date)} here, {_born(row['birth_date'])} in the other library")
                if tp.role != row["role"]:
                    problems.append(f"role {tp.role} here, {row['role']} in the other library")
                if problems:
                    self.conflict("person", f"person {_who(tp)}: the same person with different details: "
                                            + "; ".join(problems))
                    continue
                self.people[sid] = tp.id
                self._update_person(tp, row)
                continue
            tq = by_ext.get(row["external_id"]) if row["external_id"] else None
            if tq is None:
                p = Person(**row)
                s.add(p)
                here[p.id] = p
                if p.external_id:
                    by_ext[p.external_id] = p
                self.people[sid] = sid
                self.touched_people.add(sid)
                self.added["people"] += 1
                continue
            same = (_norm_name(tq.name) == _norm_name(row["name"]) and tq.role == row["role"]
                    and tq.birth_date == row["birth_date"])
            if not same:
                self.conflict("person", (
                    f"external id {tq.external_id}: two different persons: here {tq.name} ({tq.role}, "
                    f"{_born(tq.birth_date)}), in the other library {row['name']} ({row['role']}, "
                    f"{_born(row['birth_date'])}); correct one of them, then merge again"))
                continue
            self.people[sid] = tq.id
            self._update_person(tq, row)

    def _erased(self, row: dict[str, Any], tp: Person | None) -> None:
        sid = _uid(row["id"])
        if tp is None:  # an erased record: no personal data, kept for the dispute period
            self.s.add(Person(**row))
            self.people[sid] = sid
            self.added["people"] += 1
            return
        if tp.erased_at is not None and row["erased_at"] is not None:
            self.people[sid] = tp.id
            return
        if tp.erased_at is not None:
            self.conflict("person", (
                f"person {hexid(sid)[:8]} was erased in this library, but the other library still holds "
                f"their personal data ({_who(row)}); erase them there too, then merge again"))
        else:
            self.conflict("person", (
                f"person {_who(tp)} was erased in the other library; erase them here too "
                f"(mediadesk erase {tp.external_id}), then merge again"))

    def _update_person(self, tp: Person, row: dict[str, Any]) -> None:
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        if row["publication_ban"] and not tp.publication_ban:  # a ban from either side wins
            old["publication_ban"], new["publication_ban"] = False, True
        if _later(row["updated_at"], tp.updated_at):
            for k in ("name", "group_name", "guardian_name", "guardian_email", "guardian_phone"):
                if k in row and row[k] != getattr(tp, k):
                    old[k], new[k] = getattr(tp, k), row[k]
        if not new:
            return
        for k, v in new.items():
            setattr(tp, k, v)
        if _later(row["updated_at"], tp.updated_at):
            tp.updated_at = row["updated_at"]
        self.s.add(tp)
        self.touched_people.add(tp.id)
        self.audit("person.update", "person", tp.id, old, new)
        self.updated["people"] += 1

    # ---- events
    def merge_events(self) -> None:
        here = {e.id: e for e in self.s.exec(select(Event)).all()}
        by_name = {e.name: e for e in here.values()}
        for row in self.rows["event"]:
            sid = _uid(row["id"])
            te = here.get(sid) or by_name.get(row["name"])
            if te is None:
                e = Event(**row)
                self.s.add(e)
                here[sid], by_name[e.name] = e, e
                self.events[sid] = sid
                self.added["events"] += 1
                continue
            self.events[sid] = te.id
            changed = False
            if row["date_from"] and (te.date_from is None or row["date_from"] < te.date_from):
                te.date_from, changed = row["date_from"], True
            if row["date_to"] and (te.date_to is None or row["date_to"] > te.date_to):
                te.date_to, changed = row["date_to"], True
            if row["retention_class"] and te.retention_class is None:
                te.retention_class, changed = row["retention_class"], True
            if changed:
                self.s.add(te)
                self.updated["events"] += 1

    # ---- consent forms
    @staticmethod
    def _identity(person_id: uuid.UUID, r: Any) -> tuple[Any, ...]:
        def g(k: str) -> Any:
            return r[k] if isinstance(r, dict) else getattr(r, k)

        return (person_id, g("granted_by"), (g("guardian_name") or "").strip(), g("channels"), g("media"),
                g("signed_on"), g("valid_from"), g("valid_until"))

    def merge_consent(self) -> None:
        s = self.s
        here = {c.id: c for c in s.exec(select(ConsentRecord)).all()}
        by_identity = {self._identity(c.person_id, c): c for c in here.values()}
        new_forms: list[renewal_store.NewForm] = []
        for row in self.rows["consent_record"]:
            pid = self.people.get(_uid(row["person_id"]))
            if pid is None:
                continue  # the person is in conflict
            sid = _uid(row["id"])
            tc = here.get(sid) or by_identity.get(self._identity(pid, row))
            if tc is None:
                rec = ConsentRecord(**{**row, "person_id": pid, "evidence_path": None})
                if row["evidence_path"] or row["evidence_sha256"]:
                    self._evidence(rec, row)
                s.add(rec)
                here[sid] = rec
                by_identity[self._identity(pid, rec)] = rec
                self.forms[sid] = sid
                self.touched_people.add(pid)
                self.added["consent_forms"] += 1
                person = s.get(Person, pid)
                new_forms.append((pid, (person.external_id if person else None) or pid.hex, rec.id,
                                  rec.valid_from, rec.valid_until))
                continue
            self.forms[sid] = tc.id
            if row["revoked_on"] and (tc.revoked_on is None or row["revoked_on"] < tc.revoked_on):
                old = tc.revoked_on
                tc.revoked_on, tc.revoked_by, tc.revoke_reason = row["revoked_on"], row["revoked_by"], row["revoke_reason"]
                s.add(tc)
                self.audit("consent.revoke", "consent_record", tc.id, {"revoked_on": old},
                           {"revoked_on": tc.revoked_on, "reason": tc.revoke_reason})
                self.touched_people.add(pid)
                self.updated["withdrawals"] += 1
            if tc.biometric and not row["biometric"]:  # safe side: no biometric permission unless both say so
                tc.biometric = False
                s.add(tc)
                self.audit("consent.biometric", "consent_record", tc.id, {"biometric": True}, {"biometric": False})
                self.touched_people.add(pid)
                self.updated["consent_forms"] += 1
            if tc.evidence_path is None and row["evidence_sha256"] and not tc.evidence_sha256:
                self._evidence(tc, row)
                tc.evidence_sha256 = row["evidence_sha256"]
                s.add(tc)
                self.updated["consent_forms"] += 1
        # a form signed at the fair for a pupil asked in a renewal round: it came back
        renewal_store.returned_by_form(s, self.lib.actor, new_forms, date.today())

    def _evidence(self, rec: ConsentRecord, row: dict[str, Any]) -> None:
        """Find the evidence file of the other library's form ``row``; it is
        copied into this library's evidence folder when the merge commits."""
        from mediadesk.media.hashing import sha256_file

        name = Path(str(row["evidence_path"] or "")).name
        candidates = [self.evidence_dir / name] if name else []
        if row["evidence_path"]:
            candidates.append(Path(str(row["evidence_path"])))
        for c in candidates:
            try:
                if c.is_file() and (not row["evidence_sha256"] or sha256_file(c) == row["evidence_sha256"]):
                    self.pending_evidence.append((rec, c))
                    self.added["evidence_files"] += 1
                    return
            except OSError:
                continue
        self.report.warnings.append(
            f"consent form {hexid(row['id'])[:8]} signed {row['signed_on']}: its evidence file "
            f"{name or row['evidence_sha256']} was not found beside the other library (in {self.evidence_dir}); "
            "the form is merged without its evidence copy")

    def copy_evidence(self) -> None:
        from .consent import store_evidence

        for rec, src in self.pending_evidence:
            path, sha = store_evidence(self.lib, src)
            rec.evidence_path, rec.evidence_sha256 = path, sha
            self.s.add(rec)
        self.s.flush()

    # ---- objections
    def merge_objections(self) -> None:
        here = {o.id: o for o in self.s.exec(select(Objection)).all()}
        for row in self.rows["objection"]:
            pid = self.people.get(_uid(row["person_id"]))
            if pid is None:
                continue
            to = here.get(_uid(row["id"]))
            if to is None:
                self.s.add(Objection(**{**row, "person_id": pid}))
                self.touched_people.add(pid)
                self.added["objections"] += 1
                continue
            if to.withdrawn_on is not None and row["withdrawn_on"] is None:
                # in force on the other side: it stays in force (safe side)
                old = to.withdrawn_on
                to.withdrawn_on = to.withdrawn_by = None
                self.s.add(to)
                self.audit("objection.in_force", "objection", to.id, {"withdrawn_on": old}, {"withdrawn_on": None})
                self.touched_people.add(pid)
                self.updated["objections"] += 1
                self.report.warnings.append(
                    f"objection {to.id.hex[:8]} of {_who(self.person_rows[pid])} is in force in the other "
                    "library, so it is in force here again; withdraw it here if it really ended")

    # ---- assets
    def merge_assets(self) -> None:
        s = self.s
        here = {a.id: a for a in s.exec(select(Asset)).all()}
        by_sha = {a.sha256: a for a in here.values()}
        known_paths = set(s.exec(select(AssetPath.path)).all())
        for row in self.rows["asset"]:
            sid = _uid(row["id"])
            ta = by_sha.get(row["sha256"])
            if ta is None and sid in here:
                self.conflict("asset", f"asset {sid.hex[:8]}: the same id holds other content in this library")
                continue
            if ta is None:
                values = dict(row)
                moved = self.files.get(row["sha256"])
                if moved is not None:
                    values["path"] = str(moved)
                values["event_id"] = self.events.get(_uid(row["event_id"])) if row["event_id"] else None
                values["offline"] = not _same_size(values["path"], row["size"])
                a = Asset(**values)
                s.add(a)
                here[sid], by_sha[a.sha256] = a, a
                self.assets[sid] = sid
                if a.deleted_at is not None:
                    self.gone.add(sid)
                    self.gone_shas.add(a.sha256)
                self.touched_assets.add(sid)
                self.added["assets"] += 1
                if moved is not None and str(moved) not in known_paths:
                    s.add(AssetPath(asset_id=sid, path=str(moved), size=row["size"]))
                    known_paths.add(str(moved))
                continue
            self.assets[sid] = ta.id
            if ta.deleted_at is None and row.get("deleted_at"):
                self._deleted_there(ta, row)
            if ta.deleted_at is not None:
                self.gone.add(ta.id)
                self.gone_shas.add(ta.sha256)
                continue
            self._update_asset(ta, row)
        self._merge_paths()

    def _deleted_there(self, ta: Asset, row: dict[str, Any]) -> None:
        """Deleted on retention in the other library: a deletion from either
        side wins, as a withdrawal does (services/retention.py)."""
        from .retention import strip_asset

        live = [p for p in self.s.exec(select(Publication).where(Publication.asset_id == ta.id)).all()
                if p.undone_at is None and p.taken_down_at is None]
        if live:  # its tags are how a later withdrawal finds it on the takedown list
            where = ", ".join(f"{p.channel} since {p.published_on.isoformat()}"
                              for p in sorted(live, key=lambda p: p.published_on))
            self.conflict("asset", f"asset {ta.id.hex[:8]} ({os.path.basename(ta.path)}): deleted on retention in "
                                   f"the other library but still published here ({where}); take it down and "
                                   "record that here, then merge again")
            return
        why = row.get("deletion_reason") or "deleted in the other library"
        tags, faces, templates = strip_asset(self.s, ta, row.get("deleted_by") or self.lib.actor, why,
                                             _aware(row["deleted_at"]))
        self.audit("asset.retention_delete", "asset", ta.id, None, {
            "sha256": ta.sha256, "kind": ta.kind, "reason": why, "tags": tags, "faces": faces,
            "templates": templates})
        self.touched_assets.add(ta.id)
        self.updated["deletions"] += 1

    def _update_asset(self, ta: Asset, row: dict[str, Any]) -> None:
        changed = False
        if row["block_reason"] and not ta.block_reason:  # a block from either side wins
            ta.block_reason, ta.blocked_by, ta.blocked_at = row["block_reason"], row["blocked_by"], row["blocked_at"]
            self.audit("asset.block", "asset", ta.id, {"block_reason": None}, {"block_reason": ta.block_reason})
            self.updated["blocks"] += 1
            changed = True
        if (row["people_confirmed_at"] and ta.people_confirmed_at is None
                and not self._reopened_after(ta.id, _uid(row["id"]), row["people_confirmed_at"])):
            ta.people_confirmed_at, ta.people_confirmed_by = row["people_confirmed_at"], row["people_confirmed_by"]
            self.audit("asset.review", "asset", ta.id, {"people_confirmed": False}, {"people_confirmed": True})
            self.updated["reviews"] += 1
            changed = True
        elif (ta.people_confirmed_at is not None and not row["people_confirmed_at"]
              and self._reopened_after(ta.id, _uid(row["id"]), ta.people_confirmed_at)):
            # the other side took a tag off or reopened the review after this
            # confirmation: the people list must be confirmed again here too
            ta.people_confirmed_at = ta.people_confirmed_by = None
            self.audit("asset.review", "asset", ta.id, {"people_confirmed": True}, {"people_confirmed": False})
            self.updated["reviews"] += 1
            changed = True
        if row["legal_basis"] and row["legal_basis"] != ta.legal_basis:
            if ta.legal_basis is None:
                ta.legal_basis, ta.basis_reason = row["legal_basis"], row["basis_reason"]
                ta.basis_by, ta.basis_at = row["basis_by"], row["basis_at"]
                self.audit("asset.basis", "asset", ta.id, {"legal_basis": None},
                           {"legal_basis": ta.legal_basis, "reason": ta.basis_reason})
                self.updated["legal_bases"] += 1
                changed = True
            else:
                self.conflict("legal_basis", (
                    f"asset {ta.path}: legal basis {ta.legal_basis} here, {row['legal_basis']} in the other "
                    "library; set one of them, then merge again"))
        if row["faces_scanned_at"] and ta.faces_scanned_at is None:
            ta.faces_scanned_at, changed = row["faces_scanned_at"], True
        if row["retention_class"] and ta.retention_class is None:
            ta.retention_class, changed = row["retention_class"], True
        if ta.event_id is None and row["event_id"]:
            ta.event_id, changed = self.events.get(_uid(row["event_id"])), True
        if changed:
            self.s.add(ta)
            self.touched_assets.add(ta.id)

    def _reopened_after(self, asset_id: uuid.UUID, their_id: uuid.UUID, confirmed_at: datetime) -> bool:
        """Whether either library took a tag off the asset or reopened its
        people list after ``confirmed_at`` (a confirmation made before a
        correction must not come back with the older copy). ``their_id``: the
        asset's id in the other library."""
        if self.reopened is None:
            self.reopened = defaultdict(list)
            here = self.s.exec(select(AuditEntry).where(
                AuditEntry.entity == "asset", col(AuditEntry.action).in_(("presence.remove", "asset.review")))).all()
            theirs = [r for r in self.rows["audit_log"]
                      if r["entity"] == "asset" and r["action"] in ("presence.remove", "asset.review")]
            for e in [*({"action": a.action, "entity_id": a.entity_id, "new": a.new, "at": a.at} for a in here), *theirs]:
                if e["action"] == "asset.review" and json.loads(e["new"] or "{}").get("people_confirmed") is not False:
                    continue
                aid = _uid(e["entity_id"]) if e["entity_id"] else None
                if aid is not None:
                    self.reopened[aid].append(_aware(e["at"]))
        since = _aware(confirmed_at)
        return since is not None and any(t is not None and t >= since for key in {asset_id, their_id}
                                         for t in self.reopened.get(key, ()))

    def _merge_paths(self) -> None:
        known = {ap.path for ap in self.s.exec(select(AssetPath)).all()}
        here_ids = {ap.id for ap in self.s.exec(select(AssetPath)).all()}
        for row in self.rows["asset_path"]:
            aid = self.assets.get(_uid(row["asset_id"]))
            if aid is None or aid in self.gone or row["path"] in known or _uid(row["id"]) in here_ids:
                continue
            self.s.add(AssetPath(**{**row, "asset_id": aid, "missing": not os.path.exists(row["path"])}))
            known.add(row["path"])
            self.added["asset_paths"] += 1

    # ---- tags
    def merge_presence(self) -> None:
        here = {(p.asset_id, p.person_id) for p in self.s.exec(select(Presence)).all()}
        ids = {p.id for p in self.s.exec(select(Presence)).all()}
        for row in self.rows["presence"]:
            aid = self.assets.get(_uid(row["asset_id"]))
            pid = self.people.get(_uid(row["person_id"]))
            if aid is None or aid in self.gone or pid is None or (aid, pid) in here:
                continue
            sid = _uid(row["id"])
            values = {**row, "asset_id": aid, "person_id": pid}
            if sid in ids:
                values["id"] = uuid.uuid4()
            self.s.add(Presence(**values))
            here.add((aid, pid))
            self.touched_assets.add(aid)
            self.added["tags"] += 1

    # ---- faces
    def merge_faces(self) -> None:
        from . import biometrics

        s = self.s
        here = {f.id: f for f in s.exec(select(Face)).all()}
        on_asset: dict[uuid.UUID, list[Face]] = defaultdict(list)
        for f in here.values():
            on_asset[f.asset_id].append(f)
        matched: set[uuid.UUID] = set()
        allowed: dict[uuid.UUID, bool] = {}

        def may_suggest(pid: uuid.UUID) -> bool:
            if pid not in allowed:
                allowed[pid] = biometrics.biometric_allowed(s, pid)
            return allowed[pid]

        for row in self.rows["face"]:
            aid = self.assets.get(_uid(row["asset_id"]))
            if aid is None or aid in self.gone:
                continue
            person = self.people.get(_uid(row["person_id"])) if row["person_id"] else None
            if row["person_id"] and person is None:
                continue
            sugg = self.people.get(_uid(row["suggested_person_id"])) if row["suggested_person_id"] else None
            sid = _uid(row["id"])
            tf = here.get(sid)
            if tf is None:
                box = (row["x"], row["y"], row["w"], row["h"])
                for f in on_asset.get(aid, []):
                    if f.id not in matched and _same_time(f.time, row["time"]) and Box(*box).iou(Box(f.x, f.y, f.w, f.h)) >= 0.5:
                        tf = f
                        break
            if tf is None:
                values = {**row, "asset_id": aid, "person_id": person}
                if row["state"] == "suggested" and not (sugg is not None and may_suggest(sugg)):
                    values.update(state="unresolved", suggested_person_id=None, distance=None)
                else:
                    values["suggested_person_id"] = sugg if row["state"] == "suggested" else None
                f = Face(**values)
                s.add(f)
                self.face_ids[sid] = f.id
                matched.add(f.id)
                on_asset[aid].append(f)
                self.touched_assets.add(aid)
                self.added["faces"] += 1
                continue
            matched.add(tf.id)
            self.face_ids[sid] = tf.id
            if row["state"] not in RESOLVED:
                continue
            if tf.state not in RESOLVED:
                old = {"state": tf.state, "person": hexid(tf.person_id) if tf.person_id else None}
                tf.state, tf.person_id = row["state"], person
                tf.suggested_person_id = tf.distance = None
                tf.resolved_by, tf.resolved_at = row["resolved_by"], row["resolved_at"]
                s.add(tf)
                self.audit("face.resolve", "face", tf.id, old,
                           {"state": tf.state, "person": hexid(person) if person else None, "asset": aid.hex})
                self.touched_assets.add(aid)
                self.updated["face_resolutions"] += 1
            elif tf.state != row["state"] or tf.person_id != person:
                def said(state: str, pid: uuid.UUID | None) -> str:
                    if state == "dismissed":
                        return "not identifiable"
                    p = self.person_rows.get(pid) if pid else None
                    return _who(p) if p is not None else "an unknown person"

                asset = s.get(Asset, aid)
                self.conflict("face", (
                    f"a face on {asset.path if asset else aid.hex}: {said(tf.state, tf.person_id)} here, "
                    f"{said(row['state'], person)} in the other library; resolve it in one of them, then merge again"))
        here_rej = {(r.asset_id, r.person_id, r.x, r.y, r.w, r.h) for r in s.exec(select(RejectedSuggestion)).all()}
        rej_ids = {r.id for r in s.exec(select(RejectedSuggestion)).all()}
        for row in self.rows["rejected_suggestion"]:
            aid = self.assets.get(_uid(row["asset_id"]))
            pid = self.people.get(_uid(row["person_id"]))
            if aid is None or aid in self.gone or pid is None or _uid(row["id"]) in rej_ids:
                continue
            key = (aid, pid, row["x"], row["y"], row["w"], row["h"])
            if key in here_rej:
                continue
            s.add(RejectedSuggestion(**{**row, "asset_id": aid, "person_id": pid}))
            here_rej.add(key)
            self.added["rejected_suggestions"] += 1

    def merge_templates(self) -> None:
        from . import biometrics

        s = self.s
        if not self.rows["face_template"]:
            return
        match_mode = read_settings(session_query(s)).get("face_mode") == "match"
        here = {(t.person_id, t.source_sha256, bytes(t.encoding)) for t in s.exec(select(FaceTemplate)).all()}
        ids = {t.id for t in s.exec(select(FaceTemplate)).all()}
        left = 0
        for row in self.rows["face_template"]:
            pid = self.people.get(_uid(row["person_id"]))
            if pid is None or row["source_sha256"] in self.gone_shas:
                continue
            key = (pid, row["source_sha256"], bytes(row["encoding"]))
            if key in here or _uid(row["id"]) in ids:
                continue
            if not match_mode or not biometrics.biometric_allowed(s, pid):
                left += 1
                continue
            s.add(FaceTemplate(**{**row, "person_id": pid}))
            here.add(key)
            self.added["face_templates"] += 1
        if left:
            why = ("this library is not in match mode" if not match_mode
                   else "the person's consent here does not allow biometric data")
            self.report.warnings.append(f"{left} face template(s) of the other library were not brought over: {why}")

    # ---- publications, requests, audit
    def merge_publications(self) -> None:
        here = {p.id: p for p in self.s.exec(select(Publication)).all()}
        for row in self.rows["publication"]:
            aid = self.assets.get(_uid(row["asset_id"]))
            if aid is None:
                continue
            tp = here.get(_uid(row["id"]))
            if aid in self.gone and not row["taken_down_at"] and not row["undone_at"] and (
                    tp is None or (tp.taken_down_at is None and tp.undone_at is None)):
                # deleted here on retention, so it has no tags through which a
                # later withdrawal would list this live publication for takedown
                self.conflict("publication", (
                    f"asset {aid.hex[:8]}: deleted on retention in this library but still published in the other "
                    f"({row['channel']} since {str(row['published_on'])[:10]}); take it down and record that there, "
                    "then merge again"))
                continue
            if tp is None:
                self.s.add(Publication(**{**row, "asset_id": aid, "covered": self._covered_here(row.get("covered"))}))
                self.touched_assets.add(aid)
                self.added["publications"] += 1
                continue
            changed = False
            if row["taken_down_at"] and tp.taken_down_at is None:
                tp.taken_down_at, tp.taken_down_by, changed = row["taken_down_at"], row["taken_down_by"], True
            if row["undone_at"] and tp.undone_at is None:
                tp.undone_at, tp.undone_by, tp.undo_reason = row["undone_at"], row["undone_by"], row["undo_reason"]
                changed = True
            if changed:
                self.s.add(tp)
                self.updated["publications"] += 1

    def _covered_here(self, covered: str | None) -> str | None:
        """A covered publication's record (issue 13) with its faces and people
        under their ids here. A face not brought over keeps its id, so the
        takedown list counts it as changed (the safe side)."""
        if not covered:
            return covered
        import json

        out = []
        for c in json.loads(covered):
            face, pid = _uid(c["face"]), _uid(c["person_id"]) if c.get("person_id") else None
            out.append({**c, "face": self.face_ids.get(face, face).hex,
                        "person_id": self.people.get(pid, pid).hex if pid else None})
        return json.dumps(out, sort_keys=True)

    def merge_requests(self) -> None:
        here = {r.id: r for r in self.s.exec(select(DataRequest)).all()}
        for row in self.rows["data_request"]:
            pid = None
            if row["person_id"] is not None:
                pid = self.people.get(_uid(row["person_id"]))
                if pid is None:
                    continue
            tr = here.get(_uid(row["id"]))
            if tr is None:
                self.s.add(DataRequest(**{**row, "person_id": pid}))
                self.added["data_requests"] += 1
            elif row["handled_on"] and tr.handled_on is None:
                tr.handled_on, tr.handled_by, tr.handling = row["handled_on"], row["handled_by"], row["handling"]
                self.s.add(tr)
                self.updated["data_requests"] += 1

    def merge_audit(self) -> None:
        here = set(self.s.exec(select(AuditEntry.id)).all())
        renamed: dict[str, str] = {}
        for mapping in (self.people, self.events, self.forms, self.assets):
            renamed.update({a.hex: b.hex for a, b in mapping.items() if a != b})
        for row in self.rows["audit_log"]:
            if _uid(row["id"]) in here:
                continue
            values = dict(row)
            if values["entity_id"] in renamed:
                values["entity_id"] = renamed[values["entity_id"]]
            self.s.add(AuditEntry(**values))
            self.added["audit_entries"] += 1

    def finish_people(self) -> None:
        """Spec 2.4 into the stored forms of everyone whose forms changed, and
        biometric data purged wherever a withdrawal ended the permission."""
        from .consent import apply_withdrawals, purge_biometrics_if_needed

        for pid in sorted(self.touched_people):
            p = self.s.get(Person, pid)
            ext = p.external_id if p is not None else None
            changed = apply_withdrawals(self.lib, self.s, pid, ext or hexid(pid))
            if changed:
                self.updated["withdrawals"] += len(changed)
        self.s.flush()
        if self.touched_people:
            purge_biometrics_if_needed(self.lib, self.s, None)
        for pid in self.touched_people:
            for aid in self.s.exec(select(Presence.asset_id).where(Presence.person_id == pid)).all():
                self.touched_assets.add(aid)


# ---- bundles ------------------------------------------------------------------------------

BUNDLE_FORMAT = "mediadesk-bundle/1"
BUNDLE_DB = "library.sqlite"
BUNDLE_EVIDENCE = "library-evidence/"
BUNDLE_FILES = "files/"


@dataclass
class BundleReport:
    file: str
    evidence_files: int = 0
    asset_files: int = 0
    missing_files: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "evidence_files": self.evidence_files, "asset_files": self.asset_files,
                "missing_files": self.missing_files}


def _plain_file_name(name: str) -> bool:
    """A bare file name from a bundle: no folder part on any system."""
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\:\0")


def export_bundle(lib: Library, file: str | Path, *, with_files: bool = False) -> BundleReport:
    """Write the library into one file for a USB stick: a zip holding a
    consistent copy of the SQLite library (online backup API), its evidence
    files and, with ``with_files``, a copy of each asset's file (named by its
    SHA-256). Only an SQLite library (a laptop's) can be bundled."""
    import json
    import zipfile

    from mediadesk.core.dates import utcnow

    out = Path(file).expanduser()
    if lib.db_path is None:
        raise UserError("bundle export: only an SQLite library (a laptop's) can be bundled; "
                        "this library is on a database server")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name")
    report = BundleReport(str(out))
    with lib.unit() as s:
        forms = [c.evidence_path for c in s.exec(select(ConsentRecord)).all() if c.evidence_path]
        # the files of assets deleted on retention are not carried away on the stick
        assets = ([(a.sha256, a.path) for a in s.exec(select(Asset).where(col(Asset.deleted_at).is_(None))).all()]
                  if with_files else [])
    tmp_out = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    with tempfile.TemporaryDirectory(prefix="mediadesk-bundle-") as tmp:
        copy = Path(tmp) / BUNDLE_DB
        store.snapshot_sqlite(lib.db_path, copy)
        try:
            with zipfile.ZipFile(tmp_out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as z:
                z.writestr("manifest.json", json.dumps({
                    "format": BUNDLE_FORMAT, "revision": store.revision_of(copy),
                    "made_at": utcnow().isoformat(), "library": lib.db_path.name}))
                z.write(copy, BUNDLE_DB)
                for path in dict.fromkeys(forms):
                    src = Path(path)
                    if not src.is_file():
                        src = lib.evidence_dir / Path(path).name
                    if src.is_file():
                        z.write(src, BUNDLE_EVIDENCE + src.name)
                        report.evidence_files += 1
                    else:
                        report.missing_files.append(path)
                for sha, path in assets:
                    src = Path(path)
                    if src.is_file():
                        z.write(src, f"{BUNDLE_FILES}{sha}/{src.name}", compress_type=zipfile.ZIP_STORED)
                        report.asset_files += 1
                    else:
                        report.missing_files.append(path)
            os.replace(tmp_out, out)
        except OSError as e:
            tmp_out.unlink(missing_ok=True)
            raise UserError(f"{out}: cannot write the bundle: {e.strerror or e}") from None
    return report


def import_bundle(
    lib: Library,
    file: str | Path,
    *,
    dry_run: bool = False,
    files_to: str | Path | None = None,
    progress: ProgressFn | None = None,
) -> MergeReport:
    """Unpack a bundle made by :func:`export_bundle` into a temporary folder
    and merge it. ``files_to``: a folder the bundle's asset files are copied
    into (new assets point there); without it they stay in the bundle and the
    new assets are offline until their files are imported."""
    import json
    import zipfile
    import zlib

    src = Path(file).expanduser()
    if not src.is_file():
        raise UserError(f"{src}: no such bundle file")
    try:
        z = zipfile.ZipFile(src)
    except (zipfile.BadZipFile, OSError) as e:
        raise UserError(f"{src}: is not a MediaDesk bundle ({e})") from None
    with z, tempfile.TemporaryDirectory(prefix="mediadesk-bundle-") as tmp:
        names = z.namelist()
        try:
            manifest = json.loads(z.read("manifest.json"))
        except (KeyError, ValueError):
            raise UserError(f"{src}: is not a MediaDesk bundle (no manifest.json)") from None
        if manifest.get("format") != BUNDLE_FORMAT or BUNDLE_DB not in names:
            raise UserError(f"{src}: is not a MediaDesk bundle of this version ({manifest.get('format')})")
        root = Path(tmp)
        placed: dict[str, Path] = {}
        created: list[Path] = []
        try:
            z.extract(BUNDLE_DB, root)
            (root / BUNDLE_EVIDENCE).mkdir()
            file_members: dict[str, tuple[str, str]] = {}
            for n in names:
                if n.startswith(BUNDLE_EVIDENCE) and n != BUNDLE_EVIDENCE:
                    base = Path(n).name
                    if base and "/" not in n[len(BUNDLE_EVIDENCE):]:
                        with z.open(n) as fin, open(root / BUNDLE_EVIDENCE / base, "wb") as fout:
                            shutil.copyfileobj(fin, fout)
                elif n.startswith(BUNDLE_FILES):
                    parts = n[len(BUNDLE_FILES):].split("/")
                    if len(parts) == 2 and len(parts[0]) == 64 and _plain_file_name(parts[1]):
                        file_members[parts[0]] = (n, parts[1])
            if files_to is not None and file_members:
                from mediadesk.media.hashing import sha256_file

                target = Path(files_to).expanduser()
                with lib.unit() as s:  # files of assets this library knows already stay in the bundle
                    known = set(s.exec(select(Asset.sha256)).all())
                if not dry_run:
                    target.mkdir(parents=True, exist_ok=True)
                for sha, (member, name) in sorted(file_members.items()):
                    if sha in known:
                        continue
                    dest = target / name
                    if dest.is_file() and sha256_file(dest) == sha:
                        placed[sha] = dest  # copied by an earlier import of this bundle
                        continue
                    if dest.exists() or dest in placed.values():
                        dest = target / f"{Path(name).stem}-{sha[:8]}{Path(name).suffix}"
                    placed[sha] = dest
                    if not dry_run and not dest.exists():
                        created.append(dest)
                        with z.open(member) as fin, open(dest, "wb") as fout:
                            shutil.copyfileobj(fin, fout)
        except (zipfile.BadZipFile, EOFError, zlib.error) as e:
            for p in created:  # nothing merged: no half-copied files left behind
                p.unlink(missing_ok=True)
            raise UserError(f"{src}: the bundle is damaged ({e}); nothing was merged; "
                            "make the bundle again on the other computer") from None
        try:
            report = merge_library(lib, root / BUNDLE_DB, dry_run=dry_run, files=placed, progress=progress,
                                   source_name=str(src))
        except BaseException:  # refused or failed: nothing merged, the copies go again
            for p in created:
                p.unlink(missing_ok=True)
            raise
        if not report.applied:
            for p in created:  # nothing merged: the copies made for it go again
                p.unlink(missing_ok=True)
        return report
