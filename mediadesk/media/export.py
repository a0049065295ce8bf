"""Writing one asset for publication: resized, cleaned, optionally redacted.

No Qt, no database. The export service (:mod:`mediadesk.services.export`)
decides *whether* an asset may be written; this module decides *how*.

Photos
    Decoded at full size (JPEGs drafted down when the preset allows it and
    nothing is redacted), converted to 8-bit sRGB (an embedded ICC profile
    is converted with LittleCMS), EXIF orientation applied to the pixels (a
    portrait stays portrait without relying on a tag), redaction boxes
    filled with solid black, *then* resized so the longest side is at most
    the preset's ``max_side`` (``None`` = full size, never upscaled).
    The output is a fresh image with no metadata at all: no EXIF (GPS,
    serial numbers, owner, maker notes), no XMP (people, face regions), no
    IPTC, no comments; only an sRGB ICC profile is attached. JPEG for every
    input (HEIC included), except a PNG with an alpha channel, which stays
    PNG.

Videos
    Remuxed (packets copied, no quality loss) into the same container
    family when the preset allows the size: container and stream metadata
    are not copied (the ``-map_metadata -1`` equivalent), data, subtitle and
    cover-art streams (GPS tracks, ``mebx`` metadata, thumbnails) are
    dropped, and the muxer runs ``bitexact`` (no encoder tag). The display
    rotation (a stream side-data matrix, not metadata) is kept. Only when the
    clip is larger than the preset it is re-encoded: H.264 ``yuv420p`` + AAC
    in MP4, scaled to fit, with the rotation applied to the pixels.

Audio recordings
    Remuxed (packets copied bit-exact) into the same container family with
    no container or stream metadata: no ID3 tag, MP4 atoms, Vorbis comments
    or RIFF INFO, cover pictures dropped, the muxer ``bitexact``. When the
    sound cannot be copied it is re-encoded as AAC in an M4A (a warning).

Every file is written atomically: a temporary file in the target directory,
then ``os.replace``.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from mediadesk.core.progress import CancelToken, Cancelled
from mediadesk.media.errors import MediaError, media_error_from_oserror, reason_for_write_error

if TYPE_CHECKING:
    from PIL.Image import Image

Box = tuple[int, int, int, int]  # x, y, w, h in pixels of the displayed image

#: Extra cover around a redacted face box, as a fraction of the box's width
#: and height on every side. Detector boxes are tight (brows to chin); hair,
#: ears and the outline of a head also identify a child.
REDACT_MARGIN = 0.25
#: Colour of a redaction: solid black (a blur can be reversed, a fill cannot).
REDACT_FILL = (0, 0, 0)


# --------------------------------------------------------------------------
# Presets


@dataclass(frozen=True)
class ExportPreset:
    """How files are written for one channel.

    ``max_side``: the longest side in pixels (photos and clips), ``None`` for
    full size. ``quality``: JPEG quality 1-95; for re-encoded clips it sets
    the H.264 constant rate factor (:func:`crf_for_quality`).
    """

    max_side: int | None = None
    quality: int = 85

    def __post_init__(self) -> None:
        if self.max_side is not None and (not isinstance(self.max_side, int) or self.max_side < 16):
            raise ValueError(f"max_side must be a whole number of pixels >= 16 or null, not {self.max_side!r}")
        if not isinstance(self.quality, int) or not 1 <= self.quality <= 100:
            raise ValueError(f"quality must be 1..100, not {self.quality!r}")

    @classmethod
    def from_value(cls, value: Mapping[str, Any] | None) -> ExportPreset:
        value = dict(value or {})
        unknown = set(value) - {"max_side", "quality"}
        if unknown:
            raise ValueError(f"unknown preset field(s): {', '.join(sorted(unknown))}")
        return cls(
            max_side=value.get("max_side", None),
            quality=value.get("quality", 85),
        )

    def to_dict(self) -> dict[str, Any]:
        return {"max_side": self.max_side, "quality": self.quality}


#: The built-in presets; a library overrides them with the setting
#: ``export_presets`` (``{channel: {"max_side": int|null, "quality": int}}``).
DEFAULT_PRESETS: dict[str, ExportPreset] = {
    "instagram": ExportPreset(1080, 85),
    "facebook": ExportPreset(2048, 85),
    "tiktok": ExportPreset(1080, 85),
    "website": ExportPreset(2048, 85),
    "print": ExportPreset(None, 95),
    "intranet": ExportPreset(2048, 85),
}
#: For a channel without a preset (a channel the school added): website-like.
FALLBACK_PRESET = ExportPreset(2048, 85)


@dataclass
class ExportResult:
    path: Path
    kind: str  # photo | video | audio
    width: int | None = None  # as displayed
    height: int | None = None
    reencoded: bool = False  # videos: re-encoded (True) or remuxed (False)
    redacted: int = 0  # boxes filled
    warnings: list[str] = field(default_factory=list)
    detections: int | None = None  # a covered clip with re-detection: detector runs


# --------------------------------------------------------------------------
# Atomic writing


def _tmp_for(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}.{threading.get_ident()}.tmp")


def _commit(tmp: Path, dest: Path, verify: Callable[[Path], None]) -> None:
    """Give a written temp file its name only once it is on the disk and
    sound: fsync, decode it again (``verify`` raises on a short or broken
    file), rename, fsync the folder. A full disk is reported as such."""
    try:
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if os.path.getsize(tmp) == 0:
            raise MediaError(f"cannot write {dest.name}: the written file is empty")
        try:
            verify(tmp)
        except MediaError:
            raise
        except Exception as exc:
            raise MediaError(f"cannot write {dest.name}: the written file does not read back whole ({exc})") from exc
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except OSError as exc:
        raise MediaError(f"cannot write {dest.name}: {reason_for_write_error(exc)}") from exc


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _verify_photo(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as im:
        im.load()  # a truncated file raises (LOAD_TRUNCATED_IMAGES stays off)


def _verify_clip(path: Path) -> None:
    """Demux the whole written clip: a short or broken file raises."""
    container = _open_av(path)
    try:
        video, audio = _media_streams(container)
        if not video and not audio:
            raise MediaError("no video or audio stream in the written file")
        n = sum(1 for p in container.demux(video + audio) if p.size)
        if n == 0:
            raise MediaError("no frames in the written file")
    finally:
        container.close()


def _discard(tmp: Path) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


# --------------------------------------------------------------------------
# Photos

_SRGB_ICC: bytes | None = None
_srgb_lock = threading.Lock()


def srgb_icc() -> bytes:
    """The ICC profile attached to every exported photo (LittleCMS's sRGB)."""
    global _SRGB_ICC
    with _srgb_lock:
        if _SRGB_ICC is None:
            from PIL import ImageCms

            _SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        return _SRGB_ICC


def _has_alpha(im: Image) -> bool:
    return im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info


def photo_suffix(src: str | os.PathLike[str]) -> str:
    """``.png`` for a PNG with an alpha channel, else ``.jpg``."""
    from mediadesk.media.photo import open_image

    im = open_image(src)
    try:
        return ".png" if im.format == "PNG" and _has_alpha(im) else ".jpg"
    finally:
        im.close()


def _grow(box: Box, margin: float, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """Box + margin as (left, top, right, bottom), clipped; None if outside."""
    x, y, w, h = (int(v) for v in box)
    if w <= 0 or h <= 0:
        return None
    mx, my = max(2, round(w * margin)), max(2, round(h * margin))
    left, top = max(0, x - mx), max(0, y - my)
    right, bottom = min(size[0], x + w + mx), min(size[1], y + h + my)
    if right <= left or bottom <= top:
        return None
    return left, top, right, bottom


def redact(image: Image, boxes: Sequence[Box], margin: float = REDACT_MARGIN) -> int:
    """Fill each box (grown by ``margin``) with solid black, in place.
    Returns how many boxes were filled (boxes outside the image are not)."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    fill: Any = REDACT_FILL + (255,) if image.mode == "RGBA" else REDACT_FILL
    n = 0
    for b in boxes:
        r = _grow(b, margin, image.size)
        if r is None:
            continue
        # ImageDraw's rectangle includes its right/bottom edge: subtract one
        draw.rectangle((r[0], r[1], r[2] - 1, r[3] - 1), fill=fill)
        n += 1
    return n


def _resize(im: Image, max_side: int | None) -> Image:
    from PIL import Image as PILImage

    from mediadesk.media.photo import fit_size

    if max_side is None:
        return im
    target = fit_size(im.size, max_side)
    if target == im.size:
        return im
    return im.resize(target, PILImage.Resampling.LANCZOS, reducing_gap=3.0)


def _clean_copy(im: Image) -> Image:
    """A new image with the same pixels and an empty ``info``: nothing of
    the source's metadata can ride along into the encoder."""
    from PIL import Image as PILImage

    return PILImage.frombytes(im.mode, im.size, im.tobytes())


def load_export_pixels(
    src: str | os.PathLike[str],
    max_side: int | None,
    *,
    keep_alpha: bool,
    exact: bool = False,
    warnings: list[str] | None = None,
) -> tuple[Image, tuple[int, int]]:
    """Decode a photo as displayed, in sRGB ``RGB`` (or ``RGBA`` when
    ``keep_alpha`` and the image has alpha), EXIF orientation applied.

    Returns the image and the full displayed size it stands for; the image
    may be smaller than that when a JPEG was drafted (never when ``exact``).
    """
    from mediadesk.media.photo import decode_displayed

    draft_side = None if (exact or max_side is None) else max_side
    return decode_displayed(src, draft_side, keep_alpha=keep_alpha, warnings=warnings)


def scale_boxes(boxes: Sequence[Box], size: tuple[int, int], full: tuple[int, int]) -> list[Box]:
    """Boxes in pixels of the full displayed image, scaled to an image of ``size``."""
    if size == full:
        return [tuple(int(v) for v in b) for b in boxes]  # type: ignore[misc]
    sx, sy = size[0] / full[0], size[1] / full[1]
    return [(round(x * sx), round(y * sy), round(w * sx), round(h * sy)) for x, y, w, h in boxes]


def covered_preview(
    src: str | os.PathLike[str], boxes: Sequence[Box], max_side: int = 1200,
    margin: float = REDACT_MARGIN,
) -> Image:
    """The photo as an export with ``boxes`` covered shows it (RGB, longest
    side at most ``max_side``): the same decoder and orientation as the face
    boxes and the export, each box grown by ``margin`` and filled solid."""
    image, full = load_export_pixels(src, max_side, keep_alpha=False)
    redact(image, scale_boxes(boxes, image.size, full), margin)
    return _resize(image, max_side)


def export_photo(
    src: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    preset: ExportPreset,
    *,
    redact_boxes: Sequence[Box] = (),
    margin: float = REDACT_MARGIN,
) -> ExportResult:
    """Write ``src`` to ``dest`` (its suffix chooses JPEG or PNG) as the
    preset says, metadata stripped, sRGB profile attached."""
    dest = Path(dest)
    fmt = "PNG" if dest.suffix.lower() == ".png" else "JPEG"
    warnings: list[str] = []
    image, full = load_export_pixels(
        src, preset.max_side, keep_alpha=(fmt == "PNG"), exact=bool(redact_boxes), warnings=warnings
    )
    n = 0
    if redact_boxes:
        n = redact(image, scale_boxes(redact_boxes, image.size, full), margin)  # exact: same size
    image = _resize(image, preset.max_side)
    out = _clean_copy(image)
    if fmt == "JPEG" and out.mode != "RGB":
        out = out.convert("RGB")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_for(dest)
    try:
        with open(tmp, "wb") as fh:
            if fmt == "JPEG":
                q = min(95, int(preset.quality))
                out.save(fh, "JPEG", quality=q, optimize=True, icc_profile=srgb_icc(),
                         subsampling=0 if q >= 90 else 2)
            else:
                out.save(fh, "PNG", icc_profile=srgb_icc())
        _commit(tmp, dest, _verify_photo)
    except OSError as exc:
        _discard(tmp)
        raise MediaError(f"cannot write {dest.name}: {reason_for_write_error(exc)}") from exc
    except BaseException:
        _discard(tmp)
        raise
    return ExportResult(dest, "photo", out.width, out.height, False, n, warnings)


# --------------------------------------------------------------------------
# Videos

#: Container kept when a clip is remuxed: by source extension -> (FFmpeg muxer, suffix).
_REMUX_FORMATS: dict[str, tuple[str, str]] = {
    ".mp4": ("mp4", ".mp4"),
    ".m4v": ("mp4", ".mp4"),
    ".3gp": ("mp4", ".mp4"),
    ".mov": ("mov", ".mov"),
    ".mkv": ("matroska", ".mkv"),
    ".webm": ("webm", ".webm"),
    ".avi": ("avi", ".avi"),
}
_MUXER_OPTIONS = {"mp4": {"movflags": "+faststart"}, "mov": {"movflags": "+faststart"}}
#: H.264 speed/size trade-off for re-encoding (x264 preset).
X264_PRESET = "fast"


def crf_for_quality(quality: int) -> int:
    """H.264 CRF from a JPEG-like quality: 85 -> 21, 95 -> 18, 70 -> 26."""
    return max(16, min(30, round(51 - 0.35 * quality)))


def _open_av(path: str | os.PathLike[str]) -> Any:
    import av

    from mediadesk.media.avfile import check_container

    check_container(path, [])
    try:
        return av.open(os.fsdecode(path), metadata_errors="replace")
    except OSError as exc:
        raise media_error_from_oserror(exc) from exc
    except Exception as exc:
        raise MediaError(f"corrupt video: {exc}") from exc


def _media_streams(container: Any) -> tuple[list[Any], list[Any]]:
    import av

    video = [s for s in container.streams.video if not (s.disposition & av.stream.Disposition.attached_pic)]
    audio = list(container.streams.audio)
    return video, audio


def _display_size(container: Any, stream: Any) -> tuple[int, int, int]:
    """(width, height, clockwise rotation) as displayed, from the first frame."""
    from mediadesk.media.video import rotation_cw

    cw = 0
    w, h = int(stream.codec_context.width or 0), int(stream.codec_context.height or 0)
    for frame in container.decode(stream):
        cw = rotation_cw(frame, stream)
        w, h = frame.width, frame.height
        break
    container.seek(0)
    return (h, w, cw) if cw in (90, 270) else (w, h, cw)


def video_suffix(src: str | os.PathLike[str], preset: ExportPreset) -> str:
    """The suffix :func:`export_video` will most likely use (remux keeps the
    container family; re-encoding writes MP4)."""
    fmt = _REMUX_FORMATS.get(Path(os.fsdecode(src)).suffix.lower())
    return fmt[1] if fmt else ".mp4"


def export_video(
    src: str | os.PathLike[str],
    dest_stem: str | os.PathLike[str],
    preset: ExportPreset,
    *,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write a clip without metadata to ``dest_stem`` + a suffix chosen here
    (remux: the source's container family; re-encode: ``.mp4``)."""
    dest_stem = Path(dest_stem)
    container = _open_av(src)
    try:
        video, audio = _media_streams(container)
        if video:
            w, h, _rotation = _display_size(container, video[0])
        else:
            w = h = None
    finally:
        container.close()
    needs_smaller = preset.max_side is not None and w is not None and max(w, h) > preset.max_side
    fmt = _REMUX_FORMATS.get(Path(os.fsdecode(src)).suffix.lower())
    warnings: list[str] = []
    if not needs_smaller and fmt is not None:
        dest = dest_stem.with_name(dest_stem.name + fmt[1])
        try:
            _remux(src, dest, fmt[0], cancel)
            return ExportResult(dest, "video" if video else "audio", w, h, False, 0, warnings)
        except Cancelled:
            raise
        except MediaError as exc:
            if not video:
                raise
            warnings.append(f"could not copy the streams ({exc.reason}); re-encoded as H.264/AAC")
    if not video:
        raise MediaError("audio-only file in an unknown container")
    dest = dest_stem.with_name(dest_stem.name + ".mp4")
    tw, th = _reencode(src, dest, preset, cancel)
    return ExportResult(dest, "video", tw, th, True, 0, warnings)


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()


def _copy_streams(inp: Any, out: Any, streams: list[Any], cancel: CancelToken | None, what: str) -> None:
    """Copy ``streams`` of ``inp`` packet by packet into ``out`` (bit-exact,
    without the source's tags), checking ``cancel``; ``out`` is closed either
    way, and an FFmpeg error becomes a MediaError starting with ``what``."""
    import av

    try:
        mapping = {}
        for s in streams:
            o = out.add_stream_from_template(s)
            _clear(o.metadata)  # nothing of the source's tags
            mapping[s.index] = o
        _clear(out.metadata)
        n = 0
        for packet in inp.demux(streams):
            if packet.dts is None:
                continue
            n += 1
            if n % 64 == 0:
                _check(cancel)
            packet.stream = mapping[packet.stream.index]
            out.mux(packet)
    except av.error.FFmpegError as exc:
        out.close()
        raise MediaError(f"{what}: {_av_reason(exc)}") from exc
    except BaseException:
        out.close()
        raise
    out.close()


def _remux(src: str | os.PathLike[str], dest: Path, muxer: str, cancel: CancelToken | None) -> None:
    import av

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_for(dest)
    inp = _open_av(src)
    try:
        video, audio = _media_streams(inp)
        keep = video + audio
        if not keep:
            raise MediaError("no video or audio stream")
        try:
            out = av.open(
                str(tmp), "w", format=muxer, options=dict(_MUXER_OPTIONS.get(muxer, {})),
                container_options={"fflags": "+bitexact"},
            )
        except OSError as exc:
            raise MediaError(f"cannot write {dest.name}: {reason_for_write_error(exc)}") from exc
        _copy_streams(inp, out, keep, cancel, "cannot remux")
        _commit(tmp, dest, _verify_clip)
    except BaseException:
        _discard(tmp)
        raise
    finally:
        inp.close()


def _even(v: float) -> int:
    return max(2, int(round(v / 2)) * 2)


def _rotate(arr: Any, cw: int) -> Any:
    import numpy as np

    if cw == 0:
        return arr
    return np.ascontiguousarray(np.rot90(arr, k={90: -1, 180: 2, 270: 1}[cw]))


def video_encoder() -> str:
    """The H.264 encoder of the bundled FFmpeg (``libx264``), else any
    H.264 encoder it has, else MPEG-4 part 2 (every FFmpeg build has it)."""
    import av

    for name in ("libx264", "h264", "mpeg4"):
        try:
            av.codec.Codec(name, "w")
        except Exception:
            continue
        return name
    raise MediaError("the bundled FFmpeg has no video encoder for MP4")  # pragma: no cover


#: ``paint(rgb, t, (width, height))``: change the upright RGB frame at ``t``
#: seconds from the clip's start in place (``rgb`` is ``width`` x ``height``).
Painter = Callable[[Any, float, tuple[int, int]], None]


def _reencode(src: str | os.PathLike[str], dest: Path, preset: ExportPreset, cancel: CancelToken | None,
              *, paint: Painter | None = None, on_frame: Callable[[int, int], None] | None = None,
              ) -> tuple[int, int]:
    """Re-encode ``src`` into an MP4 at ``dest``: H.264 (:func:`video_encoder`)
    ``yuv420p``, scaled to fit the preset, rotation applied to the pixels,
    the frame rate and time stamps of the source; audio copied when it is
    AAC, else encoded as AAC. ``paint`` changes each frame before it is
    encoded (covering faces); ``on_frame(done, expected)`` after each frame."""
    import av

    from mediadesk.media.photo import fit_size
    from mediadesk.media.video import rotation_cw

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_for(dest)
    inp = _open_av(src)
    try:
        video, audio = _media_streams(inp)
        vin = video[0]
        vin.thread_type = "AUTO"
        ain = audio[0] if audio else None
        dw, dh, cw = _display_size(inp, vin)
        tw, th = fit_size((dw, dh), preset.max_side or max(dw, dh))
        tw, th = _even(tw), _even(th)
        sw, sh = (th, tw) if cw in (90, 270) else (tw, th)  # scaled size before rotation
        rate = vin.average_rate or vin.guessed_rate or Fraction(30, 1)
        start_pts = int(vin.start_time) if vin.start_time is not None else 0
        expected = 0
        if vin.frames:
            expected = int(vin.frames)
        elif vin.duration is not None and vin.time_base:
            expected = int(float(vin.duration * vin.time_base) * float(rate)) + 1
        encoder = video_encoder()
        out = av.open(str(tmp), "w", format="mp4", options={"movflags": "+faststart"},
                      container_options={"fflags": "+bitexact"})
        try:
            vs = out.add_stream(encoder, rate=rate)
            vs.width, vs.height, vs.pix_fmt = tw, th, "yuv420p"
            vs.codec_context.time_base = vin.time_base or Fraction(1, 90000)
            if encoder == "libx264":
                vs.options = {"crf": str(crf_for_quality(preset.quality)), "preset": X264_PRESET}
            else:  # pragma: no cover - FFmpeg builds without x264
                vs.bit_rate = max(500_000, tw * th * 4)
            done = 0
            aout = None
            copy_audio = False
            if ain is not None:
                if ain.codec_context.name == "aac":
                    aout, copy_audio = out.add_stream_from_template(ain), True
                    for k in list(aout.metadata):
                        del aout.metadata[k]
                else:
                    aout = out.add_stream("aac", rate=ain.codec_context.sample_rate or 48000)
                    aout.layout = "stereo" if (ain.codec_context.channels or 2) > 1 else "mono"
                    aout.bit_rate = 128_000
            last_pts = None
            streams = [vin] + ([ain] if ain is not None else [])
            n = 0
            for packet in inp.demux(streams):
                n += 1
                if n % 32 == 0:
                    _check(cancel)
                if packet.stream.index == vin.index:
                    try:
                        frames = packet.decode()
                    except av.error.InvalidDataError:
                        continue
                    for frame in frames:
                        if frame.pts is None or (last_pts is not None and frame.pts <= last_pts):
                            continue
                        last_pts = frame.pts
                        arr = frame.to_ndarray(format="rgb24", width=sw, height=sh)
                        arr = _rotate(arr, rotation_cw(frame, vin) if cw else 0)
                        if paint is not None:
                            tb = frame.time_base or vin.time_base
                            paint(arr, float((frame.pts - start_pts) * tb), (tw, th))
                        nf = av.VideoFrame.from_ndarray(arr, format="rgb24")
                        nf.pts, nf.time_base = frame.pts, frame.time_base or vin.time_base
                        for p in vs.encode(nf):
                            out.mux(p)
                        done += 1
                        if on_frame is not None:
                            on_frame(done, max(done, expected))
                        if paint is not None and done % 8 == 0:
                            _check(cancel)
                elif aout is not None:
                    if copy_audio:
                        if packet.dts is None:
                            continue
                        packet.stream = aout
                        out.mux(packet)
                    else:
                        try:
                            frames = packet.decode()
                        except av.error.InvalidDataError:
                            continue
                        for frame in frames:
                            frame.pts = None
                            for p in aout.encode(frame):
                                out.mux(p)
            for p in vs.encode():
                out.mux(p)
            if aout is not None and not copy_audio:
                for p in aout.encode():
                    out.mux(p)
        except av.error.FFmpegError as exc:
            out.close()
            raise MediaError(f"cannot re-encode: {exc}") from exc
        except BaseException:
            out.close()
            raise
        out.close()
        _commit(tmp, dest, _verify_clip)
        return tw, th
    except BaseException:
        _discard(tmp)
        raise
    finally:
        inp.close()


# --------------------------------------------------------------------------
# Audio recordings

#: Demuxer -> (muxer, default suffix, suffixes kept as they are).
_FAMILIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "mp3": ("mp3", ".mp3", (".mp3",)),
    "aac": ("adts", ".aac", (".aac",)),
    "wav": ("wav", ".wav", (".wav",)),
    "flac": ("flac", ".flac", (".flac",)),
    "ogg": ("ogg", ".ogg", (".ogg", ".oga", ".opus")),
    "mov,mp4,m4a,3gp,3g2,mj2": ("ipod", ".m4a", (".m4a", ".m4b")),
}
_AUDIO_MUXER_OPTIONS: dict[str, dict[str, str]] = {
    "mp3": {"id3v2_version": "0", "write_id3v1": "0"},  # no ID3 tag at all
    "ipod": {"movflags": "+faststart"},
    "mp4": {"movflags": "+faststart"},
    "wav": {"write_bext": "0"},
}


def audio_suffix(src: str | os.PathLike[str]) -> str:
    """The suffix :func:`export_audio` most likely uses."""
    ext = Path(os.fsdecode(src)).suffix.lower()
    if any(ext in keep for _muxer, _default, keep in _FAMILIES.values()):
        return ext
    return ".m4a"


def _audio_family(src: str | os.PathLike[str]) -> tuple[str, str, str]:
    """(muxer, suffix, codec) for remuxing ``src``."""
    from mediadesk.media.audio import open_recording

    with open_recording(src) as rec:
        demuxer = rec.container.format.name
        codec = rec.stream.codec_context.name
    fam = _FAMILIES.get(demuxer)
    if fam is None:
        raise MediaError(f"audio in a {demuxer} file cannot be copied")
    muxer, default, keep = fam
    ext = Path(os.fsdecode(src)).suffix.lower()
    suffix = ext if ext in keep else default
    if muxer == "ipod" and codec not in ("aac", "alac"):
        muxer, suffix = "mp4", ".mp4"
    return muxer, suffix, codec


def export_audio(
    src: str | os.PathLike[str],
    dest_stem: str | os.PathLike[str],
    *,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write the recording without any tag to ``dest_stem`` + a suffix:
    its sound copied bit-exact into the same container family, else
    re-encoded as AAC in an M4A (with a warning)."""
    from mediadesk.media.errors import WrongKind

    dest_stem = Path(dest_stem)
    warnings: list[str] = []
    try:
        muxer, suffix, _codec = _audio_family(src)
        dest = dest_stem.with_name(dest_stem.name + suffix)
        _copy_audio(src, dest, muxer, cancel)
        return ExportResult(dest, "audio", None, None, False, 0, warnings)
    except Cancelled:
        raise
    except WrongKind:
        raise
    except MediaError as exc:
        if exc.reason.startswith("cannot write"):
            raise
        warnings.append(f"could not copy the sound ({exc.reason}); re-encoded as AAC")
    dest = dest_stem.with_name(dest_stem.name + ".m4a")
    _reencode_audio(src, dest, cancel)
    return ExportResult(dest, "audio", None, None, True, 0, warnings)


def _open_audio_out(tmp: Path, dest: Path, muxer: str) -> Any:
    import av

    try:
        return av.open(str(tmp), "w", format=muxer, options=dict(_AUDIO_MUXER_OPTIONS.get(muxer, {})),
                       container_options={"fflags": "+bitexact"})
    except OSError as exc:
        if isinstance(exc, av.error.FFmpegError):
            raise MediaError(f"cannot write {dest.name}: {_av_reason(exc)}") from exc
        raise MediaError(f"cannot write {dest.name}: {reason_for_write_error(exc)}") from exc


def _av_reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
    return str(text).strip().rstrip(".").lower()


def _clear(meta: Any) -> None:
    for k in list(meta):
        del meta[k]


def _copy_audio(src: str | os.PathLike[str], dest: Path, muxer: str, cancel: CancelToken | None) -> None:

    from mediadesk.media.audio import open_recording

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_for(dest)
    try:
        with open_recording(src) as rec:
            out = _open_audio_out(tmp, dest, muxer)
            _copy_streams(rec.container, out, [rec.stream], cancel, "cannot copy the sound")
        _commit(tmp, dest, _verify_clip)
    except BaseException:
        _discard(tmp)
        raise


def _reencode_audio(src: str | os.PathLike[str], dest: Path, cancel: CancelToken | None) -> None:
    import av

    from mediadesk.media.audio import open_recording

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_for(dest)
    try:
        with open_recording(src) as rec:
            cc = rec.stream.codec_context
            out = _open_audio_out(tmp, dest, "ipod")
            try:
                _clear(out.metadata)
                rate = cc.sample_rate or 48000
                o = out.add_stream("aac", rate=rate, layout="mono" if (cc.channels or 2) == 1 else "stereo")
                o.bit_rate = 160_000
                resampler = av.AudioResampler(format="fltp", layout=o.layout.name, rate=rate)
                n = 0
                for packet in rec.container.demux(rec.stream):
                    n += 1
                    if n % 256 == 0:
                        _check(cancel)
                    try:
                        frames = packet.decode()
                    except av.error.InvalidDataError:
                        continue
                    for frame in frames:
                        frame.pts = None
                        for rf in resampler.resample(frame):
                            for p in o.encode(rf):
                                out.mux(p)
                for rf in resampler.resample(None):
                    for p in o.encode(rf):
                        out.mux(p)
                for p in o.encode():
                    out.mux(p)
            except av.error.FFmpegError as exc:
                out.close()
                raise MediaError(f"cannot re-encode the sound: {_av_reason(exc)}") from exc
            except BaseException:
                out.close()
                raise
            out.close()
        _commit(tmp, dest, _verify_clip)
    except BaseException:
        _discard(tmp)
        raise


# --------------------------------------------------------------------------
# One entry point


def target_suffix(src: str | os.PathLike[str], kind: str, preset: ExportPreset) -> str:
    if kind == "audio":
        return audio_suffix(src)
    return photo_suffix(src) if kind == "photo" else video_suffix(src, preset)


def export_asset(
    src: str | os.PathLike[str],
    dest_stem: str | os.PathLike[str],
    kind: str,
    preset: ExportPreset,
    *,
    redact_boxes: Sequence[Box] = (),
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write one asset to ``dest_stem`` + the right suffix.

    Photos may be redacted; clips cannot be given boxes here (a box is one
    frame of a track), so asking for it raises MediaError and the caller
    skips the clip rather than publish an unredacted face. Covering face
    tracks in every frame of a clip is :func:`mediadesk.media.cover.export_covered_clip`.
    """
    _check(cancel)
    if kind == "photo":
        dest_stem = Path(dest_stem)
        dest = dest_stem.with_name(dest_stem.name + photo_suffix(src))
        return export_photo(src, dest, preset, redact_boxes=redact_boxes)
    if kind == "audio":  # no picture, so no size and nothing to cover
        return export_audio(src, dest_stem, cancel=cancel)
    if redact_boxes:
        raise MediaError("faces in clips cannot be redacted reliably; export the clip without redaction or edit it first")
    return export_video(src, dest_stem, preset, cancel=cancel)


__all__ = [
    "DEFAULT_PRESETS", "ExportPreset", "ExportResult", "FALLBACK_PRESET", "REDACT_MARGIN",
    "audio_suffix", "covered_preview", "crf_for_quality", "export_asset", "export_audio", "scale_boxes", "export_photo", "export_video", "load_export_pixels",
    "photo_suffix", "redact", "srgb_icc", "target_suffix", "video_suffix",
]

