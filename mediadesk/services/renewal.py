"""Yearly renewal (issue 14, item 2): whom to ask for consent again, the
renewal round of a school year, what came back, the forms to hand out.

- :func:`who_to_ask`: the list for a date or a coming school year, per class
  (the rules in :mod:`mediadesk.core.renewal`);
- :func:`start_round`: records each pupil asked for a school year (again
  later: adds the pupils listed since, e.g. new pupils);
- :func:`mark_returned`: forms returned / not returned by hand; a new form
  recorded for an asked pupil that runs in the round's school year marks
  theirs returned by itself (``store/renewal.py: returned_by_form``,
  called where ``services/consent.py`` records a form);
- :func:`round_status`: the return rate per class;
- :func:`write_forms` / :func:`write_mailmerge`: a PDF form per pupil and a
  CSV for the school's own mail merge (rendered in :mod:`.renewal_forms`).

Use cases take the open library first; every query is in
``mediadesk/store/renewal.py``. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from sqlmodel import Session

from mediadesk.core.dates import default_valid_until, today as _today
from mediadesk.core.errors import NotFound, UserError
from mediadesk.core.renewal import (
    AskReason,
    RenewalList,
    SchoolYear,
    ToAsk,
    renewal_list,
    renewal_list_for_year,
    year_target,
)
from mediadesk.store import db as dbmod
from mediadesk.store import renewal as store
from mediadesk.store.facts import hexid
from mediadesk.store.settings import settings_of
from mediadesk.store.tables import RenewalRound

if TYPE_CHECKING:
    from .library import Library


def school_year(year: SchoolYear | str) -> SchoolYear:
    if isinstance(year, SchoolYear):
        return year
    try:
        return SchoolYear.parse(year)
    except ValueError as e:
        raise UserError(f"school year: {e}") from None


def default_text_version(year: SchoolYear) -> str:
    return f"renewal {year.label}"


# ---- the list ------------------------------------------------------------------------------

def who_to_ask(
    lib: Library,
    *,
    on: date | None = None,
    year: SchoolYear | str | None = None,
    group: str | None = None,
    today: date | None = None,
) -> RenewalList:
    """Who must be asked by ``on`` or for the coming school year ``year``
    (exactly one of them), optionally of one class only."""
    if (on is None) == (year is None):
        raise UserError("give either a date (--for) or a school year (--year), not both")
    now = today or _today()
    with lib.unit() as s:
        age = int(settings_of(s).get("age_of_consent", 16))
        pupils = list(store.renewal_pupils(s).values())
    if group is not None:
        pupils = [p for p in pupils if (p.group or "") == group]
        if not pupils:
            raise UserError(f"class: no pupil is in class '{group}'")
    if year is not None:
        return renewal_list_for_year(pupils, school_year(year), today=now, age_of_consent=age)
    assert on is not None
    return renewal_list(pupils, target=on, today=now, age_of_consent=age)


def list_json(lst: RenewalList) -> dict[str, Any]:
    """The list as JSON (``renewal list --json``; documented in docs/interfaces.md)."""
    def pupil(p: ToAsk) -> dict[str, Any]:
        return {
            "person": p.external_id, "name": p.name, "class": p.group,
            "reasons": [{"code": r.code.value, **dict(r.params)} for r in p.reasons],
            "signer": p.signer.value,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "covered_until": p.covered_until.isoformat() if p.covered_until else None,
        }

    return {
        "target": lst.target.isoformat(),
        "school_year": lst.school_year.label if lst.school_year else None,
        "age_of_consent": lst.age_of_consent,
        "new_since": lst.new_since.isoformat(),
        "classes": [
            {
                "class": c.group,
                "to_ask": [pupil(p) for p in c.to_ask],
                "withdrawn": [{"person": w.external_id, "name": w.name, "class": w.group,
                               "withdrawn_on": w.withdrawn_on.isoformat()} for w in c.withdrawn],
            }
            for c in lst.classes
        ],
    }


# ---- the round -----------------------------------------------------------------------------

@dataclass
class RoundStarted:
    year: str
    target: date
    new_round: bool
    added: list[str] = field(default_factory=list)  # external ids asked now
    already: int = 0  # asked before in this round
    withdrawn: list[str] = field(default_factory=list)  # listed apart, not asked

    def to_json(self) -> dict[str, Any]:
        return {"school_year": self.year, "target": self.target.isoformat(), "new_round": self.new_round,
                "added": self.added, "already_asked": self.already, "withdrawn_not_asked": self.withdrawn}


@dbmod.retry_on_conflict
def start_round(lib: Library, year: SchoolYear | str, *, text_version: str | None = None,
                today: date | None = None) -> RoundStarted:
    """Start the renewal round of ``year``: record each pupil who must be
    asked. Run again, it adds the pupils listed since and keeps the rest."""
    y = school_year(year)
    now = today or _today()
    with lib.unit(exclusive=True) as s:
        age = int(settings_of(s).get("age_of_consent", 16))
        pupils = store.renewal_pupils(s)
        lst = renewal_list_for_year(pupils.values(), y, today=now, age_of_consent=age)
        rnd = store.get_round(s, y)
        new = rnd is None
        if rnd is None:
            rnd = store.add_round(s, y, year_target(y), age, text_version or default_text_version(y), lib.actor)
            lib.audit(s, "renewal.start", "renewal_round", rnd.id, None,
                      {"school_year": y.label, "target": rnd.target, "age_of_consent": age,
                       "text_version": rnd.text_version})
        asked = {req.person_id for req, _ in store.round_requests(s, rnd.id)}
        ids = store.person_ids_by_external(s, [p.external_id for p in lst.to_ask])
        res = RoundStarted(y.label, rnd.target, new, already=len(asked),
                           withdrawn=[w.external_id for w in lst.withdrawn])
        for p in lst.to_ask:
            pid = ids[p.external_id]
            if pid in asked:
                continue
            req = store.add_request(s, rnd.id, pid, p.group, "|".join(c.value for c in p.codes), p.signer.value)
            # one entry per pupil: erasing one redacts only theirs
            lib.audit(s, "renewal.ask", "renewal_request", req.id, None,
                      {"school_year": y.label, "person": p.external_id, "reasons": req.reasons,
                       "signer": req.signer})
            res.added.append(p.external_id)
        return res


def latest_round(lib: Library) -> str:
    """The school year of the latest renewal round started (``2027/28``)."""
    with lib.unit() as s:
        rounds = store.all_rounds(s)
    if not rounds:
        raise NotFound("no renewal round started yet: start one with `mediadesk renewal start YEAR`")
    return max(rounds, key=lambda r: SchoolYear.parse(r.school_year)).school_year


def _round(s: Session, y: SchoolYear) -> RenewalRound:
    rnd = store.get_round(s, y)
    if rnd is None:
        raise NotFound(f"no renewal round for {y.label}: start it with `mediadesk renewal start {y.label}`")
    return rnd


@dbmod.retry_on_conflict
def mark_returned(lib: Library, year: SchoolYear | str, external_ids: Sequence[str], *, returned: bool = True,
                  on: date | None = None) -> list[str]:
    """Mark the forms of these pupils returned (or not returned) in the round
    of ``year``. All or nothing: an unknown person or one not asked in the
    round is refused by name and nothing is stored. Returns the ids changed."""
    y = school_year(year)
    ids = list(dict.fromkeys(e.strip() for e in external_ids if e.strip()))
    if not ids:
        raise UserError("give the external id of at least one pupil")
    day = on or _today()
    with lib.unit(exclusive=True) as s:
        rnd = _round(s, y)
        known = store.person_ids_by_external(s, ids)
        missing = [e for e in ids if e not in known]
        if missing:
            raise NotFound(f"unknown person '{missing[0]}'")
        reqs = {req.person_id: (req, p) for req, p in store.round_requests(s, rnd.id)}
        not_asked = [e for e in ids if known[e] not in reqs]
        if not_asked:
            raise UserError(f"{not_asked[0]} was not asked in the renewal round of {y.label}")
        changed = []
        for e in ids:
            req, _ = reqs[known[e]]
            if (req.returned_on is not None) == returned:
                continue
            old = req.returned_on
            store.set_returned(s, req, day if returned else None, lib.actor)
            lib.audit(s, "renewal.returned" if returned else "renewal.not_returned", "renewal_request", req.id,
                      {"returned_on": old}, {"returned_on": req.returned_on, "person": e, "school_year": y.label})
            changed.append(e)
        return changed


@dataclass
class ClassRate:
    group: str | None
    asked: int = 0
    returned: int = 0

    @property
    def rate(self) -> float:
        return self.returned / self.asked if self.asked else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"class": self.group, "asked": self.asked, "returned": self.returned,
                "not_returned": self.asked - self.returned, "rate": round(self.rate, 4)}


@dataclass
class RoundStatus:
    year: str
    target: date
    text_version: str | None
    started_by: str
    classes: list[ClassRate]
    pupils: list[dict[str, Any]]

    @property
    def total(self) -> ClassRate:
        return ClassRate(None, sum(c.asked for c in self.classes), sum(c.returned for c in self.classes))

    def to_json(self) -> dict[str, Any]:
        t = self.total
        return {"school_year": self.year, "target": self.target.isoformat(), "text_version": self.text_version,
                "started_by": self.started_by, "asked": t.asked, "returned": t.returned,
                "rate": round(t.rate, 4), "classes": [c.to_json() for c in self.classes], "pupils": self.pupils}


def round_status(lib: Library, year: SchoolYear | str) -> RoundStatus:
    """The round of ``year``: each pupil asked, whether their form came
    back, and the return rate per class (the class when asked)."""
    y = school_year(year)
    with lib.unit() as s:
        rnd = _round(s, y)
        rows = store.round_requests(s, rnd.id)
    classes: dict[str | None, ClassRate] = {}
    pupils = []
    for req, p in rows:
        c = classes.setdefault(req.group_name, ClassRate(req.group_name))
        c.asked += 1
        c.returned += req.returned_on is not None
        pupils.append({
            "person": p.external_id, "name": p.name, "class": req.group_name,
            "reasons": req.reasons.split("|") if req.reasons else [], "signer": req.signer,
            "returned_on": req.returned_on.isoformat() if req.returned_on else None,
            "returned_with_form": req.returned_form_id.hex if req.returned_form_id else None,
        })
    return RoundStatus(y.label, rnd.target, rnd.text_version, rnd.started_by, list(classes.values()), pupils)


# ---- forms and mail merge ----------------------------------------------------------------------

def _form_data(lib: Library, y: SchoolYear, include_returned: bool) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """What the forms and the mail merge need: the school's part and one
    entry per pupil asked in the round (not returned yet, unless
    ``include_returned``)."""
    from .evaluate import visible_channels

    with lib.unit() as s:
        settings = settings_of(s)
        rnd = _round(s, y)
        rows = [(req, p) for req, p in store.round_requests(s, rnd.id) if include_returned or req.returned_on is None]
        contacts = store.guardian_contacts(s, [p.id for _, p in rows])
        text_version = rnd.text_version
    labels = {c["slug"]: c.get("label") for c in settings.get("channels", [])}
    school = {
        "name": settings.get("school_name"), "address": settings.get("controller_address"),
        "logo": settings.get("school_logo"),
        "dpo": {k: settings.get(f"dpo_{k}") for k in ("name", "email", "phone")},
        "school_year": y.label, "text_version": text_version,
        "age_of_consent": int(settings.get("age_of_consent", 16)),
        "valid_until": default_valid_until(y.first_day, settings.get("consent_period_months")).isoformat(),
        "channels": [(ch, labels.get(ch)) for ch in visible_channels(settings)],
        "media": ["photo", "video", "audio"],
    }
    pupils = []
    for req, p in rows:
        g = contacts.get(hexid(p.id), {})
        pupils.append({
            "person": p.external_id, "name": p.name, "class": req.group_name,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "reasons": [AskReason(c) for c in req.reasons.split("|") if c], "signer": req.signer,
            "guardian_name": g.get("name"), "guardian_email": g.get("email"),
            "returned_on": req.returned_on.isoformat() if req.returned_on else None,
        })
    return school, pupils


def write_forms(lib: Library, year: SchoolYear | str, out_dir: str | Path, lang: str | None = None, *,
                include_returned: bool = False) -> list[Path]:
    """One PDF consent form per pupil asked in the round of ``year`` (not
    returned yet, unless ``include_returned``), in ``out_dir``; returns the
    files written. A file already there is replaced."""
    from . import renewal_forms

    y = school_year(year)
    language = _language(lib, lang)
    school, pupils = _form_data(lib, y, include_returned)
    if bad := renewal_forms.missing_letters(school, pupils):
        raise UserError(
            "the PDF forms cannot write these characters (no letter for them in the font, or written right to left), "
            "so the forms would leave them out or garble them (no form written): "
            + "; ".join(bad) + ". Use the mail-merge CSV (`renewal mailmerge`) for these pupils"
        )
    out = Path(out_dir).expanduser()
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: is a file, not a folder")
    out.mkdir(parents=True, exist_ok=True)
    names = renewal_forms.file_names(y, pupils)
    files = []
    for p in pupils:
        target = out / names[p["person"]]
        data = renewal_forms.form_pdf(school, p, language)
        tmp = target.with_suffix(".pdf.part")
        tmp.write_bytes(data)
        tmp.replace(target)
        files.append(target)
    return files


def write_mailmerge(lib: Library, year: SchoolYear | str, file: str | Path, lang: str | None = None, *,
                    include_returned: bool = False) -> int:
    """The CSV for the school's own mail merge: one row per pupil asked in
    the round of ``year`` (columns in :mod:`.renewal_forms`). Returns the
    number of rows."""
    from . import renewal_forms

    y = school_year(year)
    language = _language(lib, lang)
    school, pupils = _form_data(lib, y, include_returned)
    target = Path(file).expanduser()
    if target.is_dir():
        raise UserError(f"{target}: is a folder; give the name of the CSV file to write")
    text = renewal_forms.mailmerge_csv(y, pupils, language)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(text, encoding="utf-8-sig", newline="")
    tmp.replace(target)
    return len(pupils)


def _language(lib: Library, lang: str | None) -> str:
    from .settings import library_settings

    language = lang or library_settings(lib).get("language") or "en"
    if language not in ("en", "da", "nl"):
        raise UserError(f"language: '{language}' is not one of en, da, nl")
    return str(language)
