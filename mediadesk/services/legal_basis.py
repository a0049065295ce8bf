"""Legal basis per asset and objections (issue 15, item 2).

Staff may record that a photo or video of a situation where no one is the
focus is published on a documented non-consent basis (legitimate interest
or public task), always with a reason; the rules use it only while the
library setting ``legal_basis_enabled`` is on. A person may object to being
published; an objection blocks on every basis until it is withdrawn. Every
change is audited, under the write lock. The rules: ``core/rules.py`` and
``docs/consent-rules-choices.md``.
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from sqlmodel import col, select

from mediadesk.core.dates import today, utcnow
from mediadesk.core.enums import LegalBasis, MediaKind
from mediadesk.core.errors import NotFound, UserError
from mediadesk.store import db as dbmod
from mediadesk.store.tables import Objection

from .consent import join_set
from .library import Library
from .assets import load_asset
from .people import get_person
from .settings import library_settings


@dbmod.retry_on_conflict
def set_basis(lib: Library, ref: str, basis: str, reason: str | None = None) -> None:
    """Set an asset's legal basis; a non-consent basis needs a reason and a
    photo or video. ``consent`` clears the basis (today's rules)."""
    try:
        chosen = LegalBasis(basis)
    except ValueError:
        raise UserError(
            f"unknown legal basis '{basis}' (use {', '.join(b.value for b in LegalBasis)})"
        ) from None
    why = (reason or "").strip()
    if chosen != LegalBasis.CONSENT and not why:
        raise UserError(f"a legal basis of '{chosen.value}' needs a reason: say why no one in it is the focus (e.g. 'crowd at the sports day, nobody singled out')")
    with lib.unit(exclusive=True) as s:
        a = load_asset(lib, ref, s)
        if chosen != LegalBasis.CONSENT and a.kind == MediaKind.AUDIO.value:
            raise UserError("a non-consent legal basis is for photos and video only, not audio")
        old = {"legal_basis": a.legal_basis or LegalBasis.CONSENT.value, "reason": a.basis_reason}
        if chosen == LegalBasis.CONSENT:
            a.legal_basis = a.basis_reason = a.basis_by = a.basis_at = None
        else:
            a.legal_basis, a.basis_reason, a.basis_by, a.basis_at = chosen.value, why, lib.actor, utcnow()
        s.add(a)
        lib.audit(s, "asset.legal_basis", "asset", a.id, old,
                  {"legal_basis": chosen.value, "reason": why or None})


@dbmod.retry_on_conflict
def add_objection(
    lib: Library,
    external_id: str,
    from_date: date | None = None,
    channels: Sequence[str] = (),
    reason: str | None = None,
) -> str:
    """Record a person's objection from ``from_date`` (default today) to
    ``channels`` (none: every channel). Returns its id."""
    known = {c["slug"] for c in library_settings(lib).get("channels", [])}
    bad = sorted(set(channels) - known)
    if bad:
        raise UserError(f"unknown channel: {', '.join(bad)}")
    with lib.unit(exclusive=True) as s:
        p = get_person(lib, external_id, s)
        o = Objection(person_id=p.id, channels=join_set(channels) or None,
                      from_date=from_date or today(), reason=(reason or "").strip() or None,
                      recorded_by=lib.actor)
        s.add(o)
        s.flush()
        lib.audit(s, "objection.add", "person", p.id, None,
                  {"objection": o.id.hex, "from": o.from_date.isoformat(), "channels": o.channels})
        return o.id.hex


def objections(lib: Library, external_id: str) -> list[Objection]:
    with lib.unit() as s:
        p = get_person(lib, external_id, s)
        return list(s.exec(select(Objection).where(Objection.person_id == p.id)
                           .order_by(col(Objection.from_date))).all())


@dbmod.retry_on_conflict
def withdraw_objection(lib: Library, external_id: str, objection_id: str | None = None,
                       on: date | None = None) -> list[str]:
    """Withdraw the person's objections in force (or the one given) from
    ``on`` (default today). Returns the ids withdrawn."""
    day = on or today()
    with lib.unit(exclusive=True) as s:
        p = get_person(lib, external_id, s)
        rows = [o for o in s.exec(select(Objection).where(Objection.person_id == p.id)).all()
                if o.withdrawn_on is None and (objection_id is None or o.id.hex.startswith(objection_id))]
        if not rows:
            raise NotFound(f"'{external_id}' has no objection in force to withdraw")
        if objection_id is not None and (len(rows) > 1 or not objection_id.strip()):
            # safe side: a short or empty id never withdraws objections the user did not mean
            raise UserError(f"objection id '{objection_id}' matches {len(rows)} objection(s) of '{external_id}' "
                            "in force: give more of its id (see `mediadesk objection list`)")
        for o in rows:
            o.withdrawn_on, o.withdrawn_by = day, lib.actor
            s.add(o)
            lib.audit(s, "objection.withdraw", "person", p.id, {"objection": o.id.hex},
                      {"objection": o.id.hex, "withdrawn_on": day.isoformat()})
        return [o.id.hex for o in rows]
