"""Schema migrations for the disputes feature (listed in unionrep.store.migrations).

A dispute is a refusal of time off (clause 21) or a complaint about operating the agreement (22.1);
its stages are the steps of the ladder it has climbed. Both tables are STRICT with UUID text keys,
and the CHECK constraints repeat the rules unionrep.core.disputes enforces, so a row written by any
other route cannot break them either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def m002_disputes(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE disputes (
            id TEXT PRIMARY KEY,
            rep_id TEXT NOT NULL REFERENCES reps (id),
            entry_id TEXT REFERENCES entries (id),
            kind TEXT NOT NULL CHECK (kind IN ('refusal', 'complaint')),
            failure_on TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '',
            alternative TEXT NOT NULL DEFAULT '',
            people TEXT NOT NULL DEFAULT '',
            stage INTEGER NOT NULL DEFAULT 0 CHECK (stage BETWEEN 0 AND 3),
            outcome TEXT CHECK (outcome IN ('resolved', 'withdrawn', 'claim-lodged', 'out-of-time')),
            acas_day_a TEXT,
            acas_day_b TEXT,
            opened_on TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT,
            updated_at TEXT,
            CHECK (kind = 'refusal' OR stage <= 1),
            CHECK (acas_day_b IS NULL OR (acas_day_a IS NOT NULL AND acas_day_b >= acas_day_a))
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE dispute_stages (
            id TEXT PRIMARY KEY,
            dispute_id TEXT NOT NULL REFERENCES disputes (id),
            number INTEGER NOT NULL CHECK (number BETWEEN 0 AND 3),
            raised_on TEXT NOT NULL,
            to_whom TEXT NOT NULL DEFAULT '',
            response_due TEXT NOT NULL,
            response_on TEXT,
            response TEXT NOT NULL DEFAULT '',
            outcome TEXT CHECK (outcome IN ('resolved', 'withdrawn', 'claim-lodged', 'out-of-time')),
            created_at TEXT,
            updated_at TEXT,
            CHECK (response_due >= raised_on),
            CHECK (response_on IS NULL OR response_on >= raised_on)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX disputes_rep ON disputes (rep_id, failure_on)")
    db.execute("CREATE INDEX disputes_entry ON disputes (entry_id) WHERE entry_id IS NOT NULL")
    db.execute("CREATE INDEX disputes_open ON disputes (outcome, failure_on)")
    db.execute("CREATE UNIQUE INDEX dispute_stages_number ON dispute_stages (dispute_id, number)")
