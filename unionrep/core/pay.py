"""Pay and the cost of facility time (RULES.md §6; the agreement's clause 16.1).

Time off is paid at what the rep would have earned, so the cost of facility time is the time taken
times the rep's hourly rate. A rep has either a spinal column point (SCP) on the NJC pay spine or an
hourly rate of their own, given in pence.

The spine shipped in ``unionrep/data/njc-2023-24.csv`` is taken from Appendix A ("Atodiad A –
Graddfeydd Cyflog NJC") of the council's Pay Policy Statement 2023/24
(``seeds/pay-policy-statement-2023-24.cy.txt``): SCP 2–49, annual salary in whole pounds. SCP 1 was
deleted from 1 April 2023. The statement notes that the 1 April 2023 pay award had not been agreed
when it was published, so the table is the NJC spine then in force with SCPs 2 and 3 raised to
£21,029 from 1 April 2023 for the Real Living Wage (hence SCP 2 and SCP 3 pay the same); SCPs 44–49
are the council's own points above the national spine.

The hourly rate follows the statement's own column: annual salary ÷ 52.143 weeks ÷ 37 hours
(SCP 2: £21,029 → £10.90; SCP 26: £32,909 → £17.06). Everything here is exact (``Fraction``);
rounding happens only in :func:`display_rate` and :func:`money`, half-up to the penny.
"""

from __future__ import annotations

import functools
from fractions import Fraction

from unionrep.core.errors import ValidationError
from unionrep.core.messages import t

SPINE_FILE = "njc-2023-24.csv"
SPINE_LABEL = "NJC 2023/24"
WEEKS_PER_YEAR = Fraction("52.143")
WEEKLY_HOURS = Fraction(37)


# --- the spine --------------------------------------------------------------------------------


