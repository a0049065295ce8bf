"""Generators for test media: photos with chosen EXIF/XMP/modes, small clips via PyAV.

Everything is written into a caller-given directory (``tmp_path``); nothing
is downloaded. Clips are small (320x240) so the whole suite stays fast.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image

FACES = Path(__file__).resolve().parents[1] / "data" / "faces"
VIDEO = Path(__file__).resolve().parents[1] / "data" / "video"
SAMPLE_JPEG = FACES / "obama-480p.jpg"


def face_image(name: str = "obama-480p.jpg") -> Image.Image:
    with Image.open(FACES / name) as im:
        return im.convert("RGB")


def exif_bytes(
    orientation: int | None = None,
    dto: str | None = None,
    offset: str | None = None,
    make: str | None = None,
    model: str | None = None,
    gps: bool = False,
) -> bytes:
    ex = Image.Exif()
    if orientation is not None:
        ex[0x0112] = orientation
    if make:
        ex[0x010F] = make
    if model:
        ex[0x0110] = model
    sub = ex.get_ifd(0x8769)
    if dto:
        sub[0x9003] = dto
    if offset:
        sub[0x9011] = offset
    if gps:
        g = ex.get_ifd(0x8825)
        g[1] = "N"
        g[2] = (55.0, 40.0, 12.5)
        g[3] = "E"
        g[4] = (12.0, 34.0, 5.0)
    return ex.tobytes()


def write_jpeg(path: Path, image: Image.Image | None = None, *, quality: int = 90, **kw: object) -> Path:
    image = image if image is not None else face_image()
    image.save(path, "JPEG", quality=quality, **kw)
    return path


def marker_image(size: tuple[int, int] = (400, 300)) -> Image.Image:
    """Grey image with a red block in the stored top-left corner."""
    im = Image.new("RGB", size, (128, 128, 128))
    im.paste((255, 0, 0), (0, 0, size[0] // 4, size[1] // 4))
    return im


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_png_bomb(path: Path, width: int = 30000, height: int = 30000) -> Path:
    """A tiny PNG whose header declares ``width`` x ``height`` greyscale pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b""))
    return path


def write_png16_rgb(path: Path, rgb8: np.ndarray) -> Path:
    """A 16-bit-per-channel RGB PNG (Pillow cannot write these), values = 8-bit * 257."""
    h, w, _ = rgb8.shape
    a16 = rgb8.astype(">u2") * 257
    raw = b"".join(b"\x00" + a16[y].tobytes() for y in range(h))
    ihdr = struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b""))
    return path


def _s15f16(x: float) -> bytes:
    return struct.pack(">i", round(x * 65536))


