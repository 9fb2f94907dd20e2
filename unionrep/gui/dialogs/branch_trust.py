"""The laptops seen in the branch folder, and which this one trusts: files from a laptop not trusted
are never applied. Trust one only once its owner has read out the same fingerprint; withdraw trust
from one that is stolen or retired (after a confirmation saying what that does and does not do)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionrep.app import sync as branch
from unionrep.core.errors import UnionrepError
from unionrep.gui import branch_sync
from unionrep.gui.context import AppContext
from unionrep.gui.views.base import show_error

NAME, FINGERPRINT, STATE, WITHDRAW = range(4)


def _t(text: str) -> str:
    return QCoreApplication.translate("BranchTrust", text)


class TrustDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trustDialog")
        self.setWindowTitle(_t("Trusted laptops"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 320)
        layout = QVBoxLayout(self)
        intro = QLabel(_t("This laptop's fingerprint is {fingerprint}. Trust another laptop only when its "
                          "owner reads you the same fingerprint as the one shown here for it (by phone or "
                          "in person): files from a laptop not trusted are never applied.").format(
                              fingerprint=ctx.session.sync.fingerprint()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trustTable")
        self.table.setAccessibleName(_t("Laptops seen in the branch folder"))
        self.table.setHorizontalHeaderLabels([_t("Laptop"), _t("Fingerprint"), _t("Trusted"),
                                              _t("Withdraw")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WITHDRAW, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_t("No other laptop has been seen in the branch folder yet: each laptop "
                               "appears here after its first round."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.confirm_box: QMessageBox | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        seen = self.ctx.session.sync.peers()
        self.empty.setVisible(not seen)
        self.table.setRowCount(len(seen))
        for row, peer in enumerate(seen):
            name = peer.label or _t("a laptop with no name ({id}…)").format(id=peer.id[:8])
            self.table.setItem(row, NAME, QTableWidgetItem(name))
            self.table.setItem(row, FINGERPRINT, QTableWidgetItem(peer.fingerprint))
            if peer.trusted:
                self.table.removeCellWidget(row, STATE)
                self.table.setItem(row, STATE, QTableWidgetItem(_t("Trusted")))
                withdraw = QPushButton(_t("Withdraw trust…"))
                withdraw.setAccessibleName(_t("Withdraw trust from {name}, fingerprint {fingerprint}").format(
                    name=name, fingerprint=peer.fingerprint))
                withdraw.clicked.connect(lambda _=False, p=peer, n=name: self.confirm_untrust(p, n))
                self.table.setCellWidget(row, WITHDRAW, withdraw)
            else:
                self.table.removeCellWidget(row, WITHDRAW)
                self.table.setItem(row, WITHDRAW, QTableWidgetItem(""))
                button = QPushButton(_t("Trust"))
                button.setAccessibleName(_t("Trust {name}, fingerprint {fingerprint}").format(
                    name=name, fingerprint=peer.fingerprint))
                button.clicked.connect(lambda _=False, p=peer: self.trust(p))
                self.table.setCellWidget(row, STATE, button)

    def trust(self, peer: branch.Peer) -> None:
        self.ctx.session.sync.trust(peer.id)
        self.refresh()
        branch_sync.request_round(self.ctx)

    def confirm_untrust(self, peer: branch.Peer, name: str) -> QMessageBox:
        """Ask before withdrawing trust, saying what it does and what it leaves alone."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, _t("Withdraw trust"),
            _t("Withdraw trust from {name} (fingerprint {fingerprint})?").format(
                name=name, fingerprint=peer.fingerprint),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("untrustBox")
        box.setInformativeText(_t(
            "From the next round on, files from this laptop are skipped, as from a laptop never "
            "trusted. Nothing already applied from it is removed or changed, and its files stay in "
            "the branch folder. You can trust it again later; if it comes back with a new key, you "
            "will be asked to check its fingerprint again."))
        withdraw = box.addButton(_t("&Withdraw trust"), QMessageBox.ButtonRole.AcceptRole)
        withdraw.setAccessibleName(_t("Withdraw trust from {name}").format(name=name))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        withdraw.clicked.connect(lambda: self.untrust(peer))
        self.confirm_box = box
        box.open()
        return box

    def untrust(self, peer: branch.Peer) -> None:
        try:
            self.ctx.session.sync.untrust(peer.id)
        except UnionrepError as exc:  # withdrawn meanwhile (another window, the command line)
            show_error(self, exc)
        self.refresh()
