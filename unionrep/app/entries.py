"""Time-off entries (RULES §3) and time off in lieu (TOIL)."""

from __future__ import annotations

import dataclasses
from typing import Any

from unionrep.app.base import AppService
from unionrep.app.changes import ChangeSet
from unionrep.core.entries import check_transition, validate_entry
from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.ledger_rules import check_toil
from unionrep.core.model import Entry, Rep, Toil
from unionrep.core.overlaps import check_changed_clashes, check_clashes
from unionrep.core.periods import Year


class EntryService(AppService):
    def get(self, entry_id: str) -> Entry:
        """An entry by its id, or by a unique prefix of it (at least 6 characters)."""
        entry = self.store.get(Entry, entry_id)
        if entry is None:
            matches = self.store.select(Entry, "id LIKE ?", [entry_id + "%"]) if len(entry_id) >= 6 else []
            if len(matches) == 1:
                return matches[0]
            raise NotFoundError("entry", entry_id)
        return entry

    def all(self, rep_id: str | None = None, year: Year | None = None,
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

    def check(self, entry: Entry) -> None:
        """Raise ValidationError if the entry breaks a rule of the profile or the ledger."""
        rep = self.session.reps.find(entry.rep_id)
        validate_entry(self.profile, rep, self.session.roles.assignments(rep.id), entry)

    def same_day(self, entry: Entry) -> list[Entry]:
        """The rep's other entries on the entry's day."""
        return self.store.select(Entry, "rep_id = ? AND date = ? AND id <> ?",
                                 [entry.rep_id, entry.date.isoformat(), entry.id])

    def add(self, entry: Entry, allow_overlap: bool = False) -> ChangeSet[Entry]:
        """Log an entry; one that overlaps or repeats another of the rep's that day is refused
        unless `allow_overlap` (RULES §3)."""
        with self.session.change("entry.add") as change:
            rep = self.session.reps.find(entry.rep_id)
            entry.rep_id = rep.id
            validate_entry(self.profile, rep, self.session.roles.assignments(rep.id), entry)
            check_clashes(entry, self.same_day(entry), allow_overlap)
            self.store.insert(entry)
            change.result = entry
        return change

    def edit(self, entry_id: str, allow_overlap: bool = False, **changes: Any) -> ChangeSet[Entry]:
        """Change an entry's fields; an edit that makes it overlap or repeat another of the rep's
        entries that day, which it did not before, is refused unless `allow_overlap` (RULES §3)."""
        action = "entry.status" if set(changes) == {"status"} else "entry.edit"
        with self.session.change(action) as change:
            entry = self.get(entry_id)
            unknown = set(changes) - {f.name for f in dataclasses.fields(Entry)} - {"id"}
            if unknown:
                raise ValidationError(sorted(unknown)[0], "is not a field of an entry")
            if "status" in changes:
                check_transition(entry.status, changes["status"])
            updated = dataclasses.replace(entry, **changes)
            self.check(updated)
            others = self.same_day(updated)
            if updated.date != entry.date:
                others += self.same_day(entry)
            check_changed_clashes(entry, updated, others, allow_overlap)
            self.store.update(updated)
            change.result = updated
        return change

    def check_deletable(self, entry_id: str) -> None:
        if self.store.exists("disputes", "entry_id = ?", [entry_id]):
            raise ValidationError("entry", "has a dispute; keep the entry while the dispute is on record")

    def delete(self, entry_id: str) -> ChangeSet[dict[str, Any]]:
        """Delete an entry; the ChangeSet's result is the row as it was."""
        with self.session.change("entry.delete") as change:
            entry = self.get(entry_id)
            self.check_deletable(entry.id)
            change.result = self.store.delete(Entry, entry.id)
        return change

    # -- TOIL --------------------------------------------------------------------------------------

    def toil(self, rep_id: str) -> list[Toil]:
        return self.store.select(Toil, "rep_id = ?", [rep_id], order="date")

    def check_toil_owed(self, rep: Rep, new: Toil | None = None) -> None:
        """TOIL taken on a day uses only TOIL earned on or before it (14.3–14.4)."""
        check_toil(rep, self.toil(rep.id), new)

    def add_toil(self, toil: Toil) -> ChangeSet[Toil]:
        with self.session.change("toil.add") as change:
            rep = self.session.reps.find(toil.rep_id)
            toil.rep_id = rep.id
            if toil.kind not in ("earned", "taken"):
                raise ValidationError("kind", "must be earned or taken")
            if not 0 < toil.minutes <= 24 * 60:
                raise ValidationError("hours", "must be more than zero and at most 24 hours")
            self.check_toil_owed(rep, toil)
            self.store.insert(toil)
            change.result = toil
        return change
