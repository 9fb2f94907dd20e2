"""Print… for the documents (Pro Forma, letters, statements): Qt's print dialog over the pages of
the PDF that Save… would write, rendered by PDFium at the printer's resolution. What is printed is
the same document as the one saved, page for page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from unionrep.app.session import Session
from unionrep.gui.context import AppContext
from unionrep.gui.dialogs import pdf_preview
from unionrep.gui.dialogs.form_dialog import FormDialog
from unionrep.gui.views.base import show_error
from unionrep.gui.workers import run_in_thread

MOST_DPI = 300  # sharper than this no printer needs, and a page stays a few MB in memory


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def paint_pdf(printer: QPrinter, data: bytes) -> int:
    """Draw each page of the PDF `data` on `printer`, one sheet a page, fitted to the printable
    area with its proportions kept; returns the number of pages drawn."""
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    dpi = min(printer.resolution(), MOST_DPI)
    width_pixels = max(1, int(area.width() * dpi / printer.resolution()))
    pages = pdf_preview.iter_pages(data, width_pixels)
    count: int = next(pages)
    painter = QPainter()
    if not painter.begin(printer):
        pages.close()
        raise OSError(_t("the printer could not be started"))
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
        pages.close()
    return count


def print_pdf(parent: QWidget, data: bytes, title: str) -> QPrintDialog:
    """Qt's print dialog for the PDF `data`; printed when the user presses Print."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(_t("Print {title}").format(title=title))

    def accepted() -> None:
        try:
            pages = paint_pdf(printer, data)
        except (OSError, ValueError) as exc:
            show_error(parent, str(exc), _t("Not printed"))
            return
        window = parent.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                _t("Sent {title} to the printer ({pages} pages)").format(title=title, pages=pages), 10000)

    dialog.accepted.connect(accepted)
    parent.print_dialog = dialog  # type: ignore[attr-defined]  # kept for tests
    QDialog.open(dialog)  # QPrintDialog's own open() takes only a receiver and a slot
    return dialog


def print_button(form: FormDialog, ctx: AppContext, title: str,
                 render: Callable[[dict[str, Any]], Callable[[Session], bytes]]) -> QPushButton | None:
    """A Print… button beside the form's Save button: the PDF the form describes (made off the GUI
    thread, from `render(values)`), then the print dialog. None where pages cannot be rendered."""
    if not pdf_preview.available():
        return None
    button = QPushButton(_t("&Print…"))
    button.setObjectName("printButton")
    form.buttons.addButton(button, form.buttons.ButtonRole.ActionRole)
    session, db_path = ctx.session, ctx.db_path
    parent = form.parentWidget() or form

    def start() -> None:
        make = render(form.values())

        def work() -> bytes:
            from unionrep.app.book import own_session

            with own_session(session, db_path) as own:
                return bytes(make(own))

        form.accept()
        run_in_thread(work, lambda data: print_pdf(parent, data, title),
                      lambda message: show_error(parent, message, _t("Not printed")),
                      parent=parent, label=_t("Making the pages to print…"))

    button.clicked.connect(start)
    return button
