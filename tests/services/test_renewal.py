"""Yearly renewal from the library (issue 14, item 2): the list read from the
store, the round (who was asked, what came back, the rate per class), a new
form marking its pupil returned, and the outputs: a PDF form per pupil in
three languages and the mail-merge CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PIL import Image

from mediadesk.core.errors import NotFound, UserError
from mediadesk.core.renewal import AskReason
from mediadesk.services import renewal
from mediadesk.services.consent import add_consent, import_consent, revoke
from mediadesk.services.library import audit_log
from mediadesk.services.people import add_person, get_person, import_people
from mediadesk.services.settings import update_settings
from tests.helpers import write

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")

TODAY = date(2027, 6, 1)
YEAR = "2027/28"
ENDS, NONE, AGE, NEW = AskReason.FORM_ENDS, AskReason.NO_FORM, AskReason.REACHES_AGE, AskReason.NEW_PUPIL

PEOPLE = """external_id,name,role,birth_date,group,publication_ban
E1,Emma Ending,student,2014-03-12,7A,no
C1,Carl Covered,student,2014-04-01,7A,no
N1,Nora Noform,student,2014-05-01,7A,no
W1,Wanda Withdrawn,student,2014-06-01,7A,no
T1,Theo Turning,student,2012-07-31,8B,no
S1,Søren Ærø,student,2013-01-20,8B,no
X1,Xenia Erased,student,2014-01-01,8B,no
M1,Mette Teacher,staff,,,no
"""
CONSENT = """external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on,biometric,source,text_version
E1,guardian,Anna Ending,website|facebook,photo,2026-08-20,,,,no,paper,v3
C1,guardian,Bo Covered,website,photo,2027-05-20,,2028-07-31,,no,paper,v3
W1,guardian,Per Withdrawn,website,photo,2026-08-20,,,2027-01-10,no,paper,v3
T1,guardian,Tina Turning,website,photo,2026-08-20,,,,no,paper,v3
S1,guardian,Åse Ærø,website|instagram,photo|video,2026-08-20,,,,no,paper,v3
X1,guardian,Xavier Erased,website,photo,2026-08-20,,,,no,paper,v3
M1,self,,website,photo,2026-08-01,,,,no,paper,
"""


def _backdate(lib, external_id: str, day: date) -> None:
    """As if the person had been added on ``day`` (the admin-system import of an earlier year)."""
    with lib.unit() as s:
        p = get_person(lib, external_id, s)
        p.created_at = datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)
        s.add(p)


@pytest.fixture
def school(lib, tmp_path: Path):
    import_people(lib, write(tmp_path / "people.csv", PEOPLE))
    import_consent(lib, write(tmp_path / "consent.csv", CONSENT))
    for ext in ("E1", "C1", "N1", "W1", "T1", "S1", "X1", "M1"):
        _backdate(lib, ext, date(2025, 9, 1))
    from mediadesk.services.privacy import erase_person

    erase_person(lib, "X1", "left the school")
    return lib


def _codes(lst) -> dict[str, tuple]:
    return {p.external_id: p.codes for p in lst.to_ask}


def test_the_list_for_a_school_year_is_read_from_the_library(school) -> None:
    add_person(school, "K1", "Karl New", "student", birth_date=date(2014, 9, 9), group="7A")
    lst = renewal.who_to_ask(school, year=YEAR, today=TODAY)
    assert _codes(lst) == {
        "E1": (ENDS,), "N1": (NONE,), "T1": (ENDS, AGE), "S1": (ENDS,), "K1": (NONE, NEW),
    }
    assert [w.external_id for w in lst.withdrawn] == ["W1"]
    assert [c.group for c in lst.classes] == ["7A", "8B"]
    theo = next(p for p in lst.to_ask if p.external_id == "T1")
    assert theo.signer.value == "self"
    # one class only; a class nobody is in is refused by name
    assert set(_codes(renewal.who_to_ask(school, year=YEAR, group="8B", today=TODAY))) == {"T1", "S1"}
    with pytest.raises(UserError, match="class: no pupil is in class '9Z'"):
        renewal.who_to_ask(school, year=YEAR, group="9Z", today=TODAY)
    with pytest.raises(UserError, match="either a date"):
        renewal.who_to_ask(school, today=TODAY)
    with pytest.raises(UserError, match="school year"):
        renewal.who_to_ask(school, year="2027/29", today=TODAY)


def test_the_list_for_a_date(school) -> None:
    # by 2027-05-31 no form has ended yet: only the pupil without a form (and the withdrawn one, apart)
    lst = renewal.who_to_ask(school, on=date(2027, 5, 31), today=TODAY)
    assert _codes(lst) == {"N1": (NONE,)}
    doc = renewal.list_json(lst)
    assert doc["target"] == "2027-05-31" and doc["school_year"] is None
    assert doc["classes"][0]["withdrawn"] == [
        {"person": "W1", "name": "Wanda Withdrawn", "class": "7A", "withdrawn_on": "2027-01-10"}]


def test_a_round_records_each_asked_pupil_and_the_return_rate_per_class(school) -> None:
    started = renewal.start_round(school, YEAR, today=TODAY)
    assert started.new_round and sorted(started.added) == ["E1", "N1", "S1", "T1"]
    assert started.withdrawn == ["W1"]
    st = renewal.round_status(school, YEAR)
    assert st.target == date(2027, 7, 31) and st.text_version == "renewal 2027/28"
    assert [(c.group, c.asked, c.returned) for c in st.classes] == [("7A", 2, 0), ("8B", 2, 0)]
    theo = next(p for p in st.pupils if p["person"] == "T1")
    assert theo["reasons"] == ["FORM_ENDS", "REACHES_AGE"] and theo["signer"] == "self"

    assert renewal.mark_returned(school, YEAR, ["E1", "T1"], on=date(2027, 6, 10)) == ["E1", "T1"]
    assert renewal.mark_returned(school, YEAR, ["E1"]) == []  # already returned: nothing changes
    st = renewal.round_status(school, YEAR)
    assert [(c.group, c.asked, c.returned, c.rate) for c in st.classes] == [("7A", 2, 1, 0.5), ("8B", 2, 1, 0.5)]
    assert st.total.rate == 0.5
    assert st.to_json()["classes"][0] == {"class": "7A", "asked": 2, "returned": 1, "not_returned": 1, "rate": 0.5}
    assert next(p for p in st.pupils if p["person"] == "E1")["returned_on"] == "2027-06-10"

    renewal.mark_returned(school, YEAR, ["T1"], returned=False)
    assert [(c.group, c.returned) for c in renewal.round_status(school, YEAR).classes] == [("7A", 1), ("8B", 0)]
    actions = [e.action for e in audit_log(school)]
    assert {"renewal.start", "renewal.ask", "renewal.returned", "renewal.not_returned"} <= set(actions)


def test_marking_is_all_or_nothing_and_names_the_pupil(school) -> None:
    renewal.start_round(school, YEAR, today=TODAY)
    with pytest.raises(NotFound, match="unknown person 'NOPE'"):
        renewal.mark_returned(school, YEAR, ["E1", "NOPE"])
    with pytest.raises(UserError, match="C1 was not asked in the renewal round of 2027/28"):
        renewal.mark_returned(school, YEAR, ["E1", "C1"])
    assert renewal.round_status(school, YEAR).total.returned == 0  # E1 not marked either
    with pytest.raises(NotFound, match="no renewal round for 2028/29"):
        renewal.mark_returned(school, "2028/29", ["E1"])


def test_starting_again_adds_only_the_pupils_listed_since(school) -> None:
    renewal.start_round(school, YEAR, today=TODAY)
    renewal.mark_returned(school, YEAR, ["E1"])
    add_person(school, "K1", "Karl New", "student", birth_date=date(2014, 9, 9), group="7A")
    again = renewal.start_round(school, YEAR, today=TODAY)
    assert not again.new_round and again.added == ["K1"] and again.already == 4
    st = renewal.round_status(school, YEAR)
    assert st.total.asked == 5 and st.total.returned == 1  # E1 stays returned


def test_a_new_form_for_the_year_marks_the_pupil_returned(school, tmp_path: Path) -> None:
    renewal.start_round(school, YEAR, today=TODAY)
    # a form that ends before the school year does not count as returned
    add_consent(school, "E1", granted_by="guardian", guardian_name="Anna Ending", channels=["website"],
                media=["photo"], signed_on=date(2027, 6, 2))
    assert renewal.round_status(school, YEAR).total.returned == 0
    # a form for 2027/28, added by hand
    rec = add_consent(school, "E1", granted_by="guardian", guardian_name="Anna Ending", channels=["website"],
                      media=["photo"], signed_on=date(2027, 6, 3), valid_from=date(2027, 8, 1))
    # and one imported
    import_consent(school, write(tmp_path / "back.csv",
                                 "external_id,granted_by,channels,media,signed_on\nT1,self,website,photo,2027-08-25\n"))
    st = renewal.round_status(school, YEAR)
    got = {p["person"]: p["returned_with_form"] for p in st.pupils if p["returned_on"]}
    assert got["E1"] == rec.id.hex and set(got) == {"E1", "T1"}
    assert [(c.group, c.returned) for c in st.classes] == [("7A", 1), ("8B", 1)]
    # and the list for the year no longer asks them
    assert set(_codes(renewal.who_to_ask(school, year=YEAR, today=TODAY))) == {"N1", "S1"}


def test_a_form_signed_on_a_laptop_and_merged_counts_as_returned(school, tmp_path: Path) -> None:
    from mediadesk.services.library import Library
    from mediadesk.services.merging import merge_library

    renewal.start_round(school, YEAR, today=TODAY)
    laptop = Library.open(str(tmp_path / "laptop.sqlite"), profile="dk")
    import_people(laptop, write(tmp_path / "laptop-people.csv", PEOPLE))
    add_consent(laptop, "N1", granted_by="guardian", guardian_name="Nils Noform", channels=["website"],
                media=["photo"], signed_on=date(2027, 8, 28), source="on_site")
    laptop.close()
    report = merge_library(school, tmp_path / "laptop.sqlite")
    assert not report.conflicts
    st = renewal.round_status(school, YEAR)
    assert [p["person"] for p in st.pupils if p["returned_on"]] == ["N1"]


def test_a_withdrawal_after_asking_keeps_the_round_but_the_list_moves_them_apart(school) -> None:
    renewal.start_round(school, YEAR, today=TODAY)
    revoke(school, "S1", on=date(2027, 6, 5), reason="parents said no")
    lst = renewal.who_to_ask(school, year=YEAR, today=TODAY)
    assert "S1" not in _codes(lst) and {w.external_id for w in lst.withdrawn} == {"W1", "S1"}


def test_purging_an_erased_pupil_removes_them_from_the_rounds(school) -> None:
    from mediadesk.services.privacy import erase_person, purge_expired

    renewal.start_round(school, YEAR, today=TODAY)
    erase_person(school, "N1", "left the school")
    assert renewal.round_status(school, YEAR).total.asked == 3  # erased: no longer counted
    res = purge_expired(school, on=date(2030, 1, 1))
    assert res.people >= 1
    assert renewal.round_status(school, YEAR).total.asked == 3


def test_erasing_a_pupil_redacts_only_their_renewal_audit(school) -> None:
    from mediadesk.services.privacy import erase_person

    renewal.start_round(school, YEAR, today=TODAY)
    erase_person(school, "E1", "left the school")
    asked = [e for e in audit_log(school) if e.action == "renewal.ask"]
    assert len(asked) == 4
    kept = sorted(json.loads(e.new).get("person", "(redacted)") for e in asked)
    assert kept.count("(redacted)") == 1
    kept.remove("(redacted)")
    assert kept == ["N1", "S1", "T1"]  # E1's entry is redacted, the others' stay
    assert not any("E1" in (e.new or "") for e in asked)


@pytest.mark.parametrize("lang, words", [
    ("en", ["Consent asked again (yearly renewal)", "2027/28 · 8B", "the form ended, reaches the age of consent",
            "the pupil", "form returned on 10 Jun 2027"]),
    ("da", ["Samtykke spurgt igen (årlig fornyelse)", "blanket afleveret 10. jun. 2027"]),
    ("nl", ["Opnieuw om toestemming gevraagd (jaarlijkse vernieuwing)", "formulier terug op 10 jun. 2027"]),
])
def test_the_access_report_says_when_the_pupil_was_asked_again(school, tmp_path: Path, lang, words) -> None:
    from mediadesk.services.reports import person_report, render

    renewal.start_round(school, YEAR, today=TODAY)
    renewal.mark_returned(school, YEAR, ["T1"], on=date(2027, 6, 10))
    rep = person_report(school, "T1", on=TODAY)
    (asked,) = rep["renewal"]
    assert {k: asked[k] for k in ("school_year", "class", "reasons", "signer", "returned_on")} == {
        "school_year": "2027/28", "class": "8B", "reasons": ["FORM_ENDS", "REACHES_AGE"], "signer": "self",
        "returned_on": "2027-06-10"}
    assert person_report(school, "C1", on=TODAY)["renewal"] == []  # not asked
    text = render("person", rep, "csv").decode("utf-8-sig")
    assert "renewal\nschool_year,class,reasons,signer,asked_at,returned_on\n2027/28,8B,FORM_ENDS|REACHES_AGE,self," in text
    if shutil.which("pdftotext"):
        pdf = tmp_path / "t1.pdf"
        pdf.write_bytes(render("person", rep, "pdf", lang=lang))
        shown = _pdf_text(pdf)
        for w in words:
            assert w in shown, w


# ---- outputs ---------------------------------------------------------------------------------

def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode()
    return " ".join(text.split())  # lines wrap where the page ends


def _school_settings(lib, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), (10, 90, 160)).save(logo)
    update_settings(lib, school_name="Skovbrynet Skole", school_logo=str(logo), dpo_name="Karen Holm",
                    dpo_email="dpo@skovbrynet.dk", dpo_phone="+45 86 12 34 56")


WORDS = {
    "en": ["Consent for photos, video and sound: school year 2027/28", "Photo", "Video", "Sound",
           "Face recognition (biometric data)", "Data protection officer (DPO)", "Form wording: renewal 2027/28",
           "A parent or guardian signs this form", "until 31 Jul 2028", "Print (newsletter"],
    "da": ["Samtykke til billeder, video og lyd: skoleåret 2027/28", "Billede", "Lyd",
           "Ansigtsgenkendelse (biometriske data)", "Databeskyttelsesrådgiver (DPO)",
           "Blankettens tekst: renewal 2027/28", "En forælder eller værge skriver under", "31. jul. 2028",
           "Hjemmeside"],
    "nl": ["Toestemming voor foto's, video en geluid: schooljaar 2027/28", "Foto", "Geluid",
           "Gezichtsherkenning (biometrische gegevens)", "Functionaris gegevensbescherming (FG)",
           "Tekstversie formulier: renewal 2027/28", "Een ouder of verzorger ondertekent", "31 jul. 2028",
           "Drukwerk"],
}


@pytest.mark.parametrize("lang", ["en", "da", "nl"])
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_a_pdf_form_per_pupil_in_three_languages(school, tmp_path: Path, lang: str) -> None:
    _school_settings(school, tmp_path)
    renewal.start_round(school, YEAR, today=TODAY)
    files = renewal.write_forms(school, YEAR, tmp_path / "forms", lang)
    assert sorted(f.name for f in files) == [f"consent-2027-28-{e}.pdf" for e in ("E1", "N1", "S1", "T1")]
    data = (tmp_path / "forms" / "consent-2027-28-S1.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and b"/Subtype /Image" in data  # the logo
    text = _pdf_text(tmp_path / "forms" / "consent-2027-28-S1.pdf")
    for w in WORDS[lang] + ["Skovbrynet Skole", "Søren Ærø", "8B", "S1", "Karen Holm", "dpo@skovbrynet.dk",
                            "+45 86 12 34 56", "Facebook", "Instagram", "TikTok"]:
        assert w in text, w
    assert text.count("☐") == 6 * 3 + 2  # channels x media, and yes/no for face recognition
    assert "Emma" not in text
    # Theo reaches 15 by the target: he signs himself
    theo = _pdf_text(tmp_path / "forms" / "consent-2027-28-T1.pdf")
    assert {"en": "Theo Turning signs this form personally", "da": "Theo Turning skriver selv under",
            "nl": "Theo Turning ondertekent dit formulier zelf"}[lang] in theo


def test_forms_leave_out_returned_pupils_unless_asked(school, tmp_path: Path) -> None:
    renewal.start_round(school, YEAR, today=TODAY)
    renewal.mark_returned(school, YEAR, ["E1"])
    files = renewal.write_forms(school, YEAR, tmp_path / "a", "en")
    assert len(files) == 3
    if shutil.which("pdftotext"):  # no school or DPO set: the form says so rather than leaving it out
        assert "Data protection officer (DPO): not set: ask the school's office" in _pdf_text(files[0])
    assert len(renewal.write_forms(school, YEAR, tmp_path / "b", "en", include_returned=True)) == 4
    with pytest.raises(NotFound, match="start it with `mediadesk renewal start 2028/29`"):
        renewal.write_forms(school, "2028/29", tmp_path / "c")
    assert not (tmp_path / "c").exists()


def test_the_mailmerge_csv(school, tmp_path: Path) -> None:
    renewal.start_round(school, YEAR, today=TODAY)
    out = tmp_path / "merge.csv"
    assert renewal.write_mailmerge(school, YEAR, out, "da") == 4
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode())  # spreadsheet programs read æ, ø, å right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == ["external_id", "name", "class", "guardian_name", "guardian_email", "language",
                             "signer", "reasons", "reason_text", "form_file"]
    by = {r["external_id"]: r for r in rows}
    assert [r["external_id"] for r in rows] == ["E1", "N1", "S1", "T1"]  # per class, then name
    assert by["S1"] == {
        "external_id": "S1", "name": "Søren Ærø", "class": "8B", "guardian_name": "Åse Ærø", "guardian_email": "",
        "language": "da", "signer": "forælder eller værge", "reasons": "FORM_ENDS",
        "reason_text": "samtykkeblanketten udløber", "form_file": "consent-2027-28-S1.pdf",
    }
    assert by["N1"]["guardian_name"] == "" and by["N1"]["reasons"] == "NO_FORM"
    assert by["T1"]["signer"] == "eleven" and by["T1"]["reasons"] == "FORM_ENDS|REACHES_AGE"
    # the form file names match what `renewal forms` writes
    files = renewal.write_forms(school, YEAR, tmp_path / "forms", "da")
    assert {f.name for f in files} == {r["form_file"] for r in rows}


def test_the_mailmerge_takes_the_guardian_contact_stored_on_the_person(school, tmp_path: Path) -> None:
    """The guardian's contact stored on the person (from the admin system,
    issue 14 item 1) wins; else the name on the latest parent's form."""
    with school.unit() as s:
        p = get_person(school, "S1", s)
        p.guardian_name, p.guardian_email = "Åse Ærø-Holm", "aase@example.dk"
        s.add(p)
        p = get_person(school, "N1", s)
        p.guardian_email = "nora.parent@example.dk"  # an e-mail, no name: the name stays unknown
        s.add(p)
    renewal.start_round(school, YEAR, today=TODAY)
    out = tmp_path / "m.csv"
    renewal.write_mailmerge(school, YEAR, out)
    by = {r["external_id"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}
    assert (by["S1"]["guardian_name"], by["S1"]["guardian_email"]) == ("Åse Ærø-Holm", "aase@example.dk")
    assert (by["N1"]["guardian_name"], by["N1"]["guardian_email"]) == ("", "nora.parent@example.dk")
    assert (by["E1"]["guardian_name"], by["E1"]["guardian_email"]) == ("Anna Ending", "")


def test_a_name_that_looks_like_a_formula_is_made_safe(school, tmp_path: Path) -> None:
    add_person(school, "F1", "=HYPERLINK(\"x\")", "student", birth_date=date(2014, 1, 1), group="7A")
    renewal.start_round(school, YEAR, today=TODAY)
    out = tmp_path / "m.csv"
    renewal.write_mailmerge(school, YEAR, out)
    row = next(r for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))) if r["external_id"] == "F1")
    assert row["name"].startswith("'=")
    json.dumps(renewal.round_status(school, YEAR).to_json())  # JSON-ready


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_forms_write_polish_and_turkish_names_in_full(school, tmp_path: Path) -> None:
    add_person(school, "P1", "Łukasz Żółć", "student", birth_date=date(2014, 1, 1), group="7A")
    add_person(school, "K1", "Şule Ağaoğlu", "student", birth_date=date(2014, 1, 1), group="7A")
    renewal.start_round(school, YEAR, today=TODAY)
    renewal.write_forms(school, YEAR, tmp_path / "f", "en")
    assert "Łukasz Żółć" in _pdf_text(tmp_path / "f" / "consent-2027-28-P1.pdf")
    assert "Şule Ağaoğlu" in _pdf_text(tmp_path / "f" / "consent-2027-28-K1.pdf")


