"""m023_hours_history carries each rep's single weekly figure into the history, from the start."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from test_migrations import SCHEMAS, load

from unionrep.app.session import open_session


def test_each_reps_single_figure_becomes_their_hours_from_the_start(tmp_path, mode):
    before = next(p for p in SCHEMAS if int(p.stem.removeprefix("schema_v")) == 8)  # the last without it
    session = open_session(load(before, tmp_path / "old.db", mode))  # migrates
    siân, huw = session.reps.find("Siân Ŵyn"), session.reps.find("Huw Llŷr")
    hours = session.reps.hours
    assert [(h.from_on, h.weekly_minutes) for h in hours(siân.id)] == [(dt.date(1990, 1, 1), 1350)]
    assert [(h.from_on, h.weekly_minutes) for h in hours(huw.id)] == [(dt.date(1990, 1, 1), 2220)]
    # Siân, 22.5 h of 37, steward from 1 Sep 2025 (school year 2025/26, all of it held):
    # 100 × 22.5/37 = 60.81, as before the migration
    cap = session.balances.of(siân.id, dt.date(2025, 10, 2)).allowances[0].cap
    assert cap == Fraction(100 * 1350, 2220)
    session.store.db.conn.close()
