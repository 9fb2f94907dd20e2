"""m023_hours_history carries each rep's single weekly figure into the history, from the start."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from test_migrations import SCHEMAS, load

from unionrep.app.facade import open_service


def test_each_reps_single_figure_becomes_their_hours_from_the_start(tmp_path, mode):
    before = next(p for p in SCHEMAS if int(p.stem.removeprefix("schema_v")) == 8)  # the last without it
    service = open_service(load(before, tmp_path / "old.db", mode))  # migrates
    siân, huw = service.find_rep("Siân Ŵyn"), service.find_rep("Huw Llŷr")
    assert [(h.from_on, h.weekly_minutes) for h in service.hours(siân.id)] == [(dt.date(1990, 1, 1), 1350)]
    assert [(h.from_on, h.weekly_minutes) for h in service.hours(huw.id)] == [(dt.date(1990, 1, 1), 2220)]
    # Siân, 22.5 h of 37, steward from 1 Sep 2025 (school year 2025/26, all of it held):
    # 100 × 22.5/37 = 60.81, as before the migration
    cap = service.balance(siân.id, dt.date(2025, 10, 2)).allowances[0].cap
    assert cap == Fraction(100 * 1350, 2220)
    service.store.db.conn.close()