def test_a_name_the_pdf_font_cannot_write_stops_the_forms_with_a_clear_message(school, tmp_path: Path) -> None:
    """The font has no Chinese letters: the PDF would drop them without a word.
    Say so, naming the pupil, and write no form (the mail merge still works)."""
    add_person(school, "Z1", "王小明", "student", birth_date=date(2014, 1, 1), group="7A")
    renewal.start_round(school, YEAR, today=TODAY)
    with pytest.raises(UserError, match=r"cannot write these characters.*'Z1' \(王小明\): '小', '明', '王'.*mailmerge"):
        renewal.write_forms(school, YEAR, tmp_path / "f", "en")
    assert not (tmp_path / "f").exists()
    assert renewal.write_mailmerge(school, YEAR, tmp_path / "m.csv") == 5
    assert "王小明" in (tmp_path / "m.csv").read_text("utf-8-sig")


def test_a_withdrawn_pupil_who_signs_again_and_a_form_for_the_wrong_year(school, tmp_path: Path) -> None:
    """Adversarial pass: a pupil who withdrew and then signs a new form for the
    year is neither asked nor listed as withdrawn; a form imported for the
    next school year does not mark this year's round returned."""
    renewal.start_round(school, YEAR, today=TODAY)
    add_consent(school, "W1", granted_by="guardian", guardian_name="Per Withdrawn", channels=["website"],
                media=["photo"], signed_on=date(2027, 6, 2), valid_from=date(2027, 8, 1))
    lst = renewal.who_to_ask(school, year=YEAR, today=TODAY)
    assert "W1" not in _codes(lst) and "W1" not in {w.external_id for w in lst.withdrawn}
    # S1 was asked, withdrew, then signed a form for the year: returned
    revoke(school, "S1", on=date(2027, 6, 5))
    import_consent(school, write(tmp_path / "next.csv",
                                 "external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until\n"
                                 "E1,guardian,Anna Ending,website,photo,2027-06-06,2028-08-01,2029-07-31\n"))
    assert renewal.round_status(school, YEAR).total.returned == 0  # E1's form is for 2028/29
    add_consent(school, "S1", granted_by="guardian", guardian_name="Åse Ærø", channels=["website"],
                media=["photo"], signed_on=date(2027, 6, 7), valid_from=date(2027, 8, 1))
    st = renewal.round_status(school, YEAR)
    assert [p["person"] for p in st.pupils if p["returned_on"]] == ["S1"]
    lst = renewal.who_to_ask(school, year=YEAR, today=TODAY)
    assert "S1" not in _codes(lst) and "S1" not in {w.external_id for w in lst.withdrawn}


