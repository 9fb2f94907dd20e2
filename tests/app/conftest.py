"""The application layer's tests: a new book opened as a Session, and a steward in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionrep.app.session import Session, open_session
from unionrep.core.model import Rep


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    session = open_session(db_path, create=True)
    session.policy.init("denbighshire-2012")
    yield session
    session.store.db.close()


@pytest.fixture
def rep(session: Session) -> Rep:
    rep = session.reps.add(Rep(name="Nia Wyn Edwards")).result
    session.roles.assign(rep.id, "steward", dt.date(2025, 4, 1))
    return rep
