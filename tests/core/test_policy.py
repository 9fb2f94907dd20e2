"""Policy profiles load from the package, and a malformed one is refused naming the bad key."""

import copy

import pytest

from unionrep.core.errors import ProfileError
from unionrep.core.policy import (
    load_shipped,
    parse_toml,
    profile_from_data,
    set_value,
    shipped_profile_data,
    shipped_profiles,
)


def test_both_profiles_ship_and_load():
    assert {"denbighshire-2012", "primary-care-2022"} <= set(shipped_profiles())
    council = load_shipped("denbighshire-2012")
    assert council.combined is not None and council.combined.amount == 130
    steward = next(a for a in council.allowances if a.id == "steward")
    assert (steward.amount, steward.pro_rata, steward.part_year, steward.combined) == (100, True, True, True)
    assert council.categories["industrial-action"].paid == "never"
    assert council.roles["learning"].cy == "Cynrychiolydd dysgu'r undeb"


def bad(mutate):
    data = copy.deepcopy(shipped_profile_data("denbighshire-2012"))
    mutate(data)
    with pytest.raises(ProfileError) as err:
        profile_from_data(data)
    return err.value


@pytest.mark.parametrize(
    ("mutate", "key", "words"),
    [
        (lambda d: d["allowances"][0].update(unit="fortnights"), "allowances[0].unit", "must be one of"),
        (lambda d: d["allowances"][0].update(amount=-5), "allowances[0].amount", "negative"),
        (lambda d: d["allowances"][0].update(amount="lots"), "allowances[0].amount", "number"),
        (lambda d: d["allowances"][1].update(scope="role:janitor"), "allowances[1].scope", "no role"),
        (lambda d: d["categories"][2].update(paid="sometimes"), "categories[2].paid", "must be one of"),
        (lambda d: d["roles"][0].pop("en"), "roles[0].en", "required"),
        (lambda d: d["roles"].append(dict(d["roles"][0])), "roles[6].id", "twice"),
        (lambda d: d["settings"].update(full_time_hours=0), "settings.full_time_hours", "more than 0"),
        (lambda d: d["settings"].update(academic_year_start="13-01"), "settings.academic_year_start",
         "MM-DD"),
        (lambda d: d["settings"].update(colour="red"), "settings.colour", "not a setting"),
        (lambda d: d.update(extra=1), "extra", "not a key"),
        (lambda d: d["combined"].update(requires=["nobody"]), "combined.requires", "no role"),
        (lambda d: d["settings"]["tribunal_limits"][0].update(months=0), "settings.tribunal_limits[0].months",
         "between"),
        (lambda d: d["allowances"][0].update(combined=True, unit="days"), "allowances.steward.unit", "hours"),
    ],
)
def test_malformed_profile_names_the_key(mutate, key, words):
    error = bad(mutate)
    assert error.key == key
    assert words in error.rule


def test_invalid_toml_is_a_profile_error():
    with pytest.raises(ProfileError) as err:
        parse_toml("id = 'x'\nroles = [")
    assert "TOML" in err.value.rule


def test_set_value_validates_and_does_not_touch_the_original():
    data = shipped_profile_data("denbighshire-2012")
    new = set_value(data, "allowances.equality.amount", "25")
    assert next(a for a in profile_from_data(new).allowances if a.id == "equality").amount == 25
    assert "amount" not in next(a for a in data["allowances"] if a["id"] == "equality")
    with pytest.raises(ProfileError) as err:
        set_value(data, "settings.near_cap_percent", "200")
    assert err.value.key == "settings.near_cap_percent"
    with pytest.raises(ProfileError):
        set_value(data, "nonsense", "1")


def test_profile_edit_is_stored_in_the_database_not_the_shipped_file(session):
    session.policy.set("combined.amount", "140")
    assert session.profile.combined.amount == 140
    assert load_shipped("denbighshire-2012").combined.amount == 130


def test_role_and_category_names_come_from_the_profile_in_either_language():
    council = load_shipped("denbighshire-2012")
    assert council.role_name("steward", "cy") == "Swyddog cangen / stiward"
    assert council.role_name("steward", "en") == "Branch officer / steward"
    assert council.category_name("duties", "cy") == "Dyletswyddau undeb llafur"
    assert council.category_name("duties", "en") == "TU duties"
    assert council.role_name("no-such-role", "cy") == "no-such-role"  # shown as it is
    assert council.category_name("no-such-category", "en") == "no-such-category"
