"""Every benchmark on one database of a given size, printed as ONE JSON object.

    python tests/perf/run.py [--entries 1000000] [--reps 1000] [--db PATH] [--runs 5] [--json]
    python tests/perf/run.py --small          # a few thousand entries: proves it runs (CI)

Builds the database with make_db.py (or reuses --db), then measures, in seconds unless the key
says otherwise, each the median of --runs runs after one warm-up run:

- startup_s: `python -m unionrep --db DB` started as a new process (offscreen, settings in a
  temporary folder, bytecode compiled once as an installed app has it) until the dashboard's
  cards are painted. The app offers no signal of its own for this, so the process runs the app's
  own entry point with an event filter on the dashboard's cards widget that reports its first
  paint, installed when the app imports the dashboard (so the app's imports keep their order) —
  see "notes". Each run ends as a session does, keeping the dashboard's first screen in the book
  (app/first_screen.py), so the timed runs start as a user's next start does after the warm-up
  (a run waits for the check at start to pass before it ends, as a session must to keep it);
  a start after a change to the book works the balances out first (balances_all_afresh_s).
- bare_qt_startup_s: the same for a process that only imports PySide6 and shows an empty
  QMainWindow of the same size: the floor for startup_s.
- after_paint_longest_block_s, after_paint_blocks_over_50ms, interactive_s: bench_settle.py's
  figures: the longest the window went without a turn of its event loop in the 3 s after its
  first paint, how many such gaps were over 50 ms, and the time from starting the process to the
  end of the last of them (the window answers at once from then on).
- startup_without_numpy_s: startup_s with numpy made unimportable, as in the packaged app
  (packaging/unionrep.spec leaves it out): sqlite-utils imports numpy whenever it is installed.
- balances_all_s: every rep's balances for the current year through the core
  (session.balances.every), in this process: asked again with the book unchanged, the answer
  kept from the last ask; balances_all_afresh_s: the same worked out afresh, as after any change.
- raw_sql_balances_s: one hand-written SQL aggregate answering the same question straight from
  the entries (minutes per rep, role, category and status in each rep's own current year), rows
  fetched; raw_sql_year_totals_s: the same from the maintained year_totals table (the floor of
  what all_balances reads); raw_sql_search_s: the query of bench_gui's search (every matching
  entry in date order, through the search index), the floor of log_search_s.
- log_first_page_s, log_scroll_end_s, log_filter_s (and the rest of bench_gui.py's figures,
  prefixed gui_): bench_gui.py run on the database as a separate process, --runs times.
- proforma_median_s: the Pro Forma Request PDF of an entry of this database, as the GUI and the
  CLI make it (session.documents.proforma), after a warm-up.
- import_100k_s: bench_import.py's figure (a bundle of 100,000 entries into a new database; 2,000
  with --small); one run, it takes a minute.
- backup_s: an online backup of this database to a new file (unionrep.store.backup.backup).
- peak_rss_mb: the peak resident memory of an app process (as for startup_s) that opens the log,
  scrolls to its end and quits: its own high-water mark (VmHWM) as it exits. (The child's
  getrusage ru_maxrss would also count this process's memory, which the child was forked from.)

Nothing is asserted about time. --small finishes in well under a minute (smoke.sh runs it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

os.environ.setdefault("UNIONREP_PLAIN", "1")  # a throw-away benchmark file needs no passphrase
os.environ.setdefault("UNIONREP_NO_KEYRING", "1")

PAINTED = "unionrep-perf: painted"
DONE = "unionrep-perf: done"
PEAK = "unionrep-perf: peak KiB"
GAP = "unionrep-perf: gap"
SETTLE_S = 3.0  # how long after the first paint the "settle" mode watches the event loop's turns
GAP_FROM_S = 0.005

# Patches modules of the app when the app itself imports them, so that its imports happen in their
# own order and at their own time (importing the dashboard first would import the core before the
# app starts, ahead of what the app does first). Part of the drivers below and bench_startup_parts.
ON_IMPORT = """
import importlib.util
import sys


class WhenImported:
    def __init__(self, patches):
        self.patches = patches  # module name -> patch(module)

    def find_spec(self, name, path=None, target=None):
        patch = self.patches.pop(name, None)
        if patch is None:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if self.patches:
            sys.meta_path.insert(0, self)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            patch(module)

        spec.loader.exec_module = exec_module
        return spec
"""

# Runs the app's own entry point (as `python -m unionrep` does), with an event filter on the
# dashboard's cards that says when they are first painted; in "log" mode it then opens the log,
# scrolls to its end, paints it and quits. The filter sits on that one widget: an application-wide
# one would slow every event of the start-up it measures.
APP_DRIVER = f"""
import atexit
import sys

mode, argv = sys.argv[1], sys.argv[2:]


