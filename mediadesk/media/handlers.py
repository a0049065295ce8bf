"""The media handlers in use: the built-in ones registered, and the calls
that pick one for a file.

Importing :mod:`.photo` and :mod:`.video` registers their handlers with
:mod:`.registry`; this module sits above all three, so none of them imports
another in a circle. Pillow and PyAV are imported only when a handler does
real work, so this stays cheap.
"""

from __future__ import annotations

import os

import mediadesk.media.photo  # noqa: F401 - registers PhotoHandler
import mediadesk.media.video  # noqa: F401 - registers VideoHandler
from mediadesk.media.probe import MediaInfo
from mediadesk.media.registry import MediaHandler, find_handler, handlers, supported_extensions


def handler_for(path: str | os.PathLike[str] | bytes) -> MediaHandler:
    """The handler for ``path``: by extension first, confirmed by content.

    Raises MediaError: ``"empty file"``, ``"not an image or video"``,
    ``"unreadable: permission denied"``, ``"not a regular file"``, ...
    """
    return find_handler(path)


def probe(path: str | os.PathLike[str] | bytes) -> MediaInfo:
    """Describe the photo or video at ``path``.

    Raises :class:`~mediadesk.media.errors.MediaError` with a short human
    reason for anything that is not a readable photo or video.
    """
    return handler_for(path).probe(path)


__all__ = ["MediaHandler", "handler_for", "handlers", "probe", "supported_extensions"]
