"""``mediadesk basis`` and ``mediadesk objection`` (issue 15.2)."""

from __future__ import annotations

import json
from pathlib import Path

from mediadesk import cli
from tests.helpers import register_asset


def run(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = cli.main(["--db", str(db), *map(str, args)])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out, err


def test_basis_and_objection_commands(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    assert run(capsys, db, "--profile", "dk", "faces", "mode", "off")[0] == 0
    assert run(capsys, db, "people", "add", "N1", "--name", "Nora Holm", "--role", "student")[0] == 0
    from mediadesk.services.library import Library

    lib = Library.open(str(db))
    aid = register_asset(lib, tmp_path / "yard.jpg")
    lib.close()
    assert run(capsys, db, "tag", aid, "N1")[0] == 0
    assert run(capsys, db, "review", aid, "--complete")[0] == 0

    code, _, err = run(capsys, db, "basis", "set", aid, "legitimate_interest")
    assert code == 2 and "needs a reason" in err and err.count("\n") == 1
    assert run(capsys, db, "basis", "set", aid, "legitimate_interest", "--reason", "situation photo")[0] == 0
    assert run(capsys, db, "basis", "enable")[0] == 0
    code, out, _ = run(capsys, db, "check", aid, "--channel", "website", "--json")
    doc = json.loads(out)
    (ev,) = doc if isinstance(doc, list) else doc["evaluations"]
    assert ev["verdict"] == "cleared"
    assert ev["reasons"][0]["code"] == "LEGAL_BASIS"

    assert run(capsys, db, "objection", "add", "N1", "--from", "2020-01-01", "--reason", "parent")[0] == 0
    code, out, _ = run(capsys, db, "objection", "list", "N1", "--json")
    (o,) = json.loads(out)
    assert o["channels"] is None and o["withdrawn_on"] is None and o["reason"] == "parent"
    code, out, _ = run(capsys, db, "check", aid, "--channel", "website", "--json")
    assert "OBJECTION" in out and '"blocked"' in out
    assert run(capsys, db, "objection", "withdraw", "N1", "--on", "2020-01-02")[0] == 0
    code, out, _ = run(capsys, db, "check", aid, "--channel", "website", "--json")
    assert "OBJECTION" not in out and '"cleared"' in out
