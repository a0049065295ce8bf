"""What retention needs to know, in plain SQL (issue 15, item 3).

:func:`retention_facts` loads, for every asset still in the library (not
deleted on retention), its own and its event's retention class and reason,
the day it was taken (capture, else import), its first publication not
undone, and the people tagged on it with their consent forms: the input of
:func:`mediadesk.core.retention.due_since`. Nothing here writes or judges.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from mediadesk.core.retention import FormSpan, PersonConsent, RetentionFacts
from mediadesk.store.facts import Query, _d, _day, _in, chunks, hexid


@dataclass(frozen=True)
class RetentionRow:
    facts: RetentionFacts
    path: str
    kind: str
    event: str | None


_ASSETS = (
    "SELECT a.id, a.path, a.kind, COALESCE(a.capture_time, a.imported_at), a.retention_class, "
    "a.retention_reason, e.name, e.retention_class, e.retention_reason, "
    "(SELECT MIN(p.published_on) FROM publication p WHERE p.asset_id = a.id AND p.undone_at IS NULL) "
    "FROM asset a LEFT JOIN event e ON e.id = a.event_id WHERE a.deleted_at IS NULL"
)


def retention_facts(q: Query, asset_ids: list[str] | None = None) -> list[RetentionRow]:
    """Retention facts of the library's assets (those of ``asset_ids`` when given),
    oldest first; deleted assets are left out."""
    rows: list[Any] = []
    if asset_ids is None:
        rows = q(_ASSETS + " ORDER BY COALESCE(a.capture_time, a.imported_at), a.path", {})
    else:
        for chunk in chunks(asset_ids):
            marks, params = _in(chunk)
            rows += q(_ASSETS + f" AND a.id IN ({marks})", params)
    ids = [hexid(r[0]) for r in rows]
    people: dict[str, dict[str, tuple[str, list[FormSpan]]]] = defaultdict(dict)
    for chunk in chunks(ids):
        marks, params = _in(chunk)
        for aid, pid, ext, erased, signed, until, revoked in q(
            "SELECT pr.asset_id, pe.id, pe.external_id, pe.erased_at, c.signed_on, c.valid_until, c.revoked_on "
            "FROM presence pr JOIN person pe ON pe.id = pr.person_id "
            "LEFT JOIN consent_record c ON c.person_id = pe.id "
            f"WHERE pr.asset_id IN ({marks})",
            params,
        ):
            label = "(erased)" if erased is not None or not ext else ext
            _, forms = people[hexid(aid)].setdefault(hexid(pid), (label, []))
            if signed is not None:
                forms.append(FormSpan(_day(signed), _day(until), _d(revoked)))
    out = []
    for aid, path, kind, taken, a_cls, a_why, ev, e_cls, e_why, first_pub in rows:
        aid = hexid(aid)
        tagged = tuple(
            PersonConsent(label, tuple(sorted(forms, key=lambda f: (f.signed_on, f.valid_until))))
            for label, forms in sorted(people.get(aid, {}).values(), key=lambda x: x[0])
        )
        out.append(RetentionRow(
            RetentionFacts(aid, _day(taken), a_cls, a_why, e_cls, e_why, _d(first_pub), tagged),
            path, kind, ev,
        ))
    return out


def deleted_on(q: Query, asset_id: str) -> date | None:
    """The day the asset was deleted on retention, or None."""
    rows = q("SELECT deleted_at FROM asset WHERE id = :id", {"id": hexid(asset_id)})
    return _d(rows[0][0]) if rows else None


@dataclass(frozen=True)
class EventClass:
    id: str
    name: str
    retention_class: str | None
    reason: str | None
    assets: int  # still in the library


def event_classes(q: Query) -> list[EventClass]:
    """Every event with its retention class and reason, by name."""
    return [EventClass(hexid(r[0]), r[1], r[2], r[3], int(r[4])) for r in q(
        "SELECT e.id, e.name, e.retention_class, e.retention_reason, COUNT(a.id) FROM event e "
        "LEFT JOIN asset a ON a.event_id = e.id AND a.deleted_at IS NULL "
        "GROUP BY e.id, e.name, e.retention_class, e.retention_reason ORDER BY e.name", {})]
