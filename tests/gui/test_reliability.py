"""The app's guard over its data: one window per database, the check at start and the recovery
screen, automatic backups, Back up now / Restore, and the command line's writes seen live."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from unionrep.app.session import open_session
from unionrep.core.model import Rep
from unionrep.gui import locks, reliability
from unionrep.store import backup as backups


@pytest.fixture(autouse=True)
def _release_locks():
    yield
    locks.release_locks()
    reliability.notices.clear()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(view) -> list[str]:
    model = view.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# -- one window per database -----------------------------------------------------------------------


def test_a_second_window_on_the_same_database_is_refused(session, db_path, qapp, capsys) -> None:
    from unionrep.gui.app import run

    other = QLockFile(str(db_path) + ".lock")  # the other window's lock
    assert other.tryLock(0)
    try:
        assert run(["--db", str(db_path)]) == 1
    finally:
        other.unlock()
    err = capsys.readouterr().err
    assert str(db_path) in err and "already open in another unionrep window" in err


def test_a_second_process_is_refused_with_the_message(session, db_path) -> None:
    assert locks.lock_database(db_path) is None  # this process is the first window
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "unionrep", "--db", str(db_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "already open in another unionrep window" in result.stderr
    assert str(db_path) in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_lock_file_is_private(session, db_path) -> None:
    """It names this host and process: 0600, like the database."""
    old = os.umask(0o022)  # as a desktop session usually has it
    try:
        assert locks.lock_database(db_path) is None
        assert Path(str(db_path) + ".lock").stat().st_mode & 0o777 == 0o600
    finally:
        locks.release_locks()
        os.umask(old)


def test_a_lock_left_by_a_crashed_process_is_taken_over(session, db_path) -> None:
    crash = ("import os, sys; from PySide6.QtCore import QLockFile; l = QLockFile(sys.argv[1]); "
             "l.setStaleLockTime(0); assert l.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", crash, str(db_path) + ".lock"], check=True, timeout=60)
    assert Path(str(db_path) + ".lock").exists()  # left behind
    assert locks.lock_database(db_path) is None


# -- the check at start and the recovery screen ----------------------------------------------------


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _overwrite_header(data: bytes) -> bytes:
    return b"\x00" * 16 + data[16:]


def _overwrite_pages(data: bytes) -> bytes:
    page = 4096
    return data[: 2 * page] + bytes((i * 7919) % 256 for i in range(4 * page)) + data[6 * page:]


def _random_bytes(data: bytes) -> bytes:
    import random

    return random.Random(6).randbytes(len(data))


@pytest.fixture
def damaged(session, db_path, make_rep):
    """A database with a backup holding one rep; then the database is damaged by `how`."""
    make_rep("Before the damage")
    for n in range(40):  # pages enough that the middle ones hold data
        session.reps.add(Rep(name=f"Rep {n} " + "x" * 150, notes="n" * 400, weekly_minutes=37 * 60))
    made = backups.auto_backup(session.store.db, reason="start")
    assert made is not None
    session.store.db.close()

    def damage(how) -> bytes:
        for side in (Path(str(db_path) + "-wal"), Path(str(db_path) + "-shm")):
            side.unlink(missing_ok=True)
        data = how(db_path.read_bytes())
        db_path.write_bytes(data)
        return data

    return damage


def _drive(monkeypatch, qtbot, act) -> list:
    """RecoveryDialog.exec() replaced: show it, do `act(dialog)`, wait for it to close."""
    from unionrep.gui.dialogs.recovery import RecoveryDialog

    seen: list = []

    def fake_exec(dialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        act(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)
    return seen


@pytest.mark.parametrize("how", [_truncate, _overwrite_header, _overwrite_pages, _random_bytes])
def test_a_damaged_database_is_recovered_from_the_newest_backup(how, damaged, db_path, monkeypatch,
                                                                 qtbot) -> None:
    from unionrep.gui.app import open_database, parse_args

    broken = damaged(how)
    seen = _drive(monkeypatch, qtbot, lambda dialog: dialog.recover_button.click())
    opened = open_database(parse_args(["--db", str(db_path)]), None, "en")
    assert opened is not None
    session, path = opened
    assert path == db_path
    assert session.reps.find("Before the damage") is not None  # the backup's data
    dialog = seen[0]
    assert "The database is damaged" in dialog.findChild(type(dialog.offer), "heading").text()
    assert str(db_path) in dialog.explanation.text()
    assert str(dialog.backup) in dialog.offer.text()
    assert dialog.aside is not None and dialog.aside.name.startswith("branch.db.damaged-")
    assert dialog.aside.read_bytes() == broken  # the damaged file kept, byte for byte
    assert reliability.notices and str(dialog.aside) in reliability.notices[0]
    session.store.db.close()


@pytest.mark.parametrize("how", [_truncate, _overwrite_pages])  # pages: only the quick check sees it
def test_quitting_the_recovery_screen_changes_nothing(how, damaged, db_path, monkeypatch, qtbot) -> None:
    from unionrep.gui.app import run

    broken = damaged(how)
    _drive(monkeypatch, qtbot, lambda dialog: dialog.quit_button.click())
    assert run(["--db", str(db_path)]) == 1
    assert db_path.read_bytes() == broken
    assert not list(db_path.parent.glob("branch.db.damaged-*"))


def test_screenshots_of_a_damaged_database_stop_with_the_message(damaged, db_path, tmp_path,
                                                               capsys) -> None:
    from unionrep.gui.app import run

    broken = damaged(_truncate)
    assert run(["--db", str(db_path), "--screenshot", str(tmp_path / "shots")]) == 1
    assert "is damaged" in capsys.readouterr().err
    assert db_path.read_bytes() == broken


def test_without_a_backup_the_screen_says_so(session, db_path, monkeypatch, qtbot) -> None:
    from unionrep.gui.dialogs.recovery import RecoveryDialog

    session.store.db.close()
    db_path.write_bytes(_truncate(db_path.read_bytes()))
    seen = _drive(monkeypatch, qtbot, lambda dialog: dialog.quit_button.click())
    assert reliability.open_checked(db_path) is None
    dialog: RecoveryDialog = seen[0]
    assert "No good backup" in dialog.offer.text()
    assert not dialog.recover_button.isVisibleTo(dialog)


def test_a_wrong_passphrase_is_not_called_damage(tmp_path, monkeypatch, qtbot) -> None:
    from unionrep.store import crypto

    if crypto.cipher_module() is None:
        pytest.skip("sqlcipher3 is not installed")
    monkeypatch.delenv("UNIONREP_PLAIN", raising=False)
    path = tmp_path / "secret.db"
    svc = open_session(path, create=True, passphrase="the right passphrase")
    svc.policy.init("denbighshire-2012")
    svc.reps.add(Rep(name="Behind the passphrase", weekly_minutes=37 * 60))
    svc.store.db.close()
    before = path.read_bytes()
    answers = {"text": "a wrong passphrase"}
    monkeypatch.setattr(crypto, "_default_prompt", lambda request: answers["text"])

    def retry(dialog) -> None:
        assert path.read_bytes() == before  # nothing written while the passphrase was wrong
        answers["text"] = "the right passphrase"
        dialog.retry_button.click()

    seen = _drive(monkeypatch, qtbot, retry)
    session = reliability.open_checked(path)
    dialog = seen[0]
    heading = dialog.findChild(type(dialog.offer), "heading").text()
    assert heading == "The passphrase does not open the database"
    assert dialog.retry_button.isDefault()
    assert "damaged" not in heading
    assert session is not None and session.reps.find("Behind the passphrase") is not None
    session.store.db.close()


def test_cancelling_the_passphrase_quits_without_a_recovery_screen(tmp_path, monkeypatch, qtbot) -> None:
    from unionrep.store import crypto

    if crypto.cipher_module() is None:
        pytest.skip("sqlcipher3 is not installed")
    monkeypatch.delenv("UNIONREP_PLAIN", raising=False)
    path = tmp_path / "secret.db"
    open_session(path, create=True, passphrase="the right passphrase").store.db.close()
    monkeypatch.setattr(crypto, "_default_prompt", lambda request: None)
    seen = _drive(monkeypatch, qtbot, lambda dialog: dialog.quit_button.click())
    assert reliability.open_checked(path) is None
    assert seen == []


# -- automatic backups ---------------------------------------------------------------------------


def test_closing_the_window_writes_a_private_backup(ctx, db_path, make_rep, qtbot) -> None:
    from unionrep.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    guardian = reliability.guard(win, ctx, start_backup=False)
    make_rep("Recorded today")
    win.show()
    win.close()
    found = backups.list_backups(db_path)
    assert [b.reason for b in found] == ["close"]
    assert found[0].path == guardian.last_backup
    assert found[0].path.parent == db_path.parent / "backups"
    assert _mode(found[0].path) == 0o600
    with _opened(found[0].path) as copy:
        assert copy.reps.find("Recorded today") is not None


class _opened:
    def __init__(self, path: Path) -> None:
        self.session = open_session(path)

    def __enter__(self):
        return self.session

    def __exit__(self, *exc) -> None:
        self.session.store.db.close()


def test_the_first_start_of_the_day_backs_up_in_the_background(ctx, db_path, qtbot) -> None:
    from unionrep.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    guardian = reliability.guard(win, ctx)
    qtbot.waitUntil(lambda: guardian.last_backup is not None, timeout=20_000)
    assert guardian.last_backup.name.endswith("-start.db")
    assert _mode(guardian.last_backup) == 0o600
    again = reliability.guard(win, ctx)  # a second start the same day: no second backup
    again.backup_at_start()
    from unionrep.gui.workers import wait_for_workers

    assert wait_for_workers()
    qtbot.wait(0)
    assert [b.reason for b in backups.list_backups(db_path)] == ["start"]


# Starts the app on the database given, noting each step of the start as it happens, and quits once
# the backup at start is made: run in a process of its own, as the app always is. With `slow`, the
# check at start takes a second longer (as on a big file); the recovery screen, if it comes, is
# noted and left ("Quit").
START_DRIVER = """
import os
import sys
import time

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication

from unionrep.app import book
from unionrep.gui import app as app_module
from unionrep.gui import reliability
from unionrep.gui.dialogs.recovery import RecoveryDialog
from unionrep.gui.main_window import MainWindow
from unionrep.store import health

db_path = sys.argv[2]
order = []


def writes(session):
    try:
        session.store.db.conn.execute("UPDATE reps SET name = name WHERE 0")
    except Exception as exc:
        return "writes refused" if getattr(exc, "kind", None) == "checking" else repr(exc)
    return "writes allowed"


checking = health.quick_check


def quick_check(path, **kwargs):
    order.append("check begun")
    time.sleep(float(os.environ["SLOW_CHECK"]))
    found = checking(path, **kwargs)
    order.append("checked")
    if os.environ["CHECK_SAYS"] == "damaged":
        return health.Diagnosis(path, "damaged", "page 4 (as the test says)")
    return found


opening = app_module.open_database


def open_database(*args, **kwargs):
    if os.environ["CHECK_FIRST"] and kwargs.get("ahead") is not None:
        kwargs["ahead"]()  # the check at start finished before the file is opened, however busy the machine
    opened = opening(*args, **kwargs)
    if opened is not None:
        other = QLockFile(db_path + ".lock")
        order.append(("opened, locked" if not other.tryLock(0) else "opened, not locked")
                     + ", " + writes(opened[0]))
    return opened


