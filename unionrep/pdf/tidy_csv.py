"""A statement or branch summary as one flat table (a "tidy" CSV): one header row, then one record
a row, each a single figure or fact with what it is about, so that a spreadsheet's filter or
pandas.read_csv takes the file as it is. The sectioned CSV (statements.render_csv) mirrors the
printed document instead, with a heading and header row per section.

    document,year,section,row,column,value
    statement,2025/26,details,Rep,,Siân Ŵyn
    statement,2025/26,allowances,Branch officer / steward,Used,3.5

Words are in the document's language; a bilingual document gives them in English (the ids in
`section` are the same in every language)."""

from __future__ import annotations

import csv
import io

from unionrep.pdf.labels import join
from unionrep.pdf.statements import Cell, Document, _csv_cell

HEADER = ("document", "year", "section", "row", "column", "value")


def render_tidy_csv(doc: Document) -> bytes:
    """The document as one table of records (UTF-8 with BOM, as the sectioned CSV)."""
    mode = "cy" if doc.lang == "cy" else "en"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)

    def record(section: str, row: str, column: str, value: Cell) -> None:
        writer.writerow([doc.kind, doc.year_label, section, row, column, _csv_cell(value, mode)])

    for key, value in doc.details:
        record("details", join(key, mode), "", value)
    for s in doc.sections:
        columns = [join(c, mode) for c in s.columns]
        for cells in (*s.rows, *(() if s.total is None else (s.total,))):
            name = _csv_cell(cells[0], mode)
            for column, value in zip(columns[1:], cells[1:], strict=True):
                record(s.key, name, column, value)
    return out.getvalue().encode("utf-8-sig")
