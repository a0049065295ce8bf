"""``mediadesk people import`` of admin-system exports: --preset, --map,
--profile / --save-profile, --json, and ``people mappings`` (issue 14 item 1)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run
from tests.helpers import write

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
MAGISTER = SAMPLES / "magister-leerlingen.csv"


def _people(capsys, db) -> dict[str, dict]:
    r = run(capsys, "--db", db, "people", "list", "--json")
    assert r.code == 0, r
    return {p["external_id"]: p for p in r.json()}


def test_preset_import_says_how_the_file_was_read(capsys, tmp_path):
    db = tmp_path / "l.sqlite"
    r = run(capsys, "--db", db, "--profile", "nl", "people", "import", MAGISTER, "--preset", "magister")
    assert r.code == 0, r
    assert "5 added, 0 updated, 0 unchanged" in r.out
    assert "read as Windows-1252 text, semicolon-separated, mapping magister" in r.out
    assert "columns not used: Studie" in r.err
    people = _people(capsys, db)
    assert people["10234"]["name"] == "Jürgen Müller"
    assert people["10234"]["birth_date"] == "2011-07-07"
    assert (people["10231"]["guardian_name"], people["10231"]["guardian_email"],
            people["10231"]["guardian_phone"]) == ("Marieke van der Berg", "m.vanderberg@example.nl", "06-12345678")


def test_json_summary(capsys, tmp_path):
    r = run(capsys, "--db", tmp_path / "l.sqlite", "people", "import", SAMPLES / "lectio-elever.xlsx",
            "--preset", "lectio", "--json")
    assert r.code == 0, r
    doc = r.json()
    assert (doc["created"], doc["read_as"], doc["mapping"]) == (4, "read as Excel workbook (.xlsx)", "lectio")


def test_map_alone(capsys, tmp_path):
    db = tmp_path / "l.sqlite"
    path = write(tmp_path / "staff.csv", "Nr;Voornaam;Achternaam;Geboren\nD7;Jörg;Ødegaard;1.2.1980\n",
                 "cp1252")
    r = run(capsys, "--db", db, "people", "import", path, "--map",
            "external_id=Nr,given_name=Voornaam,family_name=Achternaam,birth_date=Geboren,"
            "birth_date_format=d.m.yyyy,role=staff")
    assert r.code == 0, r
    assert "read as Windows-1252 text" in r.out
    p = _people(capsys, db)["D7"]
    assert (p["name"], p["role"], p["birth_date"]) == ("Jörg Ødegaard", "staff", "1980-02-01")


def test_save_profile_then_profile(capsys, tmp_path):
    db = tmp_path / "l.sqlite"
    path = write(tmp_path / "a.csv", "Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Berg;1A\n", "cp1252")
    r = run(capsys, "--db", db, "--profile", "nl", "people", "import", path, "--preset", "magister",
            "--map", "family_prefix=,birth_date=,guardian_name=,guardian_email=,guardian_phone=",
            "--save-profile", "school export")
    assert r.code == 0, r
    assert "mapping saved as profile 'school export'" in r.out
    path2 = write(tmp_path / "b.csv", "Stamnr;Roepnaam;Achternaam;Klas\n1;Zoë;Berg;2A\n2;René;Smit;2B\n",
                  "cp1252")
    # the mapping profile's --profile after the command; the library's --profile before it
    r = run(capsys, "--db", db, "--profile", "nl", "people", "import", path2, "--profile", "school export")
    assert r.code == 0, r
    assert "1 added, 1 updated, 0 unchanged" in r.out and "mapping school export" in r.out
    assert _people(capsys, db)["1"]["group"] == "2A"
    r = run(capsys, "--db", db, "people", "mappings", "--json")
    doc = r.json()
    assert [p["preset"] for p in doc["presets"]] == ["magister", "somtoday", "parnassys", "uni-login", "lectio"]
    assert [(p["profile"], p["columns"]["group"]) for p in doc["profiles"]] == [("school export", "Klas")]
    r = run(capsys, "--db", db, "people", "mappings")
    assert "preset magister" in r.out and "profile school export" in r.out


def test_mapping_errors_exit_2_name_file_row_and_column_and_store_nothing(capsys, tmp_path):
    db = tmp_path / "l.sqlite"
    bad = write(tmp_path / "bad.csv",
                "Stamnr;Roepnaam;Tussenv;Achternaam;Geb.datum;Klas;Naam ouder/verzorger;E-mail ouder/verzorger;"
                "Tel. ouder/verzorger\n1;Åse;;Berg;01-02-2012;1A;;;\n2;Bo;;Lund;2012-31-01;1A;;;\n", "cp1252")
    r = run(capsys, "--db", db, "people", "import", bad, "--preset", "magister", "--save-profile", "x")
    assert r.code == 2
    assert f"{bad}, row 3, column 'Geb.datum'" in r.err, r
    assert _people(capsys, db) == {}
    assert json.loads(run(capsys, "--db", db, "people", "mappings", "--json").out)["profiles"] == []
    for args, words in (
        (["--preset", "schoolsys"], "unknown preset 'schoolsys'"),
        (["--profile", "nope"], "unknown mapping profile 'nope'"),
        (["--map", "external_id=Stamnr,nickname=X"], "'nickname' is not a MediaDesk field"),
        (["--save-profile", "x"], "--save-profile: give the mapping"),
        (["--preset", "somtoday"], "column 'Leerlingnummer'"),
    ):
        r = run(capsys, "--db", db, "people", "import", MAGISTER, *args)
        assert r.code == 2 and words in r.err, (args, r)
    r = run(capsys, "--db", db, "people", "import", MAGISTER)
    assert r.code == 2 and "--preset magister" in r.err
    assert _people(capsys, db) == {}
