"""Process pool for imports: one worker process per core, results as they finish.

Why not ``concurrent.futures.ProcessPoolExecutor``: it cannot kill one hung
task, and a worker killed while holding a shared queue's lock can wedge the
whole pool. Here every worker has its own duplex pipe; the parent hands out
one path at a time, so it always knows which file each worker is on and
since when.

* Start method: ``forkserver`` on Linux (safe with threads in the parent, e.g.
  the GUI), ``spawn`` elsewhere and in frozen apps. Programs that start a
  pool must guard their entry point with ``if __name__ == "__main__":`` (and
  call ``multiprocessing.freeze_support()`` when frozen).
* Per-file time limit: a worker busy longer than ``per_file_timeout`` is
  killed, joined and replaced; its file yields ``error="timed out after N s"``.
* A worker that dies (e.g. a decoder crash) yields ``error="worker crashed
  ..."`` for its file and is replaced.
* Cancel: no new file is started; busy workers are killed, idle ones told
  to exit; every worker is joined (no zombies); the iterator then ends.
  Files not yielded were not (completely) processed; re-running is safe
  because results are deterministic and thumbnail writes are atomic.
* If the parent dies (even by kill -9), its workers die with it, also in
  the middle of a file (:mod:`.lifeline`).

Test hooks (read in the parent when the pool starts and passed to workers):
``MEDIADESK_TEST_HANG_MARKER`` / ``MEDIADESK_TEST_CRASH_MARKER`` - a worker
given a file whose name contains the marker hangs / exits abruptly.
"""

from __future__ import annotations

import collections
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from mediadesk.core.progress import CancelToken, Progress, ProgressCallback
from mediadesk.media.lifeline import follow_parent
from mediadesk.media.worker import FileResult, PhotoAnalysis, process_file

HANG_MARKER_ENV = "MEDIADESK_TEST_HANG_MARKER"
CRASH_MARKER_ENV = "MEDIADESK_TEST_CRASH_MARKER"
#: How often the parent wakes up to look at the cancel token (seconds).
POLL_INTERVAL = 0.1
#: Grace period for idle workers to exit after being told to (seconds).
EXIT_GRACE = 2.0


