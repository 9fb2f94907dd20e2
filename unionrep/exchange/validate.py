"""Every record a bundle would write is checked like user input; the first bad one refuses the bundle.

Two passes. `check_shapes` looks at each row of the bundle alone: types, empty required columns,
ids and dates. `check_result` looks at the database as the import would leave it: a rep's details
(the reps service's own rules), roles, entries (unionrep.core.entries.validate_entry against the rep's roles
after the import), extensions, TOIL, and for every table the records it refers to and its unique
indexes. Each rejection names the table, the record, the field and the rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from unionrep.core import disputes as _disputes  # noqa: F401 — registers the dispute tables' date fields
from unionrep.core.entries import parse_date, validate_entry
from unionrep.core.errors import ValidationError
from unionrep.core.messages_errors import Words
from unionrep.core.model import Assignment, Entry, Extension, Rep, Toil
from unionrep.core.text import MULTILINE_FIELDS, check_no_controls, control_at
from unionrep.exchange.bundle import Bundle
from unionrep.exchange.errors import RecordRejected
from unionrep.exchange.merge import Step
from unionrep.exchange.progress import NO_PROGRESS, Tracker
from unionrep.exchange.tables import Row, Table
from unionrep.exchange.versions import Local
from unionrep.i18n import text
from unionrep.store import records as store_mod

if TYPE_CHECKING:  # the application layer passes its session in
    from unionrep.app.session import Session

MAX_EXTENSION_MINUTES = 2000 * 60
MAX_TOIL_MINUTES = 24 * 60


_TYPES: dict[str, tuple[type, ...]] = {"TEXT": (str,), "INTEGER": (int,), "REAL": (int, float)}
# What a column's values must be (the Welsh as it reads after "yn").
_TYPE_NAMES = {"TEXT": Words(*text("kind.text")), "INTEGER": Words(*text("kind.whole_number")),
               "REAL": Words(*text("kind.number"))}
_ANY_VALUE = Words(*text("kind.value"))


def _column_checks(table: Table) -> list[tuple[str, tuple[type, ...], Words, bool, str]]:
    """(column, the Python types its values may have, their name, required, "date" | "id" | "")
    of each travelling column but the record's own id, found to be a UUID as the bundle was read
    (bundle.parse_payload). Exact types: True is not a whole number here."""
    references = {c for c, _ in table.parents}
    checks = []
    for column in table.columns:
        if column.name not in table.content or column.name == "id":
            continue
        is_date = column.name in store_mod.DATE_FIELDS or column.name == "date" or column.name.endswith("_on")
        kind = "date" if is_date else "id" if column.name in references else ""
        types = _TYPES.get(column.type, (str, int, float))
        checks.append((column.name, types, _TYPE_NAMES.get(column.type, _ANY_VALUE), column.not_null, kind))
    return checks


def check_shapes(tables: list[Table], bundle: Bundle) -> None:
    """Types, required values, dates and ids of every row in the bundle.

    Each column of each table is checked over all its values at once (the types seen, each
    distinct date or id once, one search for control characters); only a bundle that fails there
    is gone through row by row, to name the first bad record as it always has."""
    specs = {t.name: _column_checks(t) for t in tables}
    by_table: dict[str, list[Row]] = {t.name: [] for t in tables}
    for record in bundle.records.values():
        if record.row is not None:
            by_table[record.table].append(record.row)
    if all(_table_well_formed(specs[name], rows) for name, rows in by_table.items()):
        return
    for record_id, record in bundle.records.items():
        if record.row is not None:
            _check_row_shape(specs[record.table], record.table, record_id, record.row)


def _table_well_formed(specs: list[tuple[str, tuple[type, ...], Words, bool, str]], rows: list[Row]) -> bool:
    if not rows or not specs:
        return True
    names = [spec[0] for spec in specs]
    if len(names) == 1:
        columns: Iterable[Sequence[Any]] = [[row[names[0]] for row in rows]]
    else:  # the rows turned into columns in one pass over them, not one pass a column
        columns = zip(*map(itemgetter(*names), rows), strict=True)
    return all(_column_well_formed(spec, values) for spec, values in zip(specs, columns, strict=True))


def _column_well_formed(spec: tuple[str, tuple[type, ...], Words, bool, str], values: Sequence[Any]) -> bool:
    name, types, _, required, kind = spec
    distinct = set(values)
    # no value of another type equals a text, but a set of numbers holds 1 for True (1 == True)
    if not set(map(type, distinct if types == (str,) else values)) <= {*types, type(None)}:
        return False
    if None in distinct:
        if required:
            return False
        distinct.discard(None)
    if kind == "date":
        try:
            for value in distinct:
                parse_date(value, name)
        except ValidationError:
            return False
        return True
    if kind == "id":
        return all(_looks_like_id(value) for value in distinct)
    texts = [value for value in distinct if isinstance(value, str)]
    return not texts or control_at(" ".join(texts), multiline=name in MULTILINE_FIELDS) is None


def _check_row_shape(spec: list[tuple[str, tuple[type, ...], Words, bool, str]], table: str, record_id: str,
                     row: Row) -> None:
    for name, types, type_name, required, kind in spec:
        value = row[name]
        if value is None:
            if required:
                raise RecordRejected(table, record_id, name, "must have a value")
        elif type(value) not in types:
            raise RecordRejected(table, record_id, name, "{value!r} is not {kind}", value=value,
                                 kind=type_name)
        elif kind == "date":
            try:
                parse_date(value, name)
            except ValidationError as exc:
                raise RecordRejected.from_error(table, record_id, exc) from None
        elif kind == "id" and not _looks_like_id(value):
            raise RecordRejected(table, record_id, name, "{value!r} is not a record's id", value=value)
        elif isinstance(value, str):
            try:
                check_no_controls(name, value)
            except ValidationError as exc:
                raise RecordRejected.from_error(table, record_id, exc) from None


def _looks_like_id(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 36 and value.count("-") == 4


class Result:
    """The exchanged tables as the import would leave them."""

    def __init__(self, local: Mapping[str, Local], steps: Mapping[str, Step]) -> None:
        self.local = local
        self.steps = steps
        self._tables: dict[str, dict[str, Row]] | None = None

    def row(self, record_id: str) -> Row | None:
        step = self.steps.get(record_id)
        if step is not None:
            return step.new
        mine = self.local.get(record_id)
        return None if mine is None else mine.row

    def table_of(self, record_id: str) -> str | None:
        step = self.steps.get(record_id)
        if step is not None:
            return step.table
        mine = self.local.get(record_id)
        return None if mine is None else mine.table

    def rows(self, table: str) -> dict[str, Row]:
        if self._tables is None:  # every table's at once: one pass over each side, not one a table
            tables: dict[str, dict[str, Row]] = {}
            for record_id, mine in self.local.items():
                if mine.row is not None:
                    tables.setdefault(mine.table, {})[record_id] = mine.row
            for record_id, step in self.steps.items():
                rows = tables.setdefault(step.table, {})
                if step.new is None:
                    rows.pop(record_id, None)
                else:
                    rows[record_id] = step.new
            self._tables = tables
        return self._tables.setdefault(table, {})


class _Rules:
    def __init__(self, session: Session, result: Result) -> None:
        self.session = session
        self.profile = session.profile
        self.result = result
        self._assignments: dict[str, list[Assignment]] | None = None
        self._held: dict[tuple[str, str], list[Assignment]] = {}
        self._reps: dict[str, Rep] = {}

    def rep(self, rep_id: str) -> Rep:
        if rep_id not in self._reps:
            row = self.result.row(rep_id)
            assert row is not None  # references are checked first
            self._reps[rep_id] = store_mod.from_row(Rep, row)
        return self._reps[rep_id]

    def assignments(self, rep_id: str) -> list[Assignment]:
        if self._assignments is None:
            by_rep: dict[str, list[Assignment]] = {}
            for row in self.result.rows("assignments").values():
                by_rep.setdefault(row["rep_id"], []).append(store_mod.from_row(Assignment, row))
            self._assignments = by_rep
        return self._assignments.get(rep_id, [])

    def held(self, rep_id: str, role: str) -> list[Assignment]:
        """The rep's assignments of `role`: validate_entry looks among these for one held on the
        entry's day, and would pick them out of all the rep's again for each entry."""
        key = (rep_id, role)
        found = self._held.get(key)
        if found is None:
            found = self._held[key] = [a for a in self.assignments(rep_id) if a.role == role]
        return found

    def reps(self, row: Row) -> None:
        rep = store_mod.from_row(Rep, row)
        self.session.reps.check(rep)  # the rules adding or editing a rep applies

    def assignments_row(self, row: Row) -> None:
        a = store_mod.from_row(Assignment, row)
        if a.role not in self.profile.roles:
            raise ValidationError("role", "{value!r} is not a role of this profile ({choices})", value=a.role,
                                  choices=", ".join(self.profile.roles))
        if a.end_on is not None and a.end_on < a.start_on:
            raise ValidationError("end_on", "{end} is before the start {start}", end=a.end_on,
                                  start=a.start_on)
        if a.secondment_percent is not None:
            if not self.profile.roles[a.role].secondment:
                raise ValidationError("secondment_percent", "{role} is not a seconded role", role=a.role)
            if not 0 < a.secondment_percent <= 100:
                raise ValidationError("secondment_percent", "must be more than 0 and at most 100")
        for other in self.assignments(a.rep_id):
            if other.id == a.id or other.role != a.role:
                continue
            if other.start_on <= (a.end_on or dt.date.max) and a.start_on <= (other.end_on or dt.date.max):
                raise ValidationError("start_on", "overlaps the {role} role held from {start}", role=a.role,
                                      start=other.start_on)

    def entries(self, row: Row) -> None:
        entry = store_mod.from_row(Entry, row)
        validate_entry(self.profile, self.rep(entry.rep_id), self.held(entry.rep_id, entry.role), entry)

    def extensions(self, row: Row) -> None:
        x = store_mod.from_row(Extension, row)
        if x.role not in self.profile.roles:
            raise ValidationError("role", "{value!r} is not a role of this profile", value=x.role)
        if not 0 < x.extra_minutes <= MAX_EXTENSION_MINUTES:
            raise ValidationError("extra_minutes", "must be more than zero and at most 2,000 hours")
        if not x.case_ref.strip():
            raise ValidationError("case_ref", "an extension needs the case reference it was agreed for")
        if x.review_on is not None and x.review_on < x.agreed_on:
            raise ValidationError("review_on", "cannot be before the day it was agreed")

    def toil(self, row: Row) -> None:
        toil = store_mod.from_row(Toil, row)
        if toil.kind not in ("earned", "taken"):
            raise ValidationError("kind", "must be earned or taken")
        if not 0 < toil.minutes <= MAX_TOIL_MINUTES:
            raise ValidationError("minutes", "must be more than zero and at most 24 hours")


def check_result(session: Session, tables: list[Table], local: Mapping[str, Local],
                 steps: Mapping[str, Step], tracker: Tracker = NO_PROGRESS) -> None:
    """Check every record the import writes, and the entries of reps whose roles it changes;
    `tracker` hears how many of them are checked (stage "check")."""
    result = Result(local, steps)
    rules = _Rules(session, result)
    checks = {"reps": rules.reps, "assignments": rules.assignments_row, "entries": rules.entries,
              "extensions": rules.extensions, "toil": rules.toil}
    # (id, row) of each record written, by table, the tables parents first, each in the steps' order
    written: dict[str, list[tuple[str, Row]]] = {t.name: [] for t in tables}
    for step in steps.values():
        if step.new is not None:
            written[step.table].append((step.id, step.new))
    if not _references_found(result, tables, written):
        by_name = {t.name: t for t in tables}
        for step in steps.values():  # the first record at fault, named
            if step.new is not None:
                _check_references(result, by_name[step.table], step.id, step.new)
    for table in tables:
        if written[table.name]:
            _check_unique(result, table)
    _check_orphans(result, tables, [s for s in steps.values() if s.new is None])
    touched_reps = {row["rep_id"] for _, row in written.get("assignments", ())}
    touched_reps |= {s.old["rep_id"] for s in steps.values() if s.table == "assignments" and s.old}
    touched_reps |= {record_id for record_id, _ in written.get("reps", ())}
    total = sum(map(len, written.values()))
    done = 0
    for table in tables:
        rows = written[table.name]
        _run_all(checks.get(table.name), table.name, tracker.counting(rows, total, "check", done))
        done += len(rows)
    if touched_reps:
        others = [(record_id, row) for record_id, row in result.rows("entries").items()
                  if record_id not in steps and row["rep_id"] in touched_reps]
        _run_all(rules.entries, "entries", others)


def _run_all(check: Any, table: str, rows: Iterable[tuple[str, Row]]) -> None:
    """`check` each of `rows`, (id, row), raising RecordRejected naming the first at fault."""
    if check is None:
        for _ in rows:  # counted all the same
            pass
        return
    for record_id, row in rows:
        try:
            check(row)
        except ValidationError as exc:
            raise RecordRejected.from_error(table, record_id, exc) from None
        except (ValueError, ArithmeticError) as exc:  # a value from_row cannot read (a bad fraction)
            raise RecordRejected(table, record_id, "*", "a value cannot be read ({detail})",
                                 detail=exc) from None


def _references_found(result: Result, tables: list[Table],
                      written: Mapping[str, list[tuple[str, Row]]]) -> bool:
    """Whether every record `written` refers to is there, each distinct one looked for once (a
    hundred thousand entries refer to a few hundred reps)."""
    for table in tables:
        rows = written[table.name]
        for column, parent_table in table.parents:
            wanted = {parent for _, row in rows if (parent := row.get(column)) is not None}
            if any(result.row(i) is None or result.table_of(i) != parent_table for i in wanted):
                return False
    return True


def _check_references(result: Result, table: Table, record_id: str, row: Row) -> None:
    for column, parent_table in table.parents:
        parent_id = row.get(column)
        if parent_id is None:
            continue
        if result.row(parent_id) is None or result.table_of(parent_id) != parent_table:
            raise RecordRejected(table.name, record_id, column,
                                 "refers to {id}, which is not a record of {table} here nor in the bundle",
                                 id=parent_id, table=parent_table)


def _check_orphans(result: Result, tables: list[Table], deletions: list[Step]) -> None:
    """No record left behind refers to one the import deletes."""
    deleted: dict[str, set[str]] = {}
    for step in deletions:
        deleted.setdefault(step.table, set()).add(step.id)
    for table in tables:
        for column, parent_table in table.parents:
            gone = deleted.get(parent_table)
            if not gone:
                continue
            for child_id, row in result.rows(table.name).items():
                if row.get(column) in gone:
                    raise RecordRejected(table.name, child_id, column,
                                         "refers to {id}, which the import would delete", id=row[column])


def _check_unique(result: Result, table: Table) -> None:
    for columns in table.uniques:
        seen: dict[tuple[Any, ...], str] = {}
        for record_id, row in result.rows(table.name).items():
            key = tuple(row.get(c) for c in columns)
            if any(v is None or v == "" for v in key):
                continue  # partial indexes leave empty values out (reps' employee numbers)
            other = seen.setdefault(key, record_id)
            if other != record_id:
                bad, holder = (record_id, other) if record_id in result.steps else (other, record_id)
                raise RecordRejected(table.name, bad, ", ".join(columns),
                                     "{value} is already used by {holder}",
                                     value=", ".join(map(str, key)), holder=holder)

