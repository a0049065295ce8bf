"""The library's settings: one JSON value per key (read with
:func:`mediadesk.store.facts.read_settings`), each change audited."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from mediadesk.store.audit import write_audit
from mediadesk.store.facts import read_settings, session_query

_UPSERT = text(
    "INSERT INTO setting (key, value) VALUES (:k, :v) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def settings_of(s: Session) -> dict[str, Any]:
    """Every setting, as stored now."""
    return read_settings(session_query(s))


def write_settings(s: Session, values: dict[str, Any]) -> None:
    """Store ``values`` (key -> JSON-able value), replacing what was there."""
    for k, v in values.items():
        s.execute(_UPSERT, {"k": k, "v": json.dumps(v, ensure_ascii=False)})


def change_settings(s: Session, actor: str, current: dict[str, Any], changes: dict[str, Any]) -> None:
    """Store those of ``changes`` that differ from ``current``, each audited
    (``settings.change`` by ``actor``) with its old and new value."""
    for k, v in changes.items():
        if current.get(k) != v:
            write_settings(s, {k: v})
            write_audit(s, actor, "settings.change", "setting", None, {k: current.get(k)}, {k: v})
