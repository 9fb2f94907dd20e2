"""Starting the app: with no display, and on a small screen."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from unionrep.app.session import open_session
from unionrep.gui import kept_screen
from unionrep.gui.app import no_display
from unionrep.gui.views.dashboard import FIRST_CARDS
from unionrep.gui.widgets.balance_card import card_data


def _without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["UNIONREP_PLAIN"] = "1"
    return env


@pytest.mark.parametrize(("lang", "words"), [("en", "no display found"), ("cy", "dim sgrin")])
def test_with_no_display_one_line_says_how_to_run_and_nothing_is_made(tmp_path, lang, words) -> None:
    db = tmp_path / "unionrep.db"
    result = subprocess.run([sys.executable, "-m", "unionrep", "--db", str(db), "--lang", lang],
                            env=_without_display(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr  # one line, no Qt abort, no traceback
    assert words in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0] and "--screenshot DIR" in lines[0]
    assert not db.exists()


def test_no_display_is_only_said_where_a_display_is_needed() -> None:
    assert no_display({}, "linux")
    assert no_display({"DISPLAY": ""}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "win32")
    assert not no_display({}, "darwin")


def _a4_pdf() -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawString(72, 720, "A page as tall as a Pro Forma's")
    page.save()
    return out.getvalue()


LAPTOP = (0, 0, 1366, 768 - 28)  # a 1366×768 screen less a 28-pixel panel


def test_a_window_asks_for_no_more_than_the_screen_has_room_for() -> None:
    from PySide6.QtCore import QRect, QSize

    from unionrep.gui.geometry import fitted_size

    # 740 rows less a 40-pixel title bar leave 700; 1366 columns less 16 of borders leave 1350
    assert fitted_size(QSize(1280, 800), QRect(*LAPTOP)) == QSize(1280, 700)
    assert fitted_size(QSize(1600, 900), QRect(*LAPTOP)) == QSize(1350, 700)
    assert fitted_size(QSize(800, 600), QRect(*LAPTOP)) == QSize(800, 600)


def test_on_a_small_laptop_the_window_and_the_proforma_preview_fit(monkeypatch, ctx, qtbot) -> None:
    from PySide6.QtCore import QRect

    from unionrep.gui import geometry
    from unionrep.gui.dialogs.pdf_preview import PdfPreviewDialog
    from unionrep.gui.main_window import MainWindow

    monkeypatch.setattr(geometry, "available_area", lambda widget: QRect(*LAPTOP))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1280, 700)  # not pushed taller by its contents
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height()
    preview = PdfPreviewDialog("TEST", _a4_pdf(), "test.pdf", lambda _: None, parent=window)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.height() <= 700
    preview.reject()
    window.close()


def test_the_window_comes_back_at_the_size_it_was_left(monkeypatch, ctx, qtbot) -> None:
    from PySide6.QtCore import QRect

    from unionrep.gui import geometry
    from unionrep.gui.main_window import MainWindow

    monkeypatch.setattr(geometry, "available_area", lambda widget: QRect(0, 0, 1920, 1050))

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    # (the offscreen screen is 800×600: restoreGeometry keeps a window on it, so the size is small)
    left = (first.minimumSizeHint().width(), 520)
    first.resize(*left)
    first.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == left
    again.close()


def test_work_put_off_until_the_first_paint_runs_once_after_it(qtbot) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from unionrep.gui.first_paint import after_first_paint

    order: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                order.append("painted")
            return False

    window = QWidget()
    qtbot.addWidget(window)
    watch = Watch()
    window.installEventFilter(watch)
    after_first_paint(window, lambda: order.append("work"))
    window.show()
    qtbot.waitUntil(lambda: "work" in order, timeout=5000)
    assert order[0] == "painted" and order.index("work") > 0
    window.update()  # painted again: the work is not done again
    qtbot.waitUntil(lambda: order.count("painted") >= 2, timeout=5000)
    assert order.count("work") == 1


def test_pieces_of_work_put_off_until_the_first_paint_are_done_one_per_turn(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from unionrep.gui.first_paint import after_first_paint

    order: list[str] = []
    window = QWidget()
    qtbot.addWidget(window)

    def first() -> None:
        order.append("first")
        QTimer.singleShot(0, lambda: order.append("an event between"))  # as a key pressed meanwhile

    after_first_paint(window, first)
    after_first_paint(window, lambda: order.append("second"))
    window.show()
    qtbot.waitUntil(lambda: "second" in order, timeout=5000)
    qtbot.wait(20)
    assert order == ["first", "an event between", "second"]


def test_urgent_work_goes_first_and_does_not_wait_for_a_busy_worker(qtbot) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    from unionrep.gui.first_paint import after_first_paint
    from unionrep.gui.workers import run_in_thread

    order: list[str] = []
    release = threading.Event()
    window = QWidget()
    qtbot.addWidget(window)

    def start_a_worker() -> None:
        order.append("started a worker")
        run_in_thread(lambda: release.wait(10), lambda _: order.append("worker done"), lambda _: None,
                      context=window)

    after_first_paint(window, start_a_worker)
    after_first_paint(window, lambda: order.append("later"))
    after_first_paint(window, lambda: order.append("the watch"), urgent=True)
    window.show()
    qtbot.waitUntil(lambda: "started a worker" in order, timeout=5000)
    qtbot.wait(200)
    assert order == ["the watch", "started a worker"]  # "later" waits for the worker
    release.set()
    qtbot.waitUntil(lambda: "later" in order, timeout=5000)
    assert order == ["the watch", "started a worker", "worker done", "later"]


def test_a_worker_busy_for_long_holds_the_work_put_off_back_once(qtbot, monkeypatch) -> None:
    import threading
    import time

    from PySide6.QtWidgets import QWidget

    from unionrep.gui import first_paint
    from unionrep.gui.workers import run_in_thread

    monkeypatch.setattr(first_paint, "WORKER_WAIT_MS", 300)
    done: dict[str, float] = {}
    release = threading.Event()
    window = QWidget()
    qtbot.addWidget(window)

    def start_a_worker() -> None:
        done["worker started"] = time.monotonic()
        run_in_thread(lambda: release.wait(10), lambda _: None, lambda _: None, context=window)

    first_paint.after_first_paint(window, start_a_worker)
    for name in ("one", "two", "three"):
        first_paint.after_first_paint(window, lambda name=name: done.setdefault(name, time.monotonic()))
    window.show()
    try:
        qtbot.waitUntil(lambda: "three" in done, timeout=5000)
        # held back 0.3 s once, in all: not 0.3 s before each of the three (0.6 s from one to three)
        assert done["one"] - done["worker started"] >= 0.3
        assert done["three"] - done["one"] < 0.3
    finally:
        release.set()


def test_work_put_off_for_a_window_deleted_before_its_paint_is_never_done(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from unionrep.gui import first_paint

    done: list[str] = []
    window = QWidget()
    first_paint.after_first_paint(window, lambda: done.append("work"))
    window.deleteLater()
    qtbot.wait(first_paint.LATEST_MS + 300)
    assert done == []


def test_work_put_off_until_the_first_paint_is_done_for_a_window_never_painted(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from unionrep.gui import first_paint

    monkeypatch.setattr(first_paint, "LATEST_MS", 50)
    done: list[str] = []
    window = QWidget()  # never shown, so never painted
    qtbot.addWidget(window)
    first_paint.after_first_paint(window, lambda: done.append("work"))
    assert done == []
    qtbot.waitUntil(lambda: done == ["work"], timeout=5000)
    qtbot.wait(100)
    assert done == ["work"]


QUIT_AFTER_THE_FIRST_PAINT = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import unionrep.gui.app as app_module

watch_over = app_module.watch_over


def watch_then_quit(window, ctx, ahead=None):
    watch_over(window, ctx, ahead)
    QTimer.singleShot(300, QApplication.instance().quit)


app_module.watch_over = watch_then_quit
sys.exit(app_module.run(sys.argv[1:]))
"""