@atexit.register
def peak():
    # this process's own high-water mark (getrusage's ru_maxrss also counts the parent's memory
    # the process was forked with)
    try:
        with open("/proc/self/status") as status:
            kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource

        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print({PEAK!r}, kib, flush=True)


if mode.endswith("-no-numpy"):  # as the packaged app, which leaves numpy out
    sys.modules["numpy"] = None


def after(window):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if mode == "settle":
        return watch_the_turns(app)
    if mode == "log":
        log = window.show_view("log")
        app.processEvents()
        log.table.scrollToBottom()
        for _ in range(5):
            app.processEvents()
    quit_once_checked(window, app)


def quit_once_checked(window, app):
    from PySide6.QtCore import QTimer

    from unionrep.gui.checked_start import is_unchecked

    if is_unchecked(window.ctx.session):
        # the check at start still running (a big book): a session ended before it keeps no first
        # screen for the next start, and a user's session is longer than that
        return QTimer.singleShot(20, lambda: quit_once_checked(window, app))
    print({DONE!r}, flush=True)
    app.quit()  # without closing the window, which would save its state (the log as last view)


def watch_the_turns(app):
    # a timer asks for a turn of the event loop every millisecond for {SETTLE_S} s: each gap
    # between two turns longer than {GAP_FROM_S} s is said, with the (monotonic) time it ended
    import time

    from PySide6.QtCore import QTimer

    last = time.perf_counter()
    end = last + {SETTLE_S}
    print({GAP!r}, 0.0, last, flush=True)  # where the watch begins, just after the first paint

    def turn():
        nonlocal last
        now = time.perf_counter()
        if now - last > {GAP_FROM_S}:
            print({GAP!r}, now - last, now, flush=True)
        last = now
        if now < end:
            QTimer.singleShot(1, turn)
        else:
            print({DONE!r}, flush=True)
            app.quit()

    QTimer.singleShot(1, turn)


def patch(dashboard):
    # PySide6 is imported by then: the driver imports nothing of it ahead of the app
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                print({PAINTED!r}, flush=True)
                QTimer.singleShot(0, lambda: after(obj.window()))
            return False

    watch = Watch()
    built = dashboard.DashboardView.__init__

    def watched(self, *args, **kwargs):
        built(self, *args, **kwargs)
        self.cards_box.installEventFilter(watch)

    dashboard.DashboardView.__init__ = watched


{ON_IMPORT}
sys.meta_path.insert(0, WhenImported({{"unionrep.gui.views.dashboard": patch}}))
from unionrep.__main__ import main

sys.exit(main(argv))
"""

BARE_DRIVER = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])


class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print({PAINTED!r}, flush=True)
            QTimer.singleShot(0, app.quit)
        return False


window = QMainWindow()
window.resize(1280, 800)
watch = Watch()
window.installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""


def median(values: list[float]) -> float:
    return round(statistics.median(values), 4)


def timed_runs(action: Callable[[], Any], runs: int) -> list[float]:
    """Seconds of `runs` calls of `action`, after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def child_env(folder: Path) -> dict[str, str]:
    """Offscreen, with new settings and data folders in `folder`, and compiled bytecode kept (in
    `folder`, not the source tree) as an installed app has it: the warm-up run compiles."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    fresh = Path(tempfile.mkdtemp(prefix="settings-", dir=folder))
    env.update({"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(fresh / "config"),
                "UNIONREP_DATA_DIR": str(fresh / "data"), "UNIONREP_LANG": "en",
                "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))})
    return env


def until_painted(code: str, args: list[str], folder: Path) -> tuple[float, float, int]:
    """(seconds from starting the process to its "painted" line, peak RSS in MiB, exit status)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=child_env(folder), cwd=ROOT)
    assert proc.stdout is not None
    painted = None
    peak_kib = None
    for line in proc.stdout:
        if line.strip() == PAINTED and painted is None:
            painted = time.perf_counter() - started
        elif line.startswith(PEAK):
            peak_kib = int(line.split()[-1])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if painted is None:
        raise SystemExit(f"the process never painted (exit status {proc.returncode}): {args}")
    # ru_maxrss (KiB on Linux) would do where the child cannot say, but it also counts the memory
    # of this process, which the child was forked from
    return painted, (usage.ru_maxrss if peak_kib is None else peak_kib) / 1024, proc.returncode


