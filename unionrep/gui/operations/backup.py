"""File ▸ Back up now and File ▸ Restore from a backup.

A backup is written by SQLite's backup API from a connection of its own, off the GUI thread, into
the backups folder beside the database. A restore replaces the database with a checked backup and
keeps the database that was open aside (`<name>.before-restore-<timestamp>`), never overwriting
it (unionrep.app.book.restore); the window then reopens the restored database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from unionrep.app import book
from unionrep.app.book import DatabaseError
from unionrep.app.session import Session, open_session
from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.gui.commands import SetMeta
from unionrep.paths import backups_dir


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def _info(parent: QWidget, title: str, message: str, folder: Path | None = None) -> QMessageBox:
    """A non-blocking message box, with a button that opens `folder`."""
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("backupMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if folder is not None:
        opener = box.addButton(_t("Open the &folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.open()
    return box


def back_up_now(window: Any) -> None:
    """Write a backup into the backups folder now, and say where."""
    from unionrep.gui.views.base import show_error
    from unionrep.gui.workers import run_in_thread

    ctx = window.ctx
    path, key = ctx.db_path, book.key_of(ctx.session)

    def work() -> Path:
        return book.backup_now(path, key)

    def done(made: Path) -> None:
        window.last_backup_message = _info(window, _t("Backed up"), _t(
            "Backed up to {path}.\n\nBackups are kept in {folder}: the newest automatic ones, and every "
            "one made with Back up now.").format(path=made, folder=made.parent), made.parent)
        window.statusBar().showMessage(_t("Backed up to {path}").format(path=made), 5000)

    def failed(message: str) -> None:
        show_error(window, _t("The backup could not be made: {message}").format(message=message),
                   _t("Backup failed"))

    run_in_thread(work, done, failed, parent=window, label=_t("Backing up…"))


def choose_backup(window: Any) -> Path | None:
    folder = backups_dir(window.ctx.db_path)
    chosen, _ = QFileDialog.getOpenFileName(
        window, _t("Restore from a backup"), str(folder if folder.is_dir() else window.ctx.db_path.parent),
        _t("unionrep backups (*.db);;All files (*)"))
    return Path(chosen) if chosen else None


def confirm_restore(window: Any, backup_file: Path) -> bool:
    answer = QMessageBox.question(
        window, _t("Restore from a backup"),
        _t("Replace the data open now with the backup {file}?\n\nThe data open now is not deleted: it "
           "is kept beside it as {name}.before-restore-…. Anything recorded after the backup was made "
           "will not be in the restored data.").format(file=backup_file, name=window.ctx.db_path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def _restore(db_path: Path, backup_file: Path, key: str | None) -> Path | None:
    try:
        return book.restore(db_path, backup_file, passphrase=key, prompt=book.no_prompt)
    except DatabaseError as exc:
        if exc.kind != "wrong_passphrase":
            raise
    # the backup is under another passphrase: ask for it
    from unionrep.gui.dialogs.passphrase import ask_passphrase

    return book.restore(db_path, backup_file, prompt=ask_passphrase)


def _reopen(db_path: Path, key: str | None) -> Session:
    try:
        return open_session(db_path, passphrase=key, prompt=book.no_prompt)
    except DatabaseError as exc:
        if exc.kind not in ("wrong_passphrase", "no_passphrase"):
            raise
    return open_session(db_path)


def _fatal(window: Any, exc: UnionrepError) -> None:
    """The database cannot be opened again: say so, and end the app (nothing can be shown)."""
    import sys

    message = _t("The database could not be opened again: {message}").format(message=exc)
    print(f"unionrep: {message}", file=sys.stderr)
    QMessageBox.critical(window, _t("Restore failed"), message)
    QCoreApplication.exit(1)


def restore_backup(window: Any, backup_file: Path | None = None) -> Path | None:
    """Restore a backup (chosen in a file dialog unless given) in place of the database, then show
    its data. Returns where the previous database was kept (None if nothing was restored).

    The window's connection is closed meanwhile (the engine refuses to restore under an open
    connection), so the work is done here, on the GUI thread, without running the event loop."""
    from unionrep.gui.views.base import show_error
    from unionrep.gui.workers import wait_for_workers

    ctx = window.ctx
    if backup_file is None:
        backup_file = choose_backup(window)
    if backup_file is None or not confirm_restore(window, backup_file):
        return None
    guardian = getattr(window, "guardian", None)
    if guardian is not None:
        guardian.pause()
    if window.quick_entry is not None:
        window.quick_entry.reject()
    wait_for_workers()
    db_path, key = ctx.db_path, book.key_of(ctx.session)
    ctx.session.close()
    aside: Path | None = None
    problem: UnionrepError | None = None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            aside = _restore(db_path, backup_file, key)
        except UnionrepError as exc:  # nothing changed: the database is where it was
            problem = exc
        try:
            ctx.session = _reopen(db_path, key)
        except UnionrepError as exc:
            QGuiApplication.restoreOverrideCursor()
            _fatal(window, exc)
            return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    ctx.undo_stack.clear()  # its commands were made on the data replaced
    window.retranslate()  # every view made afresh on the reopened database
    if guardian is not None:
        guardian.resume()
    if problem is not None:
        show_error(window, _t("Nothing was restored: {message}").format(message=problem),
                   _t("Restore failed"))
        return None
    window.statusBar().showMessage(_t("Restored {file}").format(file=backup_file), 5000)
    window.last_backup_message = _info(window, _t("Restored"), _t(
        "Restored the backup {file}.\n\nThe data open before is kept, not deleted, as {aside}.").format(
        file=backup_file, aside=aside), db_path.parent)
    return aside


# -- Settings ▸ This computer: how many automatic backups to keep ----------------------------------


def keep_label() -> str:
    return _t("Automatic backups kept:")


class BackupKeepEdit(QLineEdit):
    """The `backup_keep` setting (stored in the database, like the command line's `backup
    --keep`): a whole number from 1 to 1000. `apply(command)` runs the undoable change and shows
    its error, returning False if it was refused (the field then shows the stored value again)."""

    def __init__(self, ctx: Any, apply: Callable[[Any], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.apply = apply
        self.setObjectName("meta.backup_keep")
        self.setAccessibleName(_t("Automatic backups kept"))
        self.setToolTip(_t("How many of the automatic backups (made at the day's first start and on "
                           "closing) are kept; older ones are deleted. Backups made with File ▸ Back up "
                           "now are never deleted."))
        self.setMaximumWidth(120)
        self.editingFinished.connect(self._finished)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self.blockSignals(True)
        self.setText(str(book.backup_keep(self.ctx.session)))
        self.blockSignals(False)

    def _on_changed(self, what: str) -> None:
        from unionrep.gui import context as ctx_mod

        if what == ctx_mod.META:
            self.refresh()

    def _finished(self) -> None:
        text = self.text().strip()
        if text == str(book.backup_keep(self.ctx.session)):
            return
        if not self.apply(SetBackupKeep(self.ctx, text)):
            self.refresh()


class SetBackupKeep(SetMeta):
    """The number of automatic backups to keep, checked (1–1000) before it is stored."""

    def __init__(self, ctx: Any, value: str) -> None:
        super().__init__(ctx, book.BACKUP_KEEP_KEY, value)
        self.setText(_t("Change how many backups are kept"))

    def do(self) -> None:
        try:
            self.value = str(book.parse_keep(self.value))
        except ValidationError as exc:
            raise exc.for_field(_t("Automatic backups kept")) from None
        super().do()
