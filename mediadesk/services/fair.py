"""At the fair (issue 14, item 3): what a pupil is told before signing on the
screen, in plain words and their language, and how long a guest's form runs.

Before an on-screen signature the pupil sees, full screen, what will be
published (the media ticked), where (the channels ticked), that it is public
and may stay online, and that they can withdraw at any time and how; they
confirm they understood, and that confirmation (when, in which language) is
stored with the form (``explained_at``, ``explained_in``). Under the age of
consent a parent or guardian signs.

A guest's form (role ``guest``) that gives no end date ends at the end of
the event it was signed at (the event's last day, when that is not before the
signing day), else after ``guest_form_days`` days counting the signing day
(default 1: the day of the fair only). Safe side: a guest's consent never
silently runs to the end of the school year.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .school import DEFAULT_GUEST_FORM_DAYS

LANGUAGES = {"en": "English", "da": "Dansk", "nl": "Nederlands"}


def guest_valid_until(settings: dict[str, Any], signed_on: date, event_end: date | None = None) -> date:
    """The last valid day of a guest's form signed on ``signed_on``."""
    if event_end is not None and event_end >= signed_on:
        return event_end
    days = int(settings.get("guest_form_days") or DEFAULT_GUEST_FORM_DAYS)
    return signed_on + timedelta(days=max(1, days) - 1)


_TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Before you sign, {name}: what happens with the photos",
        "what": "The school may publish {media} in which you can be seen.",
        "where": "Where: {channels}.",
        "public": "That is public: anyone can see it, save it and share it, also people you do not know.",
        "online": "It may stay online for a long time, also after you leave the school. Copies that others "
                  "have made cannot always be removed.",
        "withdraw": "You can change your mind at any time. Just tell {contact}. Then no new photos of you are "
                    "published, and the school takes down what it can.",
        "no": "Saying no is fine. It changes nothing at school.",
        "guardian": "Because you are under {age}, your parent or guardian signs. You read this first.",
        "self": "You sign yourself.",
        "confirm": "I have read this and I understand it.",
        "continue": "Continue to signing",
        "must_confirm": "First tick that you have read and understood it.",
        "contact_default": "your teacher or the school office",
        "contact_mail": "your teacher or the school office, or write to {email}",
        "and": "and",
        "media": {"photo": "photos", "video": "videos", "audio": "sound recordings"},
    },
    "da": {
        "title": "Før du skriver under, {name}: hvad sker der med billederne",
        "what": "Skolen må offentliggøre {media}, hvor man kan se dig.",
        "where": "Hvor: {channels}.",
        "public": "Det er offentligt: alle kan se det, gemme det og dele det, også folk du ikke kender.",
        "online": "Det kan blive liggende på nettet længe, også efter du er gået ud af skolen. Kopier, som "
                  "andre har lavet, kan ikke altid fjernes.",
        "withdraw": "Du kan altid fortryde. Sig det bare til {contact}. Så bliver der ikke lagt nye billeder af "
                    "dig ud, og skolen fjerner det, den kan.",
        "no": "Det er helt i orden at sige nej. Det ændrer ikke noget i skolen.",
        "guardian": "Fordi du er under {age}, skriver din forælder eller værge under. Du læser det her først.",
        "self": "Du skriver selv under.",
        "confirm": "Jeg har læst det her, og jeg forstår det.",
        "continue": "Videre til underskrift",
        "must_confirm": "Sæt først kryds ved, at du har læst og forstået det.",
        "contact_default": "din lærer eller skolens kontor",
        "contact_mail": "din lærer eller skolens kontor, eller skriv til {email}",
        "and": "og",
        "media": {"photo": "billeder", "video": "videoer", "audio": "lydoptagelser"},
    },
    "nl": {
        "title": "Voordat je tekent, {name}: wat er met de foto's gebeurt",
        "what": "De school mag {media} publiceren waarop jij te zien bent.",
        "where": "Waar: {channels}.",
        "public": "Dat is openbaar: iedereen kan het zien, bewaren en delen, ook mensen die je niet kent.",
        "online": "Het kan lang online blijven, ook als je al van school af bent. Kopieën die anderen gemaakt "
                  "hebben, kunnen niet altijd worden weggehaald.",
        "withdraw": "Je kunt altijd van gedachten veranderen. Zeg het gewoon tegen {contact}. Dan worden er geen "
                    "nieuwe foto's van jou geplaatst, en haalt de school weg wat ze kan.",
        "no": "Nee zeggen is helemaal goed. Het verandert niets op school.",
        "guardian": "Omdat je jonger bent dan {age}, tekent je ouder of verzorger. Jij leest dit eerst.",
        "self": "Je tekent zelf.",
        "confirm": "Ik heb dit gelezen en ik begrijp het.",
        "continue": "Verder naar ondertekenen",
        "must_confirm": "Vink eerst aan dat je het gelezen en begrepen hebt.",
        "contact_default": "je leraar of de administratie van de school",
        "contact_mail": "je leraar of de administratie van de school, of mail naar {email}",
        "and": "en",
        "media": {"photo": "foto's", "video": "video's", "audio": "geluidsopnamen"},
    },
}


def _join(items: list[str], word: str) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def explanation(lang: str, name: str, channels: list[str], media: list[str], *, minor: bool, age: int,
                email: str | None = None) -> dict[str, Any]:
    """The explanation page's words: ``title``, ``points`` (the lines to show,
    in order), ``signer`` (who signs), and the ``confirm``/``continue``/
    ``must_confirm`` labels; ``channels`` are the names to show (the labels
    the school uses), ``media`` the kinds ticked, ``email`` the DPO's
    address (how to withdraw), when set."""
    t = _TEXT.get(lang) or _TEXT["en"]
    kinds = [t["media"].get(m, m) for m in media] or [t["media"]["photo"]]
    points = [
        t["what"].format(media=_join(kinds, t["and"])),
        t["where"].format(channels=_join(channels, t["and"]) if channels else "–"),
        t["public"],
        t["online"],
        t["withdraw"].format(contact=t["contact_mail"].format(email=email) if email else t["contact_default"]),
        t["no"],
    ]
    return {
        "lang": lang if lang in _TEXT else "en",
        "title": t["title"].format(name=name),
        "points": points,
        "signer": t["guardian"].format(age=age) if minor else t["self"],
        "confirm": t["confirm"],
        "continue": t["continue"],
        "must_confirm": t["must_confirm"],
    }
