"""The application as a whole: first run, --screenshot, window state, shortcuts, missing parts,
and a complete Welsh translation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from unionrep.gui import options as opt

ROOT = Path(__file__).resolve().parents[2]


def _ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_first_run_creates_the_database_with_the_chosen_profile(qtbot, tmp_path) -> None:
    from unionrep.app.session import open_session
    from unionrep.gui.dialogs.first_run import FirstRunDialog

    path = tmp_path / "new" / "unionrep.db"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.ui.profileCombo.setCurrentIndex(dialog.ui.profileCombo.findData("primary-care-2022"))
    qtbot.mouseClick(dialog.ui.branchRadio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.nameEdit, "Eleri Vaughan")
    qtbot.keyClicks(dialog.ui.unionEdit, "UNISON Cymru")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    dialog.session.store.db.close()
    session = open_session(path)
    assert session.profile.id == "primary-care-2022"
    assert session.store.meta("mode") == "branch"
    assert session.store.meta("user_name") == "Eleri Vaughan"
    assert session.store.meta("union_name") == "UNISON Cymru"


def test_first_run_refuses_a_bad_email_and_makes_nothing(qtbot, tmp_path) -> None:
    from unionrep.gui.dialogs.first_run import FirstRunDialog

    path = tmp_path / "unionrep.db"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.emailEdit, "not-an-address")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text().startswith("E-mail:")
    assert not path.exists()


def test_screenshots_of_every_view(qapp, tmp_path, capsys) -> None:
    pytest.importorskip("unionrep.demo")
    from unionrep.gui.app import run

    assert run(["--demo", "--screenshot", str(tmp_path)]) == 0
    names = {p.name for p in tmp_path.glob("*.png")}
    from unionrep.gui.dialogs import pdf_preview

    assert names == {"dashboard.png", "log.png", "reps.png", "requests.png", "disputes.png",
                     "settings.png", "quick-entry.png", "dashboard-cy.png"} | (
        {"proforma-preview.png", "proforma.png"} if pdf_preview.available() else set())
    for png in tmp_path.glob("*.png"):
        assert png.stat().st_size > 10_000  # a real picture, not an empty grab
    assert (tmp_path / "dashboard-cy.png").read_bytes() != (tmp_path / "dashboard.png").read_bytes()
    from unionrep.gui.texts import current_lang

    assert current_lang() == "en"  # the Welsh picture taken, the language it started in is back


def test_views_have_shortcuts_and_the_window_remembers_its_place(ctx, window, qtbot) -> None:
    for number, key in enumerate(("dashboard", "log", "reps", "requests", "disputes", "settings"), start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.view(key)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.close()
    assert ctx.options.get(opt.LAST_VIEW) == 1
    assert not ctx.options.get(opt.GEOMETRY).isEmpty()

    from unionrep.gui.main_window import MainWindow

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_key() == "log"


def test_ctrl_f_searches_the_log_and_f1_opens_help(window, qtbot) -> None:
    from unionrep.gui.help_viewer import HelpViewer

    window.show_view("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    log = window.view("log")
    assert window.stack.currentWidget() is log
    qtbot.waitUntil(lambda: QApplication.focusWidget() is log.filters.search)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChild(HelpViewer) is not None


def test_controls_have_accessible_names(window) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

    for key in ("dashboard", "log", "reps", "requests", "disputes", "settings"):
        view = window.show_view(key)
        controls = view.findChildren(QComboBox) + view.findChildren(QLineEdit) + view.findChildren(QTableView)
        for widget in controls:
            if widget.isVisibleTo(view) and not isinstance(widget.parent(), QComboBox):
                assert widget.accessibleName(), f"{key}: {widget.metaObject().className()} has no name"


def test_the_welsh_translation_is_complete_and_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "resources" / "update_ts.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_the_interface_speaks_welsh(qapp, session, options, db_path, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from unionrep.gui.context import AppContext
    from unionrep.gui.main_window import MainWindow

    translator = QTranslator()
    assert translator.load(":/translations/unionrep_cy.qm")
    QCoreApplication.installTranslator(translator)
    try:
        win = MainWindow(AppContext(session, options, db_path, lang="cy"))
        qtbot.addWidget(win)
        assert win.view_actions["dashboard"].text() == "Dangosfwrdd"
        assert win.view_actions["disputes"].text() == "Anghydfodau"
        log = win.show_view("log")
        assert log.filters.year.itemText(0) == "Pob blwyddyn"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_passphrase_dialog_asks_twice_for_a_new_database(qtbot) -> None:
    from unionrep.gui.dialogs.passphrase import PassphraseDialog

    dialog = PassphraseDialog("/tmp/branch.db", "create")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "correct horse")
    qtbot.keyClicks(dialog.second, "correct hearse")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == 0 and dialog.error.text() == "The two passphrases differ."
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "correct horse")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.passphrase() == "correct horse"


def test_the_window_gives_the_passphrase_prompt_back(qapp, tmp_path) -> None:
    pytest.importorskip("unionrep.demo")
    crypto = pytest.importorskip("unionrep.store.crypto")
    from unionrep.gui.app import run

    before = crypto.default_prompt()
    assert run(["--demo", "--screenshot", str(tmp_path)]) == 0
    assert crypto.default_prompt() is before  # later work in this process is not asked in a dialog
