"""Building the reports from the library: plain data, no rendering.

``person_report`` answers a parent's question "which pictures of my child do
you have and where are they?": the person's details, every consent form
(with the reference and SHA-256 of its evidence file), every asset they are
confirmed on, every publication of those assets, and whether face templates
exist (a count, never the template).

``consent_overview`` is the team's list per group (class) and channel: who
has valid consent today, whose consent ends within N days, who has none,
and which pupils reach the age of consent within N days (from then on they
must sign themselves).

Both return JSON-ready dicts (strings, numbers, booleans, lists, ``None``);
:mod:`.render` turns them into JSON, CSV or PDF without the library.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any, Sequence

from sqlmodel import col, select

from mediadesk.core.dates import age_on, today, utcnow
from mediadesk.core.enums import MediaKind, Role
from mediadesk.core.errors import UserError
from mediadesk.core.model import PersonFacts
from mediadesk.core.rules import governing_record, is_minor, person_reasons, withdrawn_on
from mediadesk.store import renewal as renewal_store
from mediadesk.store.facts import hexid, load_people, read_settings, session_query, split_set
from mediadesk.store.tables import (
    Asset,
    ConsentRecord,
    Event,
    Face,
    FaceTemplate,
    Person,
    Presence,
    Publication,
)

from ..data_requests import requests_of
from ..evaluate import visible_channels
from ..library import Library
from mediadesk.services.people import get_person
from .texts import SUPERVISORY_AUTHORITIES


def _iso(v: date | None) -> str | None:  # a datetime is a date
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.isoformat(timespec="seconds")
    return v.isoformat()


def _form_status(c: ConsentRecord, on: date, withdrawal_days: Sequence[date | None]) -> str:
    withdrawn = withdrawn_on(c.signed_on, c.revoked_on, withdrawal_days)
    if withdrawn is not None and withdrawn <= on:
        return "withdrawn"
    if c.valid_until < on:
        return "ended"
    if c.valid_from > on:
        return "not_yet_valid"
    return "in_force"


def _listed_status(status: str, form_id: str, gov_id: str | None, gov_signed: str | None) -> dict[str, Any]:
    """A form in force that is not the governing one is listed as superseded by it."""
    if status == "in_force" and gov_id and form_id != gov_id:
        return {"status": "superseded", "superseded_by": gov_signed}
    return {"status": status, "superseded_by": None}


def _valid_kinds(facts: PersonFacts, channel: str, on: date, age: int) -> list[str]:
    return [k.value for k in MediaKind if not person_reasons(facts, channel, k, on, age)]


def person_report(lib: Library, external_id: str, on: date | None = None) -> dict[str, Any]:
    """Everything the library holds about one person. Raises NotFound."""
    on = on or today()
    with lib.unit() as s:
        p = get_person(lib, external_id, s)
        settings = read_settings(session_query(s))
        forms = s.exec(
            select(ConsentRecord).where(ConsentRecord.person_id == p.id)
            .order_by(col(ConsentRecord.signed_on), col(ConsentRecord.recorded_at))
        ).all()
        presences = s.exec(select(Presence).where(Presence.person_id == p.id)).all()
        how = {pr.asset_id: pr.source for pr in presences}
        assets = [a for a in (s.get(Asset, aid) for aid in how) if a is not None]
        assets.sort(key=lambda a: (a.capture_time is None, _iso(a.capture_time) or "", a.path))
        events = {e.id: e.name for e in s.exec(select(Event)).all()}
        faces = s.exec(select(Face).where(Face.person_id == p.id)).all()
        face_count: dict[uuid.UUID, int] = {}
        for f in faces:
            face_count[f.asset_id] = face_count.get(f.asset_id, 0) + 1
        pending = len(s.exec(select(Face.id).where(Face.suggested_person_id == p.id)).all())
        templates = len(s.exec(select(FaceTemplate.id).where(FaceTemplate.person_id == p.id)).all())
        ids = [a.id for a in assets]
        pubs: Sequence[Publication] = []
        if ids:
            pubs = s.exec(
                select(Publication).where(col(Publication.asset_id).in_(ids))
                .order_by(col(Publication.published_on), col(Publication.recorded_at))
            ).all()
        paths = {a.id: a.path for a in assets}
        facts = load_people(session_query(s), [p.id.hex]).get(p.id.hex)
        age = int(settings.get("age_of_consent", 16))
        now_consent: dict[str, list[str]] = {}
        if facts is not None:
            for ch in visible_channels(settings):
                now_consent[ch] = _valid_kinds(facts, ch, on, age)
        gov = governing_record(facts, on) if facts is not None else None
        gov_signed = _iso(gov.signed_on) if gov is not None else None
        gov_id = gov.id if gov is not None else None
        days = [c.revoked_on for c in forms]
        requests = requests_of(s, p.id)
        return {
            "report": "person",
            "generated_at": _iso(utcnow()),
            "generated_by": lib.actor,
            "on": on.isoformat(),
            "person": {
                "external_id": p.external_id,
                "name": p.name,
                "role": p.role,
                "birth_date": _iso(p.birth_date),
                "group": p.group_name,
                "publication_ban": bool(p.publication_ban),
                "guardian_name": p.guardian_name,
                "guardian_email": p.guardian_email,
                "guardian_phone": p.guardian_phone,
                "recorded_at": _iso(p.created_at),
                "updated_at": _iso(p.updated_at),
            },
            "consent_forms": [
                {
                    "id": c.id.hex,
                    **_listed_status(_form_status(c, on, days), c.id.hex, gov_id, gov_signed),
                    "granted_by": c.granted_by,
                    "guardian_name": c.guardian_name,
                    "channels": split_set(c.channels),
                    "media": split_set(c.media),
                    "signed_on": _iso(c.signed_on),
                    "valid_from": _iso(c.valid_from),
                    "valid_until": _iso(c.valid_until),
                    "revoked_on": _iso(c.revoked_on),
                    "revoke_reason": c.revoke_reason,
                    "biometric": bool(c.biometric),
                    "source": c.source,
                    "text_version": c.text_version,
                    "evidence": {"file": c.evidence_path, "sha256": c.evidence_sha256} if (c.evidence_path or c.evidence_sha256) else None,
                    "recorded_by": c.recorded_by,
                    "recorded_at": _iso(c.recorded_at),
                    "explained_at": _iso(c.explained_at),
                    "explained_in": c.explained_in,
                }
                for c in forms
            ],
            "consent_today": now_consent,
            "assets": [
                {
                    "asset": a.id.hex,
                    "path": a.path,
                    "kind": a.kind,
                    "event": events.get(a.event_id) if a.event_id else None,
                    "capture_time": _iso(a.capture_time),
                    "sha256": a.sha256,
                    "how": "face" if how.get(a.id) == "face" else "tagged",
                    "faces": face_count.get(a.id, 0),
                    "offline": bool(a.offline),
                }
                for a in assets
            ],
            "publications": [
                {
                    "publication": pb.id.hex,
                    "asset": pb.asset_id.hex,
                    "path": paths.get(pb.asset_id),
                    "channel": pb.channel,
                    "published_on": _iso(pb.published_on),
                    "where": pb.location,
                    "file": pb.file,
                    "recorded_by": pb.recorded_by,
                    "undone": pb.undone_at is not None,
                    "taken_down_at": _iso(pb.taken_down_at),
                    # published with faces covered (issue 13): was this person's face covered?
                    "face_covered": _face_covered(pb, p.id.hex),
                }
                for pb in pubs
            ],
            "face_templates": {"count": templates},
            "pending_face_suggestions": pending,
            "requests": requests,
            # the yearly renewal rounds the person was asked in (issue 14, item 2)
            "renewal": renewal_store.requests_of_person(s, p.id),
            **controller_facts(settings),
        }


def controller_facts(settings: dict[str, Any]) -> dict[str, Any]:
    """Who is responsible, whom to ask and where to complain (GDPR art. 13-15
    and 77): every key present, ``None`` where the school has not set it, so
    a report shows "not set" rather than leaving the line out."""
    profile = settings.get("profile")
    return {
        "controller": {
            "name": settings.get("school_name"),
            "address": settings.get("controller_address"),
            "logo": settings.get("school_logo"),
        },
        "dpo": {k: settings.get(f"dpo_{k}") for k in ("name", "email", "phone")},
        "profile": profile,
        "supervisory_authority": SUPERVISORY_AUTHORITIES.get(profile or ""),
        "retention": {
            "dispute_period_months": int(settings.get("dispute_period_months") or 6),
            "consent_period_months": settings.get("consent_period_months"),
        },
    }



def _birthday(birth: date, age: int) -> date:
    """The day a person born on ``birth`` turns ``age`` (29 Feb -> 1 Mar)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


