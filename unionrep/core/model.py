"""The records of the ledger, as plain dataclasses (RULES §1, §3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import NamedTuple

from unionrep.core.periods import ACADEMIC, APRIL, Year, parse_month_day, year_of

DRAFT = "draft"
REQUESTED = "requested"
APPROVED = "approved"
REFUSED = "refused"
WITHDRAWN = "withdrawn"
TAKEN = "taken"
STATUSES = (DRAFT, REQUESTED, APPROVED, REFUSED, WITHDRAWN, TAKEN)

# RULES §3: draft → requested → approved | refused | withdrawn; approved → taken.
# A draft or an approved request may also be withdrawn by the rep.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    DRAFT: (REQUESTED, WITHDRAWN),
    REQUESTED: (APPROVED, REFUSED, WITHDRAWN),
    APPROVED: (TAKEN, WITHDRAWN),
    REFUSED: (),
    WITHDRAWN: (),
    TAKEN: (),
}
USED_STATUSES = (APPROVED, TAKEN)
PENDING_STATUSES = (REQUESTED,)


def new_id() -> str:
    import uuid  # imported when first needed: with the `platform` it imports, ~2 ms of a start

    return str(uuid.uuid4())


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class Rep:
    name: str
    id: str = field(default_factory=new_id)
    employee_no: str = ""
    job: str = ""
    department: str = ""
    workplace: str = ""
    union_name: str = ""
    email: str = ""
    weekly_minutes: int = 37 * 60
    full_time_minutes: int = 37 * 60
    school: bool = False
    academic_start: str = "09-01"
    scp: int | None = None
    hourly_rate_pence: int | None = None
    manager: str = ""
    manager_email: str = ""
    head_of_service: str = ""
    head_of_service_email: str = ""
    ended_on: dt.date | None = None
    notes: str = ""

    @property
    def year_basis(self) -> str:
        return ACADEMIC if self.school else APRIL

    def year_start(self, basis: str | None = None) -> tuple[int, int]:
        """(month, day) on which this rep's years start, for `basis` (default: the rep's own)."""
        if (basis or self.year_basis) == ACADEMIC:
            return parse_month_day(self.academic_start)
        return (4, 1)

    def year_of(self, day: dt.date, basis: str | None = None) -> Year:
        return year_of(day, self.year_start(basis))


@dataclass
class Assignment:
    rep_id: str
    role: str
    start_on: dt.date
    end_on: dt.date | None = None
    notified_on: dt.date | None = None
    secondment_percent: Fraction | None = None
    id: str = field(default_factory=new_id)
    notes: str = ""

    def held_on(self, day: dt.date) -> bool:
        return self.start_on <= day and (self.end_on is None or day <= self.end_on)


@dataclass
class Entry:
    rep_id: str
    role: str
    date: dt.date
    minutes: int
    category: str
    paid: bool = True
    start_time: str | None = None
    end_time: str | None = None
    purpose: str = ""
    location: str = ""
    notice_on: dt.date | None = None
    status: str = TAKEN
    case_ref: str = ""
    conference: bool = False
    political: bool = False
    notes: str = ""
    id: str = field(default_factory=new_id)

    @property
    def reference(self) -> str:
        """A reference number that never changes for this entry (printed on the Pro Forma)."""
        return "UR-" + self.id.replace("-", "")[:10].upper()


@dataclass
class Extension:
    """Hours above the allowance agreed at the start of a detailed project or complex case (11.1–11.2)."""

    rep_id: str
    role: str
    case_ref: str
    extra_minutes: int
    agreed_on: dt.date
    agreed_by: str = ""
    review_on: dt.date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Toil:
    """Time off in lieu earned (a management meeting past normal finish or on a day off) or taken."""

    rep_id: str
    date: dt.date
    kind: str  # "earned" | "taken"
    minutes: int
    reason: str = ""
    entry_id: str | None = None
    id: str = field(default_factory=new_id)


# -- totals: the minutes and number of entries per (role, category, status, paid) in one year ----
# The store reads them with one SQL aggregate and the ledger (core.caps) sums them.


class TotalKey(NamedTuple):
    # a tuple rather than a frozen dataclass: tens of thousands are made for every dashboard
    role: str
    category: str
    status: str
    paid: bool


@dataclass(slots=True)
class Total:
    minutes: int = 0
    count: int = 0


Totals = Mapping[TotalKey, Total]

TotalRow = tuple[str, str, str, int, int, int]  # role, category, status, paid, minutes, entries


class RowTotals(Mapping[TotalKey, Total]):
    """Totals as the store reads them, one (role, category, status, paid, minutes, entries) row
    each. The ledger sums the rows as they are; the mapping is built only if someone asks."""

    def __init__(self, rows: list[TotalRow] | None = None) -> None:
        self.rows: list[TotalRow] = [] if rows is None else rows
        self._mapping: dict[TotalKey, Total] | None = None

    def _built(self) -> dict[TotalKey, Total]:
        if self._mapping is None:
            self._mapping = {TotalKey(r[0], r[1], r[2], bool(r[3])): Total(int(r[4]), int(r[5]))
                             for r in self.rows}
        return self._mapping

    def __getitem__(self, key: TotalKey) -> Total:
        return self._built()[key]

    def __iter__(self) -> Iterator[TotalKey]:
        return iter(self._built())

    def __len__(self) -> int:
        return len(self._built())

    def __repr__(self) -> str:
        return f"RowTotals({self._built()!r})"


FROM_THE_START = dt.date(1990, 1, 1)  # the earliest day the ledger takes: hours "from the start"


@dataclass
class HoursChange:
    """A rep's contracted weekly hours from `from_on` until the next change (RULES §1)."""

    rep_id: str
    from_on: dt.date
    weekly_minutes: int
    id: str = field(default_factory=new_id)
