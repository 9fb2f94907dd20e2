"""Deciding what a bundle changes here: records to add, change and delete, and conflicts.

For each record of the bundle, its version is compared with this database's (unionrep.exchange.
versions): the newer side wins; records changed on both sides since they last met are conflicts,
unless both sides reached the same content. A deletion travels as a version with no row, so it
wins, loses or conflicts like an edit.

One more kind of conflict is found across records: a record deleted on one side while the other
side added records that depend on it (an entry logged for a rep the other side deleted). Keeping
the record keeps what was deleted with it; deleting it deletes what depends on it. Either way the
choice is the user's, and every record it touches is listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from unionrep.core.errors import UnionrepError
from unionrep.exchange.bundle import Bundle, Incoming
from unionrep.exchange.errors import ConflictsPending, RecordRejected
from unionrep.exchange.tables import Row, Table, row_hash
from unionrep.exchange.versions import (
    CONCURRENT,
    EQUAL,
    NEWER,
    OLDER,
    Local,
    Vector,
    bumped,
    compare,
    merged,
)

ADD, CHANGE, DELETE = "add", "change", "delete"
MINE, THEIRS = "mine", "theirs"

BOTH_CHANGED = "both-changed"
CHANGED_HERE_DELETED_THERE = "changed-here-deleted-there"
DELETED_HERE_CHANGED_THERE = "deleted-here-changed-there"
DELETED_WITH_DEPENDANTS = "deleted-with-dependants"
SAME_VERSION = "same-version"


@dataclass(slots=True)
class Step:
    """One write the import makes: `old` is the row here (None if absent), `new` the row after."""

    action: str
    table: str
    id: str
    old: Row | None
    new: Row | None
    cause: str | None = None  # the record whose resolution brought this step about

    @property
    def fields(self) -> tuple[str, ...]:
        if self.old is None or self.new is None:
            return ()
        return tuple(k for k in self.new if self.old.get(k) != self.new[k])


@dataclass
class Conflict:
    table: str
    id: str
    kind: str
    mine: Row | None  # None: deleted here
    theirs: Row | None  # None: deleted there
    dependants: tuple[tuple[str, str], ...] = ()  # (table, id) of records depending on this one

    @property
    def fields(self) -> tuple[str, ...]:
        if self.mine is None or self.theirs is None:
            return ()
        return tuple(k for k in self.mine if self.mine.get(k) != self.theirs.get(k))


@dataclass
class Plan:
    steps: dict[str, Step] = field(default_factory=dict)
    conflicts: dict[str, Conflict] = field(default_factory=dict)
    # (table, hash, version) to keep in sync_versions for each record the bundle settles
    versions: dict[str, tuple[str, str | None, Vector]] = field(default_factory=dict)
    kept: int = 0  # newer here: the other side gets them from this side's next bundle
    same: int = 0


class _Records:
    """What the import knows of every record: this side's state and the bundle's."""

    def __init__(self, local: Mapping[str, Local], bundle: Bundle, tables: list[Table]) -> None:
        self.local = local
        self.incoming = bundle.records
        self.parents = {t.name: t.parents for t in tables}
        self._children: dict[str, list[tuple[str, str]]] | None = None

    def children(self, parent_id: str) -> list[tuple[str, str]]:
        """(table, id) of every record, live on either side, that refers to `parent_id`."""
        if self._children is None:
            index: dict[str, set[tuple[str, str]]] = {}
            for source in (self.local, self.incoming):
                for record_id, record in source.items():
                    if record.row is None:
                        continue
                    for column, _ in self.parents.get(record.table, ()):
                        value = record.row.get(column)
                        if value is not None:
                            index.setdefault(value, set()).add((record.table, record_id))
            self._children = {k: sorted(v) for k, v in index.items()}
        return self._children.get(parent_id, [])

    def live_row(self, record_id: str) -> Row | None:
        """This side's row if it has one, else the bundle's."""
        mine = self.local.get(record_id)
        if mine is not None and mine.row is not None:
            return mine.row
        theirs = self.incoming.get(record_id)
        return None if theirs is None else theirs.row

    def table(self, record_id: str) -> str:
        mine = self.local.get(record_id)
        return mine.table if mine is not None else self.incoming[record_id].table

    def version(self, record_id: str) -> Vector:
        mine = self.local.get(record_id)
        theirs = self.incoming.get(record_id)
        return merged(mine.version if mine else {}, theirs.version if theirs else {})

    def hash(self, record_id: str, row: Row | None) -> str | None:
        if row is None:
            return None
        mine = self.local.get(record_id)
        if mine is not None and mine.row is row:
            return mine.hash
        return self.incoming[record_id].hash


def make_plan(local: Mapping[str, Local], bundle: Bundle, tables: list[Table]) -> Plan:
    plan = Plan()
    for record_id, theirs in bundle.records.items():
        _decide(plan, record_id, local.get(record_id), theirs)
    for table in tables:
        if table.name in bundle.missing:
            _keep_columns_they_lack(plan, local, bundle, table)
    _find_orphans(plan, _Records(local, bundle, tables))
    return plan


def _keep_columns_they_lack(plan: Plan, local: Mapping[str, Local], bundle: Bundle, table: Table) -> None:
    """A bundle from an older unionrep lacks columns added since: compare records on the columns
    it has, and keep this side's values in the others when taking its changes."""
    missing = bundle.missing[table.name]
    carried = tuple(c for c in table.content if c not in missing)
    for record_id, theirs in bundle.records.items():
        mine = local.get(record_id)
        if theirs.table != table.name or mine is None or mine.row is None or theirs.row is None:
            continue
        step = plan.steps.get(record_id)
        if record_id in plan.conflicts and row_hash(mine.row, carried) == theirs.hash:
            del plan.conflicts[record_id]  # the same on every column both sides know
            plan.same += 1
            plan.versions[record_id] = (table.name, mine.hash, merged(mine.version, theirs.version))
        elif step is not None and step.action == CHANGE:
            step.new = {**theirs.row, **{c: mine.row[c] for c in missing}}
            if step.new == mine.row:
                del plan.steps[record_id]
            plan.versions[record_id] = (table.name, row_hash(step.new, table.content), theirs.version)


