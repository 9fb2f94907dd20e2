"""The Pro Forma Request for time off ("Pro Fforma Cais", clauses 18.1 and 18.3; RULES §4).

Rendered from plain, already-resolved values (``ProFormaData``) — no database, no Qt. The app
(unionrep.app.document_data.proforma) looks up names, roles, categories and the year's balance
and passes them in; this module only lays them out.

    pdf_bytes = render_proforma(data)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from unionrep.core.caps import shown_remaining
from unionrep.pdf import styles as st
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
    notice_pair,
    status_pair,
    unit_pair,
)
from unionrep.pdf.layout import (
    CONTENT_W,
    FOUR_COLS,
    LABEL_W,
    DejaVuTable,
    Furniture,
    TickBox,
    WriteLines,
    build_pdf,
    document_header,
    field_table,
    figure,
    gap,
    hex_color,
    lbl,
    pairs,
    para,
    section,
    small,
    strut,
    val,
    val_pair,
)

Number = Fraction | int


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
                object.__setattr__(self, "remaining_before",
                                   shown_remaining(Fraction(self.allowance), Fraction(self.used_before)))
            if self.remaining_after is None:
                object.__setattr__(self, "remaining_after",
                                   shown_remaining(Fraction(self.allowance), Fraction(self.used_after)))

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
# the sections
# ------------------------------------------------------------------------------------------

def _with_note(pair: Bilingual, note: Bilingual, mode: str) -> Paragraph:
    """A bilingual value followed by a bracketed note in small grey type."""
    cy = f"{escape(pair.cy)} {small(f'({note.cy})')}"
    en = f"{escape(pair.en)} {small(f'({note.en})')}"
    if mode == "cy":
        return para(cy, "value")
    if mode == "en":
        return para(en, "value")
    return para(f"{cy}<br/>{small(f'{pair.en} ({note.en})', st.EN_VALUE_SIZE)}", "value")


def _header(d: ProFormaData) -> list[Flowable]:
    mode = d.lang
    status = markup(status_pair(d.status), mode, stacked=False, bold=True)
    return document_header(
        organisation=d.organisation,
        title=label_pair("title"),
        intro=label_pair("agreement"),
        reference=d.reference,
        ref_note=f"{label_markup('status', mode, stacked=False)}: {status}",
        mode=mode,
        logo_path=d.logo_path,
    )


def _rep_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    roles = pairs(d.roles, m) if d.roles else val(None, m)
    rows = [
        [lbl("name", m), val(d.rep_name, m, bold=True),
         lbl("employee_number", m), val(d.employee_number, m)],
        [lbl("union", m), val(d.union, m), lbl("line_manager", m), val(d.manager_name, m)],
        [lbl("roles", m), roles, "", ""],
    ]
    table = field_table(
        rows, FOUR_COLS,
        extra=[("SPAN", (1, 2), (-1, 2)), ("BACKGROUND", (1, 2), (-1, 2), colors.white)],
    )
    return [section(1, "section_rep", m), table]


def _time_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    if d.start_time or d.end_time:
        times = val(f"{d.start_time or '?'} – {d.end_time or '?'}", m)
    else:
        times = val(None, m)
    pay = label_pair("paid" if d.paid else "unpaid")
    if d.notice_given_on is None:
        notice = val_pair(label_pair("not_given"), m)
    else:
        days = (d.entry_date - d.notice_given_on).days
        given = date_pair(d.notice_given_on)
        if days >= 0:
            note = notice_pair(days)
            notice = _with_note(given, note, m)
        else:
            notice = val_pair(given, m)
    when = field_table(
        [
            [lbl("date", m), val_pair(date_pair(d.entry_date, weekday=True), m),
             lbl("times", m), times],
            [lbl("duration", m), val_pair(duration_pair(d.duration_minutes), m),
             lbl("pay", m), val_pair(pay, m)],
        ],
        FOUR_COLS,
    )
    # full-width rows; a long purpose may split across pages (splitInRow)
    what_rows = [
        [lbl("location", m), val(d.location, m)],
        [lbl("purpose", m), val(d.purpose, m)],
        [lbl("category", m), val_pair(d.category, m)],
    ]
    what = field_table(what_rows, [LABEL_W, CONTENT_W - LABEL_W], label_cols=(0,), splitInRow=1)
    case = val(d.case_reference, m) if d.case_reference else val_pair(label_pair("none"), m)
    sign = field_table(
        [
            [lbl("notice", m), notice, lbl("case_reference", m), case],
            [lbl("rep_signature", m), strut(st.SIGN_ROW), lbl("date", m), ""],
        ],
        FOUR_COLS,
    )
    return [section(2, "section_time", m), when, what, sign]


def _allowance_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    num_w = 20 * mm
    name_w = CONTENT_W - 6 * num_w
    head1 = [
        para(label_markup("allowance", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        para(label_markup("total", m, en_size=st.EN_LABEL_SIZE), "th"),
        para(label_markup("before", m, en_size=st.EN_LABEL_SIZE), "th"), "",
        para(label_markup("this_request", m, en_size=st.EN_LABEL_SIZE), "th"),
        para(label_markup("after", m, en_size=st.EN_LABEL_SIZE), "th"), "",
    ]
    used = para(label_markup("used", m, en_size=st.EN_LABEL_SIZE), "th")
    left = para(label_markup("remaining", m, en_size=st.EN_LABEL_SIZE), "th")
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
        cells: list[Any] = [val_pair(named, m)]
        for col, value in enumerate(
            (a.allowance, a.used_before, a.remaining_before, a.this_request,
             a.used_after, a.remaining_after),
            start=1,
        ):
            style = "num_bold" if col == 6 else "num"
            if value is None:  # uncapped: no total, nothing "remaining"
                text = markup(label_pair("no_limit"), m, en_size=6.6) if col == 1 else "–"
                cells.append(para(text, style))
            elif col in (3, 6) and value < 0:  # over the allowance
                text = f'<font color="{hex_color(st.WARN)}">{figure(value)}</font>'
                cells.append(para(text, "num_bold"))
            else:
                cells.append(para(figure(value), style))
        rows.append(cells)
    if d.allowances:  # shade the "after this request" figures
        extra.append(("BACKGROUND", (5, 2), (6, -1), st.LABEL_BG))
    else:
        rows.append([para(label_markup("no_allowance", m, stacked=False), "small"),
                     "", "", "", "", "", ""])
        extra.append(("SPAN", (0, 2), (-1, 2)))
    table = field_table(rows, [name_w] + [num_w] * 6, label_cols=(), extra=extra, repeatRows=2)
    return [section(3, "section_allowance", m, year=d.year_label), table]


def _box_and_label(status: str, mode: str) -> Table:
    """A box to tick beside a status's name (the decision: approved or refused)."""
    t = DejaVuTable([[TickBox(), para(markup(status_pair(status), mode, stacked=False, bold=True), "tick")]],
              colWidths=[st.BOX + 2.5 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *st.FLUSH]))
    return t


