"""Reports: the person report (GDPR right of access) and the consent overview.

``person_report`` answers a parent's question "which pictures of my child do
you have and where are they?": the person's details, every consent form
(with the reference and SHA-256 of its evidence file), every asset they are
confirmed on, every publication of those assets, and whether face templates
exist (a count, never the template). Renderers: JSON, CSV, PDF.

``consent_overview`` is the team's list per group (class) and channel: who
has valid consent today, whose consent ends within N days, who has none,
and which pupils reach the age of consent within N days (from then on they
must sign themselves). Renderers: JSON, CSV, PDF.

PDFs are made with fpdf2 and the DejaVu Sans font bundled under
``resources/fonts`` (any Danish, Dutch or other Latin letter renders).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import select

from mediadesk.core.dates import age_on, today, utcnow
from mediadesk.core.enums import MediaKind, Role
from mediadesk.core.rules import governing_record, is_minor, person_reasons, withdrawn_on
from mediadesk.store.facts import hexid, load_people, read_settings, session_query, split_set
from mediadesk.store.tables import (
    Asset,
    ConsentRecord,
    Event,
    Face,
    FaceTemplate,
    Person,
    Presence,
    Publication,
)

from .evaluate import visible_channels
from .library import Library

# ---- person report ------------------------------------------------------------------------


def _iso(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.isoformat(timespec="seconds")
    return v.isoformat()


def _form_status(c: ConsentRecord, on: date, withdrawal_days: list) -> str:
    withdrawn = withdrawn_on(c.signed_on, c.revoked_on, withdrawal_days)
    if withdrawn is not None and withdrawn <= on:
        return "withdrawn"
    if c.valid_until < on:
        return "ended"
    if c.valid_from > on:
        return "not_yet_valid"
    return "in_force"


def person_report(lib: Library, external_id: str, on: date | None = None) -> dict:
    """Everything the library holds about one person. Raises NotFound."""
    on = on or today()
    with lib.unit() as s:
        p = lib.person(external_id, s)
        settings = read_settings(session_query(s))
        forms = s.exec(
            select(ConsentRecord).where(ConsentRecord.person_id == p.id)
            .order_by(ConsentRecord.signed_on, ConsentRecord.recorded_at)
        ).all()
        presences = s.exec(select(Presence).where(Presence.person_id == p.id)).all()
        how = {pr.asset_id: pr.source for pr in presences}
        assets = [s.get(Asset, aid) for aid in how]
        assets = [a for a in assets if a is not None]
        assets.sort(key=lambda a: (a.capture_time is None, _iso(a.capture_time) or "", a.path))
        events = {e.id: e.name for e in s.exec(select(Event)).all()}
        faces = s.exec(select(Face).where(Face.person_id == p.id)).all()
        face_count: dict[uuid.UUID, int] = {}
        for f in faces:
            face_count[f.asset_id] = face_count.get(f.asset_id, 0) + 1
        pending = len(s.exec(select(Face.id).where(Face.suggested_person_id == p.id)).all())
        templates = len(s.exec(select(FaceTemplate.id).where(FaceTemplate.person_id == p.id)).all())
        ids = [a.id for a in assets]
        pubs = []
        if ids:
            pubs = s.exec(
                select(Publication).where(Publication.asset_id.in_(ids))
                .order_by(Publication.published_on, Publication.recorded_at)
            ).all()
        paths = {a.id: a.path for a in assets}
        facts = load_people(session_query(s), [p.id.hex]).get(p.id.hex)
        age = int(settings.get("age_of_consent", 16))
        now_consent = {}
        if facts is not None:
            for ch in visible_channels(settings):
                kinds = [k.value for k in MediaKind if not person_reasons(facts, ch, k, on, age)]
                now_consent[ch] = kinds
        gov = governing_record(facts, on) if facts is not None else None
        gov_signed = _iso(gov.signed_on) if gov is not None else None
        gov_id = gov.id if gov is not None else None
        days = [c.revoked_on for c in forms]
        return {
            "report": "person",
            "generated_at": _iso(utcnow()),
            "generated_by": lib.actor,
            "on": on.isoformat(),
            "person": {
                "external_id": p.external_id,
                "name": p.name,
                "role": p.role,
                "birth_date": _iso(p.birth_date),
                "group": p.group_name,
                "publication_ban": bool(p.publication_ban),
                "recorded_at": _iso(p.created_at),
                "updated_at": _iso(p.updated_at),
            },
            "consent_forms": [
                {
                    "id": c.id.hex,
                    "status": "superseded" if (_form_status(c, on, days) == "in_force" and gov_id and c.id.hex != gov_id) else _form_status(c, on, days),
                    "superseded_by": gov_signed if (_form_status(c, on, days) == "in_force" and gov_id and c.id.hex != gov_id) else None,
                    "granted_by": c.granted_by,
                    "guardian_name": c.guardian_name,
                    "channels": split_set(c.channels),
                    "media": split_set(c.media),
                    "signed_on": _iso(c.signed_on),
                    "valid_from": _iso(c.valid_from),
                    "valid_until": _iso(c.valid_until),
                    "revoked_on": _iso(c.revoked_on),
                    "revoke_reason": c.revoke_reason,
                    "biometric": bool(c.biometric),
                    "source": c.source,
                    "text_version": c.text_version,
                    "evidence": {"file": c.evidence_path, "sha256": c.evidence_sha256} if (c.evidence_path or c.evidence_sha256) else None,
                    "recorded_by": c.recorded_by,
                    "recorded_at": _iso(c.recorded_at),
                }
                for c in forms
            ],
            "consent_today": now_consent,
            "assets": [
                {
                    "asset": a.id.hex,
                    "path": a.path,
                    "kind": a.kind,
                    "event": events.get(a.event_id) if a.event_id else None,
                    "capture_time": _iso(a.capture_time),
                    "sha256": a.sha256,
                    "how": "face" if how.get(a.id) == "face" else "tagged",
                    "faces": face_count.get(a.id, 0),
                    "offline": bool(a.offline),
                }
                for a in assets
            ],
            "publications": [
                {
                    "publication": pb.id.hex,
                    "asset": pb.asset_id.hex,
                    "path": paths.get(pb.asset_id),
                    "channel": pb.channel,
                    "published_on": _iso(pb.published_on),
                    "where": pb.location,
                    "file": pb.file,
                    "recorded_by": pb.recorded_by,
                    "undone": pb.undone_at is not None,
                    "taken_down_at": _iso(pb.taken_down_at),
                }
                for pb in pubs
            ],
            "face_templates": {"count": templates},
            "pending_face_suggestions": pending,
        }


def person_report_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _csv_text(rows: list[list[Any]]) -> str:
    from .csvio import csv_text

    return csv_text(
        (["" if v is None else ("yes" if v is True else "no" if v is False else v) for v in r] for r in rows),
        lineterminator="\n",
    )


def person_report_csv(report: dict) -> str:
    """One CSV in blocks (a title row, a header row, the rows, a blank row),
    so it reads in a spreadsheet and parses with any CSV reader."""
    p = report["person"]
    rows: list[list[Any]] = [["person report", report["generated_at"], report["generated_by"]], []]
    rows += [["person"], ["external_id", "name", "role", "birth_date", "group", "publication_ban"],
             [p["external_id"], p["name"], p["role"], p["birth_date"], p["group"], p["publication_ban"]], []]
    rows += [["consent_forms"], ["id", "status", "granted_by", "guardian_name", "channels", "media", "signed_on",
                                 "valid_from", "valid_until", "revoked_on", "biometric", "source", "text_version",
                                 "evidence_file", "evidence_sha256", "recorded_by", "recorded_at"]]
    for c in report["consent_forms"]:
        ev = c["evidence"] or {}
        rows.append([c["id"], c["status"], c["granted_by"], c["guardian_name"], "|".join(c["channels"]),
                     "|".join(c["media"]), c["signed_on"], c["valid_from"], c["valid_until"], c["revoked_on"],
                     c["biometric"], c["source"], c["text_version"], ev.get("file"), ev.get("sha256"),
                     c["recorded_by"], c["recorded_at"]])
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
    return _csv_text(rows)


# ---- consent overview ----------------------------------------------------------------------


def _birthday(birth: date, age: int) -> date:
    """The day a person born on ``birth`` turns ``age`` (29 Feb -> 1 Mar)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


