"""The recovery screen, shown at start instead of the window when the database is damaged (or the
passphrase does not open it): what happened in plain words, the newest good backup, and the way
out — recover from that backup (or another), try the passphrase again, or quit.

Recovering moves the damaged file aside untouched (`<name>.damaged-<timestamp>`, beside it) and
restores the backup in its place (unionrep.app.book.recover_from_backup); nothing is overwritten.
Like the passphrase dialog it runs before the main window exists, so it is run with exec().
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from unionrep.app import book
from unionrep.gui import colours, texts
from unionrep.paths import backups_dir


def _t(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def _when(made: dt.datetime) -> str:
    return _t("{day} at {time}").format(day=texts.day_text(made.date()), time=made.strftime("%H:%M"))


def _made_at(path: Path, db_path: Path) -> dt.datetime:
    for info in book.list_backups(db_path):
        if info.path == path:
            return info.made_at
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _label(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role is not None:
        label.setStyleSheet(colours.css(role))
    return label


class RecoveryDialog(QDialog):
    """`diagnosis`: what book.quick_check found. Accepted: the caller checks and opens the file
    afresh (recovered, or to try the passphrase again); rejected: quit."""

    def __init__(self, diagnosis: book.Diagnosis, *, passphrase: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.diagnosis = diagnosis
        self.path = Path(diagnosis.path)
        self.passphrase = passphrase
        self.damaged = diagnosis.status != "wrong_passphrase"
        self.backup = book.newest_good_backup(self.path, passphrase=passphrase)
        self.choice = ""  # "recovered" or "retry" once accepted
        self.aside: Path | None = None  # where the damaged file was kept
        self.setWindowTitle(_t("unionrep — recover your data"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self.resize(620, self.sizeHint().height())

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = _label(_t("The database is damaged") if self.damaged
                         else _t("The passphrase does not open the database"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setObjectName("heading")
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)
        layout.addLayout(top)
        self.explanation = _label(self._explanation())
        self.explanation.setObjectName("explanation")
        layout.addWidget(self.explanation)
        found_text = self._found()
        if found_text:
            found = _label(found_text, "muted")
            found.setObjectName("detail")
            layout.addWidget(found)
        self.offer = _label(self._offer())
        self.offer.setObjectName("offer")
        layout.addWidget(self.offer)
        self.error = _label("", "error")
        self.error.setObjectName("error")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(self._buttons())

    def _found(self) -> str:
        detail = self.diagnosis.detail
        if self.damaged:
            return _t("What was found: {detail}").format(detail=detail) if detail else ""
        if detail == book.ENV_PASSPHRASE:
            return _t("The passphrase came from {variable}: correct it there, or unset it to be asked "
                      "for the passphrase.").format(variable=book.ENV_PASSPHRASE)
        return ""

    def _explanation(self) -> str:
        if not self.damaged:
            return _t("{path} is encrypted, and the passphrase given does not open it. Nothing has "
                      "been changed. Try again and type the passphrase carefully; if you are sure it "
                      "is right, the file may be damaged, and a backup can take its place.").format(
                path=self.path)
        return _t("Part of {path} cannot be read, so unionrep will not work on it: that could lose "
                  "more. This can happen after a crash, a full disk or a failing drive. Nothing has been "
                  "changed.").format(path=self.path)

    def _offer(self) -> str:
        keep = _t("Recovering keeps the damaged file, untouched, beside the recovered one (named "
                  "{name}.damaged-…), so that it can still be rescued.").format(name=self.path.name)
        if self.backup is None:
            return _t("No good backup of it was found in {folder}. Choose a backup file if you have "
                      "one elsewhere, or quit: the file stays as it is.").format(
                folder=backups_dir(self.path)) + ("\n\n" + keep if self.damaged else "")
        made = _made_at(self.backup, self.path)
        text = _t("The newest good backup was made on {when}: {file}. Anything recorded after then "
                  "will need entering again.").format(when=_when(made), file=self.backup)
        return text + "\n\n" + keep

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.other_button = QPushButton(_t("Recover from &another backup…"))
        self.other_button.clicked.connect(self.choose_backup)
        row.addWidget(self.other_button)
        row.addStretch(1)
        self.quit_button = QPushButton(_t("&Quit"))
        self.quit_button.clicked.connect(self.reject)
        row.addWidget(self.quit_button)
        self.retry_button: QPushButton | None = None
        if not self.damaged:
            self.retry_button = QPushButton(_t("&Try the passphrase again"))
            self.retry_button.clicked.connect(self.try_again)
            row.addWidget(self.retry_button)
        self.recover_button = QPushButton(_t("&Recover from this backup"))
        self.recover_button.clicked.connect(lambda: self.recover(self.backup))
        self.recover_button.setVisible(self.backup is not None)
        row.addWidget(self.recover_button)
        default = self.retry_button if not self.damaged or self.backup is None else self.recover_button
        if default is not None:
            default.setDefault(True)
            default.setFocus()
        self._all = [b for b in (self.other_button, self.quit_button, self.retry_button,
                                 self.recover_button) if b is not None]
        return row

    # -- choices -------------------------------------------------------------------------------

    def try_again(self) -> None:
        self.choice = "retry"
        self.accept()

    def choose_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, _t("Choose a backup"), str(backups_dir(self.path)),
            _t("unionrep backups (*.db);;All files (*)"))
        if chosen:
            self.recover(Path(chosen))

    def recover(self, backup_file: Path | None) -> None:
        """Move the damaged file aside and restore `backup_file` in its place, off the GUI thread."""
        from unionrep.gui.workers import run_in_thread

        if backup_file is None:
            return
        if Path(backup_file).resolve() == self.path.resolve():
            self._failed(_t("That is the damaged database itself; choose a backup."))
            return
        for button in self._all:
            button.setEnabled(False)
        self.error.hide()
        path, key = self.path, self.passphrase

        def work() -> Path | None:
            return book.recover_from_backup(path, backup_file, passphrase=key,
                                                   prompt=book.no_prompt)

        run_in_thread(work, self._recovered, self._failed, parent=self,
                      label=_t("Recovering from the backup…"))

    def _recovered(self, aside: Path | None) -> None:
        self.aside = aside
        self.choice = "recovered"
        self.accept()

    def _failed(self, message: str) -> None:
        for button in self._all:
            button.setEnabled(True)
        self.error.setText(_t("Could not recover: {message}").format(message=message))
        self.error.show()
