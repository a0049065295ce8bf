"""Person report (right of access) and the team's consent overview."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from mediadesk.services import faces as face_service
from mediadesk.services.publishing import record_publication
from mediadesk.services.reports import (
    consent_overview,
    consent_overview_csv,
    person_report,
    person_report_csv,
    render,
)
from mediadesk.store.tables import FaceTemplate
from tests.helpers import register_asset, write
from mediadesk.services.assets import get_asset, tag
from mediadesk.services.consent import add_consent, import_consent
from mediadesk.services.people import add_person, get_person, import_people

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


ON = date(2026, 10, 5)


def _photo(path: Path, seed: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    arr = np.full((120, 160, 3), (30 + 40 * seed, 120, 200 - 30 * seed), np.uint8)
    Image.fromarray(arr).save(path)
    return path


@pytest.fixture
def emma_library(school, tmp_path: Path):
    """Emma on three assets (tagged, confirmed face, both), Lars on others."""
    from mediadesk.media.thumbs import make_thumbnails

    lib = school
    face_service.set_mode(lib, "off")
    ids = {}
    for n, name in enumerate(["emma_tag", "emma_face", "both", "lars_only", "nobody"]):
        p = _photo(tmp_path / "Skolefest" / f"{name}.jpg", n)
        ids[name] = register_asset(lib, p, p.read_bytes())
        make_thumbnails(p, get_asset(lib, ids[name]).sha256, lib.cache_dir, [256])
    tag(lib, ids["emma_tag"], ["S1042"])
    fid = face_service.add_manual_face(lib, ids["emma_face"], (10, 10, 40, 40))
    face_service.resolve_face(lib, ids["emma_face"], fid, person="S1042")
    tag(lib, ids["both"], ["S1042", "S1043"])
    tag(lib, ids["lars_only"], ["S1043"])
    record_publication(lib, ids["emma_tag"], "facebook", on=date(2026, 9, 30), where="facebook.com/skolen/posts/1")
    record_publication(lib, ids["both"], "website", on=date(2026, 10, 1), file="/exports/gala_0001.jpg")
    record_publication(lib, ids["lars_only"], "instagram", on=date(2026, 10, 1), where="instagram.com/p/xyz")
    evidence = write(tmp_path / "form-scan.txt", "signed form")
    add_consent(lib, "S1042", granted_by="guardian", guardian_name="Åse Søndergaard", channels=["website"],
                    media=["photo"], signed_on=date(2026, 9, 1), evidence_file=evidence, biometric=True)
    return lib, ids


def test_person_report_lists_every_asset_of_the_person_and_nobody_elses(emma_library) -> None:
    lib, ids = emma_library
    rep = person_report(lib, "S1042", on=ON)
    assert rep["person"]["external_id"] == "S1042" and rep["person"]["name"] == "Emma Jensen"
    assert {a["asset"] for a in rep["assets"]} == {ids["emma_tag"], ids["emma_face"], ids["both"]}
    assert {a["how"] for a in rep["assets"] if a["asset"] == ids["emma_face"]} == {"face"}
    assert all(a["event"] == "Skolefest" for a in rep["assets"])
    # publications of her assets only (not Lars's instagram post)
    assert {(p["asset"], p["channel"]) for p in rep["publications"]} == {
        (ids["emma_tag"], "facebook"), (ids["both"], "website"),
    }
    pub = next(p for p in rep["publications"] if p["channel"] == "facebook")
    assert pub["where"] == "facebook.com/skolen/posts/1" and pub["published_on"] == "2026-09-30"
    # every form, with the evidence reference and hash
    assert len(rep["consent_forms"]) == 2
    new = rep["consent_forms"][-1]
    assert new["evidence"]["sha256"] and re.fullmatch(r"[0-9a-f]{64}", new["evidence"]["sha256"])
    assert new["evidence"]["file"]
    assert rep["consent_forms"][0]["status"] == "superseded" and new["status"] == "in_force"
    assert rep["face_templates"] == {"count": 0}
    json.dumps(rep)  # serialisable


def test_person_report_counts_templates_but_never_shows_them(emma_library) -> None:
    lib, _ = emma_library
    secret = np.arange(128, dtype=np.float32).tobytes()
    with lib.unit() as s:
        pid = get_person(lib, "S1042", s).id
        s.add(FaceTemplate(person_id=pid, encoding=secret, source_sha256="0" * 64, created_by="tester"))
    rep = person_report(lib, "S1042", on=ON)
    assert rep["face_templates"] == {"count": 1}
    for fmt in ("json", "csv"):
        data = render("person", rep, fmt)
        assert secret.hex()[:64] not in data.hex()
        assert b"encoding" not in data


def test_person_report_csv_parses(emma_library) -> None:
    lib, ids = emma_library
    text = person_report_csv(person_report(lib, "S1042", on=ON))
    rows = list(csv.reader(io.StringIO(text)))
    assets = rows.index(["assets"])
    listed = {r[0] for r in rows[assets + 2 :] if r and len(r[0]) == 32 and r[0] in ids.values()}
    assert listed == {ids["emma_tag"], ids["emma_face"], ids["both"]}
    assert render("person", person_report(lib, "S1042", on=ON), "csv").startswith("\ufeff".encode())


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_person_report_pdf_opens_and_names_the_person(emma_library, tmp_path: Path) -> None:
    lib, _ = emma_library
    rep = person_report(lib, "S1042", on=ON)
    rep["person"]["name"] = "Emma Søndergaard-Ærø"  # Danish letters must render
    data = render("person", rep, "pdf", cache_dir=lib.cache_dir)
    assert data.startswith(b"%PDF-")
    assert _pdf_pages(data) >= 1
    assert data.count(b"/Subtype /Image") >= 3  # a thumbnail per asset
    pdf = tmp_path / "emma.pdf"
    pdf.write_bytes(data)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
        assert "Emma Søndergaard-Ærø" in text
        assert "Åse Søndergaard" in text
        assert "Lars" not in text
        assert "emma_face.jpg" in text and "lars_only.jpg" not in text


def test_consent_overview_buckets(lib, tmp_path: Path) -> None:
    """DK library (age of consent 15), on 2027-07-10, 30 days ahead."""
    people = """external_id,name,role,birth_date,group,publication_ban
