"""A rep's yearly statement and the branch summary (RULES §1–3, §6), as PDF or CSV.

Both are a header and a list of ``Section`` tables (plain values), gathered from the book by
unionrep.app.document_data.statements and written here by one PDF and one CSV writer:

- PDF: the house header, a numbered band per section, each table in DejaVu Sans;
- CSV: UTF-8 with a byte-order mark (Excel opens it as UTF-8); each section is a title row, one
  header row and its rows, sections separated by a blank line. Numbers are plain decimals
  (2 dp, no thousands separator, no currency sign) so a spreadsheet reads them as numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from unionrep.core import pay
from unionrep.core.caps import fmt_number
from unionrep.core.spreadsheet import csv_bytes
from unionrep.pdf import styles as st
from unionrep.pdf.labels import (
    Bilingual,
    check_mode,
    join,
    label,
    label_pair,
    markup,
)
from unionrep.pdf.layout import (
    CONTENT_W,
    LANDSCAPE_CONTENT_W,
    Furniture,
    build_pdf,
    document_header,
    field_table,
    gap,
    para,
    text,
)

HOURS, MONEY, PERCENT, COUNT = "hours", "money", "percent", "count"


@dataclass(frozen=True)
class Num:
    """A figure in a table: hours (or the allowance's unit), money, a percentage or a count."""

    value: Fraction
    kind: str = HOURS
    places: int = 1  # decimal places of a percentage as shown (the CSV always has 2)

    def csv(self) -> str:
        return str(int(self.value)) if self.kind == COUNT else fmt_number(self.value)

    def shown(self) -> str:
        if self.kind == MONEY:
            return pay.money(self.value)
        if self.kind == PERCENT:
            return f"{fmt_number(self.value, self.places)}%"
        if self.kind == COUNT:
            return f"{int(self.value):,}"
        whole = fmt_number(self.value)
        head, _, tail = whole.partition(".")
        return f"{int(head):,}.{tail}" if head.lstrip("-").isdigit() and not head.startswith("-") else whole


Cell = Num | Bilingual | str | None


def hours(minutes: int | Fraction) -> Num:
    return Num(Fraction(minutes) / 60)


@dataclass(frozen=True)
class Section:
    """One table: a title, one header row, rows; an optional bold totals row and a note."""

    key: str
    title: Bilingual
    columns: tuple[Bilingual, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None
    note: Bilingual | None = None
    widths: tuple[float, ...] | None = None  # mm; None: the first column takes what is left
    empty: Bilingual | None = None  # printed (PDF) when there are no rows

    def __post_init__(self) -> None:
        for row in (*self.rows, *(() if self.total is None else (self.total,))):
            if len(row) != len(self.columns):
                raise ValueError(f"{self.key}: a row has {len(row)} cells for {len(self.columns)} columns")


@dataclass(frozen=True)
class Document:
    """A statement or summary: what the header says, then the sections."""

    kind: str  # "statement" | "summary"
    title: Bilingual
    organisation: Bilingual
    reference: str
    year_label: str
    details: tuple[tuple[Bilingual, Cell], ...]
    sections: tuple[Section, ...]
    lang: str = "bilingual"
    logo_path: str | None = None
    wide: bool = False
    extra_notes: tuple[Bilingual, ...] = field(default=())

    def __post_init__(self) -> None:
        check_mode(self.lang)


# ------------------------------------------------------------------------------------------
# writing: CSV
# ------------------------------------------------------------------------------------------


def _csv_cell(cell: Cell, mode: str) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Num):
        return cell.csv()
    if isinstance(cell, Bilingual):
        return join(cell, mode)
    return cell


def render_csv(doc: Document) -> bytes:
    """The document as CSV sections (UTF-8 with BOM, every cell through the shared safe writer)."""
    m = doc.lang
    rows: list[list[object]] = [[join(doc.title, m), join(doc.organisation, m), doc.year_label], [],
                                [label("section_details", m)], [label("item", m), label("value", m)]]
    rows += [[join(key, m), _csv_cell(value, m)] for key, value in doc.details]
    for s in doc.sections:
        rows += [[], [join(s.title, m)], [join(c, m) for c in s.columns]]
        rows += [[_csv_cell(c, m) for c in row] for row in s.rows]
        if s.total is not None:
            rows.append([_csv_cell(c, m) for c in s.total])
    return csv_bytes(rows)


# ------------------------------------------------------------------------------------------
# writing: PDF
# ------------------------------------------------------------------------------------------


def _pdf_cell(cell: Cell, mode: str, *, bold: bool = False, left: bool = False) -> Flowable | str:
    """A table cell; figures are right-aligned in their column, or ``left`` (the details grid,
    where they stand among words)."""
    if cell is None:
        return para("–", "value" if left else "num")
    if isinstance(cell, Num):
        style = ("value_bold" if bold else "value") if left else ("num_bold" if bold else "num")
        return para(escape(cell.shown()), style)
    if isinstance(cell, Bilingual):
        words = markup(cell, mode, bold=bold, en_size=st.EN_VALUE_SIZE)
        return para(words, "value", cache=False)
    return para(f"<b>{text(cell)}</b>" if bold else text(cell), "value", cache=False)


def _widths(s: Section, width: float) -> list[float]:
    n = len(s.columns)
    if s.widths is None:
        rest = 30 * mm
        return [width - rest * (n - 1)] + [rest] * (n - 1)
    fixed = [w * mm for w in s.widths if w]
    free = [i for i, w in enumerate(s.widths) if not w]
    share = (width - sum(fixed)) / max(len(free), 1)
    return [w * mm if w else share for w in s.widths]


def _section_table(s: Section, number: int, mode: str, width: float) -> list[Flowable]:
    """The section as one table: its title band and column headings repeat on each page."""
    n = len(s.columns)
    numeric = [any(isinstance(r[i], Num) for r in (*s.rows, *(() if s.total is None else (s.total,))))
               for i in range(n)]
    band = markup(s.title, mode, stacked=False, en_color=st.BAND_EN_HEX)
    rows: list[list[Flowable | str]] = [
        [para(f"{number}&nbsp;&nbsp;{band}", "section"), *[""] * (n - 1)],
        [para(markup(c, mode, en_size=st.EN_LABEL_SIZE), "th" if numeric[i] else "th_left")
         for i, c in enumerate(s.columns)],
    ]
    rows += [[_pdf_cell(c, mode) for c in row] for row in s.rows]
    extra: list[tuple[object, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        *[(cmd, (0, 0), (-1, 0), *args) for cmd, _a, _b, *args in st.SECTION_BAND],
        ("BACKGROUND", (0, 1), (-1, 1), st.TEAL_LIGHT),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
    ]
    if not s.rows and s.empty is not None:
        rows.append([para(markup(s.empty, mode, stacked=False), "small"), *[""] * (n - 1)])
        extra.append(("SPAN", (0, 2), (-1, 2)))
    if s.total is not None and s.rows:
        rows.append([_pdf_cell(c, mode, bold=True) for c in s.total])
        extra.append(("BACKGROUND", (0, -1), (-1, -1), st.LABEL_BG))
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 1, st.TEAL))
    table = field_table(rows, _widths(s, width), label_cols=(), extra=extra, repeatRows=2, splitInRow=1)
    story: list[Flowable] = [KeepTogether([table]) if len(s.rows) <= 8 else table]
    if s.note is not None:
        story.append(para(markup(s.note, mode, stacked=False), "small"))
    return story


