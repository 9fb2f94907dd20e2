"""The settings kept in the database's ``meta`` table that a user may set: the user's own details,
and what the documents print (unionrep.app.document_data.context reads them).

Each setting is declared once, with the rule its value must keep; ``check_setting`` returns the
value to keep, or raises a ValidationError naming the setting and the rule (unionrep.app.settings
writes what it returns).
An empty value clears a setting (the documents then use their default).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from unionrep.core.errors import ValidationError
from unionrep.core.figures import fmt_number
from unionrep.core.pay import parse_money_pence

LANGUAGES = ("bilingual", "cy", "en")
MODES = ("steward", "branch")
MAX_TEXT = 200
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def _text(key: str, value: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise ValidationError(key, "must be at most {max} characters", max=MAX_TEXT)
    if any(ord(c) < 32 for c in value):
        raise ValidationError(key, "must be one line of text")
    return value


def _email(key: str, value: str) -> str:
    value = _text(key, value)
    if value and ("@" not in value or " " in value):
        raise ValidationError(key, "must be an e-mail address, e.g. name@example.org")
    return value


def _language(key: str, value: str) -> str:
    value = value.strip()
    if value and value not in LANGUAGES:
        raise ValidationError(key, "must be bilingual, cy or en (not {value!r})", value=value)
    return value


def _mode(key: str, value: str) -> str:
    value = value.strip()
    if value not in MODES:
        raise ValidationError(key, "must be steward or branch (not {value!r})", value=value)
    return value


def check_logo(key: str, value: str) -> str:
    """An existing, readable PNG or JPEG file; its absolute path is kept."""
    value = value.strip()
    if not value:
        return ""
    path = Path(value).expanduser()
    if not path.is_file():
        raise ValidationError(key, "must be an existing image file (no file at {path})", path=str(path))
    try:
        with path.open("rb") as f:
            head = f.read(len(PNG_MAGIC))
    except OSError as exc:
        raise ValidationError(key, "cannot read {path}: {reason}", path=str(path),
                              reason=exc.strerror or str(exc)) from None
    if not (head.startswith(PNG_MAGIC) or head.startswith(JPEG_MAGIC)):
        raise ValidationError(key, "must be a PNG or JPEG image ({name} is neither)", name=path.name)
    return str(path.resolve())


def parse_money(key: str, value: str) -> Fraction | None:
    """An amount in pounds ("£2,500,000", "2500000.50"), more than £0; None for "" (not given)."""
    if not value.replace(",", "").lstrip().lstrip("£").strip():
        return None
    pence = parse_money_pence(value.strip(), key)
    if pence <= 0:
        raise ValidationError(key, "must be more than £0")
    return Fraction(pence, 100)


def _pay_bill(key: str, value: str) -> str:
    amount = parse_money(key, value)
    return "" if amount is None else fmt_number(amount)


@dataclass(frozen=True)
class Setting:
    key: str
    help: str  # what it is, in English (the command line's help)
    check: Callable[[str, str], str]  # (key, value) -> the value to keep, or ValidationError


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("user_name", "your name", _text),
    Setting("user_role", "your role in the union", _text),
    Setting("user_email", "your e-mail address", _email),
    Setting("user_phone", "your phone number", _text),
    Setting("union_name", "the union, where a rep's own record names none", _text),
    Setting("branch_name", "the branch", _text),
    Setting("mode", "steward (a steward's own log) or branch (the branch's book)", _mode),
    Setting("document_language", "documents' language: bilingual (Welsh first), cy or en", _language),
    Setting("logo_path", "a PNG or JPEG logo printed on the Pro Forma, statements and summary", check_logo),
    Setting("pay_bill", "the organisation's total pay bill in pounds (facility time tables)", _pay_bill),
    Setting("organisation_name_cy", "the organisation's Welsh name on documents (else the profile's)",
            _text),
    Setting("organisation_name_en", "the organisation's English name on documents (else the profile's)",
            _text),
    Setting("director_name", "the Director named on the Pro Forma's routing", _text),
    Setting("head_of_hr_name", "the Head of Strategic HR named on the Pro Forma and letters", _text),
)}


def check_setting(key: str, value: str) -> str:
    """The value to keep for ``key``, checked; ValidationError naming the key and the rule."""
    setting = SETTINGS.get(key)
    if setting is None:
        raise ValidationError("key", "unknown setting {key!r}; the settings are: {known}", key=key,
                              known=", ".join(SETTINGS))
    return setting.check(key, value)
