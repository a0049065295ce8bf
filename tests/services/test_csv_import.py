"""People and consent CSV import (spec/interfaces.md "CSV files").

Every malformed variant is rejected with a CsvError naming file, row (header =
row 1) and column, and leaves the library exactly as it was; the accepted
variants load the expected rows; a second import of the same files changes
nothing; withdrawals are added but never cleared by a re-import.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from mediadesk.core.errors import CsvError, UserError
from tests.helpers import write
from mediadesk.services.assets import review_complete, tag, verdicts_of
from mediadesk.services.consent import add_consent, import_consent, list_consents, revoke
from mediadesk.services.people import add_person, get_person, import_people, list_people

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


PEOPLE_HEADER = "external_id,name,role,birth_date,group,publication_ban\n"
CONSENT_HEADER = (
    "external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,"
    "revoked_on,biometric,source,text_version\n"
)
TABLES = ("person", "consent_record", "audit_log")


# ---- fixtures -----------------------------------------------------------------------------
# Same meaning as conftest's ``lib`` and ``school`` (a dk library; with the
# sample people and forms imported), but copied from a library built once per
# module: creating a library runs the migrations, which dominates the run time.

def _copy_library(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(src) + suffix)
        if f.exists():
            shutil.copy(f, Path(str(dst) + suffix))


@pytest.fixture(scope="module")
def _templates(tmp_path_factory) -> dict[str, Path]:
    from mediadesk.services.library import Library
    from tests.helpers import CONSENT_CSV, PEOPLE_CSV

    d = tmp_path_factory.mktemp("templates")
    empty = Library.open(str(d / "empty.sqlite"), profile="dk", actor="tester")
    empty.close()
    full = Library.open(str(d / "school.sqlite"), profile="dk", actor="tester")
    import_people(full, write(d / "people.csv", PEOPLE_CSV))
    import_consent(full, write(d / "consent.csv", CONSENT_CSV))
    full.close()
    return {"lib": d / "empty.sqlite", "school": d / "school.sqlite"}


def _open_copy(src: Path, tmp_path: Path):
    from mediadesk.services.library import Library

    dst = tmp_path / "library.sqlite"
    _copy_library(src, dst)
    return Library.open(str(dst), profile="dk")


@pytest.fixture
def lib(_templates, tmp_path):
    library = _open_copy(_templates["lib"], tmp_path)
    yield library
    library.close()


@pytest.fixture
def school(_templates, tmp_path):
    library = _open_copy(_templates["school"], tmp_path)
    yield library
    library.close()


# ---- helpers -------------------------------------------------------------------------------

def counts(lib) -> dict[str, int]:
    with lib.engine.connect() as con:
        return {t: con.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES}


def snapshot(lib) -> dict:
    """Counts plus the full content of people and consent records."""
    with lib.engine.connect() as con:
        people = con.execute(
            text("SELECT external_id, name, role, birth_date, group_name, publication_ban FROM person ORDER BY external_id")
        ).all()
        consents = con.execute(
            text(
                "SELECT p.external_id, c.granted_by, c.guardian_name, c.channels, c.media, c.signed_on, "
                "c.valid_from, c.valid_until, c.revoked_on, c.biometric, c.source, c.text_version "
                "FROM consent_record c JOIN person p ON p.id = c.person_id "
                "ORDER BY p.external_id, c.signed_on, c.channels"
            )
        ).all()
    return {"counts": counts(lib), "people": [tuple(r) for r in people], "consents": [tuple(r) for r in consents]}


def people_rows(lib) -> dict[str, dict]:
    return {
        p.external_id: {"name": p.name, "role": p.role, "birth_date": p.birth_date,
                        "group": p.group_name, "ban": p.publication_ban}
        for p in list_people(lib)
    }


def audit(lib, action: str) -> list[dict]:
    with lib.engine.connect() as con:
        rows = con.execute(
            text("SELECT entity_id, old, new FROM audit_log WHERE action = :a ORDER BY at"), {"a": action}
        ).all()
    return [{"entity_id": e, "old": json.loads(o) if o else None, "new": json.loads(n) if n else None}
            for e, o, n in rows]


def assert_csv_error(exc: CsvError, path: Path, row: int, column: str) -> None:
    msg = str(exc)
    assert exc.file == str(path), msg
    assert exc.row == row, msg
    assert exc.column == column, msg
    assert str(path) in msg
    assert f"row {row}" in msg
    assert f"'{column}'" in msg
    assert "\n" not in msg


# ---- rejected people files --------------------------------------------------------------------

# (name, file body, expected row, expected column). A valid new person and a
# changed name come before the bad row, so an import that wrote row by row
# would leave a trace.
GOOD_PEOPLE_PREFIX = PEOPLE_HEADER + "N1,New Person,student,2014-01-01,5A,no\nS1042,Emma Renamed,student,2012-03-12,7A,no\n"

BAD_PEOPLE = [
    ("bad_date", GOOD_PEOPLE_PREFIX + "N2,Bad Date,student,2014/13/01,5A,no\n", 4, "birth_date"),
    ("impossible_date", GOOD_PEOPLE_PREFIX + "N2,Bad Date,student,2026-02-30,5A,no\n", 4, "birth_date"),
    ("impossible_date_dmy", GOOD_PEOPLE_PREFIX + "N2,Bad Date,student,31.04.2014,5A,no\n", 4, "birth_date"),
    ("unknown_role", GOOD_PEOPLE_PREFIX + "N2,Odd Role,teacher,2014-01-01,5A,no\n", 4, "role"),
    ("bad_yes_no", GOOD_PEOPLE_PREFIX + "N2,Maybe Ban,student,2014-01-01,5A,maybe\n", 4, "publication_ban"),
    ("duplicate_external_id", GOOD_PEOPLE_PREFIX + "N1,Twice,student,2014-01-01,5A,no\n", 4, "external_id"),
    ("missing_required_column", "external_id,name,birth_date\nN1,No Role,2014-01-01\n", 1, "role"),
    ("missing_name_value", GOOD_PEOPLE_PREFIX + "N2,,student,2014-01-01,5A,no\n", 4, "name"),
    ("birth_date_in_year_1", GOOD_PEOPLE_PREFIX + "N2,Old Date,student,0001-01-01,5A,no\n", 4, "birth_date"),
    ("birth_date_before_1900", GOOD_PEOPLE_PREFIX + "N2,Old Date,student,31.12.1899,5A,no\n", 4, "birth_date"),
    ("birth_date_in_the_future", GOOD_PEOPLE_PREFIX + "N2,Not Born,student,2999-01-01,5A,no\n", 4, "birth_date"),
]


@pytest.mark.parametrize("name,body,row,column", BAD_PEOPLE, ids=[b[0] for b in BAD_PEOPLE])
def test_bad_people_file_is_rejected_and_changes_nothing(school, tmp_path, name, body, row, column):
    before = snapshot(school)
    path = write(tmp_path / f"people-{name}.csv", body)
    with pytest.raises(CsvError) as ei:
        import_people(school, path)
    assert_csv_error(ei.value, path, row, column)
    assert snapshot(school) == before
    assert "N1" not in people_rows(school)
    assert people_rows(school)["S1042"]["name"] == "Emma Jensen"


def test_bad_date_message_says_what_is_wrong(school, tmp_path):
    path = write(tmp_path / "p.csv", PEOPLE_HEADER + "N2,Bad Date,student,2026-02-30,5A,no\n")
    with pytest.raises(CsvError) as ei:
        import_people(school, path)
    assert "2026-02-30" in str(ei.value)
    assert "not a real calendar date" in str(ei.value)


def test_duplicate_external_id_names_both_rows(school, tmp_path):
    path = write(tmp_path / "p.csv", PEOPLE_HEADER + "N1,A,student,,,\nN2,B,student,,,\nN1,C,student,,,\n")
    with pytest.raises(CsvError) as ei:
        import_people(school, path)
    assert ei.value.row == 4
    assert "row 2" in ei.value.reason


def test_people_file_in_latin1_imports_with_its_accents(school, tmp_path):
    """Not UTF-8 any more means Windows-1252 (Excel's default), which reads
    every Latin-1 letter the same; the summary says how it was read."""
    body = PEOPLE_HEADER + "N1,New Person,student,2014-01-01,5A,no\nN2,Søren Ærø,student,2014-01-01,5A,no\n"
    path = write(tmp_path / "latin1.csv", body, encoding="latin-1")
    s = import_people(school, path)
    assert s.created == 2
    assert s.read_as == "read as Windows-1252 text, comma-separated"
    assert get_person(school, "N2").name == "Søren Ærø"


@pytest.mark.parametrize("body", ["", "\n\n", "   \n"], ids=["zero_bytes", "blank_lines", "spaces"])
def test_empty_people_file_is_rejected(school, tmp_path, body):
    before = snapshot(school)
    path = write(tmp_path / "empty.csv", body)
    with pytest.raises(CsvError) as ei:
        import_people(school, path)
    assert_csv_error(ei.value, path, 1, "external_id")
    assert "empty" in str(ei.value)
    assert snapshot(school) == before


def test_missing_people_file_is_a_csv_error(lib, tmp_path):
    path = tmp_path / "nope.csv"
    with pytest.raises(CsvError) as ei:
        import_people(lib, path)
    assert str(path) in str(ei.value)
    assert "not found" in str(ei.value)


# ---- rejected consent files -----------------------------------------------------------------

GOOD_CONSENT_PREFIX = (
    CONSENT_HEADER
    # a new form for a known person, and a withdrawal of a stored form: both must not be written
    + "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,,,no,paper,v4\n"
    + "S1043,self,,website|instagram|facebook,photo,2026-08-22,,,2026-10-01,yes,digital,v3\n"
)

BAD_CONSENT = [
    ("bad_date", "S1042,guardian,Anna Jensen,website,photo,2026-13-01,,,,no,paper,v4", "signed_on"),
    ("impossible_date", "S1042,guardian,Anna Jensen,website,photo,2026-02-30,,,,no,paper,v4", "signed_on"),
    ("bad_valid_from", "S1042,guardian,Anna Jensen,website,photo,2026-09-01,1st sept,,,no,paper,v4", "valid_from"),
    ("bad_revoked_on", "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,,30-02-2026,no,paper,v4", "revoked_on"),
    ("guardian_without_name", "S1042,guardian,,website,photo,2026-09-01,,,,no,paper,v4", "guardian_name"),
    ("unknown_granted_by", "S1042,teacher,,website,photo,2026-09-01,,,,no,paper,v4", "granted_by"),
    ("unknown_channel", "S1042,guardian,Anna Jensen,website|snapchat,photo,2026-09-01,,,,no,paper,v4", "channels"),
    ("unknown_media", "S1042,guardian,Anna Jensen,website,photo|hologram,2026-09-01,,,,no,paper,v4", "media"),
    ("bad_yes_no", "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,,,perhaps,paper,v4", "biometric"),
    ("unknown_source", "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,,,no,fax,v4", "source"),
    ("unknown_person", "X999,self,,website,photo,2026-09-01,,,,no,paper,v4", "external_id"),
    ("valid_until_before_valid_from", "S1042,guardian,Anna Jensen,website,photo,2026-09-01,2026-09-10,2026-09-05,,no,paper,v4", "valid_until"),
    ("valid_until_before_signed_on", "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,2026-08-01,,no,paper,v4", "valid_until"),
    ("missing_signed_on_value", "S1042,guardian,Anna Jensen,website,photo,,,,,no,paper,v4", "signed_on"),
    ("empty_channels", "S1042,guardian,Anna Jensen,,photo,2026-09-01,,,,no,paper,v4", "channels"),
    # Emma (S1042) was born on 2012-03-12
    ("signed_before_birth", "S1042,guardian,Anna Jensen,website,photo,2011-09-01,,,,no,paper,v4", "signed_on"),
    ("valid_from_before_birth", "S1042,guardian,Anna Jensen,website,photo,2026-09-01,2012-03-11,,,no,paper,v4", "valid_from"),
]


@pytest.mark.parametrize("name,line,column", BAD_CONSENT, ids=[b[0] for b in BAD_CONSENT])
def test_bad_consent_file_is_rejected_and_changes_nothing(school, tmp_path, name, line, column):
    before = snapshot(school)
    path = write(tmp_path / f"consent-{name}.csv", GOOD_CONSENT_PREFIX + line + "\n")
    with pytest.raises(CsvError) as ei:
        import_consent(school, path)
    assert_csv_error(ei.value, path, 4, column)
    assert snapshot(school) == before
    # the withdrawal on row 3 was not applied
    assert all(c.revoked_on is None for c in list_consents(school, "S1043"))


def test_form_dated_before_birth_message_gives_both_dates(school, tmp_path):
    path = write(tmp_path / "c.csv", CONSENT_HEADER + "S1042,guardian,Anna Jensen,website,photo,2012-03-11,,,,no,paper,v4\n")
    with pytest.raises(CsvError) as ei:
        import_consent(school, path)
    assert_csv_error(ei.value, path, 2, "signed_on")
    assert "2012-03-11 is before" in ei.value.reason and "birth date 2012-03-12" in ei.value.reason


def test_form_signed_on_the_birth_day_is_accepted(school, tmp_path):
    path = write(tmp_path / "c.csv", CONSENT_HEADER + "S1042,guardian,Anna Jensen,website,photo,2012-03-12,,,,no,paper,v4\n")
    assert import_consent(school, path).created == 1


def test_a_withdrawal_of_a_stored_form_dated_before_the_birth_date_is_still_added(school, tmp_path):
    """A form stored before its person's birth date was corrected to a later
    day: re-importing it with a withdrawal is never refused."""
    import_people(school, write(tmp_path / "p.csv", PEOPLE_HEADER + "S1042,Emma Jensen,student,2026-08-21,7A,no\n"))
    withdrawn = CONSENT_HEADER + "S1042,guardian,Anna Jensen,website|facebook,photo|video,2026-08-20,,,2026-10-01,no,paper,v3\n"
    summary = import_consent(school, write(tmp_path / "c.csv", withdrawn))
    assert (summary.created, summary.withdrawals_added) == (0, 1)
    assert [c.revoked_on for c in list_consents(school, "S1042")] == [date(2026, 10, 1)]


def test_old_birth_date_message_names_the_earliest_day(school, tmp_path):
    path = write(tmp_path / "p.csv", PEOPLE_HEADER + "N2,Old Date,student,0001-01-01,5A,no\n")
    with pytest.raises(CsvError) as ei:
        import_people(school, path)
    assert ei.value.reason == "0001-01-01 is before 1900-01-01: not a real birth date"
    import_people(school, write(tmp_path / "p2.csv", PEOPLE_HEADER + "N2,Old Date,staff,1900-01-01,,no\n"))
    assert people_rows(school)["N2"]["birth_date"] == date(1900, 1, 1)


def test_unknown_channel_message_names_the_channel(school, tmp_path):
    path = write(tmp_path / "c.csv", CONSENT_HEADER + "S1042,guardian,Anna Jensen,website|Snapchat,photo,2026-09-01,,,,no,paper,v4\n")
    with pytest.raises(CsvError) as ei:
        import_consent(school, path)
    assert "snapchat" in str(ei.value).lower()
    assert "instagram" in str(ei.value)  # the known channels are listed


def test_unknown_person_message_says_to_import_people_first(school, tmp_path):
    path = write(tmp_path / "c.csv", CONSENT_HEADER + "X999,self,,website,photo,2026-09-01,,,,no,paper,v4\n")
    with pytest.raises(CsvError) as ei:
        import_consent(school, path)
    assert "X999" in str(ei.value)
    assert "people" in str(ei.value)


@pytest.mark.parametrize(
    "header,missing",
    [
        ("external_id,granted_by,guardian_name,channels,signed_on", "media"),
        ("external_id,granted_by,channels,media", "signed_on"),
        ("granted_by,channels,media,signed_on", "external_id"),
    ],
)
def test_consent_missing_required_column(school, tmp_path, header, missing):
    before = snapshot(school)
    body = header + "\n" + ",".join("x" for _ in header.split(",")) + "\n"
    path = write(tmp_path / "c.csv", body)
    with pytest.raises(CsvError) as ei:
        import_consent(school, path)
    assert_csv_error(ei.value, path, 1, missing)
    assert "missing" in ei.value.reason
    assert snapshot(school) == before


def test_consent_file_in_cp1252_imports_with_its_accents(school, tmp_path):
    body = CONSENT_HEADER + "S1044,guardian,Per Bærg,website,photo,2026-09-01,,,,no,paper,v4\n"
    path = write(tmp_path / "cp1252.csv", body, encoding="cp1252")
    s = import_consent(school, path)
    assert s.created == 1
    assert s.read_as == "read as Windows-1252 text, comma-separated"
    assert any(c.guardian_name == "Per Bærg" for c in list_consents(school, "S1044"))


def test_empty_consent_file_is_rejected(school, tmp_path):
    before = snapshot(school)
    path = write(tmp_path / "empty.csv", "")
    with pytest.raises(CsvError) as ei:
        import_consent(school, path)
    assert_csv_error(ei.value, path, 1, "external_id")
    assert snapshot(school) == before


def test_header_only_file_imports_nothing(school, tmp_path):
    before = snapshot(school)
    s = import_consent(school, write(tmp_path / "c.csv", CONSENT_HEADER))
    assert (s.created, s.unchanged, s.withdrawals_added) == (0, 0, 0)
    assert snapshot(school) == before


# ---- accepted variants ----------------------------------------------------------------------

def test_people_import_reads_every_field(lib, lib_files):
    s = import_people(lib, lib_files["people"])
    assert (s.created, s.updated, s.unchanged) == (4, 0, 0)
    rows = people_rows(lib)
    assert rows["S1042"] == {"name": "Emma Jensen", "role": "student", "birth_date": date(2012, 3, 12),
                             "group": "7A", "ban": False}
    assert rows["S1044"]["ban"] is True
    assert rows["T1"] == {"name": "Mette Hansen", "role": "staff", "birth_date": None, "group": None, "ban": False}
    created = audit(lib, "person.create")
    assert len(created) == 4
    assert {a["new"]["external_id"] for a in created} == {"S1042", "S1043", "S1044", "T1"}


def test_bom_semicolon_shuffled_columns_and_trailing_blank_lines(lib, tmp_path):
    body = (
        "\ufeffPublication_Ban;Role;Birth_Date;External_ID;Name\n"
        "nej;student;05-01-2009;A1;Åse Ødegård\n"
        "JA;guest;31.12.2010;A2;Jan de Vries\n"
        "\n\n  \n"
    )
    path = write(tmp_path / "people.csv", body)
    s = import_people(lib, path)
    assert s.warnings == []
    assert s.created == 2
    rows = people_rows(lib)
    assert rows["A1"] == {"name": "Åse Ødegård", "role": "student", "birth_date": date(2009, 1, 5),
                          "group": None, "ban": False}
    assert rows["A2"] == {"name": "Jan de Vries", "role": "guest", "birth_date": date(2010, 12, 31),
                          "group": None, "ban": True}


def test_semicolon_file_with_commas_inside_cells(lib, tmp_path):
    path = write(tmp_path / "p.csv", "external_id;name;role\nA1;Jensen, Emma;student\n")
    import_people(lib, path)
    assert people_rows(lib)["A1"]["name"] == "Jensen, Emma"


def test_crlf_line_endings(lib, tmp_path):
    path = write(tmp_path / "p.csv", "external_id,name,role\r\nA1,Emma,student\r\nA2,Lars,staff\r\n\r\n")
    assert import_people(lib, path).created == 2
    assert people_rows(lib)["A2"]["role"] == "staff"


@pytest.mark.parametrize("fmt,text_value", [("iso", "2012-03-09"), ("dmy_dash", "09-03-2012"),
                                            ("dmy_dot", "09.03.2012"), ("dmy_dot_short", "9.3.2012")])
def test_three_date_formats(lib, tmp_path, fmt, text_value):
    path = write(tmp_path / "p.csv", f"external_id,name,role,birth_date\nA1,Emma,student,{text_value}\n")
    import_people(lib, path)
    assert people_rows(lib)["A1"]["birth_date"] == date(2012, 3, 9)


YES_NO = [("yes", True), ("no", False), ("ja", True), ("nee", False), ("nej", False),
          ("true", True), ("false", False), ("1", True), ("0", False),
          ("YES", True), ("No", False), ("Ja", True), ("NEE", False), ("NeJ", False),
          ("TRUE", True), ("False", False), (" ja ", True), ("", False)]


def test_yes_no_words_in_every_language(lib, tmp_path):
    body = "external_id,name,role,publication_ban\n" + "".join(
        f"P{i},Person {i},student,{word}\n" for i, (word, _) in enumerate(YES_NO)
    )
    import_people(lib, write(tmp_path / "p.csv", body))
    rows = people_rows(lib)
    for i, (word, expected) in enumerate(YES_NO):
        assert rows[f"P{i}"]["ban"] is expected, word


def test_yes_no_in_consent_biometric(school, tmp_path):
    body = CONSENT_HEADER + (
        "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,,,Ja,paper,v4\n"
        "S1042,guardian,Anna Jensen,facebook,photo,2026-09-01,,,,NEE,paper,v4\n"
        "S1042,guardian,Anna Jensen,print,photo,2026-09-01,,,,TRUE,paper,v4\n"
        "S1042,guardian,Anna Jensen,intranet,photo,2026-09-01,,,,0,paper,v4\n"
    )
    import_consent(school, write(tmp_path / "c.csv", body))
    bio = {c.channels: c.biometric for c in list_consents(school, "S1042") if c.signed_on == date(2026, 9, 1)}
    assert bio == {"website": True, "facebook": False, "print": True, "intranet": False}


def test_unknown_column_gives_a_warning_naming_it(lib, tmp_path):
    path = write(tmp_path / "p.csv", "external_id,name,Shoe_Size,role,email\nA1,Emma,38,student,e@x.dk\n")
    s = import_people(lib, path)
    assert s.created == 1
    assert len(s.warnings) == 2
    assert any("shoe_size" in w.lower() for w in s.warnings)
    assert any("email" in w for w in s.warnings)
    assert all(str(path) in w for w in s.warnings)


def test_consent_unknown_column_warning_and_lists(lib, tmp_path, lib_files):
    import_people(lib, lib_files["people"])
    body = (
        "signed_on;media;Notes;channels;external_id;granted_by;guardian_name\n"
        "20-08-2026;Video | PHOTO;called mum;Instagram|website| tiktok ;S1042;Guardian;Anna Jensen\n"
        "\n"
    )
    s = import_consent(lib, write(tmp_path / "c.csv", "\ufeff" + body))
    assert s.created == 1
    assert len(s.warnings) == 1 and "notes" in s.warnings[0]
    (rec,) = list_consents(lib, "S1042")
    assert rec.channels == "instagram|tiktok|website"
    assert rec.media == "photo|video"
    assert rec.granted_by == "guardian"
    assert rec.signed_on == rec.valid_from == date(2026, 8, 20)
    assert rec.valid_until == date(2027, 7, 31)
    assert rec.source == "import"
    assert rec.biometric is False
    assert rec.revoked_on is None


def test_consent_import_reads_every_field(school):
    (rec,) = list_consents(school, "S1043")
    assert rec.granted_by == "self" and rec.guardian_name is None
    assert rec.channels == "facebook|instagram|website"
    assert rec.media == "photo"
    assert rec.signed_on == date(2026, 8, 22)
    assert rec.valid_from == date(2026, 8, 22)
    assert rec.valid_until == date(2027, 7, 31)
    assert rec.biometric is True
    assert rec.source == "digital" and rec.text_version == "v3"
    assert rec.recorded_by == "tester"
    (emma,) = list_consents(school, "S1042")
    assert emma.guardian_name == "Anna Jensen"


@pytest.mark.parametrize(
    "valid_from,expected",
    [
        ("2026-08-01", date(2027, 7, 31)),   # August starts a new school year
        ("2026-12-31", date(2027, 7, 31)),
        ("2027-01-01", date(2027, 7, 31)),   # January..July end this July
        ("2027-07-31", date(2027, 7, 31)),
        ("2026-07-31", date(2026, 7, 31)),
        ("15.03.2027", date(2027, 7, 31)),
    ],
)
def test_default_valid_until_is_the_end_of_the_school_year(lib, tmp_path, lib_files, valid_from, expected):
    import_people(lib, lib_files["people"])
    body = "external_id,granted_by,channels,media,signed_on,valid_from\n" + f"T1,self,website,photo,2026-07-01,{valid_from}\n"
    import_consent(lib, write(tmp_path / "c.csv", body))
    (rec,) = list_consents(lib, "T1")
    assert rec.valid_until == expected


def test_default_valid_until_counts_from_signed_on_without_valid_from(lib, tmp_path, lib_files):
    import_people(lib, lib_files["people"])
    body = "external_id,granted_by,channels,media,signed_on\nT1,self,website,photo,2027-02-10\n"
    import_consent(lib, write(tmp_path / "c.csv", body))
    (rec,) = list_consents(lib, "T1")
    assert (rec.valid_from, rec.valid_until) == (date(2027, 2, 10), date(2027, 7, 31))


def test_explicit_valid_until_is_kept(school, tmp_path):
    body = CONSENT_HEADER + "T1,self,,website,photo,2026-09-01,2026-09-01,2026-12-31,,no,paper,\n"
    import_consent(school, write(tmp_path / "c.csv", body))
    recs = [c for c in list_consents(school, "T1") if c.signed_on == date(2026, 9, 1)]
    assert [(c.valid_from, c.valid_until) for c in recs] == [(date(2026, 9, 1), date(2026, 12, 31))]


def test_several_forms_for_one_person(school, tmp_path):
    body = CONSENT_HEADER + (
        "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,,,no,paper,v4\n"
        "S1042,guardian,Anna Jensen,instagram,photo,2026-09-02,,,,no,paper,v4\n"
    )
    s = import_consent(school, write(tmp_path / "c.csv", body))
    assert s.created == 2
    assert len(list_consents(school, "S1042")) == 3


# ---- idempotency, withdrawals, updates -------------------------------------------------------

def test_importing_the_same_files_twice_changes_nothing(school, lib_files):
    before = snapshot(school)
    p = import_people(school, lib_files["people"])
    c = import_consent(school, lib_files["consent"])
    assert (p.created, p.updated, p.unchanged) == (0, 0, 4)
    assert (c.created, c.withdrawals_added, c.unchanged) == (0, 0, 4)
    assert snapshot(school) == before


def test_reimport_of_an_equivalent_file_in_other_formats_changes_nothing(school, tmp_path):
    """Same forms, other date format, separator, column order, list order and case."""
    before = snapshot(school)
    body = (
        "text_version;source;biometric;revoked_on;valid_until;valid_from;signed_on;media;channels;guardian_name;granted_by;external_id\n"
        "v3;paper;nej;;;;20.08.2026;Video|photo;facebook|WEBSITE;Anna Jensen;guardian;S1042\n"
        "v3;digital;ja;;31-07-2027;22-08-2026;22-08-2026;photo;facebook|instagram|website;;self;S1043\n"
    )
    c = import_consent(school, write(tmp_path / "c.csv", body))
    assert (c.created, c.unchanged) == (0, 2)
    assert snapshot(school) == before


def test_reimport_with_revoked_on_adds_the_withdrawal(school, tmp_path, lib_files):
    before = counts(school)
    body = lib_files["consent"].read_text().replace(
        "S1042,guardian,Anna Jensen,website|facebook,photo|video,2026-08-20,,,,",
        "S1042,guardian,Anna Jensen,website|facebook,photo|video,2026-08-20,,,2026-10-15,",
    )
    path = write(tmp_path / "consent-revoked.csv", body)
    s = import_consent(school, path)
    assert (s.created, s.withdrawals_added, s.unchanged) == (0, 1, 3)
    (rec,) = list_consents(school, "S1042")
    assert rec.revoked_on == date(2026, 10, 15)
    assert rec.revoked_by == "tester"
    after = counts(school)
    assert after["consent_record"] == before["consent_record"]
    assert after["audit_log"] == before["audit_log"] + 1
    (entry,) = audit(school, "consent.revoke")
    assert entry["entity_id"] == rec.id.hex
    assert entry["old"] == {"revoked_on": None}
    assert entry["new"]["revoked_on"] == "2026-10-15" and entry["new"]["person"] == "S1042"
    # a second import of the same file adds nothing
    again = import_consent(school, path)
    assert (again.created, again.withdrawals_added, again.unchanged) == (0, 0, 4)
    assert counts(school) == after


def test_reimport_without_revoked_on_never_clears_a_withdrawal(school, tmp_path, lib_files):
    revoke(school, "S1042", date(2026, 10, 1), "parent phoned")
    before = snapshot(school)
    s = import_consent(school, lib_files["consent"])  # last September's export, no revoked_on
    assert (s.created, s.withdrawals_added, s.unchanged) == (0, 0, 4)
    (rec,) = list_consents(school, "S1042")
    assert rec.revoked_on == date(2026, 10, 1)
    assert rec.revoke_reason == "parent phoned"
    assert snapshot(school) == before


def test_reimport_with_another_revoked_on_keeps_the_first_withdrawal(school, tmp_path, lib_files):
    revoke(school, "S1042", date(2026, 10, 1))
    body = lib_files["consent"].read_text().replace(
        "photo|video,2026-08-20,,,,no,paper,v3\nS1043", "photo|video,2026-08-20,,,2026-11-01,no,paper,v3\nS1043"
    )
    assert "2026-11-01" in body
    s = import_consent(school, write(tmp_path / "c.csv", body))
    assert s.withdrawals_added == 0
    (rec,) = list_consents(school, "S1042")
    assert rec.revoked_on == date(2026, 10, 1)


def test_new_form_with_revoked_on_is_stored_withdrawn(school, tmp_path):
    body = CONSENT_HEADER + "S1042,guardian,Anna Jensen,website,photo,2026-09-01,,,2026-09-15,no,paper,v4\n"
    s = import_consent(school, write(tmp_path / "c.csv", body))
    assert s.created == 1
    (rec,) = [c for c in list_consents(school, "S1042") if c.signed_on == date(2026, 9, 1)]
    assert rec.revoked_on == date(2026, 9, 15)


def test_changed_name_updates_the_person_with_an_audit_entry(school, tmp_path):
    before = counts(school)
    body = (
        "external_id,name,role,birth_date,group,publication_ban\n"
        "S1042,Emma Jensen-Holm,student,2012-03-12,7A,no\n"
        "S1043,Lars Nielsen,student,2009-01-05,9B,no\n"
    )
    s = import_people(school, write(tmp_path / "people2.csv", body))
    assert (s.created, s.updated, s.unchanged) == (0, 1, 1)
    assert people_rows(school)["S1042"]["name"] == "Emma Jensen-Holm"
    after = counts(school)
    assert after["person"] == before["person"]
    assert after["audit_log"] == before["audit_log"] + 1
    (entry,) = audit(school, "person.update")
    assert entry["old"] == {"name": "Emma Jensen"}
    assert entry["new"] == {"name": "Emma Jensen-Holm"}
    assert entry["entity_id"] == get_person(school, "S1042").id.hex
    # people missing from the file are kept
    assert set(people_rows(school)) == {"S1042", "S1043", "S1044", "T1"}


def test_changed_ban_and_group_are_audited_with_old_and_new(school, tmp_path):
    body = "external_id,name,role,birth_date,group,publication_ban\nS1043,Lars Nielsen,student,2009-01-05,10A,ja\n"
    import_people(school, write(tmp_path / "p.csv", body))
    (entry,) = audit(school, "person.update")
    assert entry["old"] == {"group_name": "9B", "publication_ban": False}
    assert entry["new"] == {"group_name": "10A", "publication_ban": True}
    assert people_rows(school)["S1043"]["ban"] is True


# ---- a person added by hand ---------------------------------------------------------------------

def test_add_person_by_hand_is_stored_audited_and_blocks_until_a_form(lib, tmp_path):
    from mediadesk.services import privacy
    from tests.helpers import register_asset

    p = add_person(lib, " FAIR-01 ", "  Freja  Holm ", "guest", group="Visiting school", birth_date=date(2011, 5, 1))
    assert (p.external_id, p.name, p.role, p.group_name, p.birth_date) == (
        "FAIR-01", "Freja Holm", "guest", "Visiting school", date(2011, 5, 1))
    (entry,) = privacy.audit_entries(lib, action="person.create")
    assert entry["new"]["external_id"] == "FAIR-01" and entry["new"]["by_hand"] is True
    a = register_asset(lib, tmp_path / "fair.jpg")
    tag(lib, a, ["FAIR-01"])
    review_complete(lib, a)
    ((ev, _),) = verdicts_of(lib, [a], ["website"], date(2026, 11, 1))
    assert ev.verdict.value == "blocked"
    assert ("NO_CONSENT", "FAIR-01") in [(r.code.value, r.person) for r in ev.reasons]


@pytest.mark.parametrize(
    "args, field",
    [
        (("", "Freja Holm", "guest"), "external id"),
        (("F1", "   ", "guest"), "name"),
        (("F1", "Freja Holm", "visitor"), "role"),
    ],
)
def test_add_person_refuses_missing_or_bad_fields(lib, args, field):
    with pytest.raises(UserError, match=f"^{field}"):
        add_person(lib, *args)
    assert list_people(lib) == []


def test_add_person_refuses_a_taken_id_and_a_future_birth_date(lib, lib_files):
    import_people(lib, lib_files["people"])
    before = [(p.external_id, p.name) for p in list_people(lib)]
    with pytest.raises(UserError, match="S1042 is already taken"):
        add_person(lib, "S1042", "Someone Else", "student")
    with pytest.raises(UserError, match="birth date: .* is in the future"):
        add_person(lib, "F2", "Not Born Yet", "student", birth_date=date(2999, 1, 1))
    with pytest.raises(UserError, match="^birth date: 0001-01-01 is before 1900-01-01"):
        add_person(lib, "F3", "Very Old", "student", birth_date=date(1, 1, 1))
    assert [(p.external_id, p.name) for p in list_people(lib)] == before


@pytest.mark.parametrize(
    "dates, field",
    [
        ({"signed_on": date(2012, 3, 11)}, "signed on"),
        ({"signed_on": date(2026, 9, 1), "valid_from": date(2011, 1, 1)}, "valid from"),
    ],
)
def test_add_consent_refuses_a_form_dated_before_the_birth_date(school, dates, field):
    before = snapshot(school)
    with pytest.raises(UserError, match=f"^{field}: .* is before the birth date 2012-03-12 of S1042"):
        add_consent(school, "S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"],
                           media=["photo"], **dates)
    assert snapshot(school) == before


# ---- the same write at the same moment elsewhere ---------------------------------------------------

def _race(monkeypatch, lib, other_write):
    """Start ``other_write`` (another connection, another thread) right at
    this library's first audit entry of its next write, before that write
    commits. The write holds the library's write lock, so the other waits
    and then sees this write's result; returns the handle to join."""
    from mediadesk.services.library import Library
    from tests.helpers import Meanwhile

    real = Library.audit
    started: list[Meanwhile] = []

    def audit(self, *args, **kwargs):
        if self is lib and not started:
            started.append(Meanwhile(other_write).start())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Library, "audit", audit)
    return started


