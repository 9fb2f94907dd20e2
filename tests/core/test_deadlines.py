"""The dispute date engine (RULES §5): tribunal time limit, ACAS conciliation, working days."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionrep.core import deadlines
from unionrep.core.deadlines import (
    Deadline,
    add_months,
    add_working_days,
    days_until,
    deadline_alerts,
    is_bank_holiday,
    is_working_day,
    limit_months_on,
    tribunal_deadline,
    working_days_between,
)
from unionrep.core.errors import ProfileError, ValidationError
from unionrep.core.policy import Profile, load_shipped, profile_from_data, shipped_profile_data

D = dt.date


def last(failure: dt.date, **kwargs: object) -> dt.date | None:
    return tribunal_deadline(failure, **kwargs).last_day  # type: ignore[arg-type]


# --- Public check cases (RULES §5): authoritative --------------------------------------------


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (D(2026, 3, 15), D(2026, 6, 14)),
        (D(2027, 12, 1), D(2028, 2, 29)),
        (D(2028, 2, 29), D(2028, 5, 28)),
    ],
)
def test_public_cases_without_conciliation(failure: dt.date, expected: dt.date) -> None:
    result = tribunal_deadline(failure)
    assert result.last_day == expected
    assert not result.out_of_time
    assert not result.acas_pending


@pytest.mark.parametrize(
    ("failure", "day_a", "day_b", "expected"),
    [
        # 19 Sep 2016 + (22 Aug − 22 Jul = 31 days) = 20 Oct; one month after B (22 Sep) is
        # earlier, so 20 Oct stands.
        (D(2016, 6, 20), D(2016, 7, 22), D(2016, 8, 22), D(2016, 10, 20)),
        # 15 Apr 2014 + 30 days = 15 May, before one month after B (11 Jun): the one-month rule
        # bites.
        (D(2014, 1, 16), D(2014, 4, 11), D(2014, 5, 11), D(2014, 6, 11)),
    ],
)
def test_public_cases_with_conciliation(
    failure: dt.date, day_a: dt.date, day_b: dt.date, expected: dt.date
) -> None:
    result = tribunal_deadline(failure, acas_day_a=day_a, acas_day_b=day_b)
    assert result.last_day == expected
    assert not result.out_of_time


def test_rule_text_plain_case() -> None:
    result = tribunal_deadline(D(2026, 3, 15))
    assert result.rule == "15 Mar 2026 + 3 months − 1 day = 14 Jun 2026 (TULRCA s.171)"
    assert result.steps == (result.rule,)


# --- Month ends ------------------------------------------------------------------------------
#
# Rule: failure + 3 calendar months; if the target month has no such day, take its last day,
# THEN subtract one day (the earlier, safe reading). Worked out by hand:
#
#   31 Jan 2026 + 3 months = "31 Apr 2026" → no such day → 30 Apr 2026 → − 1 day = 29 Apr 2026
#   31 Jan 2028 (leap year; irrelevant, the target is April) → 30 Apr 2028 → 29 Apr 2028
#   30 Nov 2025 + 3 months = "30 Feb 2026" → no such day → 28 Feb 2026 → − 1 day = 27 Feb 2026
#   30 Nov 2027 + 3 months = "30 Feb 2028" → no such day → 29 Feb 2028 → − 1 day = 28 Feb 2028
#   29 Nov 2025 + 3 months = "29 Feb 2026" → no such day → 28 Feb 2026 → − 1 day = 27 Feb 2026
#   29 Nov 2027 + 3 months = 29 Feb 2028 exists         →               − 1 day = 28 Feb 2028
#   31 Aug 2026 + 3 months = "31 Nov 2026" → no such day → 30 Nov 2026 → − 1 day = 29 Nov 2026
#   31 Dec 2025 + 3 months = 31 Mar 2026 exists         →               − 1 day = 30 Mar 2026
#   31 May 2025 + 3 months = 31 Aug 2025 exists         →               − 1 day = 30 Aug 2025
#
# Note that the safe reading makes 29 Nov and 30 Nov 2025 share a last day (27 Feb 2026), one day
# earlier than the "corresponding date" reading (which would give 28 Feb for a 30 Nov failure).

MONTH_END_CASES = [
    (D(2026, 1, 31), D(2026, 4, 29)),
    (D(2028, 1, 31), D(2028, 4, 29)),
    (D(2025, 11, 30), D(2026, 2, 27)),
    (D(2027, 11, 30), D(2028, 2, 28)),
    (D(2025, 11, 29), D(2026, 2, 27)),
    (D(2027, 11, 29), D(2028, 2, 28)),
    (D(2026, 8, 31), D(2026, 11, 29)),
    (D(2025, 12, 31), D(2026, 3, 30)),
    (D(2025, 5, 31), D(2025, 8, 30)),
]


@pytest.mark.parametrize(("failure", "expected"), MONTH_END_CASES)
def test_month_ends(failure: dt.date, expected: dt.date) -> None:
    assert last(failure) == expected


def test_month_end_rule_text_says_no_such_day_then_subtracts() -> None:
    result = tribunal_deadline(D(2025, 11, 30))
    assert result.rule == (
        "30 Nov 2025 + 3 months = 30 Feb 2026, which has no such day, so its last day "
        "28 Feb 2026 was used, then 1 day subtracted = 27 Feb 2026 "
        "(TULRCA s.171; the earlier, safe reading)"
    )
    assert "\n" not in result.rule


def test_weekends_and_bank_holidays_do_not_move_the_last_day() -> None:
    # 26 Sep 2026 + 3 months − 1 day = 25 Dec 2026: Christmas Day, still the last day.
    assert last(D(2026, 9, 26)) == D(2026, 12, 25)
    # 14 Jun 2026 is a Sunday.
    assert last(D(2026, 3, 15)) == D(2026, 6, 14)
    assert D(2026, 6, 14).weekday() == 6


# --- 29 February both ways -------------------------------------------------------------------


def test_29_february_as_failure_date() -> None:
    assert last(D(2028, 2, 29)) == D(2028, 5, 28)
    assert last(D(2024, 2, 29)) == D(2024, 5, 28)
    # 29 Feb + 12 months: "29 Feb 2029" → no such day → 28 Feb 2029 → − 1 day = 27 Feb 2029.
    assert last(D(2028, 2, 29), months=12) == D(2029, 2, 27)


def test_29_february_as_target() -> None:
    assert last(D(2027, 12, 1)) == D(2028, 2, 29)  # 1 Mar 2028 − 1 day
    assert last(D(2027, 11, 29)) == D(2028, 2, 28)  # 29 Feb 2028 exists, − 1 day
    assert last(D(2027, 11, 30)) == D(2028, 2, 28)  # "30 Feb" → 29 Feb − 1 day
    # Six months: "31 Feb 2028" → 29 Feb 2028 → − 1 day = 28 Feb 2028.
    assert last(D(2027, 8, 31), months=6) == D(2028, 2, 28)
    assert last(D(2027, 9, 1), months=6) == D(2028, 2, 29)


def test_add_months() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert add_months(D(2025, 11, 15), 3) == D(2026, 2, 15)
    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)


# --- ACAS early conciliation -----------------------------------------------------------------


def test_conciliation_one_month_rule_does_not_bite() -> None:
    result = tribunal_deadline(D(2016, 6, 20), acas_day_a=D(2016, 7, 22), acas_day_b=D(2016, 8, 22))
    assert result.last_day == D(2016, 10, 20)
    assert len(result.steps) == 3
    assert "31 days" in result.steps[1]
    assert "is not before it, so it stands" in result.steps[2]
    assert result.rule == "; ".join(result.steps)


def test_conciliation_one_month_rule_bites() -> None:
    result = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 11), acas_day_b=D(2014, 5, 11))
    assert result.last_day == D(2014, 6, 11)
    assert "15 Apr 2014 + 30 days = 15 May 2014" in result.steps[1]
    assert "the last day becomes 11 Jun 2014" in result.steps[2]


def test_one_month_after_day_b_at_a_month_end() -> None:
    # Last day 31 Jan; Day A 30 Jan, Day B 31 Jan: + 1 day = 1 Feb, but one month after Day B is
    # "31 Feb" → no such day → the last day of February (no day subtracted here).
    result = tribunal_deadline(D(2027, 11, 1), acas_day_a=D(2028, 1, 30), acas_day_b=D(2028, 1, 31))
    assert result.last_day == D(2028, 2, 29)
    assert "no such day" in result.steps[2]
    assert last(D(2026, 11, 1), acas_day_a=D(2027, 1, 30), acas_day_b=D(2027, 1, 31)) == D(
        2027, 2, 28
    )


def test_day_a_after_the_deadline_is_out_of_time() -> None:
    # Unextended last day 15 Apr 2014; Day A the day after.
    result = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 16), acas_day_b=D(2014, 5, 16))
    assert result == Deadline(
        last_day=None, out_of_time=True, rule=result.rule, steps=result.steps, acas_pending=False
    )
    assert "out of time" in result.rule
    # Same without a certificate yet: still out of time, not "pending".
    pending = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 16))
    assert pending.out_of_time and pending.last_day is None and not pending.acas_pending


def test_day_a_on_the_deadline_day_is_in_time() -> None:
    # Decision: only a Day A *after* the last day is out of time (s.292A(4) speaks of a limit
    # expiring "during the period beginning with Day A", which includes Day A itself).
    same_day = tribunal_deadline(
        D(2014, 1, 16), acas_day_a=D(2014, 4, 15), acas_day_b=D(2014, 4, 15)
    )
    assert not same_day.out_of_time
    assert same_day.last_day == D(2014, 5, 15)  # + 0 days; one month after Day B
    later = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 15), acas_day_b=D(2014, 4, 25))
    assert later.last_day == D(2014, 5, 25)


def test_day_a_without_day_b_stops_the_clock() -> None:
    result = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 11))
    assert result.last_day == D(2014, 4, 15)
    assert result.acas_pending
    assert not result.out_of_time
    assert "extension will be added when the certificate arrives" in result.rule


def test_day_b_before_day_a_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 11), acas_day_b=D(2014, 4, 10))
    assert info.value.field == "acas_day_b"


def test_day_b_without_day_a_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        tribunal_deadline(D(2014, 1, 16), acas_day_b=D(2014, 4, 10))
    assert info.value.field == "acas_day_a"


def test_months_must_be_positive() -> None:
    with pytest.raises(ValidationError) as info:
        tribunal_deadline(D(2014, 1, 16), months=0)
    assert info.value.field == "months"


def test_day_a_before_the_failure_counts_only_days_from_the_failure() -> None:
    # Safe reading: the days before the failure were never part of the limit. Failure 16 Jan 2014
    # (last day 15 Apr), Day A 1 Jan, Day B 31 Jan: 16 Jan..31 Jan = 16 days → 1 May 2014, not
    # 15 Apr + 30 days = 15 May.
    result = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 1, 1), acas_day_b=D(2014, 1, 31))
    assert result.last_day == D(2014, 5, 1)
    assert "safe reading" in result.steps[1]
    # Day A the day before the failure: the ordinary B − A count.
    assert last(D(2014, 1, 16), acas_day_a=D(2014, 1, 15), acas_day_b=D(2014, 1, 31)) == D(
        2014, 5, 1
    )


# --- The limit in months (Employment Rights Act 2025: 6 months from an effective date) -------

# Illustrative effective date; the real one is a policy-profile setting.
ERA_2025 = [(6, D(2026, 10, 1))]


def test_limit_months_defaults_to_three() -> None:
    assert limit_months_on(D(2026, 3, 15), []) == 3


def test_six_month_limit_from_its_effective_date() -> None:
    assert limit_months_on(D(2026, 9, 30), ERA_2025) == 3
    assert limit_months_on(D(2026, 10, 1), ERA_2025) == 6
    assert limit_months_on(D(2027, 1, 1), ERA_2025) == 6
    before = D(2026, 9, 30)
    assert last(before, months=limit_months_on(before, ERA_2025)) == D(2026, 12, 29)
    on = D(2026, 10, 1)
    assert last(on, months=limit_months_on(on, ERA_2025)) == D(2027, 3, 31)


def test_newest_limit_in_force_wins_regardless_of_order() -> None:
    limits = [(6, D(2026, 10, 1)), (3, D(1992, 7, 16)), (4, D(2030, 1, 1))]
    assert limit_months_on(D(2000, 1, 1), limits) == 3
    assert limit_months_on(D(2028, 1, 1), limits) == 6
    assert limit_months_on(D(2030, 1, 1), limits) == 4


def test_bad_limits_are_rejected() -> None:
    with pytest.raises(ValidationError):
        limit_months_on(D(2026, 1, 1), [(0, D(2025, 1, 1))])
    with pytest.raises(ValidationError):
        limit_months_on(D(2026, 1, 1), [(3, D(2025, 1, 1)), (6, D(2025, 1, 1))])


# --- Working days in Wales -------------------------------------------------------------------


def test_wales_subdivision_code() -> None:
    assert "WLS" in holidays.country_holidays("GB").subdivisions


def test_christmas_and_new_year_2025() -> None:
    # 25 (Thu) and 26 (Fri) Dec 2025 and 1 Jan 2026 (Thu) are bank holidays; 2 Jan is NOT a bank
    # holiday in Wales (it is in Scotland).
    assert add_working_days(D(2025, 12, 24), 1) == D(2025, 12, 29)
    assert is_working_day(D(2026, 1, 2))
    # 19 Dec (Fri) + 10: 22 23 24 | 29 30 31 | 2 | 5 6 7 → 7 Jan 2026.
    assert add_working_days(D(2025, 12, 19), 10) == D(2026, 1, 7)
    assert working_days_between(D(2025, 12, 19), D(2026, 1, 7)) == 10
    assert add_working_days(D(2026, 1, 7), -10) == D(2025, 12, 19)


def test_boxing_day_substitute_2026() -> None:
    # 26 Dec 2026 is a Saturday: the substitute day is Monday 28 Dec.
    assert is_bank_holiday(D(2026, 12, 28))
    assert add_working_days(D(2026, 12, 24), 1) == D(2026, 12, 29)


def test_easter_2026() -> None:
    assert is_bank_holiday(D(2026, 4, 3))  # Good Friday
    assert is_bank_holiday(D(2026, 4, 6))  # Easter Monday (a bank holiday in Wales)
    assert add_working_days(D(2026, 4, 2), 1) == D(2026, 4, 7)
    # 30 Mar (Mon) + 5: 31, 1, 2 | 7, 8 → 8 Apr 2026.
    assert add_working_days(D(2026, 3, 30), 5) == D(2026, 4, 8)
    assert working_days_between(D(2026, 4, 2), D(2026, 4, 7)) == 1


def test_st_davids_day_is_not_a_bank_holiday() -> None:
    # 1 Mar 2027 is a Monday and an ordinary working day.
    assert D(2027, 3, 1).weekday() == 0
    assert is_working_day(D(2027, 3, 1))
    assert add_working_days(D(2027, 2, 26), 1) == D(2027, 3, 1)
    assert not any(is_bank_holiday(D(year, 3, 1)) for year in range(1990, 2101))


def test_working_days_edges() -> None:
    assert add_working_days(D(2026, 6, 13), 0) == D(2026, 6, 13)  # a Saturday, unchanged
    assert add_working_days(D(2026, 6, 12), 1) == D(2026, 6, 15)  # Friday → Monday
    assert working_days_between(D(2026, 6, 12), D(2026, 6, 12)) == 0
    assert working_days_between(D(2026, 6, 12), D(2026, 6, 14)) == 0  # the weekend
    assert working_days_between(D(2026, 6, 15), D(2026, 6, 12)) == -1
    # Backwards from a Saturday: Friday counts, the Saturday start does not.
    assert add_working_days(D(2026, 6, 13), -1) == D(2026, 6, 12)
    assert working_days_between(D(2026, 6, 13), D(2026, 6, 12)) == -1
    # 31 Dec 1999 was a one-off Millennium bank holiday: one-off days are included.
    assert add_working_days(D(2000, 1, 1), -1) == D(1999, 12, 30)


def test_days_until() -> None:
    assert days_until(D(2026, 6, 1), D(2026, 6, 14)) == 13
    assert days_until(D(2026, 6, 14), D(2026, 6, 14)) == 0
    assert days_until(D(2026, 6, 15), D(2026, 6, 14)) == -1


# --- Alerts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 6, 15), "passed"),
        (D(2026, 6, 14), "7"),  # the last day itself: still in time, within 7
        (D(2026, 6, 7), "7"),
        (D(2026, 6, 6), "14"),
        (D(2026, 5, 31), "14"),
        (D(2026, 5, 30), "30"),
        (D(2026, 5, 15), "30"),
        (D(2026, 5, 14), None),
    ],
)
def test_deadline_alerts(today: dt.date, expected: str | None) -> None:
    assert deadline_alerts(D(2026, 6, 14), today) == expected


def test_no_alert_without_a_last_day() -> None:
    assert deadline_alerts(None, D(2026, 6, 14)) is None


# --- Properties ------------------------------------------------------------------------------

dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))


@given(dates)
def test_three_month_last_day_is_88_to_91_days_later(failure: dt.date) -> None:
    # The bound is tight: 88 for 31 Jan in a common year ("31 Apr" → 30 Apr − 1 = 29 Apr), 91 for
    # e.g. 15 Mar (three 31/30/31-day months, 92 days, − 1).
    span = (tribunal_deadline(failure).last_day - failure).days  # type: ignore[operator]
    assert 88 <= span <= 91


def test_three_month_span_exhaustively() -> None:
    spans: set[int] = set()
    day = D(1990, 1, 1)
    while day <= D(2100, 12, 31):
        result = tribunal_deadline(day).last_day
        assert result is not None
        spans.add((result - day).days)
        day += dt.timedelta(days=1)
    assert spans == {88, 89, 90, 91}
    assert (last(D(2026, 1, 31)) - D(2026, 1, 31)).days == 88  # type: ignore[operator]


@given(dates, st.integers(-40, 120), st.integers(0, 200))
def test_conciliation_never_makes_the_deadline_earlier(
    failure: dt.date, a_offset: int, b_offset: int
) -> None:
    day_a = failure + dt.timedelta(days=a_offset)
    day_b = day_a + dt.timedelta(days=b_offset)
    base = tribunal_deadline(failure).last_day
    assert base is not None
    result = tribunal_deadline(failure, acas_day_a=day_a, acas_day_b=day_b)
    if day_a > base:
        assert result.out_of_time and result.last_day is None
        return
    assert not result.out_of_time
    assert result.last_day is not None
    assert result.last_day >= base
    assert result.last_day >= add_months(day_b, 1)
    assert result.rule == "; ".join(result.steps)


@settings(max_examples=200)
@given(dates, st.integers(-60, 60))
def test_working_days_round_trip(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    if n:
        assert is_working_day(end)


def test_core_stays_free_of_qt_and_the_database() -> None:
    tree = ast.parse(Path(deadlines.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"PySide6", "sqlite3", "sqlite_utils"}


# --- The limit through the policy profile ----------------------------------------------------


def _profile_with_limits(limits: list[dict[str, object]]) -> Profile:
    data = shipped_profile_data("denbighshire-2012")
    data["settings"]["tribunal_limits"] = limits
    return profile_from_data(data)


def test_shipped_profile_limit_is_three_months() -> None:
    profile = load_shipped("denbighshire-2012")
    assert profile.tribunal_limit_months(D(2026, 3, 15)) == 3
    assert profile.tribunal_limit_months(D(1990, 1, 1)) == 3  # before the 1992 entry: the default


def test_six_month_setting_takes_effect_on_its_date_through_the_profile() -> None:
    profile = _profile_with_limits([{"months": 3, "from": "1992-07-16"}, {"months": 6, "from": "2026-10-01"}])
    day_before, day_of = D(2026, 9, 30), D(2026, 10, 1)
    assert last(day_before, months=profile.tribunal_limit_months(day_before)) == D(2026, 12, 29)
    assert last(day_of, months=profile.tribunal_limit_months(day_of)) == D(2027, 3, 31)
    # 31 Aug 2027 + 6 months = "31 Feb 2028" → 29 Feb 2028 → − 1 day.
    assert last(D(2027, 8, 31), months=profile.tribunal_limit_months(D(2027, 8, 31))) == D(2028, 2, 28)


def test_a_bad_limit_in_the_profile_names_its_key() -> None:
    with pytest.raises(ProfileError) as info:
        _profile_with_limits([{"months": 0, "from": "2026-10-01"}])
    assert info.value.key == "settings.tribunal_limits[0].months"
    with pytest.raises(ProfileError) as info:
        _profile_with_limits([{"months": 6, "from": "2026-02-30"}])
    assert info.value.key == "settings.tribunal_limits[0].from"


@given(
    dates,
    st.lists(st.tuples(st.integers(1, 24), dates), max_size=4, unique_by=lambda pair: pair[1]),
)
def test_profile_and_engine_agree_on_the_limit_in_force(
    failure: dt.date, limits: list[tuple[int, dt.date]]
) -> None:
    profile = _profile_with_limits([{"months": m, "from": d.isoformat()} for m, d in limits])
    assert profile.tribunal_limit_months(failure) == limit_months_on(failure, limits)


# --- More properties -------------------------------------------------------------------------


@given(dates, st.integers(1, 24))
def test_a_later_failure_never_has_an_earlier_last_day(failure: dt.date, months: int) -> None:
    today = tribunal_deadline(failure, months).last_day
    tomorrow = tribunal_deadline(failure + dt.timedelta(days=1), months).last_day
    assert today is not None and tomorrow is not None
    assert today <= tomorrow


def test_six_month_span_exhaustively() -> None:
    # Six calendar months are 181–184 days, − 1 day: 180–183. The shortest is 31 Aug → "31 Feb"
    # → 28 Feb → − 1 day = 27 Feb (180 days in a common year); the longest e.g. 1 Mar → 31 Aug.
    spans: set[int] = set()
    day = D(2000, 1, 1)
    while day <= D(2031, 12, 31):
        result = tribunal_deadline(day, 6).last_day
        assert result is not None
        spans.add((result - day).days)
        day += dt.timedelta(days=1)
    assert spans == {180, 181, 182, 183}
    assert (last(D(2026, 8, 31), months=6) - D(2026, 8, 31)).days == 180  # type: ignore[operator]


@given(dates, st.integers(0, 120), st.integers(0, 200))
def test_a_later_certificate_never_makes_the_deadline_earlier(
    failure: dt.date, a_offset: int, b_offset: int
) -> None:
    day_a = failure + dt.timedelta(days=a_offset)
    day_b = day_a + dt.timedelta(days=b_offset)
    first = tribunal_deadline(failure, acas_day_a=day_a, acas_day_b=day_b)
    later = tribunal_deadline(failure, acas_day_a=day_a, acas_day_b=day_b + dt.timedelta(days=1))
    assert first.out_of_time == later.out_of_time
    if not first.out_of_time:
        assert first.last_day is not None and later.last_day is not None
        assert later.last_day >= first.last_day
        # The clock stopped: the last day is never before the unextended one plus the days stopped.
        assert first.last_day >= tribunal_deadline(failure).last_day + (day_b - day_a)  # type: ignore[operator]


# --- The explanation in Welsh ----------------------------------------------------------------


def test_welsh_explanations() -> None:
    month_end = tribunal_deadline(D(2025, 11, 30))
    assert month_end.text("cy") == (
        "30 Tachwedd 2025 + 3 mis = 30 Chwefror 2026, nad yw'n bod, felly defnyddiwyd diwrnod olaf "
        "y mis, 28 Chwefror 2026, yna tynnwyd 1 diwrnod = 27 Chwefror 2026 "
        "(TULRCA a.171; y darlleniad cynharach, diogel)"
    )
    assert month_end.text("en") == month_end.text() == month_end.rule
    bites = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 11), acas_day_b=D(2014, 5, 11))
    assert bites.steps_cy[1] == (
        "Diwrnod A ACAS 11 Ebrill 2014 i Ddiwrnod B 11 Mai 2014 = 30 diwrnod; "
        "15 Ebrill 2014 + 30 diwrnod = 15 Mai 2014 (TULRCA a.292A(3))"
    )
    assert "felly y diwrnod olaf yw 11 Mehefin 2014" in bites.steps_cy[2]
    late = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 16))
    assert "y tu allan i'r terfyn amser" in late.text("cy")
    pending = tribunal_deadline(D(2014, 1, 16), acas_day_a=D(2014, 4, 11))
    assert "mae'r cloc wedi'i atal" in pending.text("cy")


@given(dates, st.one_of(st.none(), st.integers(-40, 120)), st.integers(0, 200), st.integers(1, 12))
def test_every_step_has_its_welsh(failure: dt.date, a_offset: int | None, b_offset: int,
                                  months: int) -> None:
    day_a = None if a_offset is None else failure + dt.timedelta(days=a_offset)
    day_b = None if day_a is None else day_a + dt.timedelta(days=b_offset)
    result = tribunal_deadline(failure, months, day_a, day_b)
    assert len(result.steps_cy) == len(result.steps)
    for en, cy in zip(result.steps, result.steps_cy, strict=True):
        assert en != cy
        assert not any(word in cy for word in (" month", " day ", "Day A", "which has no such day"))
