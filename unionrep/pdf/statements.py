"""A rep's yearly statement and the branch summary (RULES §1–3, §6), as PDF or CSV.

Both are a header and a list of ``Section`` tables (plain values), gathered from the database by
``statement_data`` / ``summary_data`` and written by one PDF and one CSV writer:

- PDF: the house header, a numbered band per section, each table in DejaVu Sans;
- CSV: UTF-8 with a byte-order mark (Excel opens it as UTF-8); each section is a title row, one
  header row and its rows, sections separated by a blank line. Numbers are plain decimals
  (2 dp, no thousands separator, no currency sign) so a spreadsheet reads them as numbers.

"Used" is approved + taken time and "pending" is requested time (RULES §3); the year of
``start_year`` 2025 is the one starting in 2025 in each rep's own basis (April or academic).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from unionrep.core import pay
from unionrep.core.balance import Balance
from unionrep.core.caps import fmt_number
from unionrep.core.hours import HoursChange, contracted_minutes
from unionrep.core.model import PENDING_STATUSES, USED_STATUSES, Entry, Rep
from unionrep.core.periods import Year, overlap_days, year_starting
from unionrep.i18n.dates import MONTHS
from unionrep.pdf import context as ctx
from unionrep.pdf import styles as st
from unionrep.pdf.labels import (
    Bilingual,
    check_mode,
    date_pair,
    join,
    label,
    label_pair,
    markup,
    unit_pair,
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

if TYPE_CHECKING:  # the application layer passes itself in
    from unionrep.app.facade import Service

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
# gathering: one rep's year
# ------------------------------------------------------------------------------------------


def rep_year(rep: Rep, start_year: int) -> Year:
    return year_starting(start_year, rep.year_start())


def _sum_minutes(entries: Sequence[Entry], statuses: tuple[str, ...]) -> int:
    return sum(e.minutes for e in entries if e.status in statuses)


def _basis(rep: Rep) -> Bilingual:
    return label_pair("basis_academic" if rep.school else "basis_april")


def _span(start: dt.date, end: dt.date | None) -> Bilingual:
    """"1 Ebrill 2025 – 31 Mawrth 2026"; an open end reads "ymlaen" / "onwards"."""
    first = date_pair(start)
    last = date_pair(end) if end is not None else label_pair("ongoing")
    return Bilingual(f"{first.cy} – {last.cy}", f"{first.en} – {last.en}")


def _rate(rep: Rep) -> Bilingual:
    rate = pay.rep_hourly_rate(rep.scp, rep.hourly_rate_pence)
    if rate is None:
        return label_pair("no_rate")
    shown = pay.money(rate)
    if rep.scp is not None:
        return label_pair("rate_scp", rate=shown, scp=rep.scp, spine=pay.SPINE_LABEL)
    return Bilingual(shown, shown)


def _allowance_rows(service: Service, balance: Balance) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for b in balance.allowances:
        name = ctx.allowance_pair(service, b.allowance)
        unit = unit_pair(b.unit)
        rows.append((
            Bilingual(f"{name.cy} ({unit.cy})", f"{name.en} ({unit.en})"),
            None if b.cap is None else Num(b.cap),
            Num(b.used), Num(b.pending),
            None if b.remaining_shown is None else Num(b.remaining_shown),
        ))
    if balance.combined is not None:
        c = balance.combined
        name, unit = ctx.combined_pair(), unit_pair(c.unit)
        rows.append((Bilingual(f"{name.cy} ({unit.cy})", f"{name.en} ({unit.en})"),
                     Num(c.cap), Num(c.used), Num(c.pending), Num(c.remaining_shown)))
    return rows


def _grouped(entries: Sequence[Entry], key: str, order: Sequence[str]) -> list[tuple[str, int, int]]:
    """(group, used minutes, pending minutes) for each group that has any time, in ``order``."""
    used: dict[str, int] = {}
    pending: dict[str, int] = {}
    for e in entries:
        group = getattr(e, key)
        if e.status in USED_STATUSES:
            used[group] = used.get(group, 0) + e.minutes
        elif e.status in PENDING_STATUSES:
            pending[group] = pending.get(group, 0) + e.minutes
    groups = [g for g in order if g in used or g in pending]
    groups += sorted((set(used) | set(pending)) - set(groups))
    return [(g, used.get(g, 0), pending.get(g, 0)) for g in groups]


def _grouped_section(key: str, title: str, first: str, groups: list[tuple[str, int, int]],
                     name: Callable[[str], Bilingual]) -> Section:
    return Section(
        key, label_pair(title), (label_pair(first), label_pair("used_hours"), label_pair("pending_hours")),
        tuple((name(g), hours(u), hours(p)) for g, u, p in groups),
        total=(label_pair("total"), hours(sum(g[1] for g in groups)), hours(sum(g[2] for g in groups))),
        empty=label_pair("no_time"), widths=(0, 50, 50),
    )


def _joined(items: Sequence[Bilingual]) -> Bilingual | None:
    if not items:
        return None
    return Bilingual("; ".join(x.cy for x in items), "; ".join(x.en for x in items))


def _month_pair(year: int, month: int) -> Bilingual:
    name = MONTHS[month - 1]
    return Bilingual(f"{name.cy} {year}", f"{name.en} {year}")


def statement_data(service: Service, rep_key: str, start_year: int, mode: str) -> Document:
    """Everything on a rep's yearly statement."""
    rep = service.find_rep(rep_key)
    year = rep_year(rep, start_year)
    balance = service.balance(rep.id, year.start)
    entries = service.entries(rep.id, year)
    profile = service.profile

    roles = [a for a in service.assignments(rep.id) if overlap_days(a.start_on, a.end_on, year)]
    role_lines = []
    for a in roles:
        name, held = ctx.role_pair(service, a.role), _span(a.start_on, a.end_on)
        role_lines.append(Bilingual(f"{name.cy}: {held.cy}", f"{name.en}: {held.en}"))
    details: list[tuple[Bilingual, Cell]] = [
        (label_pair("name"), rep.name),
        (label_pair("employee_number"), rep.employee_no or None),
        (label_pair("union"), ctx.union_name(service, rep) or None),
        (label_pair("roles"), _joined(role_lines)),
        (label_pair("year"), year.label),
        (label_pair("period"), _span(year.start, year.end)),
        (label_pair("year_basis"), _basis(rep)),
        (label_pair("weekly_hours"), Num(Fraction(rep.weekly_minutes, 60))),
        (label_pair("hourly_rate"), _rate(rep)),
        (label_pair("line_manager"), rep.manager or None),
    ]

    allowance = Section(
        "allowances", label_pair("section_allowances"),
        tuple(label_pair(k) for k in ("allowance", "total", "used", "pending", "remaining")),
        tuple(_allowance_rows(service, balance)), empty=label_pair("no_allowance"),
        note=label_pair("allowance_note"),
    )
    role_section = _grouped_section(
        "by_role", "section_by_role", "role", _grouped(entries, "role", list(profile.roles)),
        lambda g: ctx.role_pair(service, g))
    cat_section = _grouped_section(
        "by_category", "section_by_category", "category",
        _grouped(entries, "category", list(profile.categories)), lambda g: ctx.category_pair(service, g))
    months: list[tuple[Cell, ...]] = []
    day = year.start
    while day <= year.end:
        in_month = [e for e in entries if (e.date.year, e.date.month) == (day.year, day.month)]
        months.append((_month_pair(day.year, day.month), hours(_sum_minutes(in_month, USED_STATUSES)),
                       hours(_sum_minutes(in_month, PENDING_STATUSES))))
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    month_section = Section(
        "by_month", label_pair("section_by_month"),
        (label_pair("month"), label_pair("used_hours"), label_pair("pending_hours")),
        tuple(months),
        total=(label_pair("total"), hours(_sum_minutes(entries, USED_STATUSES)),
               hours(_sum_minutes(entries, PENDING_STATUSES))),
        widths=(0, 50, 50),
    )
    extensions = [x for x in service.extensions(rep.id) if year.contains(x.agreed_on)]
    ext_section = Section(
        "extensions", label_pair("section_extensions"),
        tuple(label_pair(k) for k in ("case_ref", "role", "extra", "agreed_on", "agreed_by", "review_on")),
        tuple((x.case_ref, ctx.role_pair(service, x.role), hours(x.extra_minutes), date_pair(x.agreed_on),
               x.agreed_by or None, None if x.review_on is None else date_pair(x.review_on))
              for x in extensions),
        empty=label_pair("no_extensions"), widths=(34, 0, 20, 30, 34, 30),
    )
    toil = service.toil(rep.id)
    earned = sum(t.minutes for t in toil if t.kind == "earned" and year.contains(t.date))
    taken = sum(t.minutes for t in toil if t.kind == "taken" and year.contains(t.date))
    owed = sum(t.minutes if t.kind == "earned" else -t.minutes for t in toil if t.date <= year.end)
    toil_section = Section(
        "toil", label_pair("section_toil"), (label_pair("item"), label_pair("hours")),
        ((label_pair("toil_earned"), hours(earned)), (label_pair("toil_taken"), hours(taken)),
         (label_pair("toil_balance"), hours(owed))),
        widths=(0, 40),
    )
    cost_rows: list[tuple[Cell, ...]] = [
        (label_pair("paid_hours"), hours(balance.paid_minutes)),
        (label_pair("hourly_rate"), _rate(rep)),
        (label_pair("cost"), None if balance.cost is None else Num(balance.cost, MONEY)),
    ]
    cost_section = Section("cost", label_pair("section_cost"), (label_pair("item"), label_pair("value")),
                           tuple(cost_rows), widths=(0, 70))
    sections = [allowance, role_section, cat_section, month_section, ext_section, toil_section, cost_section]
    if balance.payments:
        payments = tuple(
            (ctx.role_pair(service, p.role), label_pair(f"payment_{p.kind}"), Num(p.amount, MONEY),
             None if p.amount_max is None else Num(p.amount_max, MONEY))
            for p in balance.payments)
        sections.append(Section(
            "payments", label_pair("section_payments"),
            (label_pair("role"), label_pair("kind"), label_pair("amount"), label_pair("total")),
            payments, total=(label_pair("total"), None, Num(sum((p.amount for p in balance.payments),
                                                                Fraction(0)), MONEY), None),
        ))
    logo = ctx.logo_path(service)
    return Document(
        kind="statement", title=label_pair("statement_title"), organisation=ctx.organisation(service),
        reference=f"{rep.employee_no or rep.id[:8].upper()}-{year.label}", year_label=year.label,
        details=tuple(details), sections=tuple(sections), lang=mode,
        logo_path=None if logo is None else str(logo),
    )


