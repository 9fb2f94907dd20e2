"""The NJC 2023/24 pay spine and the cost of facility time (RULES.md §6)."""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionrep.core.errors import ValidationError
from unionrep.core.pay import (
    cost_of_minutes,
    display_rate,
    hourly_rate_for_scp,
    load_spine,
    money,
    rep_hourly_rate,
    spine_range,
)


def test_scp_2_is_10_90_an_hour() -> None:
    assert load_spine()[2] == 21029
    assert display_rate(hourly_rate_for_scp(2)) == "10.90"


def test_scp_26_is_17_06_an_hour() -> None:
    assert load_spine()[26] == 32909
    assert display_rate(hourly_rate_for_scp(26)) == "17.06"


def test_hourly_rate_is_exact() -> None:
    assert hourly_rate_for_scp(26) == Fraction(32909) / Fraction("52.143") / 37


def test_spine_starts_at_scp_2_and_runs_without_gaps() -> None:
    spine = load_spine()
    assert 1 not in spine  # SCP 1 deleted from 1 April 2023
    assert min(spine) == 2
    assert spine_range() == (2, 49)
    assert sorted(spine) == list(range(2, 50))


def test_spine_is_strictly_increasing_above_the_living_wage_floor() -> None:
    # Appendix A lifts SCPs 2 and 3 to the same £21,029 (Real Living Wage from 1 April 2023);
    # from SCP 3 upwards every point pays more than the one below.
    spine = load_spine()
    assert spine[2] == spine[3] == 21029
    points = sorted(spine)
    salaries = [spine[p] for p in points]
    assert all(a <= b for a, b in pairwise(salaries))
    above_floor = [spine[p] for p in points if p >= 3]
    assert all(a < b for a, b in pairwise(above_floor))


def test_spine_matches_the_documents_hourly_column() -> None:
    # A sample of the "Cyfradd yr Awr" column of Appendix A.
    expected = {3: "10.90", 4: "10.98", 12: "12.70", 23: "15.63", 43: "25.70", 49: "28.81"}
    for scp, rate in expected.items():
        assert display_rate(hourly_rate_for_scp(scp)) == rate


def test_load_spine_returns_a_fresh_copy() -> None:
    spine = load_spine()
    spine[2] = Fraction(0)
    assert load_spine()[2] == 21029


@pytest.mark.parametrize("scp", [0, 1, 50, -3])
def test_unknown_scp_names_the_field_and_the_range(scp: int) -> None:
    with pytest.raises(ValidationError) as info:
        hourly_rate_for_scp(scp)
    assert info.value.field == "scp"
    assert "2 to 49" in info.value.rule


def test_cost_of_90_minutes_at_scp_26_is_exact() -> None:
    cost = cost_of_minutes(90, hourly_rate_for_scp(26))
    assert cost == Fraction(3, 2) * Fraction(32909) / Fraction("52.143") / 37
    assert cost == Fraction(16454500, 643097)  # 32909 × 1.5 ÷ (52.143 × 37), in lowest terms
    assert money(cost) == "£25.59"


def test_cost_of_no_time_is_nothing() -> None:
    assert cost_of_minutes(0, hourly_rate_for_scp(2)) == 0


def test_negative_minutes_are_refused() -> None:
    with pytest.raises(ValidationError) as info:
        cost_of_minutes(-1, Fraction(10))
    assert info.value.field == "minutes"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Fraction(0), "£0.00"),
        (Fraction("1234.5"), "£1,234.50"),
        (Fraction(1000), "£1,000.00"),
        (Fraction("1234567.891"), "£1,234,567.89"),
        (Fraction("0.005"), "£0.01"),  # half-up, not half-even
        (Fraction("0.015"), "£0.02"),
        (Fraction("0.025"), "£0.03"),
        (Fraction("2.994999"), "£2.99"),
        (Fraction(1, 3), "£0.33"),
        (Fraction(2, 3), "£0.67"),
        (Fraction("-12.345"), "-£12.35"),
    ],
)
def test_money(amount: Fraction, text: str) -> None:
    assert money(amount) == text


def test_display_rate_rounds_half_up_without_separators() -> None:
    assert display_rate(Fraction("10.895")) == "10.90"
    assert display_rate(Fraction("1234.5")) == "1234.50"
    assert display_rate(Fraction(9)) == "9.00"


def test_rep_rate_from_scp_or_pence() -> None:
    assert rep_hourly_rate(26, None) == hourly_rate_for_scp(26)
    assert rep_hourly_rate(None, 1523) == Fraction("15.23")
    assert rep_hourly_rate(None, None) is None


def test_rep_rate_refuses_both_or_a_bad_rate() -> None:
    with pytest.raises(ValidationError) as both:
        rep_hourly_rate(26, 1523)
    assert both.value.field == "hourly_rate"
    with pytest.raises(ValidationError) as zero:
        rep_hourly_rate(None, 0)
    assert zero.value.field == "hourly_rate"
    with pytest.raises(ValidationError) as unknown:
        rep_hourly_rate(1, None)
    assert unknown.value.field == "scp"


@given(st.integers(min_value=0, max_value=10**9))
def test_money_shows_whole_pence_exactly(pence: int) -> None:
    text = money(Fraction(pence, 100))
    assert text.startswith("£")
    assert int(text[1:].replace(",", "").replace(".", "")) == pence


@given(st.integers(min_value=0, max_value=60 * 24 * 366), st.sampled_from(range(2, 50)))
def test_cost_is_linear_in_minutes(minutes: int, scp: int) -> None:
    rate = hourly_rate_for_scp(scp)
    assert cost_of_minutes(minutes, rate) == minutes * cost_of_minutes(1, rate)


def test_a_cost_shows_the_basis_of_its_rate_so_it_multiplies_out():
    from unionrep.core.pay import cost_text, rate_basis

    # SCP 10: £23,620 ÷ 52.143 ÷ 37 = £12.24285… an hour; 116.75 h × that = £1,429.35 (not 116.75 × 12.24
    # = £1,429.02, which the rate rounded for display would give)
    assert rate_basis(10, None) == "SCP 10: £23,620 a year ÷ 52.143 weeks ÷ 37 h"
    assert cost_text(7005, 10, None) == \
        "£1,429.35 = 116.75 h × (SCP 10: £23,620 a year ÷ 52.143 weeks ÷ 37 h)"
    # a rate of the rep's own: 2 h 10 min = 130/60 h × £15.23 = £33.00 (32.998…)
    assert cost_text(130, None, 1523) == "£33.00 = 130/60 h × (£15.23 an hour)"
    assert rate_basis(None, None) == "" and cost_text(60, None, None) == ""


def test_money_is_read_one_way_for_every_shell():
    from unionrep.core.errors import ValidationError
    from unionrep.core.pay import parse_money_pence

    assert parse_money_pence("12.02", "hourly-rate") == 1202  # 12.02 × 100
    assert parse_money_pence(" £12.02 ", "hourly-rate") == 1202
    assert parse_money_pence("£2,500,000", "pay_bill") == 250_000_000  # 2,500,000 × 100
    for bad, rule in (("12.025", "must be in whole pence"), ("a lot", "is not an amount of money")):
        with pytest.raises(ValidationError) as refused:
            parse_money_pence(bad, "hourly-rate")
        assert refused.value.field == "hourly-rate" and rule in str(refused.value)
