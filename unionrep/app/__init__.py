"""The application layer: a Session (one open book) and its services; both shells call it."""

from __future__ import annotations

from unionrep.app.changes import ChangeSet
from unionrep.app.session import DEFAULT_POLICY, Session, open_session

__all__ = ["DEFAULT_POLICY", "ChangeSet", "Session", "open_session"]