def startup(db: Path, folder: Path, runs: int) -> dict[str, Any]:
    """Runs of the app, of the app without numpy and of bare Qt, taking turns (so that the load of
    the machine at the time falls on all three alike), after one warm-up run of each."""
    kinds = {"app": (APP_DRIVER, ["dashboard", "--db", str(db)]),
             "no_numpy": (APP_DRIVER, ["dashboard-no-numpy", "--db", str(db)]),
             "bare": (BARE_DRIVER, [])}
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for n in range(runs + 1):
        for kind, (code, args) in kinds.items():
            seconds = until_painted(code, args, folder)[0]
            if n:
                times[kind].append(seconds)
    return {"startup_s": median(times["app"]), "bare_qt_startup_s": median(times["bare"]),
            "startup_without_numpy_s": median(times["no_numpy"]),
            "startup_runs_s": [round(t, 3) for t in times["app"]],
            "bare_qt_runs_s": [round(t, 3) for t in times["bare"]]}


def peak_rss(db: Path, folder: Path) -> dict[str, Any]:
    _, rss, status = until_painted(APP_DRIVER, ["log", "--db", str(db)], folder)
    return {"peak_rss_mb": round(rss, 1), "peak_rss_exit_status": status}


SEARCHED = "grievance ruthin"  # as bench_gui.py searches
RAW_FROM_ENTRIES = """
    SELECT e.rep_id, e.role, e.category, e.status, SUM(e.minutes)
    FROM reps r JOIN entries e ON e.rep_id = r.id
    WHERE r.ended_on IS NULL
      AND e.date BETWEEN (CASE WHEN r.school = 1 THEN :school_start ELSE :april_start END)
                     AND (CASE WHEN r.school = 1 THEN :school_end ELSE :april_end END)
    GROUP BY e.rep_id, e.role, e.category, e.status
"""
RAW_FROM_YEAR_TOTALS = """
    SELECT t.rep_id, t.role, t.category, t.status, SUM(t.minutes)
    FROM year_totals t JOIN reps r ON r.id = t.rep_id
    WHERE r.ended_on IS NULL
      AND t.year_start = (CASE WHEN r.school = 1 THEN :school_start ELSE :april_start END)
    GROUP BY t.rep_id, t.role, t.category, t.status
"""