@functools.cache
def _spine_items() -> tuple[tuple[int, Fraction], ...]:
    import csv  # read once, when a pay figure is first asked for
    import io
    from importlib import resources

    text = resources.files("unionrep.data").joinpath(SPINE_FILE).read_text("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header != ["scp", "annual_salary"]:
        raise ValueError(f"{SPINE_FILE}: header must be 'scp,annual_salary', not {header!r}")
    items: dict[int, Fraction] = {}
    for line_no, row in enumerate(reader, start=2):
        if not row:
            continue
        if len(row) != 2:
            raise ValueError(f"{SPINE_FILE} line {line_no}: expected 2 columns, got {len(row)}")
        scp = int(row[0])
        salary = Fraction(row[1])
        if scp in items:
            raise ValueError(f"{SPINE_FILE} line {line_no}: SCP {scp} appears twice")
        if salary <= 0:
            raise ValueError(f"{SPINE_FILE} line {line_no}: salary must be more than 0")
        items[scp] = salary
    if not items:
        raise ValueError(f"{SPINE_FILE}: no spinal column points")
    return tuple(sorted(items.items()))


def load_spine() -> dict[int, Fraction]:
    """SCP → annual salary in pounds, exact. Read once; each call returns a fresh dict."""
    return dict(_spine_items())


def spine_range() -> tuple[int, int]:
    """The lowest and highest SCP on the shipped spine (2 and 49)."""
    items = _spine_items()
    return items[0][0], items[-1][0]


def annual_salary_for_scp(scp: int) -> Fraction:
    """The annual salary at `scp`; ValidationError naming the valid range if there is none."""
    spine = dict(_spine_items())
    if isinstance(scp, bool) or not isinstance(scp, int) or scp not in spine:
        low, high = spine_range()
        raise ValidationError(
            "scp",
            "must be a spinal column point from {low} to {high} on the {spine} pay spine (not {value!r})",
            low=low, high=high, spine=SPINE_LABEL, value=scp,
        )
    return spine[scp]


def hourly_rate_for_scp(scp: int) -> Fraction:
    """Hourly rate at `scp`, exact: annual salary ÷ 52.143 ÷ 37."""
    return annual_salary_for_scp(scp) / WEEKS_PER_YEAR / WEEKLY_HOURS


def rep_hourly_rate(scp: int | None, hourly_rate_pence: int | None) -> Fraction | None:
    """A rep's hourly rate in pounds, from an SCP or an hourly rate in pence; None if neither.

    Giving both is refused: a rep has one or the other, and guessing which wins would hide a
    mistake.
    """
    if scp is not None and hourly_rate_pence is not None:
        raise ValidationError("hourly_rate", "give either an SCP or an hourly rate, not both")
    if scp is not None:
        return hourly_rate_for_scp(scp)
    if hourly_rate_pence is not None:
        if isinstance(hourly_rate_pence, bool) or not isinstance(hourly_rate_pence, int):
            raise ValidationError("hourly_rate", "must be a whole number of pence")
        if hourly_rate_pence <= 0:
            raise ValidationError("hourly_rate", "must be more than 0")
        return Fraction(hourly_rate_pence, 100)
    return None


# --- cost -------------------------------------------------------------------------------------


def parse_money_pence(text: str, field: str) -> int:
    """An amount of money as typed ("12.02", "£12.02", "£2,500,000") in whole pence; refused,
    naming `field`, when it is not a number or not whole pence. The one reading of money for the
    shells and the settings."""
    try:
        pence = Fraction(text.strip().replace(",", "").lstrip("£").strip()) * 100
    except (ValueError, ZeroDivisionError):
        raise ValidationError(field, "{text!r} is not an amount of money", text=text) from None
    if pence.denominator != 1:
        raise ValidationError(field, "must be in whole pence")
    return int(pence)


def cost_of_minutes(minutes: int, hourly_rate: Fraction) -> Fraction:
    """The exact cost in pounds of `minutes` at `hourly_rate` pounds an hour."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError("minutes", "must be a whole number of minutes")
    if minutes < 0:
        raise ValidationError("minutes", "must not be negative")
    if hourly_rate < 0:
        raise ValidationError("hourly_rate", "must not be negative")
    return Fraction(minutes, 60) * hourly_rate


# --- display ----------------------------------------------------------------------------------


def _pence_half_up(amount: Fraction) -> int:
    """`amount` pounds as whole pence, halves rounded away from zero."""
    pence = abs(Fraction(amount)) * 100
    whole = int(pence + Fraction(1, 2))  # floor, as pence + ½ is never negative
    return -whole if amount < 0 else whole


def display_rate(rate: Fraction) -> str:
    """An hourly rate as pounds to 2 dp, half-up, without a sign or separators: "10.90"."""
    pence = _pence_half_up(rate)
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    return f"{sign}{pounds}.{rest:02d}"


def money(amount: Fraction) -> str:
    """An amount of pounds to 2 dp, half-up, with thousands separators: "£1,234.50"."""
    pence = _pence_half_up(amount)
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


def rate_basis(scp: int | None, hourly_rate_pence: int | None, lang: str | None = None) -> str:
    """How the hourly rate is reached, so that a cost multiplies out by hand: "SCP 10: £23,620 a
    year ÷ 52.143 weeks ÷ 37 h", or "£15.23 an hour" for a rate of the rep's own."""
    if scp is not None:
        salary = annual_salary_for_scp(scp)
        shown = f"£{int(salary):,}" if salary.denominator == 1 else money(salary)
        return t("pay.basis_scp", lang, scp=scp, salary=shown, weeks=f"{float(WEEKS_PER_YEAR):g}",
                 hours=WEEKLY_HOURS)
    if hourly_rate_pence is not None:
        return t("pay.basis_rate", lang, rate=money(Fraction(hourly_rate_pence, 100)))
    return ""


def cost_text(minutes: int, scp: int | None, hourly_rate_pence: int | None, lang: str | None = None) -> str:
    """"£1,403.51 = 116.75 h × (SCP 10: £23,620 a year ÷ 52.143 weeks ÷ 37 h)": the cost with
    what it is made of (the rate is not rounded first, so the figures multiply out)."""
    rate = rep_hourly_rate(scp, hourly_rate_pence)
    if rate is None:
        return ""
    # hours exact: 116.75, or 7001/60 where minutes make no whole hundredth of an hour
    shown_hours = (f"{Fraction(minutes, 60).__float__():g}" if minutes * 100 % 60 == 0 else f"{minutes}/60")
    return t("pay.cost", lang, money=money(cost_of_minutes(minutes, rate)), hours=shown_hours,
             basis=rate_basis(scp, hourly_rate_pence, lang))
