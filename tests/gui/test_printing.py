"""Print…: the pages of the same PDF that Save… writes, through Qt's print dialog (here a printer
that writes a PDF file, read back page by page)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QPushButton

from unionrep.core.model import Entry

pytest.importorskip("pypdfium2")
pytest.importorskip("unionrep.pdf.proforma")


def _pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def _two_page_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    for number in (1, 2):
        page.drawString(72, 720, f"Page {number}")
        page.showPage()
    page.save()
    return out.getvalue()


def test_every_page_goes_to_the_printer_one_sheet_each(qapp, tmp_path) -> None:
    from unionrep.gui.printing import paint_pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, _two_page_pdf()) == 2
    assert len(_pdf_pages((tmp_path / "printed.pdf").read_bytes())) == 2  # pictures of the pages


def _print_to_file(qtbot, parent, target) -> None:
    qtbot.waitUntil(lambda: getattr(parent, "print_dialog", None) is not None, timeout=30000)
    dialog = parent.print_dialog
    assert dialog.isVisible()
    # no printer here: Qt's own dialog offers "Print to File (PDF)", and the file is typed into it
    file_name = dialog.findChild(QLineEdit, "filename")
    file_name.setText(str(target))
    dialog.accept()


def test_print_a_statement_from_its_form(steward, service, window, qtbot, tmp_path) -> None:
    service.add_entry(Entry(steward.id, "steward", dt.date(2025, 5, 6), 150, "duties", status="taken"))
    view = window.show_view("reps")
    view.select_rep(steward.id)
    page = view.page
    qtbot.mouseClick(page.statement_button, Qt.MouseButton.LeftButton)
    form = page.document_dialog
    button = form.findChild(type(page.statement_button), "printButton")
    assert button is not None and button.text().replace("&", "") == "Print…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    target = tmp_path / "printed.pdf"
    _print_to_file(qtbot, page, target)
    assert target.exists() and len(_pdf_pages(target.read_bytes())) >= 1
    assert "Sent" in window.statusBar().currentMessage()
    assert not hasattr(page, "file_dialog")  # printed, not saved


def test_print_the_pro_forma_from_its_preview(steward, service, window, qtbot, tmp_path) -> None:
    from proforma_helpers import fill_proforma_fields

    fill_proforma_fields(service, steward.id)
    entry = service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 10), 180, "duties",
                                    status="requested"))
    view = window.show_view("requests")
    assert view.select_entry(entry.id)
    qtbot.mouseClick(view.proforma_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "preview", None) is not None, timeout=30000)
    preview = view.preview
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "printed.pdf"
    _print_to_file(qtbot, preview, target)
    assert len(_pdf_pages(target.read_bytes())) == preview.page_count
    preview.reject()


def test_print_a_dispute_letter_from_its_form(steward, service, window, qtbot, tmp_path) -> None:
    from unionrep.app.facade import DisputeService
    entry = service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 9), 180, "duties",
                                    purpose="Hearing", notice_on=dt.date(2025, 11, 3), status="requested"))
    dispute = DisputeService(service).open(entry.id, dt.date(2025, 11, 10), "Short staffed",
                                          people="Rhodri Prydderch")
    view = window.show_view("disputes")
    view.reload()
    view.select_dispute(dispute.id)
    qtbot.mouseClick(view.buttons["letter"], Qt.MouseButton.LeftButton)
    form = view.document_dialog
    qtbot.mouseClick(form.findChild(QPushButton, "printButton"), Qt.MouseButton.LeftButton)
    target = tmp_path / "letter-printed.pdf"
    _print_to_file(qtbot, view, target)
    from pypdf import PdfReader

    assert len(PdfReader(str(target)).pages) >= 1
