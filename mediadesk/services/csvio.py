"""Reading the people and consent files of ``spec/interfaces.md``.

Any encoding and separator :mod:`.tabular` detects (UTF-8 with or without
BOM, UTF-16, Windows-1252, Latin-1; ``,``, ``;`` or tab) or an .xlsx
workbook; a people file may have its own column names through a
:class:`~.mapping.Mapping` (``docs/admin-imports.md``). Header
required, column order free, unknown columns warned about, dates in three
formats, ``|`` lists, yes/no in four languages. Parsing is all or nothing:
the first bad value raises :class:`CsvError` naming file, row and column
(rows count the header as row 1). Nothing here touches the library.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, Literal, Protocol, TypeVar, overload

from mediadesk.core.dates import birth_date_problem, parse_date
from mediadesk.core.enums import GrantedBy, MediaKind, Role, Source
from mediadesk.core.errors import CsvError

from . import tabular
from .mapping import PRESETS, Mapping, MappedTable, apply, detect_preset, parse_with_format

PEOPLE_COLUMNS = ("external_id", "name", "role", "birth_date", "group", "publication_ban",
                  "guardian_name", "guardian_email", "guardian_phone")
PEOPLE_REQUIRED = ("external_id", "name", "role")
CONSENT_COLUMNS = (
    "external_id", "granted_by", "guardian_name", "channels", "media", "signed_on",
    "valid_from", "valid_until", "revoked_on", "biometric", "source", "text_version",
)
CONSENT_REQUIRED = ("external_id", "granted_by", "channels", "media", "signed_on")

_YES = {"yes", "ja", "true", "1"}
_NO = {"no", "nee", "nej", "false", "0"}
MAX_CSV_BYTES = tabular.MAX_BYTES

_E = TypeVar("_E", bound=Enum)


@dataclass
class CsvTable:
    file: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (row number, cells)
    warnings: list[str] = field(default_factory=list)
    #: how the file was read ("read as Windows-1252 text, semicolon-separated")
    read_as: str = ""
    encoding: str = ""
    delimiter: str | None = None

    def label(self, col: str) -> str:
        return col


def read_table(path: str | Path, required: tuple[str, ...], known: tuple[str, ...]) -> CsvTable:
    """A file with MediaDesk's own columns (any encoding and separator
    :mod:`.tabular` reads, or .xlsx): header lower-cased, required columns
    checked, unknown columns warned about."""
    t = _read(path, required[0] if required else None)
    name = t.file
    header = [h.lower() for h in t.header]
    missing = [c for c in required if c not in header]
    if missing:
        raise CsvError(name, 1, missing[0], "required column is missing from the header" + _preset_hint(t.header))
    dupes = sorted({h for h in header if header.count(h) > 1 and h})
    if dupes:
        raise CsvError(name, 1, dupes[0], "column appears twice in the header")
    table = CsvTable(name, header, [], read_as=t.described(), encoding=t.encoding, delimiter=t.delimiter)
    for u in (h for h in header if h not in known):
        table.warnings.append(f"{name}: unknown column '{u}' ignored")
    for n, cells in t.rows:
        table.rows.append((n, {h: cells[i] for i, h in enumerate(header) if h in known}))
    return table


def _read(path: str | Path, first_column: str | None, max_rows: int | None = None) -> tabular.Table:
    try:
        return tabular.read_table(path, max_rows)
    except tabular.EmptyFile as e:  # name the first required column, as before
        raise CsvError(e.file, 1, first_column, e.reason) from None


def _preset_hint(header: list[str]) -> str:
    key = detect_preset(header)
    if key is None:
        return "; map the file's columns with --map field=Column (or the mapping dialog)"
    return f"; the file looks like a {PRESETS[key].title} export: import it with --preset {key}"


class _Rows(Protocol):
    """A read file whose errors name its own columns (CsvTable, MappedTable)."""

    file: str

    def label(self, col: str) -> str: ...


def _req(t: _Rows, n: int, row: dict[str, str], col: str) -> str:
    v = row.get(col, "")
    if not v:
        raise CsvError(t.file, n, t.label(col), "value is required")
    return v


@overload
def _date(t: _Rows, n: int, row: dict[str, str], col: str, required: Literal[True],
          fmt: str | None = None) -> date: ...
@overload
def _date(t: _Rows, n: int, row: dict[str, str], col: str, required: bool = False,
          fmt: str | None = None) -> date | None: ...
def _date(t: _Rows, n: int, row: dict[str, str], col: str, required: bool = False,
          fmt: str | None = None) -> date | None:
    v = row.get(col, "")
    if not v:
        if required:
            raise CsvError(t.file, n, t.label(col), "value is required")
        return None
    try:
        if fmt and fmt != "auto":
            return parse_with_format(v, fmt)
        return parse_date(v)
    except ValueError as e:
        raise CsvError(t.file, n, t.label(col), str(e)) from None


def _bool(t: _Rows, n: int, row: dict[str, str], col: str) -> bool:
    v = row.get(col, "").strip().lower()
    if not v:
        return False
    if v in _YES:
        return True
    if v in _NO:
        return False
    raise CsvError(t.file, n, t.label(col), f"'{row[col]}' is not yes/no (yes, no, ja, nee, nej, true, false, 1, 0)")


def _enum(t: _Rows, n: int, row: dict[str, str], col: str, enum: type[_E], value: str | None = None) -> _E:
    v = (value if value is not None else row.get(col, "")).strip().lower()
    try:
        return enum(v)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise CsvError(t.file, n, t.label(col), f"'{v}' is not one of: {allowed}") from None


@dataclass(frozen=True)
class PersonRow:
    row: int
    external_id: str
    name: str
    role: Role
    birth_date: date | None
    group: str | None
    publication_ban: bool
    #: the optional columns the file has; a missing column means "unchanged"
    present: frozenset[str] = frozenset(("birth_date", "group", "publication_ban"))
    guardian_name: str | None = None
    guardian_email: str | None = None
    guardian_phone: str | None = None


@dataclass(frozen=True)
class ConsentRow:
    row: int
    external_id: str
    granted_by: GrantedBy
    guardian_name: str | None
    channels: tuple[str, ...]
    media: tuple[MediaKind, ...]
    signed_on: date
    valid_from: date | None
    valid_until: date | None
    revoked_on: date | None
    biometric: bool
    source: Source
    text_version: str | None


@dataclass
class PeopleFile:
    """The checked rows of a people file, and how it was read."""

    rows: list[PersonRow]
    warnings: list[str]
    read_as: str  # "read as Windows-1252 text, semicolon-separated"
    mapping: str | None = None  # the preset or profile used, if any
    encoding: str = ""  # tabular.Table.encoding
    delimiter: str | None = None  # None for a workbook


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()./ -]{3,40}$")
def contact_problem(kind: str, value: str) -> str | None:
    """Why ``value`` cannot be a guardian's e-mail (``guardian_email``) or
    phone (``guardian_phone``), or None."""
    if kind == "guardian_email" and not _EMAIL.match(value):
        return f"'{value}' is not an e-mail address"
    if kind == "guardian_phone" and not (_PHONE.match(value) and any(ch.isdigit() for ch in value)):
        return f"'{value}' is not a phone number"
    return None


_OPTIONAL = ("birth_date", "group", "publication_ban", "guardian_name", "guardian_email", "guardian_phone")


def read_people(path: str | Path, mapping: Mapping | None = None, max_rows: int | None = None) -> MappedTable:
    """A people file's rows by field: MediaDesk's own columns, or the
    file's own columns through ``mapping``."""
    if mapping is None:
        t = read_table(path, PEOPLE_REQUIRED, PEOPLE_COLUMNS)
        return MappedTable(t.file, t.columns, t.rows, {}, None, t.warnings, t.read_as, t.encoding, t.delimiter)
    return apply(_read(path, mapping.columns.get("external_id"), max_rows), mapping)