# ------------------------------------------------------------------------------------------
# gathering: the branch
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RepYear:
    rep: Rep
    year: Year
    balance: Balance
    activities_minutes: int  # paid, used time in the "activities" category
    hours: Sequence[HoursChange] = ()  # the rep's weekly hours from each date

    @property
    def contracted_minutes(self) -> Fraction:
        """Contracted time in the year, each day at the hours in force on it."""
        return contracted_minutes(self.hours, self.year.start, self.year.end, self.rep.weekly_minutes)


def _branch(service: Service, start_year: int) -> list[RepYear]:
    assignments: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    for a in service.assignments():
        assignments.setdefault(a.rep_id, []).append((a.start_on, a.end_on))
    result = []
    for rep in service.reps(include_ended=True):
        year = rep_year(rep, start_year)
        held = any(overlap_days(s, e, year) for s, e in assignments.get(rep.id, []))
        entries = service.entries(rep.id, year)
        if not held and not entries:
            continue
        activities = sum(e.minutes for e in entries
                         if e.category == "activities" and e.paid and e.status in USED_STATUSES)
        result.append(RepYear(rep, year, service.balance(rep.id, year.start), activities,
                              service.hours(rep.id)))
    return result


def _share_band(share: Fraction) -> int:
    """Index of the SI 2017/328 band: 0%, 1–50%, 51–99%, 100%."""
    if share <= 0:
        return 0
    if share <= Fraction(1, 2):
        return 1
    return 2 if share < 1 else 3


