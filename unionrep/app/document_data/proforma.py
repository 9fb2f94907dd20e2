"""The Pro Forma Request's fields for one entry, resolved from the book (RULES §4).

The allowance figures are the ledger's own: "before this request" is the year's balance without
the entry, "after" is the balance with the entry counted as used (approved). So for a request
awaiting an answer "before" equals what ``unionrep-cli balance`` prints, and for an entry already
approved or taken "after" does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from unionrep.app.document_data import context as ctx
from unionrep.core.caps import AllowanceBalance, Ledger
from unionrep.core.model import APPROVED, Entry, Rep, Total, TotalKey, Totals
from unionrep.core.periods import Year
from unionrep.pdf.labels import Bilingual
from unionrep.pdf.proforma import AllowanceRow, ProFormaData

if TYPE_CHECKING:
    from unionrep.app.session import Session


def _adjusted(base: Ledger, entry: Entry, status: str | None) -> Callable[[Year], Totals]:
    """Totals of the rep's years without ``entry``, then (``status`` given) with it as ``status``."""

    def fetch(year: Year) -> Totals:
        totals = dict(base.totals(year))
        if not year.contains(entry.date):
            return totals
        saved = TotalKey(entry.role, entry.category, entry.status, entry.paid)
        if saved in totals:
            old = totals[saved]
            left = Total(old.minutes - entry.minutes, old.count - 1)
            if left.count > 0:
                totals[saved] = left
            else:
                del totals[saved]
        if status is not None:
            key = TotalKey(entry.role, entry.category, status, entry.paid)
            old = totals.get(key, Total())
            totals[key] = Total(old.minutes + entry.minutes, old.count + 1)
        return totals

    return fetch


def _concerns(balance: AllowanceBalance, entry: Entry) -> bool:
    allowance = balance.allowance
    if allowance.scope_kind == "role":
        return allowance.scope == entry.role
    return allowance.scope == entry.category


def entry_allowances(session: Session, rep: Rep, entry: Entry) -> tuple[AllowanceRow, ...]:
    """The allowances the entry falls under (its role's, its category's, the combined cap),
    used and remaining before the request and after it is approved."""
    base = session.balances.ledger(rep)
    before, after = (Ledger(base.profile, rep, base.assignments, base.extensions,
                            _adjusted(base, entry, status), base.hours) for status in (None, APPROVED))
    before_b = before.balances(entry.date)
    after_b = after.balances(entry.date)
    used_before = {b.allowance.id: b.used for b in before_b}
    rows: list[AllowanceRow] = []
    for b in after_b:
        if _concerns(b, entry):
            rows.append(AllowanceRow(
                name=ctx.allowance_pair(session, b.allowance), unit=b.unit, allowance=b.cap,
                used_before=used_before.get(b.allowance.id, Fraction(0)), used_after=b.used,
            ))
    combined_before = before.combined(before_b, entry.date)
    combined_after = after.combined(after_b, entry.date)
    if combined_after is not None and entry.role in combined_after.members:
        rows.append(AllowanceRow(
            name=ctx.combined_pair(), unit=combined_after.unit, allowance=combined_after.cap,
            used_before=Fraction(0) if combined_before is None else combined_before.used,
            used_after=combined_after.used,
        ))
    return tuple(rows)


def _roles_held(session: Session, rep: Rep, entry: Entry) -> tuple[Bilingual, ...]:
    """The roles the rep held on the entry's date, the entry's own role first."""
    held = [a.role for a in session.roles.assignments(rep.id) if a.held_on(entry.date)]
    ordered = [entry.role] + [r for r in dict.fromkeys(held) if r != entry.role]
    return tuple(ctx.role_pair(session, r) for r in ordered)


def proforma_data(session: Session, entry_id: str, mode: str | None = None) -> ProFormaData:
    """Every field of the Pro Forma for one entry, resolved from the database."""
    lang = ctx.document_mode(session, mode)
    entry = session.entries.get(entry_id)
    rep = session.reps.find(entry.rep_id)
    return ProFormaData(
        reference=entry.reference,
        organisation=ctx.organisation(session),
        union=ctx.union_name(session, rep),
        rep_name=rep.name,
        employee_number=rep.employee_no,
        roles=_roles_held(session, rep, entry),
        manager_name=rep.manager,
        head_of_service_name=rep.head_of_service,
        entry_date=entry.date,
        start_time=entry.start_time,
        end_time=entry.end_time,
        duration_minutes=entry.minutes,
        location=entry.location,
        purpose=entry.purpose,
        category=ctx.category_pair(session, entry.category),
        paid=entry.paid,
        notice_given_on=entry.notice_on,
        year_label=rep.year_of(entry.date).label,
        allowances=entry_allowances(session, rep, entry),
        status=entry.status,
        case_reference=entry.case_ref or None,
        director_name=ctx.meta(session, "director_name"),
        head_of_hr_name=ctx.meta(session, "head_of_hr_name"),
        logo_path=ctx.logo_path(session),
        lang=lang,
    )


@dataclass(frozen=True)
class ProFormaGap:
    """A field of the Pro Forma that would print "Heb ei nodi / Not stated": its label (a key of
    pdf.labels), and where its value is kept: a field of the rep, or a setting."""
    label: str
    kept_in: str  # "rep" or "setting"
    name: str  # the Rep attribute or the setting's key
    option: str  # how the command line sets it: rep edit --OPTION, or settings set KEY


# in the order the Pro Forma prints them
PROFORMA_FIELDS = (
    ProFormaGap("union", "rep", "union_name", "--union"),
    ProFormaGap("employee_number", "rep", "employee_no", "--employee-no"),
    ProFormaGap("line_manager", "rep", "manager", "--manager"),
    ProFormaGap("head_of_service", "rep", "head_of_service", "--head-of-service"),
    ProFormaGap("director", "setting", "director_name", "director_name"),
    ProFormaGap("head_of_hr", "setting", "head_of_hr_name", "head_of_hr_name"),
)


def proforma_gaps(session: Session, entry_id: str) -> list[ProFormaGap]:
    """The Pro Forma's fields for ``entry_id`` that are empty, so would print "Not stated" (the
    union counts as filled where the rep's record or the union_name setting names one)."""
    rep = session.reps.find(session.entries.get(entry_id).rep_id)
    filled = {"union_name": ctx.union_name(session, rep)}
    gaps = []
    for gap in PROFORMA_FIELDS:
        value = (filled.get(gap.name, getattr(rep, gap.name)) if gap.kept_in == "rep"
                 else ctx.meta(session, gap.name))
        if not str(value or "").strip():
            gaps.append(gap)
    return gaps
