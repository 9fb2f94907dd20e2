"""The Pro Forma Request for time off ("Pro Fforma Cais", clauses 18.1 and 18.3; RULES §4).

Rendered from plain, already-resolved values (``ProFormaData``) — no database, no Qt. The caller
(the core's services) looks up names, roles, categories and the year's balance and passes them
in; this module only lays them out.

    pdf_bytes = render_proforma(data)
"""

from __future__ import annotations

import datetime as dt
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
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
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
from unionrep.pdf.labels import (
    Bilingual,
    check_mode,
    date_pair,
    duration_pair,
    join,
    label,
    label_markup,
    label_pair,
    markup,
    status_pair,
    unit_pair,
)

Number = Fraction | int

PAGE_W, PAGE_H = A4
CONTENT_W = PAGE_W - 2 * st.MARGIN_X
LABEL_W = 37 * mm  # label column of the field tables
VALUE_W = (CONTENT_W - 2 * LABEL_W) / 2


# ------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------


def _pair(value: Any, name: str) -> Bilingual:
    try:
        cy, en = value
    except (TypeError, ValueError):
        raise ValueError(f"{name}: expected a (cy, en) pair, got {value!r}") from None
    return Bilingual(str(cy), str(en))


@dataclass(frozen=True)
class AllowanceRow:
    """One line of the "allowance this year" table, in the allowance's own unit.

    ``used_*`` count approved + taken time (RULES §3). ``used_after`` is what ``used`` becomes if
    this request is approved (equal to ``used_before`` when the category does not count). The
    ``remaining_*`` figures default to ``allowance - used``; pass them where the core knows better.
    ``allowance=None`` means uncapped ("as necessary").
    """

    name: Bilingual
    unit: str = "hours"
    allowance: Number | None = None
    used_before: Number = 0
    used_after: Number = 0
    remaining_before: Number | None = None
    remaining_after: Number | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _pair(self.name, "allowances.name"))
        for attr in ("allowance", "used_before", "used_after", "remaining_before",
                     "remaining_after"):
            value = getattr(self, attr)
            if value is not None:
                try:
                    object.__setattr__(self, attr, Fraction(value))
                except (TypeError, ValueError):
                    raise ValueError(
                        f"allowances.{attr}: expected a number, not {value!r}"
                    ) from None
        if self.allowance is not None:
            if self.remaining_before is None:
                object.__setattr__(self, "remaining_before", self.allowance - self.used_before)
            if self.remaining_after is None:
                object.__setattr__(self, "remaining_after", self.allowance - self.used_after)

    @property
    def this_request(self) -> Fraction:
        return Fraction(self.used_after) - Fraction(self.used_before)


@dataclass(frozen=True)
class ProFormaData:
    """Everything RULES §4 puts on the Pro Forma, as plain values. Pairs are ``(cy, en)``."""

    reference: str
    organisation: Bilingual
    union: str
    rep_name: str
    employee_number: str
    roles: tuple[Bilingual, ...]
    manager_name: str
    head_of_service_name: str
    entry_date: dt.date
    start_time: str | None
    end_time: str | None
    duration_minutes: int
    location: str
    purpose: str
    category: Bilingual
    paid: bool
    notice_given_on: dt.date | None
    year_label: str
    allowances: tuple[AllowanceRow, ...] = ()
    status: str = "requested"
    case_reference: str | None = None
    director_name: str = ""
    head_of_hr_name: str = ""
    logo_path: str | Path | None = None
    lang: str = "bilingual"

    def __post_init__(self) -> None:
        check_mode(self.lang)
        object.__setattr__(self, "organisation", _pair(self.organisation, "organisation"))
        object.__setattr__(self, "category", _pair(self.category, "category"))
        object.__setattr__(
            self, "roles", tuple(_pair(r, "roles") for r in self.roles)
        )
        object.__setattr__(self, "allowances", tuple(self.allowances))
        if not isinstance(self.duration_minutes, int) or self.duration_minutes < 0:
            raise ValueError(
                f"duration_minutes: must be a whole number of minutes ≥ 0, "
                f"not {self.duration_minutes!r}"
            )
        if not isinstance(self.entry_date, dt.date):
            raise ValueError(f"entry_date: expected a date, not {self.entry_date!r}")
        if self.notice_given_on is not None and not isinstance(self.notice_given_on, dt.date):
            raise ValueError(f"notice_given_on: expected a date, not {self.notice_given_on!r}")


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
class _Furniture:
    mode: str
    reference: str
    running_title: str


