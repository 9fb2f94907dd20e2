"""Undo and redo: a deletion from the log (Delete, Ctrl+Z, Ctrl+Shift+Z), and edits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from unionrep.core.model import Entry


def _entry(service, rep, day: int, hours: float, purpose: str, status: str = "taken") -> Entry:
    return service.add_entry(Entry(rep.id, "steward", dt.date(2025, 10, day), int(hours * 60), "duties",
                                   purpose=purpose, status=status))


def test_undo_a_deletion_then_redo_it(steward, service, window, ctx, qtbot) -> None:
    first = _entry(service, steward, 1, 2, "Disciplinary hearing")
    second = _entry(service, steward, 2, 3, "Grievance meeting")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    log = window.view("log")
    assert log.model.rowCount() == 2
    assert log.select_entry(second.id)
    log.table.setFocus()

    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert [e.id for e in service.entries()] == [first.id]
    assert log.model.rowCount() == 1
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = service.get_entry(second.id)
    assert restored == second  # exactly as it was, same id
    assert log.model.rowCount() == 2

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert [e.id for e in service.entries()] == [first.id]
    history = [h["field"] for h in service.history(second.id)]
    assert history == ["*", "*", "*", "*"]  # created, deleted, restored, deleted: all in the audit trail


def test_undo_an_approval(steward, service, window, ctx, qtbot) -> None:
    request = _entry(service, steward, 3, 2, "Branch meeting", status="requested")
    requests = window.show_view("requests")
    assert requests.select_entry(request.id)
    qtbot.mouseClick(requests.approve_button, Qt.MouseButton.LeftButton)
    assert service.get_entry(request.id).status == "approved"
    assert requests.model.rowCount() == 0  # no longer waiting for an answer
    window.undo_action.trigger()
    assert service.get_entry(request.id).status == "requested"
    assert requests.model.rowCount() == 1


def test_undo_a_new_rep(window, ctx, service, qtbot) -> None:
    from unionrep.core.model import Rep
    from unionrep.gui.commands import AddRep, AssignRole

    rep = Rep(name="Nia Wyn Edwards")
    ctx.execute(AddRep(ctx, rep))
    ctx.execute(AssignRole(ctx, rep.id, "steward", dt.date(2025, 4, 1)))
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert service.reps() == []
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert [a.role for a in service.assignments(rep.id)] == ["steward"]


def test_edit_an_entry_from_the_log_then_undo(steward, service, window, ctx, qtbot) -> None:
    entry = _entry(service, steward, 6, 2, "Casework")
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
    assert service.get_entry(entry.id).minutes == 195
    assert "minutes: 120 → 195" in log.details.toPlainText()
    window.undo_action.trigger()
    assert service.get_entry(entry.id).minutes == 120


def test_a_past_year_on_the_dashboard(steward, service, window, qtbot) -> None:
    service.add_entry(Entry(steward.id, "steward", dt.date(2024, 10, 1), 300, "duties"))
    dashboard = window.show_view("dashboard")
    dashboard.refresh()
    card = next(c for c in dashboard.cards if c.balance.rep.id == steward.id)
    assert "0 of 100 h used" in card.summary()  # this year
    dashboard.year_combo.setCurrentIndex(1)  # 2024/25
    card = next(c for c in dashboard.cards if c.balance.rep.id == steward.id)
    assert card.balance.year.label == "2024/25"
    assert "5 of 100 h used" in card.summary()
