"""The documents of unionrep, rendered from the open database: what the GUI and the CLI call.

    proforma_pdf(service, entry_id, mode)            the Pro Forma Request (RULES §4)
    letter_pdf(service, dispute_id, stage, mode)     an escalation letter (RULES §5)
    statement(service, rep_key, start_year, fmt, mode)   a rep's yearly statement, PDF or CSV
    branch_summary(service, start_year, fmt, mode)   every rep's year, PDF or CSV (RULES §6)

``mode`` is ``"bilingual"`` (Welsh first), ``"cy"`` or ``"en"``; left out (None), the database's
``document_language`` setting applies, else bilingual. Each function returns bytes to write.

The Pro Forma's allowance figures are the ledger's own: "before this request" is the year's
balance without the entry, "after" is the balance with the entry counted as used (approved).
So for a request awaiting an answer "before" equals what ``unionrep-cli balance`` prints, and
for an entry already approved or taken "after" does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from unionrep.core.caps import AllowanceBalance, Ledger
from unionrep.core.errors import ValidationError
from unionrep.core.model import APPROVED, Entry, Rep, Total, TotalKey, Totals
from unionrep.core.periods import Year
from unionrep.pdf import context as ctx
from unionrep.pdf.labels import Bilingual
from unionrep.pdf.proforma import AllowanceRow, ProFormaData, render_proforma

if TYPE_CHECKING:  # the application layer passes itself in
    from unionrep.app.facade import Service

# ------------------------------------------------------------------------------------------
# the Pro Forma
# ------------------------------------------------------------------------------------------


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


def entry_allowances(service: Service, rep: Rep, entry: Entry) -> tuple[AllowanceRow, ...]:
    """The allowances the entry falls under (its role's, its category's, the combined cap),
    used and remaining before the request and after it is approved."""
    base = service.ledger(rep)
    before, after = (Ledger(base.profile, rep, base.assignments, base.extensions,
                            _adjusted(base, entry, status), base.hours) for status in (None, APPROVED))
    before_b = before.balances(entry.date)
    after_b = after.balances(entry.date)
    used_before = {b.allowance.id: b.used for b in before_b}
    rows: list[AllowanceRow] = []
    for b in after_b:
        if _concerns(b, entry):
            rows.append(AllowanceRow(
                name=ctx.allowance_pair(service, b.allowance), unit=b.unit, allowance=b.cap,
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


def _roles_held(service: Service, rep: Rep, entry: Entry) -> tuple[Bilingual, ...]:
    """The roles the rep held on the entry's date, the entry's own role first."""
    held = [a.role for a in service.assignments(rep.id) if a.held_on(entry.date)]
    ordered = [entry.role] + [r for r in dict.fromkeys(held) if r != entry.role]
    return tuple(ctx.role_pair(service, r) for r in ordered)


def proforma_data(service: Service, entry_id: str, mode: str | None = None) -> ProFormaData:
    """Every field of the Pro Forma for one entry, resolved from the database."""
    lang = ctx.document_mode(service, mode)
    entry = service.get_entry(entry_id)
    rep = service.find_rep(entry.rep_id)
    return ProFormaData(
        reference=entry.reference,
        organisation=ctx.organisation(service),
        union=ctx.union_name(service, rep),
        rep_name=rep.name,
        employee_number=rep.employee_no,
        roles=_roles_held(service, rep, entry),
        manager_name=rep.manager,
        head_of_service_name=rep.head_of_service,
        entry_date=entry.date,
        start_time=entry.start_time,
        end_time=entry.end_time,
        duration_minutes=entry.minutes,
        location=entry.location,
        purpose=entry.purpose,
        category=ctx.category_pair(service, entry.category),
        paid=entry.paid,
        notice_given_on=entry.notice_on,
        year_label=rep.year_of(entry.date).label,
        allowances=entry_allowances(service, rep, entry),
        status=entry.status,
        case_reference=entry.case_ref or None,
        director_name=ctx.meta(service, "director_name"),
        head_of_hr_name=ctx.meta(service, "head_of_hr_name"),
        logo_path=ctx.logo_path(service),
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


def proforma_gaps(service: Service, entry_id: str) -> list[ProFormaGap]:
    """The Pro Forma's fields for ``entry_id`` that are empty, so would print "Not stated" (the
    union counts as filled where the rep's record or the union_name setting names one)."""
    rep = service.find_rep(service.get_entry(entry_id).rep_id)
    filled = {"union_name": ctx.union_name(service, rep)}
    gaps = []
    for gap in PROFORMA_FIELDS:
        value = (filled.get(gap.name, getattr(rep, gap.name)) if gap.kept_in == "rep"
                 else ctx.meta(service, gap.name))
        if not str(value or "").strip():
            gaps.append(gap)
    return gaps


def proforma_pdf(service: Service, entry_id: str, mode: str | None = None) -> bytes:
    """The Pro Forma Request for ``entry_id`` as PDF bytes."""
    return render_proforma(proforma_data(service, entry_id, mode))


# ------------------------------------------------------------------------------------------
# letters, statements and the branch summary
# ------------------------------------------------------------------------------------------


def letter_pdf(service: Service, dispute_id: str, stage: int, mode: str | None = None,
               *, today: dt.date | None = None) -> bytes:
    """The letter for ``stage`` of a dispute (RULES §5): Welsh then English, or one language.

    A stage already raised is dated the day it was raised; the next stage, not yet raised,
    is drafted with ``today``'s date (default: today) and the response date that would follow.
    """
    from unionrep.pdf.letters import letter_data, render_letter

    return render_letter(letter_data(service, dispute_id, stage, ctx.document_mode(service, mode),
                                     today or dt.date.today()))


def statement(service: Service, rep_key: str, start_year: int, fmt: str = "pdf",
              mode: str | None = None, *, flat: bool = False) -> bytes:
    """A rep's statement for the year starting in ``start_year`` (their own year basis); ``flat``:
    a CSV of one header row and one record a row (tidy_csv) instead of sections."""
    from unionrep.pdf.statements import render_statement, statement_data

    data = statement_data(service, rep_key, _year_number(start_year), ctx.document_mode(service, mode))
    return _rendered(data, ctx.document_format(fmt), flat, render_statement)


def _rendered(data: Any, fmt: str, flat: bool, render: Callable[[Any, str], bytes]) -> bytes:
    if flat and fmt == "csv":
        from unionrep.pdf.tidy_csv import render_tidy_csv

        return render_tidy_csv(data)
    return render(data, fmt)


def branch_summary(service: Service, start_year: int, fmt: str = "pdf", mode: str | None = None,
                   *, tables: bool = False, pay_bill: Fraction | None = None, flat: bool = False) -> bytes:
    """Every rep's year starting in ``start_year``; with ``tables`` the four facility time
    tables of SI 2017/328 (``pay_bill`` in pounds, else the ``pay_bill`` setting); ``flat`` as
    for ``statement``."""
    from unionrep.pdf.statements import render_summary, summary_data

    data = summary_data(service, _year_number(start_year), ctx.document_mode(service, mode),
                        tables=tables, pay_bill=ctx.pay_bill(service, pay_bill))
    return _rendered(data, ctx.document_format(fmt), flat, render_summary)


def _year_number(start_year: int) -> int:
    if isinstance(start_year, bool) or not isinstance(start_year, int) or not 1990 <= start_year <= 2099:
        raise ValidationError("year", "must be a year from 1990 to 2099 (not {value!r})", value=start_year)
    return start_year


__all__ = ["branch_summary", "letter_pdf", "proforma_data", "proforma_pdf", "statement"]
