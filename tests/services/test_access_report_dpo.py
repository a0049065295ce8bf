"""The right-of-access report names the controller, the DPO, purposes,
retention, the person's rights and the right to complain to the supervisory
authority, in the report's language (issue 14, item 4)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from mediadesk.services.library import Library
from mediadesk.services.reports import person_report, person_report_csv, render
from mediadesk.services.consent import add_consent
from mediadesk.services.people import add_person
from mediadesk.services.settings import update_settings

ON = date(2026, 10, 5)
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")


def _library(tmp_path: Path, profile: str) -> Library:
    lib = Library.open(str(tmp_path / f"{profile}.sqlite"), profile=profile)
    add_person(lib, "S1", "Emma Søndergaard", "student", birth_date=date(2013, 4, 2), group="6B")
    add_consent(lib, "S1", granted_by="guardian", guardian_name="Åse Søndergaard", channels=["website"],
                    media=["photo"], signed_on=date(2026, 9, 1))
    return lib


def _with_school(lib: Library, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 60), (20, 60, 140)).save(logo)
    update_settings(lib, school_name="Skovbrynet Skole", controller_address="Skovvej 1\n8000 Aarhus C",
                        school_logo=str(logo), dpo_name="Karen Holm", dpo_email="dpo@skovbrynet.dk",
                        dpo_phone="+45 86 12 34 56")


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    assert data.startswith(b"%PDF-")
    f = tmp_path / "report.pdf"
    f.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], capture_output=True, check=True).stdout
    return " ".join(out.decode().split())


def test_the_report_data_carries_controller_dpo_authority_and_retention(tmp_path: Path) -> None:
    lib = _library(tmp_path, "dk")
    _with_school(lib, tmp_path)
    rep = person_report(lib, "S1", on=ON)
    assert rep["controller"]["name"] == "Skovbrynet Skole"
    assert rep["controller"]["address"] == "Skovvej 1\n8000 Aarhus C"
    assert Path(rep["controller"]["logo"]).parent == lib.data_dir
    assert rep["dpo"] == {"name": "Karen Holm", "email": "dpo@skovbrynet.dk", "phone": "+45 86 12 34 56"}
    assert rep["supervisory_authority"] == {"name": "Datatilsynet", "url": "www.datatilsynet.dk"}
    assert rep["retention"]["dispute_period_months"] == 6
    rows = list(csv.reader(io.StringIO(person_report_csv(rep))))
    assert rows[rows.index(["controller"]) + 2] == [
        "Skovbrynet Skole", "Skovvej 1\n8000 Aarhus C", "Karen Holm", "dpo@skovbrynet.dk", "'+45 86 12 34 56",
        "Datatilsynet", "www.datatilsynet.dk"]


@needs_pdftotext
def test_danish_report_names_the_dpo_and_the_right_to_complain_to_datatilsynet(tmp_path: Path) -> None:
    lib = _library(tmp_path, "dk")
    _with_school(lib, tmp_path)
    data = render("person", person_report(lib, "S1", on=ON), "pdf", lang="da")
    assert data.count(b"/Subtype /Image") >= 1  # the logo
    text = _pdf_text(data, tmp_path)
    for expected in (
        "Hvem er ansvarlig for oplysningerne", "Dataansvarlig Skovbrynet Skole", "Skovvej 1 8000 Aarhus C",
        "Databeskyttelsesrådgiver (DPO) Karen Holm", "dpo@skovbrynet.dk", "+45 86 12 34 56",
        "Hvorfor skolen har oplysningerne", "Hvor længe de gemmes", "gemmes de i 6 måneder",
        "Dine rettigheder", "at trække et samtykke tilbage når som helst",
        "Du har ret til at klage til tilsynsmyndigheden: Datatilsynet, www.datatilsynet.dk",
    ):
        assert expected in text, expected
    assert "not set" not in text and "ikke angivet" not in text


@needs_pdftotext
def test_dutch_report_names_the_autoriteit_persoonsgegevens(tmp_path: Path) -> None:
    lib = _library(tmp_path, "nl")
    update_settings(lib, school_name="OBS De Regenboog", dpo_name="Joost de Vries", dpo_email="fg@regenboog.nl")
    text = _pdf_text(render("person", person_report(lib, "S1", on=ON), "pdf", lang="nl"), tmp_path)
    for expected in (
        "Wie is verantwoordelijk voor deze gegevens", "Verwerkingsverantwoordelijke OBS De Regenboog",
        "Functionaris voor gegevensbescherming (FG) Joost de Vries", "fg@regenboog.nl",
        "Uw rechten", "recht op inzage",
        "U hebt het recht een klacht in te dienen bij de toezichthouder: Autoriteit Persoonsgegevens, "
        "www.autoriteitpersoonsgegevens.nl",
        # what is not set is said, not left out
        "Adres niet ingevuld in MediaDesk", "Telefoon niet ingevuld in MediaDesk",
    ):
        assert expected in text, expected
    assert "Datatilsynet" not in text


@needs_pdftotext
def test_a_missing_dpo_is_a_clear_not_set_line(tmp_path: Path) -> None:
    lib = _library(tmp_path, "dk")
    rep = person_report(lib, "S1", on=ON)
    assert rep["dpo"] == {"name": None, "email": None, "phone": None}
    text = _pdf_text(render("person", rep, "pdf", lang="en"), tmp_path)
    assert "Data protection officer (DPO) not set in MediaDesk: ask the school's office" in text
    assert "Data protection officer (DPO): not set in MediaDesk" in text
    assert "You have the right to complain to the supervisory authority: Datatilsynet, www.datatilsynet.dk" in text
    # a profile without one authority names the authority of the person's country
    update_settings(lib, profile="eu")
    text = _pdf_text(render("person", person_report(lib, "S1", on=ON), "pdf", lang="en"), tmp_path)
    assert "complain to the data protection authority of your country" in text
