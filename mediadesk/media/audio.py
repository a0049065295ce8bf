"""Audio recordings: podcast episodes, interviews, voice memos (PyAV, lazily).

MP3, M4A/AAC (MP4 and ADTS), WAV, Ogg (Vorbis, Opus, FLAC), Opus and FLAC,
through the FFmpeg that PyAV bundles.

Probe
    Duration, codec, sample rate and channels. The recording is decoded
    once (up to :data:`FULL_DECODE_SECONDS`; longer ones are sampled at
    :data:`WAVEFORM_BINS` points), which proves it holds sound, finds a file
    cut short (decoded length well below the length its header declares)
    and gives the peaks of the waveform thumbnail. Tags (ID3, MP4 atoms,
    Vorbis comments, RIFF INFO) are read only to leave them out: a title
    such as "Interview with Emma, 7A" must not reach the library's
    database; only the recording date and whether a GPS position is there
    are taken from them.
Thumbnail
    A waveform drawn with Pillow from the decoded samples (in the media
    worker, never on the GUI thread), with a speaker mark so it reads as
    sound at a glance.
Export
    :func:`mediadesk.media.export.export_audio`.

A file that holds a picture track as well (an Ogg Theora, an M4A that is
really a clip) is not read as sound: :class:`~mediadesk.media.errors.WrongKind`
hands it to the video handler, so its faces are looked for.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mediadesk.core.progress import CancelToken
from mediadesk.media.avfile import AvFile
from mediadesk.media.avfile import av_module as _av
from mediadesk.media.avfile import error_text as _fmt_error
from mediadesk.media.errors import MediaError, WrongKind, media_error_from_oserror
from mediadesk.media.probe import MediaInfo, file_time
from mediadesk.media.registry import MediaHandler, PathLike, register
from mediadesk.media.sniff import AUDIO_EXTENSIONS, is_bmff, sniff_bytes

if TYPE_CHECKING:
    from PIL.Image import Image

#: Recordings up to this length are decoded whole (a few seconds for half an
#: hour); longer ones are sampled, so the media worker's time limit holds.
FULL_DECODE_SECONDS = 1800.0
#: Columns of peaks kept for the waveform, and bars drawn (few enough to
#: stay visible in the 256 px thumbnail, which is shrunk from the 1600 px one).
WAVEFORM_BINS = 400
WAVEFORM_BARS = 96
#: Frames decoded at each point of a long recording.
SEEK_FRAMES = 6
#: A file whose decoded sound is this much shorter than its header says is
#: reported as cut short (seconds, and a fraction of the declared length).
TRUNCATION_SLACK = (0.25, 0.02)

WAVE_BG = (241, 245, 249)
WAVE_FG = (37, 99, 235)
WAVE_MID = (148, 163, 184)
MARK = (51, 65, 85)


@dataclass
class AudioScan:
    """What one pass over a recording found."""

    duration: float | None
    codec: str
    sample_rate: int | None
    channels: int | None
    format: str
    peaks: list[float]
    meta: dict[str, str]
    warnings: list[str]


class _Open(AvFile):
    """An open recording (container and its first audio stream); raises
    MediaError for a file that is none. Use as a context manager."""

    def __init__(self, path: PathLike) -> None:
        av = _av()
        self._open_container(path, "damaged or incomplete audio file")
        try:
            pictures = [s for s in self.container.streams.video
                        if not (s.disposition & av.stream.Disposition.attached_pic)]
            if pictures:
                raise WrongKind("the file holds a video track, not only sound", "video")
            if not self.container.streams.audio:
                raise MediaError("audio file has no sound stream")
            self.stream = self.container.streams.audio[0]
            self.stream.thread_type = "AUTO"
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> _Open:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def declared_duration(self) -> float | None:
        s = self.stream
        if s.duration and s.duration > 0 and s.time_base:
            return float(s.duration * s.time_base)
        if self.container.duration and self.container.duration > 0:
            return self.container.duration / 1_000_000
        return None


def open_recording(path: PathLike) -> _Open:
    """The recording at ``path``, open (``.container``, ``.stream``)."""
    return _Open(path)


def _frame_peak(frame: Any) -> float:
    import numpy as np

    arr = frame.to_ndarray()
    if arr.size == 0:
        return 0.0
    kind = arr.dtype.kind
    peak = float(np.max(np.abs(arr.astype(np.float32, copy=False))))
    if kind in "iu":
        peak /= float(np.iinfo(arr.dtype).max)
    return min(1.0, peak)


def _bin(values: list[tuple[float, float]], total: float, bins: int) -> list[float]:
    """(time, peak) pairs to ``bins`` columns of the largest peak each."""
    out = [0.0] * bins
    if total <= 0:
        return out
    for t, p in values:
        i = min(bins - 1, max(0, int(t / total * bins)))
        if p > out[i]:
            out[i] = p
    return out


def _decode_all(rec: _Open, cancel: CancelToken | None) -> tuple[float, list[tuple[float, float]]]:
    """Every frame once: (seconds of sound decoded, [(time, peak)])."""
    av = _av()
    decoded = 0.0
    values: list[tuple[float, float]] = []
    n = 0
    try:
        for packet in rec.container.demux(rec.stream):
            n += 1
            if cancel is not None and n % 256 == 0:
                cancel.raise_if_cancelled()
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                continue  # a damaged packet: skip it, as players do
            for frame in frames:
                rate = frame.sample_rate or rec.stream.codec_context.sample_rate or 0
                if not rate or not frame.samples:
                    continue
                values.append((decoded, _frame_peak(frame)))
                decoded += frame.samples / rate
    except av.error.FFmpegError as exc:
        rec.warnings.append(f"decoding stopped early: {_fmt_error(exc)}")
    return decoded, values


def _decode_sampled(rec: _Open, duration: float, bins: int,
                    cancel: CancelToken | None) -> tuple[bool, list[tuple[float, float]]]:
    """A long recording: one frame at each of ``bins`` points. Returns
    whether the last point could be decoded, and [(time, peak)]."""
    av = _av()
    s = rec.stream
    tb = float(s.time_base) if s.time_base else 1e-6
    start = int(s.start_time or 0)
    values: list[tuple[float, float]] = []
    last_ok = False
    for i in range(bins):
        if cancel is not None:
            cancel.raise_if_cancelled()
        t = duration * (i + 0.5) / bins
        try:
            rec.container.seek(start + int(t / tb), stream=s, backward=True, any_frame=False)
            # a decoder starts silent after a seek (MP3's bit reservoir,
            # AAC's priming): the loudest of a few frames stands for the point
            peak, got = 0.0, 0
            for frame in rec.container.decode(s):
                peak, got = max(peak, _frame_peak(frame)), got + 1
                if got == SEEK_FRAMES:
                    break
            if got:
                values.append((t, peak))
                last_ok = i == bins - 1
        except av.error.FFmpegError:
            continue
    return last_ok, values


def scan_audio(path: PathLike, cancel: CancelToken | None = None, bins: int = WAVEFORM_BINS) -> AudioScan:
    """Open, check and measure a recording. Raises MediaError for a file
    that holds no decodable sound."""
    with _Open(path) as rec:
        cc = rec.stream.codec_context
        declared = rec.declared_duration()
        meta: dict[str, str] = {}
        meta.update(rec.container.metadata or {})
        meta.update({k: v for k, v in (rec.stream.metadata or {}).items() if k not in meta})
        if declared is not None and declared > FULL_DECODE_SECONDS:
            last_ok, values = _decode_sampled(rec, declared, bins, cancel)
            if not values:
                raise MediaError("no sound could be decoded (the file is damaged or incomplete)")
            if not last_ok:
                rec.warnings.append("file truncated: the recording ends early")
            duration: float | None = declared
            peaks = _bin(values, declared, bins)
        else:
            decoded, values = _decode_all(rec, cancel)
            if decoded <= 0:
                raise MediaError("no sound could be decoded (the file is damaged or incomplete)")
            slack = max(TRUNCATION_SLACK[0], (declared or 0) * TRUNCATION_SLACK[1])
            if declared is not None and decoded < declared - slack:
                rec.warnings.append(
                    f"file truncated: the recording ends after {decoded:.1f} s of {declared:.1f} s")
            duration = decoded
            peaks = _bin(values, decoded, bins)
        warnings = list(rec.warnings)
        if _wav_cut_short(path):
            warnings.append("file truncated: the recording ends early")
        return AudioScan(
            duration=round(duration, 6) if duration is not None else None,
            codec=cc.name,
            sample_rate=int(cc.sample_rate) if cc.sample_rate else None,
            channels=int(cc.channels) if cc.channels else None,
            format=rec.container.format.name,
            peaks=peaks,
            meta=meta,
            warnings=list(dict.fromkeys(warnings)),
        )


def _wav_cut_short(path: PathLike) -> bool:
    """A RIFF WAVE whose ``data`` chunk claims more bytes than the file has
    (FFmpeg quietly plays what is there)."""
    import struct

    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return False
            size = os.fstat(fh.fileno()).st_size
            pos = 12
            for _ in range(64):
                fh.seek(pos)
                chunk = fh.read(8)
                if len(chunk) < 8:
                    return False
                cid, length = struct.unpack("<4sI", chunk)
                if cid == b"data":
                    return length != 0xFFFFFFFF and pos + 8 + length > size
                pos += 8 + length + (length & 1)
    except OSError:
        return False
    return False


# A one-entry cache: the media worker probes a file, then draws its
# thumbnail; the second asks for the same pass as the first.
_last_lock = threading.Lock()
_last: tuple[tuple[str, int, int], AudioScan] | None = None


def _scan_cached(path: PathLike) -> AudioScan:
    global _last
    st = os.stat(path)
    key = (os.fsdecode(path), st.st_size, st.st_mtime_ns)
    with _last_lock:
        if _last is not None and _last[0] == key:
            return _last[1]
    scan = scan_audio(path)
    with _last_lock:
        _last = (key, scan)
    return scan


def _parse_time(meta: dict[str, str]) -> Any:
    from mediadesk.media.video import _first, _parse_iso

    return _parse_iso(_first(meta, "com.apple.quicktime.creationdate")) or _parse_iso(
        _first(meta, "creation_time", "date"))


def probe_audio(path: PathLike) -> MediaInfo:
    """Describe a recording: duration, codec, sample rate, channels, date."""
    try:
        scan = _scan_cached(path)
    except OSError as exc:
        raise media_error_from_oserror(exc) from exc
    meta = scan.meta
    capture = _parse_time(meta)
    has_gps = any(k in meta for k in ("location", "location-eng", "com.apple.quicktime.location.ISO6709"))
    return MediaInfo(
        kind="audio", width=0, height=0,
        capture_time=capture or file_time(path),
        capture_time_source="exif" if capture else "file",
        has_gps=has_gps,
        duration=scan.duration,
        codec=scan.codec,
        has_audio=True,
        sample_rate=scan.sample_rate,
        channels=scan.channels,
        format=scan.format,
        warnings=list(scan.warnings),
    )


def waveform_image(peaks: list[float], size: tuple[int, int]) -> Image:
    """A waveform of ``peaks`` (0..1) on a light ground, with a speaker
    mark in the top left corner; 8-bit RGB."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    w, h = max(16, size[0]), max(9, size[1])
    im = PILImage.new("RGB", (w, h), WAVE_BG)
    draw = ImageDraw.Draw(im)
    mid = h / 2
    top = max(peaks) if peaks else 0.0
    scale = 1.0 / top if top > 1e-4 else 0.0
    margin = round(w * 0.04)
    inner = w - 2 * margin
    draw.line((margin, mid, w - margin, mid), fill=WAVE_MID, width=max(1, h // 200))
    n = len(peaks)
    if n and inner > 0:
        cols = max(1, min(inner // 3, n, WAVEFORM_BARS))
        step = inner / cols
        bar = max(1, int(step * 0.7))
        for c in range(cols):
            lo, hi = c * n // cols, max(c * n // cols + 1, (c + 1) * n // cols)
            v = max(peaks[lo:hi]) * scale
            half = max(1.0, v * (h * 0.3))
            x = margin + c * step
            draw.rectangle((x, mid - half, x + bar - 1, mid + half), fill=WAVE_FG)
    # speaker mark: a box, a cone and two arcs
    u = max(2, h // 28)
    x0, y0 = margin, margin
    draw.rectangle((x0, y0 + u, x0 + u, y0 + 3 * u), fill=MARK)
    draw.polygon([(x0 + u, y0 + u), (x0 + 3 * u, y0), (x0 + 3 * u, y0 + 4 * u), (x0 + u, y0 + 3 * u)], fill=MARK)
    lw = max(1, u // 2)
    for r in (u * 1.5, u * 2.5):
        cx, cy = x0 + 3 * u, y0 + 2 * u
        draw.arc((cx - r + u, cy - r, cx + r + u, cy + r), -45, 45, fill=MARK, width=lw)
    return im


@register
class AudioHandler(MediaHandler):
    """MP3, M4A/AAC, WAV, Ogg/Opus and FLAC through PyAV (bundled FFmpeg)."""

    kind = "audio"
    extensions = AUDIO_EXTENSIONS
    name = "audio"

    @classmethod
    def accepts(cls, head: bytes) -> bool:
        # An .m4a may carry a generic MP4 brand (Android recorders write
        # "isom"/"mp42"); the probe tells sound from a clip.
        kind = sniff_bytes(head)
        return kind == "audio" or (kind == "video" and is_bmff(head))

    def probe(self, path: PathLike) -> MediaInfo:
        return probe_audio(path)

    def display_image(self, path: PathLike, max_side: int, warnings: list[str]) -> Image:
        scan = _scan_cached(path)
        warnings.extend(w for w in scan.warnings if w not in warnings)
        return waveform_image(scan.peaks, (max_side, max(9, round(max_side * 9 / 16))))


__all__ = [
    "AudioHandler", "AudioScan", "open_recording", "probe_audio", "scan_audio", "waveform_image",
]
