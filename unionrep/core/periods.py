"""Leave years (RULES §2): 1 April – 31 March, or the academic year for school-based staff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

APRIL = "april"
ACADEMIC = "academic"
BASES = (APRIL, ACADEMIC)


@dataclass(frozen=True, order=True)
class Year:
    """One leave year: `start` and `end` inclusive."""

    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        """'2025/26' for a year starting in 2025."""
        return f"{self.start.year}/{(self.start.year + 1) % 100:02d}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def as_dict(self) -> dict[str, str]:
        return {"label": self.label, "start": self.start.isoformat(), "end": self.end.isoformat()}


def parse_month_day(text: str) -> tuple[int, int]:
    """'09-01' → (9, 1). Raises ValueError for anything that is not a real day of a leap year."""
    try:
        month_s, day_s = text.split("-")
        month, day = int(month_s), int(day_s)
        dt.date(2000, month, day)
    except (ValueError, AttributeError) as exc:
        raise ValueError(f"{text!r} is not a month and day written MM-DD") from exc
    if (month, day) == (2, 29):
        raise ValueError("a year cannot start on 29 February")
    return month, day


def year_starting(start_year: int, start: tuple[int, int]) -> Year:
    month, day = start
    begin = dt.date(start_year, month, day)
    following = dt.date(start_year + 1, month, day)
    return Year(begin, following - dt.timedelta(days=1))


def year_of(day: dt.date, start: tuple[int, int] = (4, 1)) -> Year:
    """The year, starting each year on `start` (month, day), that contains `day`."""
    begin_this = dt.date(day.year, *start)
    return year_starting(day.year if day >= begin_this else day.year - 1, start)


def year_by_label(start_year: int, start: tuple[int, int] = (4, 1)) -> Year:
    """`--year 2025` names the year that starts in 2025."""
    return year_starting(start_year, start)


def overlap_days(a_start: dt.date, a_end: dt.date | None, year: Year) -> int:
    """Days of [a_start, a_end] (open-ended when a_end is None) that fall in `year`."""
    first = max(a_start, year.start)
    last = year.end if a_end is None else min(a_end, year.end)
    return max(0, (last - first).days + 1)
