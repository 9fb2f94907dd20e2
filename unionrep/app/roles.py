"""Roles a rep holds (assignments, RULES §1) and the extensions agreed to a role's allowance."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from fractions import Fraction
from typing import Any

from unionrep.app.base import AppService
from unionrep.app.changes import ChangeSet
from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.ledger_rules import check_extension_role
from unionrep.core.model import Assignment, Entry, Extension, Rep

ASSIGNMENT_FIELDS = frozenset({"start_on", "end_on", "notified_on", "secondment_percent", "notes"})
EXTENSION_FIELDS = frozenset({"role", "case_ref", "extra_minutes", "agreed_on", "agreed_by", "review_on",
                              "notes"})


class RoleService(AppService):
    # -- assignments -----------------------------------------------------------------------------

    def assignments(self, rep_id: str | None = None) -> list[Assignment]:
        if rep_id is None:
            return self.store.select(Assignment, order="start_on")
        return self.store.select(Assignment, "rep_id = ?", [rep_id], order="start_on")

    def get(self, assignment_id: str) -> Assignment:
        found = self.store.get(Assignment, assignment_id)
        if found is None:
            raise NotFoundError("role assignment", assignment_id)
        return found

    def assign(self, rep_key: str, role: str, start_on: dt.date, end_on: dt.date | None = None,
               notified_on: dt.date | None = None,
               secondment_percent: Fraction | None = None) -> ChangeSet[Assignment]:
        with self.session.change("role.assign") as change:
            rep = self.session.reps.find(rep_key)
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
            assignment = Assignment(rep.id, role, start_on, end_on, notified_on, secondment_percent)
            self._check_no_overlap(rep, assignment)
            self.store.insert(assignment)
            change.result = assignment
        return change

    def _check_no_overlap(self, rep: Rep, assignment: Assignment) -> list[Assignment]:
        """No two periods of one role overlap; returns the rep's other periods of the role."""
        others = [a for a in self.assignments(rep.id) if a.role == assignment.role and a.id != assignment.id]
        for other in others:
            if other.start_on <= (assignment.end_on or dt.date.max) and \
                    assignment.start_on <= (other.end_on or dt.date.max):
                if other.end_on:
                    raise ValidationError(
                        "from", "{rep} already holds {role} from {start} to {end}; end that first",
                        rep=rep.name, role=assignment.role, start=other.start_on, end=other.end_on)
                raise ValidationError("from", "{rep} already holds {role} from {start}; end that first",
                                      rep=rep.name, role=assignment.role, start=other.start_on)
        return others

    def end(self, rep_key: str, role: str, end_on: dt.date) -> ChangeSet[Assignment]:
        with self.session.change("role.end") as change:
            rep = self.session.reps.find(rep_key)
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
            change.result = updated
        return change

    def edit(self, assignment_id: str, **changes: Any) -> ChangeSet[Assignment]:
        """Correct a role assignment: its dates (start_on, end_on), the day the employer was told
        (notified_on), the secondment share or the notes. Checked as when it was assigned, and no
        time logged under the role may fall outside every period the rep holds it."""
        with self.session.change("role.edit") as change:
            current = self.get(assignment_id)
            unknown = set(changes) - ASSIGNMENT_FIELDS
            if unknown:
                raise ValidationError(sorted(unknown)[0],
                                      "is not a field of a role assignment you can change")
            updated = dataclasses.replace(current, **changes)
            self.check_assignment(updated, current)
            self.store.update(updated)
            change.result = updated
        return change

    def check_assignment(self, updated: Assignment, current: Assignment | None) -> None:
        """Raise ValidationError if `updated` (replacing `current`, or new) breaks a rule of roles."""
        if updated.end_on is not None and updated.end_on < updated.start_on:
            raise ValidationError("to", "{end} is before the start {start}", end=updated.end_on,
                                  start=updated.start_on)
        if current is None or updated.notified_on != current.notified_on:
            _check_notified(updated.notified_on)
        role = self.profile.roles.get(updated.role)
        percent = updated.secondment_percent
        if percent is not None and (current is None or percent != current.secondment_percent):
            if role is None or not role.secondment:
                raise ValidationError("secondment-percent", "{role} is not a seconded role",
                                      role=updated.role)
            if not 0 < percent <= 100:
                raise ValidationError("secondment-percent", "must be more than 0 and at most 100")
        rep = self.session.reps.find(updated.rep_id)
        others = self._check_no_overlap(rep, updated)
        if current is not None and (updated.start_on, updated.end_on) != (current.start_on, current.end_on):
            self._check_time_held(rep, updated, others)

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

    def check_deletable(self, assignment: Assignment) -> None:
        """Time logged under a role keeps the rep's only period of it."""
        logged = self.store.exists("entries", "rep_id = ? AND role = ?", [assignment.rep_id, assignment.role])
        others = [a for a in self.assignments(assignment.rep_id)
                  if a.role == assignment.role and a.id != assignment.id]
        if logged and not others:
            raise ValidationError("role", "time is logged under {role}; end the role instead",
                                  role=assignment.role)

    def delete(self, assignment_id: str) -> ChangeSet[dict[str, Any]]:
        with self.session.change("role.delete") as change:
            current = self.get(assignment_id)
            self.check_deletable(current)
            change.result = self.store.delete(Assignment, assignment_id)
        return change

    # -- extensions (RULES §1: extra time agreed for a case) --------------------------------------

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
        check_extension_role(self.session.reps.find(extension.rep_id), self.assignments(extension.rep_id),
                             extension)

    def add_extension(self, extension: Extension) -> ChangeSet[Extension]:
        with self.session.change("extension.add") as change:
            rep = self.session.reps.find(extension.rep_id)
            extension.rep_id = rep.id
            self.check_extension(extension)
            self.store.insert(extension)
            change.result = extension
        return change

    def edit_extension(self, extension_id: str, reviewed_on: dt.date | None = None,
                       **changes: Any) -> ChangeSet[Extension]:
        """Change an extension (its hours, case, agreement, next review or notes), checked as when
        it was added. With `reviewed_on`, the review of that day is recorded: the next review
        (review_on, changed or not) must come after it, which clears the review flag."""
        with self.session.change("extension.review" if reviewed_on else "extension.edit") as change:
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
            change.result = updated
        return change


@functools.lru_cache(maxsize=256)
def _check_notified(notified_on: dt.date | None) -> None:
    """The day the employer was told of the role, in writing, has happened: a later one is a typo."""
    if notified_on is not None and notified_on > dt.date.today():
        raise ValidationError("notified-on", "{day} cannot be in the future: it is the day the employer "
                                             "was told in writing", day=notified_on)
