"""Finding a rep from what is typed, and one name for two current reps (RULES §1)."""

import dataclasses
import datetime as dt

import pytest

from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.model import Rep
from unionrep.core.rep_lookup import check_name_free, closest_names, find_rep, fold

SIAN = Rep("Siân Ŵyn", id="3f2a9c1e-0000-4000-8000-000000000001", employee_no="D1234")
HUW = Rep("Huw Llŷr", id="3f2a9c77-0000-4000-8000-000000000002")
REPS = [SIAN, HUW]


def test_fold_drops_accents_case_and_extra_spaces():
    assert fold("  Siân   ŴYN ") == "sian wyn"


@pytest.mark.parametrize("key", ["3f2a9c1e-0000-4000-8000-000000000001", "3f2a9c1e", "3F2A9C1E",
                                 "D1234", "d1234", "Siân Ŵyn", "sian wyn", "SIAN WYN"])
def test_a_rep_is_found_by_id_prefix_employee_number_or_forgiving_name(key):
    assert find_rep(REPS, key) is SIAN


def test_a_short_or_shared_prefix_is_not_enough():
    with pytest.raises(NotFoundError):
        find_rep(REPS, "3f2a9")  # 5 characters: too short to be an id prefix
    with pytest.raises(ValidationError) as err:
        find_rep(REPS, "3f2a9c")  # 6 characters both ids start with
    assert "2 reps" in str(err.value)


def test_a_near_miss_suggests_the_closest_names():
    with pytest.raises(NotFoundError) as err:
        find_rep(REPS, "sian win")
    assert err.value.suggestions == ["Siân Ŵyn"]
    assert str(err.value).endswith("did you mean Siân Ŵyn?")
    assert closest_names(REPS, "zzzz") == []


def test_one_name_for_two_current_reps_needs_two_different_employee_numbers():
    twin = Rep("sian wyn")
    with pytest.raises(ValidationError) as err:
        check_name_free(twin, REPS)  # no employee number of its own
    assert err.value.field == "name"
    check_name_free(dataclasses.replace(twin, employee_no="D9999"), REPS)
    with pytest.raises(ValidationError):
        check_name_free(dataclasses.replace(twin, employee_no="D1234"), REPS)
    # a rep who has stood down no longer holds the name, nor is held to it
    check_name_free(twin, [dataclasses.replace(SIAN, ended_on=dt.date(2025, 1, 1))])
    check_name_free(dataclasses.replace(twin, ended_on=dt.date(2025, 1, 1)), REPS)


def test_the_service_finds_and_refuses_as_the_rules_say(session, make_rep):
    siân = make_rep("Siân Ŵyn", employee_no="D1234")
    assert session.reps.find("sian wyn").id == siân.id
    assert session.reps.find(siân.id[:6]).id == siân.id
    with pytest.raises(ValidationError):
        session.reps.add(Rep("SIAN WYN"))
    other = session.reps.add(Rep("Sian Wyn", employee_no="D5678")).result
    assert session.reps.find("D5678").id == other.id
    with pytest.raises(ValidationError) as err:
        session.reps.find("sian wyn")
    assert "D1234" in str(err.value) and "D5678" in str(err.value)
