"""The branch folder, as the window and the command line use it: its settings, this installation's
fingerprint, the peers seen and trusted, a round, and the files held back for conflicts.

The engine is unionrep.exchange.sync (docs/bundle-format.md, "Syncing through a shared folder");
this module is what the shells call, so that neither reaches the store itself.
"""

from __future__ import annotations

from pathlib import Path

from unionrep.core.services import Service
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N
from unionrep.exchange.report import ImportPreview
from unionrep.exchange.sync import SyncReport, held_previews, sync_round
from unionrep.exchange.sync_file import fingerprint, own_key, public_bytes
from unionrep.exchange.sync_state import FolderState, Peer, folder_state, peers, set_folder, trust
from unionrep.exchange.versions import self_id

__all__ = ["FolderState", "Peer", "SyncReport", "branch_folder", "held", "own_fingerprint", "round_with",
           "seen_peers", "set_branch_folder", "trust_peer"]


def branch_folder(service: Service) -> FolderState:
    """The branch folder this book syncs with (folder None: none), and its last round."""
    return folder_state(service.store.db)


def set_branch_folder(service: Service, folder: str | None, passphrase: str | None) -> None:
    """Sync with `folder` under the branch `passphrase` (both kept in the book), or (None) stop."""
    with service.store.atomic():
        set_folder(service.store.db, folder, passphrase)


def own_fingerprint(service: Service) -> str:
    """This installation's key's fingerprint, read out to the others when they trust it."""
    store = service.store
    with store.atomic():
        return fingerprint(public_bytes(own_key(store.db, self_id(store.db))))


def seen_peers(service: Service) -> list[Peer]:
    return peers(service.store.db)


def trust_peer(service: Service, key: str) -> Peer:
    """Trust the installation whose id or fingerprint is `key` (seen in the branch folder)."""
    with service.store.atomic():
        return trust(service.store.db, key)


def round_with(service: Service, folder: Path | str, passphrase: str, *, resolve: str | None = None,
               scrypt_n: int = DEFAULT_SCRYPT_N) -> SyncReport:
    """One round with the branch folder."""
    return sync_round(service, folder, passphrase, resolve=resolve, scrypt_n=scrypt_n)


def held(service: Service, folder: Path | str, passphrase: str) -> list[ImportPreview]:
    """The files held back for conflicts, as import previews for the conflicts dialog."""
    return held_previews(service, folder, passphrase)
