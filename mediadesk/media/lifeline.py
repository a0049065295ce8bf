"""Worker processes die with the process that started them.

A worker must never outlive the app: after a kill -9 (or a crash) of the
app, its workers would otherwise run on forever, holding files and CPU. A
face scan worker waits for its next job on a queue whose write end it holds
itself, a media worker stuck in a decoder never looks at its pipe, and a
forkserver in between stays up as long as any of its workers does.

:func:`follow_parent` is called first thing in every worker process, with
the pid of the process that owns the pool (``os.getpid()`` there, handed
over with the worker's arguments, so an owner that died before the worker
even started is caught too):

* Linux: ``PR_SET_PDEATHSIG`` - the kernel kills the worker with SIGKILL
  when its immediate parent ends.
* Everywhere: a daemon thread looks every :data:`POLL_INTERVAL` seconds
  whether the owner is gone and then ends the worker with ``os._exit``.
  POSIX: the worker's parent changed (``os.getppid()``) or, when the owner
  is not the immediate parent (a forkserver in between), the owner ended
  (Linux: a pidfd, which a reused pid cannot fool; elsewhere
  ``os.kill(pid, 0)``). Windows: a SYNCHRONIZE handle of the owner, which
  is signalled when it ends.

The parent death signal goes with the *thread* that started the worker: a
pool must be used by the thread that created it (as every pool here is).
No Qt, and importable everywhere.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable

#: How often the watchdog thread looks at the owner (seconds).
POLL_INTERVAL = 0.5
#: Exit status of a worker whose owner is gone.
ORPHAN_EXIT_CODE = 75

_PR_SET_PDEATHSIG = 1
_ERROR_INVALID_PARAMETER = 87


def follow_parent(owner_pid: int | None = None) -> None:
    """End this process as soon as ``owner_pid`` (default: the parent) is gone.

    Returns at once (the watching happens in a daemon thread); ends the
    process right here when the owner is already gone. Never raises.
    """
    owner = owner_pid or os.getppid()
    _set_parent_death_signal()
    alive = _owner_alive_check(owner)
    if not alive():
        os._exit(ORPHAN_EXIT_CODE)
    threading.Thread(target=_watch, args=(alive,), name="mediadesk-lifeline", daemon=True).start()


def _watch(alive: Callable[[], bool]) -> None:
    while alive():
        time.sleep(POLL_INTERVAL)
    os._exit(ORPHAN_EXIT_CODE)


def _set_parent_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no prctl: the watchdog still runs
        pass


def _owner_alive_check(owner: int) -> Callable[[], bool]:
    """A quick (non-blocking) check: does ``owner`` still run?"""
    if sys.platform == "win32":
        return _windows_check(owner)
    parent = os.getppid()
    if owner == parent:
        return lambda: os.getppid() == parent
    # A forkserver in between, or the owner ended before we started (and
    # this process was adopted): watch the owner itself.
    try:
        fd = os.pidfd_open(owner)
    except ProcessLookupError:
        return lambda: False
    except (AttributeError, OSError):  # not Linux, or a kernel without pidfds
        return lambda: os.getppid() == parent and _pid_exists(owner)
    import select

    # A pidfd turns readable when its process has ended (also as a zombie).
    return lambda: os.getppid() == parent and not select.select([fd], [], [], 0)[0]


def _pid_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. EPERM: it exists
        return True
    return True


def _windows_check(owner: int) -> Callable[[], bool]:  # pragma: no cover - Windows only
    import _winapi

    try:
        handle = _winapi.OpenProcess(_winapi.SYNCHRONIZE, False, owner)
    except OSError as e:
        if getattr(e, "winerror", None) == _ERROR_INVALID_PARAMETER:  # no such process (any more)
            return lambda: False
        return lambda: True  # cannot be watched (spawning this worker opened it, so not expected)
    return lambda: _winapi.WaitForSingleObject(handle, 0) != _winapi.WAIT_OBJECT_0
