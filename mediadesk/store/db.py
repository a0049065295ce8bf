"""Opening a library: engine, SQLite pragmas, migrations with a backup first."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from .facts import schema_revision as current_revision_sqlite
from .location import sqlite_path
from .migrations import HEAD_REVISION

T = TypeVar("T")

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # deleted rows (erased names, purged face templates) are overwritten with
    # zeros, not left in free pages, whatever this SQLite's build default is
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def _private_library_file(path: Path) -> None:
    """The library file and its -wal/-shm are 0600 (SQLite gives the journal
    files the database file's mode); an existing library is tightened."""
    from mediadesk.core.private_files import create_private, make_private_dir, tighten

    make_private_dir(path.parent)
    create_private(path)
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists():
            tighten(p)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            _private_library_file(path)
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def backup_sqlite(path: Path) -> Path:
    """Copy a live SQLite library with the online backup API; returns the copy."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    from mediadesk.core.private_files import create_private

    create_private(target)
    src = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(str(target))
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine: Engine, url: str) -> Path | None:
    """Bring the library to the newest schema. Takes a backup of an existing
    SQLite library first; returns the backup's path (None if none was needed)."""
    backup = None
    path = sqlite_path(url)
    if path is not None:
        rev = current_revision_sqlite(path)
        if rev == HEAD_REVISION:
            return None
        if rev is not None or (path.exists() and path.stat().st_size > 0):
            backup = backup_sqlite(path)
            log.info("library backed up to %s before migrating from %s", backup, rev)
    from alembic import command

    cfg = _alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


#: PostgreSQL advisory lock taken by every unit of work that changes who may
#: be published, and by the export's check-and-record (see lock_for_write).
CONSENT_LOCK_KEY = 0x4D44_0001


def lock_for_write(s: Session) -> None:
    """Start the session's transaction holding the write lock, before its
    first read: SQLite ``BEGIN IMMEDIATE`` (one writer at a time, taken now
    instead of at the first write), PostgreSQL a transaction-scoped advisory
    lock shared by the same kind of units. A check-then-write in such a unit
    (export: verdict, then publication record) cannot interleave with a
    withdrawal: one commits before the other starts reading."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CONSENT_LOCK_KEY})")


def session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)


#: A unit of work that collides with a concurrent one is tried this often.
WRITE_ATTEMPTS = 4


def is_write_conflict(e: BaseException) -> bool:
    """A unique key taken meanwhile by another connection (PostgreSQL, SQLite),
    or SQLite refusing a write on a snapshot another connection has changed."""
    from sqlalchemy.exc import IntegrityError, OperationalError

    if isinstance(e, IntegrityError):
        return "unique" in str(e).lower()
    return isinstance(e, OperationalError) and "locked" in str(e).lower()


def retry_on_conflict(fn: Callable[..., T]) -> Callable[..., T]:
    """Run a write again when it collided with the same write made at the same
    moment elsewhere (another computer on a shared library, a second window).
    Only for writes that read what they change inside their own transaction
    and are rolled back whole, so the next attempt sees the other's result."""
    import functools
    import time as _time

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return fn(*args, **kwargs)
            except Exception as e:
                if attempt + 1 == WRITE_ATTEMPTS or not is_write_conflict(e):
                    raise
                _time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    return wrapper
