"""How long importing a large bundle into an empty database takes.

    python tests/perf/bench_import.py                 # 100,000 entries (the goal: under 5 s)
    python tests/perf/bench_import.py --entries 20000
    python tests/perf/bench_import.py --small         # a few thousand, to prove it runs

Builds a branch with make_db.py, exports it as an encrypted bundle (default scrypt cost), then
times opening, checking and previewing the bundle and writing it — every row audited — into a
freshly initialised database. Prints JSON; "import_100k_s" is the whole import, whatever the size.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from make_db import make

from unionrep.core.services import open_service
from unionrep.exchange import apply_import, export_bundle, preview_import

PASSPHRASE = "benchmark passphrase"


def run(entries: int, reps: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        source_path = Path(folder) / "source.db"
        make(source_path, reps, 3, entries)
        source = open_service(source_path)
        bundle = Path(folder) / "branch.bundle"
        started = time.perf_counter()
        exported = export_bundle(source, bundle, PASSPHRASE)
        export_s = time.perf_counter() - started

        target = open_service(Path(folder) / "target.db", create=True)
        target.init("denbighshire-2012")
        started = time.perf_counter()
        preview = preview_import(target, bundle, PASSPHRASE)
        previewed = time.perf_counter()
        report = apply_import(target, preview)
        finished = time.perf_counter()
        count = target.store.db.execute("SELECT count(*) FROM entries").fetchone()[0]
        audited = target.store.db.execute("SELECT count(*) FROM audit WHERE tbl = 'entries'").fetchone()[0]
        if count != entries or audited != entries or report.added != exported.records:
            raise SystemExit(f"imported {count} entries ({audited} audited) of {entries}")
        return {
            "import_100k_s": round(finished - started, 2),
            "entries": entries,
            "records": exported.records,
            "preview_s": round(previewed - started, 2),
            "apply_s": round(finished - previewed, 2),
            "export_s": round(export_s, 2),
            "bundle_bytes": exported.size,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="a few thousand entries, to prove it runs")
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args(argv)
    entries = 2_000 if args.small else args.entries
    if entries < 1:
        parser.error("--entries must be at least 1")
    print(json.dumps(run(entries, reps=max(5, min(1000, entries // 100)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