class _NumberedCanvas(Canvas):
    """A canvas that holds each finished page, then stamps "Tudalen x o y" once y is known."""

    def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
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
        left, right = st.MARGIN_X, PAGE_W - st.MARGIN_X
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
            top = PAGE_H - st.MARGIN_TOP + 4 * mm
            self.drawString(left, top, f.running_title)
            self.drawRightString(right, top, f.reference)
            self.line(left, top - 1.8 * mm, right, top - 1.8 * mm)
        self.restoreState()


# ------------------------------------------------------------------------------------------
# building blocks
# ------------------------------------------------------------------------------------------


class _Table(Table):
    """A Table whose cells use DejaVu Sans (reportlab's default cell font is Helvetica, which
    would otherwise be referenced — though never drawn — in every PDF)."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FAMILY, 8)]))


class _Para(Paragraph):
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


@lru_cache(maxsize=1024)
def _parsed(text: str, style: str) -> tuple[Any, ...]:
    """Paragraph markup parsed into reportlab fragments (labels repeat on every document)."""
    parser = ParaParser()
    _style, frags, _bullet = parser.parse(cleanBlockQuotedText(text), st.stylesheet()[style])
    if frags is None:
        raise ValueError(f"bad paragraph markup ({parser.errors[0]}): {text[:40]!r}")
    textTransformFrags(frags, st.stylesheet()[style])
    return tuple(frags)


def _p(text: str, style: str = "value", *, cache: bool = True) -> Paragraph:
    """A paragraph of markup. Labels are parsed once per process (``cache``); what the user
    typed (names, purposes) is parsed afresh and not kept after the document is built."""
    if not cache:
        return _Para(text, st.stylesheet()[style])
    frags = [f.clone() for f in _parsed(text, style)]  # fresh copies: reportlab may annotate them
    return _Para(None, st.stylesheet()[style], frags=frags)


def _hex(color: Any) -> str:
    return "#" + color.hexval()[2:]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _text(value: str) -> str:
    """Escape a free-text value for Paragraph markup, keeping the user's line breaks."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(_CONTROL.sub("", value)).replace("\n", "<br/>")


def _small(text: str, size: float = 7) -> str:
    """Markup for a short grey note inside a value cell."""
    return f'<font size="{size:g}" color="{_hex(st.GREY_TEXT)}">{escape(text)}</font>'


def _lbl(key: str, mode: str, **fmt: object) -> Paragraph:
    return _p(label_markup(key, mode, bold=True, en_size=st.EN_LABEL_SIZE, **fmt), "label")


def _val(text: str | None, mode: str, *, bold: bool = False) -> Paragraph:
    if text is None or not text.strip():
        return _p(markup(label_pair("not_stated"), mode, stacked=False), "small")
    return _p(_text(text), "value_bold" if bold else "value", cache=False)


def _val_pair(pair: tuple[str, str], mode: str, extra: str = "") -> Paragraph:
    return _p(markup(pair, mode, en_size=st.EN_VALUE_SIZE) + extra, "value")


def _with_note(pair: Bilingual, note: Bilingual, mode: str) -> Paragraph:
    """A bilingual value followed by a bracketed note in small grey type."""
    cy = f"{escape(pair.cy)} {_small(f'({note.cy})')}"
    en = f"{escape(pair.en)} {_small(f'({note.en})')}"
    if mode == "cy":
        return _p(cy, "value")
    if mode == "en":
        return _p(en, "value")
    return _p(f"{cy}<br/>{_small(f'{pair.en} ({note.en})', st.EN_VALUE_SIZE)}", "value")


def _pairs(pairs: Sequence[tuple[str, str]], mode: str) -> Paragraph:
    """Several bilingual values: the Welsh ones, then the English ones below in grey."""
    cy = "; ".join(p[0] for p in pairs)
    en = "; ".join(p[1] for p in pairs)
    return _val_pair((cy, en), mode)


