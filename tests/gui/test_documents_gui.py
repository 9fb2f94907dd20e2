"""Documents from the window: a rep's yearly statement from their page, the branch summary from the
dashboard and a dispute's letter for a chosen step and language — each saved where the file dialog
says, in the format of its extension, read back and checked against the ledger."""

from __future__ import annotations

import csv
import datetime as dt
import io
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from unionrep.app.facade import DisputeService
from unionrep.core.caps import fmt_number
from unionrep.core.model import Entry

pytest.importorskip("unionrep.pdf.proforma")
D = dt.date


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The files the user chose to open (no viewer in a test run)."""
    files: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: files.append(url.toLocalFile()) or True)
    return files


@pytest.fixture
def logged(steward, service):
    for day, minutes, status in ((D(2025, 5, 6), 150, "taken"), (D(2025, 9, 17), 210, "approved"),
                                 (D(2025, 12, 2), 90, "requested"), (D(2024, 10, 1), 600, "taken")):
        service.add_entry(Entry(steward.id, "steward", day, minutes, "duties", purpose="Grievance hearing",
                                status=status))
    return steward


def pdf_words(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def fill_and_accept(qtbot, form, **choices) -> None:
    """Choose each value in its combo box (or tick its check box), then press the OK button."""
    for key, value in choices.items():
        widget = form.widget(key)
        if isinstance(value, bool):
            widget.setChecked(value)
        else:
            index = widget.findData(value)
            assert index >= 0, (key, value)
            widget.setCurrentIndex(index)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def save_as(qtbot, dialog: QFileDialog, target) -> None:
    from unionrep.gui.operations import documents

    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    with qtbot.waitSignal(documents.signals().saved, timeout=30000) as saved:
        dialog.selectFile(str(target))
        dialog.accept()
    assert saved.args == [target]


def open_it(qtbot, box: QMessageBox) -> None:
    assert box.isVisible() and box.objectName() == "documentSavedBox"
    open_button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)


def test_a_yearly_statement_pdf_from_the_reps_page(logged, service, window, qtbot, tmp_path, opened) -> None:
    view = window.show_view("reps")
    view.select_rep(logged.id)
    page = view.page
    assert page.statement_button.isVisible() and page.statement_button.isEnabled()
    qtbot.mouseClick(page.statement_button, Qt.MouseButton.LeftButton)
    form = page.document_dialog
    assert form.isVisible() and form.widget("year").currentText() == "2025/26"  # the year on show
    assert [form.widget("lang").itemData(i) for i in range(3)] == ["bilingual", "cy", "en"]
    fill_and_accept(qtbot, form, lang="en")

    target = tmp_path / "statement.pdf"
    save_as(qtbot, page.file_dialog, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    words = pdf_words(data)
    assert logged.name in words and "Yearly facility time statement" in words
    assert "Datganiad" not in words  # English only
    balance = service.balance(logged.id, D(2025, 6, 1))
    steward = next(b for b in balance.allowances if b.allowance.scope == "steward")
    assert steward.used == Fraction(360, 60)  # 2.5 h taken + 3.5 h approved in 2025/26
    assert f"{fmt_number(steward.cap)} {fmt_number(steward.used)} {fmt_number(steward.pending)}" in words
    assert str(target) in window.statusBar().currentMessage()

    assert opened == []  # offered, not forced
    open_it(qtbot, page.saved_box)
    assert opened == [str(target)]


def test_cancel_while_a_statement_is_made_leaves_no_file(logged, window, qtbot, tmp_path, opened) -> None:
    from unionrep.gui.operations import documents

    view = window.show_view("reps")
    view.select_rep(logged.id)
    page = view.page
    qtbot.mouseClick(page.statement_button, Qt.MouseButton.LeftButton)
    fill_and_accept(qtbot, page.document_dialog, lang="en")
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "statement.pdf"
    written: list[object] = []
    documents.signals().saved.connect(written.append)
    try:
        page.file_dialog.selectFile(str(target))
        page.file_dialog.accept()
        progress = page.findChild(QProgressDialog)
        assert progress is not None and progress.labelText() == "Making the statement…"
        cancel = progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()  # at once: the busy dialog shows after half a second, Cancel works before
        assert page.document_task.cancelled
        assert QThreadPool.globalInstance().waitForDone(30000)  # the render finishes in its thread
        QApplication.processEvents()
        assert page.document_task.finished
    finally:
        documents.signals().saved.disconnect(written.append)
    assert not target.exists()
    assert list(folder.iterdir()) == []  # not even a temporary file
    assert written == [] and opened == []
    assert getattr(page, "saved_box", None) is None


def test_the_statement_for_an_earlier_year_in_welsh(logged, service, window, qtbot, tmp_path, opened) -> None:
    view = window.show_view("reps")
    view.select_rep(logged.id)
    qtbot.mouseClick(view.page.statement_button, Qt.MouseButton.LeftButton)
    fill_and_accept(qtbot, view.page.document_dialog, year=2024, lang="cy")
    target = tmp_path / "datganiad.pdf"
    save_as(qtbot, view.page.file_dialog, target)
    words = pdf_words(target.read_bytes())
    assert "Datganiad blynyddol amser cyfleuster" in words and "2024/25" in words
    assert "Yearly facility time statement" not in words
    assert "10.00" in words  # the 10 h of October 2024


def test_a_branch_summary_csv_from_the_dashboard(logged, make_rep, service, window, qtbot, tmp_path,
                                                  opened) -> None:
    other = make_rep("Owain Pritchard", roles=(("steward", "2022-04-01"),), scp=23)
    service.add_entry(Entry(other.id, "steward", D(2025, 7, 1), 420, "duties", status="taken"))
    service.store.set_meta("pay_bill", "1000000")
    dashboard = window.show_view("dashboard")
    qtbot.mouseClick(dashboard.summary_button, Qt.MouseButton.LeftButton)
    form = dashboard.document_dialog
    assert form.widget("year").currentData() == 2025
    fill_and_accept(qtbot, form, lang="en", tables=True)

    target = tmp_path / "branch.csv"
    save_as(qtbot, dashboard.file_dialog, target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a CSV (UTF-8 with BOM), as the extension said
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    start = rows.index(["The representatives"])
    header, body = rows[start + 1], rows[start + 2:start + 5]
    assert header[0] == "Representative" and header[5] == "Paid facility hours"
    by_name = {r[0]: r for r in body}
    assert set(by_name) == {logged.name, "Owain Pritchard", "Total"}
    on = D(2025, 6, 1)
    for rep in (logged, other):
        paid = service.balance(rep.id, on).paid_minutes
        assert Fraction(by_name[rep.name][5]) == Fraction(paid, 60)
    cost = service.balance(other.id, on).cost
    assert cost is not None and Fraction(by_name["Total"][6]) == Fraction(fmt_number(cost))
    assert ["Table 3 – Percentage of pay bill spent on facility time"] in rows  # the tables were asked for
    open_it(qtbot, dashboard.saved_box)
    assert opened == [str(target)]


def test_a_file_that_is_neither_pdf_nor_csv_is_refused(logged, window, qtbot, tmp_path) -> None:
    view = window.show_view("reps")
    view.select_rep(logged.id)
    qtbot.mouseClick(view.page.statement_button, Qt.MouseButton.LeftButton)
    fill_and_accept(qtbot, view.page.document_dialog)
    target = tmp_path / "statement.docx"
    view.page.file_dialog.selectFile(str(target))
    view.page.file_dialog.accept()
    box = next(b for b in view.page.findChildren(QMessageBox) if b.isVisible())
    assert "file" in box.text() and ".pdf or .csv" in box.text()
    assert not target.exists()


def test_a_letter_for_a_chosen_step_and_language(logged, service, window, qtbot, tmp_path, opened) -> None:
    entry = service.add_entry(Entry(logged.id, "steward", D(2025, 12, 9), 180, "duties", purpose="Hearing",
                                    notice_on=D(2025, 11, 3), status="requested"))
    ds = DisputeService(service)
    dispute = ds.open(entry.id, D(2025, 11, 10), "Short staffed", people="Rhodri Prydderch")
    ds.escalate(dispute.id, D(2025, 11, 14), "Siân Huws")
    view = window.show_view("disputes")
    view.reload()
    view.select_dispute(dispute.id)
    qtbot.mouseClick(view.buttons["letter"], Qt.MouseButton.LeftButton)
    form = view.document_dialog
    steps = [form.widget("stage").itemData(i) for i in range(form.widget("stage").count())]
    assert steps == [0, 1, 2]  # both steps raised, and the next one as a draft
    assert form.widget("stage").currentData() == 1  # the step the dispute is at
    fill_and_accept(qtbot, form, stage=0, lang="cy")

    target = tmp_path / "llythyr.pdf"
    save_as(qtbot, view.file_dialog, target)
    words = pdf_words(target.read_bytes())
    assert "Annwyl Rhodri Prydderch," in words and "Dear " not in words  # step 0, Welsh only
    open_it(qtbot, view.saved_box)
    assert opened == [str(target)]


def test_a_flat_statement_csv_from_the_reps_page(logged, window, qtbot, tmp_path, opened) -> None:
    view = window.show_view("reps")
    view.select_rep(logged.id)
    page = view.page
    qtbot.mouseClick(page.statement_button, Qt.MouseButton.LeftButton)
    fill_and_accept(qtbot, page.document_dialog, lang="en", flat=True)
    assert page.file_dialog.defaultSuffix() == "csv"  # a flat file is a CSV
    target = tmp_path / "statement.csv"
    save_as(qtbot, page.file_dialog, target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["document", "year", "section", "row", "column", "value"]
    assert all(len(row) == 6 for row in rows)
    used = {(r[3], r[4]): r[5] for r in rows if r[2] == "allowances"}
    assert used[("Branch officer / steward (hours)", "Used")] == "6.00"  # 2.5 h taken + 3.5 h approved
