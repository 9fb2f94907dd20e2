"""The dashboard's first screenful, kept in the book at the end of a session so that the next start
paints it without working out every rep's balances first.

What is kept: the balances of the reps closest to a cap (as many cards as fill a screen), how many
reps there are, and the figures of the dashboard's summary line. It is shown only while the book
has not changed since (its count of changes, store/schema_kept), by the same version of the app,
in the same language, and with every kept balance's year still running. The balances are then
worked out as always just after the first paint, and shown in its place where they differ (a
deadline or a change of hours that fell due on a later day).

It lives inside the book, so it is encrypted with it, and a change to any rep drops it. It is
read back with an unpickler that makes only the core's records and plain values: nothing else
named in the data is ever imported or called.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fractions
import io
import pickle
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from unionrep import __version__
from unionrep.core.balance import Balance
from unionrep.core.caps import AllowanceBalance, CombinedBalance, PaymentDue
from unionrep.core.flags import Flag
from unionrep.core.messages_errors import said_again
from unionrep.core.model import Rep
from unionrep.core.periods import Year
from unionrep.core.policy import Allowance

NAME = "dashboard.first_screen"
NEAR_CAP_CODES = ("over", "near", "combined_over", "combined_near")
# the records a kept screen is made of: their fields are part of the question it answers
RECORDS = (Balance, AllowanceBalance, CombinedBalance, PaymentDue, Flag, Rep, Year, Allowance)
_PLAIN = {("fractions", "Fraction"): fractions.Fraction, ("datetime", "date"): dt.date,
          ("unionrep.core.messages_errors", "said_again"): said_again}


@dataclass(frozen=True)
class Summary:
    """The dashboard's summary line, but for the count of requests (asked afresh)."""

    reps: int
    paid_minutes: int
    cost: Fraction
    near_or_over: int  # reps over or near a cap

    @classmethod
    def of(cls, balances: list[Balance]) -> Summary:
        costs = [b.cost for b in balances if b.cost is not None]
        near = {f.rep_id for b in balances for f in b.flags if f.code in NEAR_CAP_CODES}
        return cls(len(balances), sum(b.paid_minutes for b in balances), sum(costs, Fraction(0)), len(near))


@dataclass(frozen=True)
class FirstScreen:
    balances: tuple[Balance, ...]  # the first few of every rep's, closest to a cap first
    summary: Summary


_OWN = {(__name__, "FirstScreen"): FirstScreen, (__name__, "Summary"): Summary}


def question(lang: str | None, size: int) -> str:
    """What a kept screen answers besides the day: this version of the app and the shape of its
    records, the language, the number of cards."""
    shapes = ";".join(f"{cls.__name__}:{','.join(f.name for f in dataclasses.fields(cls))}"
                      for cls in RECORDS)
    return f"{__version__}|{lang or ''}|{size}|{shapes}"


def dumps(screen: FirstScreen, on: dt.date) -> bytes:
    return pickle.dumps((on, screen), protocol=pickle.HIGHEST_PROTOCOL)


class _CoreRecordsOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        plain = _PLAIN.get((module, name)) or _OWN.get((module, name))
        if plain is not None:
            return plain
        if module.startswith("unionrep.core."):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a record a kept screen holds")


def loads(data: bytes) -> tuple[dt.date, FirstScreen] | None:
    """The day and screen kept, or None where the data is not one (damaged, or of other records)."""
    try:
        on, screen = _CoreRecordsOnly(io.BytesIO(data)).load()
    except Exception:
        return None
    if not (isinstance(on, dt.date) and isinstance(screen, FirstScreen)
            and all(isinstance(b, Balance) for b in screen.balances)):
        return None
    return on, screen


def still_true(kept_on: dt.date, screen: FirstScreen, on: dt.date) -> bool:
    """A screen kept on `kept_on` may be shown on `on`: kept that day or before it, and each
    balance's year (the label on its card) still the one `on` falls in."""
    return kept_on <= on and all(b.year.contains(on) for b in screen.balances)