def _valid_kinds(facts, channel: str, on: date, age: int) -> list[str]:
    return [k.value for k in MediaKind if not person_reasons(facts, channel, k, on, age)]


def consent_overview(lib: Library, days: int = 30, on: date | None = None) -> dict:
    """Per group and channel: valid / ending within ``days`` / none; and the
    pupils who reach the age of consent within ``days``.

    Buckets per person and channel:

    - ``valid``: valid consent today for at least one media kind, still valid
      at every change point in the next ``days`` days;
    - ``expiring``: valid today, but not any more at some day within ``days``
      days (form ends or a withdrawal takes effect, no follow-up form);
      ``until`` is the last valid day;
    - ``none``: no valid consent today (the reason codes say why, e.g.
      ``NO_CONSENT``, ``CONSENT_EXPIRED``, ``CHANNEL_NOT_COVERED``,
      ``PUBLICATION_BAN``).
    """
    if days < 0:
        from mediadesk.core.errors import UserError

        raise UserError("--days must be 0 or more")
    on = on or today()
    horizon = on + timedelta(days=days)
    with lib.unit() as s:
        q = session_query(s)
        settings = read_settings(q)
        people = s.exec(select(Person).where(Person.erased_at.is_(None))).all()
        facts = load_people(q, [p.id.hex for p in people]) if people else {}
    age = int(settings.get("age_of_consent", 16))
    channels = visible_channels(settings)
    rows: list[dict] = []
    for p in sorted(people, key=lambda p: ((p.group_name or "\uffff").casefold(), p.name.casefold(), p.external_id or "")):
        f = facts.get(hexid(p.id))
        if f is None:
            continue
        # the only days on which validity can change: form boundaries and withdrawals
        points = sorted(
            {d for c in f.consents for d in (c.valid_from, c.valid_until + timedelta(days=1), c.revoked_on)
             if d is not None and on < d <= horizon}
        )
        per_channel = {}
        for ch in channels:
            kinds = _valid_kinds(f, ch, on, age)
            if not kinds:
                codes = list(dict.fromkeys(r.code.value for r in person_reasons(f, ch, MediaKind.PHOTO, on, age)))
                per_channel[ch] = {"status": "none", "media": [], "until": None, "codes": codes}
                continue
            status, until = "valid", None
            for d in points:
                still = _valid_kinds(f, ch, d, age)
                if not set(kinds) <= set(still):
                    status, until = "expiring", (d - timedelta(days=1)).isoformat()
                    break
            gov = governing_record(f, on)
            per_channel[ch] = {
                "status": status, "media": kinds,
                "until": until or (gov.valid_until.isoformat() if gov else None), "codes": [],
            }
        reaches = None
        if p.role in (Role.STUDENT.value, Role.GUEST.value) and p.birth_date is not None:
            if is_minor(f, on, age) and not is_minor(f, horizon, age):
                reaches = _birthday(p.birth_date, age).isoformat()
        rows.append({
            "person": p.external_id,
            "name": p.name,
            "role": p.role,
            "group": p.group_name,
            "birth_date": _iso(p.birth_date),
            "age": age_on(p.birth_date, on) if p.birth_date else None,
            "publication_ban": bool(p.publication_ban),
            "channels": per_channel,
            "reaches_age_of_consent_on": reaches,
            "governing_form_signed_by": (governing_record(f, on).granted_by.value if governing_record(f, on) else None),
        })
    groups: dict[str, dict] = {}
    for r in rows:
        g = groups.setdefault(r["group"] or "", {
            "group": r["group"], "people": 0,
            "channels": {ch: {"valid": [], "expiring": [], "none": []} for ch in channels},
            "reaching_age_of_consent": [],
        })
        g["people"] += 1
        for ch in channels:
            g["channels"][ch][r["channels"][ch]["status"]].append(r["person"])
        if r["reaches_age_of_consent_on"]:
            g["reaching_age_of_consent"].append({"person": r["person"], "name": r["name"], "on": r["reaches_age_of_consent_on"]})
    return {
        "report": "consent_overview",
        "generated_at": _iso(utcnow()),
        "generated_by": lib.actor,
        "on": on.isoformat(),
        "days": days,
        "until": horizon.isoformat(),
        "age_of_consent": age,
        "channels": channels,
        "groups": list(groups.values()),
        "people": rows,
        "missing_birth_date": [r["person"] for r in rows if r["birth_date"] is None and r["role"] != Role.STAFF.value],
    }