def parse_people(path: str | Path, mapping: Mapping | None = None) -> PeopleFile:
    """Every row of a people file checked, or CsvError for the first bad
    value (file, row, and the file's own column name)."""
    t = read_people(path, mapping)
    fmt = mapping.date_format if mapping is not None else None
    seen: dict[str, int] = {}
    out: list[PersonRow] = []
    present = frozenset(c for c in _OPTIONAL if c in t.fields)
    for n, row in t.rows:
        ext = _req(t, n, row, "external_id")
        if ext in seen:
            raise CsvError(t.file, n, t.label("external_id"), f"'{ext}' appears twice (also on row {seen[ext]})")
        seen[ext] = n
        name = _req(t, n, row, "name")
        role = _enum(t, n, row, "role", Role, _req(t, n, row, "role"))
        birth = _date(t, n, row, "birth_date", fmt=fmt)
        problem = birth and birth_date_problem(birth)
        if problem:
            raise CsvError(t.file, n, t.label("birth_date"), problem)
        email = row.get("guardian_email") or None
        if email and (problem := contact_problem("guardian_email", email)):
            raise CsvError(t.file, n, t.label("guardian_email"), problem)
        phone = row.get("guardian_phone") or None
        if phone and (problem := contact_problem("guardian_phone", phone)):
            raise CsvError(t.file, n, t.label("guardian_phone"), problem)
        guardian = " ".join((row.get("guardian_name") or "").split()) or None
        out.append(
            PersonRow(n, ext, name, role, birth, row.get("group") or None, _bool(t, n, row, "publication_ban"),
                      present, guardian, email, phone)
        )
    return PeopleFile(out, t.warnings, t.read_as, mapping.name if mapping is not None else None,
                      t.encoding, t.delimiter)


