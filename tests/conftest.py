from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MEDIADESK_USER", "tester")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data or cache dirs."""
    monkeypatch.setenv("MEDIADESK_DB", str(tmp_path / "default-library.sqlite"))
    monkeypatch.setenv("MEDIADESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MEDIADESK_USER", "tester")


@pytest.fixture
def lib_files(tmp_path: Path) -> dict[str, Path]:
    from tests.helpers import CONSENT_CSV, PEOPLE_CSV, write

    return {
        "people": write(tmp_path / "people.csv", PEOPLE_CSV),
        "consent": write(tmp_path / "consent.csv", CONSENT_CSV),
    }


@pytest.fixture
def lib(tmp_path: Path):
    from mediadesk.services.library import Library

    library = Library.open(str(tmp_path / "library.sqlite"), profile="dk")
    yield library
    library.close()


@pytest.fixture
def school(lib, lib_files):
    """A DK library with the sample people and consent forms loaded."""
    lib.import_people(lib_files["people"])
    lib.import_consent(lib_files["consent"])
    return lib
