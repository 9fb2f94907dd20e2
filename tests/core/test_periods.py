import datetime as dt

import pytest

from unionrep.core.model import Rep
from unionrep.core.periods import year_of

D = dt.date


@pytest.mark.parametrize(
    ("day", "label"),
    [(D(2026, 3, 31), "2025/26"), (D(2026, 4, 1), "2026/27"), (D(2028, 2, 29), "2027/28"),
     (D(2099, 12, 31), "2099/00")],
)
def test_april_years(day, label):
    assert year_of(day).label == label


@pytest.mark.parametrize(
    ("day", "label"),
    [(D(2026, 3, 31), "2025/26"), (D(2026, 4, 1), "2025/26"), (D(2028, 2, 29), "2027/28"),
     (D(2026, 8, 31), "2025/26"), (D(2026, 9, 1), "2026/27")],
)
def test_academic_years(day, label):
    rep = Rep(name="x", school=True, academic_start="09-01")
    assert rep.year_of(day).label == label


def test_year_edges_and_length():
    y = year_of(D(2028, 2, 29))
    assert (y.start, y.end, y.days) == (D(2027, 4, 1), D(2028, 3, 31), 366)
    school = Rep(name="x", school=True, academic_start="08-15").year_of(D(2025, 8, 14))
    assert (school.start, school.end) == (D(2024, 8, 15), D(2025, 8, 14))