def _fmt(n: Number) -> str:
    """A figure to 2 dp, rounding half up (exact fractions are rounded only here)."""
    q = Fraction(n)
    d = (Decimal(q.numerator) / Decimal(q.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return "0.00" if d == 0 else f"{d:,.2f}"


def _section(number: int, key: str, mode: str, **fmt: object) -> Table:
    text = label_markup(key, mode, stacked=False, en_color=st.BAND_EN_HEX, **fmt)
    t = _Table([[_p(f"{number}&nbsp;&nbsp;{text}", "section")]], colWidths=[CONTENT_W])
    t.setStyle(TableStyle(st.SECTION_BAND))
    return t


def _field_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    label_cols: Iterable[int] = (0, 2),
    extra: Sequence[tuple[Any, ...]] = (),
    **kw: Any,
) -> Table:
    """A grid of label and value cells; label columns get the grey background."""
    t = _Table([list(r) for r in rows], colWidths=list(widths), **kw)
    cmds: list[tuple[Any, ...]] = [*st.CELL_PAD, *st.GRID]
    cmds += [("BACKGROUND", (c, 0), (c, -1), st.LABEL_BG) for c in label_cols]
    t.setStyle(TableStyle([*cmds, *extra]))
    return t


def _gap(h: float = st.SECTION_GAP) -> Spacer:
    return Spacer(1, h)


def _strut(height: float) -> Spacer:
    """An invisible spacer that gives a table row a minimum height (room to sign)."""
    return Spacer(0.1, height)


# ------------------------------------------------------------------------------------------
# the sections
# ------------------------------------------------------------------------------------------

FOUR_COLS = [LABEL_W, VALUE_W, LABEL_W, VALUE_W]


def _header(d: ProFormaData) -> list[Flowable]:
    mode = d.lang
    org = d.organisation
    if mode == "bilingual" and org.cy != org.en:
        org_text = f"{escape(org.cy)}{_en_inline(org.en, 'org_en')}"
    else:
        org_text = escape(join(org, mode))

    logo: Flowable | str = ""
    logo_w = 0.0
    if d.logo_path is not None:
        logo = _logo(Path(d.logo_path))
        logo_w = 52 * mm
    head = _Table([[_p(org_text, "org"), logo]], colWidths=[CONTENT_W - logo_w, logo_w or None])
    head.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))

    title = label_pair("title")
    if mode == "bilingual":
        title_cell: list[Flowable] = [_p(escape(title.cy), "title"), _p(escape(title.en), "title_en")]
    else:
        title_cell = [_p(escape(join(title, mode)), "title")]
    title_cell += [_gap(1.2 * mm), _p(markup(label_pair("agreement"), mode), "intro")]

    status = markup(status_pair(d.status), mode, stacked=False, bold=True)
    ref_w = 62 * mm
    ref_box = _Table(
        [
            [_p(label_markup("reference", mode, stacked=False), "ref_label")],
            [_p(escape(d.reference), "ref")],
            [_p(f"{label_markup('status', mode, stacked=False)}: {status}", "ref_label")],
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
    title_row = _Table([[title_cell, ref_box]], colWidths=[CONTENT_W - ref_w, ref_w])
    title_row.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 8),
        ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [
        head,
        HRFlowable(width="100%", thickness=1.4, color=st.TEAL, spaceBefore=0, spaceAfter=6),
        title_row,
        _gap(3.2 * mm),
    ]


def _en_inline(text: str, style: str) -> str:
    """`` / English`` in the grey, lighter face of ``style`` (for one-line bilingual text)."""
    s = st.stylesheet()[style]
    return (f'<font name="{s.fontName}" size="{s.fontSize:g}" color="{_hex(s.textColor)}">'
            f" / {escape(text)}</font>")


def _logo(path: Path) -> Image:
    if not path.is_file():
        raise ValueError(f"logo_path: no image file at {path}")
    try:
        iw, ih = ImageReader(str(path)).getSize()
    except Exception as exc:  # reportlab raises bare Exceptions for unreadable images
        raise ValueError(f"logo_path: cannot read {path} as an image ({exc})") from exc
    scale = min(50 * mm / iw, 16 * mm / ih)
    img = Image(str(path), width=iw * scale, height=ih * scale)
    img.hAlign = "RIGHT"
    return img


def _rep_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    roles = _pairs(d.roles, m) if d.roles else _val(None, m)
    rows = [
        [_lbl("name", m), _val(d.rep_name, m, bold=True),
         _lbl("employee_number", m), _val(d.employee_number, m)],
        [_lbl("union", m), _val(d.union, m), _lbl("line_manager", m), _val(d.manager_name, m)],
        [_lbl("roles", m), roles, "", ""],
    ]
    table = _field_table(
        rows, FOUR_COLS,
        extra=[("SPAN", (1, 2), (-1, 2)), ("BACKGROUND", (1, 2), (-1, 2), colors.white)],
    )
    return [_section(1, "section_rep", m), table]


def _time_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    if d.start_time or d.end_time:
        times = _val(f"{d.start_time or '?'} – {d.end_time or '?'}", m)
    else:
        times = _val(None, m)
    pay = label_pair("paid" if d.paid else "unpaid")
    if d.notice_given_on is None:
        notice = _val_pair(label_pair("not_given"), m)
    else:
        days = (d.entry_date - d.notice_given_on).days
        given = date_pair(d.notice_given_on)
        if days >= 0:
            note = label_pair("notice_day" if days == 1 else "notice_days", n=days)
            notice = _with_note(given, note, m)
        else:
            notice = _val_pair(given, m)
    when = _field_table(
        [
            [_lbl("date", m), _val_pair(date_pair(d.entry_date, weekday=True), m),
             _lbl("times", m), times],
            [_lbl("duration", m), _val_pair(duration_pair(d.duration_minutes), m),
             _lbl("pay", m), _val_pair(pay, m)],
        ],
        FOUR_COLS,
    )
    # full-width rows; a long purpose may split across pages (splitInRow)
    what_rows = [
        [_lbl("location", m), _val(d.location, m)],
        [_lbl("purpose", m), _val(d.purpose, m)],
        [_lbl("category", m), _val_pair(d.category, m)],
    ]
    what = _field_table(what_rows, [LABEL_W, CONTENT_W - LABEL_W], label_cols=(0,), splitInRow=1)
    case = _val(d.case_reference, m) if d.case_reference else _val_pair(label_pair("none"), m)
    sign = _field_table(
        [
            [_lbl("notice", m), notice, _lbl("case_reference", m), case],
            [_lbl("rep_signature", m), _strut(st.SIGN_ROW), _lbl("date", m), ""],
        ],
        FOUR_COLS,
    )
    return [_section(2, "section_time", m), when, what, sign]


def _allowance_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    num_w = 20 * mm
    name_w = CONTENT_W - 6 * num_w
    head1 = [
        _p(label_markup("allowance", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        _p(label_markup("total", m, en_size=st.EN_LABEL_SIZE), "th"),
        _p(label_markup("before", m, en_size=st.EN_LABEL_SIZE), "th"), "",
        _p(label_markup("this_request", m, en_size=st.EN_LABEL_SIZE), "th"),
        _p(label_markup("after", m, en_size=st.EN_LABEL_SIZE), "th"), "",
    ]
    used = _p(label_markup("used", m, en_size=st.EN_LABEL_SIZE), "th")
    left = _p(label_markup("remaining", m, en_size=st.EN_LABEL_SIZE), "th")
    head2 = ["", "", used, left, "", used, left]
    rows: list[list[Any]] = [head1, head2]
    extra: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
        ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (6, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), st.TEAL_LIGHT),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (1, 2), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (1, 0), (-1, 1), 2),
        ("RIGHTPADDING", (1, 0), (-1, 1), 2),
    ]
    for a in d.allowances:
        unit = unit_pair(a.unit)
        named = Bilingual(f"{a.name.cy} ({unit.cy})", f"{a.name.en} ({unit.en})")
        cells: list[Any] = [_val_pair(named, m)]
        for col, value in enumerate(
            (a.allowance, a.used_before, a.remaining_before, a.this_request,
             a.used_after, a.remaining_after),
            start=1,
        ):
            style = "num_bold" if col == 6 else "num"
            if value is None:  # uncapped: no total, nothing "remaining"
                text = markup(label_pair("no_limit"), m, en_size=6.6) if col == 1 else "–"
                cells.append(_p(text, style))
            elif col in (3, 6) and value < 0:  # over the allowance
                text = f'<font color="{_hex(st.WARN)}">{_fmt(value)}</font>'
                cells.append(_p(text, "num_bold"))
            else:
                cells.append(_p(_fmt(value), style))
        rows.append(cells)
    if d.allowances:  # shade the "after this request" figures
        extra.append(("BACKGROUND", (5, 2), (6, -1), st.LABEL_BG))
    else:
        rows.append([_p(label_markup("no_allowance", m, stacked=False), "small"),
                     "", "", "", "", "", ""])
        extra.append(("SPAN", (0, 2), (-1, 2)))
    table = _field_table(rows, [name_w] + [num_w] * 6, label_cols=(), extra=extra, repeatRows=2)
    return [_section(3, "section_allowance", m, year=d.year_label), table]


