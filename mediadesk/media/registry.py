"""Media handlers, registered by file extension and confirmed by content.

The shape follows MusicBrainz Picard's ``picard/formats/registry.py``: each
handler class declares the extensions it serves; :func:`register` adds it;
:func:`find_handler` picks a registered handler for a path by extension,
then confirms the choice by sniffing the file's first bytes. Content wins: a
``.jpg`` that is really an MP4 is handled by the video handler, and random
bytes are rejected with :class:`~mediadesk.media.errors.MediaError`.

This module knows no handler itself: the built-in ones
(:mod:`mediadesk.media.photo`, Pillow + pillow-heif; :mod:`mediadesk.media.video`,
PyAV) register when imported, and :mod:`mediadesk.media.handlers` imports
them and is what callers use (``handler_for``). They import Pillow / PyAV
only when they do real work.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, ClassVar, TypeVar

from mediadesk.media.errors import MediaError, media_error_from_oserror
from mediadesk.media.sniff import Kind, read_head, sniff_bytes

if TYPE_CHECKING:
    from PIL.Image import Image

    from mediadesk.media.probe import MediaInfo

PathLike = str | os.PathLike[str] | bytes


class MediaHandler(ABC):
    """Reads one family of media files. Handlers are stateless."""

    #: "photo", "video" or "audio": the sniffed content kind this handler accepts.
    kind: ClassVar[Kind]
    #: Lower-case extensions with the dot, e.g. ``{".jpg", ".jpeg"}``.
    extensions: ClassVar[frozenset[str]]
    #: Short name for logs and the UI.
    name: ClassVar[str]

    @classmethod
    def accepts(cls, head: bytes) -> bool:
        """Whether this handler can read a file starting with ``head``."""
        return sniff_bytes(head) == cls.kind

    @abstractmethod
    def probe(self, path: PathLike) -> MediaInfo:
        """Describe the file; raise MediaError for bad input."""

    @abstractmethod
    def display_image(self, path: PathLike, max_side: int, warnings: list[str]) -> Image:
        """An 8-bit sRGB ``RGB`` image as displayed (orientation applied) whose
        longest side is at most ``max_side``; for videos, the poster frame;
        for recordings, a waveform.
        Problems that did not stop decoding are appended to ``warnings``."""


H = TypeVar("H", bound=type[MediaHandler])

_lock = threading.Lock()
_handlers: list[type[MediaHandler]] = []
_by_extension: dict[str, list[type[MediaHandler]]] = {}
_instances: dict[type[MediaHandler], MediaHandler] = {}


def register(handler_cls: H) -> H:
    """Register a handler class (usable as a class decorator).

    Later registrations for the same extension are tried after earlier ones.
    Registering the same class twice is a no-op.
    """
    with _lock:
        if handler_cls in _handlers:
            return handler_cls
        _handlers.append(handler_cls)
        for ext in handler_cls.extensions:
            _by_extension.setdefault(ext.lower(), []).append(handler_cls)
    return handler_cls


def unregister(handler_cls: type[MediaHandler]) -> None:
    """Remove a handler class (mainly for tests and plug-ins)."""
    with _lock:
        if handler_cls in _handlers:
            _handlers.remove(handler_cls)
        for lst in _by_extension.values():
            if handler_cls in lst:
                lst.remove(handler_cls)
        _instances.pop(handler_cls, None)


def handlers() -> list[type[MediaHandler]]:
    """All registered handler classes, in registration order."""
    with _lock:
        return list(_handlers)


def supported_extensions() -> frozenset[str]:
    """Every extension some handler claims (lower case, with the dot)."""
    with _lock:
        return frozenset(ext for ext, lst in _by_extension.items() if lst)


def _instance(cls: type[MediaHandler]) -> MediaHandler:
    with _lock:
        inst = _instances.get(cls)
        if inst is None:
            inst = _instances[cls] = cls()
        return inst


def find_handler(path: PathLike) -> MediaHandler:
    """The registered handler for ``path``: by extension first, confirmed by
    content (:func:`mediadesk.media.handlers.handler_for` with the built-in
    handlers registered).

    Raises MediaError: ``"empty file"``, ``"not an image, video or audio file"``,
    ``"unreadable: permission denied"``, ``"not a regular file"``, ...
    """
    try:
        head = read_head(path)
    except OSError as exc:
        raise media_error_from_oserror(exc) from exc
    if not head:
        raise MediaError("empty file")
    ext = os.path.splitext(os.fsdecode(path))[1].lower()
    with _lock:
        by_ext = list(_by_extension.get(ext, ()))
        everyone = list(_handlers)
    for cls in by_ext:
        if cls.accepts(head):
            return _instance(cls)
    # The name lied (or is unknown): content wins, the handler of the
    # sniffed kind first (the audio handler also accepts any MP4).
    sniffed = sniff_bytes(head)
    for cls in sorted(everyone, key=lambda c: c.kind != sniffed):
        if cls not in by_ext and cls.accepts(head):
            return _instance(cls)
    raise MediaError("not an image, video or audio file")
