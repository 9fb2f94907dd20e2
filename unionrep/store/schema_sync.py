"""Schema migration for syncing through the branch's shared folder (docs/bundle-format.md, "Sync").

`sync_keys` holds each installation id's Ed25519 signing key (raw bytes, base64), kept in the
database so that it is exactly as safe as the records it signs; `sync_trust` every other
installation whose files have been seen in a branch folder, with the public key they were signed
with and whether the user trusts it; `sync_sent` the counter of this installation in each record's
version when it last went out in a sync file (what changed since is the next file);
`sync_applied` how far each peer's numbered files have been applied, and the file held back for
conflicts; `sync_folder` the one branch folder (where, its passphrase, this installation's last file
number, and the last round's outcome as JSON for the status bar).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def m024_sync_folder(db: sqlite_utils.Database) -> None:
    db.create_table(
        "sync_keys",
        {"id": str, "private_key": str, "public_key": str, "created_at": str},
        pk="id", not_null={"private_key", "public_key", "created_at"}, strict=True,
    )
    db.create_table(
        "sync_trust",
        {"id": str, "label": str, "public_key": str, "fingerprint": str, "trusted": int, "seen_at": str,
         "trusted_at": str},
        pk="id", not_null={"label", "public_key", "fingerprint", "trusted", "seen_at"},
        defaults={"label": "", "trusted": 0}, strict=True,
    )
    db.execute("CREATE TABLE sync_sent (id TEXT PRIMARY KEY, counter INTEGER NOT NULL) STRICT, WITHOUT ROWID")
    db.create_table(
        "sync_applied",
        {"peer_id": str, "seq": int, "held_seq": int, "held_conflicts": int},
        pk="peer_id", not_null={"seq", "held_conflicts"}, defaults={"seq": 0, "held_conflicts": 0},
        strict=True,
    )
    db.create_table(
        "sync_folder",
        {"id": int, "folder": str, "passphrase": str, "last_seq": int, "last_round_at": str,
         "last_round": str},
        pk="id", not_null={"last_seq"}, defaults={"last_seq": 0}, strict=True,
    )
