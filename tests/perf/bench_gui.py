"""Time the desktop app over a big database: start-up, and the log's first page, scroll and filter.

    python tests/perf/bench_gui.py [--entries 1000000] [--reps 300] [--db PATH] [--json] [--small]

Builds a database of N entries in bulk (tests/perf/make_db.py: raw executemany in one transaction),
opens the main window offscreen and prints, as JSON:

- startup_s: from opening the database to the dashboard painted with the reps' bars;
- attention_list_complete_s: until the worker has added the entry and dispute flags;
- views_loaded_s: from opening the database until the window has imported the modules of its other
  views, which it does one per turn of the event loop after its first paint (the log's figures are
  taken after it);
- log_first_page_s: switching to the log until its first rows are painted;
- log_scroll_end_s: scrollToBottom, until the last rows are fetched and painted;
- log_scroll_middle_s: a jump to the middle of the log (the slowest page to reach by OFFSET);
- log_sort_s: sorting by hours (paged along the hours index), until the sorted first page is
  painted; log_sort_gui_blocked_s: how long the window was busy meanwhile;
- log_sort_rep_s, log_sort_role_s, log_sort_category_s, log_sort_status_s: sorting by rep, role,
  category or status (a grouped order: the groups' sizes counted along the column's index, then
  each page read within its groups), and their ..._gui_blocked_s;
- log_filter_s: filtering by one rep and one year, rows painted;
- log_search_s: a two-word search over every entry (purpose, location, rep, notes), read in a
  worker, until every match is in (and counted) and the rows are painted;
  log_search_first_page_s: until its first page is painted (read apart, in another worker);
  log_search_gui_blocked_s: the window's busy part of it.

--db reuses (or keeps) a database file, so a million entries need be built once. --small (used by
smoke.sh) runs a few thousand entries, to prove the script works. Nothing is asserted about time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UNIONREP_PLAIN", "1")  # a throw-away benchmark file needs no passphrase


def _timed(action: Callable[[], Any], settle: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    settle()
    return round(time.perf_counter() - started, 3)


def run(db_path: Path, settings_dir: Path) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from unionrep.app.session import open_session
    from unionrep.core.log_filter import Column
    from unionrep.gui import rc_unionrep  # noqa: F401
    from unionrep.gui.context import AppContext
    from unionrep.gui.main_window import MainWindow
    from unionrep.gui.options import Options

    app = QApplication.instance() or QApplication(["bench_gui"])

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    def paint(widget: Any) -> None:
        """Process events until `widget` has really been painted."""
        watch = PaintWatch()
        widget.installEventFilter(watch)
        widget.update()
        deadline = time.perf_counter() + 60
        while not watch.painted and time.perf_counter() < deadline:
            app.processEvents()
        widget.removeEventFilter(watch)

    started = time.perf_counter()
    session = open_session(db_path)
    ctx = AppContext(session, Options(settings_dir / "bench.ini"), db_path)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    dashboard = window.view("dashboard")
    paint(dashboard.cards_box)
    startup = round(time.perf_counter() - started, 3)
    # the rest of "Needs attention" (entry and dispute flags) is gathered in a worker
    while dashboard.flags_pending and time.perf_counter() - started < 120:
        app.processEvents()
        time.sleep(0.005)
    attention = round(time.perf_counter() - started, 3)
    # after its first paint the window imports its other views' modules, one per turn of the event
    # loop: the log's figures wait for them, so that they time the log and not one of those imports
    views = [f"unionrep.gui.views.{spec.module}" for spec in window.specs]
    while not all(view in sys.modules for view in views) and time.perf_counter() - started < 120:
        app.processEvents()
        time.sleep(0.005)
    views_loaded = round(time.perf_counter() - started, 3)

    log = window.view("log")  # built lazily: its construction counts toward the first page
    table = log.table
    model = log.model
    first_page = _timed(lambda: window.show_view("log"), lambda: paint(table.viewport()))
    total = model.rowCount()

    def last_rows_fetched() -> None:
        paint(table.viewport())
        assert model.row_data(total - 1) is not None

    scroll_end = _timed(table.scrollToBottom, last_rows_fetched)
    middle = model.index(total // 2, 0)
    scroll_middle = _timed(lambda: table.scrollTo(middle), lambda: paint(table.viewport()))
    def rows_shown() -> None:
        """Until the rows are painted, waiting (idle, as the app's event loop does) for any
        order or search the model reads in a worker."""
        deadline = time.perf_counter() + 120
        while model.loading and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)
        paint(table.viewport())

    def blocked(action: Callable[[], Any]) -> tuple[float, float]:
        """(seconds the window was busy, seconds until the rows are shown)."""
        start = time.perf_counter()
        action()
        paint(table.viewport())
        busy = round(time.perf_counter() - start, 3)
        rows_shown()
        return busy, round(time.perf_counter() - start, 3)

    sort_stall, sort = blocked(
        lambda: table.sortByColumn(Column.HOURS, table.horizontalHeader().sortIndicatorOrder()))
    table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)  # back to the usual order
    rows_shown()
    grouped: dict[str, float] = {}
    for column in (Column.REP, Column.ROLE, Column.CATEGORY, Column.STATUS):
        name = column.name.lower()
        stall, took = blocked(lambda c=column: table.sortByColumn(c, Qt.SortOrder.AscendingOrder))
        grouped[f"log_sort_{name}_s"], grouped[f"log_sort_{name}_gui_blocked_s"] = took, stall
        table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        rows_shown()

    def rep_and_year() -> None:
        bar = log.filters
        bar.rep.setCurrentIndex(1)
        bar.year.setCurrentIndex(min(2, bar.year.count() - 1))

    filtered = _timed(rep_and_year, rows_shown)
    filtered_rows = model.rowCount()

    def search() -> None:
        log.filters.clear()
        log.filters.search.setText("grievance ruthin")
        log.filters.search.returnPressed.emit()

    start = time.perf_counter()
    search()
    paint(table.viewport())
    search_stall = round(time.perf_counter() - start, 3)
    deadline = time.perf_counter() + 120
    while model.loading and model.rowCount() == 0 and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    paint(table.viewport())
    search_first = round(time.perf_counter() - start, 3)
    rows_shown()
    searched = round(time.perf_counter() - start, 3)
    result = {
        "entries": total,
        "reps": len(dashboard.balances),
        "startup_s": startup,
        "attention_list_complete_s": attention,
        "views_loaded_s": views_loaded,
        "log_first_page_s": first_page,
        "log_scroll_end_s": scroll_end,
        "log_scroll_middle_s": scroll_middle,
        "log_sort_s": sort,
        "log_sort_gui_blocked_s": sort_stall,
        **grouped,
        "log_filter_s": filtered,
        "filtered_rows": filtered_rows,
        "log_search_s": searched,
        "log_search_first_page_s": search_first,
        "log_search_gui_blocked_s": search_stall,
        "searched_rows": model.rowCount(),
    }
    window.close()
    from unionrep.gui.workers import wait_for_workers

    wait_for_workers(60000)
    session.store.db.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=300)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--db", type=Path, help="use this database, building it first if it does not exist")
    parser.add_argument("--json", action="store_true", help="print only the JSON")
    parser.add_argument("--small", action="store_true", help="a quick run (smoke test)")
    args = parser.parse_args(argv)
    if args.small:
        args.entries, args.reps = 3000, 20

    from make_db import make

    with tempfile.TemporaryDirectory(prefix="unionrep-bench-") as tmp:
        db_path = args.db or Path(tmp) / "bench.db"
        built: dict[str, Any] = {}
        if not db_path.exists():
            built = make(db_path, args.reps, args.years, args.entries)
        result = {**run(db_path, Path(tmp)), "build_s": built.get("seconds")}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
