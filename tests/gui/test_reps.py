"""Reps & roles, driven through the widgets: add a rep, assign two roles, end one, and bad input."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from unionrep.gui.dialogs.rep_dialog import RepDialog


def _open_reps(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.view("reps")
    assert window.stack.currentWidget() is view
    return view


def _add_rep_dialog(view, qtbot) -> RepDialog:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(RepDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _save(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _assign(page, qtbot, role_text: str, start: str | None = None) -> None:
    """Pick the role by typing its first letters, as on a closed combo box (empty: the first role)."""
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    if role_text:
        qtbot.keyClicks(dialog.widget("role"), role_text)
    if start is not None:
        dialog.widget("from").setDate(dt.date.fromisoformat(start))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_a_rep_then_assign_two_roles(window, ctx, qtbot) -> None:
    view = _open_reps(window, qtbot)
    dialog = _add_rep_dialog(view, qtbot)
    qtbot.keyClicks(dialog.ui.nameEdit, "Eleri Vaughan")
    dialog.ui.weeklyHoursEdit.clear()
    qtbot.keyClicks(dialog.ui.weeklyHoursEdit, "30")
    qtbot.keyClicks(dialog.ui.managerEdit, "Helen Pritchard")
    with qtbot.waitSignal(dialog.accepted):
        _save(dialog, qtbot)

    rep = ctx.session.reps.find("Eleri Vaughan")
    assert rep.weekly_minutes == 30 * 60
    assert rep.manager == "Helen Pritchard"
    page = view.page
    assert page.rep is not None and page.rep.id == rep.id  # the new rep's page is shown

    _assign(page, qtbot, "", "2025-04-01")  # the first role: branch officer / steward
    _assign(page, qtbot, "Health and safety")
    held = sorted(a.role for a in ctx.session.roles.assignments(rep.id))
    assert held == ["health-safety", "steward"]
    assert page.roles_model.rowCount() == 2
    # the allowances tab: steward 100 h × 30/37; H&S 30 h for the 132 days held of 2025/26
    summary = page.card.summary()
    assert "0 of 81.08 h used" in summary
    assert "0 of 10.85 h used" in summary


def test_a_rep_without_a_name_is_refused_and_nothing_is_saved(window, ctx, qtbot) -> None:
    view = _open_reps(window, qtbot)
    dialog = _add_rep_dialog(view, qtbot)
    _save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text().startswith("name:")
    assert ctx.session.reps.all() == []


def test_bad_weekly_hours_name_the_field(window, ctx, qtbot) -> None:
    view = _open_reps(window, qtbot)
    dialog = _add_rep_dialog(view, qtbot)
    qtbot.keyClicks(dialog.ui.nameEdit, "Huw Davies")
    dialog.ui.weeklyHoursEdit.clear()
    qtbot.keyClicks(dialog.ui.weeklyHoursEdit, "ninety")
    _save(dialog, qtbot)
    assert "weekly-hours" in dialog.ui.errorLabel.text()
    assert ctx.session.reps.all() == []


def test_ending_a_role_is_undoable(window, ctx, steward, qtbot) -> None:
    view = _open_reps(window, qtbot)
    view.select_rep(steward.id)
    page = view.page
    page.roles_table.select_where(lambda a: a.role == "learning")
    qtbot.mouseClick(page.end_role_button, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog
    dialog.widget("on").setDate(dt.date(2025, 10, 31))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    learning = next(a for a in ctx.session.roles.assignments(steward.id) if a.role == "learning")
    assert learning.end_on == dt.date(2025, 10, 31)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    learning = next(a for a in ctx.session.roles.assignments(steward.id) if a.role == "learning")
    assert learning.end_on is None


def test_an_overlapping_role_is_refused_in_the_dialog(window, ctx, steward, qtbot) -> None:
    view = _open_reps(window, qtbot)
    view.select_rep(steward.id)
    qtbot.mouseClick(view.page.assign_button, Qt.MouseButton.LeftButton)
    dialog = view.page.open_dialog
    assert dialog.widget("role").currentData() == "steward"  # already held since 2020
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("from:")
    assert len(ctx.session.roles.assignments(steward.id)) == 2
