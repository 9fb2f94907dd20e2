"""Policy profiles: the roles, categories, allowances and settings of one local agreement.

A profile is data (TOML shipped in ``unionrep/policies``); it is validated here, and every
complaint names the dotted key at fault. The profile in use is copied into the database as JSON,
so a user can edit it there without touching the shipped file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from unionrep.core.errors import ProfileError
from unionrep.core.messages_errors import Words
from unionrep.core.periods import ACADEMIC, APRIL, parse_month_day
from unionrep.i18n import Text, text

UNITS = ("hours", "sessions", "meetings", "days")
PAID = ("yes", "never", "unpaid-unless-agreed")
# How a category's time counts: against the role's allowance, not at all, recorded but uncapped,
# or only against an allowance scoped to the category itself.
COUNTS = ("allowance", "none", "uncapped", "category")
ALLOWANCE_KINDS = ("cap", "commitment")
YEAR_BASES = ("rep", APRIL, ACADEMIC)
PAYMENT_KINDS = ("per_year", "per_meeting", "bonus_after", "per_half_day")


@dataclass(frozen=True)
class Role:
    id: str
    en: str
    cy: str
    clause: str = ""
    secondment: bool = False  # allowance is a share of contracted time (clause 13.1)

    def name(self, lang: str) -> str:
        return self.cy if lang == "cy" else self.en


@dataclass(frozen=True)
class Category:
    id: str
    en: str
    cy: str
    paid: str
    counts: str
    clause: str = ""

    def name(self, lang: str) -> str:
        return self.cy if lang == "cy" else self.en

    @property
    def default_paid(self) -> bool:
        return self.paid == "yes"


@dataclass(frozen=True)
class Allowance:
    """A yearly amount of time, scoped to a role or to a category."""

    id: str
    scope_kind: str  # "role" | "category"
    scope: str
    unit: str
    amount: Fraction | None  # None: no amount set (the user sets one)
    kind: str = "cap"  # "cap": at most; "commitment": at least (primary-care meetings)
    pro_rata: bool = False
    part_year: bool = True
    year_basis: str = "rep"
    combined: bool = False
    clause: str = ""
    en: str = ""
    cy: str = ""
    categories: tuple[str, ...] = ()  # empty: every category that counts against an allowance


@dataclass(frozen=True)
class CombinedCap:
    amount: Fraction
    unit: str
    pro_rata: bool
    requires: tuple[str, ...]  # roles that must be held for the cap to apply
    clause: str = ""


@dataclass(frozen=True)
class Payment:
    role: str
    kind: str
    amount: Fraction  # pounds
    after: int = 0  # bonus_after: paid once attendance reaches this many meetings
    max_count: int | None = None  # per_meeting: at most this many paid
    amount_max: Fraction | None = None  # per_half_day: the top of a range (£240–£280)
    category: str = ""  # counts only this category's entries (empty: all of the role's)
    en: str = ""
    cy: str = ""


@dataclass(frozen=True)
class TribunalLimit:
    months: int
    effective_from: dt.date


@dataclass(frozen=True)
class Settings:
    full_time_hours: Fraction = Fraction(37)
    academic_year_start: str = "09-01"
    near_cap_percent: int = 10
    conference_notice_days: int = 21
    meetings_count: bool = False
    response_working_days: int = 10
    extension_review_warning_days: int = 14
    secondment_flag_months: int = 12
    session_minutes: int = 240
    tribunal_limits: tuple[TribunalLimit, ...] = (TribunalLimit(3, dt.date(1992, 7, 16)),)
    political_keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    id: str
    en: str
    cy: str
    organisation_en: str
    organisation_cy: str
    roles: dict[str, Role]
    categories: dict[str, Category]
    allowances: tuple[Allowance, ...]
    combined: CombinedCap | None
    payments: tuple[Payment, ...]
    settings: Settings
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def role(self, role_id: str) -> Role:
        return self.roles[role_id]

    def category(self, category_id: str) -> Category:
        return self.categories[category_id]

    def role_name(self, role_id: str, lang: str) -> str:
        """A role's name in `lang` (the one place every shell takes it from); an id this profile
        does not know is shown as it is."""
        role = self.roles.get(role_id)
        return role.name(lang) if role is not None else role_id

    def category_name(self, category_id: str, lang: str) -> str:
        """A category's name in `lang`; an id this profile does not know is shown as it is."""
        category = self.categories.get(category_id)
        return category.name(lang) if category is not None else category_id

    def allowances_for_role(self, role_id: str) -> list[Allowance]:
        return [a for a in self.allowances if a.scope_kind == "role" and a.scope == role_id]

    def tribunal_limit_months(self, failure: dt.date) -> int:
        """The limit in force on the failure date (the newest one effective by then)."""
        months = 3
        for limit in sorted(self.settings.tribunal_limits, key=lambda lim: lim.effective_from):
            if limit.effective_from <= failure:
                months = limit.months
        return months

    def academic_start(self) -> tuple[int, int]:
        return parse_month_day(self.settings.academic_year_start)


