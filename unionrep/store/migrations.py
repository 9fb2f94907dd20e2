"""Registered schema migrations. Each runs once, in order, inside one transaction.

Add a new function with @migration at the end; never edit one that has shipped. Every table is
STRICT with a UUID text primary key so that laptops can merge their records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    # In the order of their numbers (the order they shipped), whichever schema module is imported
    # first: one imported on its own (store.health imports schema_totals) runs this module, and so
    # registers the modules imported at its end, before its own migrations.
    MIGRATIONS.sort(key=lambda named: named[0])
    return fn


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


@migration
def m001_ledger(db: sqlite_utils.Database) -> None:
    db.create_table("meta", {"key": str, "value": str}, pk="key", strict=True)
    db.create_table(
        "policy",
        {"id": str, "profile_id": str, "data": str, "updated_at": str},
        pk="id",
        not_null={"profile_id", "data"},
        strict=True,
    )
    db.create_table(
        "reps",
        {
            "id": str, "name": str, "employee_no": str, "job": str, "department": str,
            "workplace": str, "union_name": str, "email": str,
            "weekly_minutes": int, "full_time_minutes": int,
            "school": int, "academic_start": str, "scp": int, "hourly_rate_pence": int,
            "manager": str, "manager_email": str, "head_of_service": str,
            "head_of_service_email": str, "ended_on": str, "notes": str,
            "created_at": str, "updated_at": str,
        },
        pk="id",
        not_null={"name", "weekly_minutes", "full_time_minutes", "school"},
        strict=True,
    )
    db.create_table(
        "assignments",
        {
            "id": str, "rep_id": str, "role": str, "start_on": str, "end_on": str,
            "notified_on": str, "secondment_percent": str, "notes": str,
            "created_at": str, "updated_at": str,
        },
        pk="id",
        not_null={"rep_id", "role", "start_on"},
        foreign_keys=[("rep_id", "reps", "id")],
        strict=True,
    )
    db.create_table(
        "entries",
        {
            "id": str, "rep_id": str, "role": str, "date": str, "start_time": str,
            "end_time": str, "minutes": int, "category": str, "paid": int, "purpose": str,
            "location": str, "notice_on": str, "status": str, "case_ref": str,
            "conference": int, "political": int, "notes": str,
            "created_at": str, "updated_at": str,
        },
        pk="id",
        not_null={"rep_id", "role", "date", "minutes", "category", "paid", "status"},
        foreign_keys=[("rep_id", "reps", "id")],
        strict=True,
    )
    db.create_table(
        "extensions",
        {
            "id": str, "rep_id": str, "role": str, "case_ref": str, "extra_minutes": int,
            "agreed_on": str, "agreed_by": str, "review_on": str, "notes": str,
            "created_at": str, "updated_at": str,
        },
        pk="id",
        not_null={"rep_id", "role", "extra_minutes", "agreed_on"},
        foreign_keys=[("rep_id", "reps", "id")],
        strict=True,
    )
    db.create_table(
        "toil",
        {
            "id": str, "rep_id": str, "date": str, "kind": str, "minutes": int,
            "reason": str, "entry_id": str, "created_at": str, "updated_at": str,
        },
        pk="id",
        not_null={"rep_id", "date", "kind", "minutes"},
        foreign_keys=[("rep_id", "reps", "id")],
        strict=True,
    )
    db.create_table(
        "audit",
        {"id": str, "at": str, "tbl": str, "row_id": str, "field": str, "old": str, "new": str},
        pk="id",
        not_null={"at", "tbl", "row_id", "field"},
        strict=True,
    )
    db.create_table(
        "tombstones",
        {"id": str, "tbl": str, "deleted_at": str},
        pk="id",
        not_null={"tbl", "deleted_at"},
        strict=True,
    )
    db.execute("CREATE INDEX entries_rep_date ON entries (rep_id, date)")
    db.execute("CREATE INDEX entries_date ON entries (date)")
    db.execute("CREATE INDEX entries_status ON entries (status, date)")
    db.execute("CREATE INDEX assignments_rep ON assignments (rep_id)")
    db.execute("CREATE INDEX extensions_rep ON extensions (rep_id)")
    db.execute("CREATE INDEX toil_rep ON toil (rep_id, date)")
    db.execute("CREATE INDEX audit_row ON audit (row_id, at)")
    db.execute("CREATE UNIQUE INDEX reps_employee_no ON reps (employee_no) WHERE employee_no <> ''")


# Feature schemas live in modules of their own, imported here in the order they shipped.
# Each module's @migration functions append to MIGRATIONS; names are unique across modules.
from unionrep.store import schema_disputes, schema_exchange, schema_reliability, schema_totals  # noqa: E402, F401, I001
from unionrep.store import schema_sync  # noqa: E402, F401