BANDS = ("0%", "1–50%", "51–99%", "100%")


def summary_data(service: Service, start_year: int, mode: str, *, tables: bool = False,
                 pay_bill: Fraction | None = None) -> Document:
    """Every rep's year starting in ``start_year``; optionally the four SI 2017/328 tables."""
    reps = _branch(service, start_year)
    rows: list[tuple[Cell, ...]] = []
    allowance_rows: list[tuple[Cell, ...]] = []
    total_minutes = 0
    total_cost = Fraction(0)
    no_rate = 0
    for r in reps:
        b = r.balance
        roles = list(dict.fromkeys(ctx.role_pair(service, a.role) for a in service.assignments(r.rep.id)
                                   if overlap_days(a.start_on, a.end_on, r.year)))
        combined: Cell = None
        if b.combined is not None:
            combined = f"{Num(b.combined.used).shown()} / {Num(b.combined.cap).shown()}"
        total_minutes += b.paid_minutes
        if b.cost is None:
            no_rate += 1
        else:
            total_cost += b.cost
        rows.append((
            r.rep.name,
            _joined(roles),
            r.year.label,
            combined,
            Num(b.closeness() * 100, PERCENT),
            hours(b.paid_minutes),
            None if b.cost is None else Num(b.cost, MONEY),
        ))
        for cells in _allowance_rows(service, b):
            allowance_rows.append((r.rep.name, *cells))
    reps_section = Section(
        "reps", label_pair("section_reps"),
        (label_pair("representative"), label_pair("roles"), label_pair("year"), label_pair("combined_used"),
         label_pair("share_of_cap"), label_pair("paid_hours"), label_pair("cost")),
        tuple(rows),
        total=(label_pair("total"), None, None, None, None, hours(total_minutes), Num(total_cost, MONEY)),
        widths=(52, 0, 18, 34, 20, 26, 28), empty=label_pair("no_time"),
        note=label_pair("rate_missing", n=no_rate) if no_rate else None,
    )
    per_rep = Section(
        "rep_allowances", label_pair("section_rep_allowances"),
        (label_pair("representative"),
         *(label_pair(k) for k in ("allowance", "total", "used", "pending", "remaining"))),
        tuple(allowance_rows), widths=(52, 0, 28, 28, 28, 28), empty=label_pair("no_allowance"),
    )
    sections = [reps_section, per_rep]
    if tables:
        sections += _si_tables(reps, total_minutes, total_cost, no_rate, pay_bill)
    years = sorted({(r.year.start, r.year.end) for r in reps})
    details: list[tuple[Bilingual, Cell]] = [
        (label_pair("reps_count"), Num(Fraction(len(reps)), COUNT)),
        (label_pair("years_used"), Bilingual("; ".join(_span(s, e).cy for s, e in years),
                                             "; ".join(_span(s, e).en for s, e in years)) if years else None),
    ]
    label_year = f"{start_year}/{(start_year + 1) % 100:02d}"
    logo = ctx.logo_path(service)
    return Document(
        kind="summary", title=label_pair("summary_title"), organisation=ctx.organisation(service),
        reference=f"BR-{label_year}", year_label=label_year, details=tuple(details),
        sections=tuple(sections), lang=mode, wide=True, logo_path=None if logo is None else str(logo),
    )


