"""Help ▸ About unionrep: the version, the licence, where the data is, and credits."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionrep import __version__
from unionrep.paths import data_dir

LICENCE = "GPL-3.0-or-later"


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About unionrep"))
        self.folder = data_dir()
        self.db_path = db_path

        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/unionrep.svg").pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        version = self.tr("Version {version}").format(version=__version__)
        heading = QLabel(f"<h2>unionrep</h2><p>{version}</p>")
        heading.setObjectName("version")
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addWidget(heading, 1)

        summary = QLabel(self.tr(
            "Facility time, Pro Forma requests and disputes for trade union representatives in Welsh "
            "public bodies. Your data stays on this computer."))
        summary.setWordWrap(True)

        licence = QLabel(self.tr(
            "unionrep is free software: you may share and change it under the GNU General Public "
            "Licence, version 3 or any later version ({licence}). It comes with no warranty.").format(
                licence=LICENCE))
        licence.setObjectName("licence")
        licence.setWordWrap(True)

        places = QFormLayout()
        self.folder_label = _selectable(str(self.folder))
        self.folder_label.setObjectName("dataFolder")
        places.addRow(self.tr("Data folder:"), self.folder_label)
        self.db_label = _selectable(str(db_path) if db_path is not None else self.tr("none open"))
        self.db_label.setObjectName("database")
        places.addRow(self.tr("Database:"), self.db_label)

        credits = QLabel(self.tr(
            "The PDF documents use the DejaVu Sans fonts: © Bitstream, Inc. (Bitstream Vera) and the "
            "DejaVu authors, under the fonts' free licence, shipped with unionrep. unionrep is built with "
            "Qt for Python (PySide6, LGPL-3.0), reportlab and SQLCipher."))
        credits.setObjectName("credits")
        credits.setWordWrap(True)

        self.system = _selectable(self.tr("Python {python}, Qt {qt}, {system}").format(
            python=platform.python_version(), qt=qVersion(), system=platform.platform(terse=True)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = QPushButton(self.tr("&Copy details"))
        copy.setToolTip(self.tr("Copy the version and where the data is, for a report of a problem"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        open_folder = QPushButton(self.tr("Open the &data folder"))
        open_folder.clicked.connect(self.open_data_folder)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (summary, licence):
            layout.addWidget(widget)
        layout.addLayout(places)
        layout.addWidget(credits)
        layout.addWidget(self.system)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def details(self) -> str:
        """What a report of a problem needs: versions and paths (never any of the data)."""
        lines = [f"unionrep {__version__} ({LICENCE})", self.system.text(),
                 f"{self.tr('Data folder:')} {self.folder}", f"{self.tr('Database:')} {self.db_label.text()}"]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def open_data_folder(self) -> None:
        folder = self.db_path.parent if self.db_path is not None else self.folder
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_about(parent: QWidget | None, db_path: Path | None) -> AboutDialog:
    """Open the About dialog (window-modal, closed with Esc or Close)."""
    dialog = AboutDialog(db_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