def _start_the_app(code: str, db_path, tmp_path) -> str:
    """Run `code` (which starts the app on `db_path`, given as --db) as a new process, offscreen,
    with settings and data of its own; its standard output."""
    env = {**os.environ, "UNIONREP_PLAIN": "1", "QT_QPA_PLATFORM": "offscreen", "UNIONREP_LANG": "en",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "UNIONREP_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", code, "--db", str(db_path)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_end_of_a_session_keeps_the_dashboards_first_screen_for_the_next_start(
        tmp_path, session, make_rep, db_path) -> None:
    for n in range(10):
        make_rep(f"Rep {n:02d}")
    session.close()
    _start_the_app(QUIT_AFTER_THE_FIRST_PAINT, db_path, tmp_path)
    book = open_session(db_path)
    try:
        today = dt.date.today()
        kept = book.first_screen.kept(kept_screen.question("en", FIRST_CARDS), today)
        assert kept is not None
        cards, summary, requests = kept_screen.decode(kept)
        every = book.balances.every(today, "en")
        assert cards == [card_data(balance, book.profile, "en") for balance in every[:FIRST_CARDS]]
        assert summary.reps == 10
        assert requests == 0
    finally:
        book.close()


RULES_AT_THE_FIRST_PAINT = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import unionrep.gui.app as app_module

watch_over = app_module.watch_over
RULES = ("unionrep.core.policy", "unionrep.core.caps", "unionrep.core.balance", "unionrep.core.flags",
         "unionrep.app.balances", "pickle")


def say_then_quit(window, ctx, ahead=None):  # the first piece of work after the first paint
    print("cards", len(window.view("dashboard").cards))
    print("rules", sorted(set(RULES) & set(sys.modules)))
    watch_over(window, ctx, ahead)
    QTimer.singleShot(300, QApplication.instance().quit)


app_module.watch_over = say_then_quit
sys.exit(app_module.run(sys.argv[1:]))
"""


def test_a_start_from_a_kept_first_screen_paints_it_before_importing_the_rules(
        tmp_path, session, make_rep, db_path) -> None:
    for n in range(10):
        make_rep(f"Rep {n:02d}")
    session.close()
    first = _start_the_app(RULES_AT_THE_FIRST_PAINT, db_path, tmp_path).splitlines()
    assert first[0] == "cards 8" and first[1] != "rules []"  # nothing kept yet: worked out first
    second = _start_the_app(RULES_AT_THE_FIRST_PAINT, db_path, tmp_path).splitlines()
    assert second[:2] == ["cards 8", "rules []"]  # the first session's eight cards, drawn as kept


COLLECTOR_AROUND_THE_FIRST_PAINT = """
import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import unionrep.gui.main_window as main_window
from unionrep.gui.first_paint import after_first_paint

seen = {}
build = main_window.MainWindow.__init__


def built(self, ctx):
    build(self, ctx)
    seen["building the window"] = gc.isenabled()

    def painted():  # in a later turn than the app's own work after the first paint
        seen["after the first paint"] = gc.isenabled()
        QApplication.instance().quit()

    after_first_paint(self, lambda: QTimer.singleShot(50, painted))


main_window.MainWindow.__init__ = built
from unionrep.__main__ import main

status = main(["--demo"])
print(seen["building the window"], seen["after the first paint"], gc.isenabled(), status)
"""


def test_the_garbage_collector_waits_for_the_first_paint_and_then_runs_past_the_start(tmp_path,
                                                                                      new_process) -> None:
    output = new_process(COLLECTOR_AROUND_THE_FIRST_PAINT, QT_QPA_PLATFORM="offscreen", UNIONREP_LANG="en",
                         XDG_CONFIG_HOME=str(tmp_path / "config"), UNIONREP_DATA_DIR=str(tmp_path / "data"))
    assert output.split() == ["False", "True", "True", "0"]


NOTHING_OF_THE_ROUNDS = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import unionrep.gui.app as app_module
from unionrep.gui import branch_sync

watch_over = app_module.watch_over


def watch_then_report(window, ctx, ahead=None):
    watch_over(window, ctx, ahead)

    def report():
        rounds = ("unionrep.app.sync", "unionrep.exchange", "cryptography")
        print(branch_sync._controllers != {}, sorted(m for m in rounds if m in sys.modules))
        QApplication.instance().quit()

    QTimer.singleShot(300, report)


app_module.watch_over = watch_then_report
sys.exit(app_module.run(sys.argv[1:]))
"""


def test_a_start_without_a_branch_folder_imports_nothing_of_the_rounds(tmp_path, session, db_path) -> None:
    session.close()
    output = _start_the_app(NOTHING_OF_THE_ROUNDS, db_path, tmp_path)
    # the window watches for a branch folder being set, without the bundles' code and cryptography
    assert output.split("\n")[0] == "True []"


def test_the_check_at_start_begins_when_asked_or_when_waited_for_and_once() -> None:
    from unionrep.gui.app import AheadCheck

    ran: list[str] = []
    asked = AheadCheck(lambda: ran.append("checked") or None, before=lambda: ran.append("loaded"))
    assert not asked.ready() and ran == []  # nothing done until asked
    asked.begin()
    asked()
    assert ran == ["loaded", "checked"] and asked.ready()
    ran.clear()
    waited = AheadCheck(lambda: ran.append("checked") or None, before=lambda: ran.append("loaded"))
    assert waited() is None  # a start that waits for it begins it
    waited.begin()  # and it is never begun twice
    assert ran == ["loaded", "checked"]
