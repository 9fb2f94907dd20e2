"""The Pro Forma Request for time off ("Pro Fforma Cais", clauses 18.1 and 18.3; RULES §4).

Rendered from plain, already-resolved values (``ProFormaData``) — no database, no Qt. The caller
(the core's services) looks up names, roles, categories and the year's balance and passes them
in; this module only lays them out.

    pdf_bytes = render_proforma(data)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

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
LABEL_W = 34 * mm  # label column of the field tables
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
                object.__setattr__(self, attr, Fraction(value))
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

    def __init__(self, n: int, gap: float = 6.5 * mm) -> None:
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


def _p(text: str, style: str = "value") -> Paragraph:
    return Paragraph(text, st.stylesheet()[style])


def _text(value: str) -> str:
    """Escape a free-text value for Paragraph markup, keeping the user's line breaks."""
    return escape(value).replace("\n", "<br/>")


def _lbl(key: str, mode: str, **fmt: object) -> Paragraph:
    return _p(label_markup(key, mode, bold=True, en_size=7, **fmt), "label")


def _hex(color: Any) -> str:
    return "#" + color.hexval()[2:]


def _small(text: str, size: float = 7.4) -> str:
    """Markup for a short grey note inside a value cell."""
    return f'<font size="{size:g}" color="{_hex(st.GREY_TEXT)}">{escape(text)}</font>'


def _val(text: str | None, mode: str, *, bold: bool = False) -> Paragraph:
    if text is None or not text.strip():
        return _p(markup(label_pair("not_stated"), mode, stacked=False), "small")
    return _p(_text(text), "value_bold" if bold else "value")


def _val_pair(pair: tuple[str, str], mode: str, extra: str = "") -> Paragraph:
    return _p(markup(pair, mode, en_size=7.8) + extra, "value")


def _fmt(n: Number | None, mode: str) -> str:
    if n is None:
        return join(label_pair("no_limit"), mode)
    q = Fraction(n)
    d = (Decimal(q.numerator) / Decimal(q.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return "0.00" if d == 0 else f"{d:,.2f}"


def _section(number: int, key: str, mode: str, **fmt: object) -> Table:
    text = label_markup(key, mode, stacked=False, en_color="#cfe4e8", **fmt)
    t = Table([[_p(f"{number}&nbsp;&nbsp;{text}", "section")]], colWidths=[CONTENT_W])
    t.setStyle(TableStyle(st.SECTION_BAND))
    return t


def _field_table(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    label_cols: Iterable[int] = (0, 2),
    extra: Sequence[tuple[Any, ...]] = (),
    **kw: Any,
) -> Table:
    t = Table([list(r) for r in rows], colWidths=list(widths), **kw)
    cmds: list[tuple[Any, ...]] = [*st.CELL_PAD, *st.GRID]
    cmds += [("BACKGROUND", (c, 0), (c, -1), st.LABEL_BG) for c in label_cols]
    t.setStyle(TableStyle([*cmds, *extra]))
    return t


def _gap(h: float = 3.2 * mm) -> Spacer:
    return Spacer(1, h)


# ------------------------------------------------------------------------------------------
# the sections
# ------------------------------------------------------------------------------------------


def _header(d: ProFormaData) -> list[Flowable]:
    mode = d.lang
    org = d.organisation
    if mode == "bilingual" and org.cy != org.en:
        org_cell: list[Flowable] = [_p(escape(org.cy), "org"), _p(escape(org.en), "org_en")]
    else:
        org_cell = [_p(escape(join(org, mode)), "org")]

    logo: Flowable | str = ""
    if d.logo_path is not None:
        logo = _logo(Path(d.logo_path))
    head = Table([[org_cell, logo]], colWidths=[CONTENT_W - 55 * mm, 55 * mm])
    head.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))

    title = label_pair("title")
    if mode == "bilingual":
        title_cell: list[Flowable] = [_p(escape(title.cy), "title"), _p(escape(title.en), "title_en")]
    else:
        title_cell = [_p(escape(join(title, mode)), "title")]
    title_cell += [_gap(1.5 * mm), _p(markup(label_pair("agreement"), mode), "intro")]

    ref_box = Table(
        [
            [_p(label_markup("reference", mode, stacked=False), "ref_label")],
            [_p(escape(d.reference), "ref")],
            [_p(label_markup("status", mode, stacked=False), "ref_label")],
            [_p(markup(status_pair(d.status), mode, stacked=False, bold=True), "value")],
        ],
        colWidths=[56 * mm],
    )
    ref_box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), st.TEAL_LIGHT),
        ("BOX", (0, 0), (-1, -1), st.RULE_WIDTH, st.TEAL),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("TOPPADDING", (0, 2), (-1, 2), 3),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 4.5),
    ]))
    title_row = Table([[title_cell, ref_box]], colWidths=[CONTENT_W - 56 * mm, 56 * mm])
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
        HRFlowable(width="100%", thickness=1.4, color=st.TEAL, spaceBefore=0, spaceAfter=9),
        title_row,
        _gap(2.5 * mm),
        _p(markup(label_pair("intro"), mode, stacked=False), "intro"),
        _gap(3.5 * mm),
    ]


