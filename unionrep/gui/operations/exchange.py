"""File ▸ Send my log to the branch… and File ▸ Import from a steward…: bundles between laptops
(issue 10), as `unionrep-cli export` and `unionrep-cli import` make and take them.

Each step is a non-blocking dialog parented to the window: export → ExportDialog; import → a file
dialog, OpenBundleDialog (passphrase, preview in a worker), ImportPreviewDialog (conflicts, Import).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from unionrep.exchange import ExportReport, ImportPreview, ImportReport
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext

MESSAGE_MS = 15000


def _t(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def _ctx(window: QMainWindow) -> AppContext:
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    return ctx


def _tell(window: QMainWindow, title: str, text: str) -> QMessageBox:
    window.statusBar().showMessage(text, MESSAGE_MS)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("exchangeDoneBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def send_log(window: QMainWindow) -> None:
    from unionrep.gui.dialogs.exchange_export import ExportDialog, export_message

    dialog = ExportDialog(_ctx(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def exported(report: ExportReport) -> None:
        _tell(window, _t("Bundle written"), export_message(report))

    dialog.exported.connect(exported)
    dialog.open()


def import_from_steward(window: QMainWindow) -> None:
    ctx = _ctx(window)
    folder = ctx.options.get(opt.LAST_FOLDER) or str(Path.home())
    dialog = QFileDialog(window, _t("Import a bundle"), folder,
                         _t("unionrep bundles (*.bundle);;All files (*)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setObjectName("importFileDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: open_bundle(window, Path(name)))
    dialog.open()


def open_bundle(window: QMainWindow, path: Path) -> None:
    from unionrep.gui.dialogs.exchange_import import OpenBundleDialog

    ctx = _ctx(window)
    ctx.options.set(opt.LAST_FOLDER, str(path.parent))
    dialog = OpenBundleDialog(ctx, path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.previewed.connect(lambda preview: show_preview(window, preview))
    dialog.open()


def show_preview(window: QMainWindow, preview: ImportPreview) -> None:
    from unionrep.gui.dialogs.exchange_import import ImportPreviewDialog, import_message

    dialog = ImportPreviewDialog(_ctx(window), preview, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def imported(report: ImportReport) -> None:
        _tell(window, _t("Bundle imported"), import_message(report))

    dialog.imported.connect(imported)
    dialog.open()
