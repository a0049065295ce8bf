"""Importing photos, clips and audio recordings into a library.

Files are identified by their content SHA-256: the same bytes under another
name are the same asset (the new path is recorded), a moved file is
re-linked, a missing file makes its asset ``offline`` (never deleted).
Hashing, probing and thumbnails run in worker processes
(``mediadesk.media.pool.run_pool``); this module is the single writer that
commits their results in batches, so a killed import leaves only whole rows
and a second run finishes the rest without duplicates.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlmodel import Session, col, select

from mediadesk.core.errors import UserError
from mediadesk.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from mediadesk.store.db import retry_on_conflict
from mediadesk.store.tables import Asset, AssetPath, Event

from .library import Library

BATCH_SIZE = 50
BATCH_SECONDS = 1.0



@dataclass
class ImportReport:
    imported: list[dict[str, str]] = field(default_factory=list)
    known: list[dict[str, str]] = field(default_factory=list)
    relinked: list[dict[str, str]] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    cancelled: bool = False
    #: the face scan of the new assets (set by import_and_scan)
    faces: Any = None

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "known": self.known,
            "relinked": self.relinked,
            "rejected": self.rejected,
        }

    @property
    def asset_ids(self) -> list[str]:
        return [d["asset"] for d in self.imported + self.known + self.relinked]


def _media_exts() -> set[str]:
    from mediadesk.media.sniff import AUDIO_EXTENSIONS, PHOTO_EXTENSIONS, VIDEO_EXTENSIONS

    return set(PHOTO_EXTENSIONS) | set(VIDEO_EXTENSIONS) | set(AUDIO_EXTENSIONS)


def collect_files(paths: Sequence[str | Path]) -> list[tuple[Path, str]]:
    """(file, event name) for every file to import. Folders are walked
    recursively (hidden entries skipped, files kept by extension or content);
    files given by name are always tried. A path that does not exist is a
    user error naming it."""
    from mediadesk.media.sniff import sniff_kind

    exts = _media_exts()
    out: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw).expanduser()
        if not p.exists() and not p.is_symlink():
            raise UserError(f"{raw}: no such file or folder")
        p = p.resolve()
        if p.is_dir():
            event = p.name
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    f = Path(root) / name
                    if f.suffix.lower() not in exts:
                        try:
                            if sniff_kind(f) is None:
                                continue
                        except OSError:
                            continue
                    if f not in seen:
                        seen.add(f)
                        out.append((f, event))
        else:
            if p not in seen:
                seen.add(p)
                out.append((p, p.parent.name))
    return out


def _process_in_pool(files: list[str], cache_dir: Path, cancel: CancelToken, progress: ProgressCallback,
                     workers: int | None, analysis: Any) -> Iterator[Any]:
    from mediadesk.media.pool import run_pool

    yield from run_pool(files, str(cache_dir), workers=workers, cancel=cancel, progress=progress,
                        analysis=analysis)


def _parse_time(v: Any) -> datetime | None:
    if not v:
        return None
    if isinstance(v, datetime):
        dt = v
    else:
        try:
            dt = datetime.fromisoformat(str(v))
        except ValueError:
            return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def import_paths(
    lib: Library,
    paths: Sequence[str | Path],
    *,
    event: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    results: Iterable[Any] | None = None,
    verify_content: bool = False,
    analysis: Any = None,
    on_analysed: Callable[[dict[str, Any]], None] | None = None,
) -> ImportReport:
    """Import files and folders. ``results`` replaces the worker pool (tests).

    A path recorded with the same size and mtime counts as known without
    reading it, unless ``verify_content``: then every file is hashed again
    (the quick check, where a reused file name must never pass as old bytes).
    ``analysis`` (a :class:`mediadesk.media.worker.PhotoAnalysis`) runs on
    each photo read, on the decode made for its thumbnails; after each batch
    of assets is committed, ``on_analysed`` gets what it returned, by asset
    id (see :func:`mediadesk.services.checking.import_and_scan`)."""
    progress = progress or no_progress
    cancel = cancel or CancelToken()
    files = collect_files(paths)
    report = ImportReport()
    event_of = {str(f): (event or ev) for f, ev in files}
    total = len(files)

    # Names that are not valid UTF-8 cannot be stored faithfully: reject them.
    kept_files: list[tuple[Path, str]] = []
    for f, ev in files:
        try:
            str(f).encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(f).decode("utf-8", "replace")
            report.rejected.append({"path": shown, "reason": "file name is not valid UTF-8 text; rename the file and import it again"})
            continue
        kept_files.append((f, ev))
    files = kept_files

    # Fast path: a path already recorded with the same size and mtime is known.
    todo: list[str] = []
    with lib.unit() as s:
        names = [str(f) for f, _ev in files]
        recorded: dict[str, AssetPath] = {}
        for i in range(0, len(names), 500):  # only the paths being imported, not the whole library
            chunk = names[i : i + 500]
            recorded.update({ap.path: ap for ap in s.exec(select(AssetPath).where(col(AssetPath.path).in_(chunk))).all()})
        for f, _ev in files:
            ap = recorded.get(str(f))
            try:
                st = f.stat()
            except OSError:
                todo.append(str(f))
                continue
            if not verify_content and ap is not None and ap.size == st.st_size and ap.mtime == st.st_mtime:
                a = s.get(Asset, ap.asset_id)
                if a is None:  # a recorded path always has its asset; if not, read the file again
                    todo.append(str(f))
                    continue
                if ap.missing:
                    ap.missing = False
                    s.add(ap)
                if a.offline:
                    a.offline, a.path = False, str(f)
                    s.add(a)
                    lib.audit(s, "asset.online", "asset", a.id, {"offline": True}, {"offline": False, "path": str(f)})
                report.known.append({"asset": a.id.hex, "path": str(f)})
            else:
                todo.append(str(f))
    done = total - len(todo)
    progress(Progress(done, total, "", "import"))
    if not todo:
        return report

    stream = results if results is not None else _process_in_pool(todo, lib.cache_dir, cancel, lambda p: None, workers, analysis)
    writer = _Writer(lib, event_of, report, on_analysed)
    try:
        for res in stream:
            writer.add(res)
            done += 1
            progress(Progress(done, total, res.path, "import"))
            if cancel.cancelled:
                report.cancelled = True
                break
    finally:
        writer.flush()
    if cancel.cancelled:
        report.cancelled = True
    return report


class _Writer:
    """The single writer: commits results in batches, each with its audit."""

    def __init__(self, lib: Library, event_of: dict[str, str], report: ImportReport,
                 on_analysed: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.lib, self.event_of, self.report, self.on_analysed = lib, event_of, report, on_analysed
        self.pending: list[Any] = []
        self.refused: set[str] = set()  # content deleted on retention: its new thumbnails go too
        self.last = time.monotonic()

    def add(self, res: Any) -> None:
        if not res.ok:
            self.report.rejected.append({"path": res.path, "reason": res.error or "unreadable"})
            return
        self.pending.append(res)
        if len(self.pending) >= BATCH_SIZE or time.monotonic() - self.last > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        # Another computer (or window) may import the same files or event
        # between our look-up and our insert: the batch is rolled back whole
        # and written again, and then they are known.
        staged = retry_on_conflict(self._write_batch)(batch)
        analysed = dict(staged.pop("analyses"))
        for k, v in staged.items():  # only after the commit succeeded
            getattr(self.report, k).extend(x for x in v if k != "events" or x not in self.report.events)
        if analysed and self.on_analysed is not None:
            self.on_analysed(analysed)
        if self.refused:
            from mediadesk.media.thumbs import remove_thumbnails

            for sha in sorted(self.refused):
                try:
                    remove_thumbnails(self.lib.cache_dir, sha)
                except OSError:
                    pass  # swept by the next deletion (services/retention.py)
            self.refused.clear()
        self.last = time.monotonic()

    def _write_batch(self, batch: list[Any]) -> dict[str, list[Any]]:
        staged: dict[str, list[Any]] = {k: [] for k in ("imported", "known", "relinked", "warnings", "events", "analyses", "rejected")}
        with self.lib.unit() as s:
            for res in batch:
                asset = self._write(s, res, staged)
                if asset is not None and getattr(res, "analysis", None) is not None:
                    staged["analyses"].append((asset.id.hex, res.analysis))
        return staged

    def _event(self, s: Session, name: str, when: date | None, staged: dict[str, list[Any]]) -> Event:
        ev = s.exec(select(Event).where(Event.name == name)).first()
        if ev is None:
            ev = Event(name=name, date_from=when, date_to=when)
            s.add(ev)
            s.flush()
            self.lib.audit(s, "event.create", "event", ev.id, None, {"name": name})
            staged["events"].append(name)
        elif when:
            if ev.date_from is None or when < ev.date_from:
                ev.date_from = when
            if ev.date_to is None or when > ev.date_to:
                ev.date_to = when
            s.add(ev)
        return ev

    def _lost_path(self, s: Session, asset: Asset, path: str) -> None:
        """``path`` now holds other bytes: the asset lives on under another
        recorded path that is still there, or goes offline."""
        s.flush()
        others = [ap.path for ap in s.exec(select(AssetPath).where(AssetPath.asset_id == asset.id)).all()
                  if not ap.missing and ap.path != path and os.path.exists(ap.path)]
        if others:
            asset.path = others[0]
        else:
            asset.offline = True
        s.add(asset)
        self.lib.audit(s, "asset.path_changed", "asset", asset.id, {"path": path},
                       {"path": asset.path if others else None, "offline": asset.offline})

    def _write(self, s: Session, res: Any, staged: dict[str, list[Any]]) -> Asset | None:
        path = res.path
        info = res.info or {}
        asset = s.exec(select(Asset).where(Asset.sha256 == res.sha256)).first()
        ap = s.exec(select(AssetPath).where(AssetPath.path == path)).first()
        if asset is not None and asset.deleted_at is not None:
            # deleted on retention: the same bytes are not taken in again
            self.refused.add(asset.sha256)
            staged["rejected"].append({"path": path, "reason": (
                f"this file was deleted from the library on retention on {asset.deleted_at.date().isoformat()}"
                f" ({asset.deletion_reason}); it is not imported again")})
            return None
        for w in res.warnings or []:
            staged["warnings"].append({"path": path, "warning": w})
        if asset is not None:
            old_path = asset.path
            if ap is None:
                s.add(AssetPath(asset_id=asset.id, path=path, size=res.size, mtime=res.mtime))
            elif ap.asset_id != asset.id:
                previous = s.get(Asset, ap.asset_id)
                ap.asset_id, ap.size, ap.mtime, ap.missing = asset.id, res.size, res.mtime, False
                s.add(ap)
                if previous is not None and previous.path == path:
                    self._lost_path(s, previous, path)
            else:
                ap.size, ap.mtime, ap.missing = res.size, res.mtime, False
                s.add(ap)
            if old_path != path and not os.path.exists(old_path):
                for old in s.exec(select(AssetPath).where(AssetPath.path == old_path)).all():
                    old.missing = True
                    s.add(old)
                asset.path, asset.offline = path, False
                s.add(asset)
                self.lib.audit(s, "asset.relink", "asset", asset.id, {"path": old_path}, {"path": path})
                staged["relinked"].append({"asset": asset.id.hex, "path": path, "old_path": old_path})
            else:
                if asset.offline:
                    asset.offline, asset.path = False, path
                    s.add(asset)
                    self.lib.audit(s, "asset.online", "asset", asset.id, {"offline": True}, {"offline": False, "path": path})
                staged["known"].append({"asset": asset.id.hex, "path": path})
            return asset
        capture = _parse_time(info.get("capture_time"))
        when = capture.date() if capture else None
        ev = self._event(s, self.event_of.get(path, Path(path).parent.name), when or date.today(), staged)
        asset = Asset(
            sha256=res.sha256, size=res.size, kind=res.kind, path=path, event_id=ev.id,
            capture_time=capture, capture_time_source=info.get("capture_time_source"),
            # a recording has no picture: no size (None, not 0)
            width=info.get("width") or None, height=info.get("height") or None, duration=info.get("duration"),
            meta=json.dumps(info, ensure_ascii=False, default=str) if info else None,
            warnings=json.dumps(res.warnings) if res.warnings else None,
        )
        s.add(asset)
        s.flush()
        if ap is None:
            s.add(AssetPath(asset_id=asset.id, path=path, size=res.size, mtime=res.mtime))
        else:  # the file at this path changed content: the path now shows the new asset
            previous = s.get(Asset, ap.asset_id)
            ap.asset_id, ap.size, ap.mtime, ap.missing = asset.id, res.size, res.mtime, False
            s.add(ap)
            if previous is not None and previous.path == path:
                self._lost_path(s, previous, path)
        self.lib.audit(s, "asset.import", "asset", asset.id, None, {"path": path, "sha256": res.sha256, "kind": res.kind, "event": ev.name})
        staged["imported"].append({"asset": asset.id.hex, "path": path})
        return asset


def refresh_offline(lib: Library) -> dict[str, Any]:
    """Mark assets whose files are all gone as offline, and bring back those
    whose file reappeared. A path whose bytes changed (a camera reused the
    name) no longer shows its asset: it is marked gone and listed under
    ``changed``, so the new bytes are judged only after they are imported.
    Never deletes anything."""
    from mediadesk.media.hashing import sha256_file

    went, came, changed = 0, 0, []
    with lib.unit() as s:
        paths: dict[Any, list[AssetPath]] = {}
        for ap in s.exec(select(AssetPath)).all():
            paths.setdefault(ap.asset_id, []).append(ap)
        for a in s.exec(select(Asset)).all():
            present = []
            for ap in paths.get(a.id, []):
                try:
                    st = os.stat(ap.path)
                    exists = True
                except OSError:
                    exists = False
                if exists and (st.st_size != ap.size or st.st_mtime != ap.mtime):
                    try:
                        same = st.st_size == a.size and sha256_file(ap.path) == a.sha256
                    except OSError:
                        same = False
                    if same:
                        ap.size, ap.mtime = st.st_size, st.st_mtime
                        s.add(ap)
                    else:
                        exists = False
                        if not ap.missing:
                            changed.append(ap.path)
                            lib.audit(s, "asset.path_changed", "asset", a.id, {"path": ap.path}, {"path": None})
                if ap.missing == exists:
                    ap.missing = not exists
                    s.add(ap)
                if exists:
                    present.append(ap.path)
            if not present and not a.offline:
                a.offline = True
                s.add(a)
                lib.audit(s, "asset.offline", "asset", a.id, {"offline": False}, {"offline": True})
                went += 1
            elif present and (a.offline or a.path not in present):
                was_offline = a.offline
                a.offline = False
                if a.path not in present:
                    a.path = present[0]
                s.add(a)
                if was_offline:
                    lib.audit(s, "asset.online", "asset", a.id, {"offline": True}, {"offline": False, "path": a.path})
                    came += 1
    return {"offline": went, "online": came, "changed": sorted(changed)}
