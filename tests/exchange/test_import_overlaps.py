"""Nothing counted twice on import (RULES §3): a spreadsheet's rows that overlap or repeat time
already here, or an earlier row, are reported in its preview and not added; a bundle's are listed in
its preview."""

import datetime as dt

from exchange_helpers import PASSPHRASE, export

from unionrep.core.model import Entry
from unionrep.exchange import apply_import, preview_import
from unionrep.exchange.csv_entries import read_entries_csv

# Siân has 09:30–12:00 on 6 May 2025 in the branch's book (conftest)
SHEET = ("Rep,Role,Date,Start,End,Purpose\n"
         "Siân Ŵyn,steward,2025-05-06,11:00,13:00,Hearing again\n"      # row 2: overlaps 09:30–12:00
         "Siân Ŵyn,steward,2025-05-06,12:00,13:00,Notes\n"              # row 3: starts as it ends: fine
         "Siân Ŵyn,steward,2025-05-06,12:30,13:30,Notes again\n"        # row 4: overlaps row 3
         "Siân Ŵyn,steward,2025-05-07,09:00,10:00,Other day\n")         # row 5: fine


def test_a_sheets_overlapping_rows_are_reported_not_added(branch, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET, encoding="utf-8")
    checked = read_entries_csv(branch, path)
    assert [n for n, _ in checked.entries] == [3, 5]
    assert [(b.row, b.column) for b in checked.bad] == [(2, "Start"), (4, "Start")]
    assert "09:30–12:00" in checked.bad[0].rule and "12:00–13:00" in checked.bad[1].rule


def test_a_bundles_overlapping_entries_are_listed_in_its_preview(branch, laptop, tmp_path):
    export(branch, tmp_path / "1.bundle")
    apply_import(laptop, preview_import(laptop, tmp_path / "1.bundle", PASSPHRASE))
    sian = laptop.reps.find("Siân Ŵyn")
    # the same hearing typed in again on the laptop, 10:00–11:00 inside 09:30–12:00, overlap allowed there
    twin = laptop.entries.add(Entry(sian.id, "steward", dt.date(2025, 5, 6), 60, "duties", start_time="10:00",
                                  end_time="11:00"), allow_overlap=True).result
    export(laptop, tmp_path / "2.bundle")
    preview = preview_import(branch, tmp_path / "2.bundle", PASSPHRASE)
    [pair] = preview.overlaps
    assert twin.id in pair
    [shown] = preview.to_json()["overlaps"]
    assert "2025-05-06" in shown["what"] and "2025-05-06" in shown["other_what"]
