"""Escalation letters for a dispute (RULES §5), laid out from a ``LetterData`` of plain values
(sentences as (cy, en) pairs) that unionrep.app.document_data.letters gathers from the book. In
bilingual mode the full Welsh letter comes first, then the full English letter (Welsh Language
Standards practice).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, TableStyle

from unionrep.pdf import styles as st
from unionrep.pdf.labels import (
    Bilingual,
    check_mode,
    date_pair,
    format_date,
    join,
)
from unionrep.pdf.layout import CONTENT_W, DejaVuTable, Furniture, build_pdf, field_table, gap, para, text
from unionrep.pdf.letter_texts import same, sentence, words

# ------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One piece of the letter's body: a heading, a paragraph, a bullet, a note, or a table
    (``rows`` of cells; with ``header`` the first row holds column headings)."""

    kind: str  # "heading" | "para" | "bullet" | "note" | "facts" | "table"
    words: Bilingual = Bilingual("", "")  # noqa: RUF009 — an immutable tuple
    rows: tuple[tuple[Bilingual, ...], ...] = ()


@dataclass(frozen=True)
class LetterData:
    """A letter as plain values; every text a (cy, en) pair."""

    reference: str
    date: dt.date
    sender: tuple[Bilingual, ...]  # first line: the rep's name
    addressee: tuple[Bilingual, ...]
    addressee_name: str  # "" → "Dear Sir or Madam"
    subject: Bilingual
    body: tuple[Block, ...]
    signer: str
    signer_lines: tuple[Bilingual, ...] = ()
    copy_to: tuple[str, ...] = ()
    title: Bilingual = words("title")  # noqa: RUF009 — an immutable tuple
    lang: str = "bilingual"
    organisation: Bilingual | None = None  # the PDF's Author, as on every unionrep document

    def __post_init__(self) -> None:
        check_mode(self.lang)
        for block in self.body:
            if block.kind not in ("heading", "para", "bullet", "note", "facts", "table"):
                raise ValueError(f"body: unknown block kind {block.kind!r}")


# ------------------------------------------------------------------------------------------
# layout
# ------------------------------------------------------------------------------------------


def _pick(pair: Bilingual, lang: str) -> str:
    return pair.cy if lang == "cy" else pair.en


def _lines(lines: Sequence[Bilingual], lang: str, *, bold_first: bool = False) -> str:
    out = []
    for i, line in enumerate(lines):
        words_ = escape(_pick(line, lang))
        out.append(f"<b>{words_}</b>" if bold_first and i == 0 else words_)
    return "<br/>".join(out)


def _one_letter(d: LetterData, lang: str) -> list[Flowable]:
    """The whole letter in one language."""
    half = CONTENT_W / 2
    top = DejaVuTable(
        [[para(_lines(d.addressee, lang), "letter_block", cache=False),
          para(_lines(d.sender, lang, bold_first=True), "letter_block", cache=False)]],
        colWidths=[half + 10 * mm, half - 10 * mm],
    )
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *st.FLUSH]))
    ref = escape(f"{_pick(words('our_ref'), lang)} {d.reference}")
    story: list[Flowable] = [
        top,
        gap(7 * mm),
        para(f"{escape(format_date(d.date, lang))}<br/>{ref}", "letter_block", cache=False),
        gap(6 * mm),
    ]
    dear = words("dear", name=d.addressee_name) if d.addressee_name else words("dear_unnamed")
    story.append(para(escape(_pick(dear, lang)), "letter", cache=False))
    story.append(para(escape(_pick(d.subject, lang)), "letter_subject", cache=False))
    for block in d.body:
        story += _block(block, lang)
    yours = words("yours" if d.addressee_name else "yours_unnamed")
    sign = [
        para(escape(_pick(yours, lang)), "letter"),
        gap(14 * mm),
        para(f"<b>{escape(d.signer)}</b><br/>{_lines(d.signer_lines, lang)}", "letter_block", cache=False),
    ]
    if d.copy_to:
        sign += [gap(5 * mm), para(escape(f"{_pick(words('copy_to'), lang)}: " + "; ".join(d.copy_to)),
                                   "letter_block", cache=False)]
    story.append(KeepTogether(sign))
    return story


