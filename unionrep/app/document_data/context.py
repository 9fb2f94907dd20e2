"""What every document reads from the open database besides its own records: the language
setting, the organisation's and union's names, the logo, and bilingual names of roles,
categories and allowances from the policy profile.

Settings live in the database's ``meta`` table (all optional):

- ``document_language``: ``bilingual`` (default), ``cy`` or ``en`` — used when no mode is given;
- ``organisation_name_cy`` / ``organisation_name_en``: override the profile's organisation;
- ``union_name``: the union, where a rep's own record names none;
- ``logo_path``: an image printed at the top right of the Pro Forma and statements;
- ``pay_bill``: the organisation's total pay bill in pounds, for the facility time tables.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from unionrep.core.errors import ValidationError
from unionrep.core.model import Rep
from unionrep.core.policy import Allowance
from unionrep.pdf.labels import MODES, Bilingual, label_pair

if TYPE_CHECKING:
    from unionrep.app.session import Session


def meta(session: Session, key: str) -> str:
    """A meta setting, stripped; "" when absent."""
    return session.settings.get(key).strip()


def document_mode(session: Session, mode: str | None) -> str:
    """The language mode asked for, or the ``document_language`` setting, or bilingual."""
    chosen = mode if mode is not None else (meta(session, "document_language") or "bilingual")
    if chosen not in MODES:
        field = "lang" if mode is not None else "document_language"
        raise ValidationError(field, "must be one of {choices} (not {value!r})", choices=", ".join(MODES),
                              value=chosen)
    return chosen


def document_format(fmt: str) -> str:
    if fmt not in ("pdf", "csv"):
        raise ValidationError("format", "must be pdf or csv (not {value!r})", value=fmt)
    return fmt


def organisation(session: Session) -> Bilingual:
    profile = session.profile
    return Bilingual(meta(session, "organisation_name_cy") or profile.organisation_cy,
                     meta(session, "organisation_name_en") or profile.organisation_en)


def union_name(session: Session, rep: Rep) -> str:
    return rep.union_name.strip() or meta(session, "union_name")


def logo_path(session: Session) -> Path | None:
    """The ``logo_path`` setting, checked: a clear error if it names no readable file."""
    value = meta(session, "logo_path")
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise ValidationError("logo_path", "the setting names no image file: {path}", path=path)
    return path


def pay_bill(session: Session, given: Fraction | None = None) -> Fraction | None:
    """The pay bill in pounds: ``given``, else the ``pay_bill`` setting, else None (not given)."""
    if given is not None:
        if given <= 0:
            raise ValidationError("pay_bill", "must be more than £0")
        return given
    value = meta(session, "pay_bill").replace(",", "").lstrip("£")
    if not value:
        return None
    try:
        amount = Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise ValidationError("pay_bill", "the setting {value!r} is not an amount of money",
                              value=value) from None
    if amount <= 0:
        raise ValidationError("pay_bill", "must be more than £0")
    return amount


def role_pair(session: Session, role_id: str) -> Bilingual:
    role = session.profile.roles.get(role_id)
    return Bilingual(role_id, role_id) if role is None else Bilingual(role.cy, role.en)


def category_pair(session: Session, category_id: str) -> Bilingual:
    category = session.profile.categories.get(category_id)
    return Bilingual(category_id, category_id) if category is None else Bilingual(category.cy, category.en)


def allowance_pair(session: Session, allowance: Allowance) -> Bilingual:
    """An allowance's name: its own, else its role's or category's."""
    if allowance.cy and allowance.en:
        return Bilingual(allowance.cy, allowance.en)
    if allowance.scope_kind == "role":
        return role_pair(session, allowance.scope)
    return category_pair(session, allowance.scope)


def combined_pair() -> Bilingual:
    return label_pair("combined_cap")
