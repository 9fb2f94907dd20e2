"""`--screenshot DIR`: render every main view, the quick-entry dialog and (where QtPdf is installed)
the Pro Forma preview to DIR/<view>.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from unionrep.gui.main_window import MainWindow

SIZE = QSize(1280, 800)
VIEWS = ("dashboard", "log", "reps", "requests", "disputes", "settings")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def take_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(SIZE)
    window.show()
    _settle()
    written = []
    for key in VIEWS:
        view = window.show_view(key)
        prepare = getattr(view, "prepare_screenshot", None)
        if prepare is not None:
            prepare()
        _settle()
        path = folder / f"{key}.png"
        window.grab().save(str(path))
        written.append(path)
    window.show_view("dashboard")
    window.new_entry()
    dialog = window.quick_entry
    assert dialog is not None
    dashboard = window.view("dashboard")
    balances = getattr(dashboard, "balances", [])
    if balances:  # the rep closest to a cap makes the preview worth reading
        dialog.ui.repCombo.setCurrentIndex(dialog.ui.repCombo.findData(balances[0].rep.id))
    dialog.ui.hoursEdit.setText("")
    dialog.ui.startEdit.setText("09:30")
    dialog.ui.endEdit.setText("12:00")
    dialog.ui.purposeEdit.setText(QCoreApplication.translate(
        "Screenshots", "Represent a member at a grievance hearing"))
    dialog.ui.locationEdit.setText("County Hall, Ruthin")
    dialog.update_preview()
    _settle()
    path = folder / "quick-entry.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.reject()
    preview = _proforma_preview(window, folder)
    if preview is not None:
        written.append(preview)
    window.close()
    return written


def _proforma_preview(window: MainWindow, folder: Path) -> Path | None:
    """The Pro Forma of the first request, previewed (PDFium) as the Pro Forma… button shows it, to
    DIR/proforma-preview.png; None where pypdfium2 is missing, or nothing is asked."""
    from unionrep.gui.dialogs import pdf_preview
    from unionrep.pdf import documents

    view: Any = window.show_view("requests")
    view.table.select_first()
    entry = view.current_entry()
    if entry is None or not pdf_preview.available():
        return None
    data = bytes(documents.proforma_pdf(window.ctx.service, entry.id, "bilingual"))
    dialog = pdf_preview.PdfPreviewDialog(entry.reference, data, f"pro-forma-{entry.reference}.pdf",
                                          lambda _: None, parent=window)
    dialog.show()
    _settle()
    path = folder / "proforma-preview.png"
    dialog.grab().save(str(path))
    dialog.reject()
    dialog.deleteLater()
    return path