def _decision_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    half = (CONTENT_W - LABEL_W) / 2
    hint = para(markup(label_pair("reasons_hint"), m, stacked=False), "small")
    rows = [
        [lbl("decision", m), _box_and_label("approved", m), _box_and_label("refused", m)],
        [lbl("reasons", m), [hint, WriteLines(2 if m == "bilingual" else 3)], ""],
        [lbl("alternative", m), WriteLines(1), ""],
    ]
    table = field_table(
        rows, [LABEL_W, half, half], label_cols=(0,),
        extra=[("SPAN", (1, 1), (2, 1)), ("SPAN", (1, 2), (2, 2)),
               ("VALIGN", (1, 0), (2, 0), "MIDDLE"),
               ("LINEAFTER", (1, 0), (1, 0), 0, st.LABEL_BG),  # no rule between the boxes
               ("TOPPADDING", (1, 0), (2, 0), 4), ("BOTTOMPADDING", (1, 0), (2, 0), 4)],
    )
    return [section(4, "section_decision", m), table]


def _routing_section(d: ProFormaData) -> list[Flowable]:
    m = d.lang
    copy = label_pair("copy")

    def post(key: str, is_copy: bool) -> Paragraph:
        cy, en = label_pair(key)
        if is_copy:
            cy, en = f"{cy} ({copy.cy})", f"{en} ({copy.en})"
        return para(markup((cy, en), m, bold=True, en_size=st.EN_LABEL_SIZE), "label")

    steps = [
        ("line_manager", False, "action_manager", d.manager_name),
        ("head_of_service", True, "action_head_of_service", d.head_of_service_name),
        ("director", False, "action_director", d.director_name),
        ("head_of_hr", True, "action_head_of_hr", d.head_of_hr_name),
    ]
    head = [
        para("", "th"),
        para(label_markup("post", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        para(label_markup("action", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        para(label_markup("name", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        para(label_markup("signature", m, en_size=st.EN_LABEL_SIZE), "th_left"),
        para(label_markup("date", m, en_size=st.EN_LABEL_SIZE), "th_left"),
    ]
    rows: list[list[Any]] = [head]
    for n, (key, is_copy, action, name) in enumerate(steps, start=1):
        rows.append([
            para(str(n), "step"),
            post(key, is_copy),
            para(markup(label_pair(action), m, en_size=st.EN_LABEL_SIZE), "small"),
            val(name, m) if name else "",
            strut(st.SIGN_ROW),
            "",
        ])
    widths = [6 * mm, 47 * mm, 43 * mm, 38 * mm, 26 * mm]  # a name breaks between words, not in one
    widths.append(CONTENT_W - sum(widths))
    table = field_table(
        rows, widths, label_cols=(1,), repeatRows=1,
        extra=[("BACKGROUND", (0, 0), (-1, 0), st.TEAL_LIGHT),
               ("BACKGROUND", (0, 1), (0, -1), st.TEAL),
               ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
               ("VALIGN", (0, 1), (0, -1), "MIDDLE")],
    )
    return [section(5, "section_routing", m), table]


# ------------------------------------------------------------------------------------------
# entry point
# ------------------------------------------------------------------------------------------


def _story(data: ProFormaData) -> list[Flowable]:
    return [
        *_header(data),
        *_rep_section(data),
        gap(),
        *_time_section(data),
        gap(),
        KeepTogether(_allowance_section(data)),
        gap(),
        KeepTogether(_decision_section(data)),
        gap(),
        KeepTogether(_routing_section(data)),
    ]


def render_proforma(data: ProFormaData, *, invariant: bool = True) -> bytes:
    """Render the Pro Forma as PDF bytes (A4, DejaVu Sans embedded).

    ``invariant`` (default) makes the output byte-for-byte reproducible: reportlab then writes
    a fixed creation date and document id instead of the current time.
    """
    mode = data.lang
    org = join(data.organisation, mode)
    return build_pdf(
        _story(data),
        furniture=Furniture(mode, data.reference, f"{label('proforma', mode)} — {org}"),
        title=f"{label('title', mode)} – {data.reference}",
        subject=label("agreement", mode),
        author=org,
        invariant=invariant,
    )


__all__ = ["AllowanceRow", "Bilingual", "ProFormaData", "render_proforma"]
