"""The ledger's first schema: settings, the policy profile, reps, roles, entries, extensions, TOIL,
the audit trail and the tombstones of deleted rows. Every table is STRICT with a UUID text key."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



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
