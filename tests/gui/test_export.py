"""File ▸ Export the log… (the rows the Log shows, as its filters leave them) and File ▸ Export the
calendar…, written where the file dialog says and read back."""

from __future__ import annotations

import csv
import datetime as dt
import io

from PySide6.QtGui import QAction

from unionrep.core.log_filter import LogFilter
from unionrep.core.model import Entry

D = dt.date


def _file_action(window, text: str) -> QAction:
    (file_menu,) = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File"]
    items = {a.text().replace("&", ""): a for a in file_menu.actions() if not a.isSeparator()}
    assert text in items, sorted(items)
    return items[text]


def _logged(session, steward):
    made = {}
    for day, purpose, status in ((D(2025, 5, 6), "Grievance hearing", "taken"),
                                 (D(2025, 9, 17), "Disciplinary hearing", "approved"),
                                 (D(2025, 10, 2), "Grievance appeal", "requested")):
        made[purpose] = session.entries.add(Entry(steward.id, "steward", day, 150, "duties", purpose=purpose,
                                                  status=status)).result
    return made


def _choose(qtbot, window, path) -> None:
    dialog = window.export_dialog
    assert dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def test_export_the_log_writes_the_rows_the_filters_leave(steward, session, window, qtbot, tmp_path) -> None:
    made = _logged(session, steward)
    log_view = window.show_view("log")
    log_view.apply_filter(LogFilter(text="grievance"))
    qtbot.waitUntil(lambda: log_view.model.rowCount() == 2 and not log_view.model.loading)
    _file_action(window, "Export the log (CSV)…").trigger()
    target = tmp_path / "exports" / "log.csv"
    target.parent.mkdir()
    _choose(qtbot, window, target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    wanted = sorted(made[p].id for p in ("Grievance hearing", "Grievance appeal"))
    assert sorted(r["Id"] for r in rows) == wanted
    assert [r["Id"] for r in rows] == [log_view.model.entry_id(n) for n in range(2)]  # the Log's order
    assert {r["Hours"] for r in rows} == {"2.50"}  # 150 minutes
    assert window.statusBar().currentMessage() == f"Exported 2 entries to {target}"
    assert [p.name for p in target.parent.iterdir()] == ["log.csv"]  # no temporary file left


def test_export_the_calendar_has_approved_and_taken_time_off(steward, session, window, qtbot,
                                                             tmp_path) -> None:
    _logged(session, steward)
    _file_action(window, "Export the calendar (.ics)…").trigger()
    target = tmp_path / "time-off.ics"
    _choose(qtbot, window, target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert text.count("BEGIN:VEVENT") == 2  # the taken and the approved one; not the request
    assert window.statusBar().currentMessage() == f"Exported 2 entries to {target}"
