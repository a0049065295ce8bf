"""Files about people are this user's only: folders 0700, files 0600 (POSIX).

The library, its write-ahead log, backups, consent evidence and the
thumbnail cache hold names, birth dates and faces of children. They are
created readable by the owner only, whatever the umask; on Windows the
user's profile folders already keep them private. Stdlib only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

DIR_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` and its missing parents as 0700 folders; a folder
    that already exists keeps its mode (it may be the user's own)."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=DIR_MODE)
        except FileExistsError:
            pass
    return path


def tighten(path: str | os.PathLike[str]) -> None:
    """Make an existing file 0600 (nothing on Windows, or if it is not ours)."""
    if os.name != "posix":  # pragma: no cover - POSIX modes only
        return
    try:
        os.chmod(path, FILE_MODE)
    except OSError:
        pass


def create_private(path: str | os.PathLike[str]) -> None:
    """Create ``path`` empty as 0600 if it does not exist yet (so a program
    that opens it afterwards, like SQLite, never makes it world-readable)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        pass


def open_private(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open ``path`` for writing bytes, created 0600 (truncated if it exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
    return os.fdopen(fd, "wb")
