"""Helpers shared by the tests: small libraries, CSV files and assets."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from mediadesk.media.worker import FileResult
from mediadesk.services.importer import import_paths

PEOPLE_CSV = """external_id,name,role,birth_date,group,publication_ban
S1042,Emma Jensen,student,2012-03-12,7A,no
S1043,Lars Nielsen,student,2009-01-05,9B,no
S1044,Sofie Berg,student,2013-06-01,7A,yes
T1,Mette Hansen,staff,,,no
"""

CONSENT_CSV = """external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on,biometric,source,text_version
S1042,guardian,Anna Jensen,website|facebook,photo|video,2026-08-20,,,,no,paper,v3
S1043,self,,website|instagram|facebook,photo,2026-08-22,,,,yes,digital,v3
S1044,guardian,Per Berg,website|facebook|instagram,photo|video,2026-08-20,,,,no,paper,v3
T1,self,,website|facebook|instagram|tiktok|print|intranet,photo|video|audio,2026-08-01,,,,no,paper,
"""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def fake_result(path: Path, kind: str = "photo", ok: bool = True, error: str | None = None) -> FileResult:
    """What a media worker returns for a file, without decoding it."""
    if not ok:
        return FileResult(path=str(path), ok=False, error=error or "not an image, video or audio file")
    data = path.read_bytes()
    st = path.stat()
    return FileResult(
        path=str(path), ok=True, sha256=hashlib.sha256(data).hexdigest(), size=st.st_size,
        mtime=st.st_mtime, kind=kind, info={"kind": kind, "width": 10, "height": 10},
    )


def register_asset(lib, path: Path, content: bytes | None = None, kind: str = "photo") -> str:
    """Put a file into the library without the media pipeline; returns its id."""
    if not path.exists():
        path.write_bytes(content if content is not None else os.urandom(64))
    report = import_paths(lib, [path], results=[fake_result(path, kind)])
    return report.asset_ids[0]


class Meanwhile:
    """Run ``fn`` on another thread, as a second computer doing the same
    thing at the same moment. Started from inside a write that holds the
    library's write lock it must wait; ``join`` after that write returns."""

    def __init__(self, fn) -> None:
        import threading

        self.fn, self.result, self.error = fn, None, None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as e:  # handed to join()
            self.error = e

    def start(self, wait: float = 0.3) -> Meanwhile:
        self.thread.start()
        self.thread.join(wait)  # give it the chance to slip in
        return self

    def join(self):
        self.thread.join(60)
        assert not self.thread.is_alive(), "the concurrent write never finished"
        if self.error is not None:
            raise self.error
        return self.result


def wait_saved(qtbot, dlg, timeout: int = 10000) -> None:
    """A form dialog stores off the GUI thread (gui/forms.save_in_background):
    wait until what it asked for is stored or refused."""
    qtbot.waitUntil(lambda: not dlg.state.writes_pending(), timeout=timeout)
