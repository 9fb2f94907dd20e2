"""session.roles.edit and session.roles.edit_extension: checked as when added, audited, and a
refused change writes nothing."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from unionrep.core.errors import ValidationError
from unionrep.core.model import Assignment, Entry, Extension

D = dt.date


@pytest.fixture
def rep(make_rep):
    return make_rep("Siân Ŵyn Roberts", roles=(("steward", "2024-04-01"), ("branch-secretary", "2024-04-01")))


def _assignment(session, rep, role: str) -> Assignment:
    return next(a for a in session.roles.assignments(rep.id) if a.role == role)


def test_an_assignments_dates_and_notice_are_corrected_and_audited(session, rep) -> None:
    a = _assignment(session, rep, "steward")
    session.roles.edit(a.id, start_on=D(2024, 5, 1), notified_on=D(2024, 4, 20))
    edited = session.store.get(Assignment, a.id)
    assert (edited.start_on, edited.notified_on) == (D(2024, 5, 1), D(2024, 4, 20))
    assert {h["field"] for h in session.store.history(a.id)} >= {"start_on", "notified_on"}


@pytest.mark.parametrize(("changes", "field", "rule"), [
    ({"role": "learning"}, "role", "is not a field of a role assignment you can change"),
    ({"end_on": D(2024, 3, 1)}, "to", "2024-03-01 is before the start 2024-04-01"),
    ({"start_on": D(2024, 7, 1)}, "from", "Siân Ŵyn Roberts has steward time logged on 2024-06-03, "
                                          "before 2024-07-01"),
    ({"end_on": D(2024, 6, 1)}, "to", "Siân Ŵyn Roberts has steward time logged on 2024-06-03, "
                                      "after 2024-06-01"),
    ({"secondment_percent": Fraction(50)}, "secondment-percent", "steward is not a seconded role"),
])
def test_a_bad_correction_names_the_field_and_changes_nothing(session, rep, changes, field, rule) -> None:
    session.entries.add(Entry(rep.id, "steward", D(2024, 6, 3), 90, "duties", purpose="Hearing"))
    a = _assignment(session, rep, "steward")
    with pytest.raises(ValidationError) as caught:
        session.roles.edit(a.id, **changes)
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert session.store.get(Assignment, a.id) == a


def test_a_later_period_may_not_overlap_the_earlier(session, rep) -> None:
    first = _assignment(session, rep, "steward")
    session.roles.end(rep.id, "steward", D(2024, 12, 31))
    later = session.roles.assign(rep.id, "steward", D(2025, 4, 1)).result
    with pytest.raises(ValidationError) as caught:
        session.roles.edit(later.id, start_on=D(2024, 12, 1))
    assert caught.value.field == "from"
    assert session.store.get(Assignment, later.id) == later
    assert session.store.get(Assignment, first.id).end_on == D(2024, 12, 31)


def test_a_secondment_share_is_checked(session, rep) -> None:
    a = _assignment(session, rep, "branch-secretary")
    session.roles.edit(a.id, secondment_percent=Fraction(60))
    with pytest.raises(ValidationError, match="at most 100"):
        session.roles.edit(a.id, secondment_percent=Fraction(140))
    assert session.store.get(Assignment, a.id).secondment_percent == 60


@pytest.fixture
def extension(session, rep) -> Extension:
    return session.roles.add_extension(Extension(rep.id, "steward", "EQ-PAY-2025", 1200, D(2025, 6, 2),
                                                 "Head of HR", D(2025, 11, 25))).result


def test_an_extension_is_edited_and_a_review_recorded(session, extension) -> None:
    session.roles.edit_extension(extension.id, extra_minutes=1500, agreed_by="Director of Resources")
    session.roles.edit_extension(extension.id, reviewed_on=D(2025, 11, 24), review_on=D(2026, 2, 24))
    edited = session.store.get(Extension, extension.id)
    assert (edited.extra_minutes, edited.agreed_by, edited.review_on) == (1500, "Director of Resources",
                                                                          D(2026, 2, 24))
    trail = session.store.history(extension.id)
    assert [h["new"] for h in trail if h["field"] == "review_on"] == ["2026-02-24"]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"extra_minutes": 0}, "hours"),
    ({"case_ref": " "}, "case"),
    ({"review_on": D(2025, 1, 1)}, "review-on"),
    ({"rep_id": "someone-else"}, "rep_id"),
    ({"reviewed_on": D(2025, 11, 25)}, "review-on"),  # the next review (25 Nov) is not after it
    ({"reviewed_on": D(2025, 11, 24), "review_on": None}, "review-on"),
    ({"reviewed_on": D(2025, 5, 1), "review_on": D(2026, 1, 1)}, "reviewed-on"),
])
def test_a_bad_extension_change_names_the_field_and_changes_nothing(session, extension, kwargs,
                                                                    field) -> None:
    with pytest.raises(ValidationError) as caught:
        session.roles.edit_extension(extension.id, **kwargs)
    assert caught.value.field == field
    assert session.store.get(Extension, extension.id) == extension
