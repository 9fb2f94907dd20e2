"""The dashboard's first build, for the window's first paint: a screenful of cards and the
balances' own flags; the rest of the cards and the entries' and disputes' flags just after it."""

from __future__ import annotations

import datetime as dt

from unionrep.core.model import Entry
from unionrep.gui.views import dashboard as dashboard_mod
from unionrep.gui.views.dashboard import DashboardView


def _card_order(dashboard: DashboardView) -> list[str]:
    """The reps of the cards as the layout holds them, top to bottom."""
    layout = dashboard.cards_layout
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w.balance.rep.id for w in widgets if w is not None and hasattr(w, "balance")]


def test_the_first_build_puts_off_what_the_first_paint_does_not_show(make_rep, session, ctx, qtbot) -> None:
    reps = [make_rep(f"Rep {n:02d}") for n in range(12)]  # 12 reps: 8 cards before the paint, 4 after
    session.entries.add(Entry(reps[0].id, "steward", dt.date(2025, 12, 4), 120, "duties",
                              notice_on=dt.date(2025, 11, 8), status="requested", purpose="Branch committee"))
    dashboard = DashboardView(ctx)
    qtbot.addWidget(dashboard)
    closest = [b.rep.id for b in dashboard.balances]
    assert len(closest) == 12
    assert dashboard_mod.FIRST_CARDS == 8
    assert [c.balance.rep.id for c in dashboard.cards] == closest[:8] == _card_order(dashboard)
    assert dashboard.flags_pending
    assert not any(f.code == "pending_request" for f in dashboard.flags)
    last_row = dashboard.attention.item(dashboard.attention.count() - 1).text()
    assert last_row == "Checking requests, entries and disputes…"

    with qtbot.waitSignal(dashboard.flags_ready, timeout=5000):
        dashboard.show()
    qtbot.waitUntil(lambda: len(dashboard.cards) == 12, timeout=5000)
    # the four after the paint go below the first eight, in the same closest-first order
    assert [c.balance.rep.id for c in dashboard.cards] == closest == _card_order(dashboard)
    assert not dashboard.flags_pending
    request = next(f for f in dashboard.flags if f.code == "pending_request")
    shown = [dashboard.attention.item(i).text() for i in range(dashboard.attention.count())]
    assert request.text("en") in shown
    assert "Checking requests, entries and disputes…" not in shown

    # a later refresh (after a change) shows everything at once, as before
    dashboard.refresh()
    assert len(dashboard.cards) == 12 and not dashboard.flags_pending
    assert any(f.code == "pending_request" for f in dashboard.flags)


def test_a_refresh_before_the_first_paint_drops_the_first_builds_rest(make_rep, ctx, qtbot) -> None:
    for n in range(10):
        make_rep(f"Rep {n:02d}")
    dashboard = DashboardView(ctx)
    qtbot.addWidget(dashboard)
    assert len(dashboard.cards) == 8
    dashboard.refresh()  # everything now, and nothing added twice once the window is painted
    assert len(dashboard.cards) == 10 and not dashboard.flags_pending
    dashboard.show()
    qtbot.waitExposed(dashboard)
    qtbot.wait(50)
    assert len(dashboard.cards) == 10 == len(_card_order(dashboard))