def consent_overview_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def consent_overview_csv(report: dict) -> str:
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


# ---- PDF -----------------------------------------------------------------------------------
# fpdf2 is imported inside the renderers only: nothing else pays for it.

_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "da": ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
}

_T: dict[str, dict[str, str]] = {
    "en": {
        "person_title": "Personal data held about {name}",
        "person_intro": (
            "This report lists everything the school's photo consent system (MediaDesk) holds about "
            "{name} on {date}: personal details, the consent forms, the photos and clips {name} has been "
            "identified on, where those were published, and whether face recognition data is stored."
        ),
        "details": "Personal details", "name": "Name", "external_id": "School ID", "role": "Role",
        "birth_date": "Date of birth", "group": "Class / group", "ban": "Never publish (protected identity)",
        "yes": "yes", "no": "no", "none": "none",
        "forms": "Consent forms", "no_forms": "No consent form has been recorded.",
        "form_n": "Form {n}, signed {date}", "signed_by": "Signed by", "guardian": "parent/guardian: {name}",
        "self": "{name} personally", "channels": "Where", "media": "What", "valid": "Valid",
        "status": "Status", "biometric": "Face recognition allowed", "source": "Received as",
        "text_version": "Wording of the form", "evidence": "Evidence file", "sha": "SHA-256 of the evidence file",
        "recorded": "Recorded by", "from_to": "{a} to {b}",
        "st_in_force": "in force", "st_withdrawn": "withdrawn from {date}", "st_ended": "ended on {date}",
        "st_not_yet_valid": "valid from {date}", "st_superseded": "replaced by the form signed {date}",
        "today": "What may be published today", "today_none": "nothing",
        "assets": "Photos and clips showing {name}", "no_assets": "{name} has not been identified on any photo or clip.",
        "asset_n": "{n} photo(s) or clip(s).", "event": "Event", "taken": "Taken", "file": "File", "kind": "Kind",
        "identified": "Identified", "how_face": "face confirmed by staff", "how_tagged": "tagged by staff",
        "no_thumb": "(no preview)",
        "pubs": "Where these were published", "no_pubs": "None of these photos or clips has been published or exported.",
        "date": "Date", "channel": "Channel", "where": "Where / file", "pub_status": "Status",
        "live": "published", "taken_down": "taken down {date}", "undone": "record withdrawn (mistake)",
        "faces": "Face recognition data",
        "templates_none": "No face template (biometric data) is stored for {name}.",
        "templates_some": "{n} face template(s) (biometric data) are stored for {name}. They are used only to suggest "
                          "matches to staff, and are deleted when this consent ends. The templates themselves are "
                          "not shown in this report.",
        "pending": "{n} automatic match suggestion(s) wait for a staff member to confirm or reject them.",
        "footer": "MediaDesk report of {date} by {by}  ·  page {page} of {{nb}}",
        "photo": "photo", "video": "video", "audio": "sound",
        "student": "pupil", "staff": "staff", "guest": "guest",
        "paper": "paper form", "digital": "digital form", "on_site": "signed on site", "import": "imported",
        "ov_title": "Consent overview", "ov_intro": (
            "Consent on {date} for every channel, per class. Green: valid consent (for the media listed). "
            "Amber: consent ends within {days} days (last valid day shown). Red: no valid consent, do not publish. "
            "Age of consent: {age}."
        ),
        "ov_group": "Class {group}", "ov_nogroup": "No class / group", "ov_people": "{n} people",
        "ov_reaching": "Reach the age of consent ({age}) within {days} days: from that day they sign their own form",
        "ov_turns": "Turns {age}", "ov_until": "until {date}", "ov_none_reached": "Nobody in this class.",
        "ov_missing_birth": "No date of birth recorded (counted as a minor): {ids}",
        "code_NO_CONSENT": "no form", "code_CONSENT_EXPIRED": "form ended", "code_CONSENT_REVOKED": "withdrawn",
        "code_CHANNEL_NOT_COVERED": "not on form", "code_MEDIA_NOT_COVERED": "medium not on form",
        "code_PUBLICATION_BAN": "never publish", "code_GUARDIAN_CONSENT_REQUIRED": "parent must sign",
        "code_SELF_CONSENT_REQUIRED": "pupil must sign",
    },
    "da": {
        "person_title": "Personoplysninger om {name}",
        "person_intro": (
            "Denne rapport viser alt, hvad skolens system til samtykke for billeder (MediaDesk) har om "
            "{name} pr. {date}: personoplysninger, samtykkeerklæringer, de billeder og klip {name} er "
            "genkendt på, hvor de er offentliggjort, og om der gemmes data til ansigtsgenkendelse."
        ),
        "details": "Personoplysninger", "name": "Navn", "external_id": "Skole-ID", "role": "Rolle",
        "birth_date": "Fødselsdato", "group": "Klasse / hold", "ban": "Må aldrig offentliggøres (beskyttet identitet)",
        "yes": "ja", "no": "nej", "none": "ingen",
        "forms": "Samtykkeerklæringer", "no_forms": "Der er ikke registreret nogen samtykkeerklæring.",
        "form_n": "Erklæring {n}, underskrevet {date}", "signed_by": "Underskrevet af", "guardian": "forælder/værge: {name}",
        "self": "{name} selv", "channels": "Hvor", "media": "Hvad", "valid": "Gyldig",
        "status": "Status", "biometric": "Ansigtsgenkendelse tilladt", "source": "Modtaget som",
        "text_version": "Erklæringens ordlyd", "evidence": "Dokumentation", "sha": "SHA-256 af dokumentationen",
        "recorded": "Registreret af", "from_to": "{a} til {b}",
        "st_in_force": "gældende", "st_withdrawn": "trukket tilbage fra {date}", "st_ended": "udløbet {date}",
        "st_not_yet_valid": "gyldig fra {date}", "st_superseded": "erstattet af erklæringen underskrevet {date}",
        "today": "Hvad må offentliggøres i dag", "today_none": "intet",
        "assets": "Billeder og klip med {name}", "no_assets": "{name} er ikke genkendt på nogen billeder eller klip.",
        "asset_n": "{n} billede(r) eller klip.", "event": "Begivenhed", "taken": "Optaget", "file": "Fil", "kind": "Type",
        "identified": "Genkendt", "how_face": "ansigt bekræftet af personale", "how_tagged": "tagget af personale",
        "no_thumb": "(ingen forhåndsvisning)",
        "pubs": "Hvor de er offentliggjort", "no_pubs": "Ingen af disse billeder eller klip er offentliggjort eller eksporteret.",
        "date": "Dato", "channel": "Kanal", "where": "Hvor / fil", "pub_status": "Status",
        "live": "offentliggjort", "taken_down": "fjernet {date}", "undone": "registrering annulleret (fejl)",
        "faces": "Data til ansigtsgenkendelse",
        "templates_none": "Der gemmes ingen ansigtsskabelon (biometriske data) for {name}.",
        "templates_some": "Der gemmes {n} ansigtsskabelon(er) (biometriske data) for {name}. De bruges kun til at foreslå "
                          "genkendelser for personalet og slettes, når samtykket ophører. Selve skabelonerne vises "
                          "ikke i rapporten.",
        "pending": "{n} automatiske forslag venter på, at en medarbejder bekræfter eller afviser dem.",
        "footer": "MediaDesk-rapport af {date} ved {by}  ·  side {page} af {{nb}}",
        "photo": "foto", "video": "video", "audio": "lyd",
        "student": "elev", "staff": "personale", "guest": "gæst",
        "paper": "papirblanket", "digital": "digital blanket", "on_site": "underskrevet på stedet", "import": "importeret",
        "ov_title": "Samtykkeoversigt", "ov_intro": (
            "Samtykke pr. {date} for hver kanal, pr. klasse. Grøn: gyldigt samtykke (for de viste medier). "
            "Gul: samtykket udløber inden for {days} dage (sidste gyldige dag vist). Rød: intet gyldigt samtykke, "
            "må ikke offentliggøres. Samtykkealder: {age}."
        ),
        "ov_group": "Klasse {group}", "ov_nogroup": "Ingen klasse / hold", "ov_people": "{n} personer",
        "ov_reaching": "Når samtykkealderen ({age}) inden for {days} dage: fra den dag underskriver de selv",
        "ov_turns": "Fylder {age}", "ov_until": "til {date}", "ov_none_reached": "Ingen i denne klasse.",
        "ov_missing_birth": "Ingen fødselsdato registreret (regnes som mindreårig): {ids}",
        "code_NO_CONSENT": "ingen erklæring", "code_CONSENT_EXPIRED": "udløbet", "code_CONSENT_REVOKED": "trukket tilbage",
        "code_CHANNEL_NOT_COVERED": "ikke på erklæring", "code_MEDIA_NOT_COVERED": "medie ikke på erklæring",
        "code_PUBLICATION_BAN": "aldrig offentliggøre", "code_GUARDIAN_CONSENT_REQUIRED": "forælder skal underskrive",
        "code_SELF_CONSENT_REQUIRED": "eleven skal underskrive",
    },
    "nl": {
        "person_title": "Persoonsgegevens van {name}",
        "person_intro": (
            "Dit overzicht toont alles wat het systeem van de school voor beeldtoestemming (MediaDesk) over "
            "{name} bewaart op {date}: persoonsgegevens, toestemmingsformulieren, de foto's en clips waarop "
            "{name} herkend is, waar die gepubliceerd zijn, en of er gegevens voor gezichtsherkenning bewaard worden."
        ),
        "details": "Persoonsgegevens", "name": "Naam", "external_id": "Schoolnummer", "role": "Rol",
        "birth_date": "Geboortedatum", "group": "Klas / groep", "ban": "Nooit publiceren (beschermde identiteit)",
        "yes": "ja", "no": "nee", "none": "geen",
        "forms": "Toestemmingsformulieren", "no_forms": "Er is geen toestemmingsformulier geregistreerd.",
        "form_n": "Formulier {n}, getekend {date}", "signed_by": "Getekend door", "guardian": "ouder/verzorger: {name}",
        "self": "{name} zelf", "channels": "Waar", "media": "Wat", "valid": "Geldig",
        "status": "Status", "biometric": "Gezichtsherkenning toegestaan", "source": "Ontvangen als",
        "text_version": "Versie van de tekst", "evidence": "Bewijsstuk", "sha": "SHA-256 van het bewijsstuk",
        "recorded": "Geregistreerd door", "from_to": "{a} tot en met {b}",
        "st_in_force": "geldig", "st_withdrawn": "ingetrokken vanaf {date}", "st_ended": "verlopen op {date}",
        "st_not_yet_valid": "geldig vanaf {date}", "st_superseded": "vervangen door het formulier getekend {date}",
        "today": "Wat vandaag gepubliceerd mag worden", "today_none": "niets",
        "assets": "Foto's en clips met {name}", "no_assets": "{name} is op geen enkele foto of clip herkend.",
        "asset_n": "{n} foto('s) of clip(s).", "event": "Activiteit", "taken": "Gemaakt", "file": "Bestand", "kind": "Soort",
        "identified": "Herkend", "how_face": "gezicht bevestigd door medewerker", "how_tagged": "getagd door medewerker",
        "no_thumb": "(geen voorbeeld)",
        "pubs": "Waar deze gepubliceerd zijn", "no_pubs": "Geen van deze foto's of clips is gepubliceerd of geëxporteerd.",
        "date": "Datum", "channel": "Kanaal", "where": "Waar / bestand", "pub_status": "Status",
        "live": "gepubliceerd", "taken_down": "verwijderd {date}", "undone": "registratie ingetrokken (vergissing)",
        "faces": "Gegevens voor gezichtsherkenning",
        "templates_none": "Er wordt geen gezichtssjabloon (biometrisch gegeven) van {name} bewaard.",
        "templates_some": "Er worden {n} gezichtssjabloon/-sjablonen (biometrische gegevens) van {name} bewaard. Ze worden "
                          "alleen gebruikt om medewerkers herkenningen voor te stellen en worden verwijderd zodra deze "
                          "toestemming eindigt. De sjablonen zelf staan niet in dit overzicht.",
        "pending": "{n} automatische suggestie(s) wachten op bevestiging of afwijzing door een medewerker.",
        "footer": "MediaDesk-overzicht van {date} door {by}  ·  pagina {page} van {{nb}}",
        "photo": "foto", "video": "video", "audio": "geluid",
        "student": "leerling", "staff": "medewerker", "guest": "gast",
        "paper": "papieren formulier", "digital": "digitaal formulier", "on_site": "ter plaatse getekend", "import": "geïmporteerd",
        "ov_title": "Overzicht toestemmingen", "ov_intro": (
            "Toestemming op {date} per kanaal, per klas. Groen: geldige toestemming (voor de genoemde media). "
            "Oranje: toestemming eindigt binnen {days} dagen (laatste geldige dag vermeld). Rood: geen geldige "
            "toestemming, niet publiceren. Leeftijd voor zelf toestemming geven: {age}."
        ),
        "ov_group": "Klas {group}", "ov_nogroup": "Geen klas / groep", "ov_people": "{n} personen",
        "ov_reaching": "Bereiken binnen {days} dagen de leeftijd van {age}: vanaf die dag tekenen ze zelf",
        "ov_turns": "Wordt {age}", "ov_until": "t/m {date}", "ov_none_reached": "Niemand in deze klas.",
        "ov_missing_birth": "Geen geboortedatum geregistreerd (telt als minderjarig): {ids}",
        "code_NO_CONSENT": "geen formulier", "code_CONSENT_EXPIRED": "verlopen", "code_CONSENT_REVOKED": "ingetrokken",
        "code_CHANNEL_NOT_COVERED": "niet op formulier", "code_MEDIA_NOT_COVERED": "medium niet op formulier",
        "code_PUBLICATION_BAN": "nooit publiceren", "code_GUARDIAN_CONSENT_REQUIRED": "ouder moet tekenen",
        "code_SELF_CONSENT_REQUIRED": "leerling moet zelf tekenen",
    },
}

