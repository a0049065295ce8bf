"""``mediadesk renewal ...`` (issue 14, item 2) end to end, in-process: the
list (text and JSON), starting the round, forms and mail merge, marking
forms returned and the status with its rate per class; bad input is one
line on stderr, exit 2, nothing stored. "Today" is fixed at 2027-06-01."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import one_error_line, run
from tests.helpers import write

PEOPLE = """external_id,name,role,birth_date,group,publication_ban
E1,Emma Ending,student,2014-03-12,7A,no
N1,Nora Noform,student,2014-05-01,7A,no
W1,Wanda Withdrawn,student,2014-06-01,7A,no
C1,Carl Covered,student,2014-04-01,8B,no
T1,Theo Turning,student,2012-07-31,8B,no
M1,Mette Teacher,staff,,,no
"""
CONSENT = """external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on
E1,guardian,Anna Ending,website,photo,2026-08-20,,,
W1,guardian,Per Withdrawn,website,photo,2026-08-20,,,2027-01-10
C1,guardian,Bo Covered,website,photo,2027-05-20,,2028-07-31,
T1,guardian,Tina Turning,website,photo,2026-08-20,,,
M1,self,,website,photo,2026-08-01,,,
"""


@pytest.fixture
def db(tmp_path: Path, capsys, monkeypatch) -> Path:
    from mediadesk.services import renewal

    monkeypatch.setattr(renewal, "_today", lambda: date(2027, 6, 1))
    path = tmp_path / "lib.sqlite"
    assert run(capsys, "--db", path, "--profile", "dk", "people", "import", write(tmp_path / "p.csv", PEOPLE)).code == 0
    assert run(capsys, "--db", path, "consent", "import", write(tmp_path / "c.csv", CONSENT)).code == 0
    return path


def test_renewal_list_text_and_json(db: Path, capsys) -> None:
    r = run(capsys, "--db", db, "renewal", "list", "--year", "2027/28")
    assert r.code == 0, r
    lines = r.out.splitlines()
    assert lines[0] == "renewal for the school year 2027/28: forms ending on or before 2027-07-31, age of consent 15"
    assert "class 7A:" in lines and "class 8B:" in lines
    emma = next(ln for ln in lines if ln.strip().startswith("E1"))
    assert "the consent form ends on 31 Jul 2027" in emma and "[parent or guardian]" in emma
    theo = next(ln for ln in lines if ln.strip().startswith("T1"))
    assert "turns 15 on 31 Jul 2027 and signs their own form from then on" in theo and "[the pupil]" in theo
    wanda = next(ln for ln in lines if ln.strip().startswith("W1"))
    assert "withdrew consent on 10 Jan 2027: not asked again automatically" in wanda
    assert not any(ln.strip().startswith(("C1", "M1")) for ln in lines)
    assert lines[-1] == "3 to ask, 1 withdrawn (not asked again)"

    doc = run(capsys, "--db", db, "renewal", "list", "--year", "2027/28", "--class", "8B", "--json").json()
    assert doc["school_year"] == "2027/28" and doc["target"] == "2027-07-31"
    assert [c["class"] for c in doc["classes"]] == ["8B"]
    theo = doc["classes"][0]["to_ask"][0]
    assert theo["person"] == "T1" and theo["signer"] == "self"
    # everyone was just imported, so after the running school year began: new pupils too
    assert theo["reasons"][:2] == [{"code": "FORM_ENDS", "until": "2027-07-31"},
                                   {"code": "REACHES_AGE", "on": "2027-07-31", "age": "15"}]
    assert [x["code"] for x in theo["reasons"][2:]] == ["NEW_PUPIL"]

    da = run(capsys, "--db", db, "--lang", "da", "renewal", "list", "--for", "2027-07-31")
    assert "samtykkeblanketten udløber 31. jul. 2027" in da.out


def test_renewal_list_bad_input(db: Path, capsys) -> None:
    r = run(capsys, "--db", db, "renewal", "list", "--year", "2027/29")
    assert r.code == 2 and "school year" in one_error_line(r)
    r = run(capsys, "--db", db, "renewal", "list", "--year", "2027/28", "--for", "2027-07-31")
    assert r.code == 2 and "not allowed with argument" in r.err
    r = run(capsys, "--db", db, "renewal", "list", "--year", "2027/28", "--class", "9Z")
    assert r.code == 2 and "class: no pupil is in class '9Z'" in one_error_line(r)


def test_renewal_round_forms_mailmerge_returned_status(db: Path, capsys, tmp_path: Path) -> None:
    r = run(capsys, "--db", db, "renewal", "status", "--json")
    assert r.code == 2 and "no renewal round started yet" in one_error_line(r)
    r = run(capsys, "--db", db, "renewal", "start", "2027/28", "--text-version", "v2027-1", "--json")
    assert r.code == 0, r
    assert sorted(r.json()["added"]) == ["E1", "N1", "T1"] and r.json()["withdrawn_not_asked"] == ["W1"]

    r = run(capsys, "--db", db, "renewal", "forms", "2027/28", "--out", tmp_path / "forms", "--lang", "nl")
    assert r.code == 0 and r.out.strip() == f"3 form(s) written to {tmp_path / 'forms'}"
    assert sorted(p.name for p in (tmp_path / "forms").iterdir()) == [
        "consent-2027-28-E1.pdf", "consent-2027-28-N1.pdf", "consent-2027-28-T1.pdf"]
    r = run(capsys, "--db", db, "renewal", "mailmerge", "2027/28", tmp_path / "merge.csv")
    assert r.code == 0 and r.out.startswith("3 row(s) written")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "merge.csv").read_text("utf-8-sig"))))
    assert [(x["external_id"], x["guardian_name"], x["language"]) for x in rows] == [
        ("E1", "Anna Ending", "en"), ("N1", "", "en"), ("T1", "Tina Turning", "en")]

    r = run(capsys, "--db", db, "renewal", "returned", "E1", "T1")
    assert r.code == 0 and r.out.strip() == "2027/28: 2 form(s) marked returned (E1, T1)"
    r = run(capsys, "--db", db, "renewal", "returned", "--not", "T1", "--year", "2027/28")
    assert r.out.strip() == "2027/28: 1 form(s) marked not returned (T1)"
    # all or nothing, by name
    r = run(capsys, "--db", db, "renewal", "returned", "N1", "C1")
    assert r.code == 2 and "C1 was not asked in the renewal round of 2027/28" in one_error_line(r)

    r = run(capsys, "--db", db, "renewal", "status")
    assert r.code == 0, r
    lines = r.out.splitlines()
    assert lines[0].startswith("renewal round 2027/28 (forms by 2027-07-31, started by tester): 1 of 3 returned (33%)")
    assert lines[1].split() == ["7A", "1", "of", "2", "50%"] and lines[2].split() == ["8B", "0", "of", "1", "0%"]
    doc = run(capsys, "--db", db, "renewal", "status", "2027/28", "--json").json()
    assert doc["text_version"] == "v2027-1" and doc["rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert doc["classes"] == [{"class": "7A", "asked": 2, "returned": 1, "not_returned": 1, "rate": 0.5},
                              {"class": "8B", "asked": 1, "returned": 0, "not_returned": 1, "rate": 0.0}]
    # the forms now leave out the returned pupil; --all keeps them
    r = run(capsys, "--db", db, "renewal", "forms", "2027/28", "--out", tmp_path / "again")
    assert r.out.startswith("2 form(s)")
    r = run(capsys, "--db", db, "renewal", "mailmerge", "2027/28", tmp_path / "all.csv", "--all")
    assert r.out.startswith("3 row(s)")
    # the language: --lang after the command, or the global one before it
    for args in (("renewal", "mailmerge", "2027/28", tmp_path / "nl.csv", "--lang", "nl"),
                 ("--lang", "nl", "renewal", "mailmerge", "2027/28", tmp_path / "nl.csv")):
        assert run(capsys, "--db", db, *args).code == 0
        rows = list(csv.DictReader(io.StringIO((tmp_path / "nl.csv").read_text("utf-8-sig"))))
        assert {x["language"] for x in rows} == {"nl"} and rows[0]["signer"] == "ouder of verzorger"


def test_renewal_forms_for_a_round_not_started(db: Path, capsys, tmp_path: Path) -> None:
    r = run(capsys, "--db", db, "renewal", "forms", "2027/28", "--out", tmp_path / "f")
    assert r.code == 2
    assert "no renewal round for 2027/28: start it with `mediadesk renewal start 2027/28`" in one_error_line(r)
    assert not (tmp_path / "f").exists()


def test_renewal_returned_for_an_unknown_id_and_forms_for_an_unwritable_name(db: Path, capsys, tmp_path: Path) -> None:
    """Adversarial pass: a typo'd id marks nothing (not even the good ids
    given with it); a name the PDF cannot write is one clear error line."""
    assert run(capsys, "--db", db, "people", "add", "Z1", "--name", "王小明", "--role", "student",
               "--birth-date", "2014-01-01", "--group", "7A").code == 0
    assert run(capsys, "--db", db, "renewal", "start", "2027/28").code == 0
    r = run(capsys, "--db", db, "renewal", "returned", "E1", "E11")
    assert r.code == 2 and "unknown person 'E11'" in one_error_line(r)
    assert run(capsys, "--db", db, "renewal", "status", "--json").json()["returned"] == 0
    r = run(capsys, "--db", db, "renewal", "forms", "2027/28", "--out", tmp_path / "f")
    assert r.code == 2 and "'Z1' (王小明)" in one_error_line(r) and "renewal mailmerge" in r.err
    assert not (tmp_path / "f").exists()
