"""A rep's records through the widgets: the year pickers reach the agreement year of the earliest
entry; role assignments and extensions are edited (and an extension's review recorded) undoably."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from unionrep.core.model import Entry, Extension

D = dt.date


@pytest.fixture
def later_ctx(qapp, session, options, db_path):
    """An AppContext on 1 May 2026: this year is 2026/27."""
    from unionrep.gui import rc_unionrep  # noqa: F401
    from unionrep.gui.context import AppContext

    return AppContext(session, options, db_path, lang="en", today=lambda: D(2026, 5, 1))


@pytest.fixture
def later_window(qtbot, later_ctx):
    from unionrep.gui.main_window import MainWindow

    win = MainWindow(later_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _labels(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_year_pickers_reach_the_agreement_year_of_the_earliest_entry(
        session, make_rep, later_window, qtbot) -> None:
    rep = make_rep("Eleri Vaughan", roles=(("steward", "2025-01-06"),))
    session.entries.add(Entry(rep.id, "steward", D(2025, 2, 10), 150, "duties", purpose="Hearing"))
    dashboard = later_window.show_view("dashboard")
    dashboard.refresh()
    # 10 February 2025 is in 2024/25, though 2025 is its calendar year
    assert _labels(dashboard.year_combo) == ["2026/27 (this year)", "2025/26", "2024/25"]
    dashboard.year_combo.setCurrentIndex(2)
    card = next(c for c in dashboard.cards if c.balance.rep.id == rep.id)
    assert card.balance.year.label == "2024/25"
    assert "2.5 of" in card.bars[0].data.summary()

    reps = later_window.show_view("reps")
    reps.select_rep(rep.id)
    page = reps.page
    assert _labels(page.year_combo) == ["2026/27 (this year)", "2025/26", "2024/25"]
    page.year_combo.setCurrentIndex(2)
    assert page.card.balance.year.label == "2024/25"


def test_a_school_reps_picker_counts_school_years(session, make_rep, later_window) -> None:
    rep = make_rep("Nia Wyn Edwards", school=True, roles=(("steward", "2024-09-02"),))
    session.entries.add(Entry(rep.id, "steward", D(2024, 10, 3), 60, "duties", purpose="Casework"))
    reps = later_window.show_view("reps")
    reps.select_rep(rep.id)
    # school years from 1 September: 1 May 2026 is in 2025/26, 3 October 2024 in 2024/25
    assert _labels(reps.page.year_combo) == ["2025/26 (this year)", "2024/25"]
    dashboard = later_window.show_view("dashboard")
    dashboard.refresh()
    # the branch's picker reaches the same school year (2024/25), and 2026/27 from 1 April
    assert _labels(dashboard.year_combo) == ["2026/27 (this year)", "2025/26", "2024/25"]


# -- editing a role assignment and an extension --------------------------------------------------


def _page_of(window, rep, qtbot, tab: int):
    reps = window.show_view("reps")
    reps.select_rep(rep.id)
    page = reps.page
    page.tabs.setCurrentIndex(tab)
    return page


def _click_ok(dialog, qtbot, accepted: bool = True) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    if accepted:
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _set_date(dialog, key: str, day: dt.date | None) -> None:
    widget = dialog.widget(key)
    if isinstance(widget, tuple):  # an optional date: its "set" box, then the date
        widget[0].setChecked(day is not None)
        widget = widget[1]
    if day is not None:
        widget.setDate(QDate(day.year, day.month, day.day))


def test_a_roles_dates_and_notice_are_corrected_and_undone(steward, ctx, window, qtbot) -> None:
    session = ctx.session
    steward_role = next(a for a in session.roles.assignments(steward.id) if a.role == "steward")
    page = _page_of(window, steward, qtbot, 1)
    assert page.roles_table.select_where(lambda a: a.id == steward_role.id)
    assert page.edit_role_button.isEnabled()
    qtbot.mouseClick(page.edit_role_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    assert dialog.objectName() == "editRoleDialog"
    _set_date(dialog, "from", D(2020, 5, 4))
    _set_date(dialog, "notified", D(2020, 4, 27))
    _click_ok(dialog, qtbot)

    edited = session.store.get(type(steward_role), steward_role.id)
    assert (edited.start_on, edited.notified_on) == (D(2020, 5, 4), D(2020, 4, 27))
    row = page.roles_table.currentIndex().row()
    assert page.roles_table.model().index(row, 1).data() == "4 May 2020"
    assert any(h["field"] == "notified_on" for h in session.history.of_record(steward_role.id))
    ctx.undo_stack.undo()
    back = session.store.get(type(steward_role), steward_role.id)
    assert (back.start_on, back.notified_on) == (steward_role.start_on, steward_role.notified_on)


def test_a_role_cannot_end_before_time_logged_under_it(steward, ctx, window, qtbot) -> None:
    session = ctx.session
    session.entries.add(Entry(steward.id, "steward", D(2025, 10, 1), 120, "duties", purpose="Hearing"))
    steward_role = next(a for a in session.roles.assignments(steward.id) if a.role == "steward")
    page = _page_of(window, steward, qtbot, 1)
    page.roles_table.select_where(lambda a: a.id == steward_role.id)
    qtbot.keyClick(page.roles_table, Qt.Key.Key_Return)  # Enter edits the chosen role
    dialog = page.open_dialog
    _set_date(dialog, "to", D(2025, 9, 30))
    _click_ok(dialog, qtbot, accepted=False)
    assert dialog.isVisible()
    assert dialog.error.text() == ("to: Siân Ŵyn Roberts has steward time logged on 2025-10-01, "
                                   "after 2025-09-30")
    assert session.store.get(type(steward_role), steward_role.id).end_on is None
    assert ctx.undo_stack.count() == 0


@pytest.fixture
def extension(steward, session) -> Extension:
    """An extension whose review (on 25 November 2025) is five days off: flagged."""
    return session.roles.add_extension(Extension(steward.id, "steward", "EQ-PAY-2025", 20 * 60, D(2025, 6, 2),
                                                 "Head of HR", D(2025, 11, 25))).result


def _review_flags(session, rep, today: dt.date) -> list[str]:
    return [f.code for f in session.balances.of(rep.id, today).flags if f.code.startswith("extension_review")]


def test_reviewed_today_sets_the_next_review_and_clears_the_flag(
        steward, extension, ctx, window, qtbot) -> None:
    session = ctx.session
    today = ctx.today()
    assert _review_flags(session, steward, today) == ["extension_review"]
    page = _page_of(window, steward, qtbot, 2)
    assert page.current_extension().id == extension.id
    qtbot.mouseClick(page.edit_ext_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    assert dialog.objectName() == "editExtensionDialog"
    dialog.widget("reviewed").setChecked(True)  # proposes the next review a quarter on
    check, date = dialog.widget("review")
    assert check.isChecked() and date.date() == QDate(2026, 2, 20)
    _click_ok(dialog, qtbot)

    assert session.store.get(Extension, extension.id).review_on == D(2026, 2, 20)
    assert _review_flags(session, steward, today) == []
    assert page.ext_table.model().index(0, 5).data() == "20 Feb 2026"
    assert ctx.undo_stack.undoText() == "Record extension review"
    ctx.undo_stack.undo()
    assert session.store.get(Extension, extension.id).review_on == D(2025, 11, 25)
    assert _review_flags(session, steward, today) == ["extension_review"]


def test_an_extensions_hours_and_agreement_are_edited(steward, extension, ctx, window, qtbot) -> None:
    page = _page_of(window, steward, qtbot, 2)
    qtbot.mouseClick(page.edit_ext_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    dialog.widget("hours").setText("26.5")
    dialog.widget("agreed_by").setText("Director of Resources")
    _click_ok(dialog, qtbot)
    edited = ctx.session.store.get(Extension, extension.id)
    assert (edited.extra_minutes, edited.agreed_by) == (26 * 60 + 30, "Director of Resources")
    assert edited.review_on == extension.review_on
    assert page.ext_table.model().index(0, 2).data() == "26.5"


def test_a_review_needs_a_next_review_after_today(steward, extension, ctx, window, qtbot) -> None:
    page = _page_of(window, steward, qtbot, 2)
    qtbot.mouseClick(page.edit_ext_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    dialog.widget("reviewed").setChecked(True)
    _set_date(dialog, "review", ctx.today())
    _click_ok(dialog, qtbot, accepted=False)
    assert dialog.error.text() == "review-on: the next review must come after the review of 2025-11-20"
    dialog.widget("hours").setText("lots")
    _click_ok(dialog, qtbot, accepted=False)
    assert dialog.error.text().startswith("hours:")
    assert ctx.session.store.get(Extension, extension.id) == extension
    assert ctx.undo_stack.count() == 0


# -- the rep dialog's pay ------------------------------------------------------------------------


def test_the_rep_dialog_shows_the_spine_points_rate(ctx, window, qtbot) -> None:
    from unionrep.core import pay
    from unionrep.gui.dialogs.rep_dialog import PAY_RATE, PAY_SCP, RepDialog

    dialog = RepDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.rateEdit.text() == "" and not ui.rateEdit.isEnabled()  # pay not recorded
    ui.payCombo.setCurrentIndex(ui.payCombo.findData(PAY_SCP))
    ui.scpSpin.setValue(9)
    assert ui.rateEdit.text() == "12.02" == pay.display_rate(pay.hourly_rate_for_scp(9))
    assert ui.rateEdit.isReadOnly() and "spinal column point 9" in ui.rateEdit.toolTip()
    ui.scpSpin.setValue(20)
    assert ui.rateEdit.text() == pay.display_rate(pay.hourly_rate_for_scp(20)) != "12.02"
    # a rate of one's own: the spine point's rate is not kept as if typed
    ui.payCombo.setCurrentIndex(ui.payCombo.findData(PAY_RATE))
    assert ui.rateEdit.text() == "" and not ui.rateEdit.isReadOnly()
    ui.nameEdit.setText("Dafydd ap Gwilym Hughes")
    qtbot.keyClicks(ui.rateEdit, "15.50")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    rep = ctx.session.reps.find("Dafydd ap Gwilym Hughes")
    assert (rep.scp, rep.hourly_rate_pence) == (None, 1550)


def test_the_rep_dialog_shows_a_long_name_whole(steward, ctx, window, qtbot) -> None:
    from unionrep.gui.dialogs.rep_dialog import RepDialog

    ctx.session.reps.edit(steward.id, name="Dafydd ap Gwilym Hughes",
                          union_name="UNSAIN Cymru / UNISON Cymru", scp=9)
    dialog = RepDialog(ctx, steward.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    for edit in (ui.nameEdit, ui.unionEdit):
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.text()) + 8
    assert ui.rateEdit.text() == "12.02"


# -- opened from the dashboard's flags --------------------------------------------------------------


def _open_flag(window, qtbot, code: str) -> None:
    dashboard = window.show_view("dashboard")
    dashboard.refresh()
    flag = next(f for f in dashboard.flags if f.code == code)
    item = next(dashboard.attention.item(i) for i in range(dashboard.attention.count())
                if dashboard.attention.item(i).text() == flag.text("en"))
    dashboard.attention.setCurrentItem(item)
    qtbot.keyClick(dashboard.attention, Qt.Key.Key_Return)


def test_an_extension_due_for_review_opens_on_the_extensions_tab(steward, extension, session, window,
                                                                 qtbot) -> None:
    session.roles.add_extension(Extension(steward.id, "steward", "AAA-FIRST", 5 * 60, D(2025, 5, 1),
                                          "Head of HR", None))  # listed before the flagged one
    _open_flag(window, qtbot, "extension_review")
    reps = window.view("reps")
    assert window.stack.currentWidget() is reps
    assert reps.page.rep.id == steward.id
    assert reps.page.tabs.currentIndex() == 2 and reps.page.tabs.tabText(2).replace("&", "") == "Extensions"
    assert reps.page.current_extension().id == extension.id


def test_a_long_secondment_opens_on_the_roles_tab(make_rep, session, window, qtbot) -> None:
    rep = make_rep("Owain Glyn", roles=(("steward", "2019-04-01"), ("branch-secretary", "2023-09-01")))
    seconded = next(a for a in session.roles.assignments(rep.id) if a.role == "branch-secretary")
    _open_flag(window, qtbot, "secondment")
    reps = window.view("reps")
    assert window.stack.currentWidget() is reps
    assert reps.page.rep.id == rep.id
    assert reps.page.tabs.currentIndex() == 1
    assert reps.page.current_assignment().id == seconded.id
