"""Figures as they are shown: exact fractions rounded half away from zero only for display, minutes
as h:mm, and a sum of fractions that reduces once."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction


def fmt_number(value: Fraction, places: int = 2) -> str:
    """Round half away from zero for display: 60.8108… → '60.81'."""
    if isinstance(value, (Fraction, int)):  # exact, in integers
        numerator, denominator = value.numerator, value.denominator
        whole, rest = divmod(abs(numerator) * 10**places, denominator)
        if 2 * rest >= denominator:
            whole += 1
        negative = numerator < 0
    else:
        scaled = abs(value) * 10**places
        whole = int(scaled)
        if scaled - whole >= Fraction(1, 2):
            whole += 1
        negative = value < 0
    sign = "-" if negative and whole else ""
    text = str(whole).rjust(places + 1, "0")
    return f"{sign}{text[:-places]}.{text[-places:]}" if places else f"{sign}{text}"


def round2(value: Fraction) -> float:
    return float(fmt_number(value))


def rounded(value: Fraction, places: int = 2) -> Fraction:
    """`value` rounded as it is shown, kept exact."""
    return Fraction(fmt_number(value, places))


def shown_remaining(cap: Fraction, used: Fraction) -> Fraction:
    """What is left, as shown beside the cap and the used figure: the shown cap less the shown used,
    so the three numbers on a page always add up (49.86 − 0.02 = 49.84, never 49.85)."""
    return rounded(cap) - rounded(used)


def fmt_hm(minutes: Fraction | int) -> str:
    """Minutes as h:mm, e.g. 90 → '1:30'."""
    total = round(Fraction(minutes))
    sign = "-" if total < 0 else ""
    total = abs(total)
    return f"{sign}{total // 60}:{total % 60:02d}"


def exact_sum(values: Iterable[Fraction]) -> Fraction:
    """sum(values, Fraction(0)), reducing once at the end rather than at every addition."""
    numerator, denominator = 0, 1
    for value in values:
        n, d = value.numerator, value.denominator
        if d == denominator:
            numerator += n
        else:
            numerator, denominator = numerator * d + n * denominator, denominator * d
    return Fraction(numerator, denominator)