# --- loading and validation -------------------------------------------------------------------


# tomllib and importlib.resources are loaded when a profile is read from a file, not when a window
# starts on a book (whose profile is stored in it)


def shipped_profiles() -> list[str]:
    from importlib import resources

    folder = resources.files("unionrep.policies")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def shipped_profile_data(profile_id: str) -> dict[str, Any]:
    if profile_id not in shipped_profiles():
        raise ProfileError("id", "no shipped profile called {value!r} (have: {choices})",
                           value=profile_id, choices=", ".join(shipped_profiles()))
    from importlib import resources

    text = resources.files("unionrep.policies").joinpath(f"{profile_id}.toml").read_text("utf-8")
    return parse_toml(text)


def parse_toml(text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError("(file)", "not valid TOML: {detail}", detail=str(exc)) from exc


def load_shipped(profile_id: str) -> Profile:
    return profile_from_data(shipped_profile_data(profile_id))


def _get(data: dict[str, Any], key: str, path: str, kind: type | tuple[type, ...]) -> Any:
    if key not in data:
        raise ProfileError(f"{path}{key}", "is required")
    value = data[key]
    if kind is int and isinstance(value, bool):
        raise ProfileError(f"{path}{key}", "must be a whole number")
    if not isinstance(value, kind):
        raise ProfileError(f"{path}{key}", "must be {kind}", kind=_kind_name(kind))
    return value


def _opt(data: dict[str, Any], key: str, path: str, kind: type | tuple[type, ...], default: Any) -> Any:
    if key not in data:
        return default
    return _get(data, key, path, kind)


def _kind_name(kind: type | tuple[type, ...]) -> Words:
    """What a value must be, in each language (the Welsh as it reads after "yn")."""
    names = {str: "kind.text", bool: "kind.true_or_false", int: "kind.whole_number", float: "kind.number",
             list: "kind.list", dict: "kind.table", dt.date: "kind.date"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    pairs = [text(names[k]) if k in names else Text(k.__name__, k.__name__) for k in kinds]
    return Words(" or ".join(en for en, _ in pairs), " neu ".join(cy for _, cy in pairs))


def _fraction(value: Any, path: str, *, allow_none: bool = False) -> Fraction | None:
    if value is None or (allow_none and value == ""):
        if allow_none:
            return None
        raise ProfileError(path, "is required")
    if isinstance(value, bool):
        raise ProfileError(path, "must be a number")
    try:
        # floats go through str so that 22.5 stays exactly 45/2
        amount = Fraction(str(value)) if isinstance(value, float) else Fraction(value)
    except (ValueError, TypeError, ZeroDivisionError) as exc:
        raise ProfileError(path, "must be a number, not {value!r}", value=value) from exc
    if amount < 0:
        raise ProfileError(path, "must not be negative")
    return amount


def _choice(value: str, allowed: tuple[str, ...], path: str) -> str:
    if value not in allowed:
        raise ProfileError(path, "must be one of {choices} (not {value!r})", choices=", ".join(allowed),
                           value=value)
    return value


def _date(value: Any, path: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ProfileError(path, "must be a date YYYY-MM-DD, not {value!r}", value=value) from exc
    raise ProfileError(path, "must be a date YYYY-MM-DD")


def _category_list(item: dict[str, Any], path: str, categories: dict[str, Category]) -> tuple[str, ...]:
    listed = _opt(item, "categories", path, list, [])
    for cid in listed:
        if not isinstance(cid, str) or cid not in categories:
            raise ProfileError(f"{path}categories", "names no category of this profile: {value!r}", value=cid)
    return tuple(str(c) for c in listed)


_TOP_KEYS = {"id", "en", "cy", "organisation", "settings", "roles", "categories", "allowances",
             "combined", "payments"}


def profile_from_data(data: dict[str, Any]) -> Profile:
    """Validate `data` (parsed TOML or stored JSON) and build a Profile."""
    if not isinstance(data, dict):
        raise ProfileError("(file)", "must be a table of keys")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ProfileError(unknown[0], "is not a key a profile may have")
    profile_id = _get(data, "id", "", str)
    org = _opt(data, "organisation", "", dict, {})
    settings = _settings(_opt(data, "settings", "", dict, {}))

    roles: dict[str, Role] = {}
    for i, item in enumerate(_get(data, "roles", "", list)):
        path = f"roles[{i}]."
        if not isinstance(item, dict):
            raise ProfileError(f"roles[{i}]", "must be a table")
        rid = _get(item, "id", path, str)
        if rid in roles:
            raise ProfileError(f"{path}id", "{value!r} appears twice", value=rid)
        roles[rid] = Role(
            id=rid,
            en=_get(item, "en", path, str),
            cy=_get(item, "cy", path, str),
            clause=str(_opt(item, "clause", path, str, "")),
            secondment=bool(_opt(item, "secondment", path, bool, False)),
        )
    if not roles:
        raise ProfileError("roles", "must list at least one role")

    categories: dict[str, Category] = {}
    for i, item in enumerate(_get(data, "categories", "", list)):
        path = f"categories[{i}]."
        if not isinstance(item, dict):
            raise ProfileError(f"categories[{i}]", "must be a table")
        cid = _get(item, "id", path, str)
        if cid in categories:
            raise ProfileError(f"{path}id", "{value!r} appears twice", value=cid)
        categories[cid] = Category(
            id=cid,
            en=_get(item, "en", path, str),
            cy=_get(item, "cy", path, str),
            paid=_choice(_get(item, "paid", path, str), PAID, f"{path}paid"),
            counts=_choice(_get(item, "counts", path, str), COUNTS, f"{path}counts"),
            clause=str(_opt(item, "clause", path, str, "")),
        )
    if not categories:
        raise ProfileError("categories", "must list at least one category")

    allowances: list[Allowance] = []
    seen_ids: set[str] = set()
    for i, item in enumerate(_opt(data, "allowances", "", list, [])):
        path = f"allowances[{i}]."
        if not isinstance(item, dict):
            raise ProfileError(f"allowances[{i}]", "must be a table")
        scope_text = _get(item, "scope", path, str)
        scope_kind, _, scope = scope_text.partition(":")
        if scope_kind == "role":
            if scope not in roles:
                raise ProfileError(f"{path}scope", "names no role of this profile: {value!r}", value=scope)
        elif scope_kind == "category":
            if scope not in categories:
                raise ProfileError(f"{path}scope", "names no category of this profile: {value!r}",
                                   value=scope)
        else:
            raise ProfileError(f"{path}scope", "must be 'role:ID' or 'category:ID'")
        aid = str(_opt(item, "id", path, str, scope_text))
        if aid in seen_ids:
            raise ProfileError(f"{path}id", "{value!r} appears twice", value=aid)
        seen_ids.add(aid)
        amount_raw = item.get("amount")
        allowances.append(
            Allowance(
                id=aid,
                scope_kind=scope_kind,
                scope=scope,
                unit=_choice(_get(item, "unit", path, str), UNITS, f"{path}unit"),
                amount=_fraction(amount_raw, f"{path}amount", allow_none=True),
                kind=_choice(str(_opt(item, "kind", path, str, "cap")), ALLOWANCE_KINDS, f"{path}kind"),
                pro_rata=bool(_opt(item, "pro_rata", path, bool, False)),
                part_year=bool(_opt(item, "part_year", path, bool, True)),
                year_basis=_choice(
                    str(_opt(item, "year_basis", path, str, "rep")), YEAR_BASES, f"{path}year_basis"
                ),
                combined=bool(_opt(item, "combined", path, bool, False)),
                clause=str(_opt(item, "clause", path, str, "")),
                en=str(_opt(item, "en", path, str, "")),
                cy=str(_opt(item, "cy", path, str, "")),
                categories=_category_list(item, path, categories),
            )
        )
        unknown_keys = sorted(set(item) - {"id", "scope", "unit", "amount", "kind", "pro_rata",
                                           "part_year", "year_basis", "combined", "clause", "en", "cy",
                                           "categories"})
        if unknown_keys:
            raise ProfileError(f"{path}{unknown_keys[0]}", "is not a key an allowance may have")

    combined: CombinedCap | None = None
    if "combined" in data:
        raw = _get(data, "combined", "", dict)
        path = "combined."
        requires = tuple(_opt(raw, "requires", path, list, []))
        for r in requires:
            if not isinstance(r, str) or r not in roles:
                raise ProfileError(f"{path}requires", "names no role of this profile: {value!r}", value=r)
        amount = _fraction(_get(raw, "amount", path, (int, float, str)), f"{path}amount")
        assert amount is not None
        unit = _choice(str(_opt(raw, "unit", path, str, "hours")), UNITS, f"{path}unit")
        combined = CombinedCap(
            amount=amount,
            unit=unit,
            pro_rata=bool(_opt(raw, "pro_rata", path, bool, False)),
            requires=requires,
            clause=str(_opt(raw, "clause", path, str, "")),
        )
        for a in allowances:
            if a.combined and a.unit != unit:
                raise ProfileError(f"allowances.{a.id}.unit", "must be {unit} to join the combined cap",
                                   unit=unit)

    payments: list[Payment] = []
    for i, item in enumerate(_opt(data, "payments", "", list, [])):
        path = f"payments[{i}]."
        if not isinstance(item, dict):
            raise ProfileError(f"payments[{i}]", "must be a table")
        role_id = _get(item, "role", path, str)
        if role_id not in roles:
            raise ProfileError(f"{path}role", "names no role of this profile: {value!r}", value=role_id)
        kind = _choice(_get(item, "kind", path, str), PAYMENT_KINDS, f"{path}kind")
        amount = _fraction(_get(item, "amount", path, (int, float, str)), f"{path}amount")
        assert amount is not None
        after = int(_opt(item, "after", path, int, 0))
        if kind == "bonus_after" and after < 1:
            raise ProfileError(f"{path}after", "must be 1 or more for a bonus_after payment")
        max_count = _opt(item, "max_count", path, int, None)
        amount_max = _fraction(item.get("amount_max"), f"{path}amount_max", allow_none=True)
        category = str(_opt(item, "category", path, str, ""))
        if category and category not in categories:
            raise ProfileError(f"{path}category", "names no category of this profile: {value!r}",
                               value=category)
        payments.append(
            Payment(role=role_id, kind=kind, amount=amount, after=after, max_count=max_count,
                    amount_max=amount_max, category=category,
                    en=str(_opt(item, "en", path, str, "")),
                    cy=str(_opt(item, "cy", path, str, "")))
        )

    return Profile(
        id=profile_id,
        en=_get(data, "en", "", str),
        cy=_get(data, "cy", "", str),
        organisation_en=str(_opt(org, "en", "organisation.", str, "")),
        organisation_cy=str(_opt(org, "cy", "organisation.", str, "")),
        roles=roles,
        categories=categories,
        allowances=tuple(allowances),
        combined=combined,
        payments=tuple(payments),
        settings=settings,
        raw=data,
    )


_SETTING_KEYS = {"full_time_hours", "academic_year_start", "near_cap_percent",
                 "conference_notice_days", "meetings_count", "response_working_days",
                 "extension_review_warning_days", "secondment_flag_months", "session_minutes",
                 "tribunal_limits", "political_keywords"}


def _settings(raw: dict[str, Any]) -> Settings:
    path = "settings."
    unknown = sorted(set(raw) - _SETTING_KEYS)
    if unknown:
        raise ProfileError(f"{path}{unknown[0]}", "is not a setting this version knows")
    defaults = Settings()
    full_time = _fraction(raw.get("full_time_hours", 37), f"{path}full_time_hours")
    assert full_time is not None
    if full_time == 0 or full_time > 168:
        raise ProfileError(f"{path}full_time_hours", "must be more than 0 and at most 168")
    academic = str(_opt(raw, "academic_year_start", path, str, defaults.academic_year_start))
    try:
        parse_month_day(academic)
    except ValueError as exc:
        if academic.strip().lstrip("0") == "2-29":
            raise ProfileError(f"{path}academic_year_start", "a year cannot start on 29 February") from exc
        raise ProfileError(f"{path}academic_year_start", "{value!r} is not a month and day written MM-DD",
                           value=academic) from exc

    def whole(key: str, default: int, low: int, high: int) -> int:
        value = int(_opt(raw, key, path, int, default))
        if not low <= value <= high:
            raise ProfileError(f"{path}{key}", "must be between {low} and {high}", low=low, high=high)
        return value

    limits: list[TribunalLimit] = []
    for i, item in enumerate(_opt(raw, "tribunal_limits", path, list, [])):
        lpath = f"{path}tribunal_limits[{i}]."
        if not isinstance(item, dict):
            raise ProfileError(f"{path}tribunal_limits[{i}]", "must be a table")
        months = int(_get(item, "months", lpath, int))
        if not 1 <= months <= 24:
            raise ProfileError(f"{lpath}months", "must be between 1 and 24")
        limits.append(TribunalLimit(months, _date(_get(item, "from", lpath, (str, dt.date)),
                                                  f"{lpath}from")))
    keywords = _opt(raw, "political_keywords", path, list, [])
    if not all(isinstance(k, str) for k in keywords):
        raise ProfileError(f"{path}political_keywords", "must be a list of text")
    return Settings(
        full_time_hours=full_time,
        academic_year_start=academic,
        near_cap_percent=whole("near_cap_percent", defaults.near_cap_percent, 0, 100),
        conference_notice_days=whole("conference_notice_days", 21, 0, 365),
        meetings_count=bool(_opt(raw, "meetings_count", path, bool, False)),
        response_working_days=whole("response_working_days", 10, 1, 100),
        extension_review_warning_days=whole("extension_review_warning_days", 14, 0, 365),
        secondment_flag_months=whole("secondment_flag_months", 12, 1, 120),
        session_minutes=whole("session_minutes", 240, 1, 1440),
        tribunal_limits=tuple(limits) or defaults.tribunal_limits,
        political_keywords=tuple(k.lower() for k in keywords),
    )


# --- editing ----------------------------------------------------------------------------------


def set_value(data: dict[str, Any], key: str, value_text: str) -> dict[str, Any]:
    """Return a copy of profile `data` with dotted `key` set from `value_text`, validated.

    Keys: ``settings.NAME``, ``allowances.ID.FIELD``, ``combined.FIELD``,
    ``organisation.en|cy``. Values are parsed as TOML scalars (``true``, ``30``, ``"text"``);
    anything that does not parse is taken as text.
    """
    import copy

    new = copy.deepcopy(data)
    value = to_jsonable({"value": _parse_scalar(value_text)})["value"]
    parts = key.split(".")
    if parts[0] == "settings" and len(parts) == 2:
        new.setdefault("settings", {})[parts[1]] = value
    elif parts[0] == "organisation" and len(parts) == 2:
        new.setdefault("organisation", {})[parts[1]] = value
    elif parts[0] == "combined" and len(parts) == 2:
        if "combined" not in new:
            raise ProfileError(key, "this profile has no combined cap")
        new["combined"][parts[1]] = value
    elif parts[0] == "allowances" and len(parts) == 3:
        ids = [item.get("id", item.get("scope")) for item in new.get("allowances", [])]
        if parts[1] not in ids:
            raise ProfileError(key, "no allowance with id {value!r}", value=parts[1])
        index = ids.index(parts[1])
        new["allowances"][index][parts[2]] = value
    else:
        raise ProfileError(
            key, "is not a key that can be set (settings.X, allowances.ID.X, combined.X, organisation.X)"
        )
    try:
        profile_from_data(new)  # raises, naming the key, if the change breaks the profile
    except ProfileError as exc:
        if parts[0] == "allowances":  # said of the key as typed: allowances.steward.amount, not [0]
            stored = f"allowances[{index}]"
            if exc.key == stored or exc.key.startswith(stored + "."):
                exc.key = f"allowances.{parts[1]}{exc.key[len(stored):]}"
        raise
    return new


def _parse_scalar(text: str) -> Any:
    import tomllib

    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def to_jsonable(data: dict[str, Any]) -> dict[str, Any]:
    """TOML dates become ISO text so the profile can be stored as JSON."""

    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [convert(v) for v in value]
        if isinstance(value, (dt.date, dt.time)):  # a datetime is a date
            return value.isoformat()
        return value

    result: dict[str, Any] = convert(data)
    return result
