"""Undoable changes. Each command does its work through the Service (which writes and commits at
once, audited), and knows how to put things back.

A command is done once by `AppContext.execute` before it is pushed, so that a change the Service
refuses raises to the caller and never reaches the undo stack; QUndoStack's first redo() is then
skipped.
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
from unionrep.core.model import Assignment, Entry, Extension, Rep, Toil
from unionrep.gui import context as ctx_mod

if TYPE_CHECKING:
    from unionrep.gui.context import AppContext


log = logging.getLogger("unionrep.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class ServiceCommandBase(QUndoCommand):
    what = ctx_mod.ENTRIES

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
        self.ctx.notify(self.what)

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
        except UnionrepError as exc:
            self.ctx.report(exc)
        except Exception as exc:  # never let a failed undo take the window down
            log.exception("undo/redo failed")
            self.ctx.report(UnionrepError(str(exc)))
        finally:
            self.ctx.notify(self.what)


# -- entries -----------------------------------------------------------------------------------


class AddEntry(ServiceCommandBase):
    def __init__(self, ctx: AppContext, entry: Entry) -> None:
        super().__init__(ctx, _t("Log time"))
        self.entry = entry
        self.row: dict[str, Any] | None = None

    def do(self) -> None:
        if self.row is None:
            self.service.add_entry(self.entry)
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
        # refused by the Service), so it is written as it was, through the audited store.
        if self.before is not None:
            self.service.store.update(self.before)


# -- reps and roles ----------------------------------------------------------------------------


class AddRep(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep: Rep) -> None:
        super().__init__(ctx, _t("Add rep"))
        self.rep = rep
        self.row: dict[str, Any] | None = None

    def do(self) -> None:
        if self.row is None:
            self.service.add_rep(dataclasses.replace(self.rep))
        else:
            self.service.store.restore_row(Rep, self.row)

    def undo_it(self) -> None:
        # Later commands (roles, entries) are undone before this one, so the rep stands as it was
        # added: take it back exactly, through the audited store.
        self.row = self.service.store.delete(Rep, self.rep.id)


class EditRep(ServiceCommandBase):
    what = ctx_mod.REPS

    def __init__(self, ctx: AppContext, rep_id: str, changes: dict[str, Any], text: str = "") -> None:
        super().__init__(ctx, text or _t("Edit rep"))
        self.rep_id = rep_id
        self.changes = changes
        self.before: dict[str, Any] = {}

    def do(self) -> None:
        rep = self.service.find_rep(self.rep_id)
        self.before = {k: getattr(rep, k) for k in self.changes}
        self.service.edit_rep(self.rep_id, **self.changes)

    def undo_it(self) -> None:
        self.service.edit_rep(self.rep_id, **self.before)


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