def _block(block: Block, lang: str) -> list[Flowable]:
    if block.kind == "heading":
        return [para(escape(_pick(block.words, lang)), "letter_heading")]
    if block.kind == "bullet":
        return [para(text(_pick(block.words, lang)), "letter_bullet", cache=False, bullet="•")]
    if block.kind == "note":
        return [para(text(_pick(block.words, lang)), "letter_note", cache=False)]
    if block.kind == "para":
        return [para(text(_pick(block.words, lang)), "letter", cache=False)]
    if block.kind == "facts":
        label_w = 50 * mm
        rows = [[para(f"<b>{escape(_pick(r[0], lang))}</b>", "cell"),
                 para(text(_pick(r[1], lang)), "cell", cache=False)] for r in block.rows]
        return [field_table(rows, [label_w, CONTENT_W - label_w], label_cols=(0,), splitInRow=1),
                gap(3 * mm)]
    # a table with a heading row
    widths = [12 * mm, 34 * mm, 56 * mm]
    widths.append(CONTENT_W - sum(widths))
    cells: list[list[Any]] = []
    for i, row in enumerate(block.rows):
        style = "cell_bold" if i == 0 else "cell"
        cells.append([para(text(_pick(c, lang)), style, cache=False) for c in row])
    table = field_table(cells, widths, label_cols=(), repeatRows=1, splitInRow=1,
                        extra=[("BACKGROUND", (0, 0), (-1, 0), st.TEAL_LIGHT)])
    return [table, gap(3 * mm)]


def render_letter(data: LetterData, *, invariant: bool = True) -> bytes:
    """The letter as PDF bytes: Welsh then English in bilingual mode, or one language."""
    langs = ["cy", "en"] if data.lang == "bilingual" else [data.lang]
    story: list[Flowable] = []
    for i, lang in enumerate(langs):
        if i:
            story.append(PageBreak())
        story += _one_letter(data, lang)
    title = join(data.title, data.lang)
    return build_pdf(
        story,
        furniture=Furniture(data.lang, data.reference, title),
        title=f"{title} – {data.reference}",
        subject=join(data.subject, data.lang),
        author="" if data.organisation is None else join(data.organisation, data.lang),
        invariant=invariant,
    )


def sample_letter_data(**overrides: Any) -> LetterData:
    """An invented letter (no real person) for previews and tests."""
    data = LetterData(
        reference="UR-1A2B3C4D5E-D0F1E2-1",
        date=dt.date(2026, 3, 20),
        sender=(same("Gwenllïan Ŵyn ap Dafydd Ŷr"),
                Bilingual("Swyddog cangen / stiward (UNSAIN Cymru)",
                          "Branch officer / steward (UNISON Cymru)"),
                same("Neuadd y Sir, Rhuthun")),
        addressee=(same("Siân Elinor Huws"), words("post.refusal.1"),
                   Bilingual("Cyngor Sir Ddinbych", "Denbighshire County Council")),
        addressee_name="Siân Elinor Huws",
        subject=sentence("subject.refusal.1", date=date_pair(dt.date(2026, 3, 12))),
        body=(
            Block("para", words("no_reasons")),
            Block("heading", words("h.clauses")),
            Block("bullet", words("c.6.2")),
        ),
        signer="Gwenllïan Ŵyn ap Dafydd Ŷr",
        signer_lines=(Bilingual("Swyddog cangen / stiward", "Branch officer / steward"),),
    )
    return dataclasses.replace(data, **overrides) if overrides else data


__all__ = ["Block", "LetterData", "render_letter", "sample_letter_data"]
