"""The services the GUI and the command line share: every read and write of the ledger.

Each public method validates its input completely before it writes, and writes inside one
transaction, so a rejected call changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from fractions import Fraction
from pathlib import Path
from typing import Any

from unionrep.core import pay
from unionrep.core.balance import Balance, _closest_first
from unionrep.core.caps import (
    Ledger,
    Totals,
    fmt_number,
    rep_year_of,
)
from unionrep.core.disputes import DisputeService
from unionrep.core.entries import (
    check_transition,
    validate_entry,
)
from unionrep.core.errors import NotFoundError, ProfileError, ValidationError
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
    Rep,
    Toil,
)
from unionrep.core.periods import Year, parse_month_day
from unionrep.core.policy import (
    Profile,
    profile_from_data,
    set_value,
    shipped_profile_data,
    to_jsonable,
)
from unionrep.store.queries import Queries
from unionrep.store.records import Store

DEFAULT_POLICY = "denbighshire-2012"


ASSIGNMENT_FIELDS = frozenset({"start_on", "end_on", "notified_on", "secondment_percent", "notes"})
EXTENSION_FIELDS = frozenset({"role", "case_ref", "extra_minutes", "agreed_on", "agreed_by", "review_on",
                              "notes"})
REP_TEXT_FIELDS = ("name", "employee_no", "job", "department", "workplace", "union_name", "email",
                   "manager", "manager_email", "head_of_service", "head_of_service_email", "notes")


class Service:
    """One open database, and the rules of its active policy profile."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._profile: Profile | None = None

    @functools.cached_property
    def queries(self) -> Queries:
        """The typed reads the windows make (log pages, years with entries, counts, settings)."""
        return Queries(self.store)

    def set_meta(self, values: dict[str, str]) -> None:
        """Store several settings at once (a first run's union, branch and e-mail)."""
        with self.store.atomic():
            for key, value in values.items():
                self.store.set_meta(key, value)

    # -- set-up and policy ---------------------------------------------------------------------

    @property
    def initialised(self) -> bool:
        return self.store.policy_data() is not None

    def init(self, policy_id: str = DEFAULT_POLICY) -> Profile:
        data = to_jsonable(shipped_profile_data(policy_id))
        profile = profile_from_data(data)
        self.store.set_policy_data(policy_id, data)
        self._profile = profile
        return profile

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            stored = self.store.policy_data()
            if stored is None:
                raise ProfileError("policy", "this database has no policy profile; run 'unionrep-cli init'")
            self._profile = profile_from_data(stored[1])
        return self._profile

    def policy_data(self) -> dict[str, Any]:
        stored = self.store.policy_data()
        if stored is None:
            raise ProfileError("policy", "this database has no policy profile; run 'unionrep-cli init'")
        return stored[1]

    def set_policy(self, key: str, value_text: str) -> Profile:
        stored = self.store.policy_data()
        if stored is None:
            raise ProfileError("policy", "this database has no policy profile")
        new = set_value(stored[1], key, value_text)
        self.store.set_policy_data(stored[0], new)
        self._profile = profile_from_data(new)
        return self._profile

    def replace_policy(self, profile_id: str, data: dict[str, Any]) -> Profile:
        """Replace the whole profile (after validating it) — used by the settings view."""
        profile = profile_from_data(to_jsonable(data))
        self.store.set_policy_data(profile_id, to_jsonable(data))
        self._profile = profile
        return profile

    # -- reps ----------------------------------------------------------------------------------

    def reps(self, include_ended: bool = True) -> list[Rep]:
        where = "1" if include_ended else "ended_on IS NULL"
        return self.store.select(Rep, where, order="name COLLATE NOCASE")

    def find_rep(self, key: str) -> Rep:
        rep = self.store.get(Rep, key)
        if rep is not None:
            return rep
        matches = self.store.select(Rep, "name = ?", [key])
        if not matches:
            matches = self.store.select(Rep, "name = ? COLLATE NOCASE", [key])
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ValidationError("rep", "{key!r} names {count} reps; use the rep's id", key=key,
                                  count=len(matches))
        raise NotFoundError("rep", key)

    def check_rep(self, rep: Rep) -> None:
        """Raise ValidationError if the rep's details break a rule."""
        if not rep.name.strip():
            raise ValidationError("name", "must not be empty")
        if len(rep.name) > 200:
            raise ValidationError("name", "must be at most 200 characters")
        if rep.weekly_minutes <= 0 or rep.weekly_minutes > 80 * 60:
            raise ValidationError("weekly-hours", "must be more than 0 and at most 80")
        if rep.full_time_minutes <= 0 or rep.full_time_minutes > 80 * 60:
            raise ValidationError("full-time-hours", "must be more than 0 and at most 80")
        if rep.weekly_minutes > rep.full_time_minutes:
            raise ValidationError("weekly-hours", "cannot be more than the full-time hours")
        try:
            parse_month_day(rep.academic_start)
        except ValueError:
            if rep.academic_start.strip().lstrip("0") == "2-29":
                raise ValidationError("academic-start", "a year cannot start on 29 February") from None
            raise ValidationError("academic-start", "{value!r} is not a month and day written MM-DD",
                                  value=rep.academic_start) from None
        if rep.scp is not None and rep.hourly_rate_pence is not None:
            raise ValidationError("scp", "give an SCP or an hourly rate, not both")
        if rep.scp is not None:
            pay.hourly_rate_for_scp(rep.scp)  # raises, naming scp, for an unknown point
        if rep.hourly_rate_pence is not None and not 0 < rep.hourly_rate_pence < 100_000:
            raise ValidationError("hourly-rate", "must be more than £0 and less than £1,000 an hour")
        for email_field in ("email", "manager_email", "head_of_service_email"):
            value = getattr(rep, email_field)
            if value and ("@" not in value or " " in value.strip()):
                raise ValidationError(email_field.replace("_", "-"), "{value!r} is not an email address",
                                      value=value)
        if rep.employee_no:
            clash = self.store.select(Rep, "employee_no = ? AND id <> ?", [rep.employee_no, rep.id])
            if clash:
                raise ValidationError("employee-no", "{number} is already {rep}'s", number=rep.employee_no,
                                      rep=clash[0].name)

    def add_rep(self, rep: Rep) -> Rep:
        with self.store.atomic():
            self.profile  # noqa: B018 — a database without a profile cannot take reps
            rep.name = rep.name.strip()
            self.check_rep(rep)
            self.store.insert(rep)
            return rep

    def edit_rep(self, rep_id: str, **changes: Any) -> Rep:
        with self.store.atomic():
            rep = self.find_rep(rep_id)
            unknown = set(changes) - {f.name for f in dataclasses.fields(Rep)} - {"id"}
            if unknown:
                raise ValidationError(sorted(unknown)[0], "is not a field of a rep")
            updated = dataclasses.replace(rep, **changes)
            self.check_rep(updated)
            if updated.ended_on is not None and updated.ended_on != rep.ended_on:
                self._check_nothing_after(updated, updated.ended_on)
            self.store.update(updated)
            return updated

    def _check_nothing_after(self, rep: Rep, ended_on: dt.date) -> None:
        """A rep cannot end before a role of theirs starts or is set to end, or before time they logged."""
        for a in self.assignments(rep.id):
            if a.start_on > ended_on:
                raise ValidationError("ended-on", "{rep}'s {role} role starts on {start}, after {ended}",
                                      rep=rep.name, role=a.role, start=a.start_on, ended=ended_on)
            if a.end_on is not None and a.end_on > ended_on:
                raise ValidationError("ended-on", "{rep}'s {role} role runs to {end}, after {ended}",
                                      rep=rep.name, role=a.role, end=a.end_on, ended=ended_on)
        later = self.store.select(Entry, "rep_id = ? AND date > ?", [rep.id, ended_on.isoformat()],
                                  order="date DESC LIMIT 1")
        if later:
            raise ValidationError("ended-on", "{rep} has {role} time logged on {date}, after {end}",
                                  rep=rep.name, role=later[0].role, date=later[0].date, end=ended_on)

    def delete_rep(self, rep_id: str) -> None:
        rep = self.find_rep(rep_id)
        if self.store.exists("entries", "rep_id = ?", [rep.id]) or DisputeService(self).disputes(
                rep_id=rep.id):
            raise ValidationError("rep", "{rep} has time-off records; end the rep instead of deleting",
                                  rep=rep.name)
        with self.store.atomic():
            for assignment in self.assignments(rep.id):
                self.store.delete(Assignment, assignment.id)
            for extension in self.extensions(rep.id):
                self.store.delete(Extension, extension.id)
            for toil in self.toil(rep.id):
                self.store.delete(Toil, toil.id)
            self.store.delete(Rep, rep.id)

    # -- roles ---------------------------------------------------------------------------------

    def assignments(self, rep_id: str | None = None) -> list[Assignment]:
        if rep_id is None:
            return self.store.select(Assignment, order="start_on")
        return self.store.select(Assignment, "rep_id = ?", [rep_id], order="start_on")

    def assign_role(self, rep_key: str, role: str, start_on: dt.date, end_on: dt.date | None = None,
                    notified_on: dt.date | None = None,
                    secondment_percent: Fraction | None = None) -> Assignment:
        with self.store.atomic():
            rep = self.find_rep(rep_key)
            if role not in self.profile.roles:
                raise ValidationError("role", "{value!r} is not a role of this profile ({choices})",
                                      value=role, choices=", ".join(self.profile.roles))
            if end_on is not None and end_on < start_on:
                raise ValidationError("to", "{end} is before the start {start}", end=end_on, start=start_on)
            _check_notified(notified_on)
            if secondment_percent is not None:
                if not self.profile.roles[role].secondment:
                    raise ValidationError("secondment-percent", "{role} is not a seconded role", role=role)
                if not 0 < secondment_percent <= 100:
                    raise ValidationError("secondment-percent", "must be more than 0 and at most 100")
            for other in self.assignments(rep.id):
                if other.role != role:
                    continue
                other_end = other.end_on or dt.date.max
                this_end = end_on or dt.date.max
                if other.start_on <= this_end and start_on <= other_end:
                    if other.end_on:
                        raise ValidationError(
                            "from", "{rep} already holds {role} from {start} to {end}; end that first",
                            rep=rep.name, role=role, start=other.start_on, end=other.end_on)
                    raise ValidationError("from", "{rep} already holds {role} from {start}; end that first",
                                          rep=rep.name, role=role, start=other.start_on)
            assignment = Assignment(rep.id, role, start_on, end_on, notified_on, secondment_percent)
            self.store.insert(assignment)
            return assignment

    def end_role(self, rep_key: str, role: str, end_on: dt.date) -> Assignment:
        with self.store.atomic():
            rep = self.find_rep(rep_key)
            current = [a for a in self.assignments(rep.id) if a.role == role and a.end_on is None]
            if not current:
                raise ValidationError("role", "{rep} holds no open {role} role to end", rep=rep.name,
                                      role=role)
            assignment = current[-1]
            if end_on < assignment.start_on:
                raise ValidationError("on", "{end} is before the role started on {start}", end=end_on,
                                      start=assignment.start_on)
            later = self.store.select(Entry, "rep_id = ? AND role = ? AND date > ?",
                                      [rep.id, role, end_on.isoformat()], order="date LIMIT 1")
            if later:
                raise ValidationError("on", "{rep} has {role} time logged on {date}, after {end}",
                                      rep=rep.name, role=role, date=later[0].date, end=end_on)
            updated = dataclasses.replace(assignment, end_on=end_on)
            self.store.update(updated)
            return updated

    def edit_assignment(self, assignment_id: str, **changes: Any) -> Assignment:
        """Correct a role assignment: its dates (start_on, end_on), the day the employer was told
        (notified_on), the secondment share or the notes. Checked as when it was assigned, and no
        time logged under the role may fall outside every period the rep holds it."""
        with self.store.atomic():
            current = self.store.get(Assignment, assignment_id)
            if current is None:
                raise NotFoundError("role assignment", assignment_id)
            unknown = set(changes) - ASSIGNMENT_FIELDS
            if unknown:
                raise ValidationError(sorted(unknown)[0],
                                      "is not a field of a role assignment you can change")
            updated = dataclasses.replace(current, **changes)
            if updated.end_on is not None and updated.end_on < updated.start_on:
                raise ValidationError("to", "{end} is before the start {start}", end=updated.end_on,
                                      start=updated.start_on)
            if updated.notified_on != current.notified_on:
                _check_notified(updated.notified_on)
            role = self.profile.roles.get(updated.role)
            percent = updated.secondment_percent
            if percent is not None and percent != current.secondment_percent:
                if role is None or not role.secondment:
                    raise ValidationError("secondment-percent", "{role} is not a seconded role",
                                          role=updated.role)
                if not 0 < percent <= 100:
                    raise ValidationError("secondment-percent", "must be more than 0 and at most 100")
            rep = self.find_rep(updated.rep_id)
            others = [a for a in self.assignments(rep.id) if a.role == updated.role and a.id != updated.id]
            for other in others:
                if other.start_on <= (updated.end_on or dt.date.max) and \
                        updated.start_on <= (other.end_on or dt.date.max):
                    if other.end_on:
                        raise ValidationError(
                            "from", "{rep} already holds {role} from {start} to {end}; end that first",
                            rep=rep.name, role=updated.role, start=other.start_on, end=other.end_on)
                    raise ValidationError("from", "{rep} already holds {role} from {start}; end that first",
                                          rep=rep.name, role=updated.role, start=other.start_on)
            if (updated.start_on, updated.end_on) != (current.start_on, current.end_on):
                self._check_time_held(rep, updated, others)
            self.store.update(updated)
            return updated

    def _check_time_held(self, rep: Rep, updated: Assignment, others: list[Assignment]) -> None:
        """No time logged under the role outside every period the rep holds it."""
        logged = self.store.select(Entry, "rep_id = ? AND role = ?", [rep.id, updated.role], order="date")
        for entry in logged:
            if any(a.held_on(entry.date) for a in [updated, *others]):
                continue
            if entry.date < updated.start_on:
                raise ValidationError("from", "{rep} has {role} time logged on {date}, before {start}",
                                      rep=rep.name, role=updated.role, date=entry.date,
                                      start=updated.start_on)
            raise ValidationError("to", "{rep} has {role} time logged on {date}, after {end}",
                                  rep=rep.name, role=updated.role, date=entry.date, end=updated.end_on)

    def delete_assignment(self, assignment_id: str) -> dict[str, Any]:
        with self.store.atomic():
            current = self.store.get(Assignment, assignment_id)
            if current is None:
                raise NotFoundError("role assignment", assignment_id)
            logged = self.store.exists("entries", "rep_id = ? AND role = ?", [current.rep_id, current.role])
            others = [a for a in self.assignments(current.rep_id)
                      if a.role == current.role and a.id != current.id]
            if logged and not others:
                raise ValidationError("role", "time is logged under {role}; end the role instead",
                                      role=current.role)
            return self.store.delete(Assignment, assignment_id)

    # -- entries -------------------------------------------------------------------------------

    def get_entry(self, entry_id: str) -> Entry:
        entry = self.store.get(Entry, entry_id)
        if entry is None:
            matches = self.store.select(Entry, "id LIKE ?", [entry_id + "%"]) if len(entry_id) >= 6 else []
            if len(matches) == 1:
                return matches[0]
            raise NotFoundError("entry", entry_id)
        return entry

    def add_entry(self, entry: Entry) -> Entry:
        with self.store.atomic():
            rep = self.find_rep(entry.rep_id)
            entry.rep_id = rep.id
            validate_entry(self.profile, rep, self.assignments(rep.id), entry)
            self.store.insert(entry)
            return entry

    def edit_entry(self, entry_id: str, **changes: Any) -> Entry:
        with self.store.atomic():
            entry = self.get_entry(entry_id)
            unknown = set(changes) - {f.name for f in dataclasses.fields(Entry)} - {"id"}
            if unknown:
                raise ValidationError(sorted(unknown)[0], "is not a field of an entry")
            if "status" in changes:
                check_transition(entry.status, changes["status"])
            updated = dataclasses.replace(entry, **changes)
            rep = self.find_rep(updated.rep_id)
            validate_entry(self.profile, rep, self.assignments(rep.id), updated)
            self.store.update(updated)
            return updated

    def delete_entry(self, entry_id: str) -> dict[str, Any]:
        with self.store.atomic():
            entry = self.get_entry(entry_id)
            if DisputeService(self).disputes_for_entry(entry.id):
                raise ValidationError("entry", "has a dispute; keep the entry while the dispute is on record")
            return self.store.delete(Entry, entry.id)

    def restore_entry(self, row: dict[str, Any]) -> None:
        self.store.restore_row(Entry, row)

    def entries(self, rep_id: str | None = None, year: Year | None = None,
                status: str | None = None, limit: int | None = None) -> list[Entry]:
        where, params = ["1"], []
        if rep_id:
            where.append("rep_id = ?")
            params.append(rep_id)
        if year is not None:
            where.append("date BETWEEN ? AND ?")
            params += [year.start.isoformat(), year.end.isoformat()]
        if status:
            where.append("status = ?")
            params.append(status)
        clause = " AND ".join(where) + (f" LIMIT {int(limit)}" if limit else "")
        return self.store.select(Entry, clause, params, order="date, start_time")

    # -- extensions and TOIL -------------------------------------------------------------------

    def extensions(self, rep_id: str | None = None) -> list[Extension]:
        if rep_id is None:
            return self.store.select(Extension, order="agreed_on")
        return self.store.select(Extension, "rep_id = ?", [rep_id], order="agreed_on")

    def check_extension(self, extension: Extension) -> None:
        """Raise ValidationError if the extension breaks a rule."""
        if extension.role not in self.profile.roles:
            raise ValidationError("role", "{value!r} is not a role of this profile", value=extension.role)
        if not 0 < extension.extra_minutes <= 2000 * 60:
            raise ValidationError("hours", "must be more than zero and at most 2,000 hours")
        if not extension.case_ref.strip():
            raise ValidationError("case", "an extension needs the case reference it was agreed for")
        if extension.review_on is not None and extension.review_on < extension.agreed_on:
            raise ValidationError("review-on", "cannot be before the day it was agreed")

    def add_extension(self, extension: Extension) -> Extension:
        with self.store.atomic():
            rep = self.find_rep(extension.rep_id)
            extension.rep_id = rep.id
            self.check_extension(extension)
            self.store.insert(extension)
            return extension

    def edit_extension(self, extension_id: str, reviewed_on: dt.date | None = None,
                       **changes: Any) -> Extension:
        """Change an extension (its hours, case, agreement, next review or notes), checked as when
        it was added. With `reviewed_on`, the review of that day is recorded: the next review
        (review_on, changed or not) must come after it, which clears the review flag."""
        with self.store.atomic():
            current = self.store.get(Extension, extension_id)
            if current is None:
                raise NotFoundError("extension", extension_id)
            unknown = set(changes) - EXTENSION_FIELDS
            if unknown:
                raise ValidationError(sorted(unknown)[0], "is not a field of an extension you can change")
            updated = dataclasses.replace(current, **changes)
            self.check_extension(updated)
            if reviewed_on is not None:
                if reviewed_on < updated.agreed_on:
                    raise ValidationError("reviewed-on", "cannot be before the day it was agreed")
                if updated.review_on is None or updated.review_on <= reviewed_on:
                    raise ValidationError("review-on", "the next review must come after the review of {date}",
                                          date=reviewed_on)
            self.store.update(updated)
            return updated

    def add_toil(self, toil: Toil) -> Toil:
        with self.store.atomic():
            rep = self.find_rep(toil.rep_id)
            toil.rep_id = rep.id
            if toil.kind not in ("earned", "taken"):
                raise ValidationError("kind", "must be earned or taken")
            if not 0 < toil.minutes <= 24 * 60:
                raise ValidationError("hours", "must be more than zero and at most 24 hours")
            if toil.kind == "taken":
                earned, taken = self.store.toil_balance(rep.id)
                if taken + toil.minutes > earned:
                    raise ValidationError(
                        "hours",
                        "only {owed} h of TOIL is owed to {rep}",
                        owed=fmt_number(Fraction(earned - taken, 60)),
                        rep=rep.name)
            self.store.insert(toil)
            return toil

    def toil(self, rep_id: str) -> list[Toil]:
        return self.store.select(Toil, "rep_id = ?", [rep_id], order="date")

    # -- balances and flags --------------------------------------------------------------------

    def ledger(self, rep: Rep, totals_for: Any = None) -> Ledger:
        def fetch(year: Year) -> Totals:
            return self.store.totals(rep.id, year)

        return Ledger(self.profile, rep, self.assignments(rep.id), self.extensions(rep.id),
                      totals_for or fetch)

    def balance(self, rep_key: str, on: dt.date | None = None, lang: str | None = None) -> Balance:
        """The rep's balance for the year containing `on`, with the flags on that year's entries too."""
        rep = self.find_rep(rep_key)
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

    def all_balances(self, on: dt.date | None = None, lang: str | None = None,
                     include_ended: bool = False) -> list[Balance]:
        """Every rep's balance for the year containing `on`, with one aggregate query per year basis."""
        day = on or dt.date.today()
        reps = self.reps(include_ended=include_ended)
        all_assignments: dict[str, list[Assignment]] = {}
        for a in self.assignments():
            all_assignments.setdefault(a.rep_id, []).append(a)
        all_extensions: dict[str, list[Extension]] = {}
        for x in self.extensions():
            all_extensions.setdefault(x.rep_id, []).append(x)
        own_years = {rep.id: rep_year_of(rep, day) for rep in reps}
        toil = self.store.toil_balances(day)
        # the ledger counts only used and pending time: other statuses need not be read
        summary = self.store.year_totals(sorted({y.start for y in own_years.values()}),
                                         USED_STATUSES + PENDING_STATUSES)
        by_range: dict[Year, dict[str, Any]] = {}

        def totals_for(rep_id: str) -> Any:
            def fetch(year: Year) -> Totals:
                if year == own_years[rep_id]:
                    found: Totals = summary.get((rep_id, year.start), {})
                    return found
                # an allowance counted in another basis than the rep's own: sum the entries
                if year not in by_range:
                    by_range[year] = self.store.totals_all(year.start, year.end)
                result: Totals = by_range[year].get(rep_id, {})
                return result
            return fetch

        result = []
        for rep in reps:
            ledger = Ledger(self.profile, rep, all_assignments.get(rep.id, []),
                            all_extensions.get(rep.id, []), totals_for(rep.id))
            result.append(self._balance(rep, day, ledger, lang, toil.get(rep.id, (0, 0))))
        result.sort(key=_closest_first)
        return result

    def entry_flags(self, today: dt.date | None = None, lang: str | None = None, *,
                    rep_id: str | None = None, year: Year | None = None) -> list[Flag]:
        """Flags on individual entries (short notice, political, industrial action, requests): of the
        current years, or of one rep's `year`."""
        day = today or dt.date.today()
        start, end = (year.start, year.end) if year is not None else (day - dt.timedelta(days=400), None)
        # one rep's flags read only that rep and its entries (through the rep_id, date index)
        reps = ({r.id: r for r in self.reps()} if rep_id is None
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
        flags = [f for b in self.all_balances(day, lang) for f in b.flags]
        flags += self.entry_flags(day, lang)
        flags += DisputeService(self).flags(day, lang)
        flags = by_urgency(flags, day)  # most severe, then the nearest deadline, first
        return flags

    def preview_entry(self, entry: Entry, lang: str | None = None) -> tuple[Balance, Balance, list[Flag]]:
        """What the entry would do to the rep's allowances, before it is saved: (before, after, flags)."""
        rep = self.find_rep(entry.rep_id)
        validate_entry(self.profile, rep, self.assignments(rep.id), entry)
        before = self._balance(rep, entry.date, self.ledger(rep), lang)
        base = self.ledger(rep)

        def with_entry(year: Year) -> Totals:
            totals = dict(base.totals(year))
            if year.contains(entry.date):
                from unionrep.core.caps import Total, TotalKey

                key = TotalKey(entry.role, entry.category, entry.status, entry.paid)
                old = totals.get(key, Total())
                totals[key] = Total(old.minutes + entry.minutes, old.count + 1)
            return totals

        after = self._balance(rep, entry.date, self.ledger(rep, with_entry), lang)
        before_codes = {(f.code, f.subject_id) for f in before.flags}
        new_flags = [f for f in after.flags if (f.code, f.subject_id) not in before_codes]
        new_flags += entry_flags(self.profile, rep, entry, dt.date.today(), lang)
        return before, after, new_flags

    def history(self, row_id: str) -> list[dict[str, Any]]:
        return self.store.history(row_id)


@functools.lru_cache(maxsize=256)
def _check_notified(notified_on: dt.date | None) -> None:
    """The day the employer was told of the role, in writing, has happened: a later one is a typo."""
    if notified_on is not None and notified_on > dt.date.today():
        raise ValidationError("notified-on", "{day} cannot be in the future: it is the day the employer "
                                             "was told in writing", day=notified_on)


def _hourly_rate(scp: int | None, hourly_rate_pence: int | None) -> Fraction | None:
    """pay.rep_hourly_rate, remembered: reps share a few dozen spine points and rates."""
    return pay.rep_hourly_rate(scp, hourly_rate_pence)


def _json_list(items: list[str]) -> str:
    import json

    return json.dumps(items)


def open_service(path: Path | str, *, create: bool = False, passphrase: str | None = None,
                 prompt: Any = None) -> Service:
    from unionrep.store.connection import connect

    return Service(Store(connect(path, create=create, passphrase=passphrase, prompt=prompt)))