def _si_tables(reps: Sequence[RepYear], paid_minutes: int, cost: Fraction, no_rate: int,
               pay_bill: Fraction | None) -> list[Section]:
    fte = sum((r.contracted_minutes / (Fraction(r.rep.full_time_minutes) * r.year.days / 7) for r in reps),
              Fraction(0))
    officials = Section(
        "si_officials", label_pair("si_officials"), (label_pair("si_officials_n"), label_pair("si_fte")),
        ((Num(Fraction(len(reps)), COUNT), Num(fte)),), note=label_pair("si_note"), widths=(0, 60),
    )
    counts = [0, 0, 0, 0]
    for r in reps:
        contracted = r.contracted_minutes
        share = Fraction(r.balance.paid_minutes) / contracted if contracted else Fraction(0)
        counts[_share_band(share)] += 1
    bands = Section(
        "si_bands", label_pair("si_bands"), (label_pair("si_band"), label_pair("si_employees")),
        tuple((band, Num(Fraction(n), COUNT)) for band, n in zip(BANDS, counts, strict=True)),
        note=label_pair("si_bands_note"), widths=(0, 60),
    )
    not_given = label_pair("not_given_pay_bill")
    bill_rows: tuple[tuple[Cell, ...], ...] = (
        (label_pair("si_total_cost"), Num(cost, MONEY)),
        (label_pair("si_total_pay_bill"), not_given if pay_bill is None else Num(pay_bill, MONEY)),
        (label_pair("si_pay_share"),
         not_given if pay_bill is None else Num(cost / pay_bill * 100, PERCENT, places=2)),
    )
    bill = Section("si_pay_bill", label_pair("si_pay_bill"), (label_pair("item"), label_pair("value")),
                   bill_rows, widths=(0, 60),
                   note=label_pair("rate_missing", n=no_rate) if no_rate else None)
    activities = sum(r.activities_minutes for r in reps)
    part: Cell = Num(Fraction(activities, paid_minutes) * 100, PERCENT) if paid_minutes else None
    acts = Section(
        "si_activities", label_pair("si_activities"), (label_pair("item"), label_pair("value")),
        ((label_pair("si_activities_share"), part),), widths=(0, 60),
    )
    return [officials, bands, bill, acts]


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
    """The document as CSV sections (UTF-8 with BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    m = doc.lang
    writer.writerow([join(doc.title, m), join(doc.organisation, m), doc.year_label])
    writer.writerow([])
    writer.writerow([label("section_details", m)])
    writer.writerow([label("item", m), label("value", m)])
    for key, value in doc.details:
        writer.writerow([join(key, m), _csv_cell(value, m)])
    for s in doc.sections:
        writer.writerow([])
        writer.writerow([join(s.title, m)])
        writer.writerow([join(c, m) for c in s.columns])
        for row in s.rows:
            writer.writerow([_csv_cell(c, m) for c in row])
        if s.total is not None:
            writer.writerow([_csv_cell(c, m) for c in s.total])
    return out.getvalue().encode("utf-8-sig")


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


render_summary = render_statement

__all__ = ["Document", "Num", "Section", "render_csv", "render_pdf", "statement_data", "summary_data"]
