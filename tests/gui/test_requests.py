"""A request from draft to refusal: send it, make its Pro Forma, refuse it with reasons and see the
dispute that follows flagged and listed with its deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from proforma_helpers import fill_proforma_fields
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from unionrep.core.model import Entry
from unionrep.gui.dialogs.refuse_dialog import RefuseDialog


@pytest.fixture
def draft(steward, service) -> Entry:
    return service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 10), 180, "duties",
                                   start_time="09:00", end_time="12:00", status="draft",
                                   purpose="Represent a member at a disciplinary hearing",
                                   location="County Hall, Ruthin"))


def _requests(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    return window.view("requests")


def test_send_a_draft_as_a_request(draft, window, ctx, qtbot) -> None:
    view = _requests(window, qtbot)
    assert view.select_entry(draft.id)
    assert view.send_button.isEnabled() and not view.approve_button.isEnabled()
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    sent = ctx.service.get_entry(draft.id)
    assert sent.status == "requested"
    assert sent.notice_on == dt.date(2025, 11, 20)  # today, as the request goes
    assert view.approve_button.isEnabled() and view.refuse_button.isEnabled()
    assert "3 h pending" in view.effect_summary()


def test_make_the_pro_forma(draft, window, ctx, qtbot, tmp_path, monkeypatch) -> None:
    """Where pages cannot be previewed (no pypdfium2), the button saves the PDF and opens it."""
    pytest.importorskip("unionrep.pdf.proforma")
    from unionrep.gui.dialogs import pdf_preview

    monkeypatch.setattr(pdf_preview, "available", lambda: False)
    view = _requests(window, qtbot)
    view.open_saved_pdf = False  # no PDF viewer in a test run
    view.select_entry(draft.id)
    fill_proforma_fields(ctx.service, draft.rep_id)
    qtbot.mouseClick(view.proforma_button, Qt.MouseButton.LeftButton)
    dialog = view.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "request.pdf"
    with qtbot.waitSignal(view.pdf_saved, timeout=30000) as saved:
        dialog.selectFile(str(target))
        dialog.accept()
    assert saved.args == [target]
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.statusBar().currentMessage()


def test_refuse_with_reasons_and_see_the_dispute(draft, window, ctx, qtbot) -> None:
    pytest.importorskip("unionrep.core.disputes")
    ctx.service.edit_entry(draft.id, status="requested", notice_on=dt.date(2025, 11, 10))
    view = _requests(window, qtbot)
    view.reload()
    assert view.select_entry(draft.id)
    qtbot.mouseClick(view.refuse_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(RefuseDialog)
    assert dialog is not None and dialog.ui.disputeCheck.isChecked()
    qtbot.keyClicks(dialog.ui.reasonsEdit, "Not enough cover on the ward that day")
    qtbot.keyClicks(dialog.ui.alternativeEdit, "The following Tuesday afternoon")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    assert ctx.service.get_entry(draft.id).status == "refused"
    assert view.model.rowCount() == 0
    assert "Disputes" in window.statusBar().currentMessage()

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    disputes = window.view("disputes")
    assert disputes.model.rowCount() == 1
    dispute = disputes.current_dispute()
    assert dispute.entry_id == draft.id and dispute.reasons == "Not enough cover on the ward that day"
    assert dispute.alternative == "The following Tuesday afternoon"
    html = disputes.details.toPlainText()
    assert "Last day to present a tribunal claim" in html
    assert "19 Feb 2026" in html  # refused 20 Nov 2025 + 3 months − 1 day
    assert "How the deadline was worked out" in html

    # within allowance and on notice, yet refused (clause 6.2): the dashboard says so, and opens it
    dashboard = window.show_view("dashboard")
    flagged = [f for f in dashboard.flags if f.subject_kind == "dispute"]
    assert flagged, "the refused request should be flagged on the dashboard"
    item = next(dashboard.attention.item(i) for i in range(dashboard.attention.count())
                if dashboard.attention.item(i).text() == flagged[0].text("en"))
    dashboard.attention.setCurrentItem(item)
    qtbot.keyClick(dashboard.attention, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is disputes
    assert disputes.current_dispute().id == dispute.id


def test_refuse_without_disputes_keeps_the_reasons_on_the_entry(draft, window, ctx, qtbot) -> None:
    ctx.service.edit_entry(draft.id, status="requested")
    view = _requests(window, qtbot)
    view.reload()
    view.select_entry(draft.id)
    qtbot.mouseClick(view.refuse_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(RefuseDialog)
    dialog.ui.disputeCheck.setChecked(False)
    assert dialog.ui.warningLabel.isVisible()  # no reasons yet: clause 21.2
    qtbot.keyClicks(dialog.ui.reasonsEdit, "Short staffed")
    assert not dialog.ui.warningLabel.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    refused = ctx.service.get_entry(draft.id)
    assert refused.status == "refused"
    assert "Short staffed" in refused.notes
    window.undo_action.trigger()  # the refusal is on the undo stack
    assert ctx.service.get_entry(draft.id).status == "requested"
