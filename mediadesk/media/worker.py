"""One file, start to finish: hash, probe, thumbnails. Never raises for bad input.

:func:`process_file` is what each worker process of
:mod:`mediadesk.media.pool` runs; it can also be called directly (tests,
single-file imports).
"""

from __future__ import annotations

import logging
import os
import stat
import traceback
from dataclasses import dataclass, field
from typing import Any

from mediadesk.media.errors import MediaError, reason_for_oserror
from mediadesk.media.hashing import sha256_file

log = logging.getLogger(__name__)

THUMBNAIL_SIZES: tuple[int, int] = (256, 1600)


@dataclass
class FileResult:
    """The outcome for one path. Picklable; every field is plain data.

    ``ok`` is False when the file cannot be used as a photo or video;
    ``error`` then holds a short human reason (``"empty file"``,
    ``"timed out after 60 s"``, ...). ``sha256``, ``size``, ``mtime`` and
    ``kind`` are filled in as far as processing got, so a rejected file can
    still be recorded by content. ``info`` is :meth:`MediaInfo.to_dict`
    output; ``thumbnails`` maps size (px) to the thumbnail file path (str).
    ``warnings`` are problems that did not stop the import (also stored in
    ``info["warnings"]``).
    """

    path: str
    ok: bool = False
    sha256: str | None = None
    size: int | None = None
    mtime: float | None = None
    kind: str | None = None
    info: dict[str, Any] | None = None
    thumbnails: dict[int, str] = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def _path_str(path: str | os.PathLike[str] | bytes) -> str:
    return os.fsdecode(path)


def process_file(path: str, cache_dir: str) -> FileResult:
    """Hash, probe and thumbnail (256 and 1600 px) one file.

    Never raises for bad input: every problem ends up in
    :attr:`FileResult.error` (or ``warnings``). Deterministic: the same file
    gives the same result and the same thumbnail bytes.
    """
    from mediadesk.media.registry import handler_for
    from mediadesk.media.thumbs import make_thumbnails

    result = FileResult(path=_path_str(path))
    try:
        st = os.stat(path)
        result.size, result.mtime = st.st_size, st.st_mtime
        if stat.S_ISDIR(st.st_mode):
            raise MediaError("not a regular file: directory")
        if not stat.S_ISREG(st.st_mode):
            raise MediaError("not a regular file")
        if st.st_size == 0:
            raise MediaError("empty file")
        result.sha256 = sha256_file(path)
        handler = handler_for(path)
        result.kind = handler.kind
        info = handler.probe(path)
        warnings = list(info.warnings)
        thumbs = make_thumbnails(
            path, result.sha256, cache_dir, THUMBNAIL_SIZES, warnings=warnings, handler=handler
        )
        after = os.stat(path)
        if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
            warnings.append("file changed while it was being read")
        info.warnings = warnings
        result.info = info.to_dict()
        result.thumbnails = {size: str(p) for size, p in sorted(thumbs.items())}
        result.warnings = list(warnings)
        result.ok = True
    except MediaError as exc:
        result.error = exc.reason
    except OSError as exc:
        result.error = reason_for_oserror(exc)
    except MemoryError:
        result.error = "out of memory while reading the file"
    except Exception as exc:  # a bug or an exotic decoder failure: report, don't crash the pool
        log.error("unexpected error processing %r:\n%s", result.path, traceback.format_exc())
        result.error = f"internal error: {type(exc).__name__}: {exc}"[:300]
    return result
