"""Reading another library for a merge: a consistent copy, its schema
revision, its rows.

The other library (a laptop's SQLite file) is never written: it is copied
with SQLite's online backup API (a consistent snapshot even while the laptop
has it open), the copy is brought to this schema when it is older, and the
copy is read. The merge itself (``mediadesk.services.merging``) writes
through the receiving library's session.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

from . import tables
from .facts import schema_revision
from .migrations import HEAD_REVISION

Row = dict[str, Any]

#: the tables a merge brings over, parents before children
MERGED_TABLES: tuple[type[SQLModel], ...] = (
    tables.Person,
    tables.Event,
    tables.ConsentRecord,
    tables.Objection,
    tables.Asset,
    tables.AssetPath,
    tables.Presence,
    tables.Face,
    tables.RejectedSuggestion,
    tables.FaceTemplate,
    tables.Publication,
    tables.DataRequest,
    tables.AuditEntry,
)


def snapshot_sqlite(src: Path, dst: Path) -> None:
    """Copy the SQLite library ``src`` to ``dst`` with the online backup API,
    opening ``src`` read-only. Raises ``sqlite3.DatabaseError`` when ``src``
    is not an SQLite database."""
    from mediadesk.core.private_files import create_private

    create_private(dst)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=10)
    target = sqlite3.connect(str(dst))
    try:
        with target:
            source.backup(target)
        # the copy is read by one process only: no WAL files beside it
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
        source.close()


def revision_of(path: Path) -> str | None:
    """The schema revision of an SQLite library (None: no MediaDesk library)."""
    return schema_revision(path)


def known_revisions() -> list[str]:
    """Every schema revision this MediaDesk knows, oldest first."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    script = ScriptDirectory.from_config(cfg)
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def upgrade_copy(path: Path) -> None:
    """Bring the copy at ``path`` to this MediaDesk's schema (in place)."""
    from .db import make_engine, migrate

    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        migrate(engine, url)
    finally:
        engine.dispose()


def is_current(rev: str | None) -> bool:
    return rev == HEAD_REVISION


def open_copy(path: Path) -> Engine:
    """A read-only engine on a copy made by :func:`snapshot_sqlite`."""
    return create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")


def read_rows(engine: Engine) -> dict[str, list[Row]]:
    """Every row of the merged tables, by table name, in a stable order."""
    out: dict[str, list[Row]] = {}
    with engine.connect() as conn:
        for model in MERGED_TABLES:
            table = model.__table__  # type: ignore[attr-defined]
            order = [c for c in table.primary_key.columns]
            rows = conn.execute(select(table).order_by(*order)).mappings().all()
            out[table.name] = [dict(r) for r in rows]
    return out


def setting_rows(engine: Engine) -> dict[str, str]:
    """The other library's settings, raw JSON text by key."""
    with engine.connect() as conn:
        table = tables.Setting.__table__  # type: ignore[attr-defined]
        return {r.key: r.value for r in conn.execute(select(table)).all()}
