"""Settings ▸ Branch folder: the folder the branch already shares (OneDrive, Nextcloud, Syncthing…)
and its passphrase, kept in this database; this installation's fingerprint; the trust dialog; a
round now. unionrep.gui.branch_sync runs the rounds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.gui import branch_sync
from unionrep.gui.context import AppContext
from unionrep.gui.widgets.path_row import path_row

ERROR_STYLE = "color: #9b2c24"


def _t(text: str) -> str:
    return QCoreApplication.translate("BranchFolder", text)


class BranchFolderBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_t("Branch folder"), parent)
        self.ctx = ctx
        self.setObjectName("branchFolderBox")
        form = QFormLayout(self)
        about = QLabel(_t("Keep this database in step with the branch through a folder the branch already "
                          "shares (OneDrive, Nextcloud, Dropbox, Syncthing or a network drive). Each laptop "
                          "writes only files of its own there, encrypted with the branch passphrase."))
        about.setWordWrap(True)
        form.addRow(about)
        self.folder = QLineEdit()
        self.folder.setObjectName("branchFolder")
        self.folder.setAccessibleName(_t("Branch folder"))
        form.addRow(_t("Folder:"), path_row(self.folder, _t("Ch&oose…"), "chooseBranchFolder", self.choose))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("branchPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_t("Branch passphrase"))
        self.passphrase.setToolTip(_t("The same on every laptop of the branch; at least 8 characters"))
        form.addRow(_t("Branch passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        save = QPushButton(_t("&Save and sync"))
        save.setObjectName("saveBranchFolder")
        save.clicked.connect(self.save)
        trust = QPushButton(_t("&Trusted laptops…"))
        trust.setObjectName("trustButton")
        trust.clicked.connect(self.open_trust)
        stop = QPushButton(_t("Stop s&yncing"))
        stop.setObjectName("stopBranchFolder")
        stop.clicked.connect(self.stop)
        for button in (save, trust, stop):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("ownFingerprint")
        self.fingerprint.setWordWrap(True)
        form.addRow(self.fingerprint)
        self.message = QLabel()
        self.message.setObjectName("branchFolderMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)
        self.refresh()

    def refresh(self) -> None:
        state = self.ctx.session.sync.folder()
        self.folder.setText(state.folder or "")
        self.passphrase.setText(state.passphrase or "")
        printed = self.ctx.session.sync.fingerprint()
        self.fingerprint.setText(_t("This laptop's fingerprint: {fingerprint} (read it to the others when "
                                    "they trust it)").format(fingerprint=printed))

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.show()

    def choose(self) -> None:
        dialog = QFileDialog(self, _t("Choose the branch folder"), self.folder.text() or str(Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setObjectName("branchFolderDialog")
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def save(self) -> None:
        folder, passphrase = self.folder.text().strip(), self.passphrase.text()
        try:
            if not folder or not Path(folder).is_dir():
                raise ValidationError("folder", "{path} is not a folder", path=folder)
            self.ctx.session.exchange.check_passphrase(passphrase)
        except UnionrepError as exc:
            self.say(str(exc), error=True)
            return
        self.ctx.session.sync.set_folder(folder, passphrase)
        self.say(_t("Saved: this laptop now syncs with {folder}.").format(folder=folder))
        branch_sync.request_round(self.ctx)

    def stop(self) -> None:
        self.ctx.session.sync.set_folder(None, None)
        self.refresh()
        self.say(_t("This laptop no longer syncs with a branch folder."))
        branch_sync.request_round(self.ctx)

    def open_trust(self) -> None:
        from unionrep.gui.dialogs.branch_trust import TrustDialog

        dialog = TrustDialog(self.ctx, self)
        dialog.open()
