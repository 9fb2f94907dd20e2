"""Undo and redo: a deletion from the log (Delete, Ctrl+Z, Ctrl+Shift+Z), and edits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from unionrep.core.model import Entry


def _entry(session, rep, day: int, hours: float, purpose: str, status: str = "taken") -> Entry:
    return session.entries.add(Entry(rep.id, "steward", dt.date(2025, 10, day), int(hours * 60), "duties",
                                     purpose=purpose, status=status)).result


def test_undo_a_deletion_then_redo_it(steward, session, window, ctx, qtbot) -> None:
    first = _entry(session, steward, 1, 2, "Disciplinary hearing")
    second = _entry(session, steward, 2, 3, "Grievance meeting")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    log = window.view("log")
    assert log.model.rowCount() == 2
    assert log.select_entry(second.id)
    log.table.setFocus()

    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert [e.id for e in session.entries.all()] == [first.id]
    assert log.model.rowCount() == 1
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = session.entries.get(second.id)
    assert restored == second  # exactly as it was, same id
    assert log.model.rowCount() == 2

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert [e.id for e in session.entries.all()] == [first.id]
    history = [h["field"] for h in session.history.of_record(second.id)]
    assert history == ["*", "*", "*", "*"]  # created, deleted, restored, deleted: all in the audit trail


def test_undo_an_approval(steward, session, window, ctx, qtbot) -> None:
    request = _entry(session, steward, 3, 2, "Branch meeting", status="requested")
    requests = window.show_view("requests")
    assert requests.select_entry(request.id)
    qtbot.mouseClick(requests.approve_button, Qt.MouseButton.LeftButton)
    assert session.entries.get(request.id).status == "approved"
    assert requests.model.rowCount() == 0  # no longer waiting for an answer
    window.undo_action.trigger()
    assert session.entries.get(request.id).status == "requested"
    assert requests.model.rowCount() == 1


def test_undo_a_new_rep(window, ctx, session, qtbot) -> None:
    from unionrep.core.model import Rep
    from unionrep.gui.commands import AddRep, AssignRole

    rep = Rep(name="Nia Wyn Edwards")
    ctx.execute(AddRep(ctx, rep))
    ctx.execute(AssignRole(ctx, rep.id, "steward", dt.date(2025, 4, 1)))
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert session.reps.all() == []
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert [a.role for a in session.roles.assignments(rep.id)] == ["steward"]


def test_edit_an_entry_from_the_log_then_undo(steward, session, window, ctx, qtbot) -> None:
    entry = _entry(session, steward, 6, 2, "Casework")
    log = window.show_view("log")
    log.select_entry(entry.id)
    log.table.setFocus()
    qtbot.keyClick(log.table, Qt.Key.Key_Return)  # Enter opens the entry
    from unionrep.gui.dialogs.quick_entry import QuickEntryDialog

    dialog = log.findChild(QuickEntryDialog)
    assert dialog is not None and dialog.windowTitle() == "Edit entry"
    assert dialog.ui.hoursEdit.text() == "2"
    dialog.ui.hoursEdit.selectAll()
    qtbot.keyClicks(dialog.ui.hoursEdit, "3.25")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.ui.hoursEdit, Qt.Key.Key_Return)
    assert session.entries.get(entry.id).minutes == 195
    assert "minutes: 120 → 195" in log.details.toPlainText()
    window.undo_action.trigger()
    assert session.entries.get(entry.id).minutes == 120


def test_a_past_year_on_the_dashboard(steward, session, window, qtbot) -> None:
    session.entries.add(Entry(steward.id, "steward", dt.date(2024, 10, 1), 300, "duties"))
    dashboard = window.show_view("dashboard")
    dashboard.refresh()
    card = next(c for c in dashboard.cards if c.balance.rep.id == steward.id)
    assert "0 of 100 h used" in card.summary()  # this year
    dashboard.year_combo.setCurrentIndex(1)  # 2024/25
    card = next(c for c in dashboard.cards if c.balance.rep.id == steward.id)
    assert card.balance.year.label == "2024/25"
    assert "5 of 100 h used" in card.summary()


# -- a refusal with a dispute is one step on the undo stack ------------------------------------


def _refuse_with_a_dispute(window, qtbot, entry_id: str, reasons: str = "No cover on the ward"):
    requests = window.show_view("requests")
    assert requests.select_entry(entry_id)
    qtbot.mouseClick(requests.refuse_button, Qt.MouseButton.LeftButton)
    dialog = requests.refuse_dialog
    qtbot.keyClicks(dialog.ui.reasonsEdit, reasons)
    dialog.ui.disputeCheck.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    return requests, dialog.dispute_id


def test_undo_of_a_refusal_with_a_dispute_takes_both_back(steward, session, window, ctx, qtbot) -> None:
    disputes = session.disputes
    draft = _entry(session, steward, 27, 2, "Branch meeting", status="draft")
    requests = window.show_view("requests")
    assert requests.select_entry(draft.id)
    qtbot.mouseClick(requests.send_button, Qt.MouseButton.LeftButton)  # draft → requested
    assert session.entries.get(draft.id).status == "requested"
    requests, dispute_id = _refuse_with_a_dispute(window, qtbot, draft.id)
    assert session.entries.get(draft.id).status == "refused"
    opened = disputes.get(dispute_id)
    assert ctx.undo_stack.undoText() == "Record refusal and open a dispute"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.entries.get(draft.id).status == "requested"  # not draft: one step back only
    assert disputes.disputes() == []
    assert window.view("disputes").model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.entries.get(draft.id).status == "draft"

    window.redo_action.trigger()
    window.redo_action.trigger()
    assert session.entries.get(draft.id).status == "refused"
    assert disputes.get(dispute_id) == opened  # the same dispute, same id, as it was
    assert [s.number for s in disputes.stages(dispute_id)] == [0]


def test_undo_of_a_refusal_whose_dispute_moved_on_is_refused(steward, session, window, ctx, qtbot) -> None:
    disputes = session.disputes
    request = _entry(session, steward, 28, 3, "Grievance hearing", status="requested")
    approved = _entry(session, steward, 29, 1, "Health and safety walk", status="requested")
    requests = window.show_view("requests")
    assert requests.select_entry(approved.id)
    qtbot.mouseClick(requests.approve_button, Qt.MouseButton.LeftButton)  # an earlier, unrelated step
    _, dispute_id = _refuse_with_a_dispute(window, qtbot, request.id)
    disputes.escalate(dispute_id, dt.date(2025, 11, 20), "Head of Highways")  # not on the undo stack

    with qtbot.waitSignal(ctx.failed) as failed:
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "the dispute has moved on since it was opened (escalated)" in failed.args[0]
    assert "no longer on the undo list" in failed.args[0]
    assert session.entries.get(request.id).status == "refused"
    assert disputes.get(dispute_id).stage == 1
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Record approval"
    assert not ctx.undo_stack.canRedo()  # nothing claims the refusal was undone

    window.undo_action.trigger()  # the step before is still undoable
    assert session.entries.get(approved.id).status == "requested"
    assert session.entries.get(request.id).status == "refused"


def test_undo_never_restores_an_entry_under_an_open_dispute(steward, session, window, ctx, qtbot) -> None:
    disputes = session.disputes
    draft = _entry(session, steward, 30, 2, "Union conference", status="draft")
    requests = window.show_view("requests")
    assert requests.select_entry(draft.id)
    qtbot.mouseClick(requests.send_button, Qt.MouseButton.LeftButton)
    # refused and disputed outside the undo stack (as from the command line)
    dispute = disputes.open(draft.id, dt.date(2025, 11, 19), "Short staffed").result
    with qtbot.waitSignal(ctx.failed) as failed:
        window.undo_action.trigger()
    assert "has a dispute" in failed.args[0]
    assert session.entries.get(draft.id).status == "refused"
    assert disputes.get(dispute.id).is_open
    assert ctx.undo_stack.count() == 0


def test_an_escalation_in_disputes_is_a_step_on_the_undo_stack(steward, session, window, ctx, qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    request = _entry(session, steward, 31, 2, "Branch meeting", status="requested")  # 31 October
    _, dispute_id = _refuse_with_a_dispute(window, qtbot, request.id)
    view = window.show_view("disputes")
    assert view.select_dispute(dispute_id)
    qtbot.mouseClick(view.buttons["escalate"], Qt.MouseButton.LeftButton)
    dialog = view.open_dialog
    dialog.widget("on").setDate(ctx.today())
    qtbot.keyClicks(dialog.widget("to"), "Head of Highways")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert view.current_dispute().stage == 1
    assert ctx.undo_stack.undoText() == "Take the dispute to the next stage"

    window.undo_action.trigger()  # the escalation taken back: stage 0 again, its stage row gone
    assert view.current_dispute().stage == 0
    assert [s.number for s in session.disputes.stages(dispute_id)] == [0]
    window.redo_action.trigger()
    assert [s.number for s in session.disputes.stages(dispute_id)] == [0, 1]