def _decide(plan: Plan, record_id: str, mine: Local | None, theirs: Incoming) -> None:
    if mine is None:
        if theirs.row is not None:
            plan.steps[record_id] = Step(ADD, theirs.table, record_id, None, theirs.row)
        plan.versions[record_id] = (theirs.table, theirs.hash, theirs.version)
        return
    if mine.table != theirs.table:
        raise RecordRejected(theirs.table, record_id, "id", "is a record of {table} here", table=mine.table)
    relation = compare(mine.version, theirs.version)
    same_content = mine.hash == theirs.hash
    if relation == OLDER:
        plan.kept += 1
    elif relation == EQUAL and same_content:
        plan.same += 1
    elif relation == EQUAL:
        plan.conflicts[record_id] = Conflict(theirs.table, record_id, SAME_VERSION, mine.row, theirs.row)
    elif same_content:
        plan.same += 1
        plan.versions[record_id] = (theirs.table, theirs.hash, merged(mine.version, theirs.version))
    elif relation == NEWER:
        action = ADD if mine.row is None else DELETE if theirs.row is None else CHANGE
        plan.steps[record_id] = Step(action, theirs.table, record_id, mine.row, theirs.row)
        plan.versions[record_id] = (theirs.table, theirs.hash, theirs.version)
    else:
        assert relation == CONCURRENT
        kind = (BOTH_CHANGED if mine.row is not None and theirs.row is not None
                else CHANGED_HERE_DELETED_THERE if mine.row is not None else DELETED_HERE_CHANGED_THERE)
        plan.conflicts[record_id] = Conflict(theirs.table, record_id, kind, mine.row, theirs.row)


