"""GUI fixtures: an AppContext over the test database's Session with a fixed "today", and the main
window.

Qt runs offscreen (tests/conftest.py). Settings go to an .ini file in the test's folder, never to
the user's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

TODAY = dt.date(2025, 11, 20)


@pytest.fixture(autouse=True)
def _plain_database(monkeypatch: pytest.MonkeyPatch) -> None:
    # test databases are throw-away: no passphrase prompt
    monkeypatch.setenv("UNIONREP_PLAIN", "1")


@pytest.fixture(autouse=True)
def _no_work_left_running(qapp) -> Iterator[None]:
    """After each test (its windows closed and deleted): every worker it started has finished and
    handed its result over, so none runs on into the next test or into the interpreter's exit."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from unionrep.gui import workers

    assert QThreadPool.globalInstance().waitForDone(60_000), "a worker thread is still running"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert workers.running() == 0


@pytest.fixture
def options(tmp_path):
    from unionrep.gui.options import Options

    return Options(tmp_path / "ui.ini")


@pytest.fixture
def ctx(qapp, session, options, db_path):
    from unionrep.gui import rc_unionrep  # noqa: F401 — icons
    from unionrep.gui.context import AppContext

    return AppContext(session, options, db_path, lang="en", today=lambda: TODAY)


@pytest.fixture
def window(qtbot, ctx) -> Iterator[object]:
    from unionrep.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    # as the user has it once started: the dashboard's entry and dispute flags follow its first paint
    dashboard = win.views.get("dashboard")
    if dashboard is not None:
        qtbot.waitUntil(lambda: not dashboard.flags_pending, timeout=5000)
    yield win
    win.close()


@pytest.fixture
def steward(make_rep):
    """A full-time steward who is also the branch's learning rep."""
    return make_rep("Siân Ŵyn Roberts", roles=(("steward", "2020-04-01"), ("learning", "2021-04-01")))


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    """Whatever a test switches to, the next test starts with no translator (English sources)."""
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from unionrep.gui import language, texts

    yield
    translator = language.current_translator()
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    language._translator = None
    texts.set_lang("en")
    QLocale.setDefault(language.locale_for("en"))
    QApplication.processEvents()