_CHANNEL_LABELS = {"website": "Website", "facebook": "Facebook", "instagram": "Instagram", "tiktok": "TikTok",
                   "print": "Print", "intranet": "Intranet"}


def _tr(lang: str):
    table = _T.get(lang) or _T["en"]

    def t(key: str, **kw: Any) -> str:
        text = table.get(key) or _T["en"].get(key) or key
        return text.format(**kw) if kw else text

    return t


def _human_date(value: str | None, lang: str) -> str:
    if not value:
        return ""
    try:
        d = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        return value
    months = _MONTHS.get(lang, _MONTHS["en"])
    if lang == "da":
        text = f"{d.day}. {months[d.month - 1]} {d.year}"
    else:
        text = f"{d.day} {months[d.month - 1]} {d.year}"
    if isinstance(d, datetime):
        text += f", {d.hour:02d}:{d.minute:02d}"
    return text


def _font_files() -> tuple[Path, Path]:
    """DejaVu Sans regular and bold: bundled under resources/fonts, else the system's."""
    candidates: list[Path] = []
    try:
        from mediadesk.resources import resource_path

        candidates.append(resource_path("fonts"))
    except FileNotFoundError:  # pragma: no cover - broken install
        pass
    candidates += [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
    for d in candidates:
        reg, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if reg.is_file() and bold.is_file():
            return reg, bold
    raise FileNotFoundError("DejaVu Sans not found (expected in resources/fonts)")


_GREEN, _AMBER, _RED, _GREY = (214, 240, 217), (253, 235, 200), (248, 215, 215), (240, 240, 240)
_INK, _MUTED, _RULE = (25, 25, 25), (100, 100, 100), (180, 180, 180)


def _new_pdf(orientation: str, footer: str, title: str, lang: str):
    from fpdf import FPDF

    class _Doc(FPDF):
        def footer(self) -> None:  # noqa: D401 - fpdf hook
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(*_MUTED)
            self.cell(0, 6, footer.replace("{page}", str(self.page_no())), align="C")
            self.set_text_color(*_INK)

    reg, bold = _font_files()
    pdf = _Doc(orientation=orientation, unit="mm", format="A4")
    pdf.add_font("DejaVu", "", str(reg))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.set_title(title)
    pdf.set_creator("MediaDesk")
    pdf.set_lang({"en": "en", "da": "da", "nl": "nl"}.get(lang, "en"))
    pdf.alias_nb_pages()
    pdf.set_text_color(*_INK)
    return pdf


def _heading(pdf, text: str, size: float = 14) -> None:
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
    y = pdf.get_y() + 1
    pdf.set_draw_color(*_RULE)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)