def _box_and_label(key: str, mode: str) -> Table:
    t = _Table([[TickBox(), _p(label_markup(key, mode, stacked=False, bold=True), "tick")]],
              colWidths=[st.BOX + 2.5 * mm, None])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return t


def _decision_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    half = (CONTENT_W - LABEL_W) / 2
    hint = _p(markup(label_pair("reasons_hint"), m, stacked=False), "small")
    rows = [
        [_lbl("decision", m), _box_and_label("approved", m), _box_and_label("refused", m)],
        [_lbl("reasons", m), [hint, WriteLines(2 if m == "bilingual" else 3)], ""],
        [_lbl("alternative", m), WriteLines(1), ""],
    ]
    table = _field_table(
        rows, [LABEL_W, half, half], label_cols=(0,),
        extra=[("SPAN", (1, 1), (2, 1)), ("SPAN", (1, 2), (2, 2)),
               ("VALIGN", (1, 0), (2, 0), "MIDDLE"),
               ("LINEAFTER", (1, 0), (1, 0), 0, st.LABEL_BG),  # no rule between the boxes
               ("TOPPADDING", (1, 0), (2, 0), 4), ("BOTTOMPADDING", (1, 0), (2, 0), 4)],
    )
    return [_section(4, "section_decision", m), table]


