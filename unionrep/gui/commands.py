"""Undoable changes. Each command does its work through the Service (which writes and commits at
once, audited), and knows how to put things back.

A command is done once by `AppContext.execute` before it is pushed, so that a change the Service
refuses raises to the caller and never reaches the undo stack; QUndoStack's first redo() is then
skipped. An undo or redo that cannot be done (the record has moved on since) changes nothing, says
why, and takes the command off the stack, so the stack never claims a change it did not make.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from unionrep.core.errors import UnionrepError
from unionrep.core.hours import HoursChange
from unionrep.core.model import Assignment, Entry, Extension, Rep, Toil
from unionrep.gui import context as ctx_mod
from unionrep.gui import optional

if TYPE_CHECKING:
    from unionrep.gui.context import AppContext


log = logging.getLogger("unionrep.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class ServiceCommandBase(QUndoCommand):
    what = ctx_mod.ENTRIES
    also: tuple[str, ...] = ()  # what else a command changes, for the views to refresh

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.service = ctx.service
        self._skip_redo = False

    # subclasses implement these two
    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def first_do(self) -> None:
        self.do()
        self._skip_redo = True
        self._notify()

    def _notify(self) -> None:
        for what in (self.what, *self.also):
            self.ctx.notify(what)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, action: Any) -> None:
        try:
            action()
        except Exception as exc:  # never let a failed undo take the window down
            if not isinstance(exc, UnionrepError):
                log.exception("undo/redo failed")
            # Nothing was changed: QUndoStack drops a command made obsolete in its undo()/redo(),
            # so the stack does not move past a change that was not undone (or redone).
            self.setObsolete(True)
            self.ctx.report(UnionrepError(
                str(exc) + "\n\n" + _t("Nothing was changed, and this step is no longer on the undo list.")))
        finally:
            self._notify()


# -- entries -----------------------------------------------------------------------------------


class AddEntry(ServiceCommandBase):
    def __init__(self, ctx: AppContext, entry: Entry, allow_overlap: bool = False) -> None:
        super().__init__(ctx, _t("Log time"))
        self.entry = entry
        self.allow_overlap = allow_overlap
        self.row: dict[str, Any] | None = None

    def do(self) -> None:
        if self.row is None:
            self.service.add_entry(self.entry, allow_overlap=self.allow_overlap)
        else:
            self.service.restore_entry(self.row)

    def undo_it(self) -> None:
        self.row = self.service.delete_entry(self.entry.id)


class DeleteEntry(ServiceCommandBase):
    def __init__(self, ctx: AppContext, entry_id: str) -> None:
        super().__init__(ctx, _t("Delete entry"))
        self.entry_id = entry_id
        self.row: dict[str, Any] | None = None

    def do(self) -> None:
        self.row = self.service.delete_entry(self.entry_id)

    def undo_it(self) -> None:
        if self.row is not None:
            self.service.restore_entry(self.row)


class EditEntry(ServiceCommandBase):
    def __init__(self, ctx: AppContext, entry_id: str, changes: dict[str, Any], text: str = "") -> None:
        super().__init__(ctx, text or _t("Edit entry"))
        self.entry_id = entry_id
        self.changes = changes
        self.before: Entry | None = None

    def do(self) -> None:
        self.before = self.service.get_entry(self.entry_id)
        self.service.edit_entry(self.entry_id, **self.changes)

    def undo_it(self) -> None:
        # Putting the earlier record back is not a status transition (refused → requested would be
        # refused by the Service), so it is written as it was, through the audited store — but
        # never under a dispute, which rests on the entry as it stands (its refusal above all).
        if self.before is None:
            return
        current = self.service.get_entry(self.entry_id)
        disputes = optional.dispute_service(self.service)
        linked = [] if disputes is None else disputes.disputes_for_entry(self.entry_id)
        if any(d.is_open for d in linked) or (linked and current.status != self.before.status):
            raise UnionrepError(_t(
                "Cannot undo “{what}”: the entry for {date} has a dispute, which rests on the entry as it "
                "is now. Record the dispute's outcome in Disputes instead.").format(
                    what=self.text(), date=current.date.isoformat()))
        self.service.store.update(self.before)


class OpenDispute(ServiceCommandBase):
    """Open a refusal dispute on an entry — for a request, recording its refusal with it — as one
    undoable step. Undoing takes the dispute back and puts the entry back as it was, but only while
    nothing has been recorded on the dispute since (a later stage, ACAS dates, a response, an
    outcome, an edit): after that the dispute stays on record and the undo is refused."""

    what = ctx_mod.DISPUTES
    also = (ctx_mod.ENTRIES,)

    def __init__(self, ctx: AppContext, entry_id: str, failure_on: dt.date, reasons: str = "",
                 alternative: str = "", people: str = "", text: str = "") -> None:
        super().__init__(ctx, text or _t("Open a dispute"))
        self.entry_id = entry_id
        self.args = (failure_on, reasons, alternative, people)
        self.disputes = optional.dispute_service(ctx.service)
        self.dispute_id: str | None = None
        self.opened: Any = None  # the dispute and its stage 0 as opened
        self.first: Any = None
        self.before: Entry | None = None  # the entry before and after the opening
        self.after: Entry | None = None
        self.rows: tuple[dict[str, Any], dict[str, Any]] | None = None

    def do(self) -> None:
        if self.disputes is None:
            raise UnionrepError(_t("Disputes are not available in this version of unionrep."))
        if self.rows is not None:  # redo: the same dispute, same ids
            self.disputes.put_back(*self.rows, self._entry_change(self.after))
            self.rows = None
            return
        failure_on, reasons, alternative, people = self.args
        self.before = self.service.get_entry(self.entry_id)
        dispute = self.disputes.open(self.entry_id, failure_on, reasons, alternative=alternative,
                                     people=people, opened_on=self.ctx.today())
        self.dispute_id = dispute.id
        self.opened = self.disputes.get(dispute.id)
        self.first = self.disputes.stages(dispute.id)[0]
        self.after = self.service.get_entry(self.entry_id)

    def _entry_change(self, entry: Entry | None) -> Entry | None:
        """The entry to write back, or None where the opening did not change it."""
        return None if self.before == self.after else entry

    def undo_it(self) -> None:
        if self.disputes is None or self.opened is None:
            return
        current = self.service.get_entry(self.entry_id)
        if current != self.after:
            raise UnionrepError(_t(
                "Cannot undo “{what}”: the entry for {date} has been changed since, so the dispute "
                "stays on record.").format(what=self.text(), date=current.date.isoformat()))
        changed = self.disputes.changes_since_opening(self.opened, self.first)
        if changed:
            words = {"stage": _t("escalated"), "acas": _t("ACAS dates recorded"),
                     "response": _t("a response recorded"), "outcome": _t("an outcome recorded"),
                     "details": _t("its details edited")}
            raise UnionrepError(_t(
                "Cannot undo “{what}”: the dispute has moved on since it was opened ({changes}), so it "
                "stays on record with the refusal. Record its outcome in Disputes instead.").format(
                    what=self.text(), changes=", ".join(words.get(c, c) for c in changed)))
        self.rows = self.disputes.take_back(self.opened, self.first, self._entry_change(self.before))


# -- reps and roles ----------------------------------------------------------------------------


class AddRep(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep: Rep) -> None:
        super().__init__(ctx, _t("Add rep"))
        self.rep = rep
        self.row: dict[str, Any] | None = None
        self.hours_rows: list[dict[str, Any]] = []

    def do(self) -> None:
        if self.row is None:
            self.service.add_rep(dataclasses.replace(self.rep))
        else:
            self.service.store.restore_row(Rep, self.row)
            for row in self.hours_rows:
                self.service.store.restore_row(HoursChange, row)

    def undo_it(self) -> None:
        # Later commands (roles, entries) are undone before this one, so the rep stands as it was
        # added, with its weekly hours: take both back exactly, through the audited store.
        store = self.service.store
        self.hours_rows = [store.delete(HoursChange, h.id) for h in self.service.hours(self.rep.id)]
        self.row = self.service.store.delete(Rep, self.rep.id)


class EditRep(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep_id: str, changes: dict[str, Any], text: str = "",
                 hours_from: dt.date | None = None) -> None:
        super().__init__(ctx, text or _t("Edit rep"))
        self.rep_id = rep_id
        self.changes = changes
        self.hours_from = hours_from
        self.before: dict[str, Any] = {}
        self.hours_before: list[Any] = []

    def do(self) -> None:
        rep = self.service.find_rep(self.rep_id)
        self.before = {k: getattr(rep, k) for k in self.changes}
        self.hours_before = self.service.hours(self.rep_id)
        self.service.edit_rep(self.rep_id, hours_from=self.hours_from, **self.changes)

    def undo_it(self) -> None:
        self.service.edit_rep(self.rep_id, **{k: v for k, v in self.before.items() if k != "weekly_minutes"})
        self.service.restore_hours(self.rep_id, self.hours_before)


class AssignRole(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep_id: str, role: str, start_on: dt.date,
                 end_on: dt.date | None = None, notified_on: dt.date | None = None,
                 secondment_percent: Fraction | None = None) -> None:
        super().__init__(ctx, _t("Assign role"))
        self.args = (rep_id, role, start_on, end_on, notified_on, secondment_percent)
        self.assignment_id: str | None = None
        self.row: dict[str, Any] | None = None

    def do(self) -> None:
        if self.row is None:
            self.assignment_id = self.service.assign_role(*self.args).id
        else:
            self.service.store.restore_row(Assignment, self.row)

    def undo_it(self) -> None:
        if self.assignment_id is not None:
            self.row = self.service.store.delete(Assignment, self.assignment_id)


class EndRole(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep_id: str, role: str, end_on: dt.date) -> None:
        super().__init__(ctx, _t("End role"))
        self.rep_id, self.role, self.end_on = rep_id, role, end_on
        self.assignment_id: str | None = None

    def do(self) -> None:
        self.assignment_id = self.service.end_role(self.rep_id, self.role, self.end_on).id

    def undo_it(self) -> None:
        if self.assignment_id is not None:
            self.service.edit_assignment(self.assignment_id, end_on=None)


class AddRecord(ServiceCommandBase):
    """An extension or a TOIL record: added by the Service, taken back through the audited store."""

    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, record: Extension | Toil) -> None:
        text = _t("Add extension") if isinstance(record, Extension) else _t("Record TOIL")
        super().__init__(ctx, text)
        self.record = record
        self.row: dict[str, Any] | None = None

    def do(self) -> None:
        if self.row is not None:
            self.service.store.restore_row(type(self.record), self.row)
        elif isinstance(self.record, Extension):
            self.service.add_extension(self.record)
        else:
            self.service.add_toil(self.record)

    def undo_it(self) -> None:
        self.row = self.service.store.delete(type(self.record), self.record.id)


class EditAssignment(ServiceCommandBase):
    """A role assignment's dates, notice or secondment corrected; undone by writing it back as it
    was, through the audited store."""

    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, assignment_id: str, changes: dict[str, Any]) -> None:
        super().__init__(ctx, _t("Edit role"))
        self.assignment_id = assignment_id
        self.changes = changes
        self.before: Assignment | None = None

    def do(self) -> None:
        self.before = self.service.store.get(Assignment, self.assignment_id)
        self.service.edit_assignment(self.assignment_id, **self.changes)

    def undo_it(self) -> None:
        if self.before is not None:
            self.service.store.update(self.before)


class EditExtension(ServiceCommandBase):
    """An extension's hours, agreement or next review changed, or its review recorded
    (`reviewed_on`, with the next review in `changes`); undone by writing it back as it was."""

    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, extension_id: str, changes: dict[str, Any],
                 reviewed_on: dt.date | None = None) -> None:
        super().__init__(ctx, _t("Record extension review") if reviewed_on else _t("Edit extension"))
        self.extension_id = extension_id
        self.changes = changes
        self.reviewed_on = reviewed_on
        self.before: Extension | None = None

    def do(self) -> None:
        self.before = self.service.store.get(Extension, self.extension_id)
        self.service.edit_extension(self.extension_id, reviewed_on=self.reviewed_on, **self.changes)

    def undo_it(self) -> None:
        if self.before is not None:
            self.service.store.update(self.before)


# -- policy and the user's details ------------------------------------------------------------


class SetPolicy(ServiceCommandBase):
    what = ctx_mod.POLICY

    def __init__(self, ctx: AppContext, key: str, value_text: str) -> None:
        super().__init__(ctx, _t("Change {key}").format(key=key))
        self.key, self.value_text = key, value_text
        self.before: tuple[str, dict[str, Any]] | None = None

    def do(self) -> None:
        self.before = self.service.store.policy_data()
        self.service.set_policy(self.key, self.value_text)

    def undo_it(self) -> None:
        if self.before is not None:
            self.service.replace_policy(*self.before)


class ReplacePolicy(ServiceCommandBase):
    what = ctx_mod.POLICY

    def __init__(self, ctx: AppContext, profile_id: str, data: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.after = (profile_id, data)
        self.before: tuple[str, dict[str, Any]] | None = None

    def do(self) -> None:
        self.before = self.service.store.policy_data()
        self.service.replace_policy(*self.after)

    def undo_it(self) -> None:
        if self.before is not None:
            self.service.replace_policy(*self.before)


class SetMeta(ServiceCommandBase):
    what = ctx_mod.META

    def __init__(self, ctx: AppContext, key: str, value: str) -> None:
        super().__init__(ctx, _t("Change your details"))
        self.key, self.value = key, value
        self.before = ""

    def do(self) -> None:
        self.before = self.service.store.meta(self.key) or ""
        self.service.store.set_meta(self.key, self.value)

    def undo_it(self) -> None:
        self.service.store.set_meta(self.key, self.before)
