"""Settings: the policy profile edited through `session.policy` (which names a bad key and changes
nothing), the user's own details in the database, the language in QSettings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from settings_helpers import open_settings as _settings
from settings_helpers import type_into as _edit

from unionrep.gui import options as opt


def test_change_an_allowance_and_see_the_dashboard_follow(steward, window, ctx, qtbot) -> None:
    view = _settings(window, qtbot)
    table = view.allowances
    row = table.ids.index("steward")
    table.item(row, 1).setText("120")
    assert ctx.session.profile.allowances[row].amount == 120
    dashboard = window.view("dashboard")
    card = next(c for c in dashboard.cards if c.balance.rep.id == steward.id)
    assert "0 of 120 h used" in card.summary()
    window.undo_action.trigger()
    assert ctx.session.profile.allowances[row].amount == 100
    assert table.item(row, 1).text() == "100"


def test_pro_rata_switch(window, ctx, qtbot) -> None:
    view = _settings(window, qtbot)
    row = view.allowances.ids.index("learning")
    view.allowances.item(row, 3).setCheckState(Qt.CheckState.Checked)
    assert next(a for a in ctx.session.profile.allowances if a.id == "learning").pro_rata


def test_a_bad_value_names_the_key_and_changes_nothing(window, ctx, qtbot) -> None:
    view = _settings(window, qtbot)
    before = ctx.session.policy.data()
    _edit(qtbot, view.editors["settings.near_cap_percent"], "150")
    assert view.message.isVisible()
    assert "settings.near_cap_percent" in view.message.text()
    assert "between 0 and 100" in view.message.text()
    assert ctx.session.policy.data() == before
    assert view.editors["settings.near_cap_percent"].text() == "10"  # the stored value is back


def test_the_tribunal_limit_can_change_from_a_date(window, ctx, qtbot) -> None:
    import datetime as dt

    view = _settings(window, qtbot)
    add = next(b for b in view.limits.findChildren(QPushButton) if b.text() == "Add a limit")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    limits = ctx.session.profile.settings.tribunal_limits
    assert [(lim.months, lim.effective_from) for lim in limits][-1] == (6, dt.date(2025, 11, 1))
    assert ctx.session.profile.tribunal_limit_months(dt.date(2025, 12, 1)) == 6
    assert ctx.session.profile.tribunal_limit_months(dt.date(2025, 10, 1)) == 3


def test_your_details_are_kept_in_the_database(window, ctx, qtbot) -> None:
    view = _settings(window, qtbot)
    _edit(qtbot, view.editors["meta.user_name"], "Gwen Jones")  # QTest types ASCII only
    _edit(qtbot, view.editors["meta.branch_name"], "Sir Ddinbych")
    assert ctx.session.store.meta("user_name") == "Gwen Jones"
    view.editors["meta.user_name"].setText("Gwenllïan Ŷr Jones")
    view.editors["meta.user_name"].editingFinished.emit()
    assert ctx.session.store.meta("user_name") == "Gwenllïan Ŷr Jones"
    assert ctx.session.store.meta("branch_name") == "Sir Ddinbych"
    view.mode_combo.setCurrentIndex(view.mode_combo.findData("branch"))
    view.mode_combo.activated.emit(view.mode_combo.currentIndex())
    assert ctx.session.store.meta("mode") == "branch"


def test_the_language_is_a_window_setting_and_changes_at_once(window, ctx, qtbot) -> None:
    view = _settings(window, qtbot)
    view.lang_combo.setCurrentIndex(view.lang_combo.findData("cy"))
    view.lang_combo.activated.emit(view.lang_combo.currentIndex())
    assert ctx.options.get(opt.LANGUAGE) == "cy"
    qtbot.waitUntil(lambda: window.view_actions["settings"].text() == "Gosodiadau")
    view = window.view("settings")
    assert view.lang_combo.currentData() == "cy"
    view.lang_combo.setCurrentIndex(view.lang_combo.findData("en"))
    view.lang_combo.activated.emit(view.lang_combo.currentIndex())
    qtbot.waitUntil(lambda: window.view_actions["settings"].text() == "Settings")
    assert ctx.options.get(opt.LANGUAGE) == "en" and ctx.lang == "en"