def test_a_right_to_left_name_stops_the_forms_rather_than_garbling_it(school, tmp_path: Path) -> None:
    """Without text shaping the PDF writes Arabic letters unjoined and left to right."""
    add_person(school, "A1", "محمد", "student", birth_date=date(2014, 1, 1), group="7A")
    renewal.start_round(school, YEAR, today=TODAY)
    with pytest.raises(UserError, match=r"right to left.*'A1' \(محمد\)"):
        renewal.write_forms(school, YEAR, tmp_path / "f", "en")
    assert not (tmp_path / "f").exists()


def test_a_pupil_erased_mid_round_is_not_named_or_sent_a_form(school, tmp_path: Path) -> None:
    from mediadesk.services.privacy import erase_person

    renewal.start_round(school, YEAR, today=TODAY)
    erase_person(school, "E1", "left the school")
    st = renewal.round_status(school, YEAR)
    assert "Emma Ending" not in json.dumps(st.to_json())
    files = renewal.write_forms(school, YEAR, tmp_path / "f", "en")
    assert "consent-2027-28-E1.pdf" not in {f.name for f in files}
    renewal.write_mailmerge(school, YEAR, tmp_path / "m.csv")
    text = (tmp_path / "m.csv").read_text("utf-8-sig")
    assert "Emma" not in text and "Anna Ending" not in text


