# reportlab ships no type information, so its classes are ``Any`` to mypy; the flowables and
# the canvas below must subclass them. This line keeps that one allowance to this module.
# mypy: allow-subclassing-any
"""The page furniture and building blocks every unionrep document shares.

A4 pages with the house margins, a footer "Tudalen x o y / Page x of y" with the document's
reference (and a running head on continuation pages), tables and paragraphs set in the embedded
DejaVu Sans, and ``build_pdf`` which turns a story of flowables into reproducible PDF bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache, partial
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from unionrep.pdf import styles as st
from unionrep.pdf.fonts import FAMILY, register_fonts
from unionrep.pdf.labels import label, label_pair, markup

Number = Fraction | int

PAGE_W, PAGE_H = A4
CONTENT_W = PAGE_W - 2 * st.MARGIN_X
LANDSCAPE_CONTENT_W = A4[1] - 2 * st.MARGIN_X
LABEL_W = 37 * mm  # label column of the field tables
VALUE_W = (CONTENT_W - 2 * LABEL_W) / 2
FOUR_COLS = [LABEL_W, VALUE_W, LABEL_W, VALUE_W]


# ------------------------------------------------------------------------------------------
# small flowables
# ------------------------------------------------------------------------------------------


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = st.BOX) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(st.TEXT)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class WriteLines(Flowable):
    """``n`` faint ruled lines to write on, ``gap`` apart."""

    def __init__(self, n: int, gap: float = 5.8 * mm) -> None:
        super().__init__()
        self.n, self.gap = n, gap

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        self.height = self.n * self.gap
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(st.WRITE_LINE)
        self.canv.setLineWidth(0.5)
        for i in range(self.n):
            y = self.height - (i + 1) * self.gap + 1
            self.canv.line(0, y, self.width, y)


# ------------------------------------------------------------------------------------------
# page furniture: footer "Page x of y" on every page (two passes: pages are held until save)
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Furniture:
    """What the footer and the running head of continuation pages say."""

    mode: str
    reference: str
    running_title: str


class NumberedCanvas(Canvas):
    """A canvas that holds each finished page, then stamps "Tudalen x o y" once y is known."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        f = self._furniture
        page = self.getPageNumber()
        width, height = self._pagesize
        left, right = st.MARGIN_X, width - st.MARGIN_X
        self.saveState()
        self.setStrokeColor(st.RULE)
        self.setLineWidth(st.RULE_WIDTH)
        y = st.MARGIN_BOTTOM - 7 * mm
        self.line(left, y + 3.2 * mm, right, y + 3.2 * mm)
        self.setFillColor(st.GREY_TEXT)
        self.setFont(FAMILY, 7)
        self.drawString(left, y, f"{label('reference', f.mode)}: {f.reference}")
        self.drawRightString(right, y, label("page", f.mode, page=page, total=total))
        if page > 1:  # a running head on continuation pages
            top = height - st.MARGIN_TOP + 4 * mm
            self.drawString(left, top, f.running_title)
            self.drawRightString(right, top, f.reference)
            self.line(left, top - 1.8 * mm, right, top - 1.8 * mm)
        self.restoreState()


# ------------------------------------------------------------------------------------------
# tables and paragraphs
# ------------------------------------------------------------------------------------------


class DejaVuTable(Table):
    """A Table whose cells use DejaVu Sans (reportlab's default cell font is Helvetica, which
    would otherwise be referenced — though never drawn — in every PDF)."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FAMILY, 8)]))


class Para(Paragraph):
    """A Paragraph that remembers its last wrap.

    Tables wrap each cell to measure it, then again to draw it (and KeepTogether once more);
    the line breaking depends only on the width, so a repeat at the same width is free.
    """

    _wrapped: tuple[float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped
        # (split() may drop blPara to force a re-break; only reuse it while it is there)
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height = last[1], last[2]
            return last[1], last[2]
        w, h = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, w, h)
        return w, h


@lru_cache(maxsize=2048)
def _parsed(text: str, style: str) -> tuple[Any, ...]:
    """Paragraph markup parsed into reportlab fragments (labels repeat on every document)."""
    parser = ParaParser()
    _style, frags, _bullet = parser.parse(cleanBlockQuotedText(text), st.stylesheet()[style])
    if frags is None:
        raise ValueError(f"bad paragraph markup ({parser.errors[0]}): {text[:40]!r}")
    textTransformFrags(frags, st.stylesheet()[style])
    return tuple(frags)


def para(text: str, style: str = "value", *, cache: bool = True, bullet: str | None = None) -> Paragraph:
    """A paragraph of markup. Labels are parsed once per process (``cache``); what the user
    typed (names, purposes) is parsed afresh and not kept after the document is built."""
    if not cache or bullet is not None:
        return Para(text, st.stylesheet()[style], bulletText=bullet)
    frags = [f.clone() for f in _parsed(text, style)]  # fresh copies: reportlab may annotate them
    return Para(None, st.stylesheet()[style], frags=frags)


def hex_color(color: Any) -> str:
    return "#" + str(color.hexval())[2:]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def text(value: str) -> str:
    """Escape a free-text value for Paragraph markup, keeping the user's line breaks."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(_CONTROL.sub("", value)).replace("\n", "<br/>")