def default_workers() -> int:
    """One worker per usable core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _mp_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "forkserver" in methods and not getattr(sys, "frozen", False):
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _worker_main(
    conn: Any, cache_dir: str, hang_marker: str | None, crash_marker: str | None, parent_pid: int | None = None,
    analysis: PhotoAnalysis | None = None,
) -> None:
    """Worker process loop: receive ``(index, path)``, send ``(index, FileResult)``."""
    follow_parent(parent_pid)
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    except (ValueError, OSError):  # pragma: no cover
        pass
    try:  # warm up the heavy imports while the parent hands out work
        from mediadesk.media import photo, video  # noqa: F401

        photo._pil()
        import av  # noqa: F401
    except Exception:  # pragma: no cover - surfaced per file instead
        pass
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            break  # parent went away
        if msg is None:
            break
        index, path = msg
        name = os.path.basename(path)
        if hang_marker and hang_marker in name:
            while True:  # test hook: simulate a decoder that never returns
                time.sleep(3600)
        if crash_marker and crash_marker in name:
            os._exit(70)  # test hook: simulate a hard crash
        result = process_file(path, cache_dir, analysis)
        try:
            conn.send((index, result))
        except (BrokenPipeError, OSError):
            break
    try:
        conn.close()
    except OSError:  # pragma: no cover
        pass


@dataclass
class _Worker:
    process: Any
    conn: Any
    task: tuple[int, str] | None = None
    started: float = 0.0


class MediaPool:
    """A pool of worker processes running :func:`process_file`.

    Use as a context manager, or call :meth:`shutdown`. :func:`run_pool` is
    the one-call front.
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike[str],
        *,
        workers: int | None = None,
        per_file_timeout: float = 60.0,
        analysis: PhotoAnalysis | None = None,
    ) -> None:
        if per_file_timeout <= 0:
            raise ValueError("per_file_timeout must be positive")
        self.cache_dir = os.fspath(cache_dir)
        self.size = max(1, workers if workers else default_workers())
        self.per_file_timeout = float(per_file_timeout)
        self.analysis = analysis
        self._ctx = _mp_context()
        self._workers: list[_Worker] = []
        self._hang = os.environ.get(HANG_MARKER_ENV) or None
        self._crash = os.environ.get(CRASH_MARKER_ENV) or None
        #: pids of every worker this pool started (for diagnostics and tests)
        self.started_pids: list[int] = []

    # -- lifecycle -------------------------------------------------------

    def __enter__(self) -> MediaPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def _start_worker(self) -> _Worker:
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main,
            args=(child_conn, self.cache_dir, self._hang, self._crash, os.getpid(), self.analysis),
            name="mediadesk-media-worker",
            daemon=True,
        )
        proc.start()
        child_conn.close()
        worker = _Worker(process=proc, conn=parent_conn)
        self._workers.append(worker)
        if proc.pid is not None:
            self.started_pids.append(proc.pid)
        return worker

    def _kill(self, worker: _Worker) -> None:
        proc = worker.process
        try:
            if proc.is_alive():
                proc.terminate()
                proc.join(1.0)
            if proc.is_alive():
                proc.kill()
            proc.join()
        finally:
            try:
                worker.conn.close()
            except OSError:  # pragma: no cover
                pass
            try:
                proc.close()
            except ValueError:  # pragma: no cover - still running; should not happen
                pass
            if worker in self._workers:
                self._workers.remove(worker)

    def shutdown(self) -> None:
        """Stop every worker and wait for it: idle ones exit, busy ones are killed."""
        workers = list(self._workers)
        for w in workers:
            if w.task is None:
                try:
                    w.conn.send(None)
                except (BrokenPipeError, OSError):
                    pass
        deadline = time.monotonic() + EXIT_GRACE
        for w in workers:
            if w.task is None:
                w.process.join(max(0.0, deadline - time.monotonic()))
            self._kill(w)  # no-op join for those that already exited
        self._workers.clear()

    # -- work --------------------------------------------------------------

    def _failed(self, path: str, error: str) -> FileResult:
        result = FileResult(path=path, ok=False, error=error)
        try:
            st = os.stat(path)
            result.size, result.mtime = st.st_size, st.st_mtime
        except OSError:
            pass
        return result

    def imap(
        self,
        paths: Iterable[str | os.PathLike[str] | bytes],
        *,
        cancel: CancelToken | None = None,
        progress: ProgressCallback | None = None,
    ) -> Iterator[FileResult]:
        """Process ``paths``; yield one FileResult per path as each finishes.

        The iterator ends early (without raising) when ``cancel`` fires.
        Closing the iterator early also stops the work.
        """
        items = [(i, os.fsdecode(p)) for i, p in enumerate(paths)]
        total = len(items)
        pending = collections.deque(items)
        done = 0
        timeout_text = f"timed out after {self.per_file_timeout:g} s"
        try:
            while pending or any(w.task for w in self._workers):
                if cancel is not None and cancel.cancelled:
                    return
                # Keep the pool at size while there is work, then hand out work.
                while pending and len(self._workers) < min(self.size, len(pending) + self._busy()):
                    self._start_worker()
                for w in list(self._workers):
                    if w.task is None and pending:
                        task = pending.popleft()
                        try:
                            w.conn.send(task)
                        except (BrokenPipeError, OSError):
                            pending.appendleft(task)
                            self._kill(w)
                            continue
                        w.task, w.started = task, time.monotonic()
                busy = [w for w in self._workers if w.task is not None]
                if not busy:
                    continue
                now = time.monotonic()
                next_deadline = min(w.started for w in busy) + self.per_file_timeout
                wait_for = max(0.0, min(next_deadline - now, POLL_INTERVAL if cancel else 5.0))
                handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
                ready = set(multiprocessing.connection.wait(handles, timeout=wait_for))
                finished: list[FileResult] = []
                now = time.monotonic()
                for w in busy:
                    assert w.task is not None
                    index, path = w.task
                    result: FileResult | None = None
                    if w.conn in ready or w.process.sentinel in ready:
                        try:
                            if w.conn.poll():
                                got_index, result = w.conn.recv()
                                if got_index != index:  # pragma: no cover - protocol bug
                                    result = self._failed(path, "internal error: result mismatch")
                                w.task = None
                        except (EOFError, OSError):
                            result = None
                        if result is None:  # the process died without answering
                            w.process.join(1.0)
                            code = w.process.exitcode
                            w.task = None
                            self._kill(w)
                            result = self._failed(path, _crash_reason(code))
                    elif now - w.started >= self.per_file_timeout:
                        w.task = None
                        self._kill(w)
                        result = self._failed(path, timeout_text)
                    if result is not None:
                        finished.append(result)
                for result in finished:
                    done += 1
                    if progress is not None:
                        progress(Progress(done, total, current=result.path, stage="media"))
                    yield result
        finally:
            self.shutdown()

    def _busy(self) -> int:
        return sum(1 for w in self._workers if w.task is not None)


def _crash_reason(code: int | None) -> str:
    if code is None:
        return "worker crashed"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"worker crashed ({name})"
    return f"worker crashed (exit code {code})"


def run_pool(
    paths: Iterable[str | os.PathLike[str] | bytes],
    cache_dir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    per_file_timeout: float = 60.0,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
    analysis: PhotoAnalysis | None = None,
) -> Iterator[FileResult]:
    """Hash, probe and thumbnail ``paths`` in worker processes (and run
    ``analysis`` on each photo's decoded pixels, see :func:`process_file`).

    Yields a :class:`FileResult` per path in completion order (not input
    order). ``workers`` defaults to the number of usable cores (and is never
    more than the number of files). See the module docstring for timeouts,
    crashes and cancel.
    """
    items = list(paths)
    if not items:
        return
    n = min(workers or default_workers(), len(items))
    with MediaPool(cache_dir, workers=n, per_file_timeout=per_file_timeout, analysis=analysis) as pool:
        yield from pool.imap(items, cancel=cancel, progress=progress)
