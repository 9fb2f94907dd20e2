"""The branch folder (`session.sync`), as the window and the command line use it: its settings, this
installation's fingerprint, the peers seen and trusted, a round, and the files held for conflicts.

The engine is unionrep.exchange.sync (docs/bundle-format.md, "Syncing through a shared folder").
A round writes many rows at once through the exchange's audited writer, as an import does; it is
not a step of the undo history.
"""

from __future__ import annotations

from pathlib import Path

from unionrep.app.base import AppService
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N
from unionrep.exchange.report import ImportPreview
from unionrep.exchange.rows import checkpoint
from unionrep.exchange.sync import SyncReport, held_previews, sync_round
from unionrep.exchange.sync_file import fingerprint, own_key, public_bytes
from unionrep.exchange.sync_state import (
    Peer,
    new_identity,
    peers,
    set_folder,
    trust,
    untrust,
)
from unionrep.exchange.versions import self_id
from unionrep.store.sync_folder import FolderState, folder_state

__all__ = ["FolderState", "Peer", "SyncReport", "SyncService"]


class SyncService(AppService):
    def folder(self) -> FolderState:
        """The branch folder this book syncs with (folder None: none), and its last round."""
        return folder_state(self.store.db)

    def set_folder(self, folder: str | None, passphrase: str | None) -> None:
        """Sync with `folder` under the branch `passphrase` (both kept in the book), or (None) stop."""
        with self.store.atomic():
            set_folder(self.store.db, folder, passphrase)

    def fingerprint(self) -> str:
        """This installation's key's fingerprint, read out to the others when they trust it."""
        db = self.store.db
        with self.store.atomic():
            return fingerprint(public_bytes(own_key(db, self_id(db))))

    def new_identity(self) -> None:
        """After `exchange identity --new`: the new identity's files start from number 1, holding
        everything, and the old identity's signing key goes."""
        with self.store.atomic():
            new_identity(self.store.db)

    def peers(self) -> list[Peer]:
        return peers(self.store.db)

    def trust(self, key: str) -> Peer:
        """Trust the installation whose id or fingerprint is `key` (seen in the branch folder)."""
        with self.store.atomic():
            return trust(self.store.db, key)

    def untrust(self, key: str) -> Peer:
        """Withdraw trust from the installation whose id or fingerprint is `key` (a stolen or retired
        laptop): its files are skipped from the next round on; what was applied from it stays.

        Not a step of the undo history, as trusting is not: undoing it would trust a stolen laptop
        again behind the user's back. Trusting it again (`trust`) is the way back, and both are in
        the audit trail."""
        with self.store.atomic():
            return untrust(self.store.db, key)

    def round(self, folder: Path | str, passphrase: str, *, resolve: str | None = None,
              scrypt_n: int = DEFAULT_SCRYPT_N) -> SyncReport:
        """One round with the branch folder."""
        report = sync_round(self.session, folder, passphrase, resolve=resolve, scrypt_n=scrypt_n)
        if report.received:
            self.session.forget_profile()
            checkpoint(self.store.db.conn)  # the imports' commits leave that to their caller
        return report

    def held(self, folder: Path | str, passphrase: str) -> list[ImportPreview]:
        """The files held back for conflicts, as import previews for the conflicts dialog."""
        return held_previews(self.session, folder, passphrase)
