"""How soon the window answers after its first paint: the work put off until just after it
(the kept first screen put right, the other views' modules, the watch over the book) must not
keep the keyboard and mouse waiting.

    python tests/perf/bench_settle.py --db /tmp/big.db [--runs 5] [--json]
    python tests/perf/bench_settle.py --small      # a small database, to prove it runs

Starts the app as run.py's startup_s does (its "settle" mode), --runs times after a warm-up; from
the first paint, a timer asks for a turn of the event loop every millisecond for three seconds,
and each gap between two turns is a time the window could not have answered. Prints as JSON, the
medians over the runs:

- painted_s: from starting the process to the watch's start, just after the dashboard's first
  paint (startup_s and a turn of the event loop);
- after_paint_longest_block_s: the longest gap in those three seconds;
- after_paint_blocks_over_50ms: how many gaps were longer than 50 ms (a delay a user notices);
- interactive_s: from starting the process to the end of the last gap longer than 50 ms (the
  first paint, if there is none): from then on the window answers at once.

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
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import APP_DRIVER, DONE, GAP, PAINTED, ROOT, child_env  # noqa: E402

NOTICED_S = 0.05


def one_start(db: Path, folder: Path) -> dict[str, float]:
    started = time.perf_counter()  # the child's perf_counter is the same monotonic clock (Linux)
    done = subprocess.run([sys.executable, "-c", APP_DRIVER, "settle", "--db", str(db)], capture_output=True,
                          text=True, env=child_env(folder), cwd=ROOT, timeout=300)
    painted = None
    gaps: list[tuple[float, float]] = []  # (length, when it ended), in seconds from `started`
    for line in done.stdout.splitlines():
        if line.strip() == PAINTED:
            painted = True
        elif line.startswith(GAP):
            length, ended = (float(x) for x in line.removeprefix(GAP).split())
            gaps.append((length, ended - started))
    if painted is None or DONE not in done.stdout or not gaps:
        raise SystemExit(f"the app never painted or never settled (exit {done.returncode}): "
                         f"{done.stderr[-2000:]}")
    watched_from = gaps[0][1]  # the watch's first line: a gap of 0 where it begins
    noticed = [ended for length, ended in gaps if length > NOTICED_S]
    return {"painted_s": watched_from,
            "after_paint_longest_block_s": max(length for length, _ in gaps),
            "after_paint_blocks_over_50ms": len(noticed),
            "interactive_s": max(noticed, default=watched_from)}


def run(db: Path, runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="unionrep-settle-") as tmp:
        folder = Path(tmp)
        one_start(db, folder)  # the warm-up: bytecode compiled, the first screen kept
        starts = [one_start(db, folder) for _ in range(runs)]
    result: dict[str, Any] = {key: round(statistics.median(s[key] for s in starts), 3) for key in starts[0]}
    result["runs"] = [{key: round(value, 3) for key, value in s.items()} for s in starts]
    result["load_average_1_5_15"] = [round(x, 2) for x in os.getloadavg()]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, help="the database (built with make_db.py)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print only the JSON (the default output)")
    parser.add_argument("--small", action="store_true", help="a small database, to prove it runs")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.small:
        from make_db import make

        with tempfile.TemporaryDirectory(prefix="unionrep-settle-db-") as tmp:
            db = Path(tmp) / "small.db"
            make(db, 20, 2, 2000, encrypt=False)
            print(json.dumps(run(db, 1)))
        return 0
    if args.db is None or not args.db.exists():
        parser.error("--db: a database built with make_db.py (or --small)")
    print(json.dumps(run(args.db, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
