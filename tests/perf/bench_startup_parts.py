"""What each part of the app's start costs, from starting the process to the dashboard painted.

    python tests/perf/bench_startup_parts.py --db /tmp/big.db [--runs 5] [--json]
    python tests/perf/bench_startup_parts.py --small      # a small database, to prove it runs

Starts `python -m unionrep --db DB` (offscreen, fresh settings, bytecode kept as run.py does) --runs
times after a warm-up; the process notes the time as it passes each step of unionrep.gui.app.run,
and the medians of the steps' lengths are printed as JSON, with bare Qt (import PySide6, paint an
empty window) as the floor:

- python_s: the interpreter, up to the first line of the driver;
- app_module_s: importing unionrep.gui.app (and what it imports at the top);
- qt_and_settings_s: PySide6's widgets, the QApplication, the settings and the translator;
- database_s: opening the database (waiting for the check at start, which began in a thread
  before PySide6 was imported; migrations; the service);
- window_modules_s: importing the main window and the rest of the GUI it needs;
- dashboard_s: building the dashboard (the first screen kept by the last run, or else every rep's
  balances; the first cards; the balances' flags);
- window_rest_s: the rest of the main window's construction;
- show_and_paint_s: the window shown, laid out and painted, up to the dashboard's cards.

Nothing is asserted about time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import BARE_DRIVER, ON_IMPORT, PAINTED, child_env, until_painted  # noqa: E402

STAMP = "unionrep-perf: at"

DRIVER = f"""
import time
print({STAMP!r}, "python", time.time(), flush=True)
import sys


def stamp(step):
    print({STAMP!r}, step, time.time(), flush=True)


def stamp_opening(app_module):
    stamp("app_module")
    opening = app_module.open_database

    def open_database(*args, **kwargs):
        stamp("qt_and_settings")
        opened = opening(*args, **kwargs)
        stamp("database")
        return opened

    app_module.open_database = open_database


def around(cls, before, after):
    built = cls.__init__

    def init(self, *args, **kwargs):
        stamp(before)
        built(self, *args, **kwargs)
        stamp(after)
        return None

    cls.__init__ = init


def watch_paint(dashboard):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                stamp("show_and_paint")
                print({PAINTED!r}, flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    watch = Watch()
    built = dashboard.DashboardView.__init__

    def init(self, *args, **kwargs):
        stamp("window_modules_or_rest")
        built(self, *args, **kwargs)
        stamp("dashboard")
        self.cards_box.installEventFilter(watch)

    dashboard.DashboardView.__init__ = init


{ON_IMPORT}
sys.meta_path.insert(0, WhenImported({{
    "unionrep.gui.app": stamp_opening,
    "unionrep.gui.views.dashboard": watch_paint,
    "unionrep.gui.main_window": lambda m: around(m.MainWindow, "window_modules", "window_rest")}}))
from unionrep.__main__ import main

sys.exit(main(sys.argv[1:]))
"""

STEPS = ["python", "app_module", "qt_and_settings", "database", "window_modules", "dashboard",
         "window_rest", "show_and_paint"]


def one_start(code: str, args: list[str], folder: Path) -> dict[str, float]:
    """The time of each step as the child reports it, in seconds from starting the process."""
    started = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=child_env(folder), cwd=HERE.parents[1], timeout=300)
    at: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith(STAMP):
            step, seconds = line.removeprefix(STAMP).split()
            at.setdefault(step, float(seconds) - started)
        elif line.strip() == PAINTED:
            at.setdefault("painted", time.time() - started)
    if "show_and_paint" not in at and "painted" not in at:
        raise SystemExit(f"the process never painted (exit status {done.returncode}): {done.stderr[-2000:]}")
    return at


def parts(at: dict[str, float]) -> dict[str, float]:
    """Each step's length: from the step before it to its own stamp. The dashboard is built inside
    the main window's construction; what comes before it there counts as window_modules."""
    if "window_modules_or_rest" in at:
        at = {**at, "window_modules": at["window_modules_or_rest"]}
    lengths = {}
    previous = 0.0
    for step in STEPS:
        if step in at:
            lengths[f"{step}_s"] = at[step] - previous
            previous = at[step]
    lengths["total_s"] = previous
    return lengths


def run(db: Path, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="unionrep-parts-") as tmp:
        folder = Path(tmp)
        app: list[dict[str, float]] = []
        bare: list[float] = []
        for n in range(runs + 1):  # the first of each is a warm-up (it compiles the bytecode)
            measured = parts(one_start(DRIVER, ["--db", str(db)], folder))
            # as run.py times it: the "painted" line as it arrives, not once the process has ended
            floor = until_painted(BARE_DRIVER, [], folder)[0]
            if n:
                app.append(measured)
                bare.append(floor)
    keys = [k for k in app[0] if all(k in a for a in app)]
    result: dict[str, object] = {k: round(statistics.median(a[k] for a in app), 3) for k in keys}
    result["bare_qt_startup_s"] = round(statistics.median(bare), 3)
    result["load_average_1_5_15"] = [round(x, 2) for x in os.getloadavg()]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, help="use this database, building it first if it does not exist")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print only the JSON (the default output)")
    parser.add_argument("--small", action="store_true", help="a small database and two runs")
    args = parser.parse_args(argv)
    os.environ.setdefault("UNIONREP_PLAIN", "1")
    os.environ.setdefault("UNIONREP_NO_KEYRING", "1")
    if args.small:
        args.entries, args.runs = 2000, 2
    from make_db import make

    with tempfile.TemporaryDirectory(prefix="unionrep-parts-db-") as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if not db.exists():
            make(db, 20 if args.small else 1000, 3, args.entries)
        print(json.dumps(run(db, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
