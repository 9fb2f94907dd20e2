"""The dashboard's "Needs attention" list (also when gathered in a worker) opens what each flag is
about; a dispute climbs its ladder through the Disputes view's dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from unionrep.core.model import Entry
from unionrep.gui.views import dashboard as dashboard_mod


@pytest.fixture
def waiting(steward, session) -> Entry:
    """A request made 12 days ago and still unanswered (flagged after 7 days)."""
    return session.entries.add(Entry(steward.id, "steward", dt.date(2025, 12, 4), 120, "duties",
                                     notice_on=dt.date(2025, 11, 8), status="requested",
                                     purpose="Branch committee")).result


def _item_for(dashboard, code: str):
    flag = next(f for f in dashboard.flags if f.code == code)
    return next(dashboard.attention.item(i) for i in range(dashboard.attention.count())
                if dashboard.attention.item(i).text() == flag.text("en"))


def test_an_unanswered_request_opens_in_the_requests_view(waiting, window, qtbot) -> None:
    dashboard = window.show_view("dashboard")
    item = _item_for(dashboard, "pending_request")
    assert "has waited 12 days" in item.text()
    dashboard.attention.setCurrentItem(item)
    qtbot.keyClick(dashboard.attention, Qt.Key.Key_Return)
    requests = window.view("requests")
    assert window.stack.currentWidget() is requests
    assert requests.current_entry().id == waiting.id


def test_flags_can_be_gathered_in_a_worker(waiting, window, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(dashboard_mod, "BACKGROUND_FROM", 0)
    dashboard = window.show_view("dashboard")
    with qtbot.waitSignal(dashboard.flags_ready, timeout=20000):
        dashboard.refresh()
        assert dashboard.flags_pending
        texts = [dashboard.attention.item(i).text() for i in range(dashboard.attention.count())]
        assert texts[-1].startswith("Checking requests")
    assert not dashboard.flags_pending
    assert any(f.code == "pending_request" for f in dashboard.flags)


def test_an_over_cap_rep_is_first_and_opens_their_page(make_rep, session, window, qtbot) -> None:
    calm = make_rep("Aled Owen")
    busy = make_rep("Bethan Thomas", roles=(("learning", "2020-04-01"),))
    for day in range(1, 3):
        session.entries.add(Entry(busy.id, "learning", dt.date(2025, 10, day), 16 * 60, "training"))
    dashboard = window.show_view("dashboard")
    dashboard.refresh()
    assert [c.balance.rep.id for c in dashboard.cards][:2] == [busy.id, calm.id]
    bar = dashboard.cards[0].bars[0]
    assert bar.data.over and bar.data.summary() == "32 of 30 h used — over by 2 h"
    assert bar.accessibleName().startswith("Union learning rep: 32 of 30 h used")
    item = _item_for(dashboard, "over")
    dashboard.attention.setCurrentItem(item)
    qtbot.keyClick(dashboard.attention, Qt.Key.Key_Return)
    reps = window.view("reps")
    assert window.stack.currentWidget() is reps
    assert reps.page.rep.id == busy.id


def test_a_refusal_climbs_the_ladder_through_the_widgets(steward, session, window, ctx, qtbot) -> None:
    """Issue 5, end to end as a rep does it: refuse a request in Requests with reasons and a dispute,
    open the dispute from the dashboard, escalate twice, record ACAS Day A then Day B — and after
    each step the dashboard's flags and the deadline shown in Disputes follow."""
    entry = session.entries.add(Entry(steward.id, "steward", dt.date(2025, 9, 15), 180, "duties",
                                      notice_on=dt.date(2025, 8, 20), status="requested",
                                      purpose="Disciplinary hearing")).result
    dashboard = window.show_view("dashboard")
    dashboard.refresh()  # the entry was added behind the window's back

    def flags() -> dict[str, str]:
        """The dashboard's flags on this request and its dispute: code → the text shown."""
        shown = {dashboard.attention.item(i).text() for i in range(dashboard.attention.count())}
        mine = {f.code: f.text("en") for f in dashboard.flags if f.rep_id == steward.id}
        assert set(mine.values()) <= shown
        return mine

    assert "pending_request" in flags()

    # 1. Requests: record the refusal, with reasons, ticking "open a dispute"
    requests = window.show_view("requests")
    assert requests.select_entry(entry.id)
    qtbot.mouseClick(requests.refuse_button, Qt.MouseButton.LeftButton)
    refusal = requests.refuse_dialog
    refusal.ui.refusedOnEdit.setDate(dt.date(2025, 8, 25))
    qtbot.keyClicks(refusal.ui.reasonsEdit, "Short staffed on the day")
    refusal.ui.disputeCheck.setChecked(True)
    with qtbot.waitSignal(refusal.accepted):
        qtbot.mouseClick(refusal.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert session.entries.get(entry.id).status == "refused"
    assert "a dispute opened" in window.statusBar().currentMessage()
    now = flags()
    assert "pending_request" not in now  # answered now: refused
    # 25 Aug 2025 + 3 months − 1 day = 24 Nov 2025, 4 days from today (20 Nov)
    assert now["dispute_deadline_7"].endswith("only 4 days left to present a tribunal claim — the last "
                                              "day is 2025-11-24")
    assert "dispute_no_reasons" not in now and "dispute_stage_overdue" not in now
    assert dashboard.flags[0].code == "dispute_deadline_7"
    assert "only 4 days left" in dashboard.banner_text.text()

    # 2. Open the dispute from the dashboard: the deadline flag, Enter
    window.show_view("dashboard")
    dashboard.attention.setCurrentItem(_item_for(dashboard, "dispute_deadline_7"))
    qtbot.keyClick(dashboard.attention, Qt.Key.Key_Return)
    view = window.view("disputes")
    assert window.stack.currentWidget() is view
    [dispute] = session.disputes.disputes_for_entry(entry.id)
    assert view.current_dispute().id == dispute.id
    text = view.details.toPlainText()
    assert "Last day to present a tribunal claim: 24 Nov 2025 — 4 days left" in text
    assert "Short staffed on the day" in text

    def run(button: str, fill) -> str:
        qtbot.mouseClick(view.buttons[button], Qt.MouseButton.LeftButton)
        dialog = view.open_dialog
        fill(dialog)
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        return view.details.toPlainText()

    def escalate(on: dt.date, to: str):
        def fill(d) -> None:
            d.widget("on").setDate(on)
            qtbot.keyClicks(d.widget("to"), to)
        return fill

    # 3. Escalate to the senior manager on 1 Sep: ten working days later, unanswered, it is overdue
    text = run("escalate", escalate(dt.date(2025, 9, 1), "Head of Highways"))
    assert view.current_dispute().stage == 1
    assert "raised 1 Sep 2025, answer due 15 Sep 2025; no answer yet" in text
    assert "2025-09-01 + 10 working days = 2025-09-15" in text  # how the answer date was reached
    now = flags()
    assert now["dispute_stage_overdue"].endswith(
        "no response at the step 'Appropriate senior manager (21.3), Head of Highways' raised on "
        "2025-09-01 — it was due on 2025-09-15")
    assert "dispute_deadline_7" in now

    # 4. Escalate to the Head of Strategic HR on 18 Nov: not yet due, so nothing is overdue
    text = run("escalate", escalate(dt.date(2025, 11, 18), "Catherine Roberts"))
    assert view.current_dispute().stage == 2
    assert "Head of Strategic HR (21.3) — Catherine Roberts" in text
    assert "answer due 2 Dec 2025" in text
    now = flags()
    assert "dispute_stage_overdue" not in now
    assert "only 4 days left" in now["dispute_deadline_7"]

    # 5. ACAS Day A on 19 Nov: the clock stops, the deadline flag gives way to a note asking for Day B
    def day_a(d) -> None:
        d.widget("a").setDate(dt.date(2025, 11, 19))

    text = run("acas", day_a)
    assert "ACAS early conciliation under way: the tribunal clock is stopped" in text
    now = flags()
    assert "dispute_deadline_7" not in now
    assert "ACAS early conciliation began on 2025-11-19" in now["dispute_acas_pending"]

    # 6. ACAS Day B today: 24 Nov + 1 day = 25 Nov, before a month after Day B, so 20 Dec 2025
    def day_b(d) -> None:
        check, day = d.widget("b")
        check.setChecked(True)
        day.setDate(dt.date(2025, 11, 20))

    text = run("acas", day_b)
    assert "Last day to present a tribunal claim: 20 Dec 2025 — 30 days left" in text
    now = flags()
    assert "dispute_acas_pending" not in now and "dispute_deadline_7" not in now
    assert now["dispute_deadline_30"].endswith("30 days left to present a tribunal claim — the last day "
                                               "is 2025-12-20")
    assert not dashboard.banner.isVisible() or "30 days left" not in dashboard.banner_text.text()

    # 7. Resolved: the dispute closes and its flags go
    def resolve(d) -> None:
        qtbot.keyClicks(d.widget("response"), "Time granted for the following week")
        combo = d.widget("outcome")
        combo.setCurrentIndex(combo.findData("resolved"))

    run("respond", resolve)
    assert session.disputes.get(dispute.id).outcome == "resolved"
    assert view.model.rowCount() == 0  # open disputes only
    assert not {c for c in flags() if c.startswith("dispute_")}
    view.open_only.setChecked(False)
    assert view.model.rowCount() == 1


def test_a_letter_for_the_dispute(waiting, session, window, ctx, qtbot, tmp_path, monkeypatch) -> None:
    pytest.importorskip("unionrep.pdf.proforma")
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dispute = session.disputes.open(waiting.id, dt.date(2025, 11, 18), "Short staffed").result
    view = window.show_view("disputes")
    view.reload()
    view.select_dispute(dispute.id)
    qtbot.mouseClick(view.buttons["letter"], Qt.MouseButton.LeftButton)
    ok = view.document_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # the step and the language are asked first: as offered
    dialog = view.findChild(QFileDialog)
    target = tmp_path / "letter.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(view, "saved_box", None) is not None, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    view.saved_box.defaultButton().click()  # "Open it"
    assert opened == [str(target)]


def _disputed(session, rep, failure: dt.date, reasons: str = "Short staffed"):
    entry = session.entries.add(Entry(rep.id, "steward", failure + dt.timedelta(days=10), 180, "duties",
                                      notice_on=failure - dt.timedelta(days=7), status="requested",
                                      purpose="Disciplinary hearing")).result
    return session.disputes.open(entry.id, failure, reasons).result


def test_the_nearest_deadline_leads_and_is_shown_in_the_banner(steward, session, window, qtbot) -> None:
    from unionrep.core.model import Extension

    # an extension review overdue since 10 Nov (important) and a tribunal claim due in 8 days
    # (important too): the deadline that can still be lost comes first
    session.roles.add_extension(Extension(steward.id, "steward", "RESTRUCTURE", 600, dt.date(2025, 6, 1),
                                          review_on=dt.date(2025, 11, 10)))
    _disputed(session, steward, dt.date(2025, 8, 29))  # last day 28 Nov 2025
    dashboard = window.show_view("dashboard")
    dashboard.refresh()
    codes = [f.code for f in dashboard.flags]
    assert codes[:2] == ["dispute_deadline_14", "extension_review_overdue"]
    assert dashboard.attention.item(0).text().endswith("only 8 days left to present a tribunal claim — "
                                                       "the last day is 2025-11-28")
    assert dashboard.banner.isVisible()
    assert dashboard.banner_text.text().startswith("Most urgent — Important: ")
    assert "8 days left to present a tribunal claim" in dashboard.banner_text.text()
    assert dashboard.attention.currentRow() == 0  # Enter opens it
    qtbot.mouseClick(dashboard.banner_open, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.view("disputes")


def test_nothing_important_no_banner(steward, window) -> None:
    dashboard = window.show_view("dashboard")
    dashboard.refresh()
    assert not dashboard.banner.isVisible()


def test_the_window_opens_on_the_dashboard_when_something_is_urgent(steward, session, ctx, qtbot) -> None:
    from unionrep.gui import options as opt
    from unionrep.gui.main_window import MainWindow

    def start() -> MainWindow:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    log_index = [s.key for s in start().specs].index("log")
    ctx.options.set(opt.LAST_VIEW, log_index)
    calm = start()
    assert calm.current_key() == "log"  # the last view, as usual
    assert not calm.statusBar().currentMessage().startswith("Urgent")
    calm.close()

    _disputed(session, steward, dt.date(2025, 8, 26))  # last day 25 Nov 2025: 5 days left
    ctx.options.set(opt.LAST_VIEW, log_index)
    urgent = start()
    assert urgent.current_key() == "dashboard"
    assert urgent.statusBar().currentMessage() == (
        "Urgent: Siân Ŵyn Roberts: only 5 days left to present a tribunal claim — the last day is "
        "2025-11-25")
    dashboard = urgent.view("dashboard")
    # the disputes' flags, and with them the banner, follow the dashboard's first paint
    qtbot.waitUntil(lambda: not dashboard.flags_pending, timeout=5000)
    assert dashboard.banner_text.text().startswith("Most urgent — Urgent: Siân Ŵyn Roberts: only 5 days")
    urgent.close()


@pytest.mark.parametrize("in_background", [False, True])
def test_opening_on_the_dashboard_says_the_urgent_flag_too(in_background, steward, session, ctx,
                                                           monkeypatch, qtbot) -> None:
    from unionrep.gui import options as opt
    from unionrep.gui.main_window import MainWindow
    from unionrep.gui.views import dashboard as dashboard_module

    if in_background:  # as on a big database: the flags are gathered after the window is shown
        monkeypatch.setattr(dashboard_module, "BACKGROUND_FROM", 0)
    _disputed(session, steward, dt.date(2025, 8, 26))  # last day 25 Nov 2025: 5 days left
    ctx.options.set(opt.LAST_VIEW, 0)  # the dashboard was the last view
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    dashboard = win.view("dashboard")
    if dashboard.flags_pending:
        qtbot.waitSignal(dashboard.flags_ready, timeout=20_000).wait()
    win.show()
    assert win.current_key() == "dashboard"
    assert win.statusBar().currentMessage() == (
        "Urgent: Siân Ŵyn Roberts: only 5 days left to present a tribunal claim — the last day is "
        "2025-11-25")
    win.close()


def _log_menu(log, entry_id: str):
    """The log's context menu on the row of `entry_id`, as a right click opens it."""
    assert log.select_entry(entry_id)
    row = log.model.row_of(entry_id)
    point = log.table.visualRect(log.model.index(row, 0)).center()
    log.table.customContextMenuRequested.emit(point)
    menu = log.context_menu
    menu.close()
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


def test_a_dispute_for_an_entry_refused_without_one(steward, session, window, ctx, qtbot) -> None:
    refused = session.entries.add(Entry(steward.id, "steward", dt.date(2025, 12, 2), 150, "duties",
                                        notice_on=dt.date(2025, 11, 3), status="refused",
                                        purpose="Grievance hearing")).result
    log = window.show_view("log")
    actions = _log_menu(log, refused.id)
    assert actions["openDisputeAction"].text() == "Open a dispute…"
    actions["openDisputeAction"].trigger()
    dialog = log.dispute_dialog
    assert dialog.windowTitle() == "Open a dispute"
    assert not dialog.ui.disputeCheck.isVisible()
    dialog.ui.refusedOnEdit.setDate(dt.date(2025, 11, 10))
    qtbot.keyClicks(dialog.ui.reasonsEdit, "Service pressures")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    [dispute] = session.disputes.disputes_for_entry(refused.id)
    assert (dispute.failure_on, dispute.reasons, dispute.people) == (
        dt.date(2025, 11, 10), "Service pressures", steward.manager)
    assert session.entries.get(refused.id).status == "refused"
    assert "Dispute opened" in window.statusBar().currentMessage()

    # now the menu shows it instead, and it opens in the Disputes view
    actions = _log_menu(log, refused.id)
    assert "openDisputeAction" not in actions
    actions["showDisputeAction"].trigger()
    disputes = window.view("disputes")
    assert window.stack.currentWidget() is disputes
    assert disputes.current_dispute().id == dispute.id

    window.undo_action.trigger()  # takes the dispute back; the entry was refused and stays so
    assert session.disputes.disputes_for_entry(refused.id) == []
    assert session.entries.get(refused.id).status == "refused"


def test_no_dispute_action_for_entries_not_refused(steward, session, window) -> None:
    taken = session.entries.add(Entry(steward.id, "steward", dt.date(2025, 10, 2), 60, "duties")).result
    assert "openDisputeAction" not in _log_menu(window.show_view("log"), taken.id)
