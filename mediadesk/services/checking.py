"""The one pipeline from files to verdicts, for the command line and the GUI.

- :func:`import_and_scan` is what an import runs through: the media workers
  hash, probe and thumbnail each file and, on the same decode of a photo,
  find its faces (:class:`mediadesk.faces.scan.PhotoScan`); the faces are
  stored for the assets not scanned yet; clips, and photos whose scan
  failed, are then scanned by :func:`mediadesk.services.faces.scan_assets`.
- :func:`check_file` is the teacher's quick check of one file: judged by the
  bytes it holds now (a path the library knows is hashed again: a camera
  that reuses file names must never make new bytes pass under an old
  verdict), imported and scanned when new.
- :func:`check` gives the verdicts of ``check ASSET...``; when every asset
  is already in an up-to-date SQLite library, :func:`fast_check` answers
  with the standard library's sqlite3 alone (the command line stays light).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediadesk.core.enums import FaceMode
from mediadesk.core.errors import ProfileMismatch, UserError
from mediadesk.core.progress import CancelToken, Cancelled, Progress, ProgressCallback

if TYPE_CHECKING:  # the fast check imports neither SQLModel nor the media layer
    from mediadesk.core.model import Evaluation

    from .importer import ImportReport
    from .library import Library


def import_and_scan(
    lib: Library,
    paths: Sequence[str | Path],
    *,
    event: str | None = None,
    scan: bool = True,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    inline: bool | None = None,
    verify_content: bool = False,
    results: Iterable[Any] | None = None,
) -> ImportReport:
    """Import ``paths`` and find the faces of what they hold.

    The faces are scanned (``scan``, and the library's face mode not off)
    for every imported asset not scanned yet: the new ones, and known ones
    whose scan never finished (a cancelled import). Those a media worker
    found are stored with each batch of assets, so a stopped import keeps them. ``report.faces`` is the
    scan's :class:`~mediadesk.services.faces.ScanReport` (None without a
    scan). ``inline`` as in ``scan_assets`` (the GUI passes False: dlib
    holds the GIL). ``results`` replaces the media workers (tests).
    """
    from . import faces, queries
    from .importer import import_paths

    analysis = faces.photo_scan_for(lib) if scan else None
    found = faces.ScanReport()
    report = import_paths(lib, paths, event=event, progress=progress, cancel=cancel, workers=workers,
                          results=results, verify_content=verify_content, analysis=analysis,
                          on_analysed=lambda batch: found.add(faces.store_found(lib, batch)))
    if not scan:
        return report
    rest = queries.with_lib(lib, queries.unscanned, report.asset_ids) if report.asset_ids else []
    if rest and not report.cancelled and faces.face_mode(lib) != FaceMode.OFF:
        if progress is not None:
            progress(Progress(0, len(rest), "", "faces"))
        try:
            found.add(faces.scan_assets(lib, rest, progress=progress, cancel=cancel, inline=inline, workers=2))
        except Cancelled:
            found.cancelled = True
    report.cancelled = report.cancelled or found.cancelled
    report.faces = found
    return report


def check_file(
    lib: Library,
    path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = 1,
    inline: bool | None = None,
) -> str:
    """The id of the asset holding the bytes now at ``path``, imported and
    scanned if new. Raises UserError naming the file when it cannot be
    checked, Cancelled when ``cancel`` fired."""
    report = import_and_scan(lib, [path], progress=progress, cancel=cancel, workers=workers,
                             inline=inline, verify_content=True)
    if cancel is not None:
        cancel.raise_if_cancelled()
    if report.rejected:
        raise UserError(f"{path}: cannot be checked: {report.rejected[0]['reason']}")
    return report.asset_ids[0]


@dataclass(frozen=True)
class CheckRequest:
    """What ``check ASSET...`` asks: ``refs`` are asset ids or paths, judged
    for ``channels`` (None: the visible ones) on day ``on``; ``profile`` and
    ``age_of_consent``, when given, must be the library's."""

    db: str | None
    refs: Sequence[str]
    channels: Sequence[str] | None
    on: date
    profile: str | None = None
    age_of_consent: int | None = None


def check(req: CheckRequest, open_library: Callable[[], Library], *,
          progress: ProgressCallback | None = None) -> tuple[dict[str, Any], list[tuple[Evaluation, str]]]:
    """(settings, [(Evaluation, path), ...]) for each asset and channel. A
    path that is new, or holds new bytes under a known name, is checked as
    a file (:func:`check_file`)."""
    got = fast_check(req)
    if got is not None:
        return got
    from mediadesk.store.facts import session_query

    from .assets import resolve_asset, verdicts_of
    from .evaluate import changed_since_import
    from .settings import library_settings

    lib = open_library()
    ids = []
    for ref in req.refs:
        with lib.unit() as s:
            changed = changed_since_import(session_query(s), ref)
        if not changed:
            try:
                ids.append(resolve_asset(lib, ref))
                continue
            except UserError:
                if not Path(ref).expanduser().is_file():
                    raise
        ids.append(check_file(lib, ref, progress=progress))
    return library_settings(lib), verdicts_of(lib, ids, req.channels, req.on)


def fast_check(req: CheckRequest) -> tuple[dict[str, Any], list[tuple[Evaluation, str]]] | None:
    """:func:`check` with the stdlib sqlite3 only, read-only, when every ref
    is an asset of an up-to-date SQLite library whose file has not changed.
    None means: take the full path."""
    import sqlite3

    from mediadesk.store.facts import find_asset_ids, read_settings, schema_revision, sqlite_query
    from mediadesk.store.location import resolve_url, sqlite_path
    from mediadesk.store.migrations import HEAD_REVISION
    from mediadesk.store.retention import deleted_on

    from .evaluate import changed_since_import, evaluate_assets

    path = sqlite_path(resolve_url(req.db))
    if path is None or not path.is_file():
        return None
    try:
        if schema_revision(path) != HEAD_REVISION:
            return None
    except sqlite3.Error:  # not a library file: the full path says so
        return None
    q, con = sqlite_query(path)
    try:
        settings = read_settings(q)
        check_profile(settings, req.profile, req.age_of_consent)
        ids = []
        for ref in req.refs:
            found = find_asset_ids(q, ref)
            if len(found) != 1 or changed_since_import(q, ref) or deleted_on(q, found[0]) is not None:
                return None  # the full path says what is wrong (a deleted asset: refused)
            ids.append(found[0])
        return settings, evaluate_assets(q, ids, req.channels, req.on, settings)
    finally:
        con.close()


def check_profile(settings: dict[str, Any], profile: str | None, age_of_consent: int | None) -> None:
    """Raise ProfileMismatch when the asked profile or age of consent is not the library's."""
    if profile and profile != settings.get("profile"):
        raise ProfileMismatch(f"this library uses profile '{settings.get('profile')}'; change it in the settings")
    if age_of_consent is not None and age_of_consent != settings.get("age_of_consent"):
        raise ProfileMismatch(f"this library uses age of consent {settings.get('age_of_consent')}; change it in the settings")
