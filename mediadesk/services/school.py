"""The school as data controller, and its data protection officer (DPO).

Settings (issue 14, item 4): ``school_name``, ``controller_address``,
``school_logo`` (an image file, checked and copied into the library's data
folder so it travels with the library), ``dpo_name``, ``dpo_email``,
``dpo_phone``; and ``guest_form_days`` (how many days a guest's form made at
a fair runs when the event has no end date). Text values are trimmed; an
empty value clears the setting (``None``). They are stored and audited by
:meth:`mediadesk.services.library.Library.update_settings`; this module only
checks and normalises them, naming the setting in every error.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mediadesk.core.errors import UserError

TEXT_SETTINGS = ("school_name", "controller_address", "dpo_name", "dpo_email", "dpo_phone")
SCHOOL_SETTINGS = (*TEXT_SETTINGS, "school_logo", "guest_form_days")
DEFAULT_GUEST_FORM_DAYS = 1

_MAX_LEN = {"controller_address": 500}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]+$")
_LOGO_BYTES = 5 * 1024 * 1024


def normalise(changes: dict[str, Any], data_dir: Path, current_logo: str | None = None) -> dict[str, Any]:
    """``changes`` with the school's settings checked and normalised (the
    others as given). A new logo is copied into ``data_dir``; the stored
    value is the path of the copy."""
    out = dict(changes)
    for key in TEXT_SETTINGS:
        if key in out:
            out[key] = _text(key, out[key])
    if out.get("dpo_email") and not _EMAIL.match(out["dpo_email"]):
        raise UserError(f"dpo_email: '{out['dpo_email']}' is not an e-mail address (like dpo@school.dk)")
    phone = out.get("dpo_phone")
    if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 6):
        raise UserError(f"dpo_phone: '{phone}' is not a phone number (digits, spaces, + - ( ) only; at least 6 digits)")
    if "guest_form_days" in out:
        out["guest_form_days"] = _days(out["guest_form_days"])
    if "school_logo" in out:
        logo = _text("school_logo", out["school_logo"])
        if logo is None or logo == current_logo:
            out["school_logo"] = logo
        else:
            out["school_logo"] = store_logo(Path(logo).expanduser(), data_dir)
    return out


def _text(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UserError(f"{key}: must be text")
    lines = [" ".join(line.split()) for line in value.strip().splitlines()]
    text = "\n".join(line for line in lines if line)
    limit = _MAX_LEN.get(key, 200)
    if len(text) > limit:
        raise UserError(f"{key}: longer than {limit} characters")
    return text or None


def _days(value: Any) -> int | None:
    if value is None or value == "":
        return None  # the default, DEFAULT_GUEST_FORM_DAYS
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise UserError(f"guest_form_days: '{value}' is not a whole number of days") from None
    if isinstance(value, bool) or not 1 <= days <= 366:
        raise UserError(f"guest_form_days: {value} is outside 1..366")
    return days


def store_logo(src: Path, data_dir: Path) -> str:
    """Check that ``src`` is a readable PNG or JPEG and copy it into
    ``data_dir`` (named by its SHA-256). Returns the copy's path."""
    import os
    import shutil

    from mediadesk.core.private_files import make_private_dir
    from mediadesk.media.hashing import sha256_file
    from mediadesk.media.photo import check_logo

    if not src.is_file():
        raise UserError(f"school_logo: {src}: file not found")
    if src.stat().st_size > _LOGO_BYTES:
        raise UserError(f"school_logo: {src}: larger than 5 MB")
    problem = check_logo(src)
    if problem:
        raise UserError(f"school_logo: {src}: {problem}")
    sha = sha256_file(src)
    ext = ".png" if src.read_bytes()[:4] == b"\x89PNG" else ".jpg"
    target = make_private_dir(data_dir) / f"logo-{sha[:16]}{ext}"
    if not target.exists():
        tmp = target.with_suffix(ext + ".part")
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)
    return str(target)
