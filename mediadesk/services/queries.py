"""What the desktop views show: the store's read models
(:mod:`mediadesk.store.readmodels`, plain SQL) with the verdicts and consent
states of the rules engine (:mod:`mediadesk.core.rules`). Qt-free; nothing
here writes and nothing here holds SQL.

Every function takes a ``Query`` callable (``mediadesk.store.facts``);
:func:`with_lib` runs one in a short read-only unit of a library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from mediadesk.core.model import PersonFacts
from mediadesk.core.rules import Evaluator, governing_record, is_withdrawn, withdrawn_on
from mediadesk.store.facts import (
    Query, chunks, hexid, load_asset_facts, load_people, read_settings, rule_settings, session_query,
)
from mediadesk.store.readmodels import (  # re-exported (``X as X``): the views read these through this module
    AssetFilter as AssetFilter,
    asset_ids as asset_ids,
    AssetRow as AssetRow,
    asset_rows as asset_rows,
    EventCount as EventCount,
    events_with_counts as events_with_counts,
    asset_count as asset_count,
    PersonRow as PersonRow,
    person_listing as person_listing,
    presence_counts as presence_counts,
    person_asset_ids as person_asset_ids,
    ConsentEntry as ConsentEntry,
    consent_entries as consent_entries,
    path_record as path_record,
    groups as groups,
    AssetDetail as AssetDetail,
    asset_detail as asset_detail,
    FaceRow as FaceRow,
    faces_of as faces_of,
    asset_paths as asset_paths,
    people_by_id as people_by_id,
    group_members as group_members,
    change_marker as change_marker,
    changed_entities as changed_entities,
    unscanned as unscanned,
    CONSENT_STATES as CONSENT_STATES,
)

if TYPE_CHECKING:  # for the annotation only: importing this module stays free of SQLModel
    from .library import Library

P = ParamSpec("P")
T = TypeVar("T")


def with_lib(lib: Library, fn: Callable[Concatenate[Query, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run ``fn(q, *args)`` in one short read-only unit of ``lib``."""
    with lib.unit() as s:
        return fn(session_query(s), *args, **kwargs)


# ---- grid ---------------------------------------------------------------------------------
def filtered_asset_ids(q: Query, f: AssetFilter | None = None, on: date | None = None) -> list[str]:
    """Asset ids for the grid, oldest capture first. The verdict filter
    evaluates the remaining candidates with the rules engine (in chunks)."""
    f = f or AssetFilter()
    ids = asset_ids(q, f)
    if f.verdict:
        from mediadesk.services.evaluate import visible_channels

        on = on or date.today()
        settings = read_settings(q)
        channels = [f.channel] if f.channel else visible_channels(settings)
        ev = Evaluator(rule_settings(settings))
        keep: set[str] = set()
        for chunk in chunks(ids, 2000):
            for facts, _path in load_asset_facts(q, chunk):
                # without a channel: the verdict for at least one visible channel
                if any(ev.evaluate(facts, ch, on).verdict.value == f.verdict for ch in channels):
                    keep.add(facts.id)
        ids = [i for i in ids if i in keep]
    return ids


def load_rows(
    q: Query, ids: Sequence[str], channels: Sequence[str], on: date | None = None,
    settings: dict[str, Any] | None = None,
) -> dict[str, AssetRow]:
    """Rows for a page of the grid, with the verdict per channel."""
    if not ids:
        return {}
    on = on or date.today()
    settings = settings if settings is not None else read_settings(q)
    ev = Evaluator(rule_settings(settings))
    rows = asset_rows(q, ids)
    for facts, _path in load_asset_facts(q, list(rows)):
        row = rows[facts.id]
        for ch in channels:
            row.verdicts[ch] = ev.evaluate(facts, ch, on).verdict.value
    return rows


# ---- people -------------------------------------------------------------------------------
def consent_state(person: PersonFacts, on: date) -> tuple[str, list[str], bool]:
    """(state, channels of the governing form, biometric yes) on a date."""
    if person.publication_ban:
        gov = governing_record(person, on)
        return "ban", sorted(gov.channels) if gov else [], False
    gov = governing_record(person, on)
    if gov is None:
        if any(c.valid_until < on for c in person.consents):
            return "expired", [], False
        return "none", [], False
    if is_withdrawn(person, gov, on):
        return "withdrawn", [], False
    return "valid", sorted(gov.channels), bool(gov.biometric)


def people_overview(q: Query, on: date | None = None, search: str = "") -> list[PersonRow]:
    """Every person not erased, with the state of their consent today."""
    on = on or date.today()
    facts = load_people(q)
    counts = presence_counts(q)
    out: list[PersonRow] = []
    needle = search.strip().lower()
    for pid, ext, name, role, group, birth, ban, guardian in person_listing(q):
        if needle and needle not in f"{name} {ext} {group or ''}".lower():
            continue
        state, chans, bio = consent_state(facts[pid], on)
        out.append(PersonRow(pid, ext, name, role, group, birth, ban, state, chans, bio, counts.get(pid, 0),
                             guardian))
    return out


def person_row(q: Query, person_id: str, on: date | None = None) -> PersonRow | None:
    for r in people_overview(q, on):
        if r.id == hexid(person_id):
            return r
    return None


def consent_timeline(q: Query, person_id: str, on: date | None = None) -> list[ConsentEntry]:
    """The person's forms, newest signed first; the governing one marked."""
    on = on or date.today()
    pid = hexid(person_id)
    out = consent_entries(q, pid)
    facts = load_people(q, [pid]).get(pid)
    gov = governing_record(facts, on) if facts else None
    for e in out:
        e.governing = gov is not None and gov.id == e.id
    days = [e.revoked_on for e in out]
    for e in out:
        e.withdrawn_from = withdrawn_on(e.signed_on, e.revoked_on, days)
    return out


def utc_to_local(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone()


def verdict_summary(values: Iterable[str]) -> str:
    """The worst of several verdict values: blocked > needs_review > cleared."""
    vals = set(values)
    for v in ("blocked", "needs_review", "cleared"):
        if v in vals:
            return v
    return "cleared"


