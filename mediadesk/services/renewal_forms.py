"""The renewal's outputs (issue 14, item 2), rendered from plain data: the
consent form as a PDF per pupil (fpdf2, as the reports in
``services/reports/pdf.py``), the mail-merge CSV, and the reasons in plain
words, in English, Danish and Dutch. Nothing here reads the library.

The form: the school's name and logo, the pupil, who signs (a parent or
guardian below the age of consent, else the pupil), the channels x media
grid with a tick box each, face recognition (biometric data) as a question
of its own, how to withdraw and the DPO's contact, the signature lines, and
the wording's version (``text_version``) in the footer, so a returned form
is recorded with the wording it carried.

Mail-merge CSV columns (UTF-8 with BOM): ``external_id, name, class,
guardian_name, guardian_email, language, signer, reasons, reason_text,
form_file``. ``reasons`` are the codes, ``|``-joined; ``guardian_name`` /
``guardian_email`` are empty when the library does not know them.
"""

from __future__ import annotations

import re
from typing import Any

from mediadesk.core.renewal import AskReason, SchoolYear

from .csvio import csv_text
from .reports.texts import CHANNEL_LABELS, human_date

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Consent for photos, video and sound: school year {year}",
        "intro": (
            "The school shows what happens at school on its website, social media and in print. Before a photo, "
            "video or sound recording in which {name} can be recognised is published, the school needs consent. "
            "Tick below where {name} may be published and with what. Leave a box empty for no: saying no is fine "
            "and changes nothing at school. A published photo is public: anyone can see, save and share it, and it "
            "may stay online for a long time."
        ),
        "valid": "This form counts from the day it is signed until {date}.",
        "pupil": "Pupil", "name": "Name", "class": "Class", "id": "School ID", "born": "Date of birth",
        "why": "Why you receive this form",
        "signs_guardian": "A parent or guardian signs this form, because {name} is under {age}.",
        "signs_self": "{name} signs this form personally ({age} or older).",
        "signs_note": "If {name} is {age} or older on the day of signing, {name} signs personally; "
                      "a parent's signature then does not count.",
        "grid": "Where and what may be published", "channel": "Where",
        "photo": "Photo", "video": "Video", "audio": "Sound",
        "channels": {"print": "Print (newsletter, brochure, school guide)", "intranet": "Intranet (school only)"},
        "bio_h": "Face recognition (biometric data)",
        "bio": ("May the school use automatic face recognition to suggest to staff who is on a photo of {name}? "
                "For this a face template (biometric data) of {name} is stored. It is used only for these "
                "suggestions, never shown or shared, and deleted as soon as this consent ends or is withdrawn. "
                "This is a separate question: the answer changes nothing above."),
        "yes": "Yes", "no": "No",
        "withdraw_h": "Changing your mind",
        "withdraw": ("You can withdraw this consent at any time, for everything or for some channels. Tell the "
                     "school or its data protection officer (DPO). From then on nothing new is published and the "
                     "school takes down what it can."),
        "dpo": "Data protection officer (DPO)", "not_set": "not set: ask the school's office",
        "sign_h": "Signature", "sign_name": "Name of the person signing",
        "sign_rel": "Parent / guardian, or the pupil", "sign_date": "Date", "sign_sig": "Signature",
        "footer": "Form wording: {version} · {school} · school year {year} · school ID {id}",
        "reason": {
            "FORM_ENDS": "the consent form ends on {until}",
            "NO_FORM": "there is no consent form",
            "NO_FORM_BAD": "the form of {not_counted} does not count: {why}",
            "SELF_CONSENT_REQUIRED": "the pupil must sign it personally",
            "GUARDIAN_CONSENT_REQUIRED": "a parent or guardian must sign it",
            "REACHES_AGE": "turns {age} on {on} and signs their own form from then on",
            "NEW_PUPIL": "new pupil (added {since})",
            "covered": "the parent's form still counts until {date}",
            "withdrawn": ("withdrew consent on {date}: not asked again automatically (only if they ask to "
                          "give consent again)"),
        },
        "short": {"FORM_ENDS": "the consent form ends", "NO_FORM": "there is no consent form that counts",
                  "REACHES_AGE": "reaches the age of consent and signs personally", "NEW_PUPIL": "new pupil"},
        "signer": {"guardian": "parent or guardian", "self": "the pupil"},
    },
    "da": {
        "title": "Samtykke til billeder, video og lyd: skoleåret {year}",
        "intro": (
            "Skolen viser, hvad der sker på skolen, på hjemmesiden, på sociale medier og på tryk. Før et billede, "
            "en video eller en lydoptagelse, hvor {name} kan genkendes, bliver offentliggjort, skal skolen have "
            "samtykke. Sæt kryds nedenfor ved, hvor {name} må vises, og med hvad. Lad feltet stå tomt for nej: "
            "det er helt i orden at sige nej, og det ændrer ikke noget i skolen. Et offentliggjort billede er "
            "offentligt: alle kan se, gemme og dele det, og det kan blive liggende på nettet længe."
        ),
        "valid": "Blanketten gælder fra den dag, den er underskrevet, til og med {date}.",
        "pupil": "Elev", "name": "Navn", "class": "Klasse", "id": "Elev-id", "born": "Fødselsdato",
        "why": "Hvorfor du får denne blanket",
        "signs_guardian": "En forælder eller værge skriver under, fordi {name} er under {age} år.",
        "signs_self": "{name} skriver selv under ({age} år eller ældre).",
        "signs_note": "Er {name} fyldt {age} på den dag, blanketten skrives under, skriver {name} selv under; "
                      "en forælders underskrift gælder så ikke.",
        "grid": "Hvor og hvad der må offentliggøres", "channel": "Hvor",
        "photo": "Billede", "video": "Video", "audio": "Lyd",
        "channels": {"website": "Hjemmeside", "print": "Tryksager (nyhedsbrev, brochure, skolekatalog)",
                     "intranet": "Intranet (kun skolen)"},
        "bio_h": "Ansigtsgenkendelse (biometriske data)",
        "bio": ("Må skolen bruge automatisk ansigtsgenkendelse til at foreslå personalet, hvem der er på et "
                "billede af {name}? Til det gemmes en ansigtsskabelon (biometriske data) af {name}. Den bruges "
                "kun til disse forslag, vises og deles aldrig og slettes, så snart samtykket ophører eller "
                "trækkes tilbage. Det er et særskilt spørgsmål: svaret ændrer intet ovenfor."),
        "yes": "Ja", "no": "Nej",
        "withdraw_h": "Hvis du fortryder",
        "withdraw": ("Du kan altid trække samtykket tilbage, helt eller for nogle kanaler. Sig det til skolen "
                     "eller dens databeskyttelsesrådgiver (DPO). Fra da af offentliggøres intet nyt, og skolen "
                     "fjerner det, den kan."),
        "dpo": "Databeskyttelsesrådgiver (DPO)", "not_set": "ikke angivet: spørg skolens kontor",
        "sign_h": "Underskrift", "sign_name": "Navn på den, der skriver under",
        "sign_rel": "Forælder / værge eller eleven", "sign_date": "Dato", "sign_sig": "Underskrift",
        "footer": "Blankettens tekst: {version} · {school} · skoleåret {year} · elev-id {id}",
        "reason": {
            "FORM_ENDS": "samtykkeblanketten udløber {until}",
            "NO_FORM": "der er ingen samtykkeblanket",
            "NO_FORM_BAD": "blanketten af {not_counted} gælder ikke: {why}",
            "SELF_CONSENT_REQUIRED": "eleven skal selv skrive under",
            "GUARDIAN_CONSENT_REQUIRED": "en forælder eller værge skal skrive under",
            "REACHES_AGE": "fylder {age} den {on} og skriver selv under fra da af",
            "NEW_PUPIL": "ny elev (tilføjet {since})",
            "covered": "forælderens blanket gælder stadig til og med {date}",
            "withdrawn": ("trak samtykket tilbage {date}: bliver ikke spurgt igen af sig selv (kun hvis de selv "
                          "vil give samtykke igen)"),
        },
        "short": {"FORM_ENDS": "samtykkeblanketten udløber", "NO_FORM": "der er ingen gyldig samtykkeblanket",
                  "REACHES_AGE": "når den alder, hvor eleven selv skriver under", "NEW_PUPIL": "ny elev"},
        "signer": {"guardian": "forælder eller værge", "self": "eleven"},
    },
    "nl": {
        "title": "Toestemming voor foto's, video en geluid: schooljaar {year}",
        "intro": (
            "De school laat op de website, op sociale media en in drukwerk zien wat er op school gebeurt. Voordat "
            "een foto, video of geluidsopname waarop {name} herkenbaar is wordt gepubliceerd, vraagt de school "
            "toestemming. Kruis hieronder aan waar {name} mag verschijnen en waarmee. Laat een vakje leeg voor "
            "nee: nee zeggen is helemaal goed en verandert niets op school. Een gepubliceerde foto is openbaar: "
            "iedereen kan hem zien, bewaren en delen, en hij kan lang online blijven."
        ),
        "valid": "Dit formulier geldt vanaf de dag van ondertekening tot en met {date}.",
        "pupil": "Leerling", "name": "Naam", "class": "Klas", "id": "Leerlingnummer", "born": "Geboortedatum",
        "why": "Waarom u dit formulier krijgt",
        "signs_guardian": "Een ouder of verzorger ondertekent dit formulier, omdat {name} jonger is dan {age}.",
        "signs_self": "{name} ondertekent dit formulier zelf ({age} jaar of ouder).",
        "signs_note": "Is {name} op de dag van ondertekening {age} of ouder, dan tekent {name} zelf; "
                      "de handtekening van een ouder telt dan niet.",
        "grid": "Waar en wat gepubliceerd mag worden", "channel": "Waar",
        "photo": "Foto", "video": "Video", "audio": "Geluid",
        "channels": {"print": "Drukwerk (nieuwsbrief, brochure, schoolgids)", "intranet": "Intranet (alleen school)"},
        "bio_h": "Gezichtsherkenning (biometrische gegevens)",
        "bio": ("Mag de school automatische gezichtsherkenning gebruiken om medewerkers voor te stellen wie er op "
                "een foto van {name} staat? Daarvoor wordt een gezichtsprofiel (biometrische gegevens) van {name} "
                "bewaard. Het wordt alleen voor die voorstellen gebruikt, nooit getoond of gedeeld, en verwijderd "
                "zodra deze toestemming eindigt of wordt ingetrokken. Dit is een aparte vraag: het antwoord "
                "verandert niets aan het bovenstaande."),
        "yes": "Ja", "no": "Nee",
        "withdraw_h": "Van gedachten veranderen",
        "withdraw": ("U kunt deze toestemming altijd intrekken, helemaal of voor sommige kanalen. Meld het bij de "
                     "school of haar functionaris gegevensbescherming (FG). Vanaf dan wordt er niets nieuws "
                     "gepubliceerd en haalt de school weg wat ze kan."),
        "dpo": "Functionaris gegevensbescherming (FG)", "not_set": "niet ingesteld: vraag het de administratie",
        "sign_h": "Ondertekening", "sign_name": "Naam van wie ondertekent",
        "sign_rel": "Ouder / verzorger, of de leerling", "sign_date": "Datum", "sign_sig": "Handtekening",
        "footer": "Tekstversie formulier: {version} · {school} · schooljaar {year} · leerlingnummer {id}",
        "reason": {
            "FORM_ENDS": "het toestemmingsformulier loopt af op {until}",
            "NO_FORM": "er is geen toestemmingsformulier",
            "NO_FORM_BAD": "het formulier van {not_counted} telt niet: {why}",
            "SELF_CONSENT_REQUIRED": "de leerling moet zelf tekenen",
            "GUARDIAN_CONSENT_REQUIRED": "een ouder of verzorger moet tekenen",
            "REACHES_AGE": "wordt {age} op {on} en tekent vanaf dan zelf",
            "NEW_PUPIL": "nieuwe leerling (toegevoegd {since})",
            "covered": "het formulier van de ouder geldt nog tot en met {date}",
            "withdrawn": ("heeft de toestemming ingetrokken op {date}: wordt niet vanzelf opnieuw gevraagd (alleen "
                          "als zij zelf opnieuw toestemming willen geven)"),
        },
        "short": {"FORM_ENDS": "het toestemmingsformulier loopt af", "NO_FORM": "er is geen geldig toestemmingsformulier",
                  "REACHES_AGE": "bereikt de leeftijd waarop de leerling zelf tekent", "NEW_PUPIL": "nieuwe leerling"},
        "signer": {"guardian": "ouder of verzorger", "self": "de leerling"},
    },
}

