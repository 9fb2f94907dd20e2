"""Schema migrations for the exchange feature (listed in unionrep.store.migrations).

`sync_peers` names this installation (the row with self = 1, made here with a fresh UUID) and the
installations it has exchanged bundles with; `sync_versions` holds, for every record that has
travelled in a bundle, its content hash at the last exchange (NULL once deleted) and its version
vector ({installation id: counter}, JSON); `sync_bundles` lists the bundles made and taken in.
See docs/bundle-format.md for how they decide what changed since the last exchange.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def m003_exchange(db: sqlite_utils.Database) -> None:
    db.create_table(
        "sync_peers",
        {"id": str, "label": str, "self": int, "first_seen": str, "last_import_at": str,
         "last_export_at": str},
        pk="id",
        not_null={"label", "self"},
        defaults={"label": "", "self": 0},
        strict=True,
    )
    # WITHOUT ROWID: an import writes one row per record, and one b-tree is half the work of two
    db.execute(
        "CREATE TABLE sync_versions (id TEXT PRIMARY KEY, tbl TEXT NOT NULL, hash TEXT, "
        "version TEXT NOT NULL) STRICT, WITHOUT ROWID")
    db.create_table(
        "sync_bundles",
        {"id": str, "peer_id": str, "direction": str, "at": str, "records": int},
        pk="id",
        not_null={"peer_id", "direction", "at", "records"},
        foreign_keys=[("peer_id", "sync_peers", "id")],
        strict=True,
    )
    db.execute("CREATE UNIQUE INDEX sync_peers_self ON sync_peers (self) WHERE self = 1")
    db.execute("CREATE INDEX sync_versions_tbl ON sync_versions (tbl)")
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    import uuid  # as core.model.new_id does: not imported at every start for a migration run once

    db.table("sync_peers").insert({"id": str(uuid.uuid4()), "label": "", "self": 1, "first_seen": now})
