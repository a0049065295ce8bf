from __future__ import annotations

import os
from pathlib import Path

import pytest
from mediadesk.services.consent import import_consent
from mediadesk.services.people import import_people

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MEDIADESK_USER", "tester")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data or cache dirs."""
    monkeypatch.setenv("MEDIADESK_DB", str(tmp_path / "default-library.sqlite"))
    monkeypatch.setenv("MEDIADESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MEDIADESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MEDIADESK_USER", "tester")


@pytest.fixture
def lib_files(tmp_path: Path) -> dict[str, Path]:
    from tests.helpers import CONSENT_CSV, PEOPLE_CSV, write

    return {
        "people": write(tmp_path / "people.csv", PEOPLE_CSV),
        "consent": write(tmp_path / "consent.csv", CONSENT_CSV),
    }


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Modules that set ``LIBRARY_BACKENDS = ("sqlite", "postgres")`` run each
    test that uses a library (``lib``, ``school``, ...) once per backend."""
    backends = getattr(metafunc.module, "LIBRARY_BACKENDS", None)
    if not backends or "lib" not in metafunc.fixturenames:
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        names = mark.args[0]
        if "lib" in ([n.strip() for n in names.split(",")] if isinstance(names, str) else names):
            return  # the test chose its backend itself
    metafunc.parametrize("lib", backends, indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the whole session (see tests/pg.py).

    Where PostgreSQL is not installed the tests that need it are skipped
    (named in the summary). ``.ci/run`` installs it and sets
    MEDIADESK_REQUIRE_POSTGRES=1, which turns a server that cannot be
    started into a failure.
    """
    from tests.pg import PostgresServer, unavailable_reason

    reason = unavailable_reason()
    if reason:
        if os.environ.get("MEDIADESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here (MEDIADESK_REQUIRE_POSTGRES=1): {reason}")
        pytest.skip(reason)
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return pg_server.new_url()


def _library_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    backend = getattr(request, "param", None) or os.environ.get("MEDIADESK_TEST_BACKEND", "sqlite")
    if backend == "postgres":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "library.sqlite")


@pytest.fixture
def lib(request: pytest.FixtureRequest, tmp_path: Path):
    """A new DK library: SQLite by default; on PostgreSQL when parametrized
    with ``"postgres"`` (or with MEDIADESK_TEST_BACKEND=postgres for a whole run)."""
    from mediadesk.services.library import Library

    library = Library.open(_library_location(request, tmp_path), profile="dk")
    yield library
    library.close()


@pytest.fixture
def school(lib, lib_files):
    """A DK library with the sample people and consent forms loaded."""
    import_people(lib, lib_files["people"])
    import_consent(lib, lib_files["consent"])
    return lib
