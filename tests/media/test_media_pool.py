"""process_file and run_pool: bad input is normal input; timeouts, crashes, cancel."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PIL import Image

from media_factories import (
    SAMPLE_JPEG,
    VIDEO,
    exif_bytes,
    face_image,
    write_audio_only_mp4,
    write_clip,
    write_jpeg,
    write_png_bomb,
)
from mediadesk.core.progress import CancelToken, Progress
from mediadesk.media.hashing import sha256_file
from mediadesk.media.pool import CRASH_MARKER_ENV, HANG_MARKER_ENV, MediaPool, run_pool
from mediadesk.media.worker import FileResult, process_file


def make_bad_files(d: Path) -> dict[str, tuple[Path, str | None]]:
    """name -> (path, expected error; None means ok)."""
    d.mkdir(parents=True, exist_ok=True)
    data = SAMPLE_JPEG.read_bytes()
    noise = random.Random(99).randbytes(40_000)
    files: dict[str, tuple[Path, str | None]] = {}

    def put(name: str, content: bytes, expected: str | None) -> None:
        p = d / name
        p.write_bytes(content)
        files[name] = (p, expected)

    put("empty.jpg", b"", "empty file")
    put("noise.jpg", noise, "not an image, video or audio file")
    put("noise.mp4", noise, "not an image, video or audio file")
    put("header_only.jpg", data[: data.index(b"\xff\xda")], "truncated JPEG: no image data")
    put("truncated.jpg", data[: len(data) * 2 // 3], None)  # imported with a warning
    files["bomb.png"] = (write_png_bomb(d / "bomb.png"), "image too large: 30000x30000 pixels (limit 178,956,970)")
    clip = write_clip(d / "full.mp4", seconds=1.0)
    cut = clip.read_bytes()
    put("no_moov.mp4", cut[: len(cut) // 2], "MP4 without moov atom (file incomplete)")
    clip.unlink()
    files["voice.mp4"] = (write_audio_only_mp4(d / "voice.mp4"), None)  # imported as a recording
    return files


def test_process_file_good_photo_and_video(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    r = process_file(str(SAMPLE_JPEG), str(cache))
    assert r.ok and r.error is None and r.kind == "photo"
    assert r.sha256 == sha256_file(SAMPLE_JPEG) and r.size == SAMPLE_JPEG.stat().st_size
    assert set(r.thumbnails) == {256, 1600} and all(Path(p).is_file() for p in r.thumbnails.values())
    assert r.info is not None and r.info["width"] == 853
    v = process_file(str(VIDEO / "short_hamilton_clip.mp4"), str(cache))
    assert v.ok and v.kind == "video" and v.info is not None and v.info["codec"] == "h264"
    assert Image.open(v.thumbnails[256]).size == (256, 144)


def test_process_file_bad_inputs_have_defined_end_states(tmp_path: Path) -> None:
    files = make_bad_files(tmp_path / "in")
    for name, (path, expected) in files.items():
        r = process_file(str(path), str(tmp_path / "cache"))
        if expected is None:
            assert r.ok, (name, r.error)
        else:
            assert not r.ok and r.error == expected, name
            assert r.thumbnails == {} and r.info is None
    trunc = process_file(str(files["truncated.jpg"][0]), str(tmp_path / "cache"))
    assert any(w.startswith("truncated JPEG") for w in trunc.warnings)
    assert trunc.info is not None and trunc.info["warnings"] == trunc.warnings


def test_process_file_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = write_jpeg(tmp_path / "locked.jpg")
    real_open = open

    def fake_open(file, *a, **kw):  # type: ignore[no-untyped-def]
        if isinstance(file, (str, bytes, os.PathLike)) and os.fspath(file) == os.fspath(f):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr("builtins.open", fake_open)
    r = process_file(str(f), str(tmp_path / "cache"))
    assert not r.ok and r.error == "unreadable: permission denied"
    assert r.size == f.stat().st_size  # what could be learnt is kept


def test_process_file_odd_names(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9-\xff.jpg")  # not UTF-8
    with open(raw, "wb") as fh:
        fh.write(SAMPLE_JPEG.read_bytes())
    long_name = tmp_path / ("x" * 246 + ".jpg")
    assert len(long_name.name) == 250
    long_name.write_bytes(SAMPLE_JPEG.read_bytes())
    for p in (os.fsdecode(raw), str(long_name)):
        r = process_file(p, str(tmp_path / "cache"))
        assert r.ok and r.path == p
    assert process_file(raw, str(tmp_path / "cache")).path == os.fsdecode(raw)  # type: ignore[arg-type]


def test_file_result_is_picklable(tmp_path: Path) -> None:
    import pickle

    r = process_file(str(SAMPLE_JPEG), str(tmp_path))
    assert pickle.loads(pickle.dumps(r)) == r


def assert_all_dead(pids: list[int]) -> None:
    assert pids
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # a zombie would still answer


def test_run_pool_mixed_batch(tmp_path: Path) -> None:
    files = make_bad_files(tmp_path / "in")
    good = []
    for i in range(3):
        good.append(write_jpeg(tmp_path / "in" / f"good{i}.jpg", face_image().rotate(i * 10)))
    clip = write_clip(tmp_path / "in" / "clip.mp4", seconds=1.0)
    raw = os.path.join(os.fsencode(tmp_path / "in"), b"\xe9l\xe8ve.jpg")
    with open(raw, "wb") as fh:
        fh.write(SAMPLE_JPEG.read_bytes())
    long_name = tmp_path / "in" / ("y" * 246 + ".jpg")
    long_name.write_bytes(SAMPLE_JPEG.read_bytes())
    locked = write_jpeg(tmp_path / "in" / "locked.jpg")
    locked.chmod(0)
    fifo = tmp_path / "in" / "fifo.mp4"
    os.mkfifo(fifo)
    directory = tmp_path / "in" / "folder.jpg"
    directory.mkdir()

    expected: dict[str, str | None] = {str(p): e for p, e in files.values()}
    expected.update({str(p): None for p in good})
    expected[str(clip)] = None
    expected[os.fsdecode(raw)] = None
    expected[str(long_name)] = None
    # Root may read a chmod 000 file; the result must match what the OS allows.
    expected[str(locked)] = None if os.access(locked, os.R_OK) else "unreadable: permission denied"
    expected[str(fifo)] = "not a regular file"
    expected[str(directory)] = "not a regular file: directory"
    expected[str(tmp_path / "in" / "vanished.jpg")] = "file not found"

    seen: list[Progress] = []
    results = list(run_pool(list(expected), tmp_path / "cache", workers=2, progress=seen.append))
    by_path = {r.path: r for r in results}
    assert len(results) == len(expected) and set(by_path) == set(expected)
    for path, err in expected.items():
        r = by_path[path]
        assert r.error == err, (path, r.error)
        assert r.ok is (err is None)
        if r.ok:
            assert all(Path(t).is_file() for t in r.thumbnails.values())
    assert [p.done for p in seen] == list(range(1, len(expected) + 1))
    assert all(p.total == len(expected) for p in seen)


def test_run_pool_is_deterministic(tmp_path: Path) -> None:
    paths = [str(SAMPLE_JPEG), str(VIDEO / "short_hamilton_clip.mp4"), str(write_jpeg(tmp_path / "a.jpg", exif=exif_bytes(orientation=8)))]

    def key(results: list[FileResult]) -> list[tuple]:
        return sorted((r.path, r.ok, r.sha256, r.info and sorted(r.info.items()), r.error) for r in results)

    a = list(run_pool(paths, tmp_path / "c1"))
    b = list(run_pool(paths, tmp_path / "c2"))
    assert key(a) == key(b)
    for ra in a:
        rb = next(r for r in b if r.path == ra.path)
        for size in (256, 1600):
            assert Path(ra.thumbnails[size]).read_bytes() == Path(rb.thumbnails[size]).read_bytes()


def test_timeout_kills_and_replaces_hung_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HANG_MARKER_ENV, "HANGME")
    hang = write_jpeg(tmp_path / "HANGME.jpg")
    goods = [write_jpeg(tmp_path / f"g{i}.jpg") for i in range(4)]
    paths = [str(hang)] + [str(g) for g in goods]
    with MediaPool(tmp_path / "cache", workers=2, per_file_timeout=3.0) as pool:
        results = {r.path: r for r in pool.imap(paths)}
        pids = list(pool.started_pids)
    assert results[str(hang)].error == "timed out after 3 s" and not results[str(hang)].ok
    assert results[str(hang)].size == hang.stat().st_size
    assert all(results[str(g)].ok for g in goods)
    assert len(pids) >= 2
    assert_all_dead(pids)


def test_crashed_worker_is_reported_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CRASH_MARKER_ENV, "CRASHME")
    crash = write_jpeg(tmp_path / "CRASHME.jpg")
    goods = [write_jpeg(tmp_path / f"g{i}.jpg") for i in range(3)]
    with MediaPool(tmp_path / "cache", workers=1) as pool:
        results = {r.path: r for r in pool.imap([str(crash)] + [str(g) for g in goods])}
        pids = list(pool.started_pids)
    assert results[str(crash)].error == "worker crashed (exit code 70)"
    assert all(results[str(g)].ok for g in goods)
    assert len(pids) == 2  # the crashed worker was replaced once
    assert_all_dead(pids)


@pytest.mark.timeout(120)  # hangs (and fails) if cancel waits for the per-file limit
def test_cancel_stops_pool_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HANG_MARKER_ENV, "HANGME")
    first = write_jpeg(tmp_path / "first.jpg")
    hangs = [write_jpeg(tmp_path / f"HANGME{i}.jpg") for i in range(2)]
    rest = [write_jpeg(tmp_path / f"later{i}.jpg") for i in range(6)]
    token = CancelToken()

    def on_progress(p: Progress) -> None:
        token.cancel()  # cancel as soon as the first result is in

    paths = [str(first), str(hangs[0])] + [str(h) for h in hangs[1:]] + [str(r) for r in rest]
    # The limit is far beyond the test's own timeout (pytest-timeout): a cancel
    # that waited for the hung workers to time out would fail the test.
    with MediaPool(tmp_path / "cache", workers=2, per_file_timeout=24 * 3600) as pool:
        results = list(pool.imap(paths, cancel=token, progress=on_progress))
        pids = list(pool.started_pids)
    assert [r.path for r in results] == [str(first)]
    later_thumbs = [p for p in (tmp_path / "cache").rglob("*.jpg")]
    assert len(later_thumbs) == 2  # only the first file's two thumbnails exist
    assert_all_dead(pids)


def test_closing_the_iterator_early_shuts_down(tmp_path: Path) -> None:
    paths = [str(write_jpeg(tmp_path / f"g{i}.jpg")) for i in range(6)]
    pool = MediaPool(tmp_path / "cache", workers=2)
    it = pool.imap(paths)
    assert next(it).ok
    pids = list(pool.started_pids)
    it.close()
    assert_all_dead(pids)


def test_run_pool_empty_input(tmp_path: Path) -> None:
    assert list(run_pool([], tmp_path)) == []
