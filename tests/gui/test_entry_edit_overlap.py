"""The entry dialog, editing: a change that makes the entry overlap another of the rep's that day is
refused with the other entry named and nothing saved, unless "Allow an overlap" is ticked."""

from __future__ import annotations

import datetime as dt

from unionrep.core.model import Entry
from unionrep.gui.dialogs.quick_entry import QuickEntryDialog

DAY = dt.date(2025, 11, 20)


def test_an_edit_onto_another_entry_is_refused_unless_the_overlap_is_allowed(steward, window, ctx,
                                                                               qtbot) -> None:
    entries = ctx.session.entries
    morning = entries.add(Entry(steward.id, "steward", DAY, 120, "duties", start_time="09:00",
                                end_time="11:00")).result
    afternoon = entries.add(Entry(steward.id, "steward", DAY, 60, "duties", start_time="13:00",
                                  end_time="14:00")).result
    dialog = QuickEntryDialog(ctx, afternoon.id, parent=window)
    qtbot.addWidget(dialog)
    dialog.ui.startEdit.setText("10:30")  # 10:30–11:30 shares half an hour with 09:00–11:00
    dialog.ui.endEdit.setText("11:30")
    dialog.save()
    assert morning.reference in dialog.ui.errorLabel.text()
    assert entries.get(afternoon.id).start_time == "13:00"  # refused, nothing written
    dialog.grab().save("/tmp/entry_edit_overlap.png")
    dialog.overlap_check.setChecked(True)
    dialog.save()
    assert (entries.get(afternoon.id).start_time, entries.get(afternoon.id).end_time) == ("10:30", "11:30")