class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in order:
            order.append("painted")
        return False


watch = Watch()
showing = MainWindow.show


def show(window):
    window.installEventFilter(watch)
    showing(window)


guarding = reliability.guard


def guard(window, ctx, **kwargs):
    order.append("guarded, " + writes(ctx.session))
    guardian = guarding(window, ctx, **kwargs)

    def backed_up():
        if guardian.last_backup is None:
            QTimer.singleShot(20, backed_up)
            return
        order.append("backed up (" + guardian.last_backup.name.rsplit("-", 1)[1] + ")")
        QApplication.instance().quit()

    backed_up()
    return guardian


def recovery_screen(dialog):
    order.append("recovery screen")
    return 0  # Quit


health.quick_check = book.quick_check = quick_check
app_module.open_database = open_database
MainWindow.show = show
reliability.guard = guard
RecoveryDialog.exec = recovery_screen
status = app_module.run(sys.argv[1:])
print("|".join(order))
sys.exit(status)
"""


def _start(db_path: Path, slow: float = 0, check_says: str = "", check_first: bool = False
           ) -> tuple[int, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SLOW_CHECK=str(slow), CHECK_SAYS=check_says,
               CHECK_FIRST="1" if check_first else "")
    result = subprocess.run([sys.executable, "-c", START_DRIVER, "--db", str(db_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.stdout, result.stderr
    return result.returncode, result.stdout.splitlines()[-1].split("|")


def test_a_start_locks_and_checks_before_the_window_and_backs_up_after_its_first_paint(
        session, db_path) -> None:
    """The order of a start whose check at start is done before the file is opened: the lock and
    the check, the file opened for writing, the window painted, the backup at start and the watch."""
    session.store.db.close()
    assert _start(db_path, check_first=True) == (0, [
        "check begun", "checked", "opened, locked, writes allowed", "painted", "guarded, writes allowed",
        "backed up (start.db)"])


def test_a_window_shown_before_the_check_at_start_passes_writes_nothing_until_it_has(
        session, db_path) -> None:
    """The window is built and painted from the file opened with every write refused, and the check
    at start begun only then (run alongside, it slowed the start); writes are allowed, and the
    backups and the watch begun, once it passes."""
    session.store.db.close()
    assert _start(db_path, slow=1.0) == (0, ["opened, locked, writes refused", "painted", "check begun",
                                             "checked", "guarded, writes allowed", "backed up (start.db)"])


def test_damage_the_check_at_start_finds_after_the_window_is_shown_leads_to_the_recovery_screen(
        session, db_path) -> None:
    """The check at start, still running when the window was painted (writes refused), then finds
    the file damaged: the window gives way to the recovery screen (the check made again, as every
    start makes it), and leaving that screen quits with nothing written."""
    session.store.db.close()
    before = db_path.read_bytes()
    assert _start(db_path, slow=1.0, check_says="damaged") == (
        1, ["opened, locked, writes refused", "painted", "check begun", "checked", "check begun", "checked",
            "recovery screen"])
    assert db_path.read_bytes() == before


def test_a_damaged_file_opened_at_start_is_never_written(damaged, db_path) -> None:
    """Pages only the check at start sees are damaged, and the check is slow: whether or not the
    window could be built from the file before it, the recovery screen comes, and leaving it
    quits with the file as it was."""
    broken = damaged(_overwrite_pages)
    status, order = _start(db_path, slow=1.0)
    assert (status, order[-1]) == (1, "recovery screen")
    assert not any(step.startswith(("guarded", "backed up")) for step in order)
    assert db_path.read_bytes() == broken


# -- Back up now and Restore -----------------------------------------------------------------------


def test_back_up_now_writes_a_backup_and_says_where(window, db_path, qtbot) -> None:
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "last_backup_message", None) is not None, timeout=20_000)
    found = backups.list_backups(db_path)
    assert [b.reason for b in found] == ["manual"]
    assert str(found[0].path) in window.last_backup_message.text()
    assert _mode(found[0].path) == 0o600


def test_restore_from_a_backup_keeps_the_current_data_aside(window, ctx, db_path, make_rep,
                                                            monkeypatch, qtbot) -> None:
    make_rep("In the backup")
    made = backups.backup(ctx.session.store.db)
    make_rep("Added after the backup")
    reps = window.show_view("reps")
    assert "Added after the backup" in _names(reps)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    old = ctx.session
    window.restore_action.trigger()

    assert ctx.session is not old
    assert ctx.session.reps.find("In the backup") is not None
    assert not any(r.name == "Added after the backup" for r in ctx.session.reps.all())
    reps = window.view("reps")
    assert "In the backup" in _names(reps) and "Added after the backup" not in _names(reps)
    asides = list(db_path.parent.glob("branch.db.before-restore-*"))
    assert len(asides) == 1 and str(asides[0]) in window.last_backup_message.text()
    with _opened(asides[0]) as kept:
        assert kept.reps.find("Added after the backup") is not None
    assert not window.ctx.undo_stack.canUndo()


def test_a_restore_that_fails_changes_nothing(window, ctx, db_path, make_rep, monkeypatch, qtbot,
                                              tmp_path) -> None:
    make_rep("Still here")
    bogus = tmp_path / "not-a-backup.db"
    bogus.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    from unionrep.gui.operations.backup import restore_backup

    assert restore_backup(window, bogus) is None
    assert ctx.session.reps.find("Still here") is not None
    assert not list(db_path.parent.glob("branch.db.before-restore-*"))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.text().startswith("Nothing was restored")


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_the_number_of_backups_kept_is_a_setting(window, ctx, qtbot) -> None:
    settings = window.show_view("settings")
    edit = settings.backup_keep
    assert edit.text() == "10"
    _type(qtbot, edit, "3")
    assert backups.backup_keep(ctx.session.store.db) == 3
    assert window.undo_action.text() == "&Undo Change how many backups are kept"
    window.undo_action.trigger()
    assert backups.backup_keep(ctx.session.store.db) == 10
    assert edit.text() == "10"


@pytest.mark.parametrize(("typed", "rule"), [("0", "must be between 1 and 1000"),
                                             ("ten", "'ten' is not a whole number")])
def test_a_bad_number_of_backups_is_refused(typed, rule, window, ctx, qtbot) -> None:
    settings = window.show_view("settings")
    _type(qtbot, settings.backup_keep, typed)
    assert settings.message.text() == f"Not saved — Automatic backups kept: {rule}"
    assert ctx.session.store.meta("backup_keep") is None
    assert settings.backup_keep.text() == "10"


# -- the command line's writes, seen while the window is open ----------------------------------------


def test_a_write_by_another_connection_shows_without_a_restart(window, ctx, db_path, qtbot) -> None:
    reliability.guard(window, ctx, start_backup=False)
    reps = window.show_view("reps")
    result = subprocess.run([sys.executable, "-m", "unionrep.cli.main", "--db", str(db_path), "rep", "add",
                             "--name", "Added from the command line"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: "Added from the command line" in _names(reps), timeout=10_000)
    other = open_session(db_path)  # another connection, as a second program would
    try:
        other.reps.add(Rep(name="Added by another program", weekly_minutes=37 * 60))
    finally:
        other.store.db.close()
    qtbot.waitUntil(lambda: "Added by another program" in _names(reps), timeout=10_000)


def test_the_window_own_writes_do_not_count_as_another_connection(window, ctx, make_rep) -> None:
    guardian = reliability.guard(window, ctx, start_backup=False)
    make_rep("Through the window")
    assert guardian.poll() is False


def test_the_recovery_screen_reads_well(damaged, db_path, tmp_path, qtbot) -> None:
    from unionrep.gui.dialogs.recovery import RecoveryDialog
    from unionrep.store import health

    damaged(_truncate)
    dialog = RecoveryDialog(health.quick_check(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.recover_button.isDefault()
    assert dialog.grab().save(str(tmp_path / "recovery.png"))
    if os.environ.get("UNIONREP_SHOT_DIR"):
        dialog.grab().save(str(Path(os.environ["UNIONREP_SHOT_DIR"]) / "recovery.png"))
    assert Qt.TextInteractionFlag.TextSelectableByMouse & dialog.explanation.textInteractionFlags()


def test_the_watch_for_other_writes_stops_when_the_window_closes(window, ctx) -> None:
    guardian = reliability.guard(window, ctx, start_backup=False)
    assert guardian.timer.isActive() and guardian.timer.interval() == reliability.POLL_MS
    window.close()
    assert not guardian.timer.isActive()  # no poll of a database the app is closing