def test_two_staff_tagging_the_same_person_at_once_both_succeed(lib, lib_files, tmp_path, monkeypatch):
    from mediadesk.services.library import Library
    from tests.helpers import register_asset

    import_people(lib, lib_files["people"])
    a = register_asset(lib, tmp_path / "a.jpg")
    other = Library.open(lib.url, actor="other computer")
    try:
        started = _race(monkeypatch, lib, lambda: tag(other, a, ["S1042"]))
        mine = tag(lib, a, ["S1042"])
        theirs = started[0].join()
        assert (mine, theirs) == (["S1042"], [])  # both end well; she is tagged once
    finally:
        other.close()
    with lib.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM presence")).scalar() == 1


def test_the_same_people_list_imported_twice_at_once(lib, lib_files, monkeypatch):
    from mediadesk.services.library import Library

    other = Library.open(lib.url, actor="other computer")
    try:
        started = _race(monkeypatch, lib, lambda: import_people(other, lib_files["people"]))
        summary = import_people(lib, lib_files["people"])
        theirs = started[0].join()
        assert (summary.created, summary.unchanged) == (4, 0)
        assert (theirs.created, theirs.unchanged) == (0, 4)
    finally:
        other.close()
    assert len(list_people(lib)) == 4


# ---- issue 11.11: a missing optional column means "unchanged" ------------------------------

def test_people_file_without_optional_columns_keeps_stored_values(lib, tmp_path):
    import_people(lib, write(tmp_path / "full.csv", PEOPLE_HEADER + "N1,Ann Berg,student,2014-05-06,5A,yes\n"))
    s = import_people(lib, write(tmp_path / "short.csv", "external_id,name,role\nN1,Ann Berg-Holm,student\n"))
    assert (s.created, s.updated, s.unchanged) == (0, 1, 0)
    assert people_rows(lib)["N1"] == {"name": "Ann Berg-Holm", "role": "student", "birth_date": date(2014, 5, 6),
                                      "group": "5A", "ban": True}
    assert not s.warnings  # no ban warning: the file said nothing about the ban


def test_empty_cell_in_a_present_optional_column_still_clears(lib, tmp_path):
    import_people(lib, write(tmp_path / "full.csv", PEOPLE_HEADER + "N1,Ann Berg,student,2014-05-06,5A,no\n"))
    import_people(lib, write(tmp_path / "empty.csv", "external_id,name,role,group\nN1,Ann Berg,student,\n"))
    assert people_rows(lib)["N1"]["group"] is None
    assert people_rows(lib)["N1"]["birth_date"] == date(2014, 5, 6)