def rgb_matrix_icc(primaries_xyz: Sequence[Sequence[float]], gamma: float = 1.0, desc: str = "Test RGB") -> bytes:
    """A minimal ICC v2 RGB matrix/TRC display profile.

    ``primaries_xyz`` are the D50 XYZ columns for R, G, B (rXYZ, gXYZ, bXYZ).
    """
    def xyz(v: Sequence[float]) -> bytes:
        return b"XYZ " + b"\x00" * 4 + b"".join(_s15f16(c) for c in v)

    def curve(g: float) -> bytes:
        return b"curv" + b"\x00" * 4 + struct.pack(">IH", 1, round(g * 256)) + b"\x00\x00"

    d = desc.encode("ascii") + b"\x00"
    desc_tag = b"desc" + b"\x00" * 4 + struct.pack(">I", len(d)) + d + b"\x00" * 4 + b"\x00" * 4 + b"\x00" * 2 + b"\x00" + b"\x00" * 67
    tags = [
        (b"desc", desc_tag),
        (b"wtpt", xyz((0.9642, 1.0, 0.8249))),
        (b"rXYZ", xyz(primaries_xyz[0])),
        (b"gXYZ", xyz(primaries_xyz[1])),
        (b"bXYZ", xyz(primaries_xyz[2])),
        (b"rTRC", curve(gamma)),
        (b"gTRC", curve(gamma)),
        (b"bTRC", curve(gamma)),
        (b"cprt", b"text" + b"\x00" * 4 + b"none\x00\x00\x00\x00"),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table = b""
    data = b""
    for sig, body in tags:
        while (offset + len(data)) % 4:
            data += b"\x00"
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body
    body = struct.pack(">I", len(tags)) + table + data
    size = 128 + len(body)
    header = bytearray(128)
    struct.pack_into(">I", header, 0, size)
    header[4:8] = b"lcms"
    struct.pack_into(">I", header, 8, 0x02100000)
    header[12:16] = b"mntr"
    header[16:20] = b"RGB "
    header[20:24] = b"XYZ "
    header[36:40] = b"acsp"
    header[68:80] = _s15f16(0.9642) + _s15f16(1.0) + _s15f16(0.8249)
    return bytes(header) + body


# D50-adapted sRGB primaries (columns of the sRGB->XYZ(D50) matrix).
SRGB_R = (0.4361, 0.2225, 0.0139)
SRGB_G = (0.3851, 0.7169, 0.0971)
SRGB_B = (0.1431, 0.0606, 0.7141)


# -- clips -----------------------------------------------------------------


def solid_frame(value: int | tuple[int, int, int], size: tuple[int, int] = (320, 240)) -> np.ndarray:
    arr = np.empty((size[1], size[0], 3), np.uint8)
    arr[:] = value
    return arr


def write_clip(
    path: Path,
    *,
    size: tuple[int, int] = (320, 240),
    fps: int = 30,
    seconds: float = 2.0,
    gop: int = 30,
    pts_ms: Sequence[int] | None = None,
    frame_fn: Callable[[int, float], np.ndarray] | None = None,
    rotation_ccw: int | None = None,
    audio: bool = False,
    faststart: bool = False,
    bframes: int | None = None,
) -> Path:
    """Encode an H.264 MP4 with PyAV.

    ``pts_ms`` gives explicit (irregular) presentation times in milliseconds
    for a variable-frame-rate clip; otherwise frames are at ``i / fps``.
    ``frame_fn(i, t)`` returns an RGB array (default: a moving bar).
    ``rotation_ccw`` writes a display matrix (counter-clockwise degrees).
    """
    import av

    def default_fn(i: int, t: float) -> np.ndarray:
        arr = solid_frame((60, 90, 120), size)
        x = (i * 7) % size[0]
        arr[:, x : x + 10] = (250, 250, 250)
        return arr

    fn = frame_fn or default_fn
    options = {"movflags": "+faststart"} if faststart else {}
    out = av.open(str(path), "w", options=options)
    try:
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height = size
        vs.pix_fmt = "yuv420p"
        opts = {"g": str(gop), "keyint_min": str(min(gop, 25)), "preset": "ultrafast", "crf": "28", "sc_threshold": "0"}
        if bframes is not None:
            opts["bf"] = str(bframes)
        vs.options = opts
        if pts_ms is not None:
            vs.codec_context.time_base = Fraction(1, 1000)
        if rotation_ccw is not None:
            vs.set_display_rotation(rotation_ccw)
        aus = None
        if audio:
            aus = out.add_stream("aac", rate=44100)
            aus.layout = "mono"
        times = [p / 1000 for p in pts_ms] if pts_ms is not None else [i / fps for i in range(int(seconds * fps))]
        for i, t in enumerate(times):
            frame = av.VideoFrame.from_ndarray(fn(i, t), format="rgb24")
            if pts_ms is not None:
                frame.pts = pts_ms[i]
                frame.time_base = Fraction(1, 1000)
            else:
                frame.pts = i
                frame.time_base = Fraction(1, fps)
            for packet in vs.encode(frame):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
        if aus is not None:
            _write_audio(out, aus, times[-1] if times else seconds)
    finally:
        out.close()
    return path


def _write_audio(out: object, aus: object, seconds: float) -> None:
    import av

    rate = 44100
    n = int(seconds * rate)
    t = np.arange(n) / rate
    samples = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    chunk = 1024
    for start in range(0, n, chunk):
        part = samples[start : start + chunk]
        frame = av.AudioFrame.from_ndarray(part.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = rate
        frame.pts = start
        frame.time_base = Fraction(1, rate)
        for packet in aus.encode(frame):  # type: ignore[attr-defined]
            out.mux(packet)  # type: ignore[attr-defined]
    for packet in aus.encode():  # type: ignore[attr-defined]
        out.mux(packet)  # type: ignore[attr-defined]


def write_audio_only_mp4(path: Path, seconds: float = 1.0) -> Path:
    import av

    out = av.open(str(path), "w", format="mp4")
    try:
        aus = out.add_stream("aac", rate=44100)
        aus.layout = "mono"
        _write_audio(out, aus, seconds)
    finally:
        out.close()
    return path
