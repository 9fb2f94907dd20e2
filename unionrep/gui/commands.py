"""Undoable changes. Each command does its work through the application layer (the Session's
services), which writes, checks and records it as a ChangeSet; undo and redo ask the Session's
history to take that ChangeSet back or do it again, under the same checks as any write.

A command is done once by `AppContext.execute` before it is pushed, so that a change the Session
refuses raises to the caller and never reaches the undo stack; QUndoStack's first redo() is then
skipped. An undo or redo the Session refuses (the record has moved on since, or a rule forbids it)
changes nothing, says why, and takes the command off the stack, so the stack never claims a change
it did not make.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from unionrep.app.changes import ChangeSet
from unionrep.core.errors import UnionrepError
from unionrep.core.model import Entry, Extension, Rep, Toil
from unionrep.gui import context as ctx_mod

if TYPE_CHECKING:
    from unionrep.app.session import Session
    from unionrep.gui.context import AppContext


log = logging.getLogger("unionrep.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class ServiceCommandBase(QUndoCommand):
    what = ctx_mod.ENTRIES  # what the views refresh when a change says nothing (it touched no row)
    also: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.change: ChangeSet[Any] | None = None
        self._skip_redo = False

    @property
    def session(self) -> Session:
        return self.ctx.session  # the book open now (a restore reopens it)

    def do(self) -> None:
        """Make the change through the Session, keeping its ChangeSet in `self.change`."""
        raise NotImplementedError

    def first_do(self) -> None:
        self.do()
        self._skip_redo = True
        self._notify(self.change)

    def _notify(self, change: ChangeSet[Any] | None) -> None:
        kinds = change.kinds if change is not None and change.rows else [self.what, *self.also]
        for what in kinds:
            self.ctx.notify(what)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard(self.session.history.redo)

    def undo(self) -> None:
        self._guard(self.session.history.undo)

    def _guard(self, step: Callable[[str], ChangeSet[Any]]) -> None:
        if self.change is None or not self.change.rows:
            return  # nothing was written, so there is nothing to take back
        done: ChangeSet[Any] | None = None
        try:
            done = step(self.change.id)
        except Exception as exc:  # never let a failed undo take the window down
            if not isinstance(exc, UnionrepError):
                log.exception("undo/redo failed")
            # Nothing was changed: QUndoStack drops a command made obsolete in its undo()/redo(),
            # so the stack does not move past a change that was not undone (or redone).
            self.setObsolete(True)
            self.ctx.report(UnionrepError(
                str(exc) + "\n\n" + _t("Nothing was changed, and this step is no longer on the undo list.")))
        finally:
            self._notify(done or self.change)


# -- entries -----------------------------------------------------------------------------------


class AddEntry(ServiceCommandBase):
    def __init__(self, ctx: AppContext, entry: Entry, allow_overlap: bool = False) -> None:
        super().__init__(ctx, _t("Log time"))
        self.entry = entry
        self.allow_overlap = allow_overlap

    def do(self) -> None:
        self.change = self.session.entries.add(self.entry, self.allow_overlap)


class DeleteEntry(ServiceCommandBase):
    def __init__(self, ctx: AppContext, entry_id: str) -> None:
        super().__init__(ctx, _t("Delete entry"))
        self.entry_id = entry_id

    def do(self) -> None:
        self.change = self.session.entries.delete(self.entry_id)


class EditEntry(ServiceCommandBase):
    """An entry changed; undone by putting it back as it was — never under a dispute, which rests
    on the entry as it stands (the Session's history refuses that)."""

    def __init__(self, ctx: AppContext, entry_id: str, changes: dict[str, Any], text: str = "",
                 allow_overlap: bool = False) -> None:
        super().__init__(ctx, text or _t("Edit entry"))
        self.entry_id = entry_id
        self.changes = changes
        self.allow_overlap = allow_overlap

    def do(self) -> None:
        self.change = self.session.entries.edit(self.entry_id, self.allow_overlap, **self.changes)


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
        self.dispute_id: str | None = None

    def do(self) -> None:
        failure_on, reasons, alternative, people = self.args
        self.change = self.session.disputes.open(self.entry_id, failure_on, reasons, alternative=alternative,
                                                 people=people, opened_on=self.ctx.today())
        self.dispute_id = self.change.result.id


class RunChange(ServiceCommandBase):
    """Any other step the Session takes as one change (a dispute escalated, answered, its ACAS
    dates, a complaint opened): `make` does it and returns its ChangeSet."""

    what = ctx_mod.DISPUTES

    def __init__(self, ctx: AppContext, text: str, make: Callable[[], ChangeSet[Any]]) -> None:
        super().__init__(ctx, text)
        self._make = make

    def do(self) -> None:
        self.change = self._make()


# -- reps and roles ----------------------------------------------------------------------------


class AddRep(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep: Rep) -> None:
        super().__init__(ctx, _t("Add rep"))
        self.rep = rep

    def do(self) -> None:
        self.change = self.session.reps.add(dataclasses.replace(self.rep))


class EditRep(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep_id: str, changes: dict[str, Any], text: str = "",
                 hours_from: dt.date | None = None) -> None:
        super().__init__(ctx, text or _t("Edit rep"))
        self.rep_id = rep_id
        self.changes = changes
        self.hours_from = hours_from

    def do(self) -> None:
        self.change = self.session.reps.edit(self.rep_id, self.hours_from, **self.changes)


class AssignRole(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep_id: str, role: str, start_on: dt.date,
                 end_on: dt.date | None = None, notified_on: dt.date | None = None,
                 secondment_percent: Fraction | None = None) -> None:
        super().__init__(ctx, _t("Assign role"))
        self.args = (rep_id, role, start_on, end_on, notified_on, secondment_percent)
        self.assignment_id: str | None = None

    def do(self) -> None:
        self.change = self.session.roles.assign(*self.args)
        self.assignment_id = self.change.result.id


class EndRole(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep_id: str, role: str, end_on: dt.date) -> None:
        super().__init__(ctx, _t("End role"))
        self.rep_id, self.role, self.end_on = rep_id, role, end_on
        self.assignment_id: str | None = None

    def do(self) -> None:
        self.change = self.session.roles.end(self.rep_id, self.role, self.end_on)
        self.assignment_id = self.change.result.id


class AddRecord(ServiceCommandBase):
    """An extension or a TOIL record added."""

    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, record: Extension | Toil) -> None:
        text = _t("Add extension") if isinstance(record, Extension) else _t("Record TOIL")
        super().__init__(ctx, text)
        self.record = record

    def do(self) -> None:
        if isinstance(self.record, Extension):
            self.change = self.session.roles.add_extension(self.record)
        else:
            self.change = self.session.entries.add_toil(self.record)


