"""The first run as a steward keeping their own log: the wizard makes the rep and the roles, so the
first Ctrl+N just works; the language is offered on its first page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def _ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def _steward_wizard(qtbot, path):
    from unionrep.gui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.stewardRadio.isChecked()
    assert _ok(dialog).text().replace("&", "") == "Next"
    dialog.ui.nameEdit.setText("Siân Ŵyn Roberts")  # (QTest types ASCII only)
    qtbot.keyClicks(dialog.ui.unionEdit, "UNSAIN Cymru / UNISON Cymru")
    qtbot.keyClicks(dialog.ui.emailEdit, "sian@example.org")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1  # nothing made yet
    assert not path.exists()
    return dialog


def test_the_steward_wizard_makes_the_rep_and_roles_and_ctrl_n_just_works(qtbot, tmp_path, options) -> None:
    from unionrep.gui import rc_unionrep  # noqa: F401 — icons
    from unionrep.gui.context import AppContext
    from unionrep.gui.main_window import MainWindow

    path = tmp_path / "unionrep.db"
    dialog = _steward_wizard(qtbot, path)
    page = dialog.steward_page
    assert page.role_checks["steward"].isChecked()  # the steward's role, ticked already
    page.role_dates["steward"].setDate(QDate(2024, 9, 1))
    qtbot.mouseClick(page.role_checks["health-safety"], Qt.MouseButton.LeftButton)
    page.role_dates["health-safety"].setDate(QDate(2025, 4, 1))
    page.weekly_hours.clear()
    qtbot.keyClicks(page.weekly_hours, "22.5")
    qtbot.mouseClick(page.school, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.manager, "Rhodri Prydderch")
    qtbot.keyClicks(page.manager_email, "rhodri@example.org")
    qtbot.keyClicks(page.head, "Elinor Huws")
    qtbot.keyClicks(page.head_email, "elinor@example.org")
    assert _ok(dialog).text() == "Start"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    session = dialog.session
    [rep] = session.reps.all()
    assert rep.name == "Siân Ŵyn Roberts"
    assert rep.weekly_minutes == 22 * 60 + 30 and rep.full_time_minutes == 37 * 60
    assert rep.school
    assert (rep.union_name, rep.email) == ("UNSAIN Cymru / UNISON Cymru", "sian@example.org")
    assert (rep.manager, rep.manager_email) == ("Rhodri Prydderch", "rhodri@example.org")
    assert (rep.head_of_service, rep.head_of_service_email) == ("Elinor Huws", "elinor@example.org")
    held = sorted((a.role, a.start_on) for a in session.roles.assignments(rep.id))
    assert held == [("health-safety", dt.date(2025, 4, 1)), ("steward", dt.date(2024, 9, 1))]
    assert session.store.meta("mode") == "steward"

    ctx = AppContext(session, options, path, lang="en", today=lambda: dt.date(2025, 11, 20))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    entry_dialog = window.quick_entry
    assert entry_dialog is not None
    assert entry_dialog.ui.repCombo.currentData() == rep.id  # the only rep, chosen already
    qtbot.waitUntil(lambda: QApplication.focusWidget() is entry_dialog.ui.hoursEdit)
    qtbot.keyClicks(entry_dialog.ui.hoursEdit, "2")
    with qtbot.waitSignal(entry_dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    [entry] = session.entries.all(rep.id)
    assert (entry.minutes, entry.date) == (120, dt.date(2025, 11, 20))
    window.close()
    session.store.db.close()


def test_the_steward_page_refuses_bad_hours_and_makes_nothing(qtbot, tmp_path) -> None:
    path = tmp_path / "unionrep.db"
    dialog = _steward_wizard(qtbot, path)
    dialog.steward_page.weekly_hours.setText("lots")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "weekly-hours" in dialog.ui.errorLabel.text() and "'lots'" in dialog.ui.errorLabel.text()
    assert dialog.session is None and not path.exists()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0


def test_the_language_is_offered_on_the_first_page(qtbot, tmp_path) -> None:
    from unionrep.gui.dialogs.first_run import FirstRunDialog
    from unionrep.gui.language import apply_language

    dialog = FirstRunDialog(tmp_path / "unionrep.db")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Cymraeg", "English"]
    try:
        combo.setCurrentIndex(combo.findData("cy"))
        qtbot.waitUntil(lambda: _ok(dialog).text().replace("&", "") == "Nesaf")
        assert dialog.lang == "cy"
        assert dialog.ui.stewardRadio.text().replace("&", "") == "Fy nghofnod fy hun, fel stiward"
        qtbot.mouseClick(dialog.ui.branchRadio, Qt.MouseButton.LeftButton)
        assert _ok(dialog).text() == "Dechrau"  # the branch's book: made at once
    finally:
        apply_language("en")
        QApplication.processEvents()
