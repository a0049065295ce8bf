"""Audio recordings for the tests, encoded with PyAV's bundled FFmpeg (a
sine wave), so no binary is committed.

``write_audio(path)`` picks the codec and container from the suffix:
``.mp3`` (LAME), ``.m4a`` (AAC in an iTunes MP4), ``.aac`` (ADTS),
``.wav`` (16-bit PCM), ``.ogg`` (Vorbis, always stereo), ``.opus`` (Opus in Ogg),
``.flac``. ``tags`` are written as container metadata (ID3, MP4 atoms,
Vorbis comments, RIFF INFO) so a test can check an export leaves them out.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np

#: suffix -> (muxer, encoder, sample format, sample rate)
FORMATS: dict[str, tuple[str, str, str, int]] = {
    ".mp3": ("mp3", "libmp3lame", "fltp", 44100),
    ".m4a": ("ipod", "aac", "fltp", 44100),
    ".aac": ("adts", "aac", "fltp", 44100),
    ".wav": ("wav", "pcm_s16le", "s16", 44100),
    ".ogg": ("ogg", "vorbis", "fltp", 44100),
    ".opus": ("ogg", "libopus", "flt", 48000),
    ".flac": ("flac", "flac", "s16", 44100),
}

#: Personal data a school recording may carry in its tags.
PERSONAL_TAGS = {
    "title": "Interview with Emma Jensen",
    "artist": "Emma Jensen 7A",
    "comment": "recorded at home, Parkvej 12",
}


def _samples(seconds: float, rate: int, channels: int, freq: float) -> np.ndarray:
    n = int(seconds * rate)
    t = np.arange(n) / rate
    wave = 0.5 * np.sin(2 * np.pi * freq * t) * (0.3 + 0.7 * np.abs(np.sin(np.pi * t / max(seconds, 0.1))))
    return np.vstack([wave] * channels).astype(np.float32)


def write_audio(
    path: Path,
    *,
    seconds: float = 1.5,
    channels: int = 1,
    tags: dict[str, str] | None = None,
    freq: float = 440.0,
) -> Path:
    import av

    muxer, codec, fmt, rate = FORMATS[path.suffix.lower()]
    if codec == "vorbis":
        channels = 2  # FFmpeg's own Vorbis encoder writes stereo only
    layout = "mono" if channels == 1 else "stereo"
    data = _samples(seconds, rate, channels, freq)
    # ADTS has no tags of its own; FFmpeg can put an ID3v2 tag before it
    options = {"write_id3v2": "1"} if muxer == "adts" else {}
    out = av.open(str(path), "w", format=muxer, options=options)
    try:
        for k, v in (tags or {}).items():
            out.metadata[k] = v
        stream = out.add_stream(codec, rate=rate, layout=layout)
        if codec == "vorbis":  # FFmpeg's own Vorbis encoder is marked experimental
            stream.codec_context.options = {"strict": "experimental"}
        chunk = 960 if codec == "libopus" else 1024
        for start in range(0, data.shape[1], chunk):
            part = data[:, start : start + chunk]
            if fmt in ("s16",):
                arr = (part.T * 32767).astype(np.int16).reshape(1, -1)
            elif fmt == "flt":
                arr = np.ascontiguousarray(part.T).reshape(1, -1)
            else:
                arr = np.ascontiguousarray(part)
            frame = av.AudioFrame.from_ndarray(arr, format=fmt, layout=layout)
            frame.sample_rate = rate
            frame.pts = start
            frame.time_base = Fraction(1, rate)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    finally:
        out.close()
    return path


def audio_packets(path: Path) -> list[bytes]:
    """The payload of every audio packet of the file's first audio stream."""
    import av

    with av.open(str(path)) as c:
        s = c.streams.audio[0]
        return [bytes(p) for p in c.demux(s) if p.size]


def all_metadata(path: Path) -> dict[str, str]:
    """Container and stream metadata of a file as PyAV reads it."""
    import av

    with av.open(str(path)) as c:
        meta = dict(c.metadata)
        for s in c.streams:
            meta.update({f"{s.type}:{k}": v for k, v in s.metadata.items()})
    return meta