def small(words: str, size: float = 7) -> str:
    """Markup for a short grey note inside a value cell."""
    return f'<font size="{size:g}" color="{hex_color(st.GREY_TEXT)}">{escape(words)}</font>'


def lbl(key: str, mode: str, **fmt: object) -> Paragraph:
    """A bold label cell (Welsh above, English below in bilingual mode)."""
    return para(markup(label_pair(key, **fmt), mode, bold=True, en_size=st.EN_LABEL_SIZE), "label")


def head(key: str, mode: str, style: str = "th", **fmt: object) -> Paragraph:
    """A column heading cell."""
    return para(markup(label_pair(key, **fmt), mode, en_size=st.EN_LABEL_SIZE), style)


def val(value: str | None, mode: str, *, bold: bool = False) -> Paragraph:
    """A value the user typed; "Heb ei nodi / Not stated" when there is none."""
    if value is None or not value.strip():
        return para(markup(label_pair("not_stated"), mode, stacked=False), "small")
    return para(text(value), "value_bold" if bold else "value", cache=False)


def val_pair(pair: tuple[str, str], mode: str, extra: str = "") -> Paragraph:
    """A bilingual value: Welsh, then English below in grey (or one language)."""
    return para(markup(pair, mode, en_size=st.EN_VALUE_SIZE) + extra, "value")


def pairs(items: Sequence[tuple[str, str]], mode: str) -> Paragraph:
    """Several bilingual values: the Welsh ones, then the English ones below in grey."""
    return val_pair(("; ".join(p[0] for p in items), "; ".join(p[1] for p in items)), mode)


