"""Verdicts from the current facts. Import-light (no SQLAlchemy): the command
line's ``check`` runs it over a plain sqlite3 connection.

Verdicts are never stored: every call reads the facts as they are now, so a
withdrawal recorded a moment ago is already in the next verdict.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence

from mediadesk.core.errors import UserError
from mediadesk.core.model import CoveredEvaluation, Evaluation
from mediadesk.core.rules import Evaluator
from mediadesk.store.facts import Query, load_asset_facts, read_settings, rule_settings
from mediadesk.store.readmodels import path_record


def changed_since_import(q: Query, ref: str) -> bool:
    """True when ``ref`` is the path of a file the library knows whose bytes
    are no longer the bytes it imported (cameras reuse names): the path must
    then be judged as new content, never by the old asset's verdict. Size is
    compared first; with the same size the content hash decides."""
    from pathlib import Path

    from mediadesk.media.hashing import sha256_file

    p = Path(ref).expanduser()
    if not p.is_file():
        return False
    recorded = path_record(q, str(p.resolve()))
    if recorded is None:
        return False
    size, sha = recorded
    try:
        return p.stat().st_size != size or sha256_file(p) != sha
    except OSError:
        return True  # cannot read it now: do not vouch for the old verdict


def visible_channels(settings: dict[str, Any]) -> list[str]:
    return [c["slug"] for c in settings.get("channels", []) if not c.get("hidden")]


def all_channels(settings: dict[str, Any]) -> list[str]:
    return [c["slug"] for c in settings.get("channels", [])]


def check_channels(settings: dict[str, Any], channels: Sequence[str] | None) -> list[str]:
    known = all_channels(settings)
    if not channels:
        return visible_channels(settings)
    for ch in channels:
        if ch not in known:
            raise UserError(f"unknown channel '{ch}' (known: {', '.join(known)})")
    return list(channels)


def evaluate_assets(
    q: Query,
    asset_ids: Sequence[str] | None,
    channels: Sequence[str] | None,
    on: date,
    settings: dict[str, Any] | None = None,
) -> list[tuple[Evaluation, str]]:
    """(Evaluation, path) per asset and channel, assets in the given order."""
    settings = settings if settings is not None else read_settings(q)
    chans = check_channels(settings, channels)
    ev = Evaluator(rule_settings(settings))
    out: list[tuple[Evaluation, str]] = []
    for facts, path in load_asset_facts(q, asset_ids):
        for ch in chans:
            out.append((ev.evaluate(facts, ch, on), path))
    return out


def covered_evaluations(
    q: Query,
    asset_id: str,
    channel: str,
    days: Sequence[date],
    *,
    faces: Sequence[str] | None = None,
    unresolved: bool = False,
    extra: Sequence[str] = (),
    settings: dict[str, Any] | None = None,
) -> list[CoveredEvaluation]:
    """The covered evaluation of one asset on ``channel`` for each day in
    ``days`` (all with the same faces covered), or [] for an unknown asset.

    ``faces`` None: the faces the rules say must be covered on any of the
    days (``unresolved``: also every unidentified face), plus ``extra``.
    Otherwise exactly ``faces``. The plain verdict is in each ``plain``."""
    settings = settings if settings is not None else read_settings(q)
    check_channels(settings, [channel])
    found = load_asset_facts(q, [asset_id], all_faces=True)
    if not found:
        return []
    facts = found[0][0]
    ev = Evaluator(rule_settings(settings))
    if faces is None:
        chosen: set[str] = set(extra)
        for day in days:
            chosen |= ev.cover_plan(facts, channel, day, unresolved=unresolved, extra=extra).faces
        faces = sorted(chosen)
    return [ev.evaluate_covered(facts, channel, day, faces) for day in days]
