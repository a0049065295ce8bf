"""The media handlers in use: the built-in ones registered, and the calls
that pick one for a file.

Importing :mod:`.photo`, :mod:`.video` and :mod:`.audio` registers their handlers with
:mod:`.registry`; this module sits above all three, so none of them imports
another in a circle. Pillow and PyAV are imported only when a handler does
real work, so this stays cheap.
"""

from __future__ import annotations

import os

import mediadesk.media.audio  # noqa: F401 - registers AudioHandler
import mediadesk.media.photo  # noqa: F401 - registers PhotoHandler
import mediadesk.media.video  # noqa: F401 - registers VideoHandler
from mediadesk.media.errors import WrongKind
from mediadesk.media.probe import MediaInfo
from mediadesk.media.registry import MediaHandler, _instance, find_handler, handlers, supported_extensions


def handler_for(path: str | os.PathLike[str] | bytes) -> MediaHandler:
    """The handler for ``path``: by extension first, confirmed by content.

    Raises MediaError: ``"empty file"``, ``"not an image, video or audio file"``,
    ``"unreadable: permission denied"``, ``"not a regular file"``, ...
    """
    return find_handler(path)


def open_media(path: str | os.PathLike[str] | bytes) -> tuple[MediaHandler, MediaInfo]:
    """The handler for ``path`` and what it found. The handler picked by the
    first bytes may learn from the streams that the file is another kind
    (an MP4 with sound only is a recording; an ``.m4a`` with a picture
    track is a clip): that kind's handler then reads it.

    Raises :class:`~mediadesk.media.errors.MediaError` with a short human
    reason for anything that is not a readable photo, video or recording.
    """
    handler = handler_for(path)
    try:
        return handler, handler.probe(path)
    except WrongKind as wrong:
        other = next((h for h in handlers() if h.kind == wrong.kind and h is not type(handler)), None)
        if other is None:
            raise
        inst = _instance(other)
        return inst, inst.probe(path)


def probe(path: str | os.PathLike[str] | bytes) -> MediaInfo:
    """Describe the photo, video or recording at ``path`` (see :func:`open_media`)."""
    return open_media(path)[1]


__all__ = ["MediaHandler", "handler_for", "handlers", "open_media", "probe", "supported_extensions"]
