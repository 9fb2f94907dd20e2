"""The passphrase of an encrypted database, asked in a dialog.

Called by the database layer while it opens a file (before the main window exists), so it is the
one dialog that runs modally with exec().
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from unionrep.gui import colours


def _t(text: str) -> str:
    return QCoreApplication.translate("Passphrase", text)


class PassphraseDialog(QDialog):
    def __init__(self, path: str, purpose: str, error: str = "", keyring: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.setWindowTitle(_t("Passphrase"))
        layout = QVBoxLayout(self)
        if purpose == "open":
            intro = _t("{path} is encrypted. Type its passphrase to open it.").format(path=path)
        else:
            intro = _t("Choose a passphrase to encrypt {path} (at least 8 characters). Keep it safe: "
                       "without it the data cannot be read.").format(path=path)
            if keyring:
                intro += " " + _t("Leave it empty to let the system keyring keep a generated key.")
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_t("Passphrase"))
        form.addRow(_t("&Passphrase:"), self.first)
        self.second: QLineEdit | None = None
        if purpose != "open":
            self.second = QLineEdit()
            self.second.setEchoMode(QLineEdit.EchoMode.Password)
            self.second.setAccessibleName(_t("Passphrase again"))
            form.addRow(_t("&Again:"), self.second)
        layout.addLayout(form)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colours.css("error"))
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _check(self) -> None:
        if self.second is not None and self.first.text() != self.second.text():
            self.error.setText(_t("The two passphrases differ."))
            self.error.show()
            return
        self.accept()

    def passphrase(self) -> str | None:
        return self.first.text() or None


def ask_passphrase(request: Any) -> str | None:
    """A passphrase prompt (unionrep.app.book.Prompt): the passphrase for `request`, or None
    if the user cancels."""
    dialog = PassphraseDialog(str(request.path), request.purpose, request.error, request.keyring)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
