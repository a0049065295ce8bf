"""The one error type the media layer raises for bad input.

Bad input is normal input for an importer: a zero-byte file, a half-copied
JPEG, an MP4 whose ``moov`` atom never got written. Everything in
:mod:`mediadesk.media` turns such cases into :class:`MediaError` with a short,
human ``reason`` that the GUI and the command line can show as is, and that
the worker pool stores in :attr:`FileResult.error`.
"""

from __future__ import annotations

import errno

from mediadesk.core.errors import MediaDeskError


class MediaError(MediaDeskError):
    """A file that cannot be read as a photo or video.

    ``reason`` is a short lower-case phrase, e.g. ``"empty file"``,
    ``"truncated JPEG: no image data"``, ``"video has no video stream"``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __reduce__(self) -> tuple[type[MediaError], tuple[str]]:  # picklable across processes
        return (type(self), (self.reason,))


class WrongKind(MediaError):
    """The file is readable, but as another kind than its handler reads: an
    MP4 holding only sound (``kind="audio"``), or an audio-named file that
    holds a picture track (``kind="video"``). :func:`mediadesk.media.handlers.open_media`
    hands it to that kind's handler; ``reason`` says what was found."""

    def __init__(self, reason: str, kind: str) -> None:
        super().__init__(reason)
        self.kind = kind

    def __reduce__(self) -> tuple[type[MediaError], tuple[str, str]]:  # type: ignore[override]
        return (type(self), (self.reason, self.kind))


class NotRegularFileError(OSError):
    """The path is a FIFO, socket or device: reading it could block forever."""

    def __init__(self, path: str) -> None:
        super().__init__(0, "not a regular file", path)


def reason_for_oserror(exc: OSError) -> str:
    """A short human reason for an ``OSError`` raised while reading a file."""
    if isinstance(exc, NotRegularFileError):
        return "not a regular file"
    if isinstance(exc, PermissionError):
        return "unreadable: permission denied"
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return "not a regular file: directory"
    if exc.errno == errno.EIO:
        return "unreadable: input/output error (disk or network problem)"
    if exc.errno == errno.ENAMETOOLONG:
        return "unreadable: file name too long"
    detail = exc.strerror or exc.__class__.__name__
    return f"unreadable: {detail.lower()}"


def reason_for_write_error(exc: OSError) -> str:
    """A short human reason for an ``OSError`` raised while writing a file."""
    if exc.errno == errno.ENOSPC:
        return "no space left on the disk"
    if exc.errno == getattr(errno, "EDQUOT", -1):
        return "disk quota exceeded"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or exc.__class__.__name__).lower()


def media_error_from_oserror(exc: OSError) -> MediaError:
    """Wrap an ``OSError`` in a :class:`MediaError` with a human reason."""
    return MediaError(reason_for_oserror(exc))
