"""What an export made and what an import will do or did, for the CLI (text, --json) and the GUI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionrep.core.caps import fmt_hm
from unionrep.core.messages import current_lang
from unionrep.core.policy import Profile
from unionrep.exchange.bundle import Bundle
from unionrep.exchange.merge import ADD, CHANGE, DELETE, Conflict, Plan, Step
from unionrep.exchange.messages import MESSAGES, t
from unionrep.exchange.tables import Row, Table
from unionrep.exchange.versions import Local


@dataclass
class ExportReport:
    path: Path
    bundle_id: str
    encrypted: bool
    counts: dict[str, int]
    deleted: int
    size: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "bundle_id": self.bundle_id, "encrypted": self.encrypted,
                "records": self.counts, "deleted": self.deleted, "bytes": self.size}

    def text(self) -> str:
        return t("export.done", records=self.records, deleted=self.deleted, path=self.path,
                 sealed=t("export.encrypted" if self.encrypted else "export.plain"))


class Names:
    """Short descriptions of records ("entry UR-…: Siân Ŵyn, 2025-10-02, 2:00 duties")."""

    def __init__(self, local: Mapping[str, Local], bundle: Bundle, profile: Profile | None = None) -> None:
        self.local = local
        self.bundle = bundle
        self.profile = profile  # where given, Welsh descriptions name roles and categories in Welsh

    def _row(self, record_id: str) -> Row | None:
        mine = self.local.get(record_id)
        if mine is not None and mine.row is not None:
            return mine.row
        theirs = self.bundle.records.get(record_id)
        return None if theirs is None else theirs.row

    def record(self, record_id: str) -> str:
        """The description of a record known on either side, whatever its table."""
        mine = self.local.get(record_id)
        theirs = self.bundle.records.get(record_id)
        table = mine.table if mine is not None else theirs.table if theirs is not None else ""
        return self.describe(table, record_id)

    def rep(self, rep_id: Any) -> str:
        row = self._row(str(rep_id))
        return str(row["name"]) if row else str(rep_id)

    def _name(self, kind: str, key: Any) -> str:
        """A role's or category's name in Welsh where the profile has it; otherwise (and in
        English, where the id reads as it is) the id."""
        if self.profile is None or current_lang() != "cy":
            return str(key)
        name = self.profile.role_name if kind == "role" else self.profile.category_name
        return name(str(key), "cy")

    def _said(self, prefix: str, key: Any) -> str:
        return t(f"{prefix}.{key}") if f"{prefix}.{key}" in MESSAGES else str(key)

    def describe(self, table: str, record_id: str, row: Row | None = None) -> str:
        row = row or self._row(record_id)
        if row is None:
            return f"{table} {record_id}"
        if table == "reps":
            return t("describe.reps", name=row["name"])
        if table == "entries":
            return t("describe.entries", ref="UR-" + record_id.replace("-", "")[:10].upper(),
                     rep=self.rep(row["rep_id"]), date=row["date"], hours=fmt_hm(int(row["minutes"])),
                     category=self._name("category", row["category"]),
                     status=self._said("status", row["status"]))
        if table == "assignments":
            return t("describe.assignments", role=self._name("role", row["role"]),
                     rep=self.rep(row["rep_id"]), start=row["start_on"])
        if table == "extensions":
            return t("describe.extensions", case=row["case_ref"], rep=self.rep(row["rep_id"]))
        if table == "toil":
            return t("describe.toil", kind=self._said("toil", row["kind"]),
                     hours=fmt_hm(int(row["minutes"])), date=row["date"], rep=self.rep(row["rep_id"]))
        if table == "rep_hours":
            return t("describe.rep_hours", hours=fmt_hm(int(row["weekly_minutes"])),
                     rep=self.rep(row["rep_id"]), date=row["from_on"])
        if table == "disputes":
            return t("describe.disputes", rep=self.rep(row["rep_id"]), date=row["failure_on"])
        return f"{table} {record_id}"


@dataclass
class ImportPreview:
    """What importing a bundle would do. Nothing has been written when this exists."""

    path: Path
    bundle: Bundle
    plan: Plan
    local: dict[str, Local] = field(repr=False)
    tables: list[Table] = field(repr=False)
    me: str = ""
    token: tuple[Any, ...] = ()
    already_imported: bool = False
    profile_differs: bool = False
    profile: Profile | None = field(default=None, repr=False)  # this database's, for names in Welsh
    overlaps: list[tuple[str, str]] = field(default_factory=list)  # (entry, other): counted twice?

    def _steps(self, action: str) -> list[Step]:
        return [s for s in self.plan.steps.values() if s.action == action]

    @property
    def added(self) -> list[Step]:
        return self._steps(ADD)

    @property
    def changed(self) -> list[Step]:
        return self._steps(CHANGE)

    @property
    def deletions(self) -> list[Step]:
        return self._steps(DELETE)

    @property
    def conflicts(self) -> list[Conflict]:
        return list(self.plan.conflicts.values())

    @property
    def names(self) -> Names:
        return Names(self.local, self.bundle, self.profile)

    def to_json(self) -> dict[str, Any]:
        names = self.names
        return {
            "file": str(self.path),
            "bundle": {"id": self.bundle.bundle_id, "created_at": self.bundle.created_at,
                       "origin": {"id": self.bundle.origin_id, "label": self.bundle.origin_label},
                       "profile": self.bundle.profile, "selection": self.bundle.selection,
                       "encrypted": self.bundle.encrypted, "already_imported": self.already_imported,
                       "profile_differs": self.profile_differs},
            "added": [step_json(s, names) for s in self.added],
            "changed": [step_json(s, names) for s in self.changed],
            "deleted": [step_json(s, names) for s in self.deletions],
            "conflicts": [conflict_json(c, names) for c in self.conflicts],
            "newer_here": self.plan.kept,
            "unchanged": self.plan.same,
            "overlaps": [{"entry": a, "other": b, "what": names.describe("entries", a),
                          "other_what": names.describe("entries", b)} for a, b in self.overlaps],
        }


def step_json(step: Step, names: Names) -> dict[str, Any]:
    out: dict[str, Any] = {"table": step.table, "id": step.id,
                           "what": names.describe(step.table, step.id, step.new or step.old)}
    if step.action == CHANGE:
        assert step.old is not None and step.new is not None
        out["fields"] = {k: {"from": step.old.get(k), "to": step.new[k]} for k in step.fields}
    if step.cause:
        out["because_of"] = step.cause
    return out


def conflict_json(conflict: Conflict, names: Names) -> dict[str, Any]:
    return {
        "table": conflict.table, "id": conflict.id, "kind": conflict.kind,
        "what": names.describe(conflict.table, conflict.id, conflict.mine or conflict.theirs),
        "fields": list(conflict.fields),
        "mine": conflict.mine, "theirs": conflict.theirs,
        "dependants": [{"table": tb, "id": i, "what": names.describe(tb, i)}
                       for tb, i in conflict.dependants],
    }


@dataclass
class ImportReport:
    """What an import wrote: every step (a step's `cause` is the conflict whose choice brought it)."""

    bundle_id: str
    steps: list[Step]
    resolved: dict[str, int]  # how many conflicts were settled "mine" and "theirs"

    def _count(self, action: str) -> int:
        return sum(1 for s in self.steps if s.action == action)

    @property
    def added(self) -> int:
        return self._count(ADD)

    @property
    def changed(self) -> int:
        return self._count(CHANGE)

    @property
    def deleted(self) -> int:
        return self._count(DELETE)

    @property
    def written(self) -> bool:
        return bool(self.steps)

    @property
    def follow_on(self) -> list[Step]:
        return [s for s in self.steps if s.cause]

    def to_json(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "written": self.written, "added": self.added,
                "changed": self.changed, "deleted": self.deleted, "resolved": self.resolved,
                "follow_on": [{"table": s.table, "id": s.id, "action": s.action, "because_of": s.cause}
                              for s in self.follow_on]}

    def text(self, names: Names | None = None) -> str:
        if not self.written:
            return t("import.nothing")
        lines = [t("import.done", added=self.added, changed=self.changed, deleted=self.deleted,
                   resolved=sum(self.resolved.values()))]
        for step in self.follow_on:
            what = names.describe(step.table, step.id, step.new or step.old) if names else step.id
            parent = names.record(step.cause or "") if names else step.cause
            key = "import.cascade" if step.new is None else "import.restored"
            lines.append(t(key, what=what, parent=parent))
        return "\n".join(lines)