def _logo(path: Path) -> Image:
    if not path.is_file():
        raise ValueError(f"logo_path: no image file at {path}")
    try:
        iw, ih = ImageReader(str(path)).getSize()
    except Exception as exc:  # reportlab raises bare Exceptions for unreadable images
        raise ValueError(f"logo_path: cannot read {path} as an image ({exc})") from exc
    scale = min(50 * mm / iw, 20 * mm / ih)
    img = Image(str(path), width=iw * scale, height=ih * scale)
    img.hAlign = "RIGHT"
    return img


def _rep_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    if d.roles:
        roles = _p("<br/>".join(markup(r, m, stacked=False) for r in d.roles), "value")
    else:
        roles = _val(None, m)
    rows = [
        [_lbl("name", m), _val(d.rep_name, m, bold=True),
         _lbl("employee_number", m), _val(d.employee_number, m)],
        [_lbl("union", m), _val(d.union, m), _lbl("roles", m), roles],
        [_lbl("line_manager", m), _val(d.manager_name, m),
         _lbl("head_of_service", m), _val(d.head_of_service_name, m)],
    ]
    widths = [LABEL_W, VALUE_W, LABEL_W, VALUE_W]
    return [_section(1, "section_rep", m), _field_table(rows, widths)]


def _time_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    widths = [LABEL_W, VALUE_W, LABEL_W, VALUE_W]
    when = [
        [_lbl("date", m), _val_pair(date_pair(d.entry_date, weekday=True), m),
         _lbl("duration", m), _val_pair(duration_pair(d.duration_minutes), m)],
        [_lbl("start", m), _val(d.start_time, m), _lbl("end", m), _val(d.end_time, m)],
    ]
    # location and purpose: full width, and a long purpose may split across pages
    where = _field_table(
        [[_lbl("location", m), _val(d.location, m)],
         [_lbl("purpose", m), _val(d.purpose, m)]],
        [LABEL_W, CONTENT_W - LABEL_W],
        label_cols=(0,),
        splitInRow=1,
    )
    pay = label_pair("paid" if d.paid else "unpaid")
    if d.notice_given_on is None:
        notice = _val_pair(label_pair("not_given"), m)
    else:
        days = (d.entry_date - d.notice_given_on).days
        extra = ""
        if days >= 0:
            note = label_pair("notice_day" if days == 1 else "notice_days", n=days)
            extra = f"<br/>{_small(join(note, m))}"
        notice = _val_pair(date_pair(d.notice_given_on), m, extra=extra)
    what = [
        [_lbl("category", m), _val_pair(d.category, m), _lbl("pay", m), _val_pair(pay, m)],
        [_lbl("notice", m), notice, _lbl("case_reference", m),
         _val(d.case_reference, m) if d.case_reference else _val_pair(label_pair("none"), m)],
    ]
    sign = [[_lbl("rep_signature", m), "", _lbl("date", m), ""]]
    return [
        _section(2, "section_time", m),
        _field_table(when, widths),
        where,
        _field_table(what, widths),
        _field_table(sign, widths, rowHeights=[11 * mm]),
    ]


