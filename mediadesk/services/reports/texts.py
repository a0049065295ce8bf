"""The words of the PDF reports in English, Danish and Dutch, and dates as people write them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable

#: A language's words: ``t(key, **values)`` -> the text, with the values filled in.
Translate = Callable[..., str]

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "da": ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
}

_T: dict[str, dict[str, Any]] = {
    "en": {
        "person_title": "Personal data held about {name}",
        "person_intro": (
            "This report lists everything the school's photo consent system (MediaDesk) holds about "
            "{name} on {date}: personal details, the consent forms, the photos and clips {name} has been "
            "identified on, where those were published, and whether face recognition data is stored."
        ),
        "details": "Personal details", "name": "Name", "external_id": "School ID", "role": "Role",
        "birth_date": "Date of birth", "group": "Class / group", "ban": "Never publish (protected identity)",
        "guardian_contact": "Parent/guardian contact",
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
        "controller_h": "Who is responsible for this data",
        "controller": "Data controller", "address": "Address", "dpo": "Data protection officer (DPO)",
        "email": "E-mail", "phone": "Phone",
        "not_set": "not set in MediaDesk: ask the school's office",
        "purposes_h": "Why the school holds this data",
        "purposes": (
            "The school keeps this data to check, before a photo or clip is published, that everyone on it has "
            "agreed (or that another documented legal basis applies and nobody on it objected), to record where "
            "it was published so it can be taken down when consent is withdrawn, and to answer requests like "
            "this one. Face recognition data is used only with explicit consent, to suggest to staff who is on "
            "a photo."
        ),
        "retention_h": "How long it is kept",
        "retention": (
            "A consent form runs until the date on it (by default the end of the school year) or until it is "
            "withdrawn. Forms, also ended and withdrawn ones, are kept as proof of what was agreed. After an "
            "erasure they are kept for {months} months, for disputes, and then deleted. Face recognition data is "
            "deleted as soon as that consent ends. Photos and clips are kept as long as the school needs them for "
            "the purposes above."
        ),
        "rights_h": "Your rights",
        "rights": [
            "to get this overview of what is held (right of access);",
            "to have wrong data corrected, and to have data erased;",
            "to withdraw a consent at any time, for the future (what was published before stays lawful, "
            "but is taken down where the school can);",
            "to object to being published, and to ask for restriction of the processing.",
        ],
        "rights_how": "Send a request to the DPO or the school's office; the school answers within one month.",
        "complaint": "You have the right to complain to the supervisory authority: {name}, {url}.",
        "explained": "Explained before signing", "explained_v": "shown on the screen in {lang}; the pupil confirmed they understood it, {date}",
        "lang_en": "English", "lang_da": "Danish", "lang_nl": "Dutch",
        "requests_h": "Requests and complaints", "no_requests": "No request or complaint about this data has been logged.",
        "req_kind": "Request", "req_received": "Received", "req_note": "What was asked", "req_handling": "Handled",
        "req_open": "open (answered within one month of receipt)", "req_closed": "closed on {date}",
        "kind_access": "access to the data", "kind_erasure": "erasure", "kind_objection": "objection",
        "kind_complaint": "complaint", "kind_other": "other",
        "renewal_h": "Consent asked again (yearly renewal)", "renewal_year": "School year",
        "renewal_asked": "Asked", "renewal_signer": "To be signed by", "renewal_self": "the pupil",
        "renewal_guardian": "a parent or guardian", "renewal_back": "form returned on {date}",
        "renewal_not_back": "no form returned yet", "renewal_FORM_ENDS": "the form ended",
        "renewal_NO_FORM": "no form that counts", "renewal_REACHES_AGE": "reaches the age of consent",
        "renewal_NEW_PUPIL": "new pupil",
        "complaint_generic": "You have the right to complain to the data protection authority of your country "
                             "(see https://www.edpb.europa.eu/about-edpb/about-edpb/members_en).",
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
        "guardian_contact": "Kontakt til forælder/værge",
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
        "controller_h": "Hvem er ansvarlig for oplysningerne",
        "controller": "Dataansvarlig", "address": "Adresse", "dpo": "Databeskyttelsesrådgiver (DPO)",
        "email": "E-mail", "phone": "Telefon",
        "not_set": "ikke angivet i MediaDesk: spørg skolens kontor",
        "purposes_h": "Hvorfor skolen har oplysningerne",
        "purposes": (
            "Skolen gemmer oplysningerne for at kontrollere, før et billede eller klip offentliggøres, at alle på "
            "det har givet samtykke (eller at et andet dokumenteret retsgrundlag gælder, og ingen på det har gjort "
            "indsigelse), for at registrere, hvor det er offentliggjort, så det kan fjernes, når et samtykke "
            "trækkes tilbage, og for at besvare henvendelser som denne. Data til ansigtsgenkendelse bruges kun "
            "med udtrykkeligt samtykke, til at foreslå personalet, hvem der er på et billede."
        ),
        "retention_h": "Hvor længe de gemmes",
        "retention": (
            "En samtykkeerklæring gælder til datoen på den (som standard skoleårets slutning), eller til den "
            "trækkes tilbage. Erklæringer, også udløbne og tilbagetrukne, gemmes som dokumentation for, hvad der "
            "blev aftalt. Efter en sletning gemmes de i {months} måneder af hensyn til eventuelle tvister og "
            "slettes derefter. Data til ansigtsgenkendelse slettes, så snart det samtykke ophører. Billeder og "
            "klip gemmes, så længe skolen har brug for dem til formålene ovenfor."
        ),
        "rights_h": "Dine rettigheder",
        "rights": [
            "at få denne oversigt over, hvad der er registreret (indsigtsret);",
            "at få forkerte oplysninger rettet og at få oplysninger slettet;",
            "at trække et samtykke tilbage når som helst, med virkning fremover (det, der allerede er "
            "offentliggjort, var lovligt, men fjernes, hvor skolen kan);",
            "at gøre indsigelse mod at blive offentliggjort og at bede om begrænsning af behandlingen.",
        ],
        "rights_how": "Send en anmodning til DPO'en eller skolens kontor; skolen svarer inden for en måned.",
        "complaint": "Du har ret til at klage til tilsynsmyndigheden: {name}, {url}.",
        "explained": "Forklaret før underskrift", "explained_v": "vist på skærmen på {lang}; eleven bekræftede at have forstået det, {date}",
        "lang_en": "engelsk", "lang_da": "dansk", "lang_nl": "hollandsk",
        "requests_h": "Anmodninger og klager", "no_requests": "Der er ikke registreret nogen anmodning eller klage om oplysningerne.",
        "req_kind": "Anmodning", "req_received": "Modtaget", "req_note": "Hvad der blev bedt om", "req_handling": "Behandlet",
        "req_open": "åben (besvares inden for en måned efter modtagelsen)", "req_closed": "afsluttet {date}",
        "kind_access": "indsigt i oplysningerne", "kind_erasure": "sletning", "kind_objection": "indsigelse",
        "kind_complaint": "klage", "kind_other": "andet",
        "renewal_h": "Samtykke spurgt igen (årlig fornyelse)", "renewal_year": "Skoleår",
        "renewal_asked": "Spurgt", "renewal_signer": "Skal underskrives af", "renewal_self": "eleven",
        "renewal_guardian": "en forælder eller værge", "renewal_back": "blanket afleveret {date}",
        "renewal_not_back": "ingen blanket afleveret endnu", "renewal_FORM_ENDS": "blanketten udløb",
        "renewal_NO_FORM": "ingen gyldig blanket", "renewal_REACHES_AGE": "når samtykkealderen",
        "renewal_NEW_PUPIL": "ny elev",
        "complaint_generic": "Du har ret til at klage til databeskyttelsesmyndigheden i dit land "
                             "(se https://www.edpb.europa.eu/about-edpb/about-edpb/members_en).",
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
        "guardian_contact": "Contact ouder/verzorger",
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
        "controller_h": "Wie is verantwoordelijk voor deze gegevens",
        "controller": "Verwerkingsverantwoordelijke", "address": "Adres",
        "dpo": "Functionaris voor gegevensbescherming (FG)", "email": "E-mail", "phone": "Telefoon",
        "not_set": "niet ingevuld in MediaDesk: vraag het de administratie van de school",
        "purposes_h": "Waarom de school deze gegevens heeft",
        "purposes": (
            "De school bewaart deze gegevens om vóór het publiceren van een foto of clip te controleren dat "
            "iedereen erop toestemming heeft gegeven (of dat een andere vastgelegde grondslag geldt en niemand "
            "erop bezwaar heeft gemaakt), om vast te leggen waar die gepubliceerd is zodat hij verwijderd kan "
            "worden als toestemming wordt ingetrokken, en om verzoeken zoals dit te beantwoorden. Gegevens voor "
            "gezichtsherkenning worden alleen met uitdrukkelijke toestemming gebruikt, om medewerkers voor te "
            "stellen wie er op een foto staat."
        ),
        "retention_h": "Hoe lang ze bewaard worden",
        "retention": (
            "Een toestemmingsformulier geldt tot de datum die erop staat (standaard het einde van het schooljaar) "
            "of tot het wordt ingetrokken. Formulieren, ook verlopen en ingetrokken, worden bewaard als bewijs van "
            "wat is afgesproken. Na verwijdering van de persoonsgegevens worden ze nog {months} maanden bewaard "
            "voor eventuele geschillen en daarna verwijderd. Gegevens voor gezichtsherkenning worden verwijderd "
            "zodra die toestemming eindigt. Foto's en clips worden bewaard zolang de school ze nodig heeft voor "
            "de doelen hierboven."
        ),
        "rights_h": "Uw rechten",
        "rights": [
            "dit overzicht krijgen van wat er bewaard wordt (recht op inzage);",
            "onjuiste gegevens laten verbeteren en gegevens laten verwijderen;",
            "een toestemming op elk moment intrekken, voor de toekomst (wat al gepubliceerd is, was rechtmatig, "
            "maar wordt verwijderd waar de school dat kan);",
            "bezwaar maken tegen publicatie en vragen de verwerking te beperken.",
        ],
        "rights_how": "Stuur een verzoek aan de FG of de administratie van de school; de school antwoordt binnen een maand.",
        "complaint": "U hebt het recht een klacht in te dienen bij de toezichthouder: {name}, {url}.",
        "explained": "Uitgelegd vóór ondertekening", "explained_v": "op het scherm getoond in het {lang}; de leerling bevestigde het te begrijpen, {date}",
        "lang_en": "Engels", "lang_da": "Deens", "lang_nl": "Nederlands",
        "requests_h": "Verzoeken en klachten", "no_requests": "Er is geen verzoek of klacht over deze gegevens geregistreerd.",
        "req_kind": "Verzoek", "req_received": "Ontvangen", "req_note": "Wat er gevraagd werd", "req_handling": "Afgehandeld",
        "req_open": "open (binnen een maand na ontvangst beantwoord)", "req_closed": "afgesloten op {date}",
        "kind_access": "inzage in de gegevens", "kind_erasure": "verwijdering", "kind_objection": "bezwaar",
        "kind_complaint": "klacht", "kind_other": "overig",
        "renewal_h": "Opnieuw om toestemming gevraagd (jaarlijkse vernieuwing)", "renewal_year": "Schooljaar",
        "renewal_asked": "Gevraagd", "renewal_signer": "Te ondertekenen door", "renewal_self": "de leerling",
        "renewal_guardian": "een ouder of verzorger", "renewal_back": "formulier terug op {date}",
        "renewal_not_back": "nog geen formulier terug", "renewal_FORM_ENDS": "het formulier liep af",
        "renewal_NO_FORM": "geen geldig formulier", "renewal_REACHES_AGE": "bereikt de toestemmingsleeftijd",
        "renewal_NEW_PUPIL": "nieuwe leerling",
        "complaint_generic": "U hebt het recht een klacht in te dienen bij de toezichthouder voor "
                             "gegevensbescherming in uw land (zie https://www.edpb.europa.eu/about-edpb/about-edpb/members_en).",
    },
}

#: The supervisory authority a person may complain to, per jurisdiction profile
#: (GDPR art. 77); other profiles name "the authority of your country".
SUPERVISORY_AUTHORITIES = {
    "dk": {"name": "Datatilsynet", "url": "www.datatilsynet.dk"},
    "nl": {"name": "Autoriteit Persoonsgegevens", "url": "www.autoriteitpersoonsgegevens.nl"},
}

CHANNEL_LABELS = {"website": "Website", "facebook": "Facebook", "instagram": "Instagram", "tiktok": "TikTok",
                   "print": "Print", "intranet": "Intranet"}


def tr(lang: str) -> Translate:
    table = _T.get(lang) or _T["en"]

    def t(key: str, **kw: Any) -> str:
        text = table.get(key) or _T["en"].get(key) or key
        return text.format(**kw) if kw else text

    return t


def human_date(value: str | None, lang: str) -> str:
    if not value:
        return ""
    try:
        d = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        return value
    months = MONTHS.get(lang, MONTHS["en"])
    if lang == "da":
        text = f"{d.day}. {months[d.month - 1]} {d.year}"
    else:
        text = f"{d.day} {months[d.month - 1]} {d.year}"
    if isinstance(d, datetime):
        text += f", {d.hour:02d}:{d.minute:02d}"
    return text

