"""The school (controller) and its DPO: settings, validated and audited (issue 14, item 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from mediadesk.core.errors import UserError
from mediadesk.services.library import audit_log
from mediadesk.services.settings import library_settings, update_settings


def _png(path: Path, size=(40, 20)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (10, 90, 160)).save(path)
    return path


def _audited(lib, key: str) -> list[tuple]:
    return [(json.loads(e.old or "{}").get(key), json.loads(e.new or "{}").get(key))
            for e in audit_log(lib) if e.action == "settings.change" and key in (e.new or "")]


def test_school_and_dpo_settings_are_stored_trimmed_and_audited(lib) -> None:
    s = update_settings(lib, school_name="  Skovbrynet Skole ", controller_address="Skovvej 1\n8000 Aarhus C",
                            dpo_name="Karen Holm", dpo_email="dpo@skovbrynet.dk", dpo_phone="+45 86 12 34 56")
    assert s["school_name"] == "Skovbrynet Skole"
    assert s["controller_address"] == "Skovvej 1\n8000 Aarhus C"
    assert (s["dpo_name"], s["dpo_email"], s["dpo_phone"]) == ("Karen Holm", "dpo@skovbrynet.dk", "+45 86 12 34 56")
    assert _audited(lib, "dpo_email") == [(None, "dpo@skovbrynet.dk")]
    # an empty value clears the setting (audited too)
    s = update_settings(lib, dpo_phone="  ")
    assert s["dpo_phone"] is None
    assert (("+45 86 12 34 56", None)) in _audited(lib, "dpo_phone")


@pytest.mark.parametrize("key, value, words", [
    ("dpo_email", "dpo-at-school.dk", "dpo_email"),
    ("dpo_email", "dpo@school", "dpo_email"),
    ("dpo_email", "a b@school.dk", "dpo_email"),
    ("dpo_phone", "call me", "dpo_phone"),
    ("dpo_phone", "12", "dpo_phone"),
    ("school_name", "x" * 201, "school_name"),
    ("school_name", 7, "school_name"),
])
def test_bad_values_are_refused_naming_the_setting_and_nothing_is_stored(lib, key, value, words) -> None:
    before = library_settings(lib)
    with pytest.raises(UserError, match=words):
        update_settings(lib, **{"dpo_name": "Karen Holm", key: value})
    assert library_settings(lib) == before


def test_the_logo_is_checked_and_copied_into_the_library(lib, tmp_path: Path) -> None:
    src = _png(tmp_path / "elsewhere" / "logo.png")
    s = update_settings(lib, school_logo=str(src))
    stored = Path(s["school_logo"])
    assert stored.is_file() and stored.parent == lib.data_dir
    assert stored.read_bytes() == src.read_bytes()
    src.unlink()  # the library keeps its own copy
    assert Path(library_settings(lib)["school_logo"]).is_file()
    # the same stored path again changes nothing
    update_settings(lib, school_logo=s["school_logo"])
    assert len(_audited(lib, "school_logo")) == 1


def test_a_logo_that_is_no_readable_image_is_refused(lib, tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    with pytest.raises(UserError, match=r"school_logo: .*logo\.png"):
        update_settings(lib, school_logo=str(text))
    with pytest.raises(UserError, match=r"school_logo: .*not found"):
        update_settings(lib, school_logo=str(tmp_path / "missing.png"))
    assert library_settings(lib).get("school_logo") is None
    assert not lib.data_dir.exists() or not any(lib.data_dir.iterdir())


def test_cli_settings_set_and_show(lib, tmp_path: Path, capsys) -> None:
    from mediadesk.cli import main

    db = lib.url
    assert main(["--db", db, "settings", "set", "dpo_email", "dpo@skovbrynet.dk"]) == 0
    assert main(["--db", db, "settings", "set", "school_name", "Skovbrynet Skole"]) == 0
    assert main(["--db", db, "settings", "set", "school_logo", str(_png(tmp_path / "l.png"))]) == 0
    capsys.readouterr()
    assert main(["--db", db, "settings", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["dpo_email"] == "dpo@skovbrynet.dk" and shown["school_name"] == "Skovbrynet Skole"
    assert Path(shown["school_logo"]).is_file()
    assert main(["--db", db, "settings", "set", "dpo_email", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dpo_email" in err
    assert main(["--db", db, "settings", "set", "age_of_consent", "x"]) == 2
    assert main(["--db", db, "settings", "set", "face_mode", "match"]) == 2
    assert "face_mode" in capsys.readouterr().err
    assert main(["--db", db, "settings", "set", "dpo_email", ""]) == 0
    assert library_settings(lib)["dpo_email"] is None
