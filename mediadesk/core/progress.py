"""Cancellation and progress reporting for long work, free of Qt.

Every long-running service function (import, thumbnails, face scan, export)
takes a :class:`CancelToken` and a :data:`ProgressCallback`. The GUI wraps
them in a worker thread; the command line prints progress to stderr.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable


class Cancelled(Exception):
    """Raised by :meth:`CancelToken.raise_if_cancelled` when work was stopped."""


class CancelToken:
    """A thread-safe flag that long work checks between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class Progress:
    """A snapshot of how far a piece of long work is."""

    done: int
    total: int
    current: str = ""  # the file or item being worked on, for display
    stage: str = ""  # short machine name of the stage, e.g. "hash", "thumbnail"

    @property
    def fraction(self) -> float:
        return 0.0 if self.total <= 0 else min(1.0, self.done / self.total)


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A progress callback that ignores every report."""
