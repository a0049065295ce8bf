"""Export for a channel: only what is cleared, written clean, recorded.

``export_channel`` walks the chosen assets (default: every asset, oldest
capture first) and for each one:

1. evaluates it for the channel from the facts as they are *now* (never
   an earlier verdict), both today and on the planned publication date when
   that differs: exporting is publishing now, so a withdrawal of today stops
   a back-dated export. Anything but ``cleared`` is skipped and listed with
   its verdict and reasons; an asset already exported for the channel into
   the same folder (its file is still there, the record is live) is skipped
   with ``ALREADY_EXPORTED`` instead of writing a duplicate;
2. finds its file (the last known path, then any other known path) and
   checks that the bytes still hash to the asset's SHA-256: an offline or
   changed file is skipped with a reason (``FILE_OFFLINE``,
   ``FILE_CHANGED``), since changed bytes were never checked;
3. writes it through :mod:`mediadesk.media.export` (preset of the channel,
   metadata stripped, faces dismissed as not identifiable covered with a
   solid fill when ``redact_dismissed``) to a hidden staging name in the
   target folder, flushed to the disk and decoded again before it counts
   (a disk that fills up mid-write is reported as such, never as exported);
4. in one transaction that holds the library's write lock from its first
   read (so a concurrent withdrawal commits either before it, and is seen,
   or after it, and then lists the publication for takedown): evaluates it
   again, and only if it is still cleared moves the staged file to its
   final name, records the publication (asset, channel, the real date, who,
   target file; the planned date goes into the audit entry) and writes the
   ``export`` audit entry. A withdrawal that lands while a clip is being
   encoded therefore still stops the file.

Staging files of an export that was killed (``.NAME.PID.partial.EXT`` and
the media layer's ``.NAME.PID.TID.tmp``) are removed by the next export
into the same folder once their process is gone.

File names come from a pattern with the fields ``{event}``, ``{date}``
(capture date of the asset, else the publication date), ``{on}`` (the
publication date), ``{channel}`` and ``{counter}`` (1, 2, ... per run, e.g.
``{counter:04d}``). There is no field for a person. The default,
``{date}_{counter:04d}``, carries no free text at all: an event is named
after its folder, and folders are often named after pupils ("Emma Jensen 7A
party"), so ``{event}`` appears in a name only when the user asks for it. Existing files are never overwritten: the counter
moves on, or ``-2``, ``-3`` ... is appended when the pattern has no counter.
"""

from __future__ import annotations

import math
import os
import re
import string
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from sqlmodel import Session, col, select

from mediadesk.core.dates import today
from mediadesk.core.enums import FaceState, Verdict
from mediadesk.core.errors import UserError
from mediadesk.core.model import CoveredEvaluation, Evaluation, Reason
from mediadesk.core.progress import CancelToken, Cancelled, Progress, ProgressCallback
from mediadesk.store.facts import session_query
from mediadesk.store.readmodels import TrackSamples, face_boxes, face_samples, person_ids_by_external
from mediadesk.store.tables import Asset, AssetPath, Event, Face

from .evaluate import check_channels, covered_evaluations, evaluate_assets
from .library import Library
from .assets import resolve_asset
from .settings import library_settings, update_settings

if TYPE_CHECKING:
    from mediadesk.media.cover import CoverTrack
    from mediadesk.media.errors import MediaError
    from mediadesk.media.export import ExportPreset, ExportResult

DEFAULT_PATTERN = "{date}_{counter:04d}"
PATTERN_FIELDS = frozenset({"event", "date", "on", "channel", "counter"})

# ---- presets -------------------------------------------------------------------------------


def export_presets(lib: Library, settings: dict[str, Any] | None = None) -> dict[str, ExportPreset]:
    """Preset per channel: the library's ``export_presets`` setting over the
    defaults. Returns ``{channel: ExportPreset}`` for every known channel."""
    from mediadesk.media.export import DEFAULT_PRESETS, FALLBACK_PRESET, ExportPreset

    settings = settings if settings is not None else library_settings(lib)
    stored = settings.get("export_presets") or {}
    out: dict[str, ExportPreset] = {}
    for ch in [c["slug"] for c in settings.get("channels", [])]:
        if ch in stored:
            try:
                out[ch] = ExportPreset.from_value(stored[ch])
            except (TypeError, ValueError) as e:
                raise UserError(f"export preset of '{ch}' in the settings is invalid: {e}") from None
        else:
            out[ch] = DEFAULT_PRESETS.get(ch, FALLBACK_PRESET)
    return out


def set_export_preset(lib: Library, channel: str, *, max_side: int | None, quality: int) -> dict[str, Any]:
    """Change one channel's preset (audited as a settings change)."""
    from mediadesk.media.export import ExportPreset

    settings = library_settings(lib)
    check_channels(settings, [channel])
    try:
        preset = ExportPreset(max_side=max_side, quality=quality)
    except ValueError as e:
        raise UserError(str(e)) from None
    presets = dict(settings.get("export_presets") or {})
    presets[channel] = preset.to_dict()
    return update_settings(lib, export_presets=presets)


