"""Undo and redo, kept in the book (the `changesets` table), for changes made through either shell.

Undoing an action is a new change: the rows it touched are put back as they were, and the result
must keep every rule a write keeps (an entry a dispute rests on stays as it is; a rep with records
is not deleted; a role period keeps the time logged under it ...). Where something has changed the
rows since, or the result would break a rule, the undo is refused with the reason and nothing is
written. Redo does the action again, under the same checks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from unionrep.app import dispute_tables  # noqa: F401 — the store's tables of disputes and stages
from unionrep.app.base import AppService
from unionrep.app.changes import ChangeSet, action_label, kinds_of
from unionrep.core.disputes import Dispute, Stage
from unionrep.core.errors import ValidationError
from unionrep.core.messages_errors import Words
from unionrep.core.model import Assignment, Entry, Extension, Rep, new_id, now_iso
from unionrep.core.policy import profile_from_data
from unionrep.i18n import CATALOGUE, Text, text
from unionrep.store.changelog import DONE, REDO, UNDO, UNDONE, LoggedChange
from unionrep.store.records import RowChange, from_row, same_row

RECORD_FIELDS = {"entries": "entry", "reps": "rep", "assignments": "role", "extensions": "extension",
                 "toil": "toil", "disputes": "dispute", "dispute_stages": "dispute", "policy": "policy",
                 "meta": "setting"}


@dataclass(frozen=True)
class _Step:
    """One row an action touched: as the action found it and as it left it."""

    table: str
    row_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _steps(rows: tuple[RowChange, ...]) -> list[_Step]:
    """The action's rows, one step per row (a row written twice: first before, last after), in
    the order the action first touched them."""
    steps: dict[tuple[str, str], _Step] = {}
    for r in rows:
        key = (r.table, r.row_id)
        first = steps.get(key)
        steps[key] = _Step(r.table, r.row_id, r.before if first is None else first.before, r.after)
    return list(steps.values())


class HistoryService(AppService):
    def of_record(self, row_id: str) -> list[dict[str, Any]]:
        """The audit trail of one record (when, field, old, new), oldest first."""
        return self.store.history(row_id)

    def recent(self, limit: int = 20) -> list[LoggedChange]:
        """The latest actions, undos and redos, newest first."""
        return self.session.log.recent(limit)

    def undo(self, change_id: str | None = None) -> ChangeSet[LoggedChange]:
        """Take back the last action still done (or the action `change_id`)."""
        if change_id is None and self.session.log.last_done() is None:
            raise ValidationError("undo", "there is nothing to undo")
        target = self._target(change_id, DONE, "undo")
        return self._apply(target, backwards=True)

    def redo(self, change_id: str | None = None) -> ChangeSet[LoggedChange]:
        """Do again the action undone last (or the undone action `change_id`)."""
        if change_id is None and self.session.log.last_undone() is None:
            raise ValidationError("redo", "there is nothing to redo")
        target = self._target(change_id, UNDONE, "redo")
        return self._apply(target, backwards=False)

    def _target(self, change_id: str | None, state: str, field: str) -> LoggedChange:
        log = self.session.log
        if change_id is None:
            last = log.last_done() if state == DONE else log.last_undone()
            assert last is not None  # the caller has said there is nothing to take back or do again
            return last
        found = log.get(change_id.strip())
        if found is None:
            raise ValidationError("change", "no change {id} in the history", id=change_id)
        if found.state != state:
            raise ValidationError(field, "“{action}” ({id}) cannot be {done} now: it is {state}",
                                  action=_label(found.action), id=found.id,
                                  done=Words("undone", "ddadwneud") if state == DONE else Words("redone",
                                                                                                  "ail-wneud"),
                                  state=_state_words(found.state))
        return found

    # -- one undo or redo --------------------------------------------------------------------------

    def _apply(self, target: LoggedChange, backwards: bool) -> ChangeSet[LoggedChange]:
        steps = _steps(target.rows)
        order = list(reversed(steps)) if backwards else steps
        store = self.store
        for step in order:
            expected = step.after if backwards else step.before
            if not same_row(store.row(step.table, step.row_id), expected):
                self._refuse_changed(target, step)
        change: ChangeSet[LoggedChange] = ChangeSet(new_id(), UNDO if backwards else REDO, now_iso(),
                                                     result=target, target=target.id)
        ours = {s.row_id for s in steps if s.table == "disputes"}
        for step in order:  # what would fail on a foreign key, said as the rule it is
            if step.table == "entries" and (step.before if backwards else step.after) is None:
                self._check_entry_rests(step.row_id, None, None, ours)
        with store.atomic(), store.recording() as touched:
            for step in order:
                want = step.before if backwards else step.after
                try:
                    store.put_row(step.table, step.row_id, want)
                except Exception as exc:
                    if type(exc).__name__ != "IntegrityError":
                        raise
                    raise ValidationError(RECORD_FIELDS.get(step.table, step.table),
                                          "other records rest on it now; take those back first") from None
            for step in order:
                self._check_rules(step, step.after if backwards else step.before, ours)
            change.rows = tuple(touched)
            self.session.log.add(change.id, change.at, change.action, kinds_of(touched), touched,
                                 state=change.action, target=target.id)
            self.session.log.set_state(target.id, UNDONE if backwards else DONE,
                                       undone_by=change.id if backwards else None)
        self.session.forget_profile()
        return change

    def _refuse_changed(self, target: LoggedChange, step: _Step) -> None:
        """Say why the rows have moved on since `target`: a dispute rests on the entry, the dispute
        has moved on, or plainly that the record has been changed."""
        if step.table == "entries":
            current = self.store.row("entries", step.row_id)
            mine = {s.row_id for s in _steps(target.rows) if s.table == "disputes"}
            resting = [r for r in self.store.db.query("SELECT id FROM disputes WHERE entry_id = ?",
                                                      [step.row_id]) if r["id"] not in mine]
            if resting and current is not None:
                raise _dispute_rests_on(current)
        added = [s for s in _steps(target.rows) if s.before is None and s.after is not None]
        opened = [s for s in added if s.table == "disputes"]
        firsts = [s for s in added if s.table == "dispute_stages"]
        if opened and firsts and step.table in ("disputes", "dispute_stages", "entries"):
            dispute = from_row(Dispute, opened[0].after or {})
            if self.store.row("disputes", dispute.id) is not None:
                changed = self.session.disputes.changes_since_opening(dispute,
                                                                      from_row(Stage, firsts[0].after or {}))
                if changed:
                    raise ValidationError(
                        "dispute", "the dispute has moved on since it was opened ({changes}), so it stays on "
                                   "record with the refusal; record its outcome instead",
                        changes=_joined(text(f"change.since_opening.{c}") for c in changed))
        raise ValidationError(RECORD_FIELDS.get(step.table, step.table),
                              "has been changed since “{action}”, so that step cannot be taken back or "
                              "done again", action=_label(target.action))

    def _check_rules(self, step: _Step, was: dict[str, Any] | None, ours: set[str]) -> None:
        """The rules a write of this row keeps, checked on the row as the undo or redo left it
        (`was`: as it stood before; `ours`: the disputes the same action opened or changed)."""
        session, store = self.session, self.store
        now = store.row(step.table, step.row_id)
        if step.table == "entries":
            self._check_entry_rests(step.row_id, now, was, ours)
            if now is not None:
                session.entries.check(from_row(Entry, now))
        elif step.table == "reps":
            if now is not None:
                session.reps.check(from_row(Rep, now))
            elif was is not None:
                rep = from_row(Rep, was)
                session.reps.check_deletable(rep)
                if any(store.exists(table, "rep_id = ?", [rep.id])
                       for table in ("assignments", "extensions", "toil")):
                    raise ValidationError("rep", "{rep} has roles or records added since; take those back "
                                                 "first", rep=rep.name)
        elif step.table == "assignments":
            if now is not None:
                session.roles.check_assignment(from_row(Assignment, now),
                                               None if was is None else from_row(Assignment, was))
            elif was is not None:
                session.roles.check_deletable(from_row(Assignment, was))
        elif step.table == "extensions" and now is not None:
            session.roles.check_extension(from_row(Extension, now))
        elif step.table == "toil":
            rep_id = (now or was or {}).get("rep_id")
            owner = None if rep_id is None else store.get(Rep, rep_id)
            if owner is not None:
                session.entries.check_toil_owed(owner)
        elif step.table == "policy" and now is not None:
            profile_from_data(json.loads(now["data"]))

    def _check_entry_rests(self, entry_id: str, now: dict[str, Any] | None, was: dict[str, Any] | None,
                           ours: set[str]) -> None:
        """A dispute rests on its entry as it stands: the entry is not deleted, and not changed while
        the dispute is open or in its status (a dispute the same action opened goes with it)."""
        disputes = [d for d in self.store.select(Dispute, "entry_id = ?", [entry_id]) if d.id not in ours]
        if not disputes:
            return
        if now is None:
            self.session.entries.check_deletable(entry_id)
        elif was is not None and not same_row(now, was) and (
                any(d.is_open for d in disputes) or now["status"] != was["status"]):
            raise _dispute_rests_on(now)


def _dispute_rests_on(entry: dict[str, Any]) -> ValidationError:
    return ValidationError("entry", "the entry for {date} has a dispute, which rests on the entry as it is "
                                    "now; record the dispute's outcome instead", date=entry["date"])


def _label(action: str) -> Words:
    return Words(action_label(action, "en"), action_label(action, "cy"))


def _state_words(state: str) -> Words:
    key = f"change.state.{state}"
    return Words(*text(key)) if key in CATALOGUE else Words(state, state)


def _joined(parts: Iterable[Text]) -> Words:
    """Texts listed with commas, each language on its own."""
    listed = list(parts)
    return Words(", ".join(p.en for p in listed), ", ".join(p.cy for p in listed))
