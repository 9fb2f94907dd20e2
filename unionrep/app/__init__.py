"""The application layer: a Session (one open book) and its services; both shells call it.

Its names are imported when first asked for, so that a module of the layer (the check at start,
unionrep.app.start) can be imported without all the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unionrep.app.changes import ChangeSet
    from unionrep.app.session import DEFAULT_POLICY, Session, open_session

__all__ = ["DEFAULT_POLICY", "ChangeSet", "Session", "open_session"]


def __getattr__(name: str) -> Any:
    if name == "ChangeSet":
        from unionrep.app import changes

        return changes.ChangeSet
    if name in ("DEFAULT_POLICY", "Session", "open_session"):
        from unionrep.app import session

        return getattr(session, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
