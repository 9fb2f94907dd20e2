"""The tables that travel in a bundle, read from the database's own schema.

Tables are handled by name: their columns, types, NOT NULL rules, foreign keys and unique indexes
come from SQLite, so a feature that adds a table only has to add its name to EXCHANGED. A table
named there but missing from the database (an older schema) is simply not exchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from json.encoder import c_make_encoder, encode_basestring, encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Any

import sqlite_utils

# Every table of records that laptops share, parents before children.
EXCHANGED = ("reps", "rep_hours", "assignments", "entries", "extensions", "toil", "disputes",
             "dispute_stages")
# Columns kept by each installation for itself: when its copy of a row was written.
LOCAL_COLUMNS = ("created_at", "updated_at")

Row = dict[str, Any]


def json_encoder(**options: Any) -> Callable[[Any], str]:
    """json.JSONEncoder(**options).encode, giving the same text, without building a new encoder at
    each call as that does: an import encodes a hundred thousand small rows (their hashes, their
    audit rows). For values read from JSON or the database, which hold no cycles."""
    encoder = json.JSONEncoder(**options)
    if c_make_encoder is None or encoder.indent is not None:
        return encoder.encode
    make = c_make_encoder(None, encoder.default,
                          encode_basestring_ascii if encoder.ensure_ascii else encode_basestring,
                          encoder.indent, encoder.key_separator, encoder.item_separator, encoder.sort_keys,
                          encoder.skipkeys, encoder.allow_nan)
    return lambda value: "".join(make(value, 0))


# ASCII-escaped, so the text (and the hash) is the same under every Python version
_compact_json = json_encoder(separators=(",", ":"))


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # "TEXT" | "INTEGER" | "REAL" | "ANY"
    not_null: bool
    has_default: bool


@dataclass(frozen=True, eq=False)
class Table:
    name: str
    columns: tuple[Column, ...]
    parents: tuple[tuple[str, str], ...]  # (column, parent table)
    uniques: tuple[tuple[str, ...], ...]  # unique indexes other than the primary key

    @cached_property
    def content(self) -> tuple[str, ...]:
        """The columns that travel, in sorted order: all but the local timestamps."""
        return tuple(sorted(c.name for c in self.columns if c.name not in LOCAL_COLUMNS))

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def exchanged_tables(db: sqlite_utils.Database) -> list[Table]:
    present = set(db.table_names())
    tables = []
    for name in EXCHANGED:
        if name not in present:
            continue
        info = db.execute(f"PRAGMA table_info([{name}])").fetchall()
        columns = tuple(Column(r[1], (r[2] or "ANY").upper(), bool(r[3]) or bool(r[5]), r[4] is not None)
                        for r in info)
        parents = tuple((r[3], r[2]) for r in db.execute(f"PRAGMA foreign_key_list([{name}])").fetchall()
                        if r[2] in EXCHANGED)
        uniques = []
        for index in db.execute(f"PRAGMA index_list([{name}])").fetchall():
            if index[2] and index[3] == "c":  # unique, made by CREATE INDEX (not the primary key)
                cols = [r[2] for r in db.execute(f"PRAGMA index_info([{index[1]}])").fetchall()]
                uniques.append(tuple(cols))
        tables.append(Table(name, columns, parents, tuple(uniques)))
    return tables


def row_hash(row: Row, content: tuple[str, ...]) -> str:
    """The hash of a record's content, to tell whether it changed (it never leaves the database).

    `content` must be in sorted order (Table.content is). Empty (NULL) columns are left out, so
    that a column added by a later schema, still empty, does not change every record's hash."""
    values = [(name, value) for name in content if (value := row[name]) is not None]
    return hashlib.sha256(_compact_json(values).encode("ascii")).hexdigest()[:32]


def read_rows(db: sqlite_utils.Database, table: Table, where: str = "1",
              params: list[Any] | None = None) -> Iterator[Row]:
    names = table.content
    sql = f"SELECT {', '.join(f'[{n}]' for n in names)} FROM [{table.name}] WHERE {where} ORDER BY rowid"
    for values in db.execute(sql, params or []).fetchall():
        yield dict(zip(names, values, strict=True))
