"""What the document command tests share: a rep with one request."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.core.model import Entry, Rep

D = dt.date


@pytest.fixture
def requested(session, db_path):
    """(db_path, rep, entry): a steward with a 2½-hour request for 13 June 2025, notice on 1 June."""
    rep = session.reps.add(Rep(name="Gwenllïan Ŵyn", union_name="UNSAIN Cymru")).result
    session.roles.assign(rep.id, "steward", D(2024, 4, 1))
    entry = session.entries.add(Entry(rep.id, "steward", D(2025, 6, 13), 150, "duties", purpose="Hearing",
                                      notice_on=D(2025, 6, 1), status="requested")).result
    return db_path, rep, entry