def test_every_mailmerge_cell_that_looks_like_a_formula_is_made_safe(school, tmp_path: Path) -> None:
    """Name, class and guardian's name and e-mail from the library: + - @ = lead
    cells get the quote too (as every CSV output, services/csvio.csv_text)."""
    add_person(school, "F2", "+Plus Name", "student", birth_date=date(2014, 1, 1), group="-7C")
    add_person(school, "F3", "@At Name", "student", birth_date=date(2014, 1, 1), group="7A")
    with school.unit() as s:
        p = get_person(school, "F2", s)
        p.guardian_name, p.guardian_email = "=cmd|' /C calc'!A0", "@evil.example"
        s.add(p)
    renewal.start_round(school, YEAR, today=TODAY)
    renewal.write_mailmerge(school, YEAR, tmp_path / "m.csv")
    by = {r["external_id"]: r for r in csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text("utf-8-sig")))}
    assert (by["F2"]["name"], by["F2"]["class"]) == ("'+Plus Name", "'-7C")
    assert (by["F2"]["guardian_name"], by["F2"]["guardian_email"]) == ("'=cmd|' /C calc'!A0", "'@evil.example")
    assert by["F3"]["name"] == "'@At Name"


def test_a_form_signed_by_the_wrong_person_does_not_mark_the_pupil_returned(school) -> None:
    """Theo is 15 from 31 Jul 2027: a parent's form signed after that does not
    count, so it is no form back (he still gets his own form to sign)."""
    renewal.start_round(school, YEAR, today=TODAY)
    add_consent(school, "T1", granted_by="guardian", guardian_name="Tina Turning", channels=["website"],
                media=["photo"], signed_on=date(2027, 8, 25))
    assert renewal.round_status(school, YEAR).total.returned == 0
    add_consent(school, "T1", granted_by="self", channels=["website"], media=["photo"], signed_on=date(2027, 8, 26))
    assert [p["person"] for p in renewal.round_status(school, YEAR).pupils if p["returned_on"]] == ["T1"]


def test_a_form_imported_already_withdrawn_does_not_mark_the_pupil_returned(school, tmp_path: Path) -> None:
    renewal.start_round(school, YEAR, today=TODAY)
    import_consent(school, write(tmp_path / "w.csv",
                                 "external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,revoked_on\n"
                                 "E1,guardian,Anna Ending,website,photo,2027-06-02,2027-08-01,2027-06-03\n"))
    assert renewal.round_status(school, YEAR).total.returned == 0
