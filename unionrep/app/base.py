"""What every service of a Session shares: the session, its store and its profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from unionrep.store.records import Store

if TYPE_CHECKING:
    from unionrep.app.session import Session
    from unionrep.core.policy import Profile


class AppService:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def store(self) -> Store:
        return self.session.store

    @property
    def profile(self) -> Profile:
        return self.session.profile