def _allowance_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    num_w = 21.5 * mm
    name_w = CONTENT_W - 6 * num_w
    head1 = [
        _p(label_markup("allowance", m), "th_left"),
        _p(label_markup("total", m), "th"),
        _p(label_markup("before", m), "th"), "",
        _p(label_markup("this_request", m), "th"),
        _p(label_markup("after", m), "th"), "",
    ]
    used, left = label_markup("used", m), label_markup("remaining", m)
    head2 = ["", "", _p(used, "th"), _p(left, "th"), "", _p(used, "th"), _p(left, "th")]
    rows: list[list[Any]] = [head1, head2]
    extra: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
        ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (6, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), st.TEAL_LIGHT),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
    ]
    for a in d.allowances:
        unit = f"<br/>{_small(join(unit_pair(a.unit), m), 7)}"
        cells: list[Any] = [_p(markup(a.name, m, stacked=False) + unit, "value")]
        for col, value in enumerate(
            (a.allowance, a.used_before, a.remaining_before, a.this_request,
             a.used_after, a.remaining_after),
            start=1,
        ):
            text = escape(_fmt(value, m))
            if value is not None and col in (3, 6) and value < 0:  # over the allowance
                cells.append(_p(f'<font color="{_hex(st.WARN)}">{text}</font>', "num_bold"))
            else:
                cells.append(_p(text, "num_bold" if col == 6 else "num"))
        rows.append(cells)
    if not d.allowances:
        rows.append([_p(label_markup("no_allowance", m, stacked=False), "small"),
                     "", "", "", "", "", ""])
        extra.append(("SPAN", (0, 2), (-1, 2)))
    table = _field_table(rows, [name_w] + [num_w] * 6, label_cols=(), extra=extra, repeatRows=2)
    note = _p(label_markup("allowance_note", m, stacked=False), "small")
    return [
        _section(3, "section_allowance", m),
        table,
        _gap(1 * mm),
        note,
    ]


def _box_and_label(key: str, mode: str) -> Table:
    t = Table([[TickBox(), _p(label_markup(key, mode, stacked=False, bold=True), "tick")]],
              colWidths=[st.BOX + 3 * mm, None])
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
    reasons_label = [
        _lbl("reasons", m),
        _p(markup(label_pair("reasons_hint"), m, stacked=False), "small"),
    ]
    rows = [
        [_lbl("section_decision", m), _box_and_label("approved", m),
         _box_and_label("refused", m)],
        [reasons_label, WriteLines(3), ""],
        [_lbl("alternative", m), WriteLines(1), ""],
    ]
    table = _field_table(
        rows, [LABEL_W, half, half], label_cols=(0,),
        extra=[("SPAN", (1, 1), (2, 1)), ("SPAN", (1, 2), (2, 2)),
               ("VALIGN", (1, 0), (2, 0), "MIDDLE"),
               ("TOPPADDING", (1, 0), (2, 0), 5), ("BOTTOMPADDING", (1, 0), (2, 0), 5)],
    )
    return [_section(4, "section_decision", m), table]


def _routing_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    copy = label_pair("copy")

    def post(key: str, is_copy: bool) -> Paragraph:
        cy, en = label_pair(key)
        if is_copy:
            cy, en = f"{cy} ({copy.cy})", f"{en} ({copy.en})"
        return _p(markup((cy, en), m, bold=True, en_size=7), "label")

    steps = [
        ("line_manager", False, "action_manager", d.manager_name),
        ("head_of_service", True, "action_head_of_service", d.head_of_service_name),
        ("director", False, "action_director", d.director_name),
        ("head_of_hr", True, "action_head_of_hr", d.head_of_hr_name),
    ]
    head = [
        _p("#", "th"),
        _p(label_markup("post", m), "th_left"),
        _p(label_markup("action", m), "th_left"),
        _p(label_markup("name", m), "th_left"),
        _p(label_markup("signature", m), "th_left"),
        _p(label_markup("date", m), "th_left"),
    ]
    rows: list[list[Any]] = [head]
    for n, (key, is_copy, action, name) in enumerate(steps, start=1):
        rows.append([
            _p(str(n), "th"),
            post(key, is_copy),
            _p(markup(label_pair(action), m, en_size=7), "small"),
            _p(escape(name), "value") if name else "",
            "",
            "",
        ])
    widths = [7 * mm, 42 * mm, 41 * mm, 36 * mm, 30 * mm]
    widths.append(CONTENT_W - sum(widths))
    table = _field_table(
        rows, widths, label_cols=(1,), repeatRows=1,
        rowHeights=[None] + [13.5 * mm] * len(steps),
        extra=[("BACKGROUND", (0, 0), (-1, 0), st.TEAL_LIGHT),
               ("BACKGROUND", (0, 1), (0, -1), st.LABEL_BG),
               ("VALIGN", (0, 0), (-1, 0), "MIDDLE")],
    )
    chain = " → ".join(
        join(label_pair(k), m) + (f" ({join(copy, m)})" if c else "") for k, c, _a, _n in steps
    )
    return [
        _section(5, "section_routing", m),
        table,
        _gap(1 * mm),
        _p(escape(chain), "small"),
    ]


# ------------------------------------------------------------------------------------------
# entry point
# ------------------------------------------------------------------------------------------


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
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
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
    story: list[Flowable] = [
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
    doc.build(story, canvasmaker=partial(_NumberedCanvas, furniture=furniture))
    return buf.getvalue()


__all__ = ["AllowanceRow", "Bilingual", "ProFormaData", "render_proforma"]