def _para(pdf, text: str, size: float = 10, color=_INK) -> None:
    pdf.set_font("DejaVu", "", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(*_INK)
    pdf.ln(1)


def _kv_table(pdf, rows: list[tuple[str, str]], first: float = 55) -> None:
    from fpdf.fonts import FontFace

    pdf.set_font("DejaVu", "", 10)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    with pdf.table(
        col_widths=(first, width - first), first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
        line_height=5.5, padding=1.2, text_align="LEFT", v_align="TOP",
    ) as table:
        for k, v in rows:
            row = table.row()
            row.cell(k, style=FontFace(color=_MUTED))
            row.cell(v or "–")
    pdf.ln(2)


def render_person_pdf(report: dict, cache_dir: Path | None = None, lang: str = "en") -> bytes:
    """The person report as a PDF a parent can read."""
    from fpdf.fonts import FontFace

    from mediadesk.media.thumbs import thumbnail_path

    t = _tr(lang)
    p = report["person"]
    name = p["name"]
    gen_date = _human_date(report["on"], lang)
    pdf = _new_pdf("P", t("footer", date=gen_date, by=report["generated_by"], page="{page}"),
                   t("person_title", name=name), lang)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(*_MUTED)
    pdf.cell(0, 5, "MediaDesk", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*_INK)
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, t("person_title", name=name), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    _para(pdf, t("person_intro", name=name, date=gen_date))

    # 1. details
    _heading(pdf, t("details"))
    _kv_table(pdf, [
        (t("name"), name),
        (t("external_id"), p["external_id"] or ""),
        (t("role"), t(p["role"])),
        (t("birth_date"), _human_date(p["birth_date"], lang)),
        (t("group"), p["group"] or ""),
        (t("ban"), t("yes") if p["publication_ban"] else t("no")),
    ])

    # 2. consent forms
    _heading(pdf, t("forms"))
    if not report["consent_forms"]:
        _para(pdf, t("no_forms"))
    for n, c in enumerate(report["consent_forms"], 1):
        if pdf.get_y() > pdf.h - 95:  # keep a form on one page
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, t("form_n", n=n, date=_human_date(c["signed_on"], lang)), new_x="LMARGIN", new_y="NEXT", align="L")
        status = {
            "in_force": t("st_in_force"),
            "withdrawn": t("st_withdrawn", date=_human_date(c["revoked_on"], lang)),
            "ended": t("st_ended", date=_human_date(c["valid_until"], lang)),
            "not_yet_valid": t("st_not_yet_valid", date=_human_date(c["valid_from"], lang)),
            "superseded": t("st_superseded", date=_human_date(c.get("superseded_by") or "", lang)),
        }[c["status"]]
        if c["status"] != "withdrawn" and c["revoked_on"]:
            status += " · " + t("st_withdrawn", date=_human_date(c["revoked_on"], lang))
        ev = c["evidence"] or {}
        rows = [
            (t("status"), status),
            (t("signed_by"), t("guardian", name=c["guardian_name"] or "") if c["granted_by"] == "guardian" else t("self", name=name)),
            (t("channels"), ", ".join(_CHANNEL_LABELS.get(ch, ch) for ch in c["channels"])),
            (t("media"), ", ".join(t(m) for m in c["media"])),
            (t("valid"), t("from_to", a=_human_date(c["valid_from"], lang), b=_human_date(c["valid_until"], lang))),
            (t("biometric"), t("yes") if c["biometric"] else t("no")),
            (t("source"), t(c["source"]) + (f" ({c['text_version']})" if c["text_version"] else "")),
        ]
        if ev:
            rows.append((t("evidence"), Path(ev["file"]).name if ev.get("file") else "–"))
            rows.append((t("sha"), ev.get("sha256") or "–"))
        rows.append((t("recorded"), f"{c['recorded_by']}, {_human_date(c['recorded_at'], lang)}"))
        _kv_table(pdf, rows)

    if report.get("consent_today"):
        _heading(pdf, t("today"), 12)
        _kv_table(pdf, [
            (_CHANNEL_LABELS.get(ch, ch), ", ".join(t(k) for k in kinds) if kinds else t("today_none"))
            for ch, kinds in report["consent_today"].items()
        ])

    # 3. assets
    _heading(pdf, t("assets", name=name))
    assets = report["assets"]
    if not assets:
        _para(pdf, t("no_assets", name=name))
    else:
        _para(pdf, t("asset_n", n=len(assets)), color=_MUTED)
        width = pdf.w - pdf.l_margin - pdf.r_margin
        with pdf.table(
            col_widths=(34, width - 34), first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
            line_height=5.2, padding=1.5, text_align="LEFT", v_align="TOP",
        ) as table:
            for a in assets:
                row = table.row()
                thumb = thumbnail_path(cache_dir, a["sha256"], 256) if cache_dir else None
                if thumb is not None and thumb.is_file():
                    row.cell(img=str(thumb), img_fill_width=True)
                else:
                    row.cell(t("no_thumb"), style=FontFace(color=_MUTED, size_pt=8))
                lines = [
                    f"{t('event')}: {a['event'] or '–'}",
                    f"{t('taken')}: {_human_date(a['capture_time'], lang) or '–'}",
                    f"{t('file')}: {Path(a['path']).name}",
                    f"{t('kind')}: {t(a['kind'])} · {t('identified')}: {t('how_face') if a['how'] == 'face' else t('how_tagged')}",
                ]
                row.cell("\n".join(lines))

    # 4. publications
    _heading(pdf, t("pubs"))
    pubs = report["publications"]
    if not pubs:
        _para(pdf, t("no_pubs"))
    else:
        width = pdf.w - pdf.l_margin - pdf.r_margin
        files = {a["asset"]: Path(a["path"]).name for a in assets}
        with pdf.table(
            col_widths=(28, 26, width - 28 - 26 - 40, 40), borders_layout="HORIZONTAL_LINES",
            line_height=5.2, padding=1.2, text_align="LEFT", v_align="TOP",
            headings_style=FontFace(emphasis="BOLD", fill_color=_GREY),
        ) as table:
            head = table.row()
            for h in (t("date"), t("channel"), t("where"), t("pub_status")):
                head.cell(h)
            for pb in pubs:
                row = table.row()
                row.cell(_human_date(pb["published_on"], lang))
                row.cell(_CHANNEL_LABELS.get(pb["channel"], pb["channel"]))
                where = [w for w in (pb["where"], Path(pb["file"]).name if pb["file"] else None) if w]
                row.cell(f"{files.get(pb['asset'], '')}\n→ " + (" · ".join(where) or "–"))
                if pb["undone"]:
                    st = t("undone")
                elif pb["taken_down_at"]:
                    st = t("taken_down", date=_human_date(pb["taken_down_at"][:10], lang))
                else:
                    st = t("live")
                row.cell(st)

    # 5. face data
    _heading(pdf, t("faces"))
    n = report["face_templates"]["count"]
    _para(pdf, t("templates_some", n=n, name=name) if n else t("templates_none", name=name))
    if report.get("pending_face_suggestions"):
        _para(pdf, t("pending", n=report["pending_face_suggestions"]))
    return bytes(pdf.output())


