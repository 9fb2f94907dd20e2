"""Quick entry (Ctrl+N) by keyboard alone: remembered rep and role, the preview of what the entry
does to the allowance, saving with Enter, and the dashboard bar moving."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from unionrep.core.model import Entry
from unionrep.gui import options as opt


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _steward_bar(dashboard, rep_id: str) -> str:
    card = next(c for c in dashboard.cards if c.balance.rep.id == rep_id)
    return next(b.data.summary() for b in card.bars if b.data.label.startswith("Branch officer"))


def test_log_an_entry_by_keyboard_alone_and_see_the_dashboard_move(steward, window, ctx, qtbot) -> None:
    ctx.options.set(opt.LAST_REP, steward.id)
    ctx.options.set(opt.LAST_ROLE, "steward")
    dashboard = window.show_view("dashboard")
    assert _steward_bar(dashboard, steward.id) == "0 of 100 h used, 100 h left"

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick_entry
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.hoursEdit)
    assert dialog.ui.repCombo.currentData() == steward.id  # remembered from last time
    assert dialog.ui.dateEdit.date().toPython() == dt.date(2025, 11, 20)  # today

    _type(qtbot, "2.5")
    _tab(qtbot, 5)  # start, end, category, status, purpose
    assert QApplication.focusWidget() is dialog.ui.purposeEdit
    _type(qtbot, "Grievance hearing for a member")
    _tab(qtbot)
    _type(qtbot, "County Hall, Ruthin")
    # the dashboard's words: used and pending, now and after; 100 − 2.5 = 97.5 left
    qtbot.waitUntil(lambda: "now 0 h used, 0 h pending of 100 h; after this entry 2.5 h used, 0 h pending "
                            "(97.5 h left)" in dialog.ui.previewLabel.text())

    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    [entry] = ctx.session.entries.all(steward.id)
    assert (entry.minutes, entry.role, entry.category, entry.status) == (150, "steward", "duties", "taken")
    assert entry.purpose == "Grievance hearing for a member"
    assert entry.location == "County Hall, Ruthin"
    assert _steward_bar(dashboard, steward.id) == "2.5 of 100 h used, 97.5 h left"
    assert window.statusBar().currentMessage() == "Saved 2.5 h for 2025-11-20."
    assert ctx.options.get(opt.LAST_LOCATION) == "County Hall, Ruthin"


def test_start_and_end_give_the_hours(steward, window, ctx, qtbot) -> None:
    ctx.options.set(opt.LAST_REP, steward.id)
    window.new_entry()
    dialog = window.quick_entry
    qtbot.keyClicks(dialog.ui.startEdit, "09:30")
    qtbot.keyClicks(dialog.ui.endEdit, "12:00")
    assert dialog.ui.hoursEdit.text() == "2.5"
    assert dialog.ui.hoursEdit.isReadOnly()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.ui.endEdit, Qt.Key.Key_Return)
    [entry] = ctx.session.entries.all(steward.id)
    assert (entry.start_time, entry.end_time, entry.minutes) == ("09:30", "12:00", 150)


def test_the_preview_warns_before_a_cap_is_passed(make_rep, window, ctx, qtbot) -> None:
    rep = make_rep("Rhys Llewelyn", roles=(("learning", "2020-04-01"),))
    ctx.session.entries.add(Entry(rep.id, "learning", dt.date(2025, 10, 1), 4 * 60, "training"))
    ctx.options.set(opt.LAST_REP, rep.id)
    window.new_entry()
    dialog = window.quick_entry
    qtbot.keyClicks(dialog.ui.hoursEdit, "24")  # one day, the most one entry may hold
    # 4 h used + 24 h = 28 h of 30: 2 h left
    qtbot.waitUntil(lambda: "now 4 h used, 0 h pending of 30 h; after this entry 28 h used, 0 h pending "
                            "(2 h left)" in dialog.ui.previewLabel.text())
    assert "near the allowance" in dialog.ui.previewLabel.text()


def test_bad_hours_are_named_and_nothing_is_saved(steward, window, ctx, qtbot) -> None:
    ctx.options.set(opt.LAST_REP, steward.id)
    window.new_entry()
    dialog = window.quick_entry
    qtbot.keyClicks(dialog.ui.hoursEdit, "two")
    qtbot.keyClick(dialog.ui.hoursEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text().startswith("hours:")
    assert ctx.session.entries.all() == []


def test_a_role_not_held_on_the_date_is_refused(steward, window, ctx, qtbot) -> None:
    ctx.options.set(opt.LAST_REP, steward.id)
    window.new_entry()
    dialog = window.quick_entry
    dialog.ui.dateEdit.setDate(dt.date(2019, 6, 1))  # before either role began
    qtbot.keyClicks(dialog.ui.hoursEdit, "1")
    qtbot.keyClick(dialog.ui.hoursEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text().startswith("role:")
    assert ctx.session.entries.all() == []


def test_tab_reaches_every_field_in_order_and_each_is_named(steward, window, ctx, qtbot) -> None:
    ctx.options.set(opt.LAST_REP, steward.id)
    window.new_entry()
    dialog = window.quick_entry
    ui = dialog.ui
    ui.noticeCheck.setChecked(True)  # the notice date can be reached once notice is ticked
    ui.repCombo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.repCombo)
    inputs = [ui.repCombo, ui.roleCombo, ui.dateEdit, ui.hoursEdit, ui.startEdit, ui.endEdit,
              ui.categoryCombo, ui.statusCombo, ui.purposeEdit, ui.locationEdit, ui.noticeCheck,
              ui.noticeEdit, ui.paidCheck, ui.conferenceCheck, dialog.overlap_check]
    reached = [QApplication.focusWidget()]
    for _ in range(len(inputs) + 12):  # the inputs, then the buttons, then round to the first
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is ui.repCombo:
            break
        if widget is not reached[-1]:  # Tab steps through a date's year, month and day first
            reached.append(widget)
    else:
        raise AssertionError("Tab never came back to the first field")
    fields = [w for w in reached if w.parent() is not ui.buttonBox]
    assert fields == inputs, [w.objectName() for w in fields]
    assert any(w.parent() is ui.buttonBox for w in reached)  # Save and Cancel come after the fields
    assert reached[-1].parent() is ui.buttonBox  # and then back to the first field
    for widget in inputs:
        assert widget.accessibleName(), f"{widget.objectName()} has no accessible name"
        assert widget.accessibleDescription(), f"{widget.objectName()} has no accessible description"
    # the names and descriptions are the visible words, not object names
    assert ui.paidCheck.accessibleName() == "Paid"
    assert "24-hour" in ui.startEdit.accessibleDescription()
