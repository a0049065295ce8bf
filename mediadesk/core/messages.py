"""Plain-words messages for reasons, in English, Danish and Dutch.

Written for a teacher about to post: who, what is missing, which form.
The GUI's own strings go through Qt Linguist; these are shared with the
command line and the JSON output, so they live in the Qt-free core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .enums import ReasonCode

if TYPE_CHECKING:  # model.Reason.message() calls down into this module
    from .model import Reason

_T: dict[str, dict[ReasonCode, str]] = {
    "en": {
        ReasonCode.MANUALLY_BLOCKED: "Blocked by staff: {reason}",
        ReasonCode.PUBLICATION_BAN: "{name}: must never be published (publication ban)",
        ReasonCode.CONSENT_EXPIRED: "{name}: consent expired on {until}; a new form is needed",
        ReasonCode.NO_CONSENT: "{name}: no consent form covers {date}",
        ReasonCode.CONSENT_REVOKED: "{name}: consent withdrawn on {revoked} (form of {signed})",
        ReasonCode.GUARDIAN_CONSENT_REQUIRED: "{name}: was under {age} when the form of {signed} was signed, so a parent or guardian must sign",
        ReasonCode.SELF_CONSENT_REQUIRED: "{name}: was {age} or older when the form of {signed} was signed, so they must sign themselves",
        ReasonCode.CHANNEL_NOT_COVERED: "{name}: consent for {channel} not given (form of {signed})",
        ReasonCode.MEDIA_NOT_COVERED: "{name}: consent for {media} not given (form of {signed})",
        ReasonCode.UNRESOLVED_FACE: "A face has not been identified yet: say who it is or mark it not identifiable",
        ReasonCode.UNCONFIRMED_MATCH: "A face looks like {name}, but nobody has confirmed it",
        ReasonCode.FACES_NOT_SCANNED: "Faces have not been scanned yet",
        ReasonCode.PEOPLE_NOT_CONFIRMED: "Nobody has confirmed yet that the list of people is complete",
        ReasonCode.OBJECTION: "{name}: objected to being published from {since} ({channels})",
        ReasonCode.LEGAL_BASIS: "Published on {basis}: {reason}; recorded by {by} on {on}",
        ReasonCode.COVERED_PERSON: "{name}: face covered ({why})",
        ReasonCode.COVERED_FACE: "A face nobody has identified is covered ({why})",
        ReasonCode.NO_FACE_TO_COVER: "{name}: tagged without a face region, so their face cannot be covered; draw their face or publish without them",
    },
    "da": {
        ReasonCode.MANUALLY_BLOCKED: "Blokeret af personalet: {reason}",
        ReasonCode.PUBLICATION_BAN: "{name}: må aldrig offentliggøres (offentliggørelsesforbud)",
        ReasonCode.CONSENT_EXPIRED: "{name}: samtykket udløb {until}; der skal en ny blanket til",
        ReasonCode.NO_CONSENT: "{name}: ingen samtykkeblanket dækker {date}",
        ReasonCode.CONSENT_REVOKED: "{name}: samtykket blev trukket tilbage {revoked} (blanket af {signed})",
        ReasonCode.GUARDIAN_CONSENT_REQUIRED: "{name}: var under {age} år, da blanketten af {signed} blev underskrevet, så en forælder eller værge skal underskrive",
        ReasonCode.SELF_CONSENT_REQUIRED: "{name}: var {age} år eller ældre, da blanketten af {signed} blev underskrevet, så eleven skal selv underskrive",
        ReasonCode.CHANNEL_NOT_COVERED: "{name}: der er ikke givet samtykke til {channel} (blanket af {signed})",
        ReasonCode.MEDIA_NOT_COVERED: "{name}: der er ikke givet samtykke til {media} (blanket af {signed})",
        ReasonCode.UNRESOLVED_FACE: "Et ansigt er ikke identificeret endnu: angiv hvem det er, eller marker det som ikke genkendeligt",
        ReasonCode.UNCONFIRMED_MATCH: "Et ansigt ligner {name}, men ingen har bekræftet det",
        ReasonCode.FACES_NOT_SCANNED: "Ansigterne er ikke scannet endnu",
        ReasonCode.PEOPLE_NOT_CONFIRMED: "Ingen har endnu bekræftet, at listen over personer er komplet",
        ReasonCode.OBJECTION: "{name}: har gjort indsigelse mod offentliggørelse fra {since} ({channels})",
        ReasonCode.LEGAL_BASIS: "Offentliggøres på grundlag af {basis}: {reason}; registreret af {by} den {on}",
        ReasonCode.COVERED_PERSON: "{name}: ansigtet tildækkes ({why})",
        ReasonCode.COVERED_FACE: "Et ansigt, som ingen har identificeret, tildækkes ({why})",
        ReasonCode.NO_FACE_TO_COVER: "{name}: er tagget uden et ansigtsfelt, så ansigtet kan ikke tildækkes; tegn ansigtet ind eller offentliggør uden personen",
    },
    "nl": {
        ReasonCode.MANUALLY_BLOCKED: "Geblokkeerd door een medewerker: {reason}",
        ReasonCode.PUBLICATION_BAN: "{name}: mag nooit gepubliceerd worden (publicatieverbod)",
        ReasonCode.CONSENT_EXPIRED: "{name}: toestemming verlopen op {until}; er is een nieuw formulier nodig",
        ReasonCode.NO_CONSENT: "{name}: geen toestemmingsformulier geldig op {date}",
        ReasonCode.CONSENT_REVOKED: "{name}: toestemming ingetrokken op {revoked} (formulier van {signed})",
        ReasonCode.GUARDIAN_CONSENT_REQUIRED: "{name}: was jonger dan {age} toen het formulier van {signed} werd getekend, dus een ouder of voogd moet tekenen",
        ReasonCode.SELF_CONSENT_REQUIRED: "{name}: was {age} of ouder toen het formulier van {signed} werd getekend, dus moet zelf tekenen",
        ReasonCode.CHANNEL_NOT_COVERED: "{name}: geen toestemming voor {channel} (formulier van {signed})",
        ReasonCode.MEDIA_NOT_COVERED: "{name}: geen toestemming voor {media} (formulier van {signed})",
        ReasonCode.UNRESOLVED_FACE: "Een gezicht is nog niet benoemd: geef aan wie het is of markeer het als niet herkenbaar",
        ReasonCode.UNCONFIRMED_MATCH: "Een gezicht lijkt op {name}, maar niemand heeft dat bevestigd",
        ReasonCode.FACES_NOT_SCANNED: "De gezichten zijn nog niet gescand",
        ReasonCode.PEOPLE_NOT_CONFIRMED: "Niemand heeft nog bevestigd dat de lijst met personen compleet is",
        ReasonCode.OBJECTION: "{name}: heeft bezwaar gemaakt tegen publicatie vanaf {since} ({channels})",
        ReasonCode.LEGAL_BASIS: "Gepubliceerd op grond van {basis}: {reason}; vastgelegd door {by} op {on}",
        ReasonCode.COVERED_PERSON: "{name}: gezicht afgedekt ({why})",
        ReasonCode.COVERED_FACE: "Een gezicht dat niemand heeft benoemd wordt afgedekt ({why})",
        ReasonCode.NO_FACE_TO_COVER: "{name}: getagd zonder gezichtsvak, dus het gezicht kan niet worden afgedekt; teken het gezicht of publiceer zonder deze persoon",
    },
}

_MEDIA = {
    "en": {"photo": "photos", "video": "film", "audio": "sound recordings"},
    "da": {"photo": "fotos", "video": "film", "audio": "lydoptagelser"},
    "nl": {"photo": "foto's", "video": "film", "audio": "geluidsopnamen"},
}

_CHANNELS = {
    "en": {"website": "the website", "facebook": "Facebook", "instagram": "Instagram",
           "tiktok": "TikTok", "print": "print", "intranet": "the intranet"},
    "da": {"website": "hjemmesiden", "facebook": "Facebook", "instagram": "Instagram",
           "tiktok": "TikTok", "print": "tryksager", "intranet": "intranettet"},
    "nl": {"website": "de website", "facebook": "Facebook", "instagram": "Instagram",
           "tiktok": "TikTok", "print": "drukwerk", "intranet": "het intranet"},
}

_BASIS = {
    "en": {"legitimate_interest": "legitimate interest", "public_task": "a public task"},
    "da": {"legitimate_interest": "legitim interesse", "public_task": "en opgave i samfundets interesse"},
    "nl": {"legitimate_interest": "gerechtvaardigd belang", "public_task": "een taak van algemeen belang"},
}

#: Why a face is covered, in a few words (the ``why`` of a ``COVERED_*`` note):
#: a reason code, ``chosen`` (covered although consent is valid) or
#: ``dismissed`` (a face marked not identifiable).
_WHY = {
    "en": {
        "PUBLICATION_BAN": "publication ban", "CONSENT_EXPIRED": "consent expired",
        "NO_CONSENT": "no consent form", "CONSENT_REVOKED": "consent withdrawn",
        "GUARDIAN_CONSENT_REQUIRED": "a parent or guardian must sign",
        "SELF_CONSENT_REQUIRED": "they must sign themselves",
        "CHANNEL_NOT_COVERED": "no consent for {channel}", "MEDIA_NOT_COVERED": "no consent for {media}",
        "OBJECTION": "objected to being published", "UNRESOLVED_FACE": "not identified yet",
        "UNCONFIRMED_MATCH": "a match nobody has confirmed", "chosen": "covered by choice",
        "dismissed": "marked not identifiable",
    },
    "da": {
        "PUBLICATION_BAN": "offentliggørelsesforbud", "CONSENT_EXPIRED": "samtykket er udløbet",
        "NO_CONSENT": "ingen samtykkeblanket", "CONSENT_REVOKED": "samtykket er trukket tilbage",
        "GUARDIAN_CONSENT_REQUIRED": "en forælder eller værge skal underskrive",
        "SELF_CONSENT_REQUIRED": "eleven skal selv underskrive",
        "CHANNEL_NOT_COVERED": "intet samtykke til {channel}", "MEDIA_NOT_COVERED": "intet samtykke til {media}",
        "OBJECTION": "har gjort indsigelse mod offentliggørelse", "UNRESOLVED_FACE": "ikke identificeret endnu",
        "UNCONFIRMED_MATCH": "et match, som ingen har bekræftet", "chosen": "tildækket efter valg",
        "dismissed": "markeret som ikke genkendeligt",
    },
    "nl": {
        "PUBLICATION_BAN": "publicatieverbod", "CONSENT_EXPIRED": "toestemming verlopen",
        "NO_CONSENT": "geen toestemmingsformulier", "CONSENT_REVOKED": "toestemming ingetrokken",
        "GUARDIAN_CONSENT_REQUIRED": "een ouder of voogd moet tekenen",
        "SELF_CONSENT_REQUIRED": "moet zelf tekenen",
        "CHANNEL_NOT_COVERED": "geen toestemming voor {channel}", "MEDIA_NOT_COVERED": "geen toestemming voor {media}",
        "OBJECTION": "bezwaar gemaakt tegen publicatie", "UNRESOLVED_FACE": "nog niet benoemd",
        "UNCONFIRMED_MATCH": "een overeenkomst die niemand heeft bevestigd", "chosen": "op verzoek afgedekt",
        "dismissed": "gemarkeerd als niet herkenbaar",
    },
}

#: PEOPLE_NOT_CONFIRMED on a recording with nobody tagged yet.
_NOBODY_HEARD = {
    "en": "Nobody is tagged in this recording yet: listen to it, tag every voice heard, then confirm the list is complete",
    "da": "Ingen er tagget i denne optagelse endnu: lyt til den, tag alle stemmer, der høres, og bekræft så, at listen er komplet",
    "nl": "Niemand is nog getagd in deze opname: luister ernaar, tag elke stem die te horen is en bevestig dan dat de lijst compleet is",
}

_ALL_CHANNELS = {"en": "every channel", "da": "alle kanaler", "nl": "alle kanalen"}

_SOMEONE = {"en": "someone", "da": "en person", "nl": "iemand"}


def channel_label(slug: str, lang: str = "en") -> str:
    return _CHANNELS.get(lang, _CHANNELS["en"]).get(slug, slug)


def media_label(kind: str, lang: str = "en") -> str:
    return _MEDIA.get(lang, _MEDIA["en"]).get(kind, kind)


def reason_message(reason: Reason, lang: str = "en") -> str:
    table = _T.get(lang, _T["en"])
    params = dict(reason.params)
    if reason.code == ReasonCode.PEOPLE_NOT_CONFIRMED and params.get("heard") == "nobody":
        return _NOBODY_HEARD.get(lang, _NOBODY_HEARD["en"])
    if "channel" in params:
        params["channel"] = channel_label(params["channel"], lang)
    if "basis" in params:
        params["basis"] = _BASIS.get(lang, _BASIS["en"]).get(params["basis"], params["basis"])
    if "channels" in params:
        slugs = [c for c in params["channels"].split("|") if c]
        params["channels"] = (
            ", ".join(channel_label(c, lang) for c in slugs)
            if slugs else _ALL_CHANNELS.get(lang, _ALL_CHANNELS["en"])
        )
    if "media" in params:
        params["media"] = media_label(params["media"], lang)
    if "why" in params:
        words = _WHY.get(lang, _WHY["en"])
        params["why"] = ", ".join(
            words.get(w, w).format(channel=params.get("channel", ""), media=params.get("media", ""))
            for w in params["why"].split("|") if w
        ) or words["chosen"]
    name = reason.person_name or reason.person or _SOMEONE.get(lang, "someone")
    return table[reason.code].format(name=name, **params)
