"""Balances and flags: what each rep has used of their allowances, and what needs attention."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from typing import Any

from unionrep.app.base import AppService
from unionrep.core import pay
from unionrep.core.balance import Balance, closest_first
from unionrep.core.caps import Ledger, rep_year_of
from unionrep.core.entries import validate_entry
from unionrep.core.flags import (
    Flag,
    balance_flags,
    by_urgency,
    entry_flags,
    extension_flags,
    secondment_flags,
)
from unionrep.core.model import (
    PENDING_STATUSES,
    REQUESTED,
    USED_STATUSES,
    Assignment,
    Entry,
    Extension,
    HoursChange,
    Rep,
    Total,
    TotalKey,
    Totals,
)
from unionrep.core.overlaps import overlap_flags
from unionrep.core.periods import Year
from unionrep.store import connection
from unionrep.store.dbapi import change_stamp

# entries since a day that share their day with another of the rep's (both counted): where overlaps are
SHARES_A_DAY = ("date >= ? AND status NOT IN ('refused', 'withdrawn') AND EXISTS (SELECT 1 FROM entries o "
                "WHERE o.rep_id = entries.rep_id AND o.date = entries.date AND o.id <> entries.id "
                "AND o.status NOT IN ('refused', 'withdrawn'))")


class BalanceService(AppService):
    _last_every: tuple[Any, ...] | None = None  # every()'s last question, the book's state, the answer

    def ledger(self, rep: Rep, totals_for: Any = None) -> Ledger:
        def fetch(year: Year) -> Totals:
            return self.store.totals(rep.id, year.start, year.end)

        roles = self.session.roles
        return Ledger(self.profile, rep, roles.assignments(rep.id), roles.extensions(rep.id),
                      totals_for or fetch, self.session.reps.hours(rep.id))

    def of(self, rep_key: str, on: dt.date | None = None, lang: str | None = None) -> Balance:
        """The rep's balance for the year containing `on`, with the flags on that year's entries too."""
        rep = self.session.reps.find(rep_key)
        day = on or dt.date.today()
        balance = self._balance(rep, day, self.ledger(rep), lang)
        balance.flags += self.entry_flags(day, lang, rep_id=rep.id, year=balance.year)
        return balance

    def _balance(self, rep: Rep, on: dt.date, ledger: Ledger, lang: str | None,
                 toil: tuple[int, int] | None = None) -> Balance:
        year = ledger.rep_year(on)
        allowances = ledger.balances(on)
        combined = ledger.combined(allowances, on)
        flags = balance_flags(self.profile, rep, allowances, combined, lang)
        flags += extension_flags(self.profile, rep, ledger.extensions, on)
        flags += secondment_flags(self.profile, rep, ledger.assignments, on, lang)
        earned, taken = toil if toil is not None else self.store.toil_balance(rep.id, on)
        return Balance(
            rep=rep, year=year, allowances=allowances, combined=combined, flags=flags,
            paid_minutes=ledger.paid_minutes(year),
            hourly_rate=_hourly_rate(rep.scp, rep.hourly_rate_pence),
            toil_earned=earned, toil_taken=taken, payments=ledger.payments_due(on),
        )

    def every(self, on: dt.date | None = None, lang: str | None = None,
              include_ended: bool = False) -> list[Balance]:
        """Every rep's balance for the year containing `on`, with one aggregate query per year basis.

        The last answer is kept and given again while nothing in the book has changed since: no row
        written through this connection (its count of changed rows, which a write rolled back
        also moves), no commit by another connection (the command line: PRAGMA data_version), the
        same profile, and not inside a transaction, whose writes may yet be rolled back. The
        dashboard asks again at every refresh, most of them after changes to nothing it shows."""
        day = on or dt.date.today()
        question = (day, lang, include_ended)
        conn = connection.raw(self.store.db)
        stamp = None if conn.in_transaction else change_stamp(conn)
        last = self._last_every
        profile = self.profile
        if stamp is not None and last is not None and last[:2] == (question, stamp) and last[2] is profile:
            return list(last[3])
        result = self._every(day, lang, include_ended)
        self._last_every = None if stamp is None else (question, stamp, profile, result)
        return list(result)

    def _every(self, day: dt.date, lang: str | None, include_ended: bool) -> list[Balance]:
        reps = self.session.reps.all(include_ended=include_ended)
        all_assignments: dict[str, list[Assignment]] = {}
        for a in self.session.roles.assignments():
            all_assignments.setdefault(a.rep_id, []).append(a)
        all_extensions: dict[str, list[Extension]] = {}
        for x in self.session.roles.extensions():
            all_extensions.setdefault(x.rep_id, []).append(x)
        all_hours: dict[str, list[HoursChange]] = {}
        for h in self.session.reps.hours():
            all_hours.setdefault(h.rep_id, []).append(h)
        own_years = {rep.id: rep_year_of(rep, day) for rep in reps}
        toil = self.store.toil_balances(day)
        # the ledger counts only used and pending time: other statuses need not be read
        summary = self.store.year_totals(sorted({y.start for y in own_years.values()}),
                                         USED_STATUSES + PENDING_STATUSES)
        by_range: dict[Year, dict[str, Any]] = {}

        def totals_for(rep_id: str) -> Any:
            def fetch(year: Year) -> Totals:
                own = own_years[rep_id]
                if year == own:
                    found: Totals = summary.get((rep_id, year.start), {})
                    return found
                if own.start <= year.start and year.end <= own.end:  # a part, between changes of hours
                    return self.store.totals(rep_id, year.start, year.end)
                # an allowance counted in another basis than the rep's own: sum the entries
                if year not in by_range:
                    by_range[year] = self.store.totals_all(year.start, year.end)
                result: Totals = by_range[year].get(rep_id, {})
                return result
            return fetch

        result = []
        for rep in reps:
            ledger = Ledger(self.profile, rep, all_assignments.get(rep.id, []),
                            all_extensions.get(rep.id, []), totals_for(rep.id), all_hours.get(rep.id, []))
            result.append(self._balance(rep, day, ledger, lang, toil.get(rep.id, (0, 0))))
        result.sort(key=closest_first)
        return result

    def entry_flags(self, today: dt.date | None = None, lang: str | None = None, *,
                    rep_id: str | None = None, year: Year | None = None) -> list[Flag]:
        """Flags on individual entries (short notice, political, industrial action, requests): of the
        current years, or of one rep's `year`."""
        day = today or dt.date.today()
        start, end = (year.start, year.end) if year is not None else (day - dt.timedelta(days=400), None)
        # one rep's flags read only that rep and its entries (through the rep_id, date index)
        reps = ({r.id: r for r in self.session.reps.all()} if rep_id is None
                else {r.id: r for r in self.store.select(Rep, "id = ?", [rep_id])})
        keywords = list(self.profile.settings.political_keywords)
        # purpose and notes together, as looks_political reads them
        text = "lower(coalesce(purpose, '') || ' ' || coalesce(notes, ''))"
        keyword_sql = "".join(f" OR {text} LIKE ?" for _ in keywords)
        where = ("date >= ?" + ("" if end is None else " AND date <= ?")
                 + ("" if rep_id is None else " AND rep_id = ?"))
        flagged = self.store.select(
            Entry,
            f"{where} AND (conference = 1 OR political = 1 OR status = ? OR category IN "
            f"(SELECT value FROM json_each(?)){keyword_sql})",
            [start.isoformat(), *([] if end is None else [end.isoformat()]),
             *([] if rep_id is None else [rep_id]), REQUESTED,
             _json_list([c.id for c in self.profile.categories.values() if c.paid == "never"]),
             *[f"%{k}%" for k in keywords]],
            order="date",
        )
        flags: list[Flag] = []
        for e in flagged:
            rep = reps.get(e.rep_id)
            if rep is not None:
                flags += entry_flags(self.profile, rep, e, day, lang)
        return flags

    def flags(self, today: dt.date | None = None, lang: str | None = None) -> list[Flag]:
        day = today or dt.date.today()
        flags = [f for b in self.every(day, lang) for f in b.flags]
        flags += self.entry_flags(day, lang)
        flags += self.session.disputes.flags(day, lang)
        since = (day - dt.timedelta(days=400)).isoformat()
        flags += overlap_flags(self.store.select(Entry, SHARES_A_DAY, [since]),
                               {r.id: r.name for r in self.session.reps.all()})
        flags = by_urgency(flags, day)  # most severe, then the nearest deadline, first
        return flags

    def preview(self, entry: Entry, lang: str | None = None) -> tuple[Balance, Balance, list[Flag]]:
        """What the entry would do to the rep's allowances, before it is saved: (before, after, flags)."""
        rep = self.session.reps.find(entry.rep_id)
        validate_entry(self.profile, rep, self.session.roles.assignments(rep.id), entry)
        before = self._balance(rep, entry.date, self.ledger(rep), lang)
        base = self.ledger(rep)

        def with_entry(year: Year) -> Totals:
            totals = dict(base.totals(year))
            if year.contains(entry.date):
                key = TotalKey(entry.role, entry.category, entry.status, entry.paid)
                old = totals.get(key, Total())
                totals[key] = Total(old.minutes + entry.minutes, old.count + 1)
            return totals

        after = self._balance(rep, entry.date, self.ledger(rep, with_entry), lang)
        before_codes = {(f.code, f.subject_id) for f in before.flags}
        new_flags = [f for f in after.flags if (f.code, f.subject_id) not in before_codes]
        new_flags += entry_flags(self.profile, rep, entry, dt.date.today(), lang)
        return before, after, new_flags


def _hourly_rate(scp: int | None, hourly_rate_pence: int | None) -> Fraction | None:
    return pay.rep_hourly_rate(scp, hourly_rate_pence)


def _json_list(items: list[str]) -> str:
    return json.dumps(items)
