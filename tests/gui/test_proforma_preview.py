"""The Pro Forma's pages previewed before it is saved (PDFium), Save… and Open in viewer from the
preview, and a Cancel while it is made that shows and writes nothing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from proforma_helpers import fill_proforma_fields
from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from unionrep.core.model import Entry

pytest.importorskip("unionrep.pdf.proforma")


@pytest.fixture
def request_entry(steward, service) -> Entry:
    fill_proforma_fields(service, steward.id)
    return service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 10), 180, "duties",
                                   start_time="09:00", end_time="12:00", status="requested",
                                   notice_on=dt.date(2025, 11, 20),
                                   purpose="Represent a member at a disciplinary hearing",
                                   location="County Hall, Ruthin"))


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    """What would have gone to the system's viewer."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


def _requests(window, entry):
    view = window.show_view("requests")
    assert view.select_entry(entry.id)
    return view


def _press_cancel(view) -> None:
    """The Cancel button of "Making the Pro Forma…" (shown after half a second: pressed at once)."""
    progress = view.findChild(QProgressDialog)
    assert progress is not None and progress.labelText() == "Making the Pro Forma…"
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    assert view.proforma_task.cancelled


def _pages_in(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def test_the_preview_shows_every_page_then_saves_and_opens(request_entry, window, qtbot, tmp_path,
                                                           opened) -> None:
    pytest.importorskip("pypdfium2")
    from unionrep.gui.dialogs.pdf_preview import PdfPreviewDialog

    view = _requests(window, request_entry)
    qtbot.mouseClick(view.proforma_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.preview, PdfPreviewDialog) and view.preview.isVisible(),
                    timeout=30000)
    preview = view.preview
    assert preview.data.startswith(b"%PDF")
    assert preview.page_count == _pages_in(preview.data) == len(preview.page_labels)
    first = preview.page_labels[0].pixmap()
    assert first.width() > 500 and first.height() > first.width()  # an A4 page, upright
    assert opened == []  # nothing written or opened yet

    qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].toLocalFile() == str(preview.viewer_copy)
    assert preview.viewer_copy.read_bytes() == preview.data

    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    dialog = view.file_dialog
    target = tmp_path / "pro-forma.pdf"
    with qtbot.waitSignal(view.pdf_saved) as saved:
        dialog.selectFile(str(target))
        dialog.accept()
    assert saved.args == [target]
    assert target.read_bytes() == preview.data
    assert len(opened) == 1  # saving from the preview does not open a viewer as well
    assert preview.isVisible()


def test_cancel_while_it_is_made_writes_no_file(request_entry, window, qtbot, tmp_path, opened,
                                                monkeypatch) -> None:
    from unionrep.gui.dialogs import pdf_preview

    monkeypatch.setattr(pdf_preview, "available", lambda: False)  # the save-then-open way
    view = _requests(window, request_entry)
    saved: list[object] = []
    view.pdf_saved.connect(saved.append)
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "pro-forma.pdf"
    view.save_proforma(request_entry.id, target)
    _press_cancel(view)
    assert view.proforma_task.cancelled
    assert QThreadPool.globalInstance().waitForDone(30000)  # the render finishes in its thread
    QApplication.processEvents()
    QApplication.processEvents()
    assert not target.exists()
    assert list(folder.iterdir()) == []  # not even a temporary file
    assert saved == [] and opened == []


def test_cancel_while_it_is_made_shows_no_preview(request_entry, window, qtbot) -> None:
    pytest.importorskip("pypdfium2")
    view = _requests(window, request_entry)
    qtbot.mouseClick(view.proforma_button, Qt.MouseButton.LeftButton)
    _press_cancel(view)
    assert QThreadPool.globalInstance().waitForDone(30000)
    QApplication.processEvents()
    QApplication.processEvents()
    assert view.preview is None


def test_empty_fields_are_offered_before_the_pro_forma_is_made(steward, service, window, qtbot,
                                                               monkeypatch) -> None:
    """The union, line manager and the rest would print "Not stated": asked for first, kept on the
    rep's record or in the settings, and the Pro Forma is made after."""
    from unionrep.gui.dialogs import pdf_preview

    entry = service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 10), 180, "duties",
                                    status="requested"))
    service.store.set_meta("director_name", "Gareth Owen")
    monkeypatch.setattr(pdf_preview, "available", lambda: False)
    view = _requests(window, entry)
    qtbot.mouseClick(view.proforma_button, Qt.MouseButton.LeftButton)
    dialog = view.gaps_dialog
    assert dialog is not None and dialog.isVisible()
    assert list(dialog.widgets) == ["union_name", "employee_no", "manager", "head_of_service",
                                    "head_of_hr_name"]  # the director is named already
    assert getattr(view, "file_dialog", None) is None  # nothing made yet
    dialog.widgets["union_name"].setText("UNSAIN Cymru")
    dialog.widgets["manager"].setText("Rhodri Prydderch")
    dialog.widgets["head_of_hr_name"].setText("Nia Pugh")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    rep = service.find_rep(steward.id)
    assert (rep.union_name, rep.manager) == ("UNSAIN Cymru", "Rhodri Prydderch")
    assert service.store.meta("head_of_hr_name") == "Nia Pugh"
    gaps = service.session.documents.proforma_gaps(entry.id)
    assert [g.label for g in gaps] == ["employee_number", "head_of_service"]
    assert view.file_dialog.isVisible()  # then on to where to save it
    view.file_dialog.reject()