V1,Valid Vera,student,2010-01-01,8A,no
E1,Ending Emil,student,2010-02-01,8A,no
N1,Nobody Nora,student,2010-03-01,8A,no
R1,Revoked Rasmus,student,2010-04-01,8A,no
B1,Banned Bo,student,2010-05-01,8A,no
A1,Adult-soon Anne,student,2012-07-25,6B,no
A2,Adult-later Ali,student,2012-09-01,6B,no
W1,Renewed Wim,student,2010-06-01,6B,no
T1,Teacher Tove,staff,,,no
"""
    consent = """external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,valid_until,revoked_on,biometric,source,text_version
V1,self,,website|facebook,photo,2027-06-01,,2028-07-31,,no,paper,
E1,self,,website|facebook,photo|video,2026-08-20,,2027-07-31,,no,paper,
R1,self,,website,photo,2026-08-20,,2028-07-31,2027-07-01,no,paper,
B1,self,,website,photo,2026-08-20,,2028-07-31,,no,paper,
A1,guardian,Parent A,website,photo,2026-08-20,,2028-07-31,,no,paper,
A2,guardian,Parent B,website,photo,2026-08-20,,2028-07-31,,no,paper,
W1,self,,website,photo,2026-08-20,,2027-07-31,,no,paper,
W1,self,,website,photo,2027-07-01,2027-08-01,2028-07-31,,no,paper,
T1,self,,website,photo|video,2026-08-01,,2028-07-31,,no,paper,
"""
    import_people(lib, write(tmp_path / "p.csv", people.replace("B1,Banned Bo,student,2010-05-01,8A,no", "B1,Banned Bo,student,2010-05-01,8A,yes")))
    import_consent(lib, write(tmp_path / "c.csv", consent))
    ov = consent_overview(lib, days=30, on=date(2027, 7, 10))
    rows = {r["person"]: r for r in ov["people"]}
    web = {pid: r["channels"]["website"]["status"] for pid, r in rows.items()}
    assert web == {"V1": "valid", "E1": "expiring", "N1": "none", "R1": "none", "B1": "none",
                   "A1": "valid", "A2": "valid", "W1": "valid", "T1": "valid"}
    assert rows["E1"]["channels"]["website"]["until"] == "2027-07-31"
    assert rows["E1"]["channels"]["website"]["media"] == ["photo", "video"]
    assert rows["R1"]["channels"]["website"]["codes"] == ["CONSENT_REVOKED"]
    assert "PUBLICATION_BAN" in rows["B1"]["channels"]["website"]["codes"]
    assert rows["N1"]["channels"]["website"]["codes"] == ["NO_CONSENT"]
    assert rows["V1"]["channels"]["instagram"]["status"] == "none"
    # reaching 15 within 30 days: Anne (25 July), not Ali (1 September), nobody already 15
    assert {pid for pid, r in rows.items() if r["reaches_age_of_consent_on"]} == {"A1"}
    assert rows["A1"]["reaches_age_of_consent_on"] == "2027-07-25"
    groups = {g["group"]: g for g in ov["groups"]}
    assert set(groups) == {"8A", "6B", None}
    g8 = groups["8A"]["channels"]["website"]
    assert (sorted(g8["valid"]), g8["expiring"], sorted(g8["none"])) == (["V1"], ["E1"], ["B1", "N1", "R1"])
    assert [x["person"] for x in groups["6B"]["reaching_age_of_consent"]] == ["A1"]
    # a longer horizon: Wim's follow-up form keeps him valid, Ali turns 15 too
    ov2 = consent_overview(lib, days=60, on=date(2027, 7, 10))
    rows2 = {r["person"]: r for r in ov2["people"]}
    assert rows2["W1"]["channels"]["website"]["status"] == "valid"
    assert rows2["A2"]["reaches_age_of_consent_on"] == "2027-09-01"

    text = consent_overview_csv(ov)
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == len(rows) * len(ov["channels"])
    e1 = next(r for r in parsed if r["external_id"] == "E1" and r["channel"] == "website")
    assert e1["status"] == "expiring" and e1["until"] == "2027-07-31"
    pdf = render("consent", ov, "pdf")
    assert pdf.startswith(b"%PDF-") and _pdf_pages(pdf) >= 1


def test_cli_reports(emma_library, tmp_path: Path, capsys) -> None:
    from mediadesk.cli import main

    lib, ids = emma_library
    db = lib.url
    assert main(["--db", db, "report", "person", "S1042"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert {a["asset"] for a in doc["assets"]} == {ids["emma_tag"], ids["emma_face"], ids["both"]}
    out = tmp_path / "r"
    out.mkdir()
    assert main(["--db", db, "report", "person", "S1042", "--format", "pdf", "--out", str(out / "emma.pdf")]) == 0
    assert (out / "emma.pdf").read_bytes().startswith(b"%PDF-")
    assert main(["--db", db, "report", "person", "S1042", "--format", "pdf"]) == 2
    assert main(["--db", db, "report", "person", "NOPE"]) == 2
    capsys.readouterr()
    assert main(["--db", db, "report", "consent", "--days", "14"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.startswith("group,external_id,name,role,channel,status")
    assert main(["--db", db, "report", "consent", "--format", "pdf", "--out", str(out / "overview.pdf")]) == 0
    assert (out / "overview.pdf").read_bytes().startswith(b"%PDF-")
    assert main(["--db", db, "report", "takedown", "--json"]) == 0


EVIL = ['=HYPERLINK("http://x","y")', "+cmd", "-2+3", "@SUM(A1)"]


def test_csv_reports_neutralise_formula_cells(lib) -> None:
    """OWASP CSV injection: a cell starting with = + - @ tab or CR gets a leading
    single quote in every CSV report (person, consent overview, audit log)."""
    from mediadesk.services.privacy import audit_csv, audit_entries

    for i, name in enumerate(EVIL):
        add_person(lib, f"X{i}", name, "student", group=name)
    ov = {r["external_id"]: r for r in csv.DictReader(io.StringIO(consent_overview_csv(consent_overview(lib, on=ON))))}
    for i, name in enumerate(EVIL):
        assert ov[f"X{i}"]["name"] == "'" + name
        assert ov[f"X{i}"]["group"] == "'" + name
        rows = list(csv.reader(io.StringIO(person_report_csv(person_report(lib, f"X{i}", on=ON)))))
        person = rows[rows.index(["person"]) + 2]
        assert person[1] == "'" + name
    entries = audit_entries(lib)
    entries[0]["actor"] = "=cmd|' /C calc'!A0"
    audit = list(csv.DictReader(io.StringIO(audit_csv(entries))))
    assert audit[0]["actor"] == "'=cmd|' /C calc'!A0"
    # tab and CR lead too (names lose them when stored, other text may not)
    from mediadesk.services.csvio import spreadsheet_safe

    assert [spreadsheet_safe(v) for v in ("\tx", "\rx", 3, -2, "Emma")] == ["'\tx", "'\rx", 3, -2, "Emma"]
    # ordinary values are untouched
    assert ov["X0"]["role"] == "student" and ov["X0"]["channel"] and not ov["X0"]["channel"].startswith("'")


# ---- rendering from plain data, without the store -------------------------------------------

PLAIN_PERSON = {
    "report": "person", "generated_at": "2026-10-05T09:00:00", "generated_by": "office", "on": "2026-10-05",
    "person": {"external_id": "S7", "name": "Søren Ærø", "role": "student", "birth_date": "2014-03-02",
               "group": "=6B", "publication_ban": False, "recorded_at": None, "updated_at": None},
    "consent_forms": [{
        "id": "f" * 32, "status": "withdrawn", "superseded_by": None, "granted_by": "guardian",
        "guardian_name": "+Åse Ærø", "channels": ["website", "print"], "media": ["photo"],
        "signed_on": "2026-08-20", "valid_from": "2026-08-20", "valid_until": "2027-07-31",
        "revoked_on": "2026-09-15", "revoke_reason": None, "biometric": True, "source": "paper",
        "text_version": "v3", "evidence": {"file": "/scans/soren-form.pdf", "sha256": "a" * 64},
        "recorded_by": "office", "recorded_at": "2026-08-21T08:00:00",
    }],
    "consent_today": {"website": []},
    "assets": [{"asset": "b" * 32, "path": "/photos/Sports day/run_0042.jpg", "kind": "photo",
                "event": "Sports day", "capture_time": "2026-09-10T10:30:00", "sha256": "c" * 64,
                "how": "face", "faces": 1, "offline": False}],
    "publications": [{"publication": "d" * 32, "asset": "b" * 32, "path": "/photos/Sports day/run_0042.jpg",
                      "channel": "website", "published_on": "2026-09-12", "where": "school.example/news/7",
                      "file": None, "recorded_by": "office", "undone": False, "taken_down_at": None}],
    "face_templates": {"count": 2}, "pending_face_suggestions": 0,
}

PLAIN_OVERVIEW = {
    "report": "consent_overview", "generated_at": "2026-10-05T09:00:00", "generated_by": "office",
    "on": "2026-10-05", "days": 30, "until": "2026-11-04", "age_of_consent": 15, "channels": ["website"],
    "groups": [{"group": "6B", "people": 1, "channels": {"website": {"valid": [], "expiring": ["S7"], "none": []}},
                "reaching_age_of_consent": []}],
    "people": [{"person": "S7", "name": "@Søren Ærø", "role": "student", "group": "6B", "birth_date": "2014-03-02",
                "age": 12, "publication_ban": False,
                "channels": {"website": {"status": "expiring", "media": ["photo"], "until": "2026-10-20", "codes": []}},
                "reaches_age_of_consent_on": None, "governing_form_signed_by": "guardian"}],
    "missing_birth_date": [],
}

#: a process where the store, SQLModel/SQLAlchemy and the library cannot be imported
_NO_STORE = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'alembic') or name.startswith(\n"
    "                ('mediadesk.store', 'mediadesk.services.library', 'mediadesk.services.reports.build')):\n"
    "            raise ImportError('blocked in this test: ' + name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


def test_reports_render_from_plain_data_without_the_store(tmp_path: Path) -> None:
    """Rendering is pure: from the report's plain data to bytes, in a process
    that cannot import the store, SQLModel or the library."""
    inp, out = tmp_path / "in.json", tmp_path / "out"
    inp.write_text(json.dumps({"person": PLAIN_PERSON, "consent": PLAIN_OVERVIEW}), encoding="utf-8")
    out.mkdir()
    code = _NO_STORE + (
        "import json, pathlib\n"
        "from mediadesk.services.reports.render import render\n"
        f"docs = json.loads(pathlib.Path({str(inp)!r}).read_text(encoding='utf-8'))\n"
        "for kind, doc in docs.items():\n"
        "    for fmt in ('json', 'csv', 'pdf'):\n"
        f"        (pathlib.Path({str(out)!r}) / f'{{kind}}.{{fmt}}').write_bytes(render(kind, doc, fmt))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert r.returncode == 0, r.stderr[-3000:]

    assert json.loads((out / "person.json").read_text(encoding="utf-8")) == PLAIN_PERSON
    rows = list(csv.reader(io.StringIO((out / "person.csv").read_text(encoding="utf-8-sig"))))
    assert rows[rows.index(["person"]) + 2][:6] == ["S7", "Søren Ærø", "student", "2014-03-02", "'=6B", "no"]
    assert rows[rows.index(["person"]) + 1][6:] == ["guardian_name", "guardian_email", "guardian_phone"]
    form = rows[rows.index(["consent_forms"]) + 2]
    assert form[1:6] == ["withdrawn", "guardian", "'+Åse Ærø", "website|print", "photo"]
    assert form[13:15] == ["/scans/soren-form.pdf", "a" * 64]
    assert rows[rows.index(["face_templates"]) + 2] == ["2", "0"]
    ov = list(csv.DictReader(io.StringIO((out / "consent.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["external_id"], r["name"], r["status"], r["until"]) for r in ov] == [
        ("S7", "'@Søren Ærø", "expiring", "2026-10-20")]

    def pdf_text(name: str) -> str:
        assert (out / name).read_bytes().startswith(b"%PDF-")
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out / name), "-"], capture_output=True, check=True)
        return " ".join(done.stdout.decode().split())

    person = pdf_text("person.pdf")
    for expected in ("Personal data held about Søren Ærø", "withdrawn from 15 Sep 2026", "Åse Ærø",
                     "Website, Print", "soren-form.pdf", "run_0042.jpg", "school.example/news/7",
                     "2 face template(s)"):
        assert expected in person, expected
    overview = pdf_text("consent.pdf")
    assert "Class 6B" in overview and "@Søren Ærø" in overview and "until 20 Oct 2026" in overview