def render_pdf(doc: Document, *, invariant: bool = True) -> bytes:
    m = doc.lang
    width = LANDSCAPE_CONTENT_W if doc.wide else CONTENT_W
    ref_note = markup(label_pair("year_of", year=doc.year_label), m, stacked=False, bold=True)
    story: list[Flowable] = document_header(
        organisation=doc.organisation, title=doc.title, intro=label_pair("statement_intro"),
        reference=doc.reference, ref_note=ref_note, mode=m, logo_path=doc.logo_path, width=width,
    )
    label_w = 48 * mm
    value_w = (width - 2 * label_w) / 2
    short: list[list[Flowable | str]] = []
    wide: list[list[Flowable | str]] = []
    for key, value in doc.details:
        cells = [para(markup(key, m, bold=True, en_size=st.EN_LABEL_SIZE), "label"),
                 _pdf_cell(value, m, left=True)]
        long_text = isinstance(value, Bilingual | str) and len(join(value, "en") if isinstance(
            value, Bilingual) else value) > 40
        (wide if long_text else short).append(cells)
    if len(short) == 1:
        wide, short = short + wide, []
    half = (len(short) + 1) // 2
    left, right = short[:half], short[half:]
    right += [["", ""]] * (len(left) - len(right))
    grid: list[list[Flowable | str]] = [a + b for a, b in zip(left, right, strict=True)]
    spans: list[tuple[object, ...]] = []
    for cells in wide:
        spans.append(("SPAN", (1, len(grid)), (-1, len(grid))))
        grid.append([*cells, "", ""])
    if grid:
        story.append(field_table(grid, [label_w, value_w, label_w, value_w], extra=spans))
    for number, s in enumerate(doc.sections, start=1):
        story += [gap(3 * mm), *_section_table(s, number, m, width)]
    org = join(doc.organisation, m)
    title = join(doc.title, m)
    return build_pdf(
        story,
        furniture=Furniture(m, doc.reference, f"{title} — {doc.year_label}"),
        title=f"{title} – {doc.year_label}",
        subject=label("statement_intro", m),
        author=org,
        invariant=invariant,
        wide=doc.wide,
    )


def render_statement(doc: Document, fmt: str) -> bytes:
    return render_csv(doc) if fmt == "csv" else render_pdf(doc)


__all__ = ["Cell", "Document", "Num", "Section", "hours", "render_csv", "render_pdf", "render_statement"]
