"""Photo handler: Pillow + pillow-heif, imported lazily.

Decoding policy (see ``/work/shared/spec/benchmarks.md``):

* JPEGs are decoded with ``Image.draft`` at the real target size (not a
  square box), so a 12 MP photo is decoded at 1/2, 1/4 or 1/8 scale.
* EXIF orientation is applied after shrinking.
* Every output is 8-bit sRGB ``RGB``: CMYK, 16-bit, palette, alpha, ``LA``
  and ``I;16`` inputs are converted explicitly (a 16-bit greyscale PNG is
  rescaled, not clipped to white); an embedded ICC profile is converted to
  sRGB with LittleCMS; transparency is flattened onto white.
* Decompression bombs: images above :data:`MAX_PIXELS` are rejected before
  any pixel is decoded.
* Truncated JPEGs: if the header is intact the visible part is decoded and
  the rest is left grey, with a warning (``"truncated JPEG: ..."``). The
  photo still has to be checked for consent, and a partial picture is more
  useful to a reviewer than none. A JPEG cut inside its header is rejected.
  Other truncated formats are rejected.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import threading
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from mediadesk.media.errors import MediaError, media_error_from_oserror
from mediadesk.media.probe import MediaInfo, file_time
from mediadesk.media.registry import MediaHandler, PathLike, register
from mediadesk.media.sniff import PHOTO_EXTENSIONS, read_head

if TYPE_CHECKING:
    from PIL.Image import Image

#: Largest accepted image, in pixels (equal to Pillow's own hard limit of
#: 2 x ``Image.MAX_IMAGE_PIXELS``; ~179 MP, e.g. 15,500 x 11,500). Covers
#: 108 MP phone sensors and stitched panoramas; a 30000 x 30000 PNG is
#: rejected before decoding.
MAX_PIXELS = 178_956_970

JPEG_QUALITY = 85
#: Pillow reports multi-picture JPEGs (many phones and cameras) as "MPO".
_JPEG_FORMATS = frozenset({"JPEG", "MPO"})

_EXIF_ORIENTATION = 0x0112
_EXIF_MAKE = 0x010F
_EXIF_MODEL = 0x0110
_EXIF_DATETIME = 0x0132
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DTO, _DTD = 0x9003, 0x9004
_OFFSET_DT, _OFFSET_DTO, _OFFSET_DTD = 0x9010, 0x9011, 0x9012
_SUBSEC_DTO = 0x9291

_init_lock = threading.Lock()
_initialised = False


def _pil() -> Any:
    """Import Pillow, register pillow-heif once, and return ``PIL.Image``."""
    global _initialised
    from PIL import Image

    if not _initialised:
        with _init_lock:
            if not _initialised:
                try:
                    import pillow_heif

                    pillow_heif.register_heif_opener()
                except ImportError:  # pragma: no cover - dependency is declared
                    pass
                _initialised = True
    return Image


def format_name(head: bytes) -> str:
    """A short format name for messages, from the first bytes."""
    if head[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if head[:4] == b"\x89PNG":
        return "PNG"
    if head[:3] == b"GIF":
        return "GIF"
    if head[:2] in (b"II", b"MM"):
        return "TIFF"
    if head[:2] == b"BM":
        return "BMP"
    if head[:4] == b"RIFF":
        return "WebP"
    if head[4:8] == b"ftyp":
        return "AVIF" if head[8:12] in (b"avif", b"avis") else "HEIF"
    return "image"


# --------------------------------------------------------------------------
# Opening


def open_image(path: PathLike) -> Image:
    """Open (not decode) an image, with friendly errors and the pixel limit.

    The caller must close the returned image.
    """
    Image = _pil()
    try:
        head = read_head(path, 64)
    except OSError as exc:
        raise media_error_from_oserror(exc) from exc
    if not head:
        raise MediaError("empty file")
    fmt = format_name(head)
    try:
        im = Image.open(path)
    except Image.DecompressionBombError as exc:
        raise MediaError(_too_large_reason(path, str(exc))) from exc
    except OSError as exc:
        if exc.errno is not None and not isinstance(exc, Image.UnidentifiedImageError):
            raise media_error_from_oserror(exc) from exc
        raise MediaError(_unreadable_header_reason(path, fmt)) from exc
    except Exception as exc:  # pillow-heif raises RuntimeError/ValueError on corrupt files
        raise MediaError(f"corrupt {fmt}: {_short(exc)}") from exc
    w, h = im.size
    if w * h > MAX_PIXELS:
        im.close()
        raise MediaError(f"image too large: {w}x{h} pixels (limit {MAX_PIXELS:,})")
    if w <= 0 or h <= 0:
        im.close()
        raise MediaError(f"corrupt {fmt}: zero-sized image")
    return im


def check_logo(path: PathLike) -> str | None:
    """Why ``path`` cannot serve as a logo on reports and forms, or None: it
    must be a PNG or JPEG that decodes whole (fpdf2 embeds those as is)."""
    try:
        im = open_image(path)
    except MediaError as exc:
        return str(exc)
    try:
        if im.format not in ("PNG", "JPEG"):
            return f"a {im.format or 'file'} image; use a PNG or JPEG"
        im.load()
    except Exception as exc:  # truncated or corrupt pixel data
        return f"not a readable image: {_short(exc)}"
    finally:
        im.close()
    return None


def _short(exc: BaseException, limit: int = 120) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _unreadable_header_reason(path: PathLike, fmt: str) -> str:
    if fmt == "JPEG":
        if jpeg_scan_offset(path) is None:  # no start-of-scan marker: cut inside the header
            return "truncated JPEG: no image data"
        return "corrupt JPEG: unreadable header"
    if fmt in ("AVIF",):
        return "unsupported image format: AVIF (no decoder available)"
    return f"corrupt {fmt}: unreadable header"


def jpeg_scan_offset(path: PathLike) -> int | None:
    """Offset of the first start-of-scan (SOS) marker of a JPEG, walking the
    marker segments (seeking over their payloads), or None if the file ends
    first. Cheap: reads a few bytes per segment."""
    import struct

    with open(path, "rb") as fh:
        if fh.read(2) != b"\xff\xd8":
            return None
        while True:
            b = fh.read(1)
            if not b:
                return None
            if b != b"\xff":
                continue  # tolerate stray bytes between segments
            m = fh.read(1)
            while m == b"\xff":  # fill bytes
                m = fh.read(1)
            if not m:
                return None
            marker = m[0]
            if marker == 0xDA:
                return fh.tell() - 2
            if marker == 0xD9:
                return None
            if marker in (0xD8, 0x01, 0x00) or 0xD0 <= marker <= 0xD7:
                continue
            length = fh.read(2)
            if len(length) < 2:
                return None
            fh.seek(struct.unpack(">H", length)[0] - 2, 1)


def _too_large_reason(path: PathLike, message: str) -> str:
    dims = header_dimensions(path)
    if dims:
        return f"image too large: {dims[0]}x{dims[1]} pixels (limit {MAX_PIXELS:,})"
    m = re.search(r"\((\d+) pixels\)", message)
    px = f"{int(m.group(1)):,} pixels" if m else "too many pixels"
    return f"image too large: {px} (limit {MAX_PIXELS:,})"


def header_dimensions(path: PathLike) -> tuple[int, int] | None:
    """Width and height from the header of a PNG, GIF, BMP or JPEG, without
    Pillow (used to describe images Pillow refuses to open)."""
    import struct

    try:
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return None
    if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
        w, h = struct.unpack_from(">II", head, 16)
        return w, h
    if head[:3] == b"GIF" and len(head) >= 10:
        w, h = struct.unpack_from("<HH", head, 6)
        return w, h
    if head[:2] == b"BM" and len(head) >= 26:
        w, h = struct.unpack_from("<ii", head, 18)
        return abs(w), abs(h)
    if head[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(head):
            if head[i] != 0xFF:
                i += 1
                continue
            marker = head[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
                i += 1 if marker == 0xFF else 2
                continue
            (seg_len,) = struct.unpack_from(">H", head, i + 2)
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h, w = struct.unpack_from(">HH", head, i + 5)
                return w, h
            i += 2 + seg_len
    return None


# --------------------------------------------------------------------------
# Metadata


def _clean_text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    if not isinstance(value, str):
        return None
    text = value.replace("\x00", " ").strip()
    return text or None


_OFFSET_RE = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


def parse_exif_datetime(value: object, offset: object = None, subsec: object = None) -> datetime | None:
    """Parse an EXIF ``YYYY:MM:DD HH:MM:SS`` (+ offset, sub-seconds) to an aware datetime.

    Without an offset the time is taken as local time on this computer.
    Returns None for blank or impossible values (``0000:00:00 00:00:00``).
    """
    text = _clean_text(value)
    if not text:
        return None
    try:
        dt = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        try:
            dt = datetime.strptime(text[:19], "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return None
    sub = _clean_text(subsec)
    if sub and sub.isdigit():
        dt = dt.replace(microsecond=int((sub + "000000")[:6]))
    off = _clean_text(offset)
    m = _OFFSET_RE.match(off) if off else None
    if m:
        sign = 1 if m.group(1) == "+" else -1
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
        if delta <= timedelta(hours=14):
            return dt.replace(tzinfo=timezone(sign * delta))
    try:
        return dt.astimezone()  # naive -> this computer's local zone
    except (OverflowError, OSError, ValueError):
        return dt.replace(tzinfo=timezone.utc)


_MWG_NS = "{http://www.metadataworkinggroup.com/schemas/regions/}"
_RDF_LI = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li"

# Fallbacks for XMP that is not well-formed XML.
_PERSON_IN_IMAGE_RE = re.compile(rb"<(?:[\w-]+:)?PersonInImage\b[^>]*>(.*?)</(?:[\w-]+:)?PersonInImage>", re.S)
_RDF_LI_TEXT_RE = re.compile(rb"<rdf:li[^>]*>\s*[^<\s]")
_MWG_FACE_RE = re.compile(rb"""mwg-rs:Type\s*(?:=\s*["']Face["']|>\s*Face\s*<)""")
_MP_PERSON_RE = re.compile(rb"""PersonDisplayName\s*(?:=\s*["'][^"']+["']|>\s*[^<\s])""")


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def xmp_has_people(xmp: bytes | str | None) -> bool:
    """True if an XMP packet names people (IPTC Extension ``PersonInImage``)
    or carries MWG face regions (``mwg-rs:Type="Face"``: Picasa, Apple
    Photos, Lightroom, digiKam) or Microsoft Photo person regions
    (``MPReg:PersonDisplayName``)."""
    if not xmp:
        return False
    data = xmp.encode("utf-8", "replace") if isinstance(xmp, str) else bytes(xmp)
    import xml.etree.ElementTree as ET

    try:
        start = data.find(b"<x:xmpmeta")
        end = data.rfind(b"</x:xmpmeta>")
        root = ET.fromstring(data[start : end + len(b"</x:xmpmeta>")] if 0 <= start < end else data)
    except ET.ParseError:
        m = _PERSON_IN_IMAGE_RE.search(data)
        return bool(
            (m and _RDF_LI_TEXT_RE.search(m.group(1)))
            or _MWG_FACE_RE.search(data)
            or _MP_PERSON_RE.search(data)
        )
    for el in root.iter():
        local = _local(el.tag) if isinstance(el.tag, str) else ""
        if local == "PersonInImage":
            if any((li.text or "").strip() for li in el.iter(_RDF_LI)):
                return True
        elif local == "PersonDisplayName" and (el.text or "").strip():
            return True
        elif el.tag == _MWG_NS + "Type" and (el.text or "").strip() == "Face":
            return True
        for key, value in el.attrib.items():
            if key == _MWG_NS + "Type" and value.strip() == "Face":
                return True
            if _local(key) == "PersonDisplayName" and value.strip():
                return True
    return False


def _xmp_packet(im: Image) -> bytes | None:
    for key in ("xmp", "XML:com.adobe.xmp"):
        value = im.info.get(key)
        if value:
            return value.encode("utf-8", "replace") if isinstance(value, str) else bytes(value)
    tag_v2 = getattr(im, "tag_v2", None)
    if tag_v2 is not None:
        value = tag_v2.get(700)
        if value:
            return value.encode("utf-8", "replace") if isinstance(value, str) else bytes(value)
    return None


def _gps_present(gps: dict[int, Any]) -> bool:
    lat, lon = gps.get(2), gps.get(4)
    if not lat or not lon:
        return False
    try:
        return any(float(x) != 0.0 for x in (*lat, *lon))
    except (TypeError, ValueError, ZeroDivisionError):
        return True


class _Exif:
    """The EXIF facts MediaDesk uses, read defensively."""

    def __init__(self, im: Image, warnings: list[str]) -> None:
        self.orientation: int | None = None  # as reported (raw EXIF)
        self.apply_orientation = 1  # what still has to be applied to decoded pixels
        self.capture_time: datetime | None = None
        self.make: str | None = None
        self.model: str | None = None
        self.has_gps = False
        try:
            exif = im.getexif()
        except Exception as exc:
            warnings.append(f"unreadable EXIF: {_short(exc, 60)}")
            return
        try:
            raw = exif.get(_EXIF_ORIENTATION)
            ori = int(raw) if raw is not None else None
        except (TypeError, ValueError):
            ori = None
        if ori is not None and not 1 <= ori <= 8:
            warnings.append(f"invalid EXIF orientation {ori} ignored")
            ori = None
        self.apply_orientation = ori or 1
        # pillow-heif applies HEIF transforms itself and resets the EXIF value to 1,
        # keeping the camera's value in info["original_orientation"].
        original = im.info.get("original_orientation")
        self.orientation = int(original) if isinstance(original, int) and 1 <= original <= 8 else ori
        self.make = _clean_text(exif.get(_EXIF_MAKE))
        self.model = _clean_text(exif.get(_EXIF_MODEL))
        try:
            sub = exif.get_ifd(_EXIF_IFD)
        except Exception:
            sub = {}
        for tag, off_tag, subsec in ((_DTO, _OFFSET_DTO, _SUBSEC_DTO), (_DTD, _OFFSET_DTD, None)):
            dt = parse_exif_datetime(sub.get(tag), sub.get(off_tag), sub.get(subsec) if subsec else None)
            if dt:
                self.capture_time = dt
                break
        else:
            self.capture_time = parse_exif_datetime(exif.get(_EXIF_DATETIME), sub.get(_OFFSET_DT))
        try:
            self.has_gps = _gps_present(exif.get_ifd(_GPS_IFD))
        except Exception:
            self.has_gps = False


def probe_photo(path: PathLike) -> MediaInfo:
    """Describe a photo from its header and metadata (no pixel decoding)."""
    warnings: list[str] = []
    im = open_image(path)
    try:
        if im.format in _JPEG_FORMATS and jpeg_scan_offset(path) is None:
            raise MediaError("truncated JPEG: no image data")
        ex = _Exif(im, warnings)
        w, h = im.size
        if ex.apply_orientation in (5, 6, 7, 8):
            w, h = h, w
        people = xmp_has_people(_xmp_packet(im))
        fmt = im.format
        if getattr(im, "n_frames", 1) > 1 and fmt not in ("HEIF", "MPO"):
            warnings.append(f"{fmt} has {im.n_frames} frames; only the first is used")
    finally:
        im.close()
    if ex.capture_time is not None:
        capture, source = ex.capture_time, "exif"
    else:
        capture, source = file_time(path), "file"
    return MediaInfo(
        kind="photo", width=w, height=h, capture_time=capture, capture_time_source=source,
        camera_make=ex.make, camera_model=ex.model, orientation=ex.orientation,
        has_gps=ex.has_gps, has_embedded_people=people, format=fmt, warnings=warnings,
    )


# --------------------------------------------------------------------------
# Pixels


def fit_size(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    """``size`` scaled down (never up) to fit a ``max_side`` square box."""
    w, h = size
    scale = min(1.0, max_side / max(w, h))
    return max(1, round(w * scale)), max(1, round(h * scale))


def _is_truncation(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "truncated" in text or "broken data stream" in text or "premature" in text


def _load(im: Image, path: PathLike, max_side: int, warnings: list[str], mode: str | None = None) -> Image:
    """Decode ``im`` (drafting JPEGs at the target size, and to ``mode``
    "L" for the luma channel only); returns the loaded image."""
    Image = _pil()
    if mode is not None and im.mode not in ("RGB", "L"):
        mode = None  # CMYK, YCCK: decoded whole, converted later
    if im.format in _JPEG_FORMATS:
        im.draft(mode, fit_size(im.size, max_side))
    try:
        im.load()
        return im
    except OSError as exc:
        if im.format not in _JPEG_FORMATS or not _is_truncation(exc):
            kind = "truncated" if _is_truncation(exc) else "cannot decode"
            raise MediaError(f"{kind} {im.format or 'image'}: {_short(exc, 80)}") from exc
    except Image.DecompressionBombError as exc:  # pragma: no cover - checked at open
        raise MediaError(f"image too large: {exc}") from exc
    except Exception as exc:
        raise MediaError(f"cannot decode {im.format or 'image'}: {_short(exc, 80)}") from exc
    # Truncated JPEG: decode again with an end-of-image marker appended, which
    # makes libjpeg finish the frame (missing rows come out grey). This avoids
    # flipping Pillow's process-wide ImageFile.LOAD_TRUNCATED_IMAGES switch.
    with open(path, "rb") as fh:
        data = fh.read()
    retry = Image.open(io.BytesIO(data + b"\xff\xd9"))
    retry.draft(mode, fit_size(retry.size, max_side))
    try:
        retry.load()
    except Exception as exc:
        raise MediaError(f"truncated JPEG: {_short(exc, 80)}") from exc
    warnings.append("truncated JPEG: image data ends early, lower part is grey")
    return retry


def _to_8bit_grey(im: Image) -> Image:
    """``I;16*``, ``I`` and ``F`` images rescaled (not clipped) to ``L``."""
    import numpy as np

    Image = _pil()
    a = np.asarray(im)
    if im.mode.startswith("I;16"):
        out = (a.astype(np.uint32) * 255 + 32767) // 65535
    else:
        a = a.astype(np.float64)
        lo, hi = float(a.min()), float(a.max())
        if im.mode == "F" and lo >= 0.0 and hi <= 1.0:
            out = a * 255.0
        elif lo >= 0 and hi <= 255:
            out = a
        elif lo >= 0 and hi <= 65535:
            out = a * (255.0 / 65535.0)
        else:
            out = (a - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(a)
        out = np.rint(out)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


def _normalise_mode(im: Image) -> Image:
    """Convert to one of RGB, RGBA, L, LA or CMYK (8 bits per channel)."""
    mode = im.mode
    if mode in ("RGB", "RGBA", "L", "LA", "CMYK"):
        return im
    if mode in ("I", "F") or mode.startswith("I;16"):
        return _to_8bit_grey(im)
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in im.info
        return im.convert("RGBA" if has_alpha else "RGB")
    if mode == "1":
        return im.convert("L")
    if mode == "La":
        return im.convert("LA")
    if mode in ("RGBa", "RGBX"):
        return im.convert("RGBA" if mode == "RGBa" else "RGB")
    return im.convert("RGB")  # YCbCr, LAB, HSV, ...


_SRGB_CACHE: dict[str, Any] = {}
_TRANSFORMS: dict[tuple[bytes, str], Any] = {}
_cms_lock = threading.Lock()


def _srgb_transform(icc: bytes, mode: str) -> Any | None:
    """A cached LittleCMS transform from ``icc`` to sRGB, or None if not needed."""
    from PIL import ImageCms

    key = (hashlib.sha1(icc).digest(), mode)
    with _cms_lock:
        if key in _TRANSFORMS:
            return _TRANSFORMS[key]
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        desc = (ImageCms.getProfileDescription(src) or "").strip().lower()
        transform = None
        if not ("srgb" in desc and mode in ("RGB", "RGBA")):
            if "srgb" not in _SRGB_CACHE:
                _SRGB_CACHE["srgb"] = ImageCms.createProfile("sRGB")
            transform = ImageCms.buildTransform(
                src, _SRGB_CACHE["srgb"], mode, "RGB", renderingIntent=ImageCms.Intent.PERCEPTUAL
            )
        _TRANSFORMS[key] = transform
        return transform


def _on_white(im: Image, alpha: Image) -> Image:
    """``im`` composited onto white through ``alpha``."""
    Image = _pil()
    background = Image.new("RGB", im.size, (255, 255, 255))
    background.paste(im, mask=alpha)
    return background


def _to_srgb(im: Image, icc: bytes | None, warnings: list[str]) -> Image:
    """Colour part to sRGB ``RGB``; alpha (if any) flattened onto white."""
    alpha = im.getchannel("A") if im.mode in ("RGBA", "LA") else None
    base = im.convert("RGB" if im.mode == "RGBA" else "L") if alpha is not None else im
    out = None
    if icc:
        try:
            transform = _srgb_transform(icc, base.mode)
            if transform is None:
                out = base.convert("RGB") if base.mode != "RGB" else base
            else:
                from PIL import ImageCms

                out = ImageCms.applyTransform(base, transform)
        except Exception as exc:
            warnings.append(f"colour profile ignored: {_short(exc, 60)}")
    if out is None:
        out = base.convert("RGB") if base.mode != "RGB" else base
    return out if alpha is None else _on_white(out, alpha)


_TRANSPOSE_FOR_ORIENTATION = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}


def apply_orientation(im: Image, orientation: int | None) -> Image:
    """Turn/flip pixels as EXIF ``orientation`` (1-8) says, like ``ImageOps.exif_transpose``."""
    name = _TRANSPOSE_FOR_ORIENTATION.get(orientation or 1)
    if name is None:
        return im
    Image = _pil()
    return im.transpose(getattr(Image.Transpose, name))


def shrink(im: Image, max_side: int) -> Image:
    """Downscale to fit a ``max_side`` box (never upscale).

    Small factors (< 2, the usual case after a JPEG draft) use an
    antialiased bilinear filter, ~30 % cheaper than bicubic and
    indistinguishable at that ratio; bigger factors box-reduce first and
    finish with bicubic.
    """
    Image = _pil()
    target = fit_size(im.size, max_side)
    if target == im.size:
        return im
    if max(im.size) < 2 * max(target):
        return im.resize(target, Image.Resampling.BILINEAR)
    return im.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)


def decode_displayed(
    path: PathLike,
    draft_side: int | None,
    *,
    shrink_side: int | None = None,
    keep_alpha: bool = False,
    min_scale: float | None = None,
    gray: bool = False,
    warnings: list[str] | None = None,
) -> tuple[Image, tuple[int, int]]:
    """The one decode pipeline for photos (thumbnails, face detection and
    enrolment, the viewer, export): the picture as displayed, in sRGB, EXIF
    orientation applied.

    ``draft_side`` lets a JPEG decode at reduced scale (None: exact decode);
    ``min_scale`` asks for the smallest DCT scale that keeps at least that
    fraction of each side instead. ``shrink_side`` shrinks before the colour
    conversion and the rotation (the cheap order). Alpha is kept as a band
    when ``keep_alpha``, otherwise flattened onto white. ``gray`` gives an
    8-bit luma ("L") image, a JPEG decoded from its Y channel only (what
    HOG detection needs; no colour conversion). Returns the image and the
    full displayed size it stands for. Raises MediaError for bad input.
    """
    warnings = warnings if warnings is not None else []
    im = open_image(path)
    try:
        ex = _Exif(im, warnings)
        icc = im.info.get("icc_profile")
        full = im.size
        if min_scale is not None:
            draft_side = math.ceil(max(full) * min_scale)
        side = max(full) if draft_side is None else draft_side
        loaded = _load(im, path, side, warnings, "L" if gray else None)
        try:
            if getattr(loaded, "n_frames", 1) > 1:
                loaded.seek(0)
            work = _normalise_mode(loaded)
            if shrink_side is not None:
                work = shrink(work, shrink_side)
            alpha = work.getchannel("A") if keep_alpha and work.mode in ("RGBA", "LA") else None
            if alpha is not None:
                work = work.convert("RGB" if work.mode == "RGBA" else "L")
            if gray:
                if work.mode in ("RGBA", "LA"):
                    work = _on_white(work.convert("RGB"), work.getchannel("A"))
                work = work.convert("L") if work.mode != "L" else work
            else:
                work = _to_srgb(work, icc, warnings)
            if alpha is not None:
                work = work.copy()
                work.putalpha(alpha)
            work = apply_orientation(work, ex.apply_orientation)
            if work is im or work is loaded:  # nothing changed: detach from the file
                work = work.copy()
        except MemoryError as exc:
            raise MediaError("image too large to decode (out of memory)") from exc
        finally:
            if loaded is not im:
                loaded.close()
    finally:
        im.close()
    if ex.apply_orientation in (5, 6, 7, 8):
        full = (full[1], full[0])
    return work, full


def load_display_image(path: PathLike, max_side: int, warnings: list[str] | None = None) -> Image:
    """Decode a photo as displayed: 8-bit sRGB ``RGB``, EXIF orientation
    applied, longest side at most ``max_side``. For the thumbnailer and for
    face detection at reduced size. Raises MediaError for bad input."""
    work, _full = decode_displayed(path, max_side, shrink_side=max_side, warnings=warnings)
    if work.mode != "RGB":  # pragma: no cover - defensive
        work = work.convert("RGB")
    return work


@register
class PhotoHandler(MediaHandler):
    """JPEG, PNG, GIF, BMP, TIFF, WebP and HEIC/HEIF (pillow-heif)."""

    kind = "photo"
    extensions = PHOTO_EXTENSIONS
    name = "photo"

    def probe(self, path: PathLike) -> MediaInfo:
        return probe_photo(path)

    def display_image(self, path: PathLike, max_side: int, warnings: list[str]) -> Image:
        return load_display_image(path, max_side, warnings)


__all__ = [
    "MAX_PIXELS", "PhotoHandler", "apply_orientation", "fit_size", "format_name",
    "decode_displayed", "header_dimensions", "load_display_image", "open_image", "parse_exif_datetime",
    "probe_photo", "shrink", "xmp_has_people",
]
