"""Retention (issue 15, item 3): classes per event or asset, the list of
assets due for deletion or review on a day, and deleting them.

The classes and when each is due: :mod:`mediadesk.core.retention`. Settings:
``retention_situation_weeks`` (1..104, default 4) and
``retention_default_class`` (``situation`` or ``portrait``, or none: the
default, so nothing is listed before the school chooses; ``archive`` cannot
be a default, as each archived event or asset needs its own reason).

Deleting an asset (:func:`delete_assets`) removes what the library holds of
it: its thumbnails, its faces (the regions and their resolutions; face crops
are never written to disk), the face templates made from it, its tags, the
rejected suggestions, its recorded paths and its probed metadata. Its row
stays as a deleted asset (content hash, kind, event, class, who deleted it,
when and why) so its publication records and the takedown list keep
working, and the audit keeps the fact (never the image). The user's own
files outside the library are never touched: the result lists the originals
still on disk and the exported copies of its publications, and the
publications still live (not taken down), to be dealt with by hand.

All or nothing, as in :mod:`mediadesk.services.privacy`: every database
change is one transaction under the write lock; files are removed only
after it committed. A crash between the commit and the removal leaves
thumbnails of a deleted asset behind, never a half-deleted asset: each
deletion first sweeps the thumbnails of assets already deleted
(:func:`sweep_deleted`).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Sequence

from sqlmodel import Session, col, delete, select

from mediadesk.core.dates import today, utcnow
from mediadesk.core.errors import NotFound, UserError
from mediadesk.core.retention import (
    DEFAULT_SITUATION_WEEKS,
    Due,
    RetentionClass,
    RetentionSettings,
    due_on,
    due_since,
    parse_class,
)
from mediadesk.store import db as dbmod
from mediadesk.store.facts import read_settings, session_query
from mediadesk.store.retention import EventClass, event_classes, retention_facts
from mediadesk.store.tables import (
    Asset,
    AssetPath,
    Event,
    Face,
    FaceTemplate,
    Presence,
    Publication,
    RejectedSuggestion,
)

from .assets import resolve_asset
from .changes import Changes

if TYPE_CHECKING:
    from .library import Library

# ---- settings ------------------------------------------------------------------------------

def retention_settings(settings: dict[str, Any]) -> RetentionSettings:
    weeks = settings.get("retention_situation_weeks") or DEFAULT_SITUATION_WEEKS
    return RetentionSettings(int(weeks), settings.get("retention_default_class") or None)


# ---- classes -------------------------------------------------------------------------------

@dbmod.retry_on_conflict
def set_class(lib: Library, cls: str | None, *, asset: str | None = None, event: str | None = None,
              reason: str | None = None) -> Changes:
    """Set the retention class of an asset or an event (exactly one).
    ``cls`` ``none`` (or empty) clears it: the asset then follows its event,
    the event the library's default. ``archive`` needs a reason."""
    if (asset is None) == (event is None):
        raise UserError("give an asset or an event (--event), not both")
    chosen = None if (cls or "").strip().lower() in ("", "none") else _parse(cls)
    why = (reason or "").strip() or None
    if chosen is RetentionClass.ARCHIVE and not why:
        raise UserError("the archive class needs a reason (--reason): why it is kept for good")
    with lib.unit(exclusive=True) as s:
        row: Asset | Event
        if asset is not None:
            a = _load(lib, s, asset)
            if a.deleted_at is not None:
                raise UserError(f"asset {a.id.hex[:8]} was deleted on {a.deleted_at.date().isoformat()}")
            row, entity = a, "asset"
        else:
            ev = s.exec(select(Event).where(Event.name == event)).first()
            if ev is None:
                raise NotFound(f"unknown event '{event}'")
            row, entity = ev, "event"
        old = {"class": row.retention_class, "reason": row.retention_reason}
        row.retention_class = chosen.value if chosen else None
        row.retention_reason = why if chosen else None
        s.add(row)
        lib.audit(s, f"{entity}.retention_class", entity, row.id, old,
                  {"class": row.retention_class, "reason": row.retention_reason})
    return Changes(library=True)


def events(lib: Library) -> list[EventClass]:
    """Every event with its retention class, reason and number of assets."""
    with lib.unit() as s:
        return event_classes(session_query(s))


def _parse(cls: str | None) -> RetentionClass | None:
    try:
        return parse_class(cls)
    except ValueError as e:
        raise UserError(str(e)) from None


# ---- the list ------------------------------------------------------------------------------

