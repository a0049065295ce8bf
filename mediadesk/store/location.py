"""Where a library lives. Stdlib only: the command line's fast path uses it."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "MediaDesk"
ENV_DB = "MEDIADESK_DB"


def user_data_dir() -> Path:
    override = os.environ.get("MEDIADESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    override = os.environ.get("MEDIADESK_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir as _ucd

    return Path(_ucd(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "library.sqlite"


def resolve_url(db: str | None = None) -> str:
    """``--db`` beats ``MEDIADESK_DB`` beats the platformdirs default.

    A plain path becomes ``sqlite:///<absolute path>``; URLs pass unchanged.
    """
    value = db or os.environ.get(ENV_DB) or str(default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, or None for other databases / in-memory."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):]
    if not rest or rest == ":memory:":
        return None
    return Path(rest.split("?", 1)[0])


def shown_url(url: str) -> str:
    """``url`` fit to show in messages, logs and windows: a password is masked
    (``postgresql+psycopg://staff:***@server/mediadesk``)."""
    if "://" not in url:
        return url
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url
    if not password:
        return url
    userinfo, _, hostinfo = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{hostinfo}"))
