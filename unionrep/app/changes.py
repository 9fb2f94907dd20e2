"""ChangeSet: what one user action (or an undo or redo of one) wrote, row by row, and which kinds
of things it changed, so that views refresh from it rather than guess (as Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from unionrep.core.messages import MESSAGES, t
from unionrep.store.records import RowChange

T = TypeVar("T")

# The kinds of things a change can touch; a view refreshes when its kind is among a change's.
ENTRIES = "entries"
REPS = "reps"
POLICY = "policy"
DISPUTES = "disputes"
META = "meta"
TABLE_KINDS = {
    "entries": ENTRIES, "reps": REPS, "assignments": REPS, "extensions": REPS, "toil": REPS,
    "disputes": DISPUTES, "dispute_stages": DISPUTES, "policy": POLICY, "meta": META,
}


def kinds_of(rows: list[RowChange] | tuple[RowChange, ...]) -> list[str]:
    """The kinds of things `rows` touched, in a stable order."""
    found = {TABLE_KINDS.get(r.table, r.table) for r in rows}
    return sorted(found)


def action_label(action: str, lang: str | None = None) -> str:
    """The name of an action ("entry.add") as the user reads it ("Log time")."""
    key = f"action.{action}"
    return t(key, lang) if key in MESSAGES else action


@dataclass
class ChangeSet(Generic[T]):
    """The rows one action touched (table, id, before, after) and what it returned (`result`:
    the record added or changed, for the caller). `target` is the action an undo or redo acted on."""

    id: str
    action: str
    at: str
    rows: tuple[RowChange, ...] = ()
    result: T = None  # type: ignore[assignment]
    target: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def kinds(self) -> list[str]:
        return kinds_of(self.rows)

    def label(self, lang: str | None = None) -> str:
        return action_label(self.action, lang)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "action": self.action, "at": self.at, "target": self.target,
                "kinds": self.kinds, "rows": [r.to_json() for r in self.rows]}