def parse_consent(path: str | Path, channels: set[str]) -> tuple[list[ConsentRow], list[str]]:
    rows, t = parse_consent_file(path, channels)
    return rows, t.warnings


def parse_consent_file(path: str | Path, channels: set[str]) -> tuple[list[ConsentRow], CsvTable]:
    """The checked rows, and the table they came from (how it was read, its warnings)."""
    t = read_table(path, CONSENT_REQUIRED, CONSENT_COLUMNS)
    out: list[ConsentRow] = []
    for n, row in t.rows:
        ext = _req(t, n, row, "external_id")
        granted_by = _enum(t, n, row, "granted_by", GrantedBy, _req(t, n, row, "granted_by"))
        guardian = row.get("guardian_name") or None
        if granted_by == GrantedBy.GUARDIAN and not guardian:
            raise CsvError(t.file, n, "guardian_name", "required when granted_by is guardian")
        chans = [c.strip().lower() for c in _req(t, n, row, "channels").split("|") if c.strip()]
        for c in chans:
            if c not in channels:
                raise CsvError(t.file, n, "channels", f"unknown channel '{c}' (known: {', '.join(sorted(channels))})")
        media = [_enum(t, n, row, "media", MediaKind, m) for m in _req(t, n, row, "media").split("|") if m.strip()]
        if not chans:
            raise CsvError(t.file, n, "channels", "value is required")
        if not media:
            raise CsvError(t.file, n, "media", "value is required")
        signed = _date(t, n, row, "signed_on", required=True)
        vf = _date(t, n, row, "valid_from")
        vu = _date(t, n, row, "valid_until")
        rev = _date(t, n, row, "revoked_on")
        if vf and vu and vu < vf:
            raise CsvError(t.file, n, "valid_until", f"{vu.isoformat()} is before valid_from {vf.isoformat()}")
        if not vf and vu and vu < signed:
            raise CsvError(t.file, n, "valid_until", f"{vu.isoformat()} is before signed_on {signed.isoformat()}")
        if rev and rev < signed:
            raise CsvError(t.file, n, "revoked_on", f"{rev.isoformat()} is before signed_on {signed.isoformat()}")
        source = _enum(t, n, row, "source", Source, row.get("source") or "import")
        out.append(
            ConsentRow(
                n, ext, granted_by, guardian, tuple(sorted(set(chans))),
                tuple(sorted(set(media), key=lambda m: m.value)), signed, vf, vu, rev,
                _bool(t, n, row, "biometric"), source, row.get("text_version") or None,
            )
        )
    return out, t


# ---- writing -------------------------------------------------------------------------------

#: A spreadsheet reads a cell starting with one of these as a formula
#: (OWASP "CSV injection"); names, groups and free text come from files and
#: people, so every CSV MediaDesk writes neutralises them.
_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula gets a leading
    single quote; numbers and everything else are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_LEAD):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable[object]], **writer_options: Any) -> str:
    """Rows as CSV text, every cell passed through :func:`spreadsheet_safe`."""
    buf = io.StringIO()
    w = csv.writer(buf, **writer_options)
    for r in rows:
        w.writerow([spreadsheet_safe(v) for v in r])
    return buf.getvalue()