def _alive(plan: Plan, records: _Records, record_id: str) -> bool | None:
    """Whether the record is live once the plan is carried out; None while it is in conflict."""
    if record_id in plan.conflicts:
        return None
    step = plan.steps.get(record_id)
    if step is not None:
        return step.new is not None
    mine = records.local.get(record_id)
    return mine is not None and mine.row is not None


def _find_orphans(plan: Plan, records: _Records) -> None:
    """Turn into conflicts the deletions that would leave records depending on a deleted one."""
    changed = True
    while changed:
        changed = False
        for record_id in list(records.incoming):
            if record_id in plan.conflicts or _alive(plan, records, record_id) is not False:
                continue
            if records.live_row(record_id) is None:
                continue  # deleted on both sides
            dependants = tuple(c for c in records.children(record_id)
                               if _alive(plan, records, c[1]) is not False)
            if not dependants:
                continue
            mine = records.local.get(record_id)
            plan.steps.pop(record_id, None)
            plan.versions.pop(record_id, None)
            if mine is not None and mine.row is None:
                plan.kept -= 1  # this side's deletion was the newer; now it is a question
            plan.conflicts[record_id] = Conflict(
                records.table(record_id), record_id, DELETED_WITH_DEPENDANTS,
                None if mine is None else mine.row, records.incoming[record_id].row, dependants)
            changed = True


def check_choices(plan: Plan, resolutions: Mapping[str, str]) -> dict[str, str]:
    for record_id, choice in resolutions.items():
        if record_id not in plan.conflicts:
            raise UnionrepError("{id} is not a record in conflict in this bundle", id=record_id)
        if choice not in (MINE, THEIRS):
            raise UnionrepError("{id}: the choice must be mine or theirs (not {value!r})", id=record_id,
                                value=choice)
    missing = [i for i in plan.conflicts if i not in resolutions]
    if missing:
        raise ConflictsPending(missing)
    return dict(resolutions)


def resolve(plan: Plan, local: Mapping[str, Local], bundle: Bundle, tables: list[Table],
            choices: Mapping[str, str], me: str) -> Plan:
    """The plan with every conflict settled as chosen, and what each choice brings with it.

    A settled conflict is a new version made here (newer than both sides), so the other side
    takes the choice from this side's next bundle without asking again.
    """
    records = _Records(local, bundle, tables)
    out = Plan(dict(plan.steps), {}, dict(plan.versions), plan.kept, plan.same)
    kept_alive, deleted = [], []
    for record_id, conflict in plan.conflicts.items():
        row = conflict.mine if choices[record_id] == MINE else conflict.theirs
        _settle(out, records, record_id, row, me)
        if row is None:
            deleted.append(record_id)
        elif conflict.mine is None or conflict.theirs is None:
            kept_alive.append(record_id)
    _cascade_deletions(out, records, deleted, me)
    _restore_children(out, records, kept_alive, me)
    return out


def _settle(plan: Plan, records: _Records, record_id: str, row: Row | None, me: str,
            cause: str | None = None) -> None:
    mine = records.local.get(record_id)
    current = None if mine is None else mine.row
    table = records.table(record_id)
    if row is not current:
        action = ADD if current is None else DELETE if row is None else CHANGE
        plan.steps[record_id] = Step(action, table, record_id, current, row, cause)
    else:
        plan.steps.pop(record_id, None)
    plan.versions[record_id] = (table, records.hash(record_id, row), bumped(records.version(record_id), me))


def _cascade_deletions(plan: Plan, records: _Records, parents: Iterable[str], me: str) -> None:
    queue = list(parents)
    while queue:
        parent = queue.pop()
        for _, child in records.children(parent):
            if _alive(plan, records, child):
                _settle(plan, records, child, None, me, cause=parent)
                queue.append(child)


def _restore_children(plan: Plan, records: _Records, parents: Iterable[str], me: str) -> None:
    """A record kept against a deletion keeps what was deleted along with it."""
    queue = list(parents)
    while queue:
        parent = queue.pop()
        for _, child in records.children(parent):
            if not _alive(plan, records, child):
                _settle(plan, records, child, records.live_row(child), me, cause=parent)
                queue.append(child)