# ---- report --------------------------------------------------------------------------------

#: Reasons an asset that may be cleared was still not written.
_ISSUE_MESSAGES = {
    "FILE_OFFLINE": {
        "en": "the file is offline (not found at {path})",
        "da": "filen er offline (ikke fundet på {path})",
        "nl": "het bestand is offline (niet gevonden op {path})",
    },
    "FILE_CHANGED": {
        "en": "the file at {path} has changed since it was checked; import it again",
        "da": "filen på {path} er ændret siden den blev kontrolleret; importér den igen",
        "nl": "het bestand op {path} is gewijzigd sinds de controle; importeer het opnieuw",
    },
    "REDACTION_UNAVAILABLE": {
        "en": "a face dismissed as not identifiable in this clip is not known frame by frame (drawn by hand, or found before tracks kept their boxes); scan the clip's faces again or export without redaction",
        "da": "et ansigt i dette klip, der er afvist som ikke genkendeligt, kendes ikke billede for billede (tegnet i hånden eller fundet før sporene gemte deres felter); scan klippets ansigter igen eller eksportér uden tildækning",
        "nl": "een als niet herkenbaar afgewezen gezicht in deze clip is niet per beeld bekend (met de hand getekend, of gevonden voordat sporen hun vakken bewaarden); scan de gezichten van de clip opnieuw of exporteer zonder afdekken",
    },
    "COVER_UNAVAILABLE": {
        "en": "a face to cover in this clip is not known frame by frame (drawn by hand, or found before tracks kept their boxes); scan the clip's faces again",
        "da": "et ansigt, der skal tildækkes i dette klip, kendes ikke billede for billede (tegnet i hånden eller fundet før sporene gemte deres felter); scan klippets ansigter igen",
        "nl": "een af te dekken gezicht in deze clip is niet per beeld bekend (met de hand getekend, of gevonden voordat sporen hun vakken bewaarden); scan de gezichten van de clip opnieuw",
    },
    "ASSET_DELETED": {
        "en": "it was deleted from the library on retention while the file was written; nothing was published",
        "da": "det blev slettet fra biblioteket efter opbevaringsreglerne, mens filen blev skrevet; intet blev offentliggjort",
        "nl": "het is volgens de bewaartermijn uit de bibliotheek verwijderd terwijl het bestand werd geschreven; er is niets gepubliceerd",
    },
    "COVER_OUTSIDE": {
        "en": "a face region to cover lies outside the picture, so filling it would hide nothing; draw the face region again",
        "da": "et ansigtsfelt, der skal tildækkes, ligger uden for billedet, så det ville ikke skjule noget; tegn ansigtsfeltet igen",
        "nl": "een af te dekken gezichtsvak ligt buiten de afbeelding, dus invullen zou niets verbergen; teken het gezichtsvak opnieuw",
    },
    "COVER_CHANGED": {
        "en": "the faces to cover changed while the file was written; export it again",
        "da": "de ansigter, der skal tildækkes, blev ændret, mens filen blev skrevet; eksportér den igen",
        "nl": "de af te dekken gezichten zijn gewijzigd terwijl het bestand werd geschreven; exporteer het opnieuw",
    },
    "EXPORT_FAILED": {
        "en": "could not be written: {error}",
        "da": "kunne ikke skrives: {error}",
        "nl": "kon niet worden geschreven: {error}",
    },
    "ALREADY_EXPORTED": {
        "en": "already exported for this channel to {file} on {published_on}; nothing written again",
        "da": "allerede eksporteret til denne kanal som {file} den {published_on}; intet skrevet igen",
        "nl": "al geëxporteerd voor dit kanaal naar {file} op {published_on}; niets opnieuw geschreven",
    },
    "NOT_EXPORTABLE": {
        "en": "{kind} files are not exported",
        "da": "{kind}-filer eksporteres ikke",
        "nl": "{kind}-bestanden worden niet geëxporteerd",
    },
}


@dataclass(frozen=True)
class ExportIssue:
    """Why a (possibly cleared) asset was not written; not a consent reason."""

    code: str
    params: tuple[tuple[str, str], ...] = ()
    person: str | None = None

    def message(self, lang: str = "en") -> str:
        texts = _ISSUE_MESSAGES.get(self.code, {})
        text = texts.get(lang) or texts.get("en") or self.code
        try:
            return text.format(**dict(self.params))
        except (KeyError, IndexError):  # pragma: no cover - defensive
            return text

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"code": self.code, "person": self.person, "message": self.message(lang)}


@dataclass
class Exported:
    asset: str
    path: str
    file: str
    publication: str
    width: int | None = None
    height: int | None = None
    reencoded: bool = False
    redacted: int = 0
    warnings: list[str] = field(default_factory=list)
    #: an export with faces covered: who and why (see :func:`covered_record`)
    covered: list[dict[str, Any]] | None = None
    #: a covered clip: how many times the face detector ran near its tracks
    redetections: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"asset": self.asset, "path": self.path, "file": self.file}
        if self.covered is not None:
            out["covered"] = [
                {"person": c["external_id"], "name": c["name"], "face": c["face"], "why": c["why"]}
                for c in self.covered
            ]
        if self.redetections is not None:
            out["redetections"] = self.redetections
        return out


