"""Audio recordings in the media layer: sniffed, probed, thumbnailed as a
waveform, exported with every tag stripped and the sound copied bit-exact.
The files are encoded here with PyAV (tests/audio_files.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from media_factories import write_clip
from mediadesk.media import audio as audio_mod
from mediadesk.media.audio import AudioHandler, waveform_image
from mediadesk.media.errors import MediaError
from mediadesk.media import export as export_mod
from mediadesk.media.export import ExportPreset, export_asset, export_audio, target_suffix
from mediadesk.media.handlers import handler_for, open_media, probe
from mediadesk.media.sniff import sniff_kind
from mediadesk.media.video import VideoHandler
from mediadesk.media.worker import process_file
from tests.audio_files import FORMATS, PERSONAL_TAGS, all_metadata, audio_packets, write_audio

SUFFIXES = sorted(FORMATS)
CODECS = {".mp3": "mp3", ".m4a": "aac", ".aac": "aac", ".wav": "pcm_s16le", ".ogg": "vorbis",
          ".opus": "opus", ".flac": "flac"}


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("rec")
    return {suf: write_audio(d / f"interview{suf}", seconds=1.5, tags=PERSONAL_TAGS) for suf in SUFFIXES}


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_probe_each_format(recordings: dict[str, Path], suffix: str) -> None:
    f = recordings[suffix]
    assert sniff_kind(f) == "audio"
    assert isinstance(handler_for(f), AudioHandler)
    info = probe(f)
    assert info.kind == "audio"
    assert info.codec is not None and info.codec.startswith(CODECS[suffix])
    assert info.sample_rate == (48000 if suffix == ".opus" else 44100)
    assert info.channels == (2 if suffix == ".ogg" else 1)
    assert info.duration == pytest.approx(1.5, abs=0.08)
    assert info.width == 0 and info.height == 0 and info.warnings == []
    # the tags were read only to be left out: no name reaches the library
    stored = json.dumps(info.to_dict())
    for value in PERSONAL_TAGS.values():
        assert value not in stored
    assert "Emma" not in stored


@pytest.mark.parametrize("suffix", [".mp3", ".m4a", ".opus"])
def test_process_file_hashes_and_draws_a_waveform(recordings: dict[str, Path], suffix: str, tmp_path: Path) -> None:
    from mediadesk.media.hashing import sha256_file

    r = process_file(str(recordings[suffix]), str(tmp_path / "cache"))
    assert r.ok and r.error is None and r.kind == "audio"
    assert r.sha256 == sha256_file(recordings[suffix])
    assert r.info is not None and r.info["duration"] == pytest.approx(1.5, abs=0.08)
    assert set(r.thumbnails) == {256, 1600}
    with Image.open(r.thumbnails[256]) as im:
        assert im.size == (256, 144)
        px = im.convert("RGB")
        colours = {px.getpixel((x, 72)) for x in range(20, 236)}
    # bars of the waveform cross the middle line, in the accent blue
    assert any(b > 180 and r_ < 90 for r_, _g, b in colours)


def test_waveform_follows_the_loudness() -> None:
    peaks = [0.0] * 50 + [1.0] * 50
    im = waveform_image(peaks, (400, 225))
    assert im.mode == "RGB" and im.size == (400, 225)
    column = lambda x: sum(1 for y in range(225) if im.getpixel((x, y)) == audio_mod.WAVE_FG)  # noqa: E731
    assert column(300) > 100  # loud half: a tall bar
    assert column(120) < 10  # silent half: a flat line


def test_long_recording_is_sampled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = write_audio(tmp_path / "podcast.mp3", seconds=4.0)
    monkeypatch.setattr(audio_mod, "FULL_DECODE_SECONDS", 2.0)
    scan = audio_mod.scan_audio(f, bins=40)
    assert scan.duration == pytest.approx(4.0, abs=0.1)
    assert len(scan.peaks) == 40 and max(scan.peaks) > 0.2
    assert scan.warnings == []


def test_bad_files_have_clear_reasons(recordings: dict[str, Path], tmp_path: Path) -> None:
    def reason(p: Path) -> str | None:
        r = process_file(str(p), str(tmp_path / "cache"))
        assert r.thumbnails == {} or r.ok
        return r.error

    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    assert reason(empty) == "empty file"
    text = tmp_path / "notes.wav"
    text.write_bytes(b"this is not a recording at all\n" * 40)
    assert reason(text) == "not an image, video or audio file"
    garbage = tmp_path / "garbage.mp3"
    garbage.write_bytes(b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 20)
    assert reason(garbage) is not None and ("damaged" in reason(garbage) or "no sound" in reason(garbage))
    m4a = recordings[".m4a"].read_bytes()
    cut = tmp_path / "cut.m4a"
    cut.write_bytes(m4a[: len(m4a) // 2])  # the moov atom (written last) is gone
    assert reason(cut) == "MP4 without moov atom (file incomplete)"
    ogg = recordings[".opus"].read_bytes()
    cut_ogg = tmp_path / "cut.opus"
    cut_ogg.write_bytes(ogg[:200])
    assert (reason(cut_ogg) or "").startswith("damaged or incomplete audio file")


@pytest.mark.parametrize("suffix", [".mp3", ".flac", ".wav"])
def test_truncated_recording_is_imported_with_a_warning(recordings: dict[str, Path], suffix: str, tmp_path: Path) -> None:
    data = recordings[suffix].read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(data[: len(data) // 2])
    r = process_file(str(cut), str(tmp_path / "cache"))
    assert r.ok and r.kind == "audio"
    assert any(w.startswith("file truncated") for w in r.warnings), r.warnings


def test_audio_name_with_a_picture_track_is_a_clip(tmp_path: Path) -> None:
    """An .m4a that really holds a clip is read as video, so its faces are looked for."""
    clip = write_clip(tmp_path / "clip.mp4", seconds=1.0, audio=True)
    disguised = tmp_path / "memo.m4a"
    disguised.write_bytes(clip.read_bytes())
    handler, info = open_media(disguised)
    assert isinstance(handler, VideoHandler) and info.kind == "video"
    assert process_file(str(disguised), str(tmp_path / "cache")).kind == "video"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_export_strips_every_tag_and_copies_the_sound(recordings: dict[str, Path], suffix: str, tmp_path: Path) -> None:
    src = recordings[suffix]
    before = all_metadata(src)
    assert any(v == PERSONAL_TAGS["artist"] for v in before.values())  # the tags are really there
    result = export_asset(src, tmp_path / "out" / "episode", "audio", ExportPreset(1080, 85))
    assert result.kind == "audio" and not result.reencoded and result.warnings == []
    assert result.path.suffix == suffix == target_suffix(src, "audio", ExportPreset())
    after = all_metadata(result.path)
    for key in ("title", "artist", "comment", "encoder"):
        assert key not in after and f"audio:{key}" not in after, after
    raw = result.path.read_bytes()
    for value in PERSONAL_TAGS.values():
        assert value.encode() not in raw
    assert audio_packets(result.path) == audio_packets(src)  # bit-exact
    assert probe(result.path).duration == pytest.approx(probe(src).duration, abs=0.05)


def test_export_reencodes_when_the_sound_cannot_be_copied(recordings: dict[str, Path], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a, **_k):
        raise MediaError("cannot copy the sound: test")

    monkeypatch.setattr(export_mod, "_copy_audio", refuse)
    result = export_audio(recordings[".ogg"], tmp_path / "episode")
    assert result.reencoded and result.path.suffix == ".m4a"
    assert result.warnings and "re-encoded as AAC" in result.warnings[0]
    info = probe(result.path)
    assert info.kind == "audio" and info.codec == "aac" and info.duration == pytest.approx(1.5, abs=0.1)
    assert "artist" not in all_metadata(result.path)
    assert not list(tmp_path.glob(".*.tmp"))


def test_sound_only_mp4_exports_as_m4a(tmp_path: Path) -> None:
    from media_factories import write_audio_only_mp4

    src = write_audio_only_mp4(tmp_path / "voice.mp4")
    assert process_file(str(src), str(tmp_path / "cache")).kind == "audio"
    assert target_suffix(src, "audio", ExportPreset()) == ".m4a"
    result = export_asset(src, tmp_path / "out" / "voice", "audio", ExportPreset())
    assert result.path.suffix == ".m4a" and not result.reencoded
    assert audio_packets(result.path) == audio_packets(src)
    assert all_metadata(result.path)["major_brand"] == "M4A "


@pytest.mark.parametrize("suffix", [".mp3", ".wav"])
def test_a_recording_named_jpg_is_a_recording_and_exports_under_its_real_format(
        recordings: dict[str, Path], suffix: str, tmp_path: Path) -> None:
    """A voice memo renamed .jpg is still sound (checked with media = audio,
    not as a photo) and its export is named for what it holds, tags stripped."""
    disguised = tmp_path / "memo.jpg"
    disguised.write_bytes(recordings[suffix].read_bytes())
    assert process_file(str(disguised), str(tmp_path / "cache")).kind == "audio"
    result = export_asset(disguised, tmp_path / "out" / "memo", "audio", ExportPreset(1080, 85))
    assert result.kind == "audio" and result.path.suffix == suffix
    assert PERSONAL_TAGS["artist"].encode() not in result.path.read_bytes()
    assert audio_packets(result.path) == audio_packets(recordings[suffix])
