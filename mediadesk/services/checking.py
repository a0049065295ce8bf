"""The teacher's quick check, one pipeline for the command line and the GUI.

A file handed to a check is judged by the bytes it holds now: a path the
library knows is hashed again (a camera that reuses file names must never
make new bytes pass under an old verdict), a new file is imported. Face
scanning is left to the caller (the GUI scans through its own job runner).
"""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.errors import UserError
from mediadesk.core.progress import CancelToken, ProgressCallback

from .importer import import_paths
from .library import Library


def import_for_check(
    lib: Library,
    path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = 1,
) -> str:
    """The id of the asset holding the bytes now at ``path`` (imported if new).
    Raises UserError naming the file when it cannot be checked."""
    report = import_paths(lib, [path], progress=progress, cancel=cancel, workers=workers,
                          verify_content=True)
    if cancel is not None:
        cancel.raise_if_cancelled()
    if report.rejected:
        raise UserError(f"{path}: cannot be checked: {report.rejected[0]['reason']}")
    return report.asset_ids[0]