@dataclass
class Skipped:
    asset: str
    path: str
    verdict: str
    reasons: list[Reason | ExportIssue]

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "asset": self.asset, "path": self.path, "verdict": self.verdict,
            "reasons": [r.to_json(lang) for r in self.reasons],
        }

    @property
    def codes(self) -> list[str]:
        return [getattr(r.code, "value", r.code) for r in self.reasons]


@dataclass
class ExportReport:
    channel: str
    on: date
    to_dir: str
    exported: list[Exported] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The ``export --json`` document of ``spec/interfaces.md``."""
        return {
            "exported": [e.to_json() for e in self.exported],
            "skipped": [s.to_json(lang) for s in self.skipped],
        }


# ---- names ---------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def safe_name_part(text: str, limit: int = 60) -> str:
    """A file-name-safe form of an event name: no path separators or
    characters Windows refuses, spaces as ``-``; letters like æ, ø, å, é kept."""
    s = _UNSAFE.sub("-", text or "").strip()
    s = re.sub(r"\s+", "-", s)
    s = re.sub(r"-{2,}", "-", s).strip("-. ")
    return s[:limit].rstrip("-. ") or "export"


def check_pattern(pattern: str) -> None:
    """Refuse a file name pattern with unknown fields or path separators."""
    if not pattern or not pattern.strip():
        raise UserError("the file name pattern is empty")
    if "/" in pattern or "\\" in pattern or pattern.strip().startswith("."):
        raise UserError(f"file name pattern '{pattern}' must be a plain name (no folders, not hidden)")
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as e:
        raise UserError(f"file name pattern '{pattern}': {e}") from None
    for _, name, _, _ in parsed:
        if name is None:
            continue
        if name not in PATTERN_FIELDS:
            raise UserError(
                f"file name pattern '{pattern}': unknown field '{{{name}}}' "
                f"(use {', '.join('{' + f + '}' for f in sorted(PATTERN_FIELDS))})"
            )
    try:
        _render(pattern, {"event": "e", "date": "d", "on": "o", "channel": "c", "counter": 1})
    except (ValueError, TypeError) as e:
        raise UserError(f"file name pattern '{pattern}': {e}") from None


def _render(pattern: str, values: dict[str, Any]) -> str:
    return pattern.format(**values)


class _Namer:
    """Unique names in the target folder: never overwrite, never collide."""

    def __init__(self, to_dir: Path, pattern: str, channel: str, on: date) -> None:
        self.to_dir, self.pattern, self.channel, self.on = to_dir, pattern, channel, on
        self.counter = 1
        self.has_counter = any(n == "counter" for _, n, _, _ in string.Formatter().parse(pattern))
        self.taken: set[str] = set()

    def _free(self, stem: str) -> bool:
        if stem.casefold() in self.taken:
            return False
        return not any(p.name.casefold().startswith(stem.casefold() + ".") for p in self.to_dir.glob(glob_escape(stem) + ".*"))

    def next(self, event: str, captured: date | None) -> str:
        values = {
            "event": safe_name_part(event), "date": (captured or self.on).isoformat(),
            "on": self.on.isoformat(), "channel": self.channel,
        }
        for _ in range(100_000):
            stem = safe_name_part(_render(self.pattern, {**values, "counter": self.counter}), 120)
            if self._free(stem):
                break
            if not self.has_counter:
                for k in range(2, 100_000):
                    cand = f"{stem}-{k}"
                    if self._free(cand):
                        stem = cand
                        break
                break
            self.counter += 1
        self.counter += 1
        self.taken.add(stem.casefold())
        return stem


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


# ---- the export ----------------------------------------------------------------------------


@dataclass
class _Job:
    asset: str
    path: str
    kind: str
    sha256: str
    offline: bool
    other_paths: list[str]
    event: str
    captured: date | None
    dismissed: list[tuple[int, int, int, int]]
    dismissed_faces: list[str] = field(default_factory=list)  # their face ids (clips: the tracks)


def _jobs(lib: Library, asset_ids: Sequence[str] | None) -> list[_Job]:
    with lib.unit() as s:
        if asset_ids is None:
            rows = list(s.exec(select(Asset).where(col(Asset.deleted_at).is_(None))).all())
        else:
            ids = [uuid.UUID(hex=resolve_asset(lib, a, s)) for a in asset_ids]
            # resolve_asset has just found each of them in this transaction
            rows = [a for a in (s.get(Asset, i) for i in dict.fromkeys(ids)) if a is not None]
        events = {e.id: e.name for e in s.exec(select(Event)).all()}
        paths: dict[uuid.UUID, list[str]] = {}
        for ap in s.exec(select(AssetPath)).all():
            if not ap.missing:
                paths.setdefault(ap.asset_id, []).append(ap.path)
        dismissed: dict[uuid.UUID, list[tuple[int, int, int, int]]] = {}
        dismissed_ids: dict[uuid.UUID, list[str]] = {}
        for f in s.exec(select(Face).where(Face.state == FaceState.DISMISSED.value)).all():
            dismissed.setdefault(f.asset_id, []).append((f.x, f.y, f.w, f.h))
            dismissed_ids.setdefault(f.asset_id, []).append(f.id.hex)
        rows.sort(key=lambda a: (a.capture_time is None, a.capture_time.isoformat() if a.capture_time else "", a.path))
        return [
            _Job(
                asset=a.id.hex, path=a.path, kind=a.kind, sha256=a.sha256, offline=a.offline,
                other_paths=[p for p in paths.get(a.id, []) if p != a.path],
                event=events.get(a.event_id, "") if a.event_id else "",
                captured=a.capture_time.date() if a.capture_time else None,
                dismissed=dismissed.get(a.id, []),
                dismissed_faces=dismissed_ids.get(a.id, []),
            )
            for a in rows
        ]


def _evaluate_one(lib: Library, s: Session, asset: str, channel: str, on: date) -> Evaluation:
    """The verdict that lets the asset out: it must hold today (exporting is
    publishing now) and on the planned date; the first one that fails wins."""
    days = [today()] if on == today() else [today(), on]
    evs = [e for e, _ in evaluate_assets(session_query(s), [asset], [channel], days[0])]
    if len(days) > 1 and evs[0].verdict == Verdict.CLEARED:
        evs = [e for e, _ in evaluate_assets(session_query(s), [asset], [channel], days[1])]
    return evs[0]


def _evaluate_covered_one(s: Session, asset: str, channel: str, on: date, *, faces: Sequence[str] | None = None,
                          unresolved: bool = False) -> CoveredEvaluation:
    """The covered verdict that lets the asset out with faces covered: the
    same faces covered today and on the planned date (``faces`` None: what
    the rules ask to cover on either day); the first day that fails wins."""
    days = [today()] if on == today() else [today(), on]
    evs = covered_evaluations(session_query(s), asset, channel, days, faces=faces, unresolved=unresolved)
    return next((e for e in evs if e.verdict != Verdict.CLEARED), evs[0])


def covered_record(s: Session, ev: CoveredEvaluation) -> list[dict[str, Any]]:
    """What a covered publication stores and reports: one entry per filled
    face, with its box now, the person (internal id, external id, name;
    None for a face nobody identified) and why (reason codes)."""
    boxes = face_boxes(session_query(s), ev.asset)
    ids = person_ids_by_external(session_query(s), [c.person for c in ev.covered if c.person])
    out = []
    for c in ev.covered:
        why = [code.value for code in c.codes] or ["chosen"]
        for f in c.faces:
            out.append({
                "face": f, "person_id": ids.get(c.person) if c.person else None,
                "external_id": c.person, "name": c.person_name, "box": list(boxes[f]), "why": why,
            })
    return out


def _cover_boxes(record: list[dict[str, Any]]) -> list[tuple[int, int, int, int]]:
    return [(int(b[0]), int(b[1]), int(b[2]), int(b[3])) for b in (c["box"] for c in record)]


#: Two tracks of one covered person less than this far apart (seconds) are
#: filled as one track, interpolated across the gap: the scan lost the face
#: there (turned away, blurred by a move), which does not mean it was hidden.
BRIDGE_SECONDS = 5.0


@dataclass(frozen=True)
class ClipCover:
    """The face tracks a covered clip fills, with the upright frame size their
    boxes refer to. ``faces`` and ``spans``: each covered face and the time
    span of its track; ``tracks``: what is filled (the tracks of one person
    that follow each other within :data:`BRIDGE_SECONDS` joined into one)."""

    faces: tuple[str, ...]
    spans: tuple[tuple[float, float], ...]
    tracks: tuple[CoverTrack, ...]
    frame_size: tuple[int, int]
    #: where the preview frame is taken: the middle of the first covered track
    preview_time: float

    def to_compare(self) -> Any:
        return (self.frame_size, tuple(t.samples for t in self.tracks))

    def span(self, face: str) -> list[float]:
        """The time span (seconds) of the track of ``face``, as sampled."""
        return list(self.spans[self.faces.index(face)])


def clip_detector() -> Callable[[Any], list[tuple[int, int, int, int]]]:
    """The face detector a covered clip re-detects with near its tracks
    (:class:`mediadesk.media.cover.Redetect`), on an RGB crop, detection
    only (no templates): BlazeFace, the default engine's detector for small
    and turned faces (~10 ms on a 360 px crop; HOG there upscales the crop
    to find small faces and takes ~100 ms); the HOG engine where LiteRT is
    not available. A fresh detector, so the export does not share one with
    another thread."""
    from PIL import Image

    from mediadesk.faces import blazeface

    if blazeface.available():
        blaze = blazeface.BlazeFaceDetector()

        def detect(rgb: Any) -> list[tuple[int, int, int, int]]:
            return [b.as_tuple() for b in blaze.detect(Image.fromarray(rgb))]

        return detect
    from mediadesk.faces.dlib_engine import DlibEngine  # pragma: no cover - LiteRT missing on the platform

    engine = DlibEngine("hog")  # pragma: no cover

    def detect_hog(rgb: Any) -> list[tuple[int, int, int, int]]:  # pragma: no cover
        return [b.as_tuple() for b in engine.detect(Image.fromarray(rgb), rescan_original=False)]

    return detect_hog  # pragma: no cover


def clip_cover(s: Session, asset: str, faces: Sequence[str], people: Sequence[str | None] = ()) -> ClipCover | None:
    """The tracks of ``faces`` on the clip ``asset`` (``people``: whose each
    face is, None for a face nobody identified), or None when one of them is
    not known frame by frame (no sampled boxes: drawn by hand or found before
    tracks kept them): such a clip is not written covered."""
    from mediadesk.media.cover import CoverTrack

    known: dict[str, TrackSamples] = face_samples(session_query(s), asset)
    tracks: list[CoverTrack] = []
    size: tuple[int, int] | None = None
    for f in faces:
        ts = known.get(f)
        if ts is None or not ts.boxes or ts.size[0] <= 0 or ts.size[1] <= 0:
            return None
        boxes = ts.boxes
        if size is None:
            size = ts.size
        elif ts.size != size:  # scanned at another size: in pixels of the first (rounded outwards)
            sx, sy = size[0] / ts.size[0], size[1] / ts.size[1]
            boxes = tuple((t, (math.floor(b[0] * sx), math.floor(b[1] * sy), math.ceil(b[2] * sx) + 1,
                               math.ceil(b[3] * sy) + 1)) for t, b in ts.boxes)
        tracks.append(CoverTrack.from_samples(boxes))
    if not tracks or size is None:
        return None
    spans = tuple((tr.start, tr.end) for tr in tracks)
    # one person's tracks close together: one track across the gap
    fill: list[CoverTrack] = []
    by_person: dict[str, list[CoverTrack]] = {}
    for i, tr in enumerate(tracks):
        who = people[i] if i < len(people) else None
        if who:
            by_person.setdefault(who, []).append(tr)
        else:
            fill.append(tr)
    for own in by_person.values():
        own.sort(key=lambda tr: tr.start)
        cur = own[0]
        for nxt in own[1:]:
            if nxt.start - cur.end <= BRIDGE_SECONDS:
                cur = CoverTrack.from_samples(cur.samples + nxt.samples, interval=min(cur.interval, nxt.interval))
            else:
                fill.append(cur)
                cur = nxt
        fill.append(cur)
    fill.sort(key=lambda tr: (tr.start, tr.samples[0][1]))
    first = min(tracks, key=lambda tr: tr.start)
    return ClipCover(tuple(faces), spans, tuple(fill), size, (first.start + first.end) / 2)


@dataclass
class CoverOffer:
    """An asset that may be published on ``channel`` with faces covered
    (its plain verdict is not cleared, the covered one is)."""

    asset: str
    channel: str
    path: str
    evaluation: CoveredEvaluation
    record: list[dict[str, Any]]  # as covered_record: face, box, person, name, why
    lines: list[str]  # who is covered and why, in plain words (one per person or face)
    kind: str = "photo"  # photo | video
    #: a clip: the tracks to fill (None for a photo, or a clip that cannot be covered)
    clip: ClipCover | None = None

    @property
    def faces(self) -> int:
        return len(self.record)

    @property
    def boxes(self) -> list[tuple[int, int, int, int]]:
        return _cover_boxes(self.record)

    @property
    def names(self) -> list[str]:
        """The covered people by name (a face nobody identified is not named)."""
        return list(dict.fromkeys(c.person_name or c.person or "" for c in self.evaluation.covered if c.person))


def cover_offers(lib: Library, asset_ref: str, channels: Sequence[str], *, on: date | None = None,
                 unresolved: bool = False, lang: str = "en") -> list[CoverOffer]:
    """For each of ``channels`` on which the photo or clip ``asset_ref`` is
    not cleared but would be with faces covered (today and on ``on``): what
    ``export_channel(..., cover=True)`` would cover. A clip whose faces to
    cover are not all known frame by frame is not offered. Reads only."""
    on = on or today()
    offers: list[CoverOffer] = []
    with lib.unit() as s:
        aid = resolve_asset(lib, asset_ref, s)
        a = s.get(Asset, uuid.UUID(hex=aid))
        if a is None or a.kind not in ("photo", "video"):
            return offers
        for ch in channels:
            cev = _evaluate_covered_one(s, aid, ch, on, unresolved=unresolved)
            if cev.plain.verdict == Verdict.CLEARED or cev.verdict != Verdict.CLEARED:
                continue
            record = covered_record(s, cev)
            clip = None
            if a.kind == "video":
                clip = clip_cover(s, aid, [c["face"] for c in record], [c["external_id"] for c in record])
                if clip is None:
                    continue
            lines = [r.message(lang) for r in cev.reasons if r.code.value.startswith("COVERED_")]
            offers.append(CoverOffer(aid, ch, a.path, cev, record, lines, a.kind, clip))
    return offers


def cover_preview(lib: Library, offer: CoverOffer, max_side: int = 800, at: float | None = None) -> Any:
    """The photo of ``offer`` as the covered export shows it (a PIL image,
    longest side at most ``max_side``); for a clip, its frame at ``at``
    seconds (default: the middle of the first covered track), covered as the
    export covers it (with the face detector run once near each track in
    that frame). Slow
    (decodes the file): run it off the GUI thread. Raises UserError when the
    file is not there."""
    from mediadesk.media.errors import MediaError
    from mediadesk.media.export import covered_preview

    if not os.path.isfile(offer.path):
        raise UserError(f"the file is offline (not found at {offer.path})")
    try:
        if offer.clip is not None:
            from mediadesk.media.cover import Redetect, covered_frame

            when = offer.clip.preview_time if at is None else max(0.0, float(at))
            return covered_frame(offer.path, when, offer.clip.tracks, frame_size=offer.clip.frame_size,
                                 max_side=max_side, redetect=Redetect(clip_detector()))
        return covered_preview(offer.path, offer.boxes, max_side)
    except MediaError as e:
        raise UserError(f"{offer.path}: {e.reason}") from None


def _already_exported(s: Session, asset: str, channel: str, out_dir: Path) -> ExportIssue | None:
    """A live publication of this asset for this channel whose file is still
    in ``out_dir``: exporting again would only duplicate file and record."""
    from mediadesk.store.tables import Publication

    rows = s.exec(select(Publication).where(
        Publication.asset_id == uuid.UUID(hex=asset), Publication.channel == channel,
        col(Publication.undone_at).is_(None), col(Publication.taken_down_at).is_(None),
    )).all()
    for p in rows:
        if p.file and Path(p.file).parent == out_dir and os.path.isfile(p.file):
            return ExportIssue("ALREADY_EXPORTED", (("file", Path(p.file).name), ("published_on", p.published_on.isoformat())))
    return None


_STAGING = re.compile(r"^\..+\.(\d+)(?:\.partial(?:\.[^.]+)?|\.\d+\.tmp)$")


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover - no cheap liveness check; keep what may be in use
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - another user's process
        return True
    return True


def sweep_staging(out_dir: Path) -> list[str]:
    """Remove staging files left in ``out_dir`` by an export that was killed
    (its process is gone); returns their names."""
    gone: list[str] = []
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return gone
    for e in entries:
        m = _STAGING.match(e.name)
        if m and e.is_file(follow_symlinks=False) and not _process_alive(int(m.group(1))):
            _unlink(Path(e.path))
            gone.append(e.name)
    return gone


def _locate(job: _Job) -> tuple[str | None, ExportIssue | None]:
    """The path of a file whose bytes are still the asset's, or why not."""
    from mediadesk.media.hashing import sha256_file

    changed = None
    for p in [job.path, *job.other_paths]:
        if not os.path.isfile(p):
            continue
        try:
            digest = sha256_file(p)
        except OSError:
            continue
        if digest == job.sha256:
            return p, None
        changed = p
    if changed:
        return None, ExportIssue("FILE_CHANGED", (("path", changed),))
    return None, ExportIssue("FILE_OFFLINE", (("path", job.path),))


