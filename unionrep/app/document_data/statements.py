"""A rep's yearly statement and the branch summary (RULES §1–3, §6), gathered from the book into
the ``Document`` of plain values that unionrep.pdf.statements writes as PDF or CSV.

"Used" is approved + taken time and "pending" is requested time (RULES §3); the year of
``start_year`` 2025 is the one starting in 2025 in each rep's own basis (April or academic).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from unionrep.app.document_data import context as ctx
from unionrep.core import pay
from unionrep.core.balance import Balance
from unionrep.core.hours import HoursChange, contracted_minutes
from unionrep.core.model import PENDING_STATUSES, USED_STATUSES, Entry, Rep
from unionrep.core.periods import Year, overlap_days, year_starting
from unionrep.i18n.dates import MONTHS
from unionrep.pdf.labels import Bilingual, date_pair, label_pair, unit_pair
from unionrep.pdf.statements import COUNT, MONEY, PERCENT, Cell, Document, Num, Section, hours

if TYPE_CHECKING:
    from unionrep.app.session import Session


# ------------------------------------------------------------------------------------------
# one rep's year
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


def _allowance_rows(session: Session, balance: Balance) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for b in balance.allowances:
        name = ctx.allowance_pair(session, b.allowance)
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


def statement_data(session: Session, rep_key: str, start_year: int, mode: str) -> Document:
    """Everything on a rep's yearly statement."""
    rep = session.reps.find(rep_key)
    year = rep_year(rep, start_year)
    balance = session.balances.of(rep.id, year.start)
    entries = session.entries.all(rep.id, year)
    profile = session.profile

    roles = [a for a in session.roles.assignments(rep.id) if overlap_days(a.start_on, a.end_on, year)]
    role_lines = []
    for a in roles:
        name, held = ctx.role_pair(session, a.role), _span(a.start_on, a.end_on)
        role_lines.append(Bilingual(f"{name.cy}: {held.cy}", f"{name.en}: {held.en}"))
    details: list[tuple[Bilingual, Cell]] = [
        (label_pair("name"), rep.name),
        (label_pair("employee_number"), rep.employee_no or None),
        (label_pair("union"), ctx.union_name(session, rep) or None),
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
        tuple(_allowance_rows(session, balance)), empty=label_pair("no_allowance"),
        note=label_pair("allowance_note"),
    )
    role_section = _grouped_section(
        "by_role", "section_by_role", "role", _grouped(entries, "role", list(profile.roles)),
        lambda g: ctx.role_pair(session, g))
    cat_section = _grouped_section(
        "by_category", "section_by_category", "category",
        _grouped(entries, "category", list(profile.categories)), lambda g: ctx.category_pair(session, g))
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
    extensions = [x for x in session.roles.extensions(rep.id) if year.contains(x.agreed_on)]
    ext_section = Section(
        "extensions", label_pair("section_extensions"),
        tuple(label_pair(k) for k in ("case_ref", "role", "extra", "agreed_on", "agreed_by", "review_on")),
        tuple((x.case_ref, ctx.role_pair(session, x.role), hours(x.extra_minutes), date_pair(x.agreed_on),
               x.agreed_by or None, None if x.review_on is None else date_pair(x.review_on))
              for x in extensions),
        empty=label_pair("no_extensions"), widths=(34, 0, 20, 30, 34, 30),
    )
    toil = session.entries.toil(rep.id)
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
            (ctx.role_pair(session, p.role), label_pair(f"payment_{p.kind}"), Num(p.amount, MONEY),
             None if p.amount_max is None else Num(p.amount_max, MONEY))
            for p in balance.payments)
        sections.append(Section(
            "payments", label_pair("section_payments"),
            (label_pair("role"), label_pair("kind"), label_pair("amount"), label_pair("total")),
            payments, total=(label_pair("total"), None, Num(sum((p.amount for p in balance.payments),
                                                                Fraction(0)), MONEY), None),
        ))
    logo = ctx.logo_path(session)
    return Document(
        kind="statement", title=label_pair("statement_title"), organisation=ctx.organisation(session),
        reference=f"{rep.employee_no or rep.id[:8].upper()}-{year.label}", year_label=year.label,
        details=tuple(details), sections=tuple(sections), lang=mode,
        logo_path=None if logo is None else str(logo),
    )


# ------------------------------------------------------------------------------------------
# the branch
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


def _branch(session: Session, start_year: int) -> list[RepYear]:
    assignments: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    for a in session.roles.assignments():
        assignments.setdefault(a.rep_id, []).append((a.start_on, a.end_on))
    result = []
    for rep in session.reps.all(include_ended=True):
        year = rep_year(rep, start_year)
        held = any(overlap_days(s, e, year) for s, e in assignments.get(rep.id, []))
        entries = session.entries.all(rep.id, year)
        if not held and not entries:
            continue
        activities = sum(e.minutes for e in entries
                         if e.category == "activities" and e.paid and e.status in USED_STATUSES)
        result.append(RepYear(rep, year, session.balances.of(rep.id, year.start), activities,
                              session.reps.hours(rep.id)))
    return result


def _share_band(share: Fraction) -> int:
    """Index of the SI 2017/328 band: 0%, 1–50%, 51–99%, 100%."""
    if share <= 0:
        return 0
    if share <= Fraction(1, 2):
        return 1
    return 2 if share < 1 else 3


BANDS = ("0%", "1–50%", "51–99%", "100%")


def summary_data(session: Session, start_year: int, mode: str, *, tables: bool = False,
                 pay_bill: Fraction | None = None) -> Document:
    """Every rep's year starting in ``start_year``; optionally the four SI 2017/328 tables."""
    reps = _branch(session, start_year)
    rows: list[tuple[Cell, ...]] = []
    allowance_rows: list[tuple[Cell, ...]] = []
    total_minutes = 0
    total_cost = Fraction(0)
    no_rate = 0
    for r in reps:
        b = r.balance
        roles = list(dict.fromkeys(ctx.role_pair(session, a.role) for a in session.roles.assignments(r.rep.id)
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
        for cells in _allowance_rows(session, b):
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
    logo = ctx.logo_path(session)
    return Document(
        kind="summary", title=label_pair("summary_title"), organisation=ctx.organisation(session),
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
