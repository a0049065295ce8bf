"""Content hashing. Assets are identified by the SHA-256 of their bytes.

This module must stay import-light (standard library only): the command
line's fast path imports it without Pillow or PyAV.
"""

from __future__ import annotations

import hashlib
import os

CHUNK_SIZE = 1024 * 1024  # 1 MiB


def sha256_file(path: str | os.PathLike[str] | bytes) -> str:
    """Return the lower-case hex SHA-256 of the file at ``path``.

    The file is streamed in 1 MiB chunks, so memory use does not grow with
    file size. ``OSError`` (missing file, permission denied) propagates.
    """
    digest = hashlib.sha256()
    buf = bytearray(CHUNK_SIZE)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as fh:
        while True:
            n = fh.readinto(buf)
            if not n:
                break
            digest.update(view[:n])
    return digest.hexdigest()
