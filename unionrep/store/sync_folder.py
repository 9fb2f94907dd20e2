"""The branch folder a book syncs with, and its last round, as kept in the book (table
sync_folder, made by schema_sync): read by the window at every start, so kept apart from the
rounds themselves (exchange.sync), which import the bundles' code and cryptography."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass
class FolderState:
    folder: str | None
    passphrase: str | None
    last_seq: int
    last_round_at: str | None
    last_round: dict[str, Any] | None


def folder_state(db: Any) -> FolderState:
    row = db.execute("SELECT folder, passphrase, last_seq, last_round_at, last_round FROM sync_folder "
                     "WHERE id = 1").fetchone()
    if row is None:
        return FolderState(None, None, 0, None, None)
    return FolderState(row[0], row[1], row[2], row[3], json.loads(row[4]) if row[4] else None)
