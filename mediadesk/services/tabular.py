"""Reading the tables that school admin systems export.

A CSV or text export in whatever encoding the system or Excel wrote it
(UTF-8, UTF-8 with BOM, UTF-16 LE/BE as Excel's "Unicode text",
Windows-1252, Latin-1), separated by ``,``, ``;`` or tab (detected), or an
Excel workbook (.xlsx, first sheet, read with openpyxl). The result says
which encoding and separator were used, so an import summary can tell the
user. A file that cannot be read (missing, a folder, too large, empty, not a
table) raises :class:`CsvError` naming the file. Nothing here touches the
library, and nothing here knows what the columns mean (``services/mapping.py``).
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from mediadesk.core.errors import CsvError

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000  # a large school has a few thousand pupils
DELIMITERS = (",", ";", "\t")
XLSX = "Excel workbook (.xlsx)"

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Excel .xls (and .doc)
_DELIMITER_WORDS = {",": "comma", ";": "semicolon", "\t": "tab"}


class EmptyFile(CsvError):
    """The file has no header row."""


@dataclass
class Table:
    """A file's header and data rows, every cell as stripped text."""

    file: str
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, header = row 1; cells padded to the header)
    encoding: str  # "UTF-8", "UTF-8 with BOM", "UTF-16 LE", ..., or XLSX
    delimiter: str | None = None  # None for a workbook
    truncated: bool = False  # only the first rows were read (a preview)

    def described(self) -> str:
        """How the file was read, in plain words (for the import summary)."""
        if self.delimiter is None:
            return f"read as {self.encoding}"
        return f"read as {self.encoding} text, {_DELIMITER_WORDS[self.delimiter]}-separated"


def read_table(path: str | Path, max_rows: int | None = None) -> Table:
    """The table in ``path``; ``max_rows`` data rows at most (a preview)."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise CsvError(name, None, None, "is a folder, not a CSV or Excel file")
        if size > MAX_BYTES:
            raise CsvError(name, None, None, "file is larger than 50 MB; is this the right file?")
        with p.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise CsvError(name, None, None, "file not found") from None
    except OSError as e:
        raise CsvError(name, None, None, f"cannot read: {e.strerror or e}") from None
    if size == 0:
        raise EmptyFile(name, 1, None, "empty file: a header row is required")
    if head.startswith(_ZIP_MAGIC) or p.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(p, name, max_rows)
    if head.startswith(_OLE_MAGIC):
        raise CsvError(name, None, None,
                       "an old Excel .xls workbook or another Office file: save it from Excel as .xlsx or as CSV")
    return _read_text(p.read_bytes(), name, max_rows)


# ---- text ------------------------------------------------------------------------------------

def decode(raw: bytes, name: str) -> tuple[str, str]:
    """``(text, encoding label)``: a BOM decides; then UTF-16 without BOM
    (every other byte zero), then UTF-8, then Windows-1252, then Latin-1
    (which reads any byte, so it is the last resort)."""
    boms = ((codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
            (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
            (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"))
    for bom, codec, label in boms:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec), label
            except UnicodeDecodeError as e:
                line = raw[: e.start].count(b"\n") + 1
                raise CsvError(name, line, None, f"the file says it is {label} but is not: {e.reason}") from None
    sample = raw[:4096]
    if len(sample) >= 4 and b"\x00" in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        for zeros, codec, label in ((odd, "utf-16-le", "UTF-16 LE"), (even, "utf-16-be", "UTF-16 BE")):
            if zeros > half * 0.6:
                try:
                    return raw.decode(codec), label
                except UnicodeDecodeError:
                    break
        raise CsvError(name, None, None, "not a text file (save it as CSV or .xlsx)")
    for codec, label in (("utf-8", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return raw.decode(codec), label
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), "Latin-1"


def _count_outside_quotes(line: str, ch: str) -> int:
    n, quoted = 0, False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == ch and not quoted:
            n += 1
    return n


def detect_delimiter(text: str) -> str:
    """``,``, ``;`` or tab: the one the header row holds most of; on a tie,
    the one that splits the next rows into as many cells as the header."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:20]
    if not lines:
        return ","
    counts = {d: _count_outside_quotes(lines[0], d) for d in DELIMITERS}
    best = max(counts.values())
    if best == 0:
        return ","
    tied = [d for d in DELIMITERS if counts[d] == best]
    if len(tied) == 1:
        return tied[0]

    def fits(d: str) -> int:
        return sum(1 for ln in lines[1:] if _count_outside_quotes(ln, d) == best)

    return max(tied, key=fits)


def _read_text(raw: bytes, name: str, max_rows: int | None) -> Table:
    text, encoding = decode(raw, name)
    if "\x00" in text:
        raise CsvError(name, None, None, "not a text file (save it as CSV or .xlsx)")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise EmptyFile(name, 1, None, "empty file: a header row is required")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as e:
        raise CsvError(name, 1, None, f"unreadable header: {e}") from None
    table = Table(name, header, [], encoding, delimiter)
    rownum = 1
    try:
        for cells in reader:
            rownum = reader.line_num
            if not any(c.strip() for c in cells):
                continue  # blank line
            if not _add_row(table, rownum, [c.strip() for c in cells], max_rows):
                break
    except csv.Error as e:
        raise CsvError(name, rownum + 1, None, f"malformed CSV: {e}") from None
    return table


def _add_row(table: Table, rownum: int, cells: list[str], max_rows: int | None) -> bool:
    """Append a row (False once a preview has enough)."""
    if max_rows is not None and len(table.rows) >= max_rows:
        table.truncated = True
        return False
    if len(table.rows) >= MAX_ROWS:
        raise CsvError(table.file, rownum, None, f"more than {MAX_ROWS:,} rows; is this the right file?")
    n = len(table.header)
    if len(cells) > n:
        if any(cells[n:]):
            raise CsvError(table.file, rownum, None, f"{len(cells)} cells but the header has {n} columns")
        cells = cells[:n]
    table.rows.append((rownum, cells + [""] * (n - len(cells))))
    return True


# ---- Excel -----------------------------------------------------------------------------------

def cell_text(value: object) -> str:
    """An Excel cell as the text a CSV export would hold: dates as
    YYYY-MM-DD, whole numbers without ``.0`` (pupil numbers), yes/no."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(p: Path, name: str, max_rows: int | None) -> Table:
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as e:
        detail = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise CsvError(name, None, None, f"not a readable Excel workbook (.xlsx): {detail}") from None
    try:
        sheets = wb.worksheets
        if not sheets:
            raise CsvError(name, None, None, "the workbook has no sheet")
        ws = sheets[0]
        header: list[str] | None = None
        table: Table | None = None
        for rownum, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            if header is None:
                header = cells
                table = Table(name, header, [], XLSX, None)
                continue
            assert table is not None
            if not _add_row(table, rownum, cells, max_rows):
                break
    except CsvError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as e:
        detail = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise CsvError(name, None, None, f"not a readable Excel workbook (.xlsx): {detail}") from None
    finally:
        wb.close()
    if table is None:
        raise EmptyFile(name, 1, None, f"empty sheet '{ws.title}': a header row is required")
    return table
