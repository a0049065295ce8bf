"""Assets: find one by id or path, tag and untag people, confirm the people
list, block and unblock, and the verdicts of the library's assets now. No Qt.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Sequence

from sqlmodel import Session, col, select

from mediadesk.core.dates import today, utcnow
from mediadesk.core.errors import NotFound, UserError
from mediadesk.core.model import Evaluation
from mediadesk.store import db as dbmod
from mediadesk.store.facts import find_asset_ids, session_query
from mediadesk.store.retention import deleted_on
from mediadesk.store.tables import Asset, Face, Presence

from .evaluate import evaluate_assets
from .people import get_person

if TYPE_CHECKING:
    from .library import Library


def _uuid(hex_id: str) -> uuid.UUID:
    return uuid.UUID(hex=hex_id)


def resolve_asset(lib: Library, ref: str, s: Session | None = None, *, deleted_ok: bool = False) -> str:
    """The id of the asset ``ref`` names. One deleted on retention is refused
    (nothing can be tagged, scanned or exported any more) unless ``deleted_ok``
    (its publications and audit entries)."""
    if s is None:
        with lib.unit() as s2:
            return resolve_asset(lib, ref, s2, deleted_ok=deleted_ok)
    q = session_query(s)
    ids = find_asset_ids(q, ref)
    if not ids:
        raise NotFound(f"unknown asset '{ref}' (give its id or the path of its file)")
    if len(ids) > 1:
        raise UserError(f"'{ref}' matches {len(ids)} assets; give more of the id")
    if not deleted_ok:
        gone = deleted_on(q, ids[0])
        if gone is not None:
            raise NotFound(f"asset '{ref}' was deleted on retention on {gone.isoformat()}")
    return ids[0]


def load_asset(lib: Library, ref: str, s: Session) -> Asset:
    """The asset ``ref`` names, read in the open session ``s``."""
    a = s.get(Asset, _uuid(resolve_asset(lib, ref, s)))
    if a is None:  # resolved a moment ago; gone only if removed in between
        raise NotFound(f"unknown asset '{ref}' (give its id or the path of its file)")
    return a


def list_assets(lib: Library) -> list[Asset]:
    with lib.unit() as s:
        return list(s.exec(select(Asset).where(col(Asset.deleted_at).is_(None))  # deleted on retention: gone
                           .order_by(col(Asset.capture_time), col(Asset.path))).all())


def get_asset(lib: Library, ref: str) -> Asset:
    with lib.unit() as s:
        return load_asset(lib, ref, s)


@dbmod.retry_on_conflict
def tag(lib: Library, ref: str, external_ids: Sequence[str], source: str = "manual") -> list[str]:
    """Confirm people on an asset by hand. Returns the ids newly tagged."""
    added = []
    with lib.unit(exclusive=True) as s:
        aid = _uuid(resolve_asset(lib, ref, s))
        for ext in external_ids:
            p = get_person(lib, ext, s)
            exists = s.exec(select(Presence).where(Presence.asset_id == aid, Presence.person_id == p.id)).first()
            if exists:
                continue
            pr = Presence(asset_id=aid, person_id=p.id, source=source, confirmed_by=lib.actor)
            s.add(pr)
            lib.audit(s, "presence.add", "asset", aid, None, {"person": ext, "source": source})
            added.append(ext)
    return added


@dbmod.retry_on_conflict
def untag(lib: Library, ref: str, external_id: str) -> None:
    """Remove a person from an asset; the people list must be confirmed again."""
    with lib.unit(exclusive=True) as s:
        aid = _uuid(resolve_asset(lib, ref, s))
        p = get_person(lib, external_id, s)
        pr = s.exec(select(Presence).where(Presence.asset_id == aid, Presence.person_id == p.id)).first()
        if pr is None:
            raise NotFound(f"'{external_id}' is not tagged on this asset")
        s.delete(pr)
        for f in s.exec(select(Face).where(Face.asset_id == aid, Face.person_id == p.id)).all():
            f.person_id, f.state = None, "unresolved"
            s.add(f)
        a = s.get(Asset, aid)
        if a is None:  # resolved above in this session
            raise NotFound(f"unknown asset '{ref}' (give its id or the path of its file)")
        a.people_confirmed_at = a.people_confirmed_by = None
        s.add(a)
        lib.audit(s, "presence.remove", "asset", aid, {"person": external_id}, None)


@dbmod.retry_on_conflict
def review_complete(lib: Library, ref: str, complete: bool = True) -> None:
    with lib.unit(exclusive=True) as s:
        a = load_asset(lib, ref, s)
        old = a.people_confirmed_at
        if complete:
            a.people_confirmed_at, a.people_confirmed_by = utcnow(), lib.actor
        else:
            a.people_confirmed_at = a.people_confirmed_by = None
        s.add(a)
        lib.audit(s, "asset.review", "asset", a.id, {"people_confirmed": old is not None}, {"people_confirmed": complete})


@dbmod.retry_on_conflict
def block(lib: Library, ref: str, reason: str) -> None:
    if not reason or not reason.strip():
        raise UserError("a block needs a reason")
    with lib.unit(exclusive=True) as s:
        a = load_asset(lib, ref, s)
        old = a.block_reason
        a.block_reason, a.blocked_by, a.blocked_at = reason.strip(), lib.actor, utcnow()
        s.add(a)
        lib.audit(s, "asset.block", "asset", a.id, {"block_reason": old}, {"block_reason": a.block_reason})


@dbmod.retry_on_conflict
def unblock(lib: Library, ref: str) -> None:
    with lib.unit(exclusive=True) as s:
        a = load_asset(lib, ref, s)
        old = a.block_reason
        a.block_reason = a.blocked_by = a.blocked_at = None
        s.add(a)
        lib.audit(s, "asset.unblock", "asset", a.id, {"block_reason": old}, {"block_reason": None})


def verdicts_of(
    lib: Library,
    asset_ids: Sequence[str] | None = None,
    channels: Sequence[str] | None = None,
    on: date | None = None,
) -> list[tuple[Evaluation, str]]:
    with lib.unit() as s:
        return evaluate_assets(session_query(s), asset_ids, channels, on or today())
