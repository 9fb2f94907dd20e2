"""Session: one open book (database) and its services, one per aggregate (as Anki's Collection
with its managers): `session.reps.add(...)`, `session.entries.delete(...)`, `session.history.undo()`.

Every write goes through a service, inside `Session.change`, which runs it in one transaction and
returns a ChangeSet of the rows it touched; the change is remembered so it can be undone.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep.app.changes import ChangeSet
from unionrep.core.errors import ProfileError
from unionrep.core.model import new_id, now_iso
from unionrep.store.dbapi import database_now
from unionrep.store.records import Store

if TYPE_CHECKING:
    from unionrep.app.balances import BalanceService
    from unionrep.app.disputes import DisputeService
    from unionrep.app.documents import DocumentService
    from unionrep.app.entries import EntryService
    from unionrep.app.exchange import ExchangeService
    from unionrep.app.first_screen import FirstScreenService
    from unionrep.app.history import HistoryService
    from unionrep.app.maintenance import MaintenanceService
    from unionrep.app.policy import PolicyService
    from unionrep.app.reps import RepService
    from unionrep.app.roles import RoleService
    from unionrep.app.settings import SettingsService
    from unionrep.app.sync import SyncService
    from unionrep.core.policy import Profile
    from unionrep.store.changelog import ChangeLog
    from unionrep.store.log_query import LogQueries
    from unionrep.store.queries import Queries

__all__ = ["DEFAULT_POLICY", "Session", "open_session"]

DEFAULT_POLICY = "denbighshire-2012"  # the profile a new book is made with, unless another is chosen

# Actions that are not steps of the undo history: creating the book (its profile) is not taken back.
NOT_UNDOABLE = frozenset({"policy.init"})


class Session:
    """One open database, the rules of its active policy profile, and the services over them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._profile: Profile | None = None
        self._open: ChangeSet[Any] | None = None

    # Each service is made, and its module imported, when first asked for: a window's first paint
    # asks only for the balances, and the documents, bundles and rounds import reportlab and the
    # bundles' code.

    @functools.cached_property
    def log(self) -> ChangeLog:
        from unionrep.store.changelog import ChangeLog

        return ChangeLog(self.store.db)

    @functools.cached_property
    def reps(self) -> RepService:
        from unionrep.app.reps import RepService

        return RepService(self)

    @functools.cached_property
    def roles(self) -> RoleService:
        from unionrep.app.roles import RoleService

        return RoleService(self)

    @functools.cached_property
    def entries(self) -> EntryService:
        from unionrep.app.entries import EntryService

        return EntryService(self)

    @functools.cached_property
    def balances(self) -> BalanceService:
        from unionrep.app.balances import BalanceService

        return BalanceService(self)

    @functools.cached_property
    def first_screen(self) -> FirstScreenService:
        from unionrep.app.first_screen import FirstScreenService

        return FirstScreenService(self)

    @functools.cached_property
    def disputes(self) -> DisputeService:
        from unionrep.app.disputes import DisputeService

        return DisputeService(self)

    @functools.cached_property
    def policy(self) -> PolicyService:
        from unionrep.app.policy import PolicyService

        return PolicyService(self)

    @functools.cached_property
    def settings(self) -> SettingsService:
        from unionrep.app.settings import SettingsService

        return SettingsService(self)

    @functools.cached_property
    def maintenance(self) -> MaintenanceService:
        from unionrep.app.maintenance import MaintenanceService

        return MaintenanceService(self)

    @functools.cached_property
    def history(self) -> HistoryService:
        from unionrep.app.history import HistoryService

        return HistoryService(self)

    @functools.cached_property
    def documents(self) -> DocumentService:
        from unionrep.app.documents import DocumentService

        return DocumentService(self)

    @functools.cached_property
    def exchange(self) -> ExchangeService:
        from unionrep.app.exchange import ExchangeService

        return ExchangeService(self)

    @functools.cached_property
    def sync(self) -> SyncService:
        from unionrep.app.sync import SyncService

        return SyncService(self)

    # -- the book and its profile ----------------------------------------------------------------

    @property
    def initialised(self) -> bool:
        return self.store.policy_data() is not None

    @property
    def profile(self) -> Profile:
        if self._profile is None:
            stored = self.store.policy_data()
            if stored is None:
                raise ProfileError("policy", "this database has no policy profile; run 'unionrep-cli init'")
            from unionrep.core.policy import profile_from_data  # the rules: not needed for a first paint

            self._profile = profile_from_data(stored[1])
        return self._profile

    @functools.cached_property
    def queries(self) -> Queries:
        """The typed reads the windows make (years with entries, counts, settings)."""
        from unionrep.store.queries import Queries

        return Queries(self.store)

    @functools.cached_property
    def log_queries(self) -> LogQueries:
        """The log's pages, counts and positions (for the lazy table): asked for when the log is
        first shown, so a start that paints the dashboard does not import the log's reads."""
        from unionrep.store.log_query import LogQueries

        return LogQueries(self.store.db.conn)

    def finish_opening(self) -> None:
        """What opening the book put off so that a window paints sooner, done now: sqlite-utils
        made over its connection (store.dbapi.UntilNeeded)."""
        database_now(self.store.db)

    def close(self) -> None:
        """Close the book's connection (the Session holds cycles with its services, so it is not
        closed as soon as the last reference goes)."""
        self.store.db.close()

    def forget_profile(self) -> None:
        """Read the profile afresh next time (it was written, or an undo put an older one back)."""
        self._profile = None

    # -- writing -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def change(self, action: str) -> Iterator[ChangeSet[Any]]:
        """Run one user action's writes in one transaction, collecting every row they touch into
        the ChangeSet yielded, and remember it for undo. A write made inside another action's
        (one service calling another) is part of that action: its own ChangeSet stays empty."""
        if self._open is not None:
            yield ChangeSet(new_id(), action, now_iso())
            return
        changeset: ChangeSet[Any] = ChangeSet(new_id(), action, now_iso())
        self._open = changeset
        try:
            with self.store.atomic(), self.store.recording() as touched:
                yield changeset
                changeset.rows = tuple(touched)
                if touched and action not in NOT_UNDOABLE:
                    self.log.add(changeset.id, changeset.at, action, changeset.kinds, touched)
        finally:
            self._open = None


def open_session(path: Path | str, *, create: bool = False, passphrase: str | None = None,
                 prompt: Any = None) -> Session:
    from unionrep.store.connection import connect

    return Session(Store(connect(path, create=create, passphrase=passphrase, prompt=prompt)))
