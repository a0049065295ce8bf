"""The layer boundaries of DESIGN.md, enforced.

- core, store, media, faces, services and the command line never import PySide6;
- nothing outside mediadesk/faces imports face_recognition or dlib;
- the command line's check/people/consent paths load no Qt, no dlib, no PyAV,
  and check on an up-to-date SQLite library does not even load SQLAlchemy.
"""

from __future__ import annotations

import ast
import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "mediadesk"
QT_FREE = ["core", "store", "media", "faces", "services"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _py_files(*parts: str) -> list[Path]:
    out: list[Path] = []
    for part in parts:
        p = PKG / part
        out += [p] if p.is_file() else sorted(p.rglob("*.py"))
    return out


@pytest.mark.parametrize("path", _py_files(*QT_FREE, "cli.py", "__main__.py"), ids=lambda p: str(p.relative_to(PKG)))
def test_no_qt_outside_gui(path: Path) -> None:
    assert not {"PySide6", "shiboken6"} & _imports(path), f"{path} imports Qt"


@pytest.mark.parametrize("path", _py_files("core"), ids=lambda p: str(p.relative_to(PKG)))
def test_core_imports_only_the_standard_library(path: Path) -> None:
    """The rules stay pure: no third-party package (the import-linter contract
    names a few; this catches any) and nothing of ours outside the core."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    ours = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and n.level == 0}
    ours |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    outside = {m for m in ours if m.split(".")[0] == "mediadesk" and not m.startswith("mediadesk.core")}
    third_party = {m for m in _imports(path) - {"mediadesk", "__future__"} if m not in sys.stdlib_module_names}
    assert not outside and not third_party, (outside, third_party)


@pytest.mark.parametrize(
    "path",
    [p for p in PKG.rglob("*.py") if "faces" not in p.relative_to(PKG).parts],
    ids=lambda p: str(p.relative_to(PKG)),
)
def test_face_recognition_only_in_faces(path: Path) -> None:
    assert not {"face_recognition", "dlib", "face_recognition_models"} & _imports(path)


def test_core_packages_import_with_qt_blocked() -> None:
    """Import every Qt-free module in a process where PySide6 cannot be imported."""
    modules = []
    for part in QT_FREE:
        for f in sorted((PKG / part).rglob("*.py")):
            rel = f.relative_to(ROOT).with_suffix("")
            if "migrations" in rel.parts and rel.name != "__init__":
                continue
            modules.append(".".join(rel.parts).removesuffix(".__init__"))
    modules.append("mediadesk.cli")
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok', len(sys.modules))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ok")


def _loaded_after(argv: list[str], env: dict) -> tuple[set[str], subprocess.CompletedProcess]:
    code = (
        "import sys, json\n"
        "from mediadesk.cli import main\n"
        f"rc = main({argv!r})\n"
        "sys.stderr.write('\\nMODULES=' + json.dumps(sorted(sys.modules)) + '\\n')\n"
        "sys.exit(rc)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    line = [ln for ln in r.stderr.splitlines() if ln.startswith("MODULES=")]
    assert line, r.stderr
    return {m.split(".")[0] for m in json.loads(line[-1][len("MODULES="):])}, r


def test_command_line_paths_stay_light(tmp_path: Path, lib_files: dict) -> None:
    env = dict(os.environ, MEDIADESK_DB=str(tmp_path / "lib.sqlite"), MEDIADESK_CACHE_DIR=str(tmp_path / "cache"))
    heavy = {"PySide6", "shiboken6", "dlib", "face_recognition", "av", "PIL"}
    for argv in (["people", "import", str(lib_files["people"])], ["consent", "import", str(lib_files["consent"])], ["people", "list"]):
        mods, r = _loaded_after(argv, env)
        assert r.returncode == 0, r.stderr
        assert not heavy & mods, (argv, heavy & mods)
    # an asset registered through the service, then check it on the fast path
    from mediadesk.services.library import Library
    from tests.helpers import register_asset

    lib = Library.open(env["MEDIADESK_DB"])
    aid = register_asset(lib, tmp_path / "a.jpg")
    lib.close()
    mods, r = _loaded_after(["check", aid, "--channel", "website", "--json"], env)
    assert r.returncode == 1, (r.stdout, r.stderr[-500:])  # people list not confirmed yet
    assert not (heavy | {"sqlalchemy", "sqlmodel", "alembic", "pydantic"}) & mods


def test_import_contracts_hold() -> None:
    """The layers, the Qt and dlib boundaries and "no import cycles", as
    import-linter contracts (pyproject.toml, [tool.importlinter])."""
    exe = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_the_command_line_never_reaches_the_gui(capsys) -> None:
    from mediadesk import cli

    assert cli.wants_gui(cli.parse([])) and cli.wants_gui(cli.parse(["demo"]))
    assert not cli.wants_gui(cli.parse(["demo", "--no-gui"]))
    assert cli.main(["gui"]) == 2  # the desktop app starts from mediadesk.app, not here
    assert "mediadesk.app" in capsys.readouterr().err


_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|PRAGMA)\s"  # a statement
    r"|\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bDELETE FROM\b|\bUPDATE \w+ SET\b"
    r"|\b(WHERE|JOIN|GROUP BY|ORDER BY|COALESCE|ON CONFLICT)\b"  # a piece of a statement
    r"|\bAND\s+[\w.]+\s*(=|!=|<|>|IN\b|IS\b|LIKE\b)"
    r"|[=<>]\s*:\w+"  # a bound parameter
)


def _is_sqlalchemy_text(func: ast.expr) -> bool:
    """``text(...)`` or ``sqlalchemy.text(...)``/``sa.text(...)`` (not Qt's ``label.text()``)."""
    if isinstance(func, ast.Name):
        return func.id == "text"
    return isinstance(func, ast.Attribute) and func.attr == "text" and getattr(func.value, "id", "") in ("sa", "sqlalchemy")


def _sql_strings(path: Path) -> list[str]:
    """String literals (and f-string parts) that read as SQL, and calls of ``text(...)``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.search(node.value):
            found.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
        elif isinstance(node, ast.Call) and _is_sqlalchemy_text(node.func):
            found.append(f"{path.name}:{node.lineno}: text(...)")
    return found


#: every module of mediadesk outside mediadesk/store
outside_the_store = pytest.mark.parametrize(
    "path",
    [p for p in PKG.rglob("*.py") if p.relative_to(PKG).parts[0] != "store"],
    ids=lambda p: str(p.relative_to(PKG)),
)


@outside_the_store
def test_only_the_store_holds_sql(path: Path) -> None:
    """The store owns all SQL (read models, audit, settings): services and the
    views call named store functions."""
    assert _sql_strings(path) == []


def test_the_sql_finder_finds_sql(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        'q(f"SELECT id FROM asset WHERE x = {y}")\n'
        's.execute(text("DELETE FROM face"))\nsa.text(sql)\n'
        'where.append("COALESCE(a.capture_time, a.imported_at) >= :df")\n'
        'sql += " WHERE " + " AND ".join(where)\n'
        'q(f") AND faces_scanned_at IS NULL AND offline = :off")\n'
        'x = ") GROUP BY asset_id"\n'
    )
    # the f-string, the two text() calls and a literal, and each piece of a statement
    assert len(_sql_strings(probe)) == 8
    prose = tmp_path / "prose.py"
    prose.write_text(
        '"""Badges use colour AND shape."""\n'
        'ask("Select a folder from the list")\nconfirm("Delete the file?")\nlabel.setText(item.text(0) + edit.text())\n'
    )
    assert _sql_strings(prose) == []


def _private_store_names(path: Path) -> list[str]:
    """Names starting with ``_`` that ``path`` imports from mediadesk.store."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mediadesk.store"):
            found += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


@outside_the_store
def test_no_private_store_helpers_outside_the_store(path: Path) -> None:
    """The store's private helpers stay inside it; other layers call its named functions."""
    assert _private_store_names(path) == []