def balances(db: Path, runs: int) -> dict[str, Any]:
    from unionrep.app.session import open_session
    from unionrep.core.periods import parse_month_day, year_of

    session = open_session(db)
    today = dt.date.today()
    april = year_of(today)
    # make_db's school reps all start their year on the same day
    starts = [r[0] for r in session.store.db.execute(
        "SELECT DISTINCT academic_start FROM reps WHERE school = 1").fetchall()] or ["09-01"]
    school = year_of(today, parse_month_day(starts[0]))
    params = {"april_start": april.start.isoformat(), "april_end": april.end.isoformat(),
              "school_start": school.start.isoformat(), "school_end": school.end.isoformat()}
    conn = session.store.db.conn

    def query_with(sql: str, values: Any) -> Callable[[], Any]:
        return lambda: conn.execute(sql, values).fetchall()

    def query(sql: str) -> Callable[[], Any]:
        return query_with(sql, params)

    result = {
        # quick figures: more runs, to steady the median on a busy machine
        "balances_all_s": median(timed_runs(lambda: session.balances.every(today), 3 * runs)),
        # worked out afresh, as after any change to the book (every() keeps its last answer while
        # the book is unchanged, so the figure above is that answer given again)
        "balances_all_afresh_s": median(timed_runs(
            lambda: session.balances._every(today, None, False), 3 * runs)),
        "raw_sql_balances_s": median(timed_runs(query(RAW_FROM_ENTRIES), max(1, runs // 2))),
        "raw_sql_year_totals_s": median(timed_runs(query(RAW_FROM_YEAR_TOTALS), 3 * runs)),
        "school_year_starts": starts,
    }
    from unionrep.core.log_filter import LogFilter, Sort
    from unionrep.store.log_query import order_sql

    # bench_gui's search (log_search_s), its query alone: the floor for it
    search_sql, search_params = order_sql(LogFilter(text=SEARCHED), Sort())
    result["raw_sql_search_s"] = median(timed_runs(query_with(search_sql, search_params), runs))
    entry_id = session.store.db.execute(
        "SELECT id FROM entries WHERE status = 'requested' ORDER BY date DESC LIMIT 1").fetchone()
    if entry_id is not None:
        result["proforma_median_s"] = median(
            timed_runs(lambda: session.documents.proforma(entry_id[0], "bilingual"), max(runs, 10)))
    session.store.db.close()
    return result


def gui(db: Path, folder: Path, runs: int) -> dict[str, Any]:
    """bench_gui.py on the database, `runs` times: the median of each figure."""
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run([sys.executable, str(HERE / "bench_gui.py"), "--db", str(db), "--json"],
                              capture_output=True, text=True, check=True, cwd=ROOT,
                              env=child_env(folder))
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        for key, value in figures.items():
            if isinstance(value, (int, float)) and key.endswith("_s"):
                found.setdefault(key, []).append(value)
    result: dict[str, Any] = {}
    for key, values in found.items():
        name = key if key.startswith("log_") else f"gui_{key}"
        result[name] = median(values)
    return result


def settle(db: Path, folder: Path, runs: int) -> dict[str, Any]:
    """bench_settle.py on the database: how soon the window answers after its first paint."""
    done = subprocess.run([sys.executable, str(HERE / "bench_settle.py"), "--db", str(db),
                           "--runs", str(runs), "--json"], capture_output=True, text=True, check=True,
                          cwd=ROOT, env=child_env(folder))
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {"after_paint_longest_block_s": figures["after_paint_longest_block_s"],
            "after_paint_blocks_over_50ms": figures["after_paint_blocks_over_50ms"],
            "interactive_s": figures["interactive_s"]}


def backup(db: Path, folder: Path, runs: int) -> dict[str, Any]:
    from unionrep.store import backup as backups

    n = 0

    def once() -> None:
        nonlocal n
        n += 1
        target = folder / f"backup-{n}.db"
        backups.backup(db, target)
        target.unlink()

    return {"backup_s": median(timed_runs(once, max(1, runs // 2)))}


def import_bench(small: bool) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(HERE / "bench_import.py"), *(["--small"] if small else [])],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {"import_100k_s": figures["import_100k_s"], "import_entries": figures["entries"],
            "import_preview_s": figures["preview_s"], "import_apply_s": figures["apply_s"],
            "import_plain_db_s": figures["import_100k_plain_db_s"]}


def machine() -> dict[str, Any]:
    load = os.getloadavg()
    return {"python": platform.python_version(), "cpus": os.cpu_count(),
            "load_average_1_5_15": [round(x, 2) for x in load], "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--db", type=Path, help="use this database, building it first if it does not exist")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each figure (after a warm-up)")
    parser.add_argument("--json", action="store_true", help="print only the JSON (the default output)")
    parser.add_argument("--small", action="store_true", help="a quick run that proves it works")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["startup", "settle", "balances", "gui", "import", "backup", "rss"],
                        help="leave a benchmark out (repeatable)")
    args = parser.parse_args(argv)
    if args.small:
        args.entries, args.reps, args.runs = 3000, 20, 2
    if args.entries < 1 or args.reps < 1 or args.runs < 1:
        parser.error("--entries, --reps and --runs must be at least 1")

    from make_db import make

    started = time.perf_counter()
    result: dict[str, Any] = {"entries": args.entries, "reps": args.reps, "runs": args.runs,
                              "machine_before": machine()}
    notes = [
        "startup_s: the app has no 'dashboard painted' signal or option of its own; the child process "
        "runs unionrep.__main__.main with an event filter, installed on DashboardView.cards_box as the "
        "view is built, that reports that widget's first Paint event",
        "medians of --runs runs after a warm-up (3 x --runs for balances_all_s and raw_sql_year_totals_s, "
        "--runs / 2 for raw_sql_balances_s); import_100k_s is a single run",
    ]
    with tempfile.TemporaryDirectory(prefix="unionrep-perf-") as tmp:
        folder = Path(tmp)
        db = args.db or folder / "bench.db"
        if not db.exists():
            built = make(db, args.reps, args.years, args.entries, encrypt=False)
            result["build_s"] = built["seconds"]
        else:
            notes.append(f"database reused: {db}")
        from unionrep.app.session import open_session

        counted = open_session(db).store.db.execute(
            "SELECT (SELECT COUNT(*) FROM entries), (SELECT COUNT(*) FROM reps)").fetchone()
        result["entries"], result["reps"] = counted
        steps: list[tuple[str, Callable[[], dict[str, Any]]]] = [
            ("balances", lambda: balances(db, args.runs)),
            ("startup", lambda: startup(db, folder, args.runs)),
            ("settle", lambda: settle(db, folder, args.runs)),
            ("rss", lambda: peak_rss(db, folder)),
            ("gui", lambda: gui(db, folder, max(1, min(args.runs, 3)))),
            ("backup", lambda: backup(db, folder, args.runs)),
            ("import", lambda: import_bench(args.small)),
        ]
        for name, step in steps:
            if name not in args.skip:
                result.update(step())
    if "startup_s" in result and result.get("bare_qt_startup_s"):
        result["startup_vs_bare_qt"] = round(result["startup_s"] / result["bare_qt_startup_s"], 2)
    if "balances_all_s" in result:
        result["balances_vs_raw_sql"] = round(result["balances_all_s"] / result["raw_sql_balances_s"], 2)
        result["balances_vs_raw_year_totals"] = round(
            result["balances_all_s"] / result["raw_sql_year_totals_s"], 2)
        result["balances_afresh_vs_raw_year_totals"] = round(
            result["balances_all_afresh_s"] / result["raw_sql_year_totals_s"], 2)
    result["machine_after"] = machine()
    result["notes"] = notes
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
