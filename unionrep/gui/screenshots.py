"""`--screenshot DIR`: render every main view, the quick-entry dialog, (where pypdfium2 is installed)
the Pro Forma preview and the Pro Forma itself (its first page), and the dashboard in Welsh, to
DIR/<view>.png. The README's pictures are these: `unionrep --demo --screenshot docs/screenshots`
makes them again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from unionrep.gui.main_window import MainWindow

SIZE = QSize(1280, 800)
PROFORMA_WIDTH = 900  # pixels: the page's small print still readable in the README
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
    written += _proforma_pictures(window, folder)
    written.append(_welsh_dashboard(window, folder))
    window.close()
    return written


def _welsh_dashboard(window: MainWindow, folder: Path) -> Path:
    """The dashboard with the interface in Welsh, to DIR/dashboard-cy.png (then the language it
    was in before, again)."""
    before = window.ctx.lang
    window.ctx.set_language("cy")
    _settle()
    window.show_view("dashboard")
    _settle()
    path = folder / "dashboard-cy.png"
    window.grab().save(str(path))
    window.ctx.set_language(before)
    return path


def _proforma_pictures(window: MainWindow, folder: Path) -> list[Path]:
    """The Pro Forma of the first request, previewed (PDFium) as the Pro Forma… button shows it, to
    DIR/proforma-preview.png, and its first page alone to DIR/proforma.png; none where pypdfium2 is
    missing, or nothing is asked."""
    from unionrep.gui.dialogs import pdf_preview

    view: Any = window.show_view("requests")
    view.table.select_first()
    entry = view.current_entry()
    if entry is None or not pdf_preview.available():
        return []
    data = bytes(window.ctx.session.documents.proforma(entry.id, "bilingual"))
    pages, _ = pdf_preview.render_pages(data, width=PROFORMA_WIDTH, most=1)
    page_path = folder / "proforma.png"
    pages[0].save(str(page_path))
    dialog = pdf_preview.PdfPreviewDialog(entry.reference, data, f"pro-forma-{entry.reference}.pdf",
                                          lambda _: None, parent=window)
    dialog.show()
    _settle()
    path = folder / "proforma-preview.png"
    dialog.grab().save(str(path))
    dialog.reject()
    dialog.deleteLater()
    return [page_path, path]
