"""Names and numbers as the window shows them, in the user's language.

Role and category names come from the policy profile (which carries both languages), statuses
from the catalogue (unionrep.i18n); units and the little phrases around numbers go through Qt's
translate().
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from unionrep.core import messages
from unionrep.core.figures import fmt_number
from unionrep.core.model import STATUSES
from unionrep.i18n import LANGS, capitalised, text
from unionrep.i18n.dates import MONTHS_SHORT

if TYPE_CHECKING:
    from unionrep.core.policy import Profile


def status_names() -> dict[str, str]:
    """Each status as the window shows it: the catalogue's name (the one the command line and the
    documents use), with a capital."""
    return {status: capitalised(text(f"status.{status}")).said_in(_lang) for status in STATUSES}


def status_name(status: str) -> str:
    return status_names().get(status, status)


def unit_short(unit: str) -> str:
    return {
        "hours": QCoreApplication.translate("Texts", "h"),
        "days": QCoreApplication.translate("Texts", "days"),
        "sessions": QCoreApplication.translate("Texts", "sessions"),
        "meetings": QCoreApplication.translate("Texts", "meetings"),
    }.get(unit, unit)


def role_name(profile: Profile, role_id: str, lang: str) -> str:
    return profile.role_name(role_id, lang)


def category_name(profile: Profile, category_id: str, lang: str) -> str:
    return profile.category_name(category_id, lang)


def num(value: Fraction | int | float) -> str:
    """A number rounded to 2 dp for display, without needless zeros: 42.5, 60.81, 100."""
    text = fmt_number(Fraction(value)) if not isinstance(value, float) else fmt_number(Fraction(str(value)))
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def hours_of(minutes: int) -> str:
    return num(Fraction(minutes, 60))


_lang = "en"


def set_lang(lang: str) -> None:
    global _lang
    _lang = lang if lang in LANGS else "en"
    messages.set_lang(_lang)  # the core's errors and flags follow the interface


def current_lang() -> str:
    return _lang


def day_text(day: dt.date | None) -> str:
    """A date written short in the interface language: 5 Mar 2026 / 5 Maw 2026."""
    if day is None:
        return ""
    return f"{day.day} {MONTHS_SHORT[day.month - 1].said_in(_lang)} {day.year}"
