"""People files as admin systems export them (issue 14 item 1, docs/admin-imports.md).

Every preset imports its sample file under resources/samples/ with the
accents right; Windows-1252, Latin-1 and UTF-16 files read right and the
summary says which encoding was used; a mapping error names the file, the
row and the file's own column, and stores nothing; unreadable files are
named with the reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from mediadesk.core.errors import CsvError, UserError
from mediadesk.services import mapping as mp
from mediadesk.services import tabular
from mediadesk.store.migrations import HEAD_REVISION
from mediadesk.services.people import (
    get_person, import_people, list_people, mapping_profiles, resolve_mapping, save_mapping_profile,
)
from mediadesk.services.privacy import erase_person
from tests.helpers import write

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


def snapshot(lib) -> tuple:
    """Every person column, the settings and the number of audit entries."""
    with lib.engine.connect() as con:
        people = con.execute(text(
            "SELECT external_id, name, role, birth_date, group_name, publication_ban, guardian_name, "
            "guardian_email, guardian_phone FROM person ORDER BY external_id")).all()
        settings = con.execute(text("SELECT key, value FROM setting ORDER BY key")).all()
        audit = con.execute(text("SELECT COUNT(*) FROM audit_log")).scalar()
    return people, settings, audit


def person(lib, ext: str) -> dict:
    p = get_person(lib, ext)
    return {"name": p.name, "role": p.role, "birth_date": p.birth_date, "group": p.group_name,
            "guardian": (p.guardian_name, p.guardian_email, p.guardian_phone)}


# ---- every preset imports its sample file ----------------------------------------------------

#: preset -> (people in the sample, encoding as reported, one person in full)
EXPECTED = {
    "magister": (5, "read as Windows-1252 text, semicolon-separated", "10231", {
        "name": "Daniëlle van der Berg", "role": "student", "birth_date": date(2011, 3, 14), "group": "2A",
        "guardian": ("Marieke van der Berg", "m.vanderberg@example.nl", "06-12345678")}),
    "somtoday": (4, "read as UTF-8 with BOM text, comma-separated", "220417", {
        "name": "Søren Ünal", "role": "student", "birth_date": date(2010, 6, 23), "group": "H3c",
        "guardian": ("Aylin Ünal", "aylin.unal@example.nl", "+31 20 555 0101")}),
    "parnassys": (4, "read as UTF-16 LE text, tab-separated", "5003", {
        "name": "Élise van den Broek", "role": "student", "birth_date": date(2018, 12, 9), "group": "Groep 3",
        "guardian": ("Ilse van den Broek", "ilse@example.nl", "010-1234567")}),
    "uni-login": (4, "read as UTF-8 text, semicolon-separated", "aase9012", {
        "name": "Åse Søndergård", "role": "student", "birth_date": date(2012, 2, 28), "group": "8.B",
        "guardian": ("Birgitte Søndergård", "birgitte@example.dk", None)}),
    "lectio": (4, "read as Excel workbook (.xlsx)", "80112", {
        "name": "Ida Brøndum Nørgaard", "role": "student", "birth_date": date(2009, 11, 19), "group": "1.x",
        "guardian": ("Peter Nørgaard", "peter@example.dk", None)}),
}


def test_every_preset_has_a_sample_and_an_expectation():
    assert set(EXPECTED) == set(mp.PRESETS)
    for p in mp.PRESETS.values():
        assert (SAMPLES / p.sample).is_file(), p.sample


@pytest.mark.parametrize("key", sorted(mp.PRESETS))
def test_preset_imports_its_sample_file(lib, key):
    count, read_as, ext, full = EXPECTED[key]
    s = import_people(lib, SAMPLES / mp.PRESETS[key].sample, mp.preset(key))
    assert (s.created, s.updated, s.unchanged) == (count, 0, 0)
    assert s.read_as == read_as
    assert s.mapping == key
    assert person(lib, ext) == full
    assert len(list_people(lib)) == count
    # the same export again changes nothing
    again = import_people(lib, SAMPLES / mp.PRESETS[key].sample, mp.preset(key))
    assert (again.created, again.updated, again.unchanged) == (0, 0, count)


def test_sample_names_keep_every_accent(lib):
    for key in mp.PRESETS:
        import_people(lib, SAMPLES / mp.PRESETS[key].sample, mp.preset(key))
    names = {p.name for p in list_people(lib)}
    for name in ("René Jansen", "Zoë de Vries", "Jürgen Müller", "Chloé van Dijk", "Sébastien Bakker",
                 "Noël ter Horst", "Bjørn de Groot", "Anaïs Peeters", "Lotte Küçük", "Øjvind Bæk",
                 "Frederik Højgaard", "Emil Strøm", "Asbjørn Lund", "Clémence Dubois"):
        assert name in names


def test_a_preset_fits_its_own_sample_only():
    for key, p in mp.PRESETS.items():
        header = tabular.read_table(SAMPLES / p.sample, max_rows=1).header
        assert mp.detect_preset(header) == key


def test_a_magister_export_without_a_mapping_points_to_the_preset(lib):
    before = snapshot(lib)
    with pytest.raises(CsvError) as ei:
        import_people(lib, SAMPLES / "magister-leerlingen.csv")
    assert "--preset magister" in str(ei.value)
    assert snapshot(lib) == before


# ---- encodings -----------------------------------------------------------------------------------

BODY = "external_id,name,role,group\nA1,Renée Müller,student,7A\nA2,Søren Åberg,student,7B\n"


@pytest.mark.parametrize("encoding, label", [
    ("cp1252", "Windows-1252"), ("utf-16", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE"),
    ("utf-16-le", "UTF-16 LE"), ("utf-8-sig", "UTF-8 with BOM"), ("utf-8", "UTF-8"),
])
def test_encodings_import_with_the_right_accents(lib, tmp_path, encoding, label):
    raw = BODY.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path = tmp_path / "people.csv"
    path.write_bytes(raw)
    s = import_people(lib, path)
    assert s.created == 2
    assert s.read_as.startswith(f"read as {label} text")
    assert get_person(lib, "A1").name == "Renée Müller"
    assert get_person(lib, "A2").name == "Søren Åberg"


def test_windows_1252_only_letters_and_latin1_fallback(tmp_path):
    # '€' and 'œ' exist in Windows-1252 only; byte 0x81 exists in Latin-1 only
    path = tmp_path / "w.csv"
    path.write_bytes("external_id;name\nA1;Cœur €\n".encode("cp1252"))
    t = tabular.read_table(path)
    assert (t.encoding, t.delimiter, t.rows[0][1]) == ("Windows-1252", ";", ["A1", "Cœur €"])
    path.write_bytes(b"external_id;name\nA1;X\x81Y\n")
    assert tabular.read_table(path).encoding == "Latin-1"


def test_excel_unicode_text_with_a_tab_and_a_quoted_cell(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes('Nr\tNaam\tKlas\r\n1\t"Berg, Zoë van den"\t2A\r\n'.encode("utf-16"))
    t = tabular.read_table(path)
    assert t.delimiter == "\t"
    assert t.header == ["Nr", "Naam", "Klas"]
    assert t.rows == [(2, ["1", "Berg, Zoë van den", "2A"])]
    assert t.described() == "read as UTF-16 LE text, tab-separated"


@pytest.mark.parametrize("header, delimiter", [
    ("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ('"x;y",b,c', ","), ("a;b,c;d", ";"),
])
def test_delimiter_detection(header, delimiter):
    assert tabular.detect_delimiter(header + "\n1,2,3\n") == delimiter


# ---- mapping errors: file, row and column named; nothing stored ------------------------------

MAGISTER_HEADER = "Stamnr;Roepnaam;Tussenv;Achternaam;Geb.datum;Klas\n"


def test_a_missing_mapped_column_names_file_row_and_column(lib, tmp_path):
    import_people(lib, SAMPLES / "uni-login-elever.csv", mp.preset("uni-login"))
    before = snapshot(lib)
    path = write(tmp_path / "m.csv", "Stamnr;Roepnaam;Achternaam;Geb.datum;Klas\n1;Ann;Berg;01-02-2012;1A\n",
                 "cp1252")
    with pytest.raises(CsvError) as ei:
        import_people(lib, path, mp.preset("magister"))
    e = ei.value
    assert (e.file, e.row, e.column) == (str(path), 1, "Tussenv")
    assert str(path) in str(e) and "row 1" in str(e) and "'Tussenv'" in str(e)
    assert "family_prefix" in e.reason
    assert snapshot(lib) == before


@pytest.mark.parametrize("row, column, words", [
    ("2;Ann;;Berg;31-02-2012;1A", "Geb.datum", "not a date in the format dd-mm-yyyy"),
    ("2;Ann;;Berg;2012/02/01;1A", "Geb.datum", "not a date"),
    ("2;Ann;;Berg;01-02-2099;1A", "Geb.datum", "in the future"),
    (";Ann;;Berg;01-02-2012;1A", "Stamnr", "value is required"),
    ("2;;;;01-02-2012;1A", "Achternaam", "value is required"),
    ("1;Bo;;Lund;01-02-2012;1A", "Stamnr", "appears twice"),
])
def test_a_bad_value_names_file_row_and_the_files_own_column(lib, tmp_path, row, column, words):
    import_people(lib, SAMPLES / "uni-login-elever.csv", mp.preset("uni-login"))
    before = snapshot(lib)
    body = MAGISTER_HEADER + "1;Åse;van;Ærø;05-06-2011;1A\n" + row + "\n"
    path = write(tmp_path / "m.csv", body, "cp1252")
    mapping = mp.parse_map("external_id=Stamnr,given_name=Roepnaam,family_prefix=Tussenv,"
                           "family_name=Achternaam,birth_date=Geb.datum,birth_date_format=dd-mm-yyyy,group=Klas")
    with pytest.raises(CsvError) as ei:
        import_people(lib, path, mapping, save_as="never saved")
    e = ei.value
    assert (e.file, e.row, e.column) == (str(path), 3, column), str(e)
    assert words in e.reason, str(e)
    assert snapshot(lib) == before  # no person and no profile


def test_bad_guardian_contact_is_named(lib, tmp_path):
    head = "external_id,name,role,guardian_email,guardian_phone\n"
    for row, column in (("A1,Ann,student,ann.example.nl,", "guardian_email"),
                        ("A1,Ann,student,ann@example.nl,call me", "guardian_phone")):
        path = write(tmp_path / "g.csv", head + row + "\n")
        with pytest.raises(CsvError) as ei:
            import_people(lib, path)
        assert (ei.value.row, ei.value.column) == (2, column)
    assert list_people(lib) == []


# ---- unreadable files: named, with the reason ------------------------------------------------

def test_unreadable_files_are_named(lib, tmp_path, monkeypatch):
    cases = {
        "empty.csv": (b"", "empty"),
        "broken.xlsx": (b"PK\x03\x04 this is no workbook", "not a readable Excel workbook"),
        "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel .xls"),
        "photo.csv": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x00\x00\x00\x00\x00\x00", "not a text file"),
    }
    for name, (raw, words) in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        with pytest.raises(CsvError) as ei:
            import_people(lib, path, mp.preset("lectio"))
        assert str(path) in str(ei.value) and words in str(ei.value), str(ei.value)
    monkeypatch.setattr(tabular, "MAX_BYTES", 100)
    big = write(tmp_path / "big.csv", "external_id,name,role\n" + "A1,Ann,student\n" * 20)
    with pytest.raises(CsvError) as ei:
        import_people(lib, big)
    assert str(big) in str(ei.value) and "larger than" in str(ei.value)
    assert list_people(lib) == []


def test_too_many_rows_is_named(lib, tmp_path, monkeypatch):
    import openpyxl

    monkeypatch.setattr(tabular, "MAX_ROWS", 3)
    wb = openpyxl.Workbook()
    wb.active.append(["Elevnummer", "Navn"])
    for i in range(5):
        wb.active.append([i, f"Elev {i}"])
    wb.save(tmp_path / "many.xlsx")
    with pytest.raises(CsvError) as ei:
        import_people(lib, tmp_path / "many.xlsx", mp.parse_map("external_id=Elevnummer,name=Navn"))
    assert ei.value.row == 5 and "more than 3 rows" in str(ei.value)
    assert list_people(lib) == []


def test_an_empty_workbook_and_a_header_only_workbook(lib, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.save(tmp_path / "empty.xlsx")
    with pytest.raises(CsvError) as ei:
        import_people(lib, tmp_path / "empty.xlsx", mp.preset("lectio"))
    assert "empty sheet" in str(ei.value)
    wb.active.append(["Elevnummer", "Navn", "Klasse", "Fødselsdato", "Kontaktperson", "Kontaktperson e-mail",
                      "Kontaktperson telefon"])
    wb.save(tmp_path / "header.xlsx")
    assert import_people(lib, tmp_path / "header.xlsx", mp.preset("lectio")).created == 0


def test_xlsx_cells_read_as_a_csv_would_hold_them(tmp_path):
    import openpyxl
    from datetime import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nr", "Navn", "Født", "Ja"])
    ws.append([1042.0, "  Åse  ", datetime(2012, 3, 4), True])
    ws.append([])
    ws.append([1043, "Bo", "04-03-2012", None])
    wb.save(tmp_path / "x.xlsx")
    t = tabular.read_table(tmp_path / "x.xlsx")
    assert t.rows == [(2, ["1042", "Åse", "2012-03-04", "yes"]), (4, ["1043", "Bo", "04-03-2012", ""])]
    with zipfile.ZipFile(tmp_path / "x.xlsx") as z:
        assert any(n.startswith("xl/worksheets/") for n in z.namelist())


# ---- mappings -------------------------------------------------------------------------------

def test_map_text_on_top_of_a_preset():
    m = mp.parse_map("group=Studie, guardian_phone=", mp.preset("magister"))
    assert m.columns["group"] == "Studie" and "guardian_phone" not in m.columns
    assert m.date_format == "dd-mm-yyyy" and m.name == "magister"
    m = mp.parse_map('external_id=Nr,"name=Naam, volledig",role=staff,class=Klas')
    assert m.columns == {"external_id": "Nr", "name": "Naam, volledig", "group": "Klas"}
    assert m.default_role == "staff"


@pytest.mark.parametrize("text, words", [
    ("external_id=Nr,nickname=Bijnaam,name=Naam", "'nickname' is not a MediaDesk field"),
    ("name=Naam", "external_id needs a column"),
    ("external_id=Nr", "name (or given_name and family_name) needs a column"),
    ("external_id=Nr,name", "is not field=Column"),
    ("external_id=Nr,name=Naam,birth_date_format=yy-mm-dd", "birth date format"),
    ("external_id=Nr,name=Naam,role=admin", None),  # a column called 'admin': fine
])
def test_bad_map_text_says_what_is_wrong(text, words):
    if words is None:
        assert mp.parse_map(text).columns["role"] == "admin"
        return
    with pytest.raises(UserError) as ei:
        mp.parse_map(text)
    assert words in str(ei.value)


def test_role_words_of_admin_systems(lib, tmp_path):
    path = write(tmp_path / "r.csv", "Nr;Naam;Functie\n1;Ann;Leerling\n2;Bo;Docent\n3;Cy;gæst\n")
    import_people(lib, path, mp.parse_map("external_id=Nr,name=Naam,role=Functie"))
    assert [get_person(lib, e).role for e in "123"] == ["student", "staff", "guest"]


def test_date_formats():
    assert mp.parse_with_format("3/4/2012", "mm/dd/yyyy") == date(2012, 3, 4)
    assert mp.parse_with_format("04.03.2012", "dd.mm.åååå") == date(2012, 3, 4)
    assert mp.parse_with_format("2012-03-04", "dd-mm-jjjj") == date(2012, 3, 4)  # an Excel date cell
    with pytest.raises(ValueError):
        mp.parse_with_format("04-03-12", "dd-mm-yyyy")


def test_saved_profile_is_used_and_audited(lib, tmp_path):
    m = mp.parse_map("external_id=Nr,given_name=Voornaam,family_name=Achternaam,group=Klas")
    path = write(tmp_path / "p.csv", "Nr,Voornaam,Achternaam,Klas\n7,Zoë,Janssen,3B\n")
    s = import_people(lib, path, m, save_as="  Onze   export ")
    assert s.mapping == "Onze export"
    assert list(mapping_profiles(lib)) == ["Onze export"]
    again = resolve_mapping(lib, profile="Onze export")
    assert again is not None and again.columns == m.columns
    assert import_people(lib, path, again).unchanged == 1
    with lib.engine.connect() as con:
        rows = con.execute(text("SELECT new FROM audit_log WHERE action = 'settings.change'")).all()
    assert any("Onze export" in r[0] for r in rows)
    save_mapping_profile(lib, "Onze export", mp.parse_map("group=Groep", again))
    assert mapping_profiles(lib)["Onze export"].columns["group"] == "Groep"
    with pytest.raises(UserError, match="unknown mapping profile 'Andere'"):
        resolve_mapping(lib, profile="Andere")
    with pytest.raises(UserError, match="either --preset or --profile"):
        resolve_mapping(lib, preset="magister", profile="Onze export")


# ---- guardian contact --------------------------------------------------------------------------

def test_guardian_fields_missing_from_a_later_file_are_left_alone(lib, tmp_path):
    import_people(lib, SAMPLES / "magister-leerlingen.csv", mp.preset("magister"))
    path = write(tmp_path / "p.csv", "external_id,name,role,group\n10231,Daniëlle van der Berg,student,3A\n")
    s = import_people(lib, path)
    assert s.updated == 1
    assert person(lib, "10231")["guardian"] == ("Marieke van der Berg", "m.vanderberg@example.nl", "06-12345678")
    assert person(lib, "10231")["group"] == "3A"


def test_erasure_removes_the_guardian_contact(lib):
    import_people(lib, SAMPLES / "magister-leerlingen.csv", mp.preset("magister"))
    pid = get_person(lib, "10231").id
    erase_person(lib, "10231")
    with lib.engine.connect() as con:
        row = con.execute(text("SELECT guardian_name, guardian_email, guardian_phone FROM person WHERE id = :i"),
                          {"i": pid.hex}).one()
        audit = " ".join(str(r) for r in con.execute(text("SELECT old, new FROM audit_log")).all())
    assert tuple(row) == (None, None, None)
    assert "m.vanderberg@example.nl" not in audit and "Marieke van der Berg" not in audit


def test_access_report_carries_the_guardian_contact(lib):
    from mediadesk.services.reports import person_report

    import_people(lib, SAMPLES / "somtoday-leerlingen.csv", mp.preset("somtoday"))
    r = person_report(lib, "220415")
    assert (r["person"]["guardian_name"], r["person"]["guardian_email"]) == ("Anouk Bakker-Çelik",
                                                                              "anouk.bakker@example.nl")
    json.dumps(r)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
@pytest.mark.parametrize("lang, words", [("en", "Parent/guardian contact"), ("nl", "Contact ouder/verzorger"),
                                         ("da", "Kontakt til forælder/værge")])
def test_the_pdf_access_report_shows_the_guardian_contact(lib, tmp_path, lang, words):
    from mediadesk.services.reports import person_report
    from mediadesk.services.reports.render import render

    import_people(lib, SAMPLES / "somtoday-leerlingen.csv", mp.preset("somtoday"))
    data = render("person", person_report(lib, "220415"), "pdf", cache_dir=tmp_path / "cache", lang=lang)
    f = tmp_path / "r.pdf"
    f.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], capture_output=True, check=True).stdout
    text_ = " ".join(out.decode().split())
    assert words in text_ and "Anouk Bakker-Çelik, anouk.bakker@example.nl, 06 11 22 33 44" in text_


def test_a_merged_laptop_library_brings_the_guardian_contact(tmp_path):
    """issue 15's merge: a guest added at a fair with a guardian's contact
    arrives with it; a contact updated later on the laptop replaces the office's."""
    from mediadesk.services import merging
    from mediadesk.services.library import Library
    from mediadesk.services.people import add_person

    office = Library.open(str(tmp_path / "office.sqlite"), profile="dk")
    import_people(office, SAMPLES / "uni-login-elever.csv", mp.preset("uni-login"))
    office.close()
    laptop_path = tmp_path / "laptop.sqlite"
    shutil_copy = __import__("shutil").copy
    shutil_copy(tmp_path / "office.sqlite", laptop_path)
    laptop = Library.open(str(laptop_path))
    add_person(laptop, "G1", "Noah Gæst", "guest", guardian_name="Mia Gæst", guardian_phone="+45 11 22 33 44")
    body = ("UNI-Login;Fornavn;Efternavn;Klasse;Fødselsdato;Forælder navn;Forælder e-mail;Forælder telefon\n"
            "oejv7755;Øjvind;Bæk;6.C;15.06.2014;Jens Bæk;jens.baek@example.dk;\n")
    import_people(laptop, write(tmp_path / "update.csv", body), mp.preset("uni-login"))
    laptop.close()
    office = Library.open(str(tmp_path / "office.sqlite"))
    assert merging.merge_library(office, laptop_path).applied
    assert person(office, "G1")["guardian"] == ("Mia Gæst", None, "+45 11 22 33 44")
    assert person(office, "oejv7755")["guardian"] == ("Jens Bæk", "jens.baek@example.dk", None)
    office.close()


def test_a_library_from_before_the_guardian_columns_opens_and_keeps_its_people(tmp_path):
    from alembic import command

    from mediadesk.services.library import Library
    from mediadesk.store import db as dbmod
    from mediadesk.store.facts import schema_revision

    path = tmp_path / "old.sqlite"
    old = Library.open(str(path), profile="nl")
    import_people(old, write(tmp_path / "p.csv", "external_id,name,role\nA1,Zoë Berg,student\n"))
    old.close()
    url = f"sqlite:///{path}"
    engine = dbmod.make_engine(url)
    cfg = dbmod._alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005_consent_explained")
    engine.dispose()
    assert schema_revision(path) == "0005_consent_explained"
    lib = Library.open(str(path))
    assert schema_revision(path) == HEAD_REVISION  # upgraded through 0006_adminimport to the head
    assert person(lib, "A1")["guardian"] == (None, None, None) and person(lib, "A1")["name"] == "Zoë Berg"
    import_people(lib, SAMPLES / "magister-leerlingen.csv", mp.preset("magister"))
    assert person(lib, "10231")["guardian"][0] == "Marieke van der Berg"
    lib.close()
