"""Looking after the book's file: checking it and backing it up."""

from __future__ import annotations

from pathlib import Path

from unionrep.app.base import AppService
from unionrep.store import backup, health, schema_search
from unionrep.store.backup import BackupInfo
from unionrep.store.connection import database_path


class MaintenanceService(AppService):
    def check(self) -> health.CheckReport:
        return health.check(self.store.db)

    def backup(self, dest: Path | str | None = None, reason: str = "manual") -> Path:
        return backup.backup(self.store.db, dest, reason=reason)

    def backups(self) -> list[BackupInfo]:
        path = database_path(self.store.db)
        return [] if path is None else backup.list_backups(path)

    def search_index_progress(self) -> float | None:
        """How far the search index an upgrade left to fill has been filled (0 to 1); None when it
        is full, as it is for any book but a big one just upgraded."""
        return schema_search.fill_progress(self.store.db)
