"""A throw-away PostgreSQL server for the tests that run a library on PostgreSQL.

The server lives in a temporary folder, listens only on a Unix socket there
(no TCP port), runs without fsync, and is stopped at the end of the test
session. Each test gets its own empty database (:meth:`PostgresServer.new_url`).

The PostgreSQL binaries are found on PATH or under ``/usr/lib/postgresql``
(Debian's ``postgresql`` package, which ``.ci/run`` installs when missing).
PostgreSQL refuses to run as root; as root the server runs as the
``postgres`` user that package creates.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def unavailable_reason() -> str | None:
    """Why no test server can be started here, or None when it can."""
    if find_bin_dir() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) not found"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server"
    return None


class PostgresServer:
    """initdb + pg_ctl in a temporary folder; ``new_url()`` gives a fresh database."""

    def __init__(self) -> None:
        reason = unavailable_reason()
        if reason:
            raise RuntimeError(reason)
        self.bin = find_bin_dir()
        # Short path: a Unix socket path must stay under ~100 characters.
        self.root = Path(tempfile.mkdtemp(prefix="mdpg"))
        self.data = self.root / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        self._counter = itertools.count(1)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "--no-sync", "-E", "UTF8", "--locale", "C")
        self._run(
            "pg_ctl", "-D", str(self.data), "-w", "-l", str(self.root / "log"),
            "-o", f"-k {self.root} -c listen_addresses='' -F -c max_connections=200", "start",
        )

    def _run(self, tool: str, *args: str) -> None:
        proc = subprocess.run(
            [*self._as, str(self.bin / tool), *args],
            capture_output=True, text=True, cwd=self.root,
        )
        if proc.returncode != 0:
            log = (self.root / "log").read_text() if (self.root / "log").exists() else ""
            raise RuntimeError(f"{tool} failed: {proc.stderr or proc.stdout}\n{log[-2000:]}")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.root}"

    def new_url(self) -> str:
        """A URL of a new, empty database on this server."""
        import psycopg

        name = f"md{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(host=str(self.root), user="postgres", dbname="postgres", autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
