"""The shipped primary-care profile (RULES.md §7) carries the figures of its source document."""

from __future__ import annotations

from fractions import Fraction

import pytest

from unionrep.core.policy import Allowance, Payment, Profile, load_shipped, shipped_profiles

PCL = "professional-collaborative-lead"
CP_LEAD = "community-pharmacy-collaborative-lead"
OPTOMETRY = "optometry-engagement"
CP_CLUSTER = "community-pharmacy-cluster-attendance"
CLUSTER_LEAD = "cluster-lead"


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_shipped("primary-care-2022")


def allowance(profile: Profile, role: str, unit: str) -> Allowance:
    found = [a for a in profile.allowances_for_role(role) if a.unit == unit]
    assert len(found) == 1, f"{role}: expected one {unit} allowance, found {found}"
    return found[0]


def payments(profile: Profile, role: str, kind: str) -> list[Payment]:
    return [p for p in profile.payments if p.role == role and p.kind == kind]


def payment(profile: Profile, role: str, kind: str) -> Payment:
    found = payments(profile, role, kind)
    assert len(found) == 1, f"{role}: expected one {kind} payment, found {found}"
    return found[0]


def test_profile_is_shipped(profile: Profile) -> None:
    assert "primary-care-2022" in shipped_profiles()
    assert profile.id == "primary-care-2022"
    assert profile.organisation_en and profile.organisation_cy


def test_roles_have_both_languages(profile: Profile) -> None:
    assert set(profile.roles) == {PCL, CP_LEAD, OPTOMETRY, CP_CLUSTER, CLUSTER_LEAD}
    for role in profile.roles.values():
        assert role.en and role.cy and role.en != role.cy
    assert profile.role(PCL).cy == "Arweinydd Cydweithrediad Proffesiynol"
    assert profile.role(CLUSTER_LEAD).cy == "Arweinydd Clwstwr"


def test_categories_are_paid_and_named_in_both_languages(profile: Profile) -> None:
    for cid in ("collaborative-meeting", "cluster-meeting", "extra-session", "other"):
        category = profile.category(cid)
        assert category.paid == "yes"
        assert category.en and category.cy


def test_every_allowance_is_a_commitment_not_a_cap(profile: Profile) -> None:
    assert profile.allowances
    for a in profile.allowances:
        assert a.kind == "commitment", a.id
        assert a.scope_kind == "role"
        assert not a.combined
    assert profile.combined is None


def test_collaborative_lead_chairs_four_meetings_and_gives_four_cluster_half_days(
    profile: Profile,
) -> None:
    meetings = allowance(profile, PCL, "meetings")
    assert meetings.amount == 4
    assert meetings.categories == ("collaborative-meeting",)
    sessions = allowance(profile, PCL, "sessions")
    assert sessions.amount == 4
    assert sessions.categories == ("cluster-meeting",)


def test_community_pharmacy_lead_chairs_three_meetings(profile: Profile) -> None:
    meetings = allowance(profile, CP_LEAD, "meetings")
    assert meetings.amount == 3
    assert meetings.categories == ("collaborative-meeting",)
    assert allowance(profile, CP_LEAD, "sessions").amount == 4


def test_community_pharmacy_cluster_attendance_is_three_meetings(profile: Profile) -> None:
    meetings = allowance(profile, CP_CLUSTER, "meetings")
    assert meetings.amount == 3
    assert meetings.categories == ("cluster-meeting",)


def test_cluster_lead_is_one_day_a_week(profile: Profile) -> None:
    sessions = allowance(profile, CLUSTER_LEAD, "sessions")
    assert sessions.amount == 2 * 52  # 1 day a week = 2 sessions, 52 weeks
    assert profile.settings.session_minutes == 240  # a session is a half day


def test_optometry_engagement_sets_no_commitment(profile: Profile) -> None:
    assert allowance(profile, OPTOMETRY, "meetings").amount is None


def test_lead_payment_is_2000_a_year(profile: Profile) -> None:
    assert payment(profile, PCL, "per_year").amount == 2000


def test_community_pharmacy_lead_gets_up_to_four_payments_of_500(profile: Profile) -> None:
    backfill = payment(profile, CP_LEAD, "per_meeting")
    assert backfill.amount == 500
    assert backfill.max_count == 4
    assert backfill.amount * backfill.max_count == 2000
    assert not payments(profile, CP_LEAD, "per_year")  # the £2,000 is these four payments


def test_optometry_engagement_is_1000_a_year(profile: Profile) -> None:
    assert payment(profile, OPTOMETRY, "per_year").amount == 1000


def test_community_pharmacy_attendance_adds_up_to_1000(profile: Profile) -> None:
    per_meeting = payment(profile, CP_CLUSTER, "per_meeting")
    bonus = payment(profile, CP_CLUSTER, "bonus_after")
    assert per_meeting.amount == 250
    assert per_meeting.max_count == 3
    assert bonus.amount == 250
    assert bonus.after == 3
    assert per_meeting.category == bonus.category == "cluster-meeting"
    required = allowance(profile, CP_CLUSTER, "meetings").amount
    assert required == bonus.after
    assert per_meeting.amount * per_meeting.max_count + bonus.amount == Fraction(1000)


def test_extra_time_commitments_are_240_to_280_a_half_day(profile: Profile) -> None:
    half_days = [p for p in profile.payments if p.kind == "per_half_day"]
    assert {p.role for p in half_days} == {PCL, CP_LEAD, CLUSTER_LEAD}
    for p in half_days:
        assert p.amount == 240
        assert p.amount_max == 280
        assert p.category == "extra-session"  # not every minute of the role


def test_every_payment_is_labelled_in_both_languages(profile: Profile) -> None:
    for p in profile.payments:
        assert p.en and p.cy, p
