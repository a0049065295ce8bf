"""Rendering the reports: pure functions from a report's plain data (the dicts
of :mod:`.build`) to text or bytes: JSON, CSV, PDF. Nothing here reads the
library; rendering never imports the store (tests/services/test_reports.py).

CSV cells go through :func:`mediadesk.services.csvio.csv_text`, which
neutralises formula cells (CSV injection)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mediadesk.core.errors import UserError

from ..csvio import csv_text
from .pdf import consent_overview_pdf, person_report_pdf


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


person_report_json = consent_overview_json = report_json


def _csv_text(rows: list[list[Any]]) -> str:
    return csv_text(
        (["" if v is None else ("yes" if v is True else "no" if v is False else v) for v in r] for r in rows),
        lineterminator="\n",
    )


def person_report_csv(report: dict[str, Any]) -> str:
    """One CSV in blocks (a title row, a header row, the rows, a blank row),
    so it reads in a spreadsheet and parses with any CSV reader."""
    p = report["person"]
    rows: list[list[Any]] = [["person report", report["generated_at"], report["generated_by"]], []]
    rows += [["person"], ["external_id", "name", "role", "birth_date", "group", "publication_ban",
                          "guardian_name", "guardian_email", "guardian_phone"],
             [p["external_id"], p["name"], p["role"], p["birth_date"], p["group"], p["publication_ban"],
              p.get("guardian_name"), p.get("guardian_email"), p.get("guardian_phone")], []]
    rows += [["consent_forms"], ["id", "status", "granted_by", "guardian_name", "channels", "media", "signed_on",
                                 "valid_from", "valid_until", "revoked_on", "biometric", "source", "text_version",
                                 "evidence_file", "evidence_sha256", "recorded_by", "recorded_at",
                                 "explained_at", "explained_in"]]
    for c in report["consent_forms"]:
        ev = c["evidence"] or {}
        rows.append([c["id"], c["status"], c["granted_by"], c["guardian_name"], "|".join(c["channels"]),
                     "|".join(c["media"]), c["signed_on"], c["valid_from"], c["valid_until"], c["revoked_on"],
                     c["biometric"], c["source"], c["text_version"], ev.get("file"), ev.get("sha256"),
                     c["recorded_by"], c["recorded_at"], c.get("explained_at"), c.get("explained_in")])
    rows += [[], ["assets"], ["asset", "path", "kind", "event", "capture_time", "sha256", "how"]]
    for a in report["assets"]:
        rows.append([a["asset"], a["path"], a["kind"], a["event"], a["capture_time"], a["sha256"], a["how"]])
    rows += [[], ["publications"], ["publication", "asset", "path", "channel", "published_on", "where", "file",
                                    "recorded_by", "undone", "taken_down_at"]]
    for pb in report["publications"]:
        rows.append([pb["publication"], pb["asset"], pb["path"], pb["channel"], pb["published_on"], pb["where"],
                     pb["file"], pb["recorded_by"], pb["undone"], pb["taken_down_at"]])
    rows += [[], ["face_templates"], ["count", "pending_face_suggestions"],
             [report["face_templates"]["count"], report["pending_face_suggestions"]]]
    if "requests" in report:
        rows += [[], ["requests"], ["id", "kind", "received_on", "description", "status", "handling", "handled_on"]]
        for r in report["requests"]:
            rows.append([r["id"], r["kind"], r["received_on"], r["description"], r["status"], r["handling"],
                         r["handled_on"]])
    if report.get("renewal"):
        rows += [[], ["renewal"], ["school_year", "class", "reasons", "signer", "asked_at", "returned_on"]]
        for r in report["renewal"]:
            rows.append([r["school_year"], r["class"], "|".join(r["reasons"]), r["signer"], r["asked_at"],
                         r["returned_on"]])
    c, d = report.get("controller") or {}, report.get("dpo") or {}
    sa = report.get("supervisory_authority") or {}
    rows += [[], ["controller"], ["school_name", "address", "dpo_name", "dpo_email", "dpo_phone",
                                  "supervisory_authority", "supervisory_authority_url"],
             [c.get("name") or "not set", c.get("address") or "not set", d.get("name") or "not set",
              d.get("email") or "not set", d.get("phone") or "not set",
              sa.get("name") or "the data protection authority of your country", sa.get("url")]]
    return _csv_text(rows)



def consent_overview_csv(report: dict[str, Any]) -> str:
    """One row per person and channel."""
    rows: list[list[Any]] = [[
        "group", "external_id", "name", "role", "channel", "status", "media", "until", "reasons",
        "publication_ban", "birth_date", "reaches_age_of_consent_on",
    ]]
    for r in report["people"]:
        for ch in report["channels"]:
            c = r["channels"][ch]
            rows.append([
                r["group"], r["person"], r["name"], r["role"], ch, c["status"], "|".join(c["media"]),
                c["until"], "|".join(c["codes"]), r["publication_ban"], r["birth_date"], r["reaches_age_of_consent_on"],
            ])
    return _csv_text(rows)


def render(kind: str, report: dict[str, Any], fmt: str, *, cache_dir: Path | None = None, lang: str = "en") -> bytes:
    """``kind`` person|consent, ``fmt`` json|csv|pdf -> the file's bytes
    (CSV with a UTF-8 BOM so spreadsheet programs read æ, ø, å, ë right)."""
    if fmt == "json":
        return report_json(report).encode("utf-8")
    if fmt == "csv":
        text = person_report_csv(report) if kind == "person" else consent_overview_csv(report)
        return text.encode("utf-8-sig")
    if fmt == "pdf":
        return person_report_pdf(report, cache_dir, lang) if kind == "person" else consent_overview_pdf(report, lang)
    raise UserError(f"unknown report format '{fmt}' (json, csv or pdf)")

