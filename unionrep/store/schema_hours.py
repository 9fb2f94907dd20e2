"""Contracted weekly hours that change: `rep_hours` holds each rep's hours from a date (RULES §1).

The migration carries each rep's single figure into the history as their hours from the start
(1990-01-01, the earliest day the ledger takes), so every balance reads as it did before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from unionrep.core.model import new_id, now_iso

if TYPE_CHECKING:
    import sqlite_utils

FROM_THE_START = "1990-01-01"


def m023_hours_history(db: sqlite_utils.Database) -> None:
    db.create_table(
        "rep_hours",
        {"id": str, "rep_id": str, "from_on": str, "weekly_minutes": int, "created_at": str,
         "updated_at": str},
        pk="id",
        not_null={"rep_id", "from_on", "weekly_minutes"},
        foreign_keys=[("rep_id", "reps", "id")],
        strict=True,
    )
    db.execute("CREATE UNIQUE INDEX rep_hours_rep_from ON rep_hours (rep_id, from_on)")
    at = now_iso()
    db.table("rep_hours").insert_all(
        {"id": new_id(), "rep_id": rep_id, "from_on": FROM_THE_START, "weekly_minutes": minutes,
         "created_at": at, "updated_at": at}
        for rep_id, minutes in db.execute("SELECT id, weekly_minutes FROM reps").fetchall()
    )
