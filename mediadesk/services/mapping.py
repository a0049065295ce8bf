"""Column mappings: which column of an admin system's export holds which
field of a MediaDesk person (``docs/admin-imports.md``).

A :class:`Mapping` names, for each field, the column of the file that holds
it (matched ignoring case and extra spaces), the format of the birth dates,
and the role of everyone in the file when no column gives it (a pupil
export: ``student``). It comes from a shipped preset (:data:`PRESETS`), from
``--map field=Column,...`` on the command line, from a profile saved in the
library's settings, or from the GUI's mapping dialog. Nothing here touches
the library; :func:`apply` turns a read :class:`~.tabular.Table` into the
rows ``csvio.parse_people`` checks, naming the file's own column in every
error.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from mediadesk.core.errors import CsvError, UserError

from .tabular import Table

#: MediaDesk's person fields a file can fill, in the order the GUI shows them.
FIELDS: dict[str, str] = {
    "external_id": "pupil or staff number in the admin system (required)",
    "name": "full name (or give first name and surname)",
    "given_name": "first name (roepnaam, fornavn)",
    "family_prefix": "surname prefix (tussenvoegsel: van, de, van der)",
    "family_name": "surname (achternaam, efternavn)",
    "role": "student, staff or guest (default: student)",
    "birth_date": "date of birth",
    "group": "class or group",
    "publication_ban": "never publish (yes/no)",
    "guardian_name": "guardian's name",
    "guardian_email": "guardian's e-mail",
    "guardian_phone": "guardian's phone",
}
OPTIONAL_PERSON_FIELDS = ("birth_date", "group", "publication_ban", "guardian_name", "guardian_email",
                          "guardian_phone")
#: other words accepted on the command line (``--map class=Klas``)
ALIASES = {
    "class": "group", "klas": "group", "klasse": "group", "full_name": "name", "first_name": "given_name",
    "last_name": "family_name", "surname": "family_name", "prefix": "family_prefix",
    "tussenvoegsel": "family_prefix", "id": "external_id", "birthday": "birth_date",
}
#: birth date formats offered in the GUI; any mix of dd, mm and yyyy works
DATE_FORMATS = ("auto", "dd-mm-yyyy", "dd.mm.yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "yyyy-mm-dd")
ROLES = ("student", "staff", "guest")
#: role words as admin systems write them (any case)
ROLE_WORDS = {
    "student": "student", "pupil": "student", "leerling": "student", "elev": "student", "kursist": "student",
    "staff": "staff", "teacher": "staff", "docent": "staff", "leraar": "staff", "medewerker": "staff",
    "personeel": "staff", "lærer": "staff", "laerer": "staff", "ansat": "staff", "medarbejder": "staff",
    "pædagog": "staff",
    "guest": "guest", "gast": "guest", "gæst": "guest", "bezoeker": "guest",
}


def norm(column: str) -> str:
    """A column name as compared: case and runs of spaces ignored."""
    return " ".join(column.split()).casefold()


@dataclass(frozen=True)
class Mapping:
    columns: dict[str, str]  # MediaDesk field -> the file's column
    date_format: str | None = None  # None or "auto": YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY
    default_role: str = "student"  # when no column gives the role
    name: str | None = None  # the preset or profile it came from (for the summary)

    def to_json(self) -> dict[str, Any]:
        return {"columns": dict(self.columns), "date_format": self.date_format, "default_role": self.default_role}

    @classmethod
    def from_json(cls, doc: dict[str, Any], name: str | None = None) -> "Mapping":
        return cls(dict(doc.get("columns") or {}), doc.get("date_format"), doc.get("default_role") or "student",
                   name)

    def check(self) -> "Mapping":
        """Raise UserError for a mapping that cannot work; return self."""
        bad = [f for f in self.columns if f not in FIELDS]
        if bad:
            raise UserError(f"mapping: '{bad[0]}' is not a MediaDesk field (fields: {', '.join(FIELDS)})")
        empty = [f for f, c in self.columns.items() if not c.strip()]
        if empty:
            raise UserError(f"mapping: no column given for {empty[0]}")
        if "external_id" not in self.columns:
            raise UserError("mapping: external_id needs a column (the pupil or staff number)")
        parts = [f for f in ("given_name", "family_name") if f in self.columns]
        if "name" in self.columns and (parts or "family_prefix" in self.columns):
            raise UserError("mapping: map either name or given_name/family_name, not both")
        if "name" not in self.columns and not parts:
            raise UserError("mapping: name (or given_name and family_name) needs a column")
        if self.default_role not in ROLES:
            raise UserError(f"mapping: role '{self.default_role}' is not one of {', '.join(ROLES)}")
        if self.date_format not in (None, "auto"):
            date_pattern(self.date_format)
        return self


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    country: str
    mapping: Mapping
    sample: str  # file under resources/samples/
    note: str = ""


def _preset(key: str, title: str, country: str, sample: str, date_format: str | None, note: str = "",
            **columns: str) -> Preset:
    return Preset(key, title, country, Mapping(columns, date_format, "student", key), sample, note)


PRESETS: dict[str, Preset] = {p.key: p for p in (
    _preset("magister", "Magister (leerlingen)", "nl", "magister-leerlingen.csv", "dd-mm-yyyy",
            "semicolon-separated, Windows-1252, dates dd-mm-jjjj",
            external_id="Stamnr", given_name="Roepnaam", family_prefix="Tussenv", family_name="Achternaam",
            birth_date="Geb.datum", group="Klas", guardian_name="Naam ouder/verzorger",
            guardian_email="E-mail ouder/verzorger", guardian_phone="Tel. ouder/verzorger"),
    _preset("somtoday", "SOMtoday (leerlingen)", "nl", "somtoday-leerlingen.csv", "dd-mm-yyyy",
            "comma-separated, UTF-8 with BOM, dates dd-mm-jjjj",
            external_id="Leerlingnummer", given_name="Roepnaam", family_prefix="Voorvoegsel",
            family_name="Achternaam", birth_date="Geboortedatum", group="Stamgroep",
            guardian_name="Verzorger 1 naam", guardian_email="Verzorger 1 e-mail",
            guardian_phone="Verzorger 1 telefoon"),
    _preset("parnassys", "ParnasSys (leerlingen)", "nl", "parnassys-leerlingen.txt", "dd-mm-yyyy",
            "Excel's Unicode text: UTF-16 with BOM, tab-separated, dates dd-mm-jjjj",
            external_id="Leerlingnummer", given_name="Roepnaam", family_prefix="Tussenvoegsel",
            family_name="Achternaam", birth_date="Geboortedatum", group="Groep",
            guardian_name="Ouder 1 naam", guardian_email="Ouder 1 e-mail", guardian_phone="Ouder 1 telefoon"),
    _preset("uni-login", "Aula / UNI-Login (elever)", "dk", "uni-login-elever.csv", "dd.mm.yyyy",
            "semicolon-separated, UTF-8, dates dd.mm.åååå",
            external_id="UNI-Login", given_name="Fornavn", family_name="Efternavn", birth_date="Fødselsdato",
            group="Klasse", guardian_name="Forælder navn", guardian_email="Forælder e-mail",
            guardian_phone="Forælder telefon"),
    _preset("lectio", "Lectio (elever)", "dk", "lectio-elever.xlsx", None,
            "Excel workbook (.xlsx), dates as Excel dates",
            external_id="Elevnummer", name="Navn", birth_date="Fødselsdato", group="Klasse",
            guardian_name="Kontaktperson", guardian_email="Kontaktperson e-mail",
            guardian_phone="Kontaktperson telefon"),
)}


def preset(key: str) -> Mapping:
    p = PRESETS.get(key.strip().lower())
    if p is None:
        raise UserError(f"unknown preset '{key}' (presets: {', '.join(PRESETS)})")
    return p.mapping


def parse_map(text: str, base: Mapping | None = None) -> Mapping:
    """``external_id=Stamnr,given_name=Roepnaam,birth_date_format=dd-mm-yyyy,role=staff``
    on top of ``base`` (a preset or profile). A column name holding a comma
    is quoted as in CSV: ``"name=Naam, volledig"``. ``role=`` names a column,
    unless its value is student, staff or guest (everyone in the file)."""
    columns = dict(base.columns) if base else {}
    date_format = base.date_format if base else None
    default_role = base.default_role if base else "student"
    try:
        items = next(csv.reader([text], skipinitialspace=True), [])
    except csv.Error as e:
        raise UserError(f"--map: {e}") from None
    for item in items:
        if not item.strip():
            continue
        key, sep, value = item.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep:
            raise UserError(f"--map: '{item}' is not field=Column")
        if key in ("birth_date_format", "date_format"):
            date_format = value or None
            continue
        key = ALIASES.get(key, key)
        if key not in FIELDS:
            raise UserError(f"--map: '{key}' is not a MediaDesk field (fields: {', '.join(FIELDS)})")
        if key == "role" and value.lower() in ROLES:
            default_role = value.lower()
            columns.pop("role", None)
            continue
        if not value:
            columns.pop(key, None)  # field=  drops a preset's column
            continue
        if key == "name":
            for part in ("given_name", "family_prefix", "family_name"):
                columns.pop(part, None)
        elif key in ("given_name", "family_prefix", "family_name"):
            columns.pop("name", None)
        columns[key] = value
    return Mapping(columns, date_format, default_role, base.name if base else None).check()


def detect_preset(header: list[str]) -> str | None:
    """The preset whose columns are all in ``header`` (the one using most), or None."""
    have = {norm(h) for h in header}
    fits = [(len(p.mapping.columns), p.key) for p in PRESETS.values()
            if all(norm(c) in have for c in p.mapping.columns.values())]
    return max(fits)[1] if fits else None


# ---- dates -----------------------------------------------------------------------------------

_TOKENS = {"dd": "%d", "d": "%d", "mm": "%m", "m": "%m", "yyyy": "%Y", "jjjj": "%Y", "åååå": "%Y", "aaaa": "%Y"}
_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


def date_pattern(fmt: str) -> str:
    """``dd-mm-yyyy`` (also ``dd-mm-jjjj``, ``dd.mm.åååå``) as a strptime pattern."""
    parts = re.split(r"([-./ ])", fmt.strip().lower())
    out = []
    for part in parts:
        if not part:
            continue
        if part in ("-", ".", "/", " "):
            out.append(part)
        elif part in _TOKENS:
            out.append(_TOKENS[part])
        else:
            raise UserError(f"birth date format '{fmt}': use dd, mm and yyyy with - . / between them "
                            "(e.g. dd-mm-yyyy)")
    pattern = "".join(out)
    if sorted(t for t in out if t.startswith("%")) != ["%Y", "%d", "%m"]:
        raise UserError(f"birth date format '{fmt}' needs a day, a month and a year (e.g. dd-mm-yyyy)")
    return pattern


def parse_with_format(value: str, fmt: str) -> date:
    """A date in ``fmt``; a plain YYYY-MM-DD (an Excel date cell) is always
    accepted too. ValueError with a message fit for a user otherwise."""
    v = value.strip()
    if _ISO.match(v):
        try:
            return datetime.strptime(v, "%Y-%m-%d").date()
        except ValueError:
            raise ValueError(f"'{value}' is not a real calendar date") from None
    try:
        return datetime.strptime(v, date_pattern(fmt)).date()
    except ValueError:
        raise ValueError(f"'{value}' is not a date in the format {fmt}") from None


# ---- applying a mapping ----------------------------------------------------------------------

@dataclass
class MappedTable:
    """A file's rows keyed by MediaDesk field, and the file's column of each
    field (for errors)."""

    file: str
    fields: list[str]  # the fields the file fills
    rows: list[tuple[int, dict[str, str]]]
    labels: dict[str, str]
    mapping: Mapping | None  # None: the file has MediaDesk's own columns
    warnings: list[str] = field(default_factory=list)
    read_as: str = ""  # how the file was read (tabular.Table.described)
    encoding: str = ""
    delimiter: str | None = None

    def label(self, f: str) -> str:
        return self.labels.get(f, f)


def apply(table: Table, mapping: Mapping) -> MappedTable:
    """Rows of ``table`` by field. A mapped column the file lacks raises
    CsvError naming the file, row 1 and that column."""
    mapping.check()
    index: dict[str, int] = {}
    seen: dict[str, int] = {}
    for i, h in enumerate(table.header):
        if h:
            seen.setdefault(norm(h), i)
    for f, col in mapping.columns.items():
        found = seen.get(norm(col))
        if found is None:
            shown = ", ".join(h for h in table.header if h) or "none"
            raise CsvError(table.file, 1, col,
                           f"column mapped to {f} is not in the header (the file's columns: {shown})")
        index[f] = found
    labels = {f: table.header[i] for f, i in index.items()}
    if "name" not in index:
        labels["name"] = labels.get("family_name") or labels["given_name"]
    if "role" not in index:
        labels["role"] = "role"
    used = set(index.values())
    unused = [h for i, h in enumerate(table.header) if h and i not in used]
    out = MappedTable(table.file, sorted(set(index) | {"name", "role"}), [], labels, mapping,
                      read_as=table.described(), encoding=table.encoding, delimiter=table.delimiter)
    if unused:
        out.warnings.append(f"{table.file}: columns not used: {', '.join(unused)}")
    for n, cells in table.rows:
        row = {f: cells[i] for f, i in index.items()}
        if "name" not in index:
            row["name"] = " ".join(row.get(p, "") for p in ("given_name", "family_prefix", "family_name")
                                   if row.get(p, "")).strip()
        if "role" not in index:
            row["role"] = mapping.default_role
        else:
            word = row["role"].strip().lower()
            row["role"] = ROLE_WORDS.get(word, word)
        out.rows.append((n, row))
    return out


def with_name(m: Mapping, name: str | None) -> Mapping:
    return replace(m, name=name)