def _still_same(path: str, sha256: str) -> bool:
    """The file at ``path`` still holds the asset's bytes (read again after
    the export read it)."""
    from mediadesk.media.hashing import sha256_file

    try:
        return sha256_file(path) == sha256
    except OSError:
        return False


class _Deleted(Exception):
    """The asset was deleted on retention while its file was written."""


class _NoLongerCleared(Exception):
    def __init__(self, evaluation: Evaluation | CoveredEvaluation) -> None:
        self.evaluation = evaluation


class _CoverChanged(Exception):
    """A face to cover was moved, re-drawn or re-assigned while the file was written."""


def export_channel(
    lib: Library,
    channel: str,
    to_dir: str | os.PathLike[str],
    *,
    on: date | None = None,
    asset_ids: Sequence[str] | None = None,
    redact_dismissed: bool = False,
    cover: bool = False,
    cover_unresolved: bool = False,
    redetect: bool = True,
    pattern: str = DEFAULT_PATTERN,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write every asset cleared for ``channel`` on ``on`` (default today)
    into ``to_dir``; list every other asset with its verdict and reasons.

    ``cover``: an asset that is not cleared only because of the people on
    it is written *with their faces covered* when the rules clear it so
    (:meth:`mediadesk.core.rules.Evaluator.evaluate_covered`): every face of
    every person without valid consent for the channel (and, with
    ``cover_unresolved``, every face nobody has identified) is filled solid
    with a margin, and the publication records which faces, whose, and why.
    Its plain verdict stays blocked. A clip is re-encoded with each covered
    face track filled in every frame of its span
    (:mod:`mediadesk.media.cover`; progress per frame with stage
    ``"cover"``); a clip with a face to cover that is not known frame by
    frame (drawn by hand, or found before tracks kept their boxes) is
    skipped with ``COVER_UNAVAILABLE``. ``redetect`` (default): while a
    covered clip is encoded the face detector runs again near each track
    between samples and at its held edges, and a face found there grows the
    fill (:class:`mediadesk.media.cover.Redetect`); the count of detector
    runs is the exported entry's ``redetections``.

    ``asset_ids``: ids or paths (default: every asset in the library).
    Raises UserError for an unknown channel or a bad pattern. When
    ``cancel`` fires the report so far is returned with ``cancelled`` set;
    nothing half-written is left behind.
    """
    from mediadesk.media.errors import MediaError
    from mediadesk.media.export import export_asset

    on = on or today()
    settings = library_settings(lib)
    check_channels(settings, [channel])
    check_pattern(pattern)
    preset = export_presets(lib, settings)[channel]
    out_dir = Path(to_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UserError(f"cannot create {out_dir}: {e.strerror or e}") from None
    out_dir = out_dir.resolve()
    report = ExportReport(channel, on, str(out_dir))
    sweep_staging(out_dir)
    jobs = _jobs(lib, asset_ids)
    namer = _Namer(out_dir, pattern, channel, on)
    total = len(jobs)
    for i, job in enumerate(jobs):
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            break
        if progress is not None:
            progress(Progress(i, total, job.path, "export"))
        try:
            _export_one(lib, job, channel, on, preset, out_dir, namer, redact_dismissed, report, cancel, export_asset,
                        MediaError, cover=cover, cover_unresolved=cover_unresolved, progress=progress,
                        redetect=redetect)
        except Cancelled:
            report.cancelled = True
            break
    if progress is not None:
        done = len(report.exported) + len(report.skipped)
        progress(Progress(done, total, "", "export"))
    return report


def _export_one(lib: Library, job: _Job, channel: str, on: date, preset: ExportPreset, out_dir: Path, namer: _Namer,
                redact_dismissed: bool, report: ExportReport, cancel: CancelToken | None,
                export_asset: Callable[..., ExportResult], media_error: type[MediaError], *, cover: bool = False,
                cover_unresolved: bool = False, progress: ProgressCallback | None = None,
                redetect: bool = True) -> None:
    # 1. the verdict now (with faces covered when asked and needed), and not exported here already
    cev: CoveredEvaluation | None = None
    record: list[dict[str, Any]] | None = None
    with lib.unit() as s:
        ev = _evaluate_one(lib, s, job.asset, channel, on)
        if cover and ev.verdict != Verdict.CLEARED:
            cev = _evaluate_covered_one(s, job.asset, channel, on, unresolved=cover_unresolved)
            if cev.verdict == Verdict.CLEARED:
                record = covered_record(s, cev)
        cleared = ev.verdict == Verdict.CLEARED or record is not None
        again = _already_exported(s, job.asset, channel, out_dir) if cleared else None
    if not cleared:
        if cev is not None:  # why covering is not enough: what is left
            left: list[Reason | ExportIssue] = [r for r in cev.reasons if r.severity.value != "note"]
            report.skipped.append(Skipped(job.asset, job.path, cev.verdict.value, left))
            return
        reasons: list[Reason | ExportIssue] = list(ev.reasons)
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, reasons))
        return
    if again is not None:
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [again]))
        return
    if job.kind not in ("photo", "video", "audio"):
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("NOT_EXPORTABLE", (("kind", job.kind),))]))
        return
    # 2. the file, unchanged
    src, issue = _locate(job)
    if issue is not None or src is None:
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [issue or ExportIssue("FILE_OFFLINE", (("path", job.path),))]))
        return
    boxes = list(job.dismissed) if redact_dismissed else []
    clip: ClipCover | None = None
    fill: list[str] = []
    whose: list[str | None] = []
    if job.kind == "video" and (boxes or record is not None):
        # a clip: the covered faces' and the dismissed faces' tracks, in every frame
        fill = [c["face"] for c in record or []]
        whose = [c["external_id"] for c in record or []]
        for f in job.dismissed_faces if redact_dismissed else []:
            if f not in fill:
                fill.append(f)
                whose.append(None)
        with lib.unit() as s:
            clip = clip_cover(s, job.asset, fill, whose)
        if clip is None:
            code = "COVER_UNAVAILABLE" if record is not None else "REDACTION_UNAVAILABLE"
            report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue(code)]))
            return
        boxes = []
    if boxes and job.kind != "photo":
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("REDACTION_UNAVAILABLE")]))
        return
    if record is not None and job.kind != "video":
        if job.kind != "photo":
            report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("COVER_UNAVAILABLE")]))
            return
        else:
            boxes += _cover_boxes(record)
    # 3. write under a hidden staging name
    stem = namer.next(job.event, job.captured)
    staging_stem = out_dir / f".{stem}.{os.getpid()}.partial"
    try:
        if clip is not None:
            from mediadesk.media.cover import Redetect, export_covered_clip

            def frames(done: int, expected: int) -> None:
                if progress is not None:
                    progress(Progress(done, expected, job.path, "cover"))

            result = export_covered_clip(src, staging_stem, preset, clip.tracks, frame_size=clip.frame_size,
                                         cancel=cancel, on_frame=frames,
                                         redetect=Redetect(clip_detector()) if redetect else None)
        else:
            result = export_asset(src, staging_stem, job.kind, preset, redact_boxes=boxes, cancel=cancel)
    except Cancelled:
        raise
    except media_error as e:
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("EXPORT_FAILED", (("error", e.reason),))]))
        return
    staged = result.path
    if record is not None and clip is None and result.redacted < len(boxes):
        # a face to cover outside the picture: nothing filled, the face in plain view
        _unlink(staged)
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("COVER_OUTSIDE")]))
        return
    if not _still_same(src, job.sha256):
        # replaced while it was read: what was written are bytes nobody checked
        _unlink(staged)
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("FILE_CHANGED", (("path", src),))]))
        return
    suffix = staged.name[len(staging_stem.name):]
    final = out_dir / f"{stem}{suffix}"
    # 4. evaluate again, then place + record in one transaction
    from .publishing import record_publication

    placed = False
    try:
        with lib.unit(exclusive=True) as s:
            row = s.get(Asset, uuid.UUID(hex=job.asset))
            if row is None or row.deleted_at is not None:  # deleted on retention meanwhile
                raise _Deleted()
            ev2 = _evaluate_one(lib, s, job.asset, channel, on)
            stored = None
            if record is not None:
                # the same faces, still enough, with the boxes that were filled
                cev2 = _evaluate_covered_one(s, job.asset, channel, on, faces=[c["face"] for c in record])
                if cev2.verdict != Verdict.CLEARED:
                    raise _NoLongerCleared(cev2)
                if covered_record(s, cev2) != record:
                    raise _CoverChanged()
                if clip is not None:  # and the same tracks, frame by frame
                    now = clip_cover(s, job.asset, fill, whose)
                    if now is None or now.to_compare() != clip.to_compare():
                        raise _CoverChanged()
                stored = [{k: c[k] for k in ("face", "person_id", "box", "why")} for c in record]
                if clip is not None:  # a clip: the time span of each covered track too
                    for c in stored:
                        c["span"] = clip.span(c["face"])
            elif ev2.verdict != Verdict.CLEARED:
                raise _NoLongerCleared(ev2)
            pub = record_publication(lib, job.asset, channel, on=today(), file=str(final), session=s, covered=stored)
            lib.audit(
                s, "export", "asset", job.asset, None,
                {
                    "channel": channel, "on": on, "published_on": today(), "file": str(final), "publication": pub,
                    "preset": preset.to_dict(), "reencoded": result.reencoded, "redacted": result.redacted,
                    **({"redetections": result.detections} if result.detections is not None else {}),
                    "source_sha256": job.sha256,
                    **({"covered": [{"face": c["face"], "person": c["person_id"]} for c in stored]} if stored else {}),
                },
            )
            s.flush()
            if final.exists():  # appeared since the name was chosen: never overwrite
                raise FileExistsError(str(final))
            os.replace(staged, final)
            placed = True
    except _NoLongerCleared as nc:
        _unlink(staged)
        e2 = nc.evaluation
        report.skipped.append(Skipped(job.asset, job.path, e2.verdict.value,
                                      [r for r in e2.reasons if r.severity.value != "note"]))
        return
    except _Deleted:
        _unlink(staged)
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("ASSET_DELETED")]))
        return
    except _CoverChanged:
        _unlink(staged)
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("COVER_CHANGED")]))
        return
    except FileExistsError:
        _unlink(staged)
        report.skipped.append(Skipped(job.asset, job.path, ev.verdict.value, [ExportIssue("EXPORT_FAILED", (("error", f"{final.name} already exists"),))]))
        return
    except BaseException:
        _unlink(staged)
        if placed:
            _unlink(final)
        raise
    report.exported.append(
        Exported(job.asset, job.path, str(final), pub, result.width, result.height, result.reencoded, result.redacted, result.warnings,
                 covered=record, redetections=result.detections)
    )


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass


__all__ = [
    "BRIDGE_SECONDS", "DEFAULT_PATTERN", "ClipCover", "CoverOffer", "clip_cover", "clip_detector", "ExportIssue", "cover_offers", "cover_preview", "covered_record", "ExportReport", "Exported", "Skipped", "check_pattern",
    "export_channel", "export_presets", "safe_name_part", "set_export_preset", "sweep_staging",
]