def _routing_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    copy = label_pair("copy")

    def post(key: str, is_copy: bool) -> Paragraph:
        cy, en = label_pair(key)
        if is_copy:
            cy, en = f"{cy} ({copy.cy})", f"{en} ({copy.en})"
        return _p(markup((cy, en), m, bold=True, en_size=st.EN_LABEL_SIZE), "label")

    steps = [
        ("line_manager", False, "action_manager", d.manager_name),
        ("head_of_service", True, "action_head_of_service", d.head_of_service_name),
        ("director", False, "action_director", d.director_name),
        ("head_of_hr", True, "action_head_of_hr", d.head_of_hr_name),
    ]
    head = [
        _p("", "th"),
        _p(label_markup("post", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        _p(label_markup("action", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        _p(label_markup("name", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        _p(label_markup("signature", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        _p(label_markup("date", m, en_size=st.EN_LABEL_SIZE), "th_left"),
    ]
    rows: list[list[Any]] = [head]
    for n, (key, is_copy, action, name) in enumerate(steps, start=1):
        rows.append([
            _p(str(n), "step"),
            post(key, is_copy),
            _p(markup(label_pair(action), m, en_size=st.EN_LABEL_SIZE), "small"),
            _val(name, m) if name else "",
            _strut(st.SIGN_ROW),
            "",
        ])
    widths = [6 * mm, 47 * mm, 45 * mm, 34 * mm, 28 * mm]
    widths.append(CONTENT_W - sum(widths))
    table = _field_table(
        rows, widths, label_cols=(1,), repeatRows=1,
        extra=[("BACKGROUND", (0, 0), (-1, 0), st.TEAL_LIGHT),
               ("BACKGROUND", (0, 1), (0, -1), st.TEAL),
               ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
               ("VALIGN", (0, 1), (0, -1), "MIDDLE")],
    )
    return [_section(5, "section_routing", m), table]


# ------------------------------------------------------------------------------------------
# entry point
# ------------------------------------------------------------------------------------------


def _story(data: ProFormaData) -> list[Flowable]:
    return [
        *_header(data),
        *_rep_section(data),
        _gap(),
        *_time_section(data),
        _gap(),
        KeepTogether(_allowance_section(data)),
        _gap(),
        KeepTogether(_decision_section(data)),
        _gap(),
        KeepTogether(_routing_section(data)),
    ]


def render_proforma(data: ProFormaData, *, invariant: bool = True) -> bytes:
    """Render the Pro Forma as PDF bytes (A4, DejaVu Sans embedded).

    ``invariant`` (default) makes the output byte-for-byte reproducible: reportlab then writes
    a fixed creation date and document id instead of the current time.
    """
    register_fonts()
    mode = data.lang
    title = label("title", mode)
    org = join(data.organisation, mode)
    furniture = _Furniture(
        mode=mode,
        reference=data.reference,
        running_title=f"{label('proforma', mode)} — {org}",
    )
    buf = BytesIO()
    body = Frame(
        st.MARGIN_X, st.MARGIN_BOTTOM, CONTENT_W, PAGE_H - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        pageTemplates=[PageTemplate(id="form", frames=[body])],
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=f"{title} – {data.reference}",
        subject=label("agreement", mode),
        author=org,
        creator="unionrep",
        keywords=[],
        invariant=1 if invariant else 0,
        lang="en-GB" if mode == "en" else "cy",
        initialFontName=FAMILY,
        initialFontSize=9,
        displayDocTitle=1,
    )
    doc.build(_story(data), canvasmaker=partial(_NumberedCanvas, furniture=furniture))
    return buf.getvalue()


__all__ = ["AllowanceRow", "Bilingual", "ProFormaData", "render_proforma"]
