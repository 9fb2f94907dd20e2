"""The policy profile of a book: created with the book, changed one setting at a time or whole."""

from __future__ import annotations

from typing import Any

from unionrep.app.base import AppService
from unionrep.app.changes import ChangeSet
from unionrep.app.session import DEFAULT_POLICY
from unionrep.core.errors import ProfileError
from unionrep.core.policy import Profile, profile_from_data, set_value, shipped_profile_data, to_jsonable


class PolicyService(AppService):
    def init(self, policy_id: str = DEFAULT_POLICY) -> ChangeSet[Profile]:
        """Give a new book the shipped profile `policy_id`."""
        data = to_jsonable(shipped_profile_data(policy_id))
        profile = profile_from_data(data)
        with self.session.change("policy.init") as change:
            self.store.set_policy_data(policy_id, data)
            self.session._profile = profile
            change.result = profile
        return change

    def data(self) -> dict[str, Any]:
        stored = self.store.policy_data()
        if stored is None:
            raise ProfileError("policy", "this database has no policy profile; run 'unionrep-cli init'")
        return stored[1]

    def stored(self) -> tuple[str, dict[str, Any]] | None:
        """The active profile's id and data, or None in a book without one."""
        return self.store.policy_data()

    def set(self, key: str, value_text: str) -> ChangeSet[Profile]:
        stored = self.store.policy_data()
        if stored is None:
            raise ProfileError("policy", "this database has no policy profile")
        new = set_value(stored[1], key, value_text)
        profile = profile_from_data(new)
        with self.session.change("policy.set") as change:
            self.store.set_policy_data(stored[0], new)
            self.session._profile = profile
            change.result = profile
        return change

    def replace(self, profile_id: str, data: dict[str, Any]) -> ChangeSet[Profile]:
        """Replace the whole profile (after validating it) — used by the settings view."""
        profile = profile_from_data(to_jsonable(data))
        with self.session.change("policy.replace") as change:
            self.store.set_policy_data(profile_id, to_jsonable(data))
            self.session._profile = profile
            change.result = profile
        return change
