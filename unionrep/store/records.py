"""Repositories: records to rows and back, every write audited (when, table, id, field, old, new)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import itertools
import json
import operator
from collections.abc import Callable, Collection, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

from unionrep.core.model import (
    Assignment,
    Entry,
    Extension,
    HoursChange,
    Rep,
    RowTotals,
    Toil,
    Total,
    TotalKey,
    new_id,
    now_iso,
)
from unionrep.core.text import check_row_text
from unionrep.store.dbapi import database_path
from unionrep.store.errors import DatabaseError

if TYPE_CHECKING:
    import sqlite_utils

T = TypeVar("T")

TABLES: dict[type, str] = {
    Rep: "reps",
    Assignment: "assignments",
    Entry: "entries",
    Extension: "extensions",
    Toil: "toil",
    HoursChange: "rep_hours",
}
BOOL_FIELDS = {"school", "paid", "conference", "political"}
DATE_FIELDS = {"ended_on", "start_on", "end_on", "notified_on", "date", "notice_on", "agreed_on",
               "review_on", "from_on"}
FRACTION_FIELDS = {"secondment_percent"}


def to_row(record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in BOOL_FIELDS:
            value = int(bool(value))
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Fraction):
            value = str(value)
        row[f.name] = value
    return row


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    """The record of class `cls` in `row` (a column's value read as its field wants it)."""
    by_name = _named_reader(cls)  # type: ignore[arg-type]
    if by_name is not None:
        try:
            return by_name(row)
        except KeyError:  # a row without every field: those it lacks take their defaults below
            pass
    return _row_reader(cls, tuple(row))(tuple(row.values()))  # type: ignore[arg-type]


@functools.cache
def _named_reader(cls: type[T]) -> Callable[[dict[str, Any]], T] | None:
    """from_row for a plain dataclass from a row holding every field, each looked up by its name
    (KeyError if one is missing): without working out the row's columns first, which cost as much
    as reading it."""
    return _filled_reader(cls, lambda name: repr(name)) if _plain_fields(cls) else None


_EMPTY_TEXT_FIELDS = ("notes", "purpose", "location", "case_ref", "reason")


def _to_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _to_fraction(value: Any) -> Fraction | None:
    return Fraction(value) if value not in (None, "") else None


def _to_text(value: Any) -> Any:
    return "" if value is None else value


# _to_date and _to_text as expressions of the value {} (v: a local of the reader written out)
_READ_INLINE = {_to_date: "(from_iso(v) if (v := {}) else None)",
                _to_text: '("" if (v := {}) is None else v)'}


def _column_reader(name: str) -> Callable[[Any], Any] | None:
    """What from_row does to the value of column `name` (None: nothing)."""
    if name in BOOL_FIELDS:
        return bool
    if name in DATE_FIELDS:
        return _to_date
    if name in FRACTION_FIELDS:
        return _to_fraction
    if name in _EMPTY_TEXT_FIELDS:
        return _to_text
    return None


@functools.lru_cache(maxsize=128)
def _row_reader(cls: type[T], columns: tuple[str, ...]) -> Callable[[tuple[Any, ...]], T]:
    """from_row for rows read as tuples of `columns`: which column holds each field, and how each
    is read, worked out once for the query rather than for every row."""
    names = _field_names(cls)  # type: ignore[arg-type]
    if _plain_fields(cls) and names <= set(columns):
        at = {name: i for i, name in enumerate(columns)}
        return _filled_reader(cls, lambda name: str(at[name]))
    plain = [(i, name) for i, name in enumerate(columns) if name in names and _column_reader(name) is None]
    read = [(i, name, reader) for i, name in enumerate(columns)
            if name in names and (reader := _column_reader(name)) is not None]

    def record(row: tuple[Any, ...]) -> T:
        values = {name: row[i] for i, name in plain}
        for i, name, reader in read:
            values[name] = reader(row[i])
        return cls(**values)

    return record


def _plain_fields(cls: type) -> bool:
    """Whether the dataclass's __init__ does nothing but store each field's value (no
    __post_init__, no field left out of it, not frozen, no slots)."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    return (not hasattr(cls, "__post_init__") and not params.frozen and "__slots__" not in cls.__dict__
            and all(f.init for f in dataclasses.fields(cls)))


def _filled_reader(cls: type[T], key: Callable[[str], str]) -> Callable[[Any], T]:
    """A reader of rows holding every field of a plain dataclass, field `name` at `row[key(name)]`:
    the record's attributes set at once, as its __init__ would set them (in the order of its
    fields), without the call's cost (half of making an Entry, which an import does a hundred
    thousand times). Written out as one function for the class, an item per field, as dataclasses
    writes out __init__: a loop over the fields cost a fifth more."""
    namespace: dict[str, Any] = {"make": object.__new__, "cls": cls, "from_iso": dt.date.fromisoformat}
    items = []
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        read = _column_reader(f.name)
        value = f"row[{key(f.name)}]"
        if read in _READ_INLINE:  # the reader's body written in, without a call for each value
            value = _READ_INLINE[read].format(value)
        elif read is not None:
            namespace[f"read_{f.name}"] = read
            value = f"read_{f.name}({value})"
        items.append(f"{f.name!r}: {value}")
    exec("def record(row):\n"  # made only from a dataclass's field names and their columns' places
         "    made = make(cls)\n"
         f"    made.__dict__.update({{{', '.join(items)}}})\n"
         "    return made\n", namespace)
    return namespace["record"]  # type: ignore[no-any-return]


_first = operator.itemgetter(0)
KEYS = {"meta": "key"}  # a table's primary key, where it is not "id"
TIMESTAMPS = ("created_at", "updated_at")


@dataclasses.dataclass(frozen=True)
class RowChange:
    """One row a write touched: its state before and after (None where it did not exist)."""

    table: str
    row_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        return {"table": self.table, "id": self.row_id, "before": self.before, "after": self.after}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RowChange:
        return cls(data["table"], data["id"], data["before"], data["after"])


def same_row(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two states of a row hold the same values (when they were written aside)."""
    if a is None or b is None:
        return a is b
    return ({k: v for k, v in a.items() if k not in TIMESTAMPS}
            == {k: v for k, v in b.items() if k not in TIMESTAMPS})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


