"""Reps: adding, changing, ending and (while they have no records) deleting them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from unionrep.app.base import AppService
from unionrep.app.changes import ChangeSet
from unionrep.core import pay
from unionrep.core.errors import ValidationError
from unionrep.core.hours import check_hours, latest_hours, with_change
from unionrep.core.model import FROM_THE_START, Assignment, Entry, Extension, HoursChange, Rep, Toil
from unionrep.core.periods import parse_month_day
from unionrep.core.rep_lookup import check_name_free, find_rep

REP_TEXT_FIELDS = ("name", "employee_no", "job", "department", "workplace", "union_name", "email",
                   "manager", "manager_email", "head_of_service", "head_of_service_email", "notes")


class RepService(AppService):
    def all(self, include_ended: bool = True) -> list[Rep]:
        where = "1" if include_ended else "ended_on IS NULL"
        return self.store.select(Rep, where, order="name COLLATE NOCASE")

    def find(self, key: str) -> Rep:
        """The rep `key` names: see rep_lookup.find_rep."""
        rep = self.store.get(Rep, key)
        return rep if rep is not None else find_rep(self.store.select(Rep), key)

    def hours(self, rep_id: str | None = None) -> list[HoursChange]:
        """The history of contracted weekly hours (of one rep, or of all), oldest first."""
        if rep_id is None:
            return self.store.select(HoursChange, order="from_on")
        return self.store.select(HoursChange, "rep_id = ?", [rep_id], order="from_on")

    def check(self, rep: Rep) -> None:
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

    def add(self, rep: Rep) -> ChangeSet[Rep]:
        with self.session.change("rep.add") as change:
            self.profile  # noqa: B018 — a database without a profile cannot take reps
            rep.name = rep.name.strip()
            self.check(rep)
            check_name_free(rep, self.all(include_ended=False))  # typed in; a bundle's rep may share one
            self.store.insert(rep)
            self.store.insert(HoursChange(rep.id, FROM_THE_START, rep.weekly_minutes))
            change.result = rep
        return change

    def edit(self, rep_id: str, hours_from: dt.date | None = None, **changes: Any) -> ChangeSet[Rep]:
        """Change a rep's details. New weekly hours hold from `hours_from` (the history keeps the
        hours before it), or, without a date, from the start."""
        with self.session.change("rep.edit") as change:
            rep = self.find(rep_id)
            unknown = set(changes) - {f.name for f in dataclasses.fields(Rep)} - {"id"}
            if unknown:
                raise ValidationError(sorted(unknown)[0], "is not a field of a rep")
            history = old_history = self.hours(rep.id)
            if "weekly_minutes" in changes:
                history = with_change(old_history, rep.id, changes["weekly_minutes"], hours_from,
                                      rep.weekly_minutes)
                changes["weekly_minutes"] = latest_hours(history, changes["weekly_minutes"])
            updated = dataclasses.replace(rep, **changes)
            self.check(updated)
            if {"name", "employee_no", "ended_on"} & set(changes):
                check_name_free(updated, self.all(include_ended=False))
            check_hours(history, updated.full_time_minutes)
            if updated.ended_on is not None and updated.ended_on != rep.ended_on:
                self._check_nothing_after(updated, updated.ended_on)
            self.store.update(updated)
            self.store.replace_all(HoursChange, old_history, history)
            change.result = updated
        return change

    def _check_nothing_after(self, rep: Rep, ended_on: dt.date) -> None:
        """A rep cannot end before a role of theirs starts or is set to end, or before time they logged."""
        for a in self.session.roles.assignments(rep.id):
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

    def check_deletable(self, rep: Rep) -> None:
        """A rep with time-off records (entries, disputes) is ended, never deleted."""
        if self.store.exists("entries", "rep_id = ?", [rep.id]) or self.store.exists(
                "disputes", "rep_id = ?", [rep.id]):
            raise ValidationError("rep", "{rep} has time-off records; end the rep instead of deleting",
                                  rep=rep.name)

    def delete(self, rep_id: str) -> ChangeSet[None]:
        rep = self.find(rep_id)
        self.check_deletable(rep)
        with self.session.change("rep.delete") as change:
            for assignment in self.session.roles.assignments(rep.id):
                self.store.delete(Assignment, assignment.id)
            for extension in self.session.roles.extensions(rep.id):
                self.store.delete(Extension, extension.id)
            for toil in self.session.entries.toil(rep.id):
                self.store.delete(Toil, toil.id)
            for hours in self.hours(rep.id):
                self.store.delete(HoursChange, hours.id)
            self.store.delete(Rep, rep.id)
        return change
