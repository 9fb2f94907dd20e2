"""Every CSV file unionrep writes or reads goes through here.

Writing: a cell that begins with = + - @, a tab or a carriage return is one a spreadsheet may run as a
formula (`=HYPERLINK(...)` in a rep's name would go live in Excel), so it is written with a leading
apostrophe, which spreadsheets show as text; a plain number such as -2.50 is left as it is. Files are
UTF-8 with a byte-order mark (so Excel reads the Welsh letters) and CRLF line ends.

Reading: UTF-8 (with or without its mark), UTF-16 with its mark (Excel's "Unicode text"), else
Windows-1252; a cell longer than FIELD_LIMIT or a file the csv module cannot parse is refused with a
message, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Sequence

from unionrep.core.errors import ValidationError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
FIELD_LIMIT = 131_072  # characters in one cell: the csv module's own limit


def safe_cell(value: object) -> str:
    """The cell's text, with a leading apostrophe where a spreadsheet would take it for a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def read_cell(text: str) -> str:
    """A cell as safe_cell() wrote it, back to its text."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    """The rows as a CSV file: every cell through safe_cell(), UTF-8 with its mark, CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def decode_csv(data: bytes) -> str:
    """The text of a CSV file, whichever of the encodings spreadsheets save in it is."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValidationError("file", "the file says it is UTF-16 but is not; save it as CSV UTF-8 "
                                          "and try again") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows


def read_rows(text: str, dialect: type[csv.Dialect] | csv.Dialect = csv.excel) -> list[list[str]]:
    """Every row of the CSV text, or a ValidationError saying why it cannot be read."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ValidationError("file", "row {row}: a cell is longer than {limit:,} characters",
                                  row=reader.line_num, limit=FIELD_LIMIT) from None
        raise ValidationError("file", "row {row} cannot be read as CSV ({reason})", row=reader.line_num,
                              reason=str(exc)) from None
    return rows
