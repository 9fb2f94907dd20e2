"""Send my log to the branch: write a bundle (File menu) — one rep or everyone, entries and TOIL of
a date range or all of them, encrypted with a passphrase typed twice unless the user asks for a
plain file (with a warning, as `unionrep-cli export --plain` gives).

The export runs in a worker with its own connection; it writes in one go (the records' versions,
the bundle's record and the file, or nothing), so it is not cancelled half-way.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.errors import ValidationError
from unionrep.exchange import ExportReport, Selection
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N, MIN_PASSPHRASE
from unionrep.files import check_target
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.dialogs.quick_entry import pydate, qdate
from unionrep.gui.views.base import error_text
from unionrep.gui.workers import run_in_thread

SCRYPT_N = DEFAULT_SCRYPT_N  # the key derivation's cost; tests lower it
ERROR_STYLE = "color: #9b2c24"
WARNING_STYLE = "color: #8a4b08"


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _date_row(label: str, day: dt.date) -> tuple[QCheckBox, QDateEdit, QWidget]:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    check = QCheckBox(label)
    date = QDateEdit(qdate(day))
    date.setDisplayFormat("yyyy-MM-dd")
    date.setCalendarPopup(True)
    date.setAccessibleName(label.replace("&", ""))
    date.setEnabled(False)
    check.toggled.connect(date.setEnabled)
    row.addWidget(check)
    row.addWidget(date, 1)
    return check, date, holder


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setWindowTitle(_t("Send my log to the branch"))
        self.report: ExportReport | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(_t(
            "Make a bundle of your records for the branch (or another rep) to import. It is encrypted "
            "with a passphrase: give them the passphrase some other way than the file (not in the same "
            "e-mail)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.rep_combo = QComboBox()
        self.rep_combo.setAccessibleName(_t("Whose records"))
        self.rep_combo.addItem(_t("Everyone"), None)
        for rep in sorted(ctx.session.reps.all(), key=lambda r: r.name.casefold()):
            self.rep_combo.addItem(rep.name, rep.id)
        form.addRow(_t("&Whose records:"), self.rep_combo)
        today = ctx.today()
        year_start = dt.date(today.year if today.month >= 4 else today.year - 1, 4, 1)
        self.from_check, self.from_date, holder = _date_row(_t("&From"), year_start)
        form.addRow(_t("Entries and TOIL:"), holder)
        self.to_check, self.to_date, holder = _date_row(_t("&To"), today)
        form.addRow("", holder)
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(_t("File"))
        folder = ctx.options.get(opt.LAST_FOLDER) or str(Path.home())
        self.file_edit.setText(str(Path(folder) / f"unionrep-{today.isoformat()}.bundle"))
        self.choose_button = QPushButton(_t("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        form.addRow(_t("&File:"), file_row)
        label = form.labelForField(file_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.file_edit)
        self.encrypt_check = QCheckBox(_t("&Encrypt with a passphrase (recommended)"))
        self.encrypt_check.setChecked(True)
        self.encrypt_check.toggled.connect(self._encryption_changed)
        form.addRow("", self.encrypt_check)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_t("Passphrase"))
        self.first.setPlaceholderText(_t("at least {n} characters").format(n=MIN_PASSPHRASE))
        form.addRow(_t("&Passphrase:"), self.first)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_t("Passphrase again"))
        form.addRow(_t("&Again:"), self.second)
        layout.addLayout(form)

        self.warning = QLabel(_t(
            "Not encrypted: the file will hold members' personal data (special category data under UK "
            "GDPR) that anyone can read. Keep it off e-mail and shared drives, and delete it once it has "
            "been imported."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        layout.addWidget(self.warning)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(_t("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFormat(_t("Writing the bundle…"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(_t("&Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file_dialog: QFileDialog | None = None
        self.resize(560, self.sizeHint().height())

    def _encryption_changed(self, encrypted: bool) -> None:
        self.first.setEnabled(encrypted)
        self.second.setEnabled(encrypted)
        self.warning.setVisible(not encrypted)

    def choose_file(self) -> None:
        dialog = QFileDialog(self, _t("Save the bundle"), self.file_edit.text().strip(),
                             _t("unionrep bundles (*.bundle);;All files (*)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("bundle")
        dialog.setObjectName("exportFileDialog")
        dialog.fileSelected.connect(self.file_edit.setText)
        self.file_dialog = dialog
        dialog.open()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def selection(self) -> Selection:
        start = pydate(self.from_date.date()) if self.from_check.isChecked() else None
        end = pydate(self.to_date.date()) if self.to_check.isChecked() else None
        return Selection(rep=self.rep_combo.currentData(), start=start, end=end)

    def _checked(self) -> tuple[Path, str | None, Selection] | None:
        """The file, passphrase and selection, or None after saying which field is wrong and why."""
        start, end = self.from_date.date(), self.to_date.date()
        if self.from_check.isChecked() and self.to_check.isChecked() and end < start:
            self._fail(_t("To: the last day is before the first ({day})").format(
                day=start.toString("yyyy-MM-dd")))
            return None
        name = self.file_edit.text().strip()
        if not name:
            self._fail(_t("File: choose where to save the bundle"))
            return None
        path = Path(name).expanduser()
        if path.is_dir():
            self._fail(_t("File: {path} is a folder; give a file name").format(path=str(path)))
            return None
        try:
            check_target(path, self.ctx.db_path, force=True)  # the save dialog asked before replacing
        except ValidationError as exc:
            self._fail(error_text(exc))
            return None
        passphrase: str | None = None
        if self.encrypt_check.isChecked():
            passphrase = self.first.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self._fail(_t("Passphrase: must be at least {n} characters").format(n=MIN_PASSPHRASE))
                return None
            if self.second.text() != passphrase:
                self._fail(_t("Again: the two passphrases differ"))
                return None
        return path, passphrase, self.selection()

    def start(self) -> None:
        self.error.hide()
        checked = self._checked()
        if checked is None:
            return
        path, passphrase, selection = checked
        session, db_path = self.ctx.session, self.ctx.db_path

        def work() -> ExportReport:
            from unionrep.app.book import own_session

            with own_session(session, db_path) as own:
                return own.exchange.export(path, passphrase, selection, scrypt_n=SCRYPT_N, force=True)

        self._busy(True)
        run_in_thread(work, self._done, self._failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._fail(_t("Nothing was exported: {reason}").format(reason=message))

    def _done(self, report: ExportReport) -> None:
        self._busy(False)
        self.report = report
        self.ctx.options.set(opt.LAST_FOLDER, str(report.path.parent))
        self.exported.emit(report)
        self.accept()

    def reject(self) -> None:
        if self.progress.isVisible():
            return  # the export writes in one go: it finishes, then the dialog closes
        super().reject()


def export_message(report: ExportReport) -> str:
    text = _t("{records} record(s) and {deleted} deletion(s) written to {path}.").format(
        records=report.records, deleted=report.deleted, path=str(report.path))
    if report.encrypted:
        return text + " " + _t("The file is encrypted: it opens only with the passphrase.")
    return text + " " + _t("The file is NOT encrypted.")