def render_overview_pdf(report: dict, lang: str = "en") -> bytes:
    """The consent overview: one table per class, a column per channel."""
    from fpdf.fonts import FontFace

    t = _tr(lang)
    gen_date = _human_date(report["on"], lang)
    pdf = _new_pdf("L", t("footer", date=gen_date, by=report["generated_by"], page="{page}"), t("ov_title"), lang)
    pdf.set_margins(12, 12, 12)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, f"{t('ov_title')} · {gen_date}", new_x="LMARGIN", new_y="NEXT")
    _para(pdf, t("ov_intro", date=gen_date, days=report["days"], age=report["age_of_consent"]), 9, _MUTED)
    channels = report["channels"]
    people = {r["person"]: r for r in report["people"]}
    width = pdf.w - pdf.l_margin - pdf.r_margin
    name_w, turns_w = 52, 24
    ch_w = (width - name_w - turns_w) / max(1, len(channels))
    fills = {"valid": _GREEN, "expiring": _AMBER, "none": _RED}
    for g in report["groups"]:
        title = t("ov_group", group=g["group"]) if g["group"] else t("ov_nogroup")
        _heading(pdf, f"{title}  ({t('ov_people', n=g['people'])})", 13)
        members = [people[pid] for pid in {pid: None for ch in channels for b in g["channels"][ch].values() for pid in b}]
        members.sort(key=lambda r: (r["name"].casefold(), r["person"] or ""))
        pdf.set_font("DejaVu", "", 8)
        with pdf.table(
            col_widths=(name_w, *([ch_w] * len(channels)), turns_w), line_height=4.2, padding=1,
            text_align="LEFT", v_align="TOP", borders_layout="ALL",
            headings_style=FontFace(emphasis="BOLD", fill_color=_GREY), repeat_headings=1,
        ) as table:
            head = table.row()
            head.cell(t("name"))
            for ch in channels:
                head.cell(_CHANNEL_LABELS.get(ch, ch))
            head.cell(t("ov_turns", age=report["age_of_consent"]))
            for r in members:
                row = table.row()
                row.cell(f"{r['name']}\n{r['person']}")
                for ch in channels:
                    c = r["channels"][ch]
                    if c["status"] == "none":
                        text = "✗ " + ", ".join(t("code_" + code) for code in c["codes"][:2])
                    else:
                        text = "✓ " + ", ".join(t(m) for m in c["media"])
                        if c["status"] == "expiring":
                            text += "\n" + t("ov_until", date=_human_date(c["until"], lang))
                    row.cell(text, style=FontFace(fill_color=fills[c["status"]]))
                row.cell(_human_date(r["reaches_age_of_consent_on"], lang))
        reaching = g["reaching_age_of_consent"]
        if reaching:
            pdf.ln(1)
            _para(pdf, t("ov_reaching", age=report["age_of_consent"], days=report["days"]) + ":", 9)
            for x in reaching:
                _para(pdf, f"   • {x['name']} ({x['person']}): {_human_date(x['on'], lang)}", 9)
    if report.get("missing_birth_date"):
        pdf.ln(2)
        _para(pdf, t("ov_missing_birth", ids=", ".join(report["missing_birth_date"])), 9, _MUTED)
    return bytes(pdf.output())