@dataclass(frozen=True)
class DueItem:
    asset: str
    path: str
    kind: str
    event: str | None
    due: Due

    def to_json(self) -> dict[str, Any]:
        return {"asset": self.asset, "path": self.path, "kind": self.kind, "event": self.event,
                **self.due.to_json()}


def due_list(lib: Library, on: date | None = None) -> list[DueItem]:
    """The assets due for deletion or review on ``on`` (default today), each
    with why and since when; the longest due first."""
    day = on or today()
    with lib.unit() as s:
        q = session_query(s)
        st = retention_settings(read_settings(q))
        rows = retention_facts(q)
    out = []
    for r in rows:
        d = due_on(r.facts, st, day)
        if d is not None:
            out.append(DueItem(r.facts.asset_id, r.path, r.kind, r.event, d))
    out.sort(key=lambda i: (i.due.since, i.path))
    return out


def asset_retention(lib: Library, ref: str) -> Due | None:
    """When the asset will be (or is) due, or None (no class, or archived)."""
    with lib.unit() as s:
        q = session_query(s)
        rows = retention_facts(q, [resolve_asset(lib, ref, s)])
        st = retention_settings(read_settings(q))
    return due_since(rows[0].facts, st) if rows else None


# ---- deleting ------------------------------------------------------------------------------

@dataclass
class Deleted:
    asset: str
    sha256: str
    reason: str
    originals: list[str] = field(default_factory=list)  # the user's files, still on disk
    exported: list[str] = field(default_factory=list)  # exported copies of its publications
    faces: int = 0
    tags: int = 0
    templates: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"asset": self.asset, "sha256": self.sha256, "reason": self.reason,
                "originals": self.originals, "exported": self.exported,
                "faces": self.faces,
                "tags": self.tags, "templates": self.templates}


@dataclass
class DeletionResult:
    deleted: list[Deleted] = field(default_factory=list)
    thumbnails_removed: int = 0
    cache_errors: list[str] = field(default_factory=list)  # thumbnails that could not be removed
    changes: Changes = field(default_factory=lambda: Changes(library=True))

    @property
    def outside_files(self) -> list[str]:
        return sorted({p for d in self.deleted for p in d.originals + d.exported})

    def to_json(self) -> dict[str, Any]:
        return {"deleted": [d.to_json() for d in self.deleted], "outside_files": self.outside_files,
                "thumbnails_removed": self.thumbnails_removed, "cache_errors": self.cache_errors}


def delete_assets(lib: Library, refs: Sequence[str], reason: str | None = None,
                  on: date | None = None) -> DeletionResult:
    """Delete assets on retention (module doc): all of them or none. An asset
    not due on ``on`` (default today) is deleted only with a ``reason``."""
    if not refs:
        raise UserError("give at least one asset to delete")
    sweep_deleted(lib)
    result = _delete_rows(lib, refs, (reason or "").strip() or None, on or today())
    # only after the commit: the library's own copies of the image
    _remove_thumbnails(lib, [d.sha256 for d in result.deleted], result)
    return result


@dbmod.retry_on_conflict
def _delete_rows(lib: Library, refs: Sequence[str], reason: str | None, day: date) -> DeletionResult:
    res = DeletionResult()
    with lib.unit(exclusive=True) as s:
        q = session_query(s)
        st = retention_settings(read_settings(q))
        ids = list(dict.fromkeys(resolve_asset(lib, r, s, deleted_ok=True) for r in refs))
        facts = {r.facts.asset_id: r.facts for r in retention_facts(q, ids)}
        for aid in ids:
            a = _load(lib, s, aid)
            if a.deleted_at is not None:
                raise UserError(f"asset {aid[:8]} ({os.path.basename(a.path)}) was already deleted "
                                f"on {a.deleted_at.date().isoformat()}")
            due = due_on(facts[aid], st, day) if aid in facts else None
            why = reason or (due.message if due else None)
            if why is None:
                raise UserError(f"asset {aid[:8]} ({os.path.basename(a.path)}) is not due for deletion "
                                f"or review on {day.isoformat()}; give a reason (--reason) to delete it anyway")
            _refuse_if_live(s, a)
            res.deleted.append(_delete_one(lib, s, a, why, due))
    return res


