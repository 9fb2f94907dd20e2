"""Time the documents rendered from a database, as the GUI and the CLI make them.

    python tests/perf/bench_documents.py [--n 30] [--lang bilingual|cy|en] [--small]

Builds the demo branch in a temporary folder, renders one Pro Forma through
session.documents.proforma as a warm-up (fonts, first subset), then N one at a time, and prints
JSON with the median ("proforma_median_s", goal under 50 ms), a letter, a statement (PDF and CSV)
and the branch summary. Without --small it also renders a batch of 1,000 Pro Formas from the database
("batch_1000_s"). --small (smoke.sh) times a handful and skips the batch.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("UNIONREP_PLAIN", "1")  # the throw-away demo branch needs no passphrase


from unionrep.demo import build_demo


def median_of(fn: Callable[[], bytes], n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times), 4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=30, help="documents to time one by one")
    parser.add_argument("--lang", default="bilingual", choices=["bilingual", "cy", "en"])
    parser.add_argument("--small", action="store_true", help="a quick run (smoke test): no batch")
    args = parser.parse_args(argv)
    n = 3 if args.small else args.n
    today = dt.date(2026, 1, 15)

    with tempfile.TemporaryDirectory() as folder:
        session = build_demo(Path(folder) / "demo.db", today=today)
        entries = session.entries.all()
        entry = next(e for e in entries if e.status == "requested")
        t = time.perf_counter()
        first = session.documents.proforma(entry.id, args.lang)
        warmup = time.perf_counter() - t
        result: dict[str, object] = {
            "proforma_median_s": median_of(lambda: session.documents.proforma(entry.id, args.lang), n),
            "warmup_s": round(warmup, 4),
            "n": n,
            "lang": args.lang,
            "proforma_bytes": len(first),
        }
        dispute = session.disputes.disputes()[0]
        result["letter_median_s"] = median_of(
            lambda: session.documents.letter(dispute.id, 1, args.lang, today=today), n)
        rep = session.reps.all()[1]
        result["statement_pdf_median_s"] = median_of(
            lambda: session.documents.statement(rep.id, 2025, "pdf", args.lang), n)
        result["statement_csv_median_s"] = median_of(
            lambda: session.documents.statement(rep.id, 2025, "csv", args.lang), n)
        result["summary_pdf_s"] = median_of(
            lambda: session.documents.branch_summary(2025, "pdf", args.lang, tables=True),
            1 if args.small else 3)
        if not args.small:
            batch = [entries[i % len(entries)].id for i in range(1000)]
            t = time.perf_counter()
            for entry_id in batch:
                session.documents.proforma(entry_id, args.lang)
            result["batch_1000_s"] = round(time.perf_counter() - t, 3)
        session.store.db.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
