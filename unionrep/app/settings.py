"""The book's own settings (the `meta` table): the user's details and what the documents print."""

from __future__ import annotations

from unionrep.app.base import AppService
from unionrep.app.changes import ChangeSet
from unionrep.core.settings import SETTINGS, check_setting


class SettingsService(AppService):
    def get(self, key: str) -> str:
        """A setting's value, "" where it is not set."""
        return self.store.meta(key) or ""

    def all(self) -> dict[str, str]:
        """Every declared setting and its value ("" where it is not set)."""
        return {key: self.get(key) for key in SETTINGS}

    def set(self, key: str, value: str) -> ChangeSet[str]:
        """Check `value` against the setting's rule and store it; the result is what was stored.
        Nothing is written on bad input."""
        kept = check_setting(key, value)
        return self.put(key, kept, action="setting.set")

    def put_many(self, values: dict[str, str], action: str = "meta.set") -> ChangeSet[dict[str, str]]:
        """Store several values the caller has checked as one change (a first run's union, branch
        and e-mail)."""
        with self.session.change(action) as change:
            for key, value in values.items():
                self.store.set_meta(key, value)
            change.result = dict(values)
        return change

    def put(self, key: str, value: str, action: str = "meta.set") -> ChangeSet[str]:
        """Store a value the caller has checked (the mode, the user's details, the backups kept)."""
        with self.session.change(action) as change:
            self.store.set_meta(key, value)
            change.result = value
        return change