LANGUAGES = tuple(_T)
CHECKBOX = "☐"


def words(lang: str) -> dict[str, Any]:
    return _T.get(lang) or _T["en"]


def reason_text(code: AskReason | str, params: dict[str, str] | None, lang: str = "en") -> str:
    """One reason of the list in plain words (dates as people write them)."""
    t = words(lang)["reason"]
    p = {k: human_date(v, lang) if k in ("until", "on", "since", "not_counted") else v
         for k, v in (params or {}).items()}
    code = AskReason(code)
    if params is None:  # a round keeps the codes only
        return str(words(lang)["short"][code.value])
    if code == AskReason.NO_FORM and p.get("not_counted"):
        return str(t["NO_FORM_BAD"].format(not_counted=p["not_counted"], why=t.get(p.get("why", ""), "")))
    return str(t[code.value].format(**p))


def covered_text(until: str, lang: str) -> str:
    return str(words(lang)["reason"]["covered"].format(date=human_date(until, lang)))


def withdrawn_text(on: str, lang: str) -> str:
    return str(words(lang)["reason"]["withdrawn"].format(date=human_date(on, lang)))


def file_names(year: SchoolYear, pupils: list[dict[str, Any]]) -> dict[str, str]:
    """A file name per pupil: ``consent-2027-28-<id>.pdf``, the external id
    with anything but letters, digits, - and _ as _ (no names in file names)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    stem = f"consent-{year.start}-{(year.start + 1) % 100:02d}"
    for p in pupils:
        base = f"{stem}-{re.sub(r'[^A-Za-z0-9_-]', '_', p['person'])}"
        name, n = f"{base}.pdf", 2
        while name.lower() in taken:
            name, n = f"{base}-{n}.pdf", n + 1
        taken.add(name.lower())
        out[p["person"]] = name
    return out


def channel_label(slug: str, label: str | None, lang: str) -> str:
    return label or words(lang)["channels"].get(slug) or CHANNEL_LABELS.get(slug) or slug


def missing_letters(school: dict[str, Any], pupils: list[dict[str, Any]]) -> list[str]:
    """The pupils (and school) whose name, class or id has characters the
    form's font cannot draw, each as ``'<id>' (<name>): 'x', 'y'``; the PDF
    would leave those characters out without a word. Right-to-left letters
    (Arabic, Hebrew) count too: without text shaping the PDF writes them
    unjoined and in the wrong order, so the name on the form would be wrong."""
    import unicodedata

    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # fpdf2 depends on it

    from .reports.pdf import _font_files

    have: set[int] = set()
    for f in _font_files():
        have |= set(TTFont(str(f))["cmap"].getBestCmap())

    def lacks(*texts: object) -> list[str]:
        return sorted({c for t in texts for c in str(t or "") if not c.isspace() and (ord(c) not in have or unicodedata.bidirectional(c) in ("R", "AL"))})

    out = []
    if bad := lacks(school.get("name"), (school.get("dpo") or {}).get("name")):
        out.append(f"the school's name or DPO: {', '.join(repr(c) for c in bad)}")
    for p in pupils:
        if bad := lacks(p.get("name"), p.get("class"), p.get("person")):
            out.append(f"'{p['person']}' ({p.get('name')}): {', '.join(repr(c) for c in bad)}")
    return out


def form_pdf(school: dict[str, Any], pupil: dict[str, Any], lang: str = "en") -> bytes:
    """The consent form of one pupil, as a PDF."""
    from fpdf.fonts import FontFace

    from .reports.pdf import _GREY, _MUTED, _heading, _logo, _new_pdf, _para

    t = words(lang)
    name, age = pupil["name"], school["age_of_consent"]
    year = school["school_year"]
    footer = t["footer"].format(version=school.get("text_version") or "–", school=school.get("name") or "MediaDesk",
                                year=year, id=pupil["person"])
    pdf = _new_pdf("P", footer, t["title"].format(year=year), lang)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_top_margin(11)
    pdf.add_page()
    _logo(pdf, school.get("logo"))
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(*_MUTED)
    pdf.cell(0, 5, school.get("name") or "", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(25, 25, 25)
    pdf.set_font("DejaVu", "B", 16)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.multi_cell(width - 44, 8, t["title"].format(year=year), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(
        col_widths=(28, width / 2 - 28, 28, width / 2 - 28), first_row_as_headings=False,
        borders_layout="HORIZONTAL_LINES", line_height=5.5, padding=1.2, text_align="LEFT",
    ) as table:
        muted = FontFace(color=_MUTED)
        for k1, v1, k2, v2 in (
            (t["name"], name, t["class"], pupil.get("class") or "–"),
            (t["id"], pupil["person"], t["born"], human_date(pupil.get("birth_date"), lang) or "–"),
        ):
            r = table.row()
            r.cell(k1, style=muted)
            r.cell(v1)
            r.cell(k2, style=muted)
            r.cell(v2)
    pdf.ln(2)
    _para(pdf, t["intro"].format(name=name), 9)
    _para(pdf, t["valid"].format(date=human_date(school["valid_until"], lang)), 9)
    signs = t["signs_self"] if pupil["signer"] == "self" else t["signs_guardian"]
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5, signs.format(name=name, age=age), new_x="LMARGIN", new_y="NEXT", align="L")
    if pupil["signer"] != "self":
        _para(pdf, t["signs_note"].format(name=name, age=age), 9, _MUTED)

    # the channels x media grid, a tick box in every cell
    _heading(pdf, t["grid"], 12)
    media = school["media"]
    first = width - 24 * len(media)
    with pdf.table(
        col_widths=(first, *([24] * len(media))), line_height=5, padding=0.9, text_align=("LEFT", *(["CENTER"] * len(media))),
        borders_layout="ALL", headings_style=FontFace(emphasis="BOLD", fill_color=_GREY),
    ) as table:
        head = table.row()
        head.cell(t["channel"])
        for m in media:
            head.cell(t[m])
        for slug, label in school["channels"]:
            row = table.row()
            row.cell(channel_label(slug, label, lang))
            for _ in media:
                row.cell(CHECKBOX, style=FontFace(size_pt=12))
    pdf.ln(2)

    # biometric consent: a question of its own
    _heading(pdf, t["bio_h"], 12)
    _para(pdf, t["bio"].format(name=name), 9)
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(0, 7, f"{CHECKBOX} {t['yes']}        {CHECKBOX} {t['no']}", new_x="LMARGIN", new_y="NEXT")

    _heading(pdf, t["withdraw_h"], 12)
    _para(pdf, t["withdraw"], 9)
    d = school.get("dpo") or {}
    contact = " · ".join(v for v in (d.get("name"), d.get("email"), d.get("phone")) if v)
    _para(pdf, f"{t['dpo']}: {contact or t['not_set']}", 9)

    reasons = [reason_text(r, None, lang) for r in pupil.get("reasons", [])]
    if reasons:
        _para(pdf, f"{t['why']}: {'; '.join(reasons)}.", 8.5, _MUTED)

    if pdf.get_y() > pdf.h - pdf.b_margin - 42:  # the signature block stays in one piece
        pdf.add_page()
    _heading(pdf, t["sign_h"], 12)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_text_color(*_MUTED)
    left, gap = pdf.l_margin, 8
    half = (width - gap) / 2
    for a, b in ((t["sign_name"], t["sign_date"]), (t["sign_rel"], t["sign_sig"])):
        pdf.ln(7.5)
        y = pdf.get_y()
        pdf.line(left, y, left + half, y)
        pdf.line(left + half + gap, y, left + width, y)
        pdf.set_xy(left, y + 0.8)
        pdf.cell(half, 4, a)
        pdf.set_xy(left + half + gap, y + 0.8)
        pdf.cell(half, 4, b, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


MAILMERGE_COLUMNS = ("external_id", "name", "class", "guardian_name", "guardian_email", "language", "signer",
                     "reasons", "reason_text", "form_file")


def mailmerge_csv(year: SchoolYear, pupils: list[dict[str, Any]], lang: str = "en") -> str:
    """One row per pupil (columns :data:`MAILMERGE_COLUMNS`)."""
    names = file_names(year, pupils)
    t = words(lang)
    rows: list[list[Any]] = [list(MAILMERGE_COLUMNS)]
    for p in pupils:
        rows.append([
            p["person"], p["name"], p.get("class") or "", p.get("guardian_name") or "", p.get("guardian_email") or "",
            lang, t["signer"].get(p["signer"], p["signer"]), "|".join(AskReason(r).value for r in p["reasons"]),
            "; ".join(reason_text(r, None, lang) for r in p["reasons"]), names[p["person"]],
        ])
    return csv_text(rows)
