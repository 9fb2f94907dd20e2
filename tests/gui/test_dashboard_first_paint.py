"""The dashboard's first build, for the window's first paint: a screenful of cards and the
balances' own flags; the rest of the cards and the entries' and disputes' flags just after it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from fractions import Fraction

import pytest

from unionrep.app import first_screen
from unionrep.app.balances import BalanceService
from unionrep.app.first_screen import Summary
from unionrep.core.balance import Balance
from unionrep.core.model import Entry
from unionrep.gui import kept_screen
from unionrep.gui.views import dashboard as dashboard_mod
from unionrep.gui.views.dashboard import DashboardView
from unionrep.gui.widgets.allowance_bar import BarData
from unionrep.gui.widgets.balance_card import CardData, card_data
from unionrep.store.kept import read_kept


def _card_order(dashboard: DashboardView) -> list[str]:
    """The reps of the cards as the layout holds them, top to bottom."""
    layout = dashboard.cards_layout
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w.data.rep_id for w in widgets if w is not None and hasattr(w, "data")]


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


def _keep_first_screen(ctx) -> None:
    kept_screen.keep(ctx, dashboard_mod.FIRST_CARDS)
    asked = kept_screen.question(ctx.lang, dashboard_mod.FIRST_CARDS)
    assert ctx.session.first_screen.kept_on(asked) == ctx.today()


def _cards_of(ctx, balances: list[Balance]) -> list[CardData]:
    return [card_data(b, ctx.session.profile, ctx.lang) for b in balances]


def test_a_kept_first_screen_is_painted_without_working_out_every_balance(make_rep, ctx, qtbot,
                                                                            monkeypatch) -> None:
    for n in range(10):
        make_rep(f"Rep {n:02d}")
    _keep_first_screen(ctx)  # as the end of the last session left it
    every = ctx.session.balances.every(ctx.today(), ctx.lang)
    asked: list[tuple[dt.date, bool]] = []  # (the day, on the GUI thread)
    real_every = BalanceService.every

    def counted(service: BalanceService, on: dt.date, lang: str | None = None) -> list[Balance]:
        asked.append((on, threading.current_thread() is threading.main_thread()))
        return real_every(service, on, lang)

    monkeypatch.setattr(BalanceService, "every", counted)

    dashboard = DashboardView(ctx)
    qtbot.addWidget(dashboard)
    assert asked == []  # nothing worked out before the first paint
    assert [c.data for c in dashboard.cards] == _cards_of(ctx, every[:8])  # drawn as they were
    assert [c.balance for c in dashboard.cards] == [None] * 8
    assert _card_order(dashboard) == [b.rep.id for b in every[:8]]
    assert dashboard.summary.text().startswith("10 reps")
    assert dashboard.flags_pending
    first_cards = list(dashboard.cards)

    dashboard.show()
    qtbot.waitUntil(lambda: len(dashboard.cards) == 10, timeout=5000)
    assert asked == [(ctx.today(), False)]  # worked out once, just after the paint, in a worker
    assert dashboard.cards[:8] == first_cards  # equal, so the very same cards: nothing redrawn
    assert [c.balance for c in dashboard.cards] == every  # each now with its balance
    assert _card_order(dashboard) == [b.rep.id for b in every]
    qtbot.waitUntil(lambda: not dashboard.flags_pending, timeout=5000)


def test_a_kept_screen_no_longer_right_is_put_right_just_after_the_first_paint(make_rep, ctx, qtbot) -> None:
    for n in range(3):
        make_rep(f"Rep {n:02d}")
    every = ctx.session.balances.every(ctx.today(), ctx.lang)
    # kept on an earlier day, since when (say) a payment fell due: the first card differs
    right = _cards_of(ctx, every)
    wrong = dataclasses.replace(right[0], paid="Paid time 10 h")
    kept, today = ctx.session.first_screen, ctx.today()
    question = kept_screen.question(ctx.lang, dashboard_mod.FIRST_CARDS)
    assert kept.keep(kept.changes(), question, today, today,
                     kept_screen.encode(([wrong, *right[1:]], Summary.of(every), 5)))

    dashboard = DashboardView(ctx)
    qtbot.addWidget(dashboard)
    assert dashboard.cards[0].data == wrong
    assert "5 requests awaiting an answer" in dashboard.summary.text()  # as kept, not counted
    later_cards = dashboard.cards[1:]
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.cards[0].balance == every[0], timeout=5000)
    assert dashboard.cards[1:] == later_cards  # those that were right are kept
    assert "0 requests awaiting an answer" in dashboard.summary.text()  # counted with the balances
    assert [c.balance for c in dashboard.cards] == every


def test_a_first_screen_that_cannot_be_kept_is_logged_not_raised(ctx, monkeypatch, caplog) -> None:
    def cannot(*_args: object) -> bool:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(ctx.session.first_screen, "keep", cannot)
    kept_screen.keep(ctx, dashboard_mod.FIRST_CARDS)  # as the app closes: no traceback
    assert "could not be kept" in caplog.text and "disk gone" in caplog.text


def test_the_summary_line_says_one_rep_and_one_request_in_the_singular(make_rep, session, ctx, qtbot,
                                                                       english_afterwards) -> None:
    from unionrep.gui import language

    rep = make_rep("Alaw Jones")
    session.entries.add(Entry(rep.id, "steward", dt.date(2025, 12, 4), 120, "duties",
                              notice_on=dt.date(2025, 11, 8), status="requested", purpose="Branch committee"))
    dashboard = DashboardView(ctx)
    qtbot.addWidget(dashboard)
    parts = dashboard.summary.text().split("  ·  ")
    # 1 rep, nobody near a cap (2 h of 100), 1 request not yet answered
    assert parts[0] == "1 rep"
    assert parts[2] == "0 reps over or near a cap"
    assert parts[3] == "1 request awaiting an answer"

    make_rep("Bryn Huws")
    dashboard.refresh()
    assert dashboard.summary.text().split("  ·  ")[0] == "2 reps"

    assert language.apply_language("cy")  # Welsh keeps the singular noun after every number
    dashboard.refresh()
    parts = dashboard.summary.text().split("  ·  ")
    assert parts[0] == "2 cynrychiolydd"
    assert parts[3] == "1 cais yn aros am ateb"


def test_kept_once_on_a_day_for_a_state_of_the_book_it_is_not_worked_out_again(make_rep, ctx,
                                                                              monkeypatch) -> None:
    make_rep("Alaw Jones")
    _keep_first_screen(ctx)
    before = read_kept(ctx.session.store.db, first_screen.NAME)
    asked: list[dt.date] = []
    monkeypatch.setattr(BalanceService, "every", lambda _service, on, lang=None: asked.append(on))
    kept_screen.keep(ctx, dashboard_mod.FIRST_CARDS)
    assert asked == [] and read_kept(ctx.session.store.db, first_screen.NAME) == before


def test_the_kept_cards_read_back_equal_to_those_written(make_rep, session, ctx) -> None:
    rep = make_rep("Siân Ŵyn")
    session.entries.add(Entry(rep.id, "steward", dt.date(2025, 11, 4), 100, "duties"))
    balances = ctx.session.balances.every(ctx.today(), ctx.lang)
    cards, summary = _cards_of(ctx, balances), Summary.of(balances)
    assert kept_screen.decode(kept_screen.encode((cards, summary, 1))) == (cards, summary, 1)
    # 1 h 40 of the steward's 100 h: kept as the fraction it is, not a rounded figure
    steward = next(bar for bar in cards[0].bars if bar.cap == 100)
    assert steward.used == Fraction(100, 60) == Fraction(5, 3)


BAR = {"label": "Steward", "unit": "hours", "cap": "100", "used": "5/3", "pending": "0",
       "commitment": False, "near_share": "1/10", "explain": [], "every_rep": False}
CARD = {"rep_id": "r1", "name": "Siân", "details": "2025/26", "paid": "Paid time 0 h", "bars": [BAR],
        "notes": []}
SUMMARY = {"reps": 1, "paid_minutes": 0, "cost": "0", "near_or_over": 0}


def _plain(card: dict | None = None, summary: dict | None = None) -> bytes:
    import json

    return json.dumps({"cards": [card or CARD], "summary": summary or SUMMARY, "requests": 2}).encode()


def test_the_kept_form_written_by_hand_is_read() -> None:
    cards, summary, requests = kept_screen.decode(_plain())
    assert cards == [CardData("r1", "Siân", "2025/26", "Paid time 0 h",
                              (BarData("Steward", "hours", Fraction(100), Fraction(5, 3)),), ())]
    assert summary == Summary(1, 0, Fraction(0), 0)
    assert requests == 2


@pytest.mark.parametrize("data", [
    b"", b"\xff", b"[]", b"{}", b'{"cards": {}, "summary": {}}',
    _plain(card={**CARD, "name": 7}),  # a name that is not a text
    _plain(card={**CARD, "bars": [{**BAR, "used": "a lot"}]}),  # not a number
    _plain(card={**CARD, "bars": [{**BAR, "cap": "1/0"}]}),  # no fraction
    _plain(card={**CARD, "bars": [{**BAR, "commitment": 1}]}),  # neither true nor false
    _plain(card={key: value for key, value in CARD.items() if key != "notes"}),  # a field missing
    _plain(summary={**SUMMARY, "reps": True}),  # not a count
    _plain(summary={**SUMMARY, "reps": "1"}),
])
def test_kept_data_not_of_this_form_is_as_if_nothing_were_kept(data: bytes) -> None:
    assert kept_screen.decode(data) is None


def test_in_a_narrow_window_every_card_fits_its_width(make_rep, session, ctx, qtbot) -> None:
    """A part-timer paid at a rate: the card's head (name, year and hours, paid time and cost) is
    wider than a narrow window's column of cards; it wraps, so nothing is cut off at the right."""
    rep = make_rep("Eleri Hughes-Williams", weekly_hours=18.5, hourly_rate_pence=1342,
                   roles=(("steward", "2020-04-01"), ("learning", "2020-04-01")))
    for day in (4, 5, 6):  # 25 h 30 of the learning rep's 30
        session.entries.add(Entry(rep.id, "learning", dt.date(2025, 11, day), 510, "duties"))
    dashboard = DashboardView(ctx)
    qtbot.addWidget(dashboard)
    dashboard.resize(720, 600)  # as the window's dashboard on an 800-pixel-wide screen
    dashboard.show()
    qtbot.waitExposed(dashboard)
    card = dashboard.cards[0]
    assert "cost" in card.data.paid
    assert dashboard.cards_box.width() <= dashboard.cards_scroll.viewport().width()
    assert card.geometry().right() < dashboard.cards_scroll.viewport().width()