def figure(n: Number) -> str:
    """A figure to 2 dp, rounding half up (exact fractions are rounded only here)."""
    q = Fraction(n)
    d = (Decimal(q.numerator) / Decimal(q.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return "0.00" if d == 0 else f"{d:,.2f}"


def section(number: int | None, title: str | tuple[str, str], mode: str, width: float = CONTENT_W,
            **fmt: object) -> Table:
    """A teal band with a numbered, bilingual section title (a label key, or a (cy, en) pair)."""
    pair = label_pair(title, **fmt) if isinstance(title, str) else title
    words = markup(pair, mode, stacked=False, en_color=st.BAND_EN_HEX)
    prefix = "" if number is None else f"{number}&nbsp;&nbsp;"
    t = DejaVuTable([[para(prefix + words, "section")]], colWidths=[width])
    t.setStyle(TableStyle(st.SECTION_BAND))
    return t


def field_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    label_cols: Iterable[int] = (0, 2),
    extra: Sequence[tuple[Any, ...]] = (),
    **kw: Any,
) -> Table:
    """A grid of label and value cells; label columns get the grey background.

    A value spanning into a label column (a ``SPAN`` in ``extra`` that starts in a value
    column) keeps the plain background of a value across its whole width.
    """
    t = DejaVuTable([list(r) for r in rows], colWidths=list(widths), **kw)
    n = len(widths)
    shaded = {c % n for c in label_cols}
    cmds: list[tuple[Any, ...]] = [*st.CELL_PAD, *st.GRID]
    cmds += [("BACKGROUND", (c, 0), (c, -1), st.LABEL_BG) for c in shaded]
    cmds += [("BACKGROUND", cmd[1], cmd[2], colors.white) for cmd in extra
             if cmd[0] == "SPAN" and cmd[1][0] % n not in shaded]
    t.setStyle(TableStyle([*cmds, *extra]))
    return t


def gap(h: float = st.SECTION_GAP) -> Spacer:
    return Spacer(1, h)


def strut(height: float) -> Spacer:
    """An invisible spacer that gives a table row a minimum height (room to sign)."""
    return Spacer(0.1, height)


def logo(path: Path, max_w: float = 50 * mm, max_h: float = 16 * mm) -> Image:
    """The organisation's logo, scaled to fit; ValueError naming ``logo_path`` if unreadable."""
    if not path.is_file():
        raise ValueError(f"logo_path: no image file at {path}")
    try:
        iw, ih = ImageReader(str(path)).getSize()
    except Exception as exc:  # reportlab raises bare Exceptions for unreadable images
        raise ValueError(f"logo_path: cannot read {path} as an image ({exc})") from exc
    scale = min(max_w / iw, max_h / ih)
    img = Image(str(path), width=iw * scale, height=ih * scale)
    img.hAlign = "RIGHT"
    return img


# ------------------------------------------------------------------------------------------
# building
# ------------------------------------------------------------------------------------------


def build_pdf(
    story: list[Flowable],
    *,
    furniture: Furniture,
    title: str,
    subject: str,
    author: str,
    invariant: bool = True,
    wide: bool = False,
) -> bytes:
    """Lay ``story`` out on A4 (landscape when ``wide``) and return the PDF bytes.

    ``invariant`` (default) makes the output byte-for-byte reproducible: reportlab then writes
    a fixed creation date and document id instead of the current time. The metadata holds only
    what is printed on the page (a title, the subject, the organisation), never personal data.
    """
    register_fonts()
    pagesize = landscape(A4) if wide else A4
    width, height = pagesize
    buf = BytesIO()
    body = Frame(
        st.MARGIN_X, st.MARGIN_BOTTOM, width - 2 * st.MARGIN_X,
        height - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        pageTemplates=[PageTemplate(id="page", frames=[body])],
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=author,
        creator="unionrep",
        keywords=[],
        invariant=1 if invariant else 0,
        lang="en-GB" if furniture.mode == "en" else "cy",
        initialFontName=FAMILY,
        initialFontSize=9,
        displayDocTitle=1,
    )
    doc.build(story, canvasmaker=partial(NumberedCanvas, furniture=furniture))
    return buf.getvalue()


# ------------------------------------------------------------------------------------------
# the document header: organisation (and logo), title, intro line and a reference box
# ------------------------------------------------------------------------------------------


def en_inline(words: str, style: str) -> str:
    """`` / English`` in the grey, lighter face of ``style`` (for one-line bilingual text)."""
    s = st.stylesheet()[style]
    return (f'<font name="{s.fontName}" size="{s.fontSize:g}" color="{hex_color(s.textColor)}">'
            f" / {escape(words)}</font>")


def document_header(
    *,
    organisation: tuple[str, str],
    title: tuple[str, str],
    intro: tuple[str, str],
    reference: str,
    ref_note: str,
    mode: str,
    logo_path: str | Path | None = None,
    width: float = CONTENT_W,
) -> list[Flowable]:
    """Organisation line (with the logo on the right), a teal rule, the title with ``intro``
    below it, and a box holding the reference and ``ref_note`` (markup) on the right."""
    org_cy, org_en = organisation
    if mode == "bilingual" and org_cy != org_en:
        org_text = f"{escape(org_cy)}{en_inline(org_en, 'org_en')}"
    else:
        org_text = escape(org_cy if mode == "cy" else org_en if mode == "en" else org_cy)

    picture: Flowable | str = ""
    logo_w = 0.0
    if logo_path is not None:
        picture = logo(Path(logo_path))
        logo_w = 52 * mm
    top = DejaVuTable([[para(org_text, "org"), picture]], colWidths=[width - logo_w, logo_w or None])
    top.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        *st.FLUSH,
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))

    if mode == "bilingual":
        title_cell: list[Flowable] = [para(escape(title[0]), "title"), para(escape(title[1]), "title_en")]
    else:
        title_cell = [para(escape(title[0] if mode == "cy" else title[1]), "title")]
    title_cell += [gap(1.2 * mm), para(markup(intro, mode), "intro")]

    ref_w = 62 * mm
    ref_box = DejaVuTable(
        [
            [para(markup(label_pair("reference"), mode, stacked=False), "ref_label")],
            [para(escape(reference), "ref")],
            [para(ref_note, "ref_label")],
        ],
        colWidths=[ref_w],
    )
    ref_box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.TEAL_LIGHT),
        ("BOX", (0, 0), (-1, -1), st.RULE_WIDTH, st.TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("TOPPADDING", (0, 0), (-1, 0), 3.5),
        ("TOPPADDING", (0, 2), (-1, 2), 1.5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
    ]))
    title_row = DejaVuTable([[title_cell, ref_box]], colWidths=[width - ref_w, ref_w])
    title_row.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *st.FLUSH,
        ("RIGHTPADDING", (0, 0), (0, 0), 8),
    ]))
    return [
        top,
        HRFlowable(width="100%", thickness=1.4, color=st.TEAL, spaceBefore=0, spaceAfter=6),
        title_row,
        gap(3.2 * mm),
    ]