class EditAssignment(ServiceCommandBase):
    """A role assignment's dates, notice or secondment corrected."""

    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, assignment_id: str, changes: dict[str, Any]) -> None:
        super().__init__(ctx, _t("Edit role"))
        self.assignment_id = assignment_id
        self.changes = changes

    def do(self) -> None:
        self.change = self.session.roles.edit(self.assignment_id, **self.changes)


class EditExtension(ServiceCommandBase):
    """An extension's hours, agreement or next review changed, or its review recorded
    (`reviewed_on`, with the next review in `changes`)."""

    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, extension_id: str, changes: dict[str, Any],
                 reviewed_on: dt.date | None = None) -> None:
        super().__init__(ctx, _t("Record extension review") if reviewed_on else _t("Edit extension"))
        self.extension_id = extension_id
        self.changes = changes
        self.reviewed_on = reviewed_on

    def do(self) -> None:
        self.change = self.session.roles.edit_extension(self.extension_id, self.reviewed_on, **self.changes)


# -- policy and the user's details ------------------------------------------------------------


class SetPolicy(ServiceCommandBase):
    what = ctx_mod.POLICY

    def __init__(self, ctx: AppContext, key: str, value_text: str) -> None:
        super().__init__(ctx, _t("Change {key}").format(key=key))
        self.key, self.value_text = key, value_text

    def do(self) -> None:
        self.change = self.session.policy.set(self.key, self.value_text)


class ReplacePolicy(ServiceCommandBase):
    what = ctx_mod.POLICY

    def __init__(self, ctx: AppContext, profile_id: str, data: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.after = (profile_id, data)

    def do(self) -> None:
        self.change = self.session.policy.replace(*self.after)


class SetMeta(ServiceCommandBase):
    what = ctx_mod.META

    def __init__(self, ctx: AppContext, key: str, value: str) -> None:
        super().__init__(ctx, _t("Change your details"))
        self.key, self.value = key, value

    def do(self) -> None:
        self.change = self.session.settings.put(self.key, self.value)
