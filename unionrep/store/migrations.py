"""The schema migrations, listed in the order they shipped. Each runs once, in order, inside one
transaction.

Each migration lives in a schema module of its topic (schema_ledger, schema_disputes, ...) and is
listed in MIGRATIONS below; add a new one at the end, never edit one that has shipped. Every table
is STRICT with a UUID text primary key so that laptops can merge their records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from unionrep.store import (
    schema_disputes,
    schema_exchange,
    schema_hours,
    schema_kept,
    schema_ledger,
    schema_log_groups,
    schema_log_order,
    schema_search,
    schema_sync,
    schema_totals,
    schema_undo,
)

if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]
MIGRATIONS: list[tuple[str, Migration]] = [(fn.__name__, fn) for fn in (
    schema_ledger.m001_ledger,
    schema_disputes.m002_disputes,
    schema_exchange.m003_exchange,
    schema_totals.m005_year_totals,
    schema_totals.m006_year_totals_by_year,
    schema_undo.m020_change_history,
    schema_search.m021_entry_search,
    schema_log_order.m022_log_order_indexes,
    schema_hours.m023_hours_history,
    schema_sync.m024_sync_folder,
    schema_log_groups.m025_log_group_indexes,
    schema_kept.m026_book_changes,
)]


def applied(db: sqlite_utils.Database) -> list[str]:
    if "_migrations" not in db.table_names():
        return []
    return [r["name"] for r in db.query("select name from _migrations order by rowid")]


def schema_version(db: sqlite_utils.Database) -> int:
    return len(applied(db))


def pending(db: sqlite_utils.Database) -> list[str]:
    done = set(applied(db))
    return [name for name, _ in MIGRATIONS if name not in done]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet applied; returns their names."""
    if not pending(db):
        return []
    ran = []
    with db.atomic():
        if "_migrations" not in db.table_names():
            db.create_table("_migrations", {"name": str, "applied_at": str}, pk="name", strict=True)
        done = set(applied(db))
        for name, fn in MIGRATIONS:
            if name in done:
                continue
            fn(db)
            db.table("_migrations").insert(
                {"name": name, "applied_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
            )
            ran.append(name)
    return ran
