"""The ledger's rules through the widgets: an overlap refused in the quick entry unless allowed,
hours changed from a date in the rep dialog (and undone), the rep page's hours and cost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from unionrep.core.model import Entry
from unionrep.gui import options as opt

D = dt.date


def test_the_quick_entry_refuses_an_overlap_unless_it_is_allowed(steward, window, ctx, qtbot) -> None:
    first = ctx.service.add_entry(Entry(steward.id, "steward", D(2025, 11, 20), 120, "duties",
                                        start_time="09:00", end_time="11:00"))
    ctx.options.set(opt.LAST_REP, steward.id)
    ctx.options.set(opt.LAST_ROLE, "steward")
    window.new_entry()
    dialog = window.quick_entry
    qtbot.keyClicks(dialog.ui.startEdit, "10:00")
    qtbot.keyClicks(dialog.ui.endEdit, "12:00")
    qtbot.waitUntil(lambda: first.reference in dialog.ui.errorLabel.text())
    dialog.save()
    assert len(ctx.service.entries(steward.id)) == 1  # refused, nothing written
    dialog.overlap_check.setChecked(True)
    qtbot.waitUntil(lambda: "after this entry" in dialog.ui.previewLabel.text())
    dialog.save()
    assert [(e.start_time, e.end_time) for e in ctx.service.entries(steward.id)] == [
        ("09:00", "11:00"), ("10:00", "12:00")]


def test_hours_changed_from_a_date_in_the_rep_dialog_and_undone(steward, window, ctx, qtbot) -> None:
    from unionrep.gui.dialogs.rep_dialog import RepDialog

    dialog = RepDialog(ctx, steward.id, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.hours_from_edit.date() == QDate(2025, 11, 20)  # today, by default
    dialog.ui.weeklyHoursEdit.setText("18.5")
    dialog.hours_from_edit.setDate(QDate(2025, 10, 1))
    dialog.save()
    assert [(h.from_on, h.weekly_minutes) for h in ctx.service.hours(steward.id)] == [
        (D(1990, 1, 1), 37 * 60), (D(2025, 10, 1), 1110)]
    # 2025/26: 100 × (183 × 37/37 + 182 × 18.5/37) / 365 = 75.07
    assert f"{float(ctx.service.balance(steward.id, D(2025, 11, 20)).allowances[0].cap):.2f}" == "75.07"

    reps = window.show_view("reps")
    reps.select_rep(steward.id)
    page = reps.page
    page.set_rep(steward.id)
    assert "Weekly hours: 37 h from the start; 18.5 h from 1 Oct 2025" in page.details.text()

    ctx.undo_stack.undo()
    history = [(h.from_on, h.weekly_minutes) for h in ctx.service.hours(steward.id)]
    assert history == [(D(1990, 1, 1), 37 * 60)]
    assert ctx.service.find_rep(steward.id).weekly_minutes == 37 * 60


def test_the_import_preview_lists_entries_that_would_count_twice(steward, window, ctx, qtbot,
                                                                 tmp_path) -> None:
    from PySide6.QtWidgets import QLabel

    from unionrep.app.facade import open_service
    from unionrep.exchange import apply_import, export_bundle, preview_import
    from unionrep.exchange.envelope import MIN_SCRYPT_N
    from unionrep.gui.dialogs.exchange_import import ImportPreviewDialog

    here = ctx.service.add_entry(Entry(steward.id, "steward", D(2025, 11, 3), 120, "duties",
                                       start_time="09:00", end_time="11:00"))
    laptop = open_service(tmp_path / "laptop.db", create=True)
    laptop.init("denbighshire-2012")
    export_bundle(ctx.service, tmp_path / "1.bundle", "pass phrase one", scrypt_n=MIN_SCRYPT_N)
    apply_import(laptop.session, preview_import(laptop.session, tmp_path / "1.bundle", "pass phrase one"))
    # 10:00–11:30 typed in again on the laptop, overlapping 09:00–11:00 (allowed there)
    there = laptop.add_entry(Entry(steward.id, "steward", D(2025, 11, 3), 90, "duties", start_time="10:00",
                                   end_time="11:30"), allow_overlap=True)
    export_bundle(laptop.session, tmp_path / "2.bundle", "pass phrase one", scrypt_n=MIN_SCRYPT_N)
    dialog = ImportPreviewDialog(ctx, preview_import(ctx.service, tmp_path / "2.bundle", "pass phrase one"),
                                 parent=window)
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QLabel, "importOverlaps")
    assert shown is not None
    assert here.reference in shown.text() and there.reference in shown.text()
    laptop.store.db.close()
