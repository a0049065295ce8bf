"""Reading the people and consent CSV files of ``spec/interfaces.md``.

UTF-8 with or without BOM, ``,`` or ``;`` (detected from the header), header
required, column order free, unknown columns warned about, dates in three
formats, ``|`` lists, yes/no in four languages. Parsing is all or nothing:
the first bad value raises :class:`CsvError` naming file, row and column
(rows count the header as row 1). Nothing here touches the library.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, Literal, TypeVar, overload

from mediadesk.core.dates import birth_date_problem, parse_date
from mediadesk.core.enums import GrantedBy, MediaKind, Role, Source
from mediadesk.core.errors import CsvError

PEOPLE_COLUMNS = ("external_id", "name", "role", "birth_date", "group", "publication_ban")
PEOPLE_REQUIRED = ("external_id", "name", "role")
CONSENT_COLUMNS = (
    "external_id", "granted_by", "guardian_name", "channels", "media", "signed_on",
    "valid_from", "valid_until", "revoked_on", "biometric", "source", "text_version",
)
CONSENT_REQUIRED = ("external_id", "granted_by", "channels", "media", "signed_on")

_YES = {"yes", "ja", "true", "1"}
_NO = {"no", "nee", "nej", "false", "0"}
MAX_CSV_BYTES = 50 * 1024 * 1024

_E = TypeVar("_E", bound=Enum)


@dataclass
class CsvTable:
    file: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (row number, cells)
    warnings: list[str] = field(default_factory=list)


def read_table(path: str | Path, required: tuple[str, ...], known: tuple[str, ...]) -> CsvTable:
    p = Path(path)
    name = str(path)
    try:
        if p.stat().st_size > MAX_CSV_BYTES:
            raise CsvError(name, None, None, "file is larger than 50 MB; is this the right file?")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise CsvError(name, None, None, "file not found") from None
    except IsADirectoryError:
        raise CsvError(name, None, None, "is a folder, not a CSV file") from None
    except OSError as e:
        raise CsvError(name, None, None, f"cannot read: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise CsvError(name, line, _column_at(raw, e.start), "not UTF-8 text (save the file as UTF-8 CSV)") from None
    if "\x00" in text:
        raise CsvError(name, None, None, "not a text file")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise CsvError(name, 1, required[0] if required else None, "empty file: a header row is required")
    header_line = lines[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as e:
        raise CsvError(name, 1, None, f"unreadable header: {e}") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise CsvError(name, 1, missing[0], "required column is missing from the header")
    dupes = sorted({h for h in header if header.count(h) > 1 and h})
    if dupes:
        raise CsvError(name, 1, dupes[0], "column appears twice in the header")
    table = CsvTable(name, header, [])
    unknown = [h for h in header if h not in known]
    for u in unknown:
        table.warnings.append(f"{name}: unknown column '{u}' ignored")
    rownum = 1
    try:
        for cells in reader:
            rownum = reader.line_num
            if not any(c.strip() for c in cells):
                continue  # blank line
            if len(cells) > len(header):
                extra = cells[len(header):]
                if any(c.strip() for c in extra):
                    raise CsvError(name, rownum, None, f"{len(cells)} cells but the header has {len(header)} columns")
            cells = cells + [""] * (len(header) - len(cells))
            row = {h: cells[i].strip() for i, h in enumerate(header) if h in known}
            table.rows.append((rownum, row))
    except csv.Error as e:
        raise CsvError(name, rownum + 1, None, f"malformed CSV: {e}") from None
    return table


def _column_at(raw: bytes, offset: int) -> str | None:
    """The header name of the cell holding byte ``offset`` (for errors)."""
    header_end = raw.find(b"\n")
    header_text = raw[: header_end if header_end >= 0 else len(raw)].decode("utf-8-sig", errors="replace")
    delimiter = ";" if header_text.count(";") > header_text.count(",") else ","
    try:
        header = [h.strip().lower() for h in next(csv.reader([header_text], delimiter=delimiter))]
        line_start = raw.rfind(b"\n", 0, offset) + 1
        prefix = raw[line_start:offset].decode("utf-8", errors="replace")
        index = len(next(csv.reader([prefix], delimiter=delimiter), [""])) - 1 if prefix else 0
    except (csv.Error, StopIteration):
        return None
    return header[index] if 0 <= index < len(header) else None


def _req(t: CsvTable, n: int, row: dict[str, str], col: str) -> str:
    v = row.get(col, "")
    if not v:
        raise CsvError(t.file, n, col, "value is required")
    return v


@overload
def _date(t: CsvTable, n: int, row: dict[str, str], col: str, required: Literal[True]) -> date: ...
@overload
def _date(t: CsvTable, n: int, row: dict[str, str], col: str, required: bool = False) -> date | None: ...
def _date(t: CsvTable, n: int, row: dict[str, str], col: str, required: bool = False) -> date | None:
    v = row.get(col, "")
    if not v:
        if required:
            raise CsvError(t.file, n, col, "value is required")
        return None
    try:
        return parse_date(v)
    except ValueError as e:
        raise CsvError(t.file, n, col, str(e)) from None


def _bool(t: CsvTable, n: int, row: dict[str, str], col: str) -> bool:
    v = row.get(col, "").strip().lower()
    if not v:
        return False
    if v in _YES:
        return True
    if v in _NO:
        return False
    raise CsvError(t.file, n, col, f"'{row[col]}' is not yes/no (yes, no, ja, nee, nej, true, false, 1, 0)")


def _enum(t: CsvTable, n: int, row: dict[str, str], col: str, enum: type[_E], value: str | None = None) -> _E:
    v = (value if value is not None else row.get(col, "")).strip().lower()
    try:
        return enum(v)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise CsvError(t.file, n, col, f"'{v}' is not one of: {allowed}") from None


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


def parse_people(path: str | Path) -> tuple[list[PersonRow], list[str]]:
    t = read_table(path, PEOPLE_REQUIRED, PEOPLE_COLUMNS)
    seen: dict[str, int] = {}
    out: list[PersonRow] = []
    present = frozenset(c for c in PEOPLE_COLUMNS if c in t.columns and c not in PEOPLE_REQUIRED)
    for n, row in t.rows:
        ext = _req(t, n, row, "external_id")
        if ext in seen:
            raise CsvError(t.file, n, "external_id", f"'{ext}' appears twice (also on row {seen[ext]})")
        seen[ext] = n
        name = _req(t, n, row, "name")
        role = _enum(t, n, row, "role", Role, _req(t, n, row, "role"))
        birth = _date(t, n, row, "birth_date")
        problem = birth and birth_date_problem(birth)
        if problem:
            raise CsvError(t.file, n, "birth_date", problem)
        out.append(
            PersonRow(n, ext, name, role, birth, row.get("group") or None, _bool(t, n, row, "publication_ban"),
                      present)
        )
    return out, t.warnings


def parse_consent(path: str | Path, channels: set[str]) -> tuple[list[ConsentRow], list[str]]:
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
    return out, t.warnings


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
