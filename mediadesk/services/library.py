"""The Library: an open MediaDesk library, the session factory the use cases share.

It holds the engine, who is working (the actor) and where the library keeps
its files; :meth:`Library.unit` is one unit of work (a short-lived session,
one transaction) and :meth:`Library.audit` writes an audit entry in it.

The use cases are functions in ``services/`` by concern, each taking the
library first: ``people``, ``consent``, ``assets``, ``settings``, ``faces``,
``legal_basis``, ``publishing``, ``export``, ``privacy``, ``retention``, ``reports``,
``importer``/``checking`` (the one import-and-check pipeline). Nothing here
imports Qt.
"""

from __future__ import annotations

import getpass
import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy.engine import Engine
from sqlmodel import Session

from mediadesk.store import db as dbmod
from mediadesk.store.audit import recent_entries, write_audit
from mediadesk.store.location import resolve_url, sqlite_path, user_cache_dir
from mediadesk.store.tables import AuditEntry

log = logging.getLogger(__name__)


def current_actor() -> str:
    """Who is working: ``MEDIADESK_USER`` or the operating-system user."""
    name = os.environ.get("MEDIADESK_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no user database (containers)
        return "unknown"


class Library:
    """An open library. Build with :meth:`open`."""

    def __init__(self, url: str, engine: Engine, actor: str, backup: Path | None = None) -> None:
        self.url = url
        self.engine = engine
        self.actor = actor
        self.last_backup = backup

    # ---- opening -------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        profile: str | None = None,
        age_of_consent: int | None = None,
        language: str | None = None,
        actor: str | None = None,
    ) -> "Library":
        url = resolve_url(db)
        engine = dbmod.make_engine(url)
        backup = dbmod.migrate(engine, url)
        lib = cls(url, engine, actor or current_actor(), backup)
        from .consent import purge_biometrics_if_needed
        from .settings import init_settings

        init_settings(lib, profile, age_of_consent, language)
        # A biometric consent can also end by date (31 July) with nobody
        # touching the library: its templates go the first time it is opened after.
        with lib.unit() as s:
            purge_biometrics_if_needed(lib, s, None)
        return lib

    def close(self) -> None:
        self.engine.dispose()

    @property
    def db_path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def cache_dir(self) -> Path:
        override = os.environ.get("MEDIADESK_CACHE_DIR")
        if override:
            return Path(override)
        p = self.db_path
        if p is not None and os.environ.get("MEDIADESK_CACHE_BESIDE_DB"):
            return p.with_name(p.stem + "-cache")
        return user_cache_dir()

    @property
    def evidence_dir(self) -> Path:
        """Where copies of consent evidence (scans, photos, PDFs) are kept:
        beside an SQLite library (``<name>-evidence``); for a database server,
        in this computer's MediaDesk data folder, one folder per library."""
        p = self.db_path
        if p is not None:
            return p.with_name(p.stem + "-evidence")
        import hashlib

        from mediadesk.store.location import shown_url, user_data_dir

        key = hashlib.sha256(shown_url(self.url).encode()).hexdigest()[:16]  # not keyed by the password
        return user_data_dir() / "evidence" / key

    @property
    def data_dir(self) -> Path:
        """The library's own files (the school's logo): beside an SQLite
        library (``<name>-data``); for a database server, in this computer's
        MediaDesk data folder, one folder per library."""
        p = self.db_path
        if p is not None:
            return p.with_name(p.stem + "-data")
        import hashlib

        from mediadesk.store.location import shown_url, user_data_dir

        key = hashlib.sha256(shown_url(self.url).encode()).hexdigest()[:16]
        return user_data_dir() / "libraries" / key

    @contextmanager
    def unit(self, exclusive: bool = False) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        ``exclusive``: hold the write lock from the first read (see
        :func:`mediadesk.store.db.lock_for_write`); for every change of who
        may be published and for the export's check-and-record."""
        s = Session(self.engine, expire_on_commit=False)
        try:
            if exclusive:
                dbmod.lock_for_write(s)
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def audit(
        self,
        s: Session,
        action: str,
        entity: str,
        entity_id: Any = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        write_audit(s, self.actor, action, entity, entity_id, old, new)


def audit_log(lib: Library, limit: int = 1000) -> list[AuditEntry]:
    with lib.unit() as s:
        return recent_entries(s, limit)
