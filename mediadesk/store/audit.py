"""The audit log: one append-only entry per change, written in the change's
own transaction (so a change and its record commit or roll back together)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from mediadesk.store.facts import hexid
from mediadesk.store.tables import AuditEntry


def jsonable(v: Any) -> Any:
    """``v`` with dates, ids and sets made JSON values."""
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, uuid.UUID):
        return v.hex
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set, frozenset)):
        return [jsonable(x) for x in v]
    return v


def write_audit(s: Session, actor: str, action: str, entity: str, entity_id: Any = None,
                old: Any = None, new: Any = None) -> None:
    """Record ``action`` on ``entity`` by ``actor``, with the values before and after."""
    s.add(AuditEntry(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=hexid(entity_id) if entity_id is not None else None,
        old=json.dumps(jsonable(old), ensure_ascii=False) if old is not None else None,
        new=json.dumps(jsonable(new), ensure_ascii=False) if new is not None else None,
    ))


def recent_entries(s: Session, limit: int = 1000) -> list[AuditEntry]:
    """The newest ``limit`` entries, newest first."""
    return list(s.exec(select(AuditEntry).order_by(col(AuditEntry.at).desc()).limit(limit)).all())
