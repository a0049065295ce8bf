"""Words shown for stable codes (channels, verdicts, media kinds, states).

All through ``QCoreApplication.translate`` so Qt Linguist picks them up.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def channel_title(slug: str, settings: dict | None = None) -> str:
    for c in (settings or {}).get("channels", []):
        if c.get("slug") == slug and c.get("label"):
            return c["label"]
    names = {
        "website": QCoreApplication.translate("Labels", "Website"), "facebook": QCoreApplication.translate("Labels", "Facebook"), "instagram": QCoreApplication.translate("Labels", "Instagram"),
        "tiktok": QCoreApplication.translate("Labels", "TikTok"), "print": QCoreApplication.translate("Labels", "Print"), "intranet": QCoreApplication.translate("Labels", "Intranet"),
    }
    return names.get(slug, slug.replace("-", " ").replace("_", " ").capitalize())


def verdict_word(v: str) -> str:
    return {"cleared": QCoreApplication.translate("Labels", "Cleared"), "needs_review": QCoreApplication.translate("Labels", "Needs review"), "blocked": QCoreApplication.translate("Labels", "Blocked")}.get(v, v)


def kind_word(k: str) -> str:
    return {"photo": QCoreApplication.translate("Labels", "Photo"), "video": QCoreApplication.translate("Labels", "Video"), "audio": QCoreApplication.translate("Labels", "Audio")}.get(k, k)


def role_word(r: str) -> str:
    return {"student": QCoreApplication.translate("Labels", "Student"), "staff": QCoreApplication.translate("Labels", "Staff"), "guest": QCoreApplication.translate("Labels", "Guest")}.get(r, r)


def consent_state_word(s: str) -> str:
    return {
        "valid": QCoreApplication.translate("Labels", "Valid consent"), "expired": QCoreApplication.translate("Labels", "Expired"), "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
        "none": QCoreApplication.translate("Labels", "No consent"), "ban": QCoreApplication.translate("Labels", "Publication ban"),
    }.get(s, s)


def record_status_word(s: str) -> str:
    return {
        "active": QCoreApplication.translate("Labels", "In force"), "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"), "expired": QCoreApplication.translate("Labels", "Expired"),
        "future": QCoreApplication.translate("Labels", "Not yet valid"), "superseded": QCoreApplication.translate("Labels", "Replaced by a newer form"),
    }.get(s, s)


def granted_by_word(g: str) -> str:
    return {"self": QCoreApplication.translate("Labels", "The person themselves"), "guardian": QCoreApplication.translate("Labels", "Parent or guardian")}.get(g, g)


def source_word(s: str) -> str:
    return {"paper": QCoreApplication.translate("Labels", "Paper form"), "digital": QCoreApplication.translate("Labels", "Digital form"), "on_site": QCoreApplication.translate("Labels", "Signed on site"),
            "import": QCoreApplication.translate("Labels", "Imported")}.get(s, s)


def face_state_word(s: str) -> str:
    return {"unresolved": QCoreApplication.translate("Labels", "Not identified"), "suggested": QCoreApplication.translate("Labels", "Suggestion"),
            "confirmed": QCoreApplication.translate("Labels", "Confirmed"), "dismissed": QCoreApplication.translate("Labels", "Not identifiable")}.get(s, s)


def face_mode_word(m: str) -> str:
    return {"off": QCoreApplication.translate("Labels", "Off: tag people by hand"), "detect": QCoreApplication.translate("Labels", "Find faces"),
            "match": QCoreApplication.translate("Labels", "Find and suggest people")}.get(m, m)


def profile_word(p: str) -> str:
    return {"dk": QCoreApplication.translate("Labels", "Denmark (15)"), "nl": QCoreApplication.translate("Labels", "Netherlands (16)"), "eu": QCoreApplication.translate("Labels", "EU default (16)"),
            "custom": QCoreApplication.translate("Labels", "Custom")}.get(p, p)


def fmt_date(d: date | datetime | None) -> str:
    if d is None:
        return "—"
    if isinstance(d, datetime):
        d = d.date()
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.ShortFormat)


def fmt_datetime(dt: datetime | None) -> str:
    if dt is None:
        return "—"
    from mediadesk.services.queries import utc_to_local

    loc = utc_to_local(dt)
    return f"{fmt_date(loc)} {loc.strftime('%H:%M')}"


def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = int(round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def basis_word(b: str | None) -> str:
    """An asset's legal basis (None: consent)."""
    return {"consent": QCoreApplication.translate("Labels", "Consent"),
            "legitimate_interest": QCoreApplication.translate("Labels", "Legitimate interest"),
            "public_task": QCoreApplication.translate("Labels", "Public task")}.get(b or "consent", b or "")
