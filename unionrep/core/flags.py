"""Flags: what needs a rep's or officer's attention (RULES §1, §3, §5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from unionrep.core.caps import AllowanceBalance, CombinedBalance
from unionrep.core.deadlines import days_text, format_day_cy
from unionrep.core.figures import fmt_number
from unionrep.core.messages import current_lang, t
from unionrep.core.model import REQUESTED, Assignment, Entry, Extension, Rep
from unionrep.core.policy import Profile
from unionrep.core.severity import HIGH, INFO, WARN


@dataclass(frozen=True)
class Flag:
    code: str
    severity: int
    subject_kind: str  # "rep" | "entry" | "extension" | "assignment" | "dispute"
    subject_id: str
    rep_id: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def text(self, lang: str | None = None) -> str:
        params = {k: _localise(k, v, lang) for k, v in self.params.items()}
        for key in ("days", "needed"):  # a count of days in words: '1 day', '2 ddiwrnod'
            if isinstance(self.params.get(key), int):
                params[f"{key}_n"] = days_text(self.params[key], lang or current_lang())
        return t(f"flag.{self.code}", lang, **params)


# The parameters that hold a day (kept ISO, 2026-12-09, so --json and sorting see the date).
DATE_PARAMS = frozenset({"date", "failure", "raised", "due", "last_day", "day_a"})


def flag_day(value: Any, lang: str | None) -> Any:
    """A day as a flag says it: in Welsh '9 Rhagfyr 2026'; in English as kept (ISO)."""
    if (lang or current_lang()) != "cy":
        return value
    try:
        return format_day_cy(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
    except ValueError:
        return value


def _localise(key: str, value: Any, lang: str | None) -> Any:
    """Flag parameters are kept raw (exact numbers, both languages' names) and shown on demand."""
    if key in DATE_PARAMS:
        return flag_day(value, lang)
    if isinstance(value, Fraction):
        return fmt_number(value)
    if key == "unit":
        return t(f"unit.{value}", lang)
    if isinstance(value, Bilingual):
        return value.cy if (lang or current_lang()) == "cy" else value.en
    return value


@dataclass(frozen=True)
class Bilingual:
    en: str
    cy: str


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later; the month's last day where it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _allowance_name(profile: Profile, balance: AllowanceBalance) -> Bilingual:
    a = balance.allowance
    source = profile.roles.get(a.scope) if a.scope_kind == "role" else profile.categories.get(a.scope)
    if source is None:
        return Bilingual(a.id, a.id)
    return Bilingual(source.en, source.cy)


def _sum(a: Fraction, b: Fraction, sign: int) -> Fraction:
    """a + sign × b, exactly (what a + b or a - b gives, without Fraction's operator dispatch)."""
    return Fraction(a.numerator * b.denominator + sign * b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _near(used: Fraction, cap: Fraction, percent: int) -> bool:
    """cap − used ≤ cap × percent/100, compared in integers (both are exact fractions)."""
    return (100 - percent) * cap.numerator * used.denominator <= 100 * used.numerator * cap.denominator


def balance_flags(
    profile: Profile,
    rep: Rep,
    balances: Iterable[AllowanceBalance],
    combined: CombinedBalance | None,
    lang: str | None = None,
) -> list[Flag]:
    percent = profile.settings.near_cap_percent
    flags: list[Flag] = []
    for b in balances:
        cap = b.cap
        if cap is None or b.allowance.kind != "cap":
            continue
        used, pending = b.used, b.pending
        over = used.numerator * cap.denominator > cap.numerator * used.denominator  # used > cap
        near = not over and _near(used, cap, percent)
        pending_over = not over and bool(pending) and cap < used + pending
        if not (over or near or pending_over):
            continue
        params = {
            "rep": rep.name,
            "allowance": _allowance_name(profile, b),
            "used": used,
            "cap": cap,
            "unit": b.unit,
            "remaining": _sum(cap, used, -1),
            "total": _sum(used, pending, 1),
        }
        if over:
            flags.append(Flag("over", HIGH, "rep", rep.id, rep.id, params))
        elif near:
            flags.append(Flag("near", WARN, "rep", rep.id, rep.id, params))
        if pending_over:
            flags.append(Flag("pending_over", WARN, "rep", rep.id, rep.id, params))
    if combined is not None:
        over = combined.used > combined.cap
        if over or _near(combined.used, combined.cap, percent):
            params = {
                "rep": rep.name,
                "used": combined.used,
                "cap": combined.cap,
                "unit": combined.unit,
                "remaining": combined.remaining,
            }
            if over:
                flags.append(Flag("combined_over", HIGH, "rep", rep.id, rep.id, params))
            else:
                flags.append(Flag("combined_near", WARN, "rep", rep.id, rep.id, params))
    return flags


def looks_political(profile: Profile, entry: Entry) -> bool:
    if entry.political:
        return True
    text = f"{entry.purpose} {entry.notes}".lower()
    return any(k in text for k in profile.settings.political_keywords)


def entry_flags(
    profile: Profile, rep: Rep, entry: Entry, today: dt.date, lang: str | None = None
) -> list[Flag]:
    """Flags about one entry: short notice for a conference, political activity, industrial action,
    and a request left unanswered."""
    flags: list[Flag] = []
    base = {"rep": rep.name, "date": entry.date.isoformat()}
    needed = profile.settings.conference_notice_days
    if entry.conference and entry.status in ("draft", "requested", "approved"):
        if entry.notice_on is None:
            flags.append(Flag("no_notice", WARN, "entry", entry.id, rep.id, {**base, "needed": needed}))
        else:
            days = (entry.date - entry.notice_on).days
            if days < needed:
                flags.append(Flag("short_notice", WARN, "entry", entry.id, rep.id,
                                  {**base, "days": days, "needed": needed}))
    if looks_political(profile, entry):
        flags.append(Flag("political", WARN, "entry", entry.id, rep.id, base))
    category = profile.categories.get(entry.category)
    if category is not None and category.paid == "never":
        flags.append(Flag("industrial_action", INFO, "entry", entry.id, rep.id, base))
    if entry.status == REQUESTED and entry.notice_on is not None:
        waited = (today - entry.notice_on).days
        if waited > 7:
            flags.append(Flag("pending_request", WARN, "entry", entry.id, rep.id,
                              {**base, "days": waited}))
    return flags


def extension_flags(
    profile: Profile, rep: Rep, extensions: Iterable[Extension], today: dt.date
) -> list[Flag]:
    """An extension's review falling due (11.2)."""
    window = dt.timedelta(days=profile.settings.extension_review_warning_days)
    flags = []
    for x in extensions:
        if x.review_on is None:
            continue
        params = {"rep": rep.name, "case": x.case_ref or x.id[:8], "date": x.review_on.isoformat()}
        if x.review_on < today:
            flags.append(Flag("extension_review_overdue", HIGH, "extension", x.id, rep.id, params))
        elif x.review_on <= today + window:
            flags.append(Flag("extension_review", WARN, "extension", x.id, rep.id, params))
    return flags


def secondment_flags(
    profile: Profile, rep: Rep, assignments: Iterable[Assignment], today: dt.date, lang: str | None = None
) -> list[Flag]:
    """A branch secretary seconded for more than 12 months cannot return to the old post (13.2)."""
    months = profile.settings.secondment_flag_months
    flags = []
    for a in assignments:
        role = profile.roles.get(a.role)
        if role is None or not role.secondment or not a.held_on(today):
            continue
        if add_months(a.start_on, months) < today:
            flags.append(Flag("secondment", WARN, "assignment", a.id, rep.id, {
                "rep": rep.name, "role": role.name(lang or "en"), "date": a.start_on.isoformat(),
                "months": months}))
    return flags


# The day each kind of flag is about, where it has one: the deadline or due date it warns of.
_DUE_PARAM = {"last_day": "last_day", "due": "due"}
_DATED_CODES = frozenset({"extension_review", "extension_review_overdue", "pending_request",
                          "short_notice", "no_notice"})


def due_day(flag: Flag) -> dt.date | None:
    """The deadline or due date `flag` warns of (a tribunal's last day, a response or review due,
    the day of the time off asked for), or None if it has none."""
    value = next((flag.params[k] for k in _DUE_PARAM if k in flag.params), None)
    if value is None and flag.code in _DATED_CODES:
        value = flag.params.get("date")
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def urgency_key(flag: Flag, today: dt.date) -> tuple[int, int, int]:
    """Sort key, most urgent first: the most severe; within a severity, a deadline still ahead by
    the days left (it can still be met — or lost), then what is overdue already, longest overdue
    first, then flags with no date."""
    day = due_day(flag)
    if day is None:
        return (-flag.severity, 2, 0)
    left = (day - today).days
    return (-flag.severity, 0, left) if left >= 0 else (-flag.severity, 1, left)


def by_urgency(flags: Iterable[Flag], today: dt.date) -> list[Flag]:
    return sorted(flags, key=lambda f: urgency_key(f, today))
