"""What a database remembers of its branch folder: peers seen and trusted, how far each peer's files
have been applied, the folder itself and the last round (tables of store/schema_sync.py)."""

from __future__ import annotations

import base64
import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from unionrep.core.errors import ValidationError
from unionrep.core.model import new_id, now_iso
from unionrep.exchange.rows import AUDIT_SQL
from unionrep.exchange.sync_file import fingerprint, plain_fingerprint


@dataclass(frozen=True)
class Peer:
    id: str
    label: str
    fingerprint: str
    trusted: bool
    public_key: bytes

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "fingerprint": self.fingerprint, "trusted": self.trusted}


def peers(db: sqlite_utils.Database) -> list[Peer]:
    rows = db.execute("SELECT id, label, fingerprint, trusted, public_key FROM sync_trust "
                      "ORDER BY trusted DESC, label, id").fetchall()
    return [Peer(r[0], r[1], r[2], bool(r[3]), base64.b64decode(r[4])) for r in rows]


def trusted_key(db: sqlite_utils.Database, peer_id: str) -> bytes | None:
    row = db.execute("SELECT public_key FROM sync_trust WHERE id = ? AND trusted = 1", [peer_id]).fetchone()
    return None if row is None else base64.b64decode(row[0])


def seen(db: sqlite_utils.Database, peer_id: str, label: str, public_key: bytes) -> None:
    """Remember a peer's key as seen (not trusted); the key of a trusted peer is never replaced."""
    key = base64.b64encode(public_key).decode("ascii")
    row = db.execute("SELECT public_key, trusted, label FROM sync_trust WHERE id = ?", [peer_id]).fetchone()
    if row is not None and (row[1] or (row[0] == key and row[2] == label)):
        return
    db.execute("INSERT INTO sync_trust (id, label, public_key, fingerprint, trusted, seen_at) "
               "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (id) DO UPDATE SET label = excluded.label, "
               "public_key = excluded.public_key, fingerprint = excluded.fingerprint, "
               "seen_at = excluded.seen_at", [peer_id, label, key, fingerprint(public_key), now_iso()])


def trust(db: sqlite_utils.Database, key: str) -> Peer:
    """Trust the peer whose id, or whose key's fingerprint, is `key` (it must have been seen)."""
    peer = _find(db, key)
    at = now_iso()
    db.execute("UPDATE sync_trust SET trusted = 1, trusted_at = ? WHERE id = ?", [at, peer.id])
    if not peer.trusted:
        _audit_trust(db, peer, True, at)
    return dataclasses.replace(peer, trusted=True)


def untrust(db: sqlite_utils.Database, key: str) -> Peer:
    """Withdraw trust from the peer whose id or fingerprint is `key`: its files are skipped from now
    on, as a peer's never trusted; what was applied from it stays. Its key is kept, so that trusting
    it again takes the same key; a new key under its id is remembered as seen, and waits to be
    trusted like any other."""
    peer = _find(db, key)
    if not peer.trusted:
        raise ValidationError("peer", "{key} is not trusted here: there is no trust to withdraw", key=key)
    db.execute("UPDATE sync_trust SET trusted = 0 WHERE id = ?", [peer.id])
    _audit_trust(db, peer, False, now_iso())
    return dataclasses.replace(peer, trusted=False)


def _find(db: sqlite_utils.Database, key: str) -> Peer:
    wanted = key.strip().lower()
    printed = plain_fingerprint(key)
    found = [p for p in peers(db)
             if p.id == wanted or (len(printed) >= 9 and p.fingerprint.startswith(printed))]
    if not found:
        raise ValidationError("peer", "no installation with the id or fingerprint {key} has been seen in the "
                                      "branch folder (run unionrep-cli sync FOLDER first)", key=key)
    if len(found) > 1:
        raise ValidationError("peer", "{key} fits more than one installation: give the whole fingerprint",
                              key=key)
    return found[0]


def _audit_trust(db: sqlite_utils.Database, peer: Peer, trusted: bool, at: str) -> None:
    """Which installation was trusted or no longer trusted, when, and its key's fingerprint then (a
    new key may replace it later): in the book's audit trail, field `trusted <fingerprint>`."""
    db.execute(AUDIT_SQL, [new_id(), at, "sync_trust", peer.id, f"trusted {peer.fingerprint}",
                           str(int(not trusted)), str(int(trusted))])


def applied(db: sqlite_utils.Database) -> dict[str, int]:
    """How far each peer's numbered files have been applied here."""
    return {r[0]: r[1] for r in db.execute("SELECT peer_id, seq FROM sync_applied WHERE seq > 0")}


def applied_upto(db: sqlite_utils.Database, peer_id: str) -> int:
    row = db.execute("SELECT seq FROM sync_applied WHERE peer_id = ?", [peer_id]).fetchone()
    return 0 if row is None else int(row[0])


def set_applied(db: sqlite_utils.Database, peer_id: str, seq: int) -> None:
    db.execute("INSERT INTO sync_applied (peer_id, seq, held_seq, held_conflicts) VALUES (?, ?, NULL, 0) "
               "ON CONFLICT (peer_id) DO UPDATE SET seq = excluded.seq, held_seq = NULL, held_conflicts = 0",
               [peer_id, seq])


def hold(db: sqlite_utils.Database, peer_id: str, seq: int, conflicts: int) -> None:
    db.execute("INSERT INTO sync_applied (peer_id, seq, held_seq, held_conflicts) VALUES (?, 0, ?, ?) "
               "ON CONFLICT (peer_id) DO UPDATE SET held_seq = excluded.held_seq, "
               "held_conflicts = excluded.held_conflicts", [peer_id, seq, conflicts])


def held(db: sqlite_utils.Database) -> dict[str, int]:
    """Each peer whose file is held back for conflicts, and that file's number."""
    return {r[0]: r[1] for r in db.execute("SELECT peer_id, held_seq FROM sync_applied "
                                           "WHERE held_seq IS NOT NULL")}


def _upsert(db: sqlite_utils.Database, column: str, value: Any) -> None:
    db.execute(f"INSERT INTO sync_folder (id, {column}) VALUES (1, ?) "
               f"ON CONFLICT (id) DO UPDATE SET {column} = excluded.{column}", [value])


def set_last_seq(db: sqlite_utils.Database, seq: int) -> None:
    _upsert(db, "last_seq", seq)


def set_folder(db: sqlite_utils.Database, folder: str | None, passphrase: str | None) -> None:
    """The branch folder the app syncs with, and the branch passphrase (kept in this database)."""
    _upsert(db, "folder", folder)
    _upsert(db, "passphrase", passphrase)


def new_identity(db: sqlite_utils.Database) -> None:
    """Under a new installation id the branch folder holds nothing of this installation yet: its
    files start again from number 1, the first holding everything. The old identity's signing key
    goes: a copied database must not sign as the installation it was copied from."""
    set_last_seq(db, 0)
    db.execute("DELETE FROM sync_sent")
    db.execute("DELETE FROM sync_keys")


def record_round(db: sqlite_utils.Database, outcome: dict[str, Any]) -> None:
    _upsert(db, "last_round_at", now_iso())
    _upsert(db, "last_round", json.dumps(outcome, ensure_ascii=False))