def _refuse_if_live(s: Session, a: Asset) -> None:
    """Refuse to delete an asset that is still published: deleting takes its
    tags, and the takedown list finds a withdrawn person's publications
    through them, so a later withdrawal would not show it must come down."""
    live = [p for p in s.exec(select(Publication).where(Publication.asset_id == a.id)).all()
            if p.undone_at is None and p.taken_down_at is None]
    if live:
        where = ", ".join(f"{p.channel} since {p.published_on.isoformat()} (publication {p.id.hex[:8]})"
                          for p in sorted(live, key=lambda p: p.published_on))
        raise UserError(f"asset {a.id.hex[:8]} ({os.path.basename(a.path)}) is still published: {where}; "
                        "take it down and record that (mediadesk publications taken-down PUBLICATION), "
                        "then delete it: without its tags a later withdrawal could not show that it must "
                        "come down")


def _load(lib: Library, s: Session, ref: str) -> Asset:
    """The asset ``ref`` names, deleted or not, read in ``s``."""
    a = s.get(Asset, uuid.UUID(hex=resolve_asset(lib, ref, s, deleted_ok=True)))
    if a is None:  # resolved a moment ago in this session
        raise NotFound(f"unknown asset '{ref}' (give its id or the path of its file)")
    return a


def _delete_one(lib: Library, s: Session, a: Asset, why: str, due: Due | None) -> Deleted:
    aid = a.id
    paths = [ap.path for ap in s.exec(select(AssetPath).where(AssetPath.asset_id == aid)).all()]
    pubs = s.exec(select(Publication).where(Publication.asset_id == aid)).all()
    out = Deleted(aid.hex, a.sha256, why)
    out.originals = sorted(p for p in {a.path, *paths} if p and os.path.exists(p))
    out.exported = sorted({p.file for p in pubs if p.file and os.path.exists(p.file)})
    out.tags, out.faces, out.templates = strip_asset(s, a, lib.actor, why)
    lib.audit(s, "asset.retention_delete", "asset", aid, None, {
        "sha256": a.sha256, "kind": a.kind, "reason": why,
        "class": due.retention_class.value if due and due.retention_class else None,
        "due_since": due.since.isoformat() if due else None,
        "tags": out.tags, "faces": out.faces, "templates": out.templates,
        "publications_kept": len(pubs), "outside_files": len(out.originals) + len(out.exported),
    })
    return out


def strip_asset(s: Session, a: Asset, actor: str, why: str, at: datetime | None = None) -> tuple[int, int, int]:
    """In the open session ``s``: remove what the library holds of ``a``
    (tags, faces, rejected suggestions, the face templates made from it,
    recorded paths, probed metadata) and mark it deleted (``at``, default
    now). Returns (tags, faces, templates) removed. Files are not touched:
    the caller removes the thumbnails after its commit (or
    :func:`sweep_deleted` does). Also used by the merge, where a deletion
    from either library wins."""
    aid = a.id
    counts = (
        len(s.exec(select(Presence.id).where(col(Presence.asset_id) == aid)).all()),
        len(s.exec(select(Face.id).where(col(Face.asset_id) == aid)).all()),
        len(s.exec(select(FaceTemplate.id).where(col(FaceTemplate.source_sha256) == a.sha256)).all()),
    )
    s.exec(delete(Presence).where(col(Presence.asset_id) == aid))
    s.exec(delete(RejectedSuggestion).where(col(RejectedSuggestion.asset_id) == aid))
    s.exec(delete(Face).where(col(Face.asset_id) == aid))
    s.exec(delete(FaceTemplate).where(col(FaceTemplate.source_sha256) == a.sha256))
    s.exec(delete(AssetPath).where(col(AssetPath.asset_id) == aid))
    a.meta = a.warnings = None
    a.people_confirmed_at = a.people_confirmed_by = None
    a.offline = True
    a.deleted_at, a.deleted_by, a.deletion_reason = at or utcnow(), actor, why
    s.add(a)
    return counts


def _remove_thumbnails(lib: Library, shas: Sequence[str], res: DeletionResult) -> None:
    from mediadesk.media.thumbs import remove_thumbnails

    for sha in shas:
        try:
            res.thumbnails_removed += len(remove_thumbnails(lib.cache_dir, sha))
        except OSError as e:
            res.cache_errors.append(f"{sha[:12]}: {e}")


def sweep_deleted(lib: Library) -> int:
    """Remove the thumbnails left behind by deletions that stopped after
    their commit (a crash, a locked file). Returns how many were removed."""
    with lib.unit() as s:
        shas = list(s.exec(select(Asset.sha256).where(col(Asset.deleted_at).is_not(None))).all())
    res = DeletionResult()
    _remove_thumbnails(lib, shas, res)
    return res.thumbnails_removed
