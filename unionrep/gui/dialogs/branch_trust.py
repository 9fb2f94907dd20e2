"""The laptops seen in the branch folder, and which this one trusts: files from a laptop not trusted
are never applied. Trust one only once its owner has read out the same fingerprint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionrep.app import sync as branch
from unionrep.gui import branch_sync
from unionrep.gui.context import AppContext

NAME, FINGERPRINT, STATE = range(3)


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
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("trustTable")
        self.table.setAccessibleName(_t("Laptops seen in the branch folder"))
        self.table.setHorizontalHeaderLabels([_t("Laptop"), _t("Fingerprint"), _t("Trusted")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_t("No other laptop has been seen in the branch folder yet: each laptop "
                               "appears here after its first round."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
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
            else:
                button = QPushButton(_t("Trust"))
                button.setAccessibleName(_t("Trust {name}, fingerprint {fingerprint}").format(
                    name=name, fingerprint=peer.fingerprint))
                button.clicked.connect(lambda _=False, p=peer: self.trust(p))
                self.table.setCellWidget(row, STATE, button)

    def trust(self, peer: branch.Peer) -> None:
        self.ctx.session.sync.trust(peer.id)
        self.refresh()
        branch_sync.request_round(self.ctx)
