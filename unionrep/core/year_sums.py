"""What a rep logged in one year, summed for the ledger (RULES §1, §7): the totals per (role,
category, status, paid) that the store reads with one SQL aggregate, or that
:func:`totals_from_entries` adds up from a list of entries, turned into integer sums of the used and
pending paid time and of the meetings attended."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from unionrep.core.model import PENDING_STATUSES, USED_STATUSES, Entry, RowTotals, Total, TotalKey, Totals
from unionrep.core.periods import Year


def totals_from_entries(entries: Iterable[Entry], year: Year | None = None) -> dict[TotalKey, Total]:
    """Sum entries (those dated within `year`, if given) the way the store's SQL does."""
    result: dict[TotalKey, Total] = {}
    for e in entries:
        if year is not None and not year.contains(e.date):
            continue
        key = TotalKey(e.role, e.category, e.status, e.paid)
        total = result.setdefault(key, Total())
        total.minutes += e.minutes
        total.count += 1
    return result


class YearSums(NamedTuple):
    """Paid time logged in one year that is used (approved, taken) or pending (requested), per
    role and category and per category, as [used minutes, used entries, pending minutes, pending
    entries]. A role and category are present when any such total was given, even an empty one.
    `meetings_by_role` and `meetings_by_category` count entries paid or not, as [used, pending]:
    meetings attended (RULES §7)."""

    by_role: dict[str, dict[str, list[int]]]
    by_category: dict[str, list[int]]
    meetings_by_role: dict[str, dict[str, list[int]]]
    meetings_by_category: dict[str, list[int]]


STATUS_AT = {**{s: 0 for s in USED_STATUSES}, **{s: 2 for s in PENDING_STATUSES}}


def meeting_attended(status: str) -> bool:
    """A meeting is attended when its entry is approved or taken, paid or not (RULES §7): the one
    definition behind "meetings attended" and the payments for meetings."""
    return status in USED_STATUSES


def year_sums(totals: Totals) -> YearSums:
    by_role: dict[str, dict[str, list[int]]] = {}
    meetings_by_role: dict[str, dict[str, list[int]]] = {}
    rows: Iterable[tuple[str, str, str, object, int, int]]
    if isinstance(totals, RowTotals):
        rows = totals.rows
    else:
        rows = ((k.role, k.category, k.status, k.paid, t.minutes, t.count) for k, t in totals.items())
    status_at = STATUS_AT
    for role, category, status, paid, minutes, count in rows:
        at = status_at.get(status)
        if at is None:
            continue
        meetings = meetings_by_role.setdefault(role, {}).setdefault(category, [0, 0])
        meetings[at // 2] += count
        if not paid:
            continue
        categories = by_role.get(role)
        if categories is None:
            categories = by_role[role] = {}
        sums = categories.get(category)
        if sums is None:
            sums = categories[category] = [0, 0, 0, 0]
        sums[at] += minutes
        sums[at + 1] += count
    return YearSums(by_role, _per_category(by_role), meetings_by_role, _per_category(meetings_by_role))


def _per_category(by_role: dict[str, dict[str, list[int]]]) -> dict[str, list[int]]:
    by_category: dict[str, list[int]] = {}
    for categories in by_role.values():
        for category, sums in categories.items():
            found = by_category.get(category)
            if found is None:
                by_category[category] = list(sums)
            else:
                for i, value in enumerate(sums):
                    found[i] += value
    return by_category