class Store:
    """The tables of one database, written through audited methods."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._touched: list[RowChange] | None = None

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[RowChange]]:
        """Collect every row the writes inside touch, in order. Nested, the outermost collects."""
        if self._touched is not None:
            yield self._touched
            return
        self._touched = []
        try:
            yield self._touched
        finally:
            self._touched = None

    def _record(self, table: str, row_id: str, before: dict[str, Any] | None,
                after: dict[str, Any] | None) -> None:
        if self._touched is not None:
            self._touched.append(RowChange(table, row_id, before, after))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    # -- generic, audited ----------------------------------------------------------------------

    def _audit(self, table: str, row_id: str, field: str, old: Any, new: Any, at: str) -> None:
        self.db.table("audit").insert(
            {"id": new_id(), "at": at, "tbl": table, "row_id": row_id, "field": field,
             "old": _text(old), "new": _text(new)}
        )

    def insert(self, record: Any) -> None:
        table = TABLES[type(record)]
        row = to_row(record)
        check_row_text(row)
        at = now_iso()
        row["created_at"] = row["updated_at"] = at
        with self.atomic():
            self.db.table(table).insert(row)
            self._audit(table, row["id"], "*", None, json.dumps(to_row(record), ensure_ascii=False), at)
            self._record(table, row["id"], None, row)

    def update(self, record: Any) -> dict[str, tuple[Any, Any]]:
        """Write every changed field of `record`; returns {field: (old, new)}."""
        table = TABLES[type(record)]
        new = to_row(record)
        with self.atomic():
            old = self.row(table, record.id)
            if old is None:
                raise KeyError(record.id)
            changes = {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}
            if not changes:
                return {}
            check_row_text({k: v for k, (_, v) in changes.items()})
            at = now_iso()
            self.db.table(table).update(record.id, {**{k: v for k, (_, v) in changes.items()},
                                                    "updated_at": at})
            for field, (before, after) in changes.items():
                self._audit(table, record.id, field, before, after, at)
            self._record(table, record.id, old,
                         {**old, **{k: v for k, (_, v) in changes.items()}, "updated_at": at})
        return changes

    def replace_all(self, cls: type, old: list[Any], new: list[Any]) -> None:
        """Make the records `old` into `new`: delete those gone, insert those added, by id."""
        kept = {r.id for r in new}
        known = {r.id for r in old}
        for record in old:
            if record.id not in kept:
                self.delete(cls, record.id)
        for record in new:
            if record.id not in known:
                self.insert(record)

    def delete(self, cls: type, row_id: str) -> dict[str, Any]:
        table = TABLES[cls]
        with self.atomic():
            old = self.row(table, row_id)
            if old is None:
                raise KeyError(row_id)
            at = now_iso()
            self.db.table(table).delete(row_id)
            self._audit(table, row_id, "*", json.dumps(old, ensure_ascii=False), None, at)
            self.db.table("tombstones").upsert({"id": row_id, "tbl": table, "deleted_at": at}, pk="id")
            self._record(table, row_id, old, None)
        return old

    def restore_row(self, cls: type, row: dict[str, Any]) -> None:
        """Put back a deleted row exactly as it was (undo of a deletion)."""
        self.put_row(TABLES[cls], row["id"], row)

    def put_row(self, table: str, row_id: str, want: dict[str, Any] | None) -> None:
        """Make the row `row_id` of `table` hold `want` exactly (None: not exist), audited — the
        write of an undo or a redo, whose rules the caller has checked."""
        key = KEYS.get(table, "id")
        with self.atomic():
            old = self.row(table, row_id)
            at = now_iso()
            if want is None:
                if old is None:
                    return
                self.db.execute(f"DELETE FROM [{table}] WHERE [{key}] = ?", [row_id])
                self._audit(table, row_id, "*", json.dumps(old, ensure_ascii=False), None, at)
                self.db.table("tombstones").upsert({"id": row_id, "tbl": table, "deleted_at": at},
                                                   pk="id")
            elif old is None:
                self.db.table(table).insert(want)
                self.db.execute("DELETE FROM tombstones WHERE id = ?", [row_id])
                self._audit(table, row_id, "*", None, json.dumps(want, ensure_ascii=False), at)
            else:
                changes = {k: v for k, v in want.items() if old.get(k) != v and k not in TIMESTAMPS}
                if not changes:
                    return
                if "updated_at" in old:
                    changes["updated_at"] = at
                self.db.table(table).update(row_id, changes)
                for field, value in changes.items():
                    if field not in TIMESTAMPS:
                        self._audit(table, row_id, field, old.get(field), value, at)
            self._record(table, row_id, old, self.row(table, row_id))

    def row(self, table: str, row_id: str) -> dict[str, Any] | None:
        key = KEYS.get(table, "id")
        rows = list(self.db.query(f"SELECT * FROM [{table}] WHERE [{key}] = ?", [row_id]))
        return rows[0] if rows else None

    def get(self, cls: type[T], row_id: str) -> T | None:
        row = self.row(TABLES[cls], row_id)
        return None if row is None else from_row(cls, row)

    def select(self, cls: type[T], where: str = "1", params: list[Any] | None = None,
               order: str = "rowid") -> list[T]:
        table = TABLES[cls]
        sql = f"SELECT * FROM [{table}] WHERE {where} ORDER BY {order}"
        cursor = self.db.execute(sql, params or [])
        record = _row_reader(cls, tuple(column[0] for column in cursor.description))  # type: ignore[arg-type]
        return [record(row) for row in cursor.fetchall()]

    def exists(self, table: str, where: str, params: list[Any]) -> bool:
        found = self.db.execute(f"SELECT 1 FROM [{table}] WHERE {where} LIMIT 1", params).fetchone()
        return found is not None

    def history(self, row_id: str) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM audit WHERE row_id = ? ORDER BY at, rowid", [row_id]))

    # -- meta and policy -----------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.atomic():
            old = self.meta(key)
            if old == value:
                return
            self.db.table("meta").upsert({"key": key, "value": value}, pk="key")
            self._audit("meta", key, "value", old, value, now_iso())
            self._record("meta", key, None if old is None else {"key": key, "value": old},
                         {"key": key, "value": value})

    def policy_data(self) -> tuple[str, dict[str, Any]] | None:
        rows = list(self.db.query("SELECT profile_id, data FROM policy WHERE id = 'active'"))
        if not rows:
            return None
        try:
            return rows[0]["profile_id"], json.loads(rows[0]["data"])
        except ValueError as exc:
            raise DatabaseError("damaged", database_path(self.db),
                                f"the stored policy profile is not JSON: {exc}") from exc

    def set_policy_data(self, profile_id: str, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self.atomic():
            old = self.policy_data()
            old_row = self.row("policy", "active")
            self.db.table("policy").upsert(
                {"id": "active", "profile_id": profile_id, "data": text, "updated_at": now_iso()},
                pk="id",
            )
            self._audit("policy", "active", "data",
                        None if old is None else json.dumps(old[1], ensure_ascii=False, sort_keys=True),
                        text, now_iso())
            self._record("policy", "active", old_row, self.row("policy", "active"))

    # -- aggregates ----------------------------------------------------------------------------

    def totals(self, rep_id: str, start: dt.date, end: dt.date) -> dict[TotalKey, Total]:
        sql = (
            "SELECT role, category, status, paid, SUM(minutes) AS minutes, COUNT(*) AS n "
            "FROM entries WHERE rep_id = ? AND date BETWEEN ? AND ? "
            "GROUP BY role, category, status, paid"
        )
        result: dict[TotalKey, Total] = {}
        for r in self.db.execute(sql, [rep_id, start.isoformat(), end.isoformat()]).fetchall():
            result[TotalKey(r[0], r[1], r[2], bool(r[3]))] = Total(int(r[4]), int(r[5]))
        return result

    def totals_all(self, start: dt.date, end: dt.date, rep_ids: list[str] | None = None
                   ) -> dict[str, dict[TotalKey, Total]]:
        """Totals for every rep (or the given ones) over one date range, in one query."""
        sql = (
            "SELECT rep_id, role, category, status, paid, SUM(minutes), COUNT(*) FROM entries "
            "WHERE date BETWEEN ? AND ? GROUP BY rep_id, role, category, status, paid"
        )
        wanted = None if rep_ids is None else set(rep_ids)
        result: dict[str, dict[TotalKey, Total]] = {}
        for r in self.db.execute(sql, [start.isoformat(), end.isoformat()]).fetchall():
            if wanted is not None and r[0] not in wanted:
                continue
            result.setdefault(r[0], {})[TotalKey(r[1], r[2], r[3], bool(r[4]))] = Total(int(r[5]), int(r[6]))
        return result

    def year_totals(self, year_starts: list[dt.date], statuses: Collection[str] | None = None
                    ) -> dict[tuple[str, dt.date], RowTotals]:
        """Totals per (rep, year start) from the maintained `year_totals` table: every rep's year in
        their own basis, in one small read; only those of the given `statuses`, if any."""
        sql = "SELECT rep_id, role, category, status, paid, minutes, n FROM year_totals WHERE year_start = ?"
        chosen = sorted(statuses) if statuses is not None else []
        if statuses is not None:
            sql += f" AND status IN ({', '.join('?' * len(chosen))})"
        sql += " ORDER BY rep_id"  # the primary key's own order (year first): rows come rep by rep
        result: dict[tuple[str, dt.date], RowTotals] = {}
        for start in sorted(set(year_starts)):
            rows = self.db.execute(sql, [start.isoformat(), *chosen]).fetchall()
            for rep_id, group in itertools.groupby(rows, key=_first):
                result[(rep_id, start)] = RowTotals([r[1:] for r in group])
        return result

    def toil_balances(self, until: dt.date) -> dict[str, tuple[int, int]]:
        """(earned, taken) minutes of TOIL for every rep, up to and including `until`."""
        sql = ("SELECT rep_id, COALESCE(SUM(CASE WHEN kind = 'earned' THEN minutes END), 0), "
               "COALESCE(SUM(CASE WHEN kind = 'taken' THEN minutes END), 0) FROM toil WHERE date <= ? "
               "GROUP BY rep_id")
        return {r[0]: (int(r[1]), int(r[2])) for r in self.db.execute(sql, [until.isoformat()]).fetchall()}

    def toil_balance(self, rep_id: str, until: dt.date | None = None) -> tuple[int, int]:
        sql = "SELECT kind, COALESCE(SUM(minutes), 0) FROM toil WHERE rep_id = ?"
        params: list[Any] = [rep_id]
        if until is not None:
            sql += " AND date <= ?"
            params.append(until.isoformat())
        sums = dict(self.db.execute(sql + " GROUP BY kind", params).fetchall())
        return int(sums.get("earned", 0)), int(sums.get("taken", 0))
