"""Publications and the takedown list.

Publishing (or exporting for a channel) is recorded: asset, channel, date,
who, where. After a withdrawal, an expiry or a publication ban, the takedown
list shows every recorded publication whose asset now has a person without
valid consent for that channel, with where it was published. Verdicts are
computed from the current facts, so the list is right the moment a
withdrawal is stored.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

from sqlmodel import Session, col, select

from mediadesk.core.dates import today, utcnow
from mediadesk.core.enums import ReasonCode
from mediadesk.core.errors import NotFound, UserError
from mediadesk.core.model import Reason
from mediadesk.store.facts import read_settings, session_query
from mediadesk.store.readmodels import face_boxes, people_by_id
from mediadesk.store.tables import Publication

from .evaluate import all_channels, covered_evaluations, evaluate_assets
from .library import Library
from .assets import resolve_asset
from .settings import library_settings

#: Reasons that mean "a person on it has no valid consent for this channel".
PERSON_CODES = frozenset(
    {
        ReasonCode.PUBLICATION_BAN, ReasonCode.CONSENT_EXPIRED, ReasonCode.NO_CONSENT,
        ReasonCode.CONSENT_REVOKED, ReasonCode.GUARDIAN_CONSENT_REQUIRED,
        ReasonCode.SELF_CONSENT_REQUIRED, ReasonCode.CHANNEL_NOT_COVERED,
        ReasonCode.MEDIA_NOT_COVERED, ReasonCode.OBJECTION,
    }
)


def record_publication(
    lib: Library,
    asset_ref: str,
    channel: str,
    *,
    on: date | None = None,
    where: str | None = None,
    file: str | None = None,
    covered: list[dict[str, Any]] | None = None,
    session: Session | None = None,
) -> str:
    """Record that an asset was published on a channel (by hand or by export).

    ``covered``: an export with faces covered, the faces filled
    (``[{"face", "person_id", "box", "why"}]``, see
    :func:`mediadesk.services.export.covered_record`)."""
    settings = library_settings(lib)
    if channel not in all_channels(settings):
        raise UserError(f"unknown channel '{channel}'")

    def write(s: Session) -> str:
        aid = uuid.UUID(hex=resolve_asset(lib, asset_ref, s))
        pub = Publication(asset_id=aid, channel=channel, published_on=on or today(), location=where, file=file, recorded_by=lib.actor,
                          covered=json.dumps(covered, sort_keys=True) if covered is not None else None)
        s.add(pub)
        extra = {"covered": [c["face"] for c in covered]} if covered is not None else {}
        lib.audit(s, "publication.record", "publication", pub.id, None, {"asset": aid.hex, "channel": channel, "published_on": pub.published_on, "where": where, "file": file, **extra})
        return pub.id.hex

    if session is not None:
        return write(session)
    with lib.unit() as s:
        return write(s)


def stored_cover(p: Publication) -> list[dict[str, Any]] | None:
    """The faces a covered publication filled, or None for an ordinary one."""
    return json.loads(p.covered) if p.covered else None


def _covered_people(p: Publication, names: dict[str, tuple[str, str]]) -> list[dict[str, Any]] | None:
    """Who a covered publication covered: one entry per person (or face
    nobody identified), with the faces filled and why."""
    cover = stored_cover(p)
    if cover is None:
        return None
    out: dict[str, dict[str, Any]] = {}
    for c in cover:
        key = c["person_id"] or c["face"]
        ext, name = names.get(c["person_id"], (None, None)) if c["person_id"] else (None, None)
        e = out.setdefault(key, {"person": ext, "name": name, "faces": [], "why": c["why"]})
        e["faces"].append(c["face"])
    return list(out.values())


def _pub(s: Session, ref: str) -> Publication:
    key = ref.strip().lower().replace("-", "")
    rows = [p for p in s.exec(select(Publication)).all() if p.id.hex.startswith(key)] if len(key) >= 4 else []
    if len(rows) != 1:
        raise NotFound(f"unknown publication '{ref}'")
    return rows[0]


def undo_publication(lib: Library, pub_ref: str, reason: str) -> None:
    """Undo a mistaken record (kept, marked undone, with the reason)."""
    if not reason or not reason.strip():
        raise UserError("undoing a publication record needs a reason")
    with lib.unit() as s:
        p = _pub(s, pub_ref)
        if p.undone_at:
            raise UserError("this publication record was already undone")
        p.undone_at, p.undone_by, p.undo_reason = utcnow(), lib.actor, reason.strip()
        s.add(p)
        lib.audit(s, "publication.undo", "publication", p.id, None, {"reason": p.undo_reason})


def mark_taken_down(lib: Library, pub_ref: str) -> None:
    with lib.unit() as s:
        p = _pub(s, pub_ref)
        p.taken_down_at, p.taken_down_by = utcnow(), lib.actor
        s.add(p)
        lib.audit(s, "publication.taken_down", "publication", p.id, None, {"asset": p.asset_id.hex, "channel": p.channel})


def publications(lib: Library, *, channel: str | None = None, asset_ref: str | None = None, include_undone: bool = False) -> list[dict[str, Any]]:
    with lib.unit() as s:
        q = select(Publication).order_by(col(Publication.published_on).desc())
        if channel:
            q = q.where(Publication.channel == channel)
        if asset_ref:
            q = q.where(Publication.asset_id == uuid.UUID(hex=resolve_asset(lib, asset_ref, s, deleted_ok=True)))
        rows = s.exec(q).all()
        from mediadesk.store.tables import Asset

        wanted = {p.asset_id for p in rows}
        paths = dict(s.exec(select(Asset.id, Asset.path).where(col(Asset.id).in_(wanted))).all()) if wanted else {}
        names = people_by_id(session_query(s)) if any(p.covered for p in rows) else {}
        return [
            {
                "id": p.id.hex, "asset": p.asset_id.hex, "path": paths.get(p.asset_id), "channel": p.channel,
                "published_on": p.published_on.isoformat(), "where": p.location, "file": p.file,
                "recorded_by": p.recorded_by, "undone": p.undone_at is not None, "undo_reason": p.undo_reason,
                "taken_down": p.taken_down_at.isoformat() if p.taken_down_at else None,
                "covered": _covered_people(p, names),
            }
            for p in rows
            if include_undone or p.undone_at is None
        ]


@dataclass
class TakedownItem:
    publication: str
    asset: str
    path: str
    channel: str
    published_on: date
    where: str | None
    reasons: Sequence[Reason]
    #: a covered publication: faces filled then whose region has since been
    #: changed, re-drawn or removed (the cover may have been in the wrong place)
    cover_changed: list[str] = field(default_factory=list)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "publication": self.publication, "asset": self.asset, "path": self.path,
            "channel": self.channel, "published_on": self.published_on.isoformat(), "where": self.where,
            "people": [{"person": r.person, "code": r.code.value, "message": r.message(lang)} for r in self.reasons],
        }
        if self.cover_changed:
            out["cover_changed"] = list(self.cover_changed)
        return out


def takedown_list(lib: Library, on: date | None = None) -> list[TakedownItem]:
    """Live publications whose asset now shows a person without valid consent
    for that channel (not undone, not yet taken down)."""
    on = on or today()
    out: list[TakedownItem] = []
    with lib.unit() as s:
        pubs = s.exec(select(Publication).where(col(Publication.undone_at).is_(None), col(Publication.taken_down_at).is_(None))).all()
        if not pubs:
            return out
        q = session_query(s)
        assets = sorted({p.asset_id.hex for p in pubs})
        channels = sorted({p.channel for p in pubs})
        settings = read_settings(q)
        known = set(all_channels(settings))
        # a channel taken off the list (or only known in a merged library)
        # still has the photo on it: judged like any other channel
        settings = {**settings, "channels": [*settings.get("channels", []),
                                             *({"slug": c, "label": None, "hidden": True} for c in channels if c not in known)]}
        ev = {(e.asset, e.channel): (e, path) for e, path in evaluate_assets(q, assets, channels, on, settings)}
        for p in pubs:
            got = ev.get((p.asset_id.hex, p.channel))
            if got is None:
                continue
            e, path = got
            reasons: Sequence[Reason] = e.reasons
            changed: list[str] = []
            cover = stored_cover(p)
            if cover is not None:
                # judged as published: only what was filled then, and only where
                # the face still is where it was filled
                now = face_boxes(q, p.asset_id.hex)
                still = [c["face"] for c in cover if tuple(now.get(c["face"], ())) == tuple(c["box"])]
                changed = [c["face"] for c in cover if c["face"] not in still]
                reasons = covered_evaluations(q, p.asset_id.hex, p.channel, [on], faces=still,
                                              settings=settings)[0].reasons
            people = [r for r in reasons if r.code in PERSON_CODES and r.person]
            if people:
                out.append(TakedownItem(p.id.hex, p.asset_id.hex, path, p.channel, p.published_on, p.location, people,
                                        changed))
    out.sort(key=lambda i: (i.published_on, i.path))
    return out