def person_report_pdf(report: dict, cache_dir: Path | None = None, lang: str = "en") -> bytes:
    return render_person_pdf(report, cache_dir, lang)


def consent_overview_pdf(report: dict, lang: str = "en") -> bytes:
    return render_overview_pdf(report, lang)


def render(kind: str, report: dict, fmt: str, *, cache_dir: Path | None = None, lang: str = "en") -> bytes:
    """``kind`` person|consent, ``fmt`` json|csv|pdf -> the file's bytes
    (CSV with a UTF-8 BOM so spreadsheet programs read æ, ø, å, ë right)."""
    if fmt == "json":
        text = person_report_json(report) if kind == "person" else consent_overview_json(report)
        return text.encode("utf-8")
    if fmt == "csv":
        text = person_report_csv(report) if kind == "person" else consent_overview_csv(report)
        return text.encode("utf-8-sig")
    if fmt == "pdf":
        return person_report_pdf(report, cache_dir, lang) if kind == "person" else consent_overview_pdf(report, lang)
    from mediadesk.core.errors import UserError

    raise UserError(f"unknown report format '{fmt}' (json, csv or pdf)")


__all__ = [
    "consent_overview", "consent_overview_csv", "consent_overview_json", "consent_overview_pdf",
    "person_report", "person_report_csv", "person_report_json", "person_report_pdf", "render",
]

