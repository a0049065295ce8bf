"""Opening a file with PyAV, shared by clips (:mod:`.video`) and sound
recordings (:mod:`.audio`): the cheap MP4 structure checks before FFmpeg sees
the file, non-UTF-8 file names, and unreadable files told in plain words.

Registers no handler, so importing it changes no handler order.
"""

from __future__ import annotations

import os
from typing import Any

from mediadesk.media.errors import MediaError, media_error_from_oserror
from mediadesk.media.registry import PathLike
from mediadesk.media.sniff import is_bmff, iter_bmff_boxes, read_head


def av_module() -> Any:
    """PyAV, imported on first use (the command line stays light)."""
    import av

    return av


def error_text(exc: BaseException) -> str:
    """What went wrong, in a few lower-case words (FFmpeg's or the OS's own)."""
    text = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
    return str(text).strip().rstrip(".").lower()


def check_container(path: PathLike, warnings: list[str]) -> None:
    """Cheap structural checks before FFmpeg sees the file (MP4/MOV only).

    Raises MediaError for an MP4 whose ``moov`` atom is missing or cut off;
    warns when the media data is cut short.
    """
    try:
        head = read_head(path, 64)
    except OSError as exc:
        raise media_error_from_oserror(exc) from exc
    if not head:
        raise MediaError("empty file")
    if not is_bmff(head):
        return
    moov = False
    try:
        for box_type, _offset, _size, complete in iter_bmff_boxes(path):
            if box_type == b"moov":
                moov = complete
            elif not complete and box_type in (b"mdat", b"free", b"skip", b"wide"):
                if box_type == b"mdat":
                    warnings.append("file truncated: media data ends early")
    except OSError as exc:
        raise media_error_from_oserror(exc) from exc
    if not moov:
        raise MediaError("MP4 without moov atom (file incomplete)")


class AvFile:
    """A file opened with PyAV after the container checks (the base of
    :class:`VideoFile` and of the audio recording): a non-UTF-8 file name is
    opened by Python, an unreadable file raises MediaError in plain words
    (``what``: e.g. "corrupt video"). Use as a context manager."""

    container: Any
    warnings: list[str]
    _fh: Any

    def _open_container(self, path: PathLike, what: str) -> None:
        self.warnings = []
        check_container(path, self.warnings)
        av = av_module()
        self._fh = None
        target: Any = os.fsdecode(path)
        try:
            target.encode("utf-8")
        except UnicodeEncodeError:  # non-UTF-8 file name: let Python open it
            self._fh = open(path, "rb")  # noqa: SIM115 - closed in close()
            target = self._fh
        try:
            self.container = av.open(target, metadata_errors="replace")
        except OSError as exc:
            self._close_fh()
            raise media_error_from_oserror(exc) from exc
        except Exception as exc:  # av.error.FFmpegError and anything PyAV raises on a bad file
            self._close_fh()
            raise MediaError(f"{what}: {error_text(exc)}") from exc

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _close_fh(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def close(self) -> None:
        container = getattr(self, "container", None)
        if container is not None:
            container.close()
            self.container = None
        self._close_fh()
