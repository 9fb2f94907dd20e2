"""Version vectors and the sync state of one database.

Every record that has travelled carries a version vector: for each installation, how many of the
record's versions it has made. One vector is newer than another when it is at least as large for
every installation; two vectors neither of which is newer were changed on both sides: a conflict.

Edits are made through the application's services, which know nothing of exchange, so they are
found when needed: `local_state` compares each record's content hash with the hash kept in
sync_versions at the last exchange, and a record whose content moved on gets its counter for this
installation raised.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import sqlite_utils

from unionrep.core.model import now_iso
from unionrep.core.text import check_no_controls
from unionrep.exchange.tables import Row, Table, read_rows, row_hash

Vector = dict[str, int]

EQUAL, OLDER, NEWER, CONCURRENT = "equal", "older", "newer", "concurrent"


def compare(mine: Mapping[str, int], theirs: Mapping[str, int]) -> str:
    """How `theirs` stands to `mine`: EQUAL, OLDER (mine has all of it), NEWER or CONCURRENT."""
    behind = ahead = False
    for key in mine.keys() | theirs.keys():
        a, b = mine.get(key, 0), theirs.get(key, 0)
        if b > a:
            ahead = True
        elif b < a:
            behind = True
    if ahead and behind:
        return CONCURRENT
    if ahead:
        return NEWER
    return OLDER if behind else EQUAL


def merged(*vectors: Mapping[str, int]) -> Vector:
    out: Vector = {}
    for vector in vectors:
        for key, count in vector.items():
            if count > out.get(key, 0):
                out[key] = count
    return out


def bumped(vector: Mapping[str, int], me: str) -> Vector:
    return {**vector, me: vector.get(me, 0) + 1}


@dataclass(slots=True)
class Local:
    """One record as this database has it: its row (None once deleted) and version."""

    table: str
    row: Row | None
    hash: str | None
    version: Vector
    stored: bool  # whether sync_versions holds exactly this hash and version


def self_id(db: sqlite_utils.Database) -> str:
    return str(db.execute("SELECT id FROM sync_peers WHERE self = 1").fetchone()[0])


def self_label(db: sqlite_utils.Database) -> str:
    return str(db.execute("SELECT label FROM sync_peers WHERE self = 1").fetchone()[0])


def set_identity(db: sqlite_utils.Database, new: bool = False,
                 label: str | None = None) -> list[dict[str, Any]]:
    """Give this installation a new identity (`new`, with `label`) or a new label, in one transaction;
    returns the installations known, this one first."""
    if label is not None:
        check_no_controls("label", label)  # shown to those importing this installation's bundles
    with db.atomic():
        if new:
            db.execute("UPDATE sync_peers SET self = 0 WHERE self = 1")
            db.execute("INSERT INTO sync_peers (id, label, self, first_seen) VALUES (?, ?, 1, ?)",
                       [str(uuid.uuid4()), label or "", now_iso()])
        elif label is not None:
            db.execute("UPDATE sync_peers SET label = ? WHERE self = 1", [label])
    return [dict(r) for r in db.query("SELECT * FROM sync_peers ORDER BY self DESC, first_seen")]


def local_state(db: sqlite_utils.Database, tables: list[Table], me: str) -> dict[str, Local]:
    """Every record of the exchanged tables, live or deleted, with its version as of now."""
    stored: dict[str, tuple[str, str | None, str]] = {
        r[0]: (r[1], r[2], r[3]) for r in db.execute("SELECT id, tbl, hash, version FROM sync_versions")
    }
    state: dict[str, Local] = {}
    for table in tables:
        for row in read_rows(db, table):
            state[row["id"]] = _local(table.name, row["id"], row, row_hash(row, table.content), stored, me)
    names = [t.name for t in tables]
    marks = ", ".join("?" * len(names))
    for (row_id, table_name) in db.execute(f"SELECT id, tbl FROM tombstones WHERE tbl IN ({marks})", names):
        if row_id not in state:
            state[row_id] = _local(table_name, row_id, None, None, stored, me)
    for row_id, (table_name, _, _) in stored.items():
        if row_id not in state and table_name in names:
            # deleted here without a tombstone, or known here only as a deletion from elsewhere
            state[row_id] = _local(table_name, row_id, None, None, stored, me)
    return state


def _local(table: str, row_id: str, row: Row | None, digest: str | None,
           stored: dict[str, tuple[str, str | None, str]], me: str) -> Local:
    known = stored.get(row_id)
    if known is None:
        return Local(table, row, digest, {me: 1}, False)
    vector: Vector = json.loads(known[2])
    if known[1] == digest:
        return Local(table, row, digest, vector, True)
    return Local(table, row, digest, bumped(vector, me), False)


def save_versions(db: sqlite_utils.Database, items: Iterable[tuple[str, str, str | None, Vector]]) -> None:
    """Upsert (id, table, hash, version) rows of sync_versions."""
    texts: dict[tuple[tuple[str, int], ...], str] = {}  # most records share a few versions
    rows = []
    for record_id, table, digest, vector in items:
        counters = tuple(vector.items())
        key = counters if len(counters) == 1 else tuple(sorted(counters))
        text = texts.get(key)
        if text is None:
            text = texts[key] = json.dumps(dict(key), separators=(",", ":"))
        rows.append((record_id, table, digest, text))
    rows.sort(key=itemgetter(0))  # in key order the pages fill one after another (ids are distinct)
    db.conn.executemany(
        "INSERT INTO sync_versions (id, tbl, hash, version) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET tbl = excluded.tbl, hash = excluded.hash, version = excluded.version",
        rows,
    )



def data_token(db: sqlite_utils.Database) -> tuple[Any, ...]:
    """Changes whenever a record or the sync state is written (every write is audited)."""
    audit = db.execute("SELECT max(rowid), count(*) FROM audit").fetchone()
    bundles = db.execute("SELECT max(rowid), count(*) FROM sync_bundles").fetchone()
    return (*audit, *bundles)


def record_peer(db: sqlite_utils.Database, peer_id: str, label: str, *, imported: bool) -> None:
    at = now_iso()
    field = "last_import_at" if imported else "last_export_at"
    db.conn.execute(
        f"INSERT INTO sync_peers (id, label, self, first_seen, {field}) VALUES (?, ?, 0, ?, ?) "
        f"ON CONFLICT (id) DO UPDATE SET label = excluded.label, {field} = excluded.{field}",
        [peer_id, label, at, at],
    )


def record_bundle(db: sqlite_utils.Database, bundle_id: str, peer_id: str, direction: str,
                  records: int) -> None:
    db.conn.execute(
        "INSERT OR IGNORE INTO sync_bundles (id, peer_id, direction, at, records) VALUES (?, ?, ?, ?, ?)",
        [bundle_id, peer_id, direction, now_iso(), records],
    )


def bundle_seen(db: sqlite_utils.Database, bundle_id: str) -> bool:
    return db.execute("SELECT 1 FROM sync_bundles WHERE id = ?", [bundle_id]).fetchone() is not None