def consent_overview(lib: Library, days: int = 30, on: date | None = None) -> dict[str, Any]:
    """Per group and channel: valid / ending within ``days`` / none; and the
    pupils who reach the age of consent within ``days``.

    Buckets per person and channel:

    - ``valid``: valid consent today for at least one media kind, still valid
      at every change point in the next ``days`` days;
    - ``expiring``: valid today, but not any more at some day within ``days``
      days (form ends or a withdrawal takes effect, no follow-up form);
      ``until`` is the last valid day;
    - ``none``: no valid consent today (the reason codes say why, e.g.
      ``NO_CONSENT``, ``CONSENT_EXPIRED``, ``CHANNEL_NOT_COVERED``,
      ``PUBLICATION_BAN``).
    """
    if days < 0:
        raise UserError("--days must be 0 or more")
    on = on or today()
    horizon = on + timedelta(days=days)
    with lib.unit() as s:
        q = session_query(s)
        settings = read_settings(q)
        people = s.exec(select(Person).where(col(Person.erased_at).is_(None))).all()
        facts = load_people(q, [p.id.hex for p in people]) if people else {}
    age = int(settings.get("age_of_consent", 16))
    channels = visible_channels(settings)
    rows: list[dict[str, Any]] = []
    for p in sorted(people, key=lambda p: ((p.group_name or "\uffff").casefold(), p.name.casefold(), p.external_id or "")):
        f = facts.get(hexid(p.id))
        if f is None:
            continue
        # the only days on which validity can change: form boundaries and withdrawals
        points = sorted(
            {d for c in f.consents for d in (c.valid_from, c.valid_until + timedelta(days=1), c.revoked_on)
             if d is not None and on < d <= horizon}
        )
        per_channel: dict[str, dict[str, Any]] = {}
        for ch in channels:
            kinds = _valid_kinds(f, ch, on, age)
            if not kinds:
                codes = list(dict.fromkeys(r.code.value for r in person_reasons(f, ch, MediaKind.PHOTO, on, age)))
                per_channel[ch] = {"status": "none", "media": [], "until": None, "codes": codes}
                continue
            status, until = "valid", None
            for d in points:
                still = _valid_kinds(f, ch, d, age)
                if not set(kinds) <= set(still):
                    status, until = "expiring", (d - timedelta(days=1)).isoformat()
                    break
            gov = governing_record(f, on)
            per_channel[ch] = {
                "status": status, "media": kinds,
                "until": until or (gov.valid_until.isoformat() if gov else None), "codes": [],
            }
        reaches = None
        governing = governing_record(f, on)
        if p.role in (Role.STUDENT.value, Role.GUEST.value) and p.birth_date is not None:
            if is_minor(f, on, age) and not is_minor(f, horizon, age):
                reaches = _birthday(p.birth_date, age).isoformat()
        rows.append({
            "person": p.external_id,
            "name": p.name,
            "role": p.role,
            "group": p.group_name,
            "birth_date": _iso(p.birth_date),
            "age": age_on(p.birth_date, on) if p.birth_date else None,
            "publication_ban": bool(p.publication_ban),
            "channels": per_channel,
            "reaches_age_of_consent_on": reaches,
            "governing_form_signed_by": (governing.granted_by.value if governing else None),
        })
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        g = groups.setdefault(r["group"] or "", {
            "group": r["group"], "people": 0,
            "channels": {ch: {"valid": [], "expiring": [], "none": []} for ch in channels},
            "reaching_age_of_consent": [],
        })
        g["people"] += 1
        for ch in channels:
            g["channels"][ch][r["channels"][ch]["status"]].append(r["person"])
        if r["reaches_age_of_consent_on"]:
            g["reaching_age_of_consent"].append({"person": r["person"], "name": r["name"], "on": r["reaches_age_of_consent_on"]})
    return {
        "report": "consent_overview",
        "generated_at": _iso(utcnow()),
        "generated_by": lib.actor,
        "on": on.isoformat(),
        "days": days,
        "until": horizon.isoformat(),
        "age_of_consent": age,
        "channels": channels,
        "groups": list(groups.values()),
        "people": rows,
        "missing_birth_date": [r["person"] for r in rows if r["birth_date"] is None and r["role"] != Role.STAFF.value],
    }


def _face_covered(pb: Publication, person_hex: str) -> bool:
    """True when ``pb`` was exported with this person's face covered."""
    import json

    return any(c.get("person_id") == person_hex for c in json.loads(pb.covered)) if pb.covered else False
