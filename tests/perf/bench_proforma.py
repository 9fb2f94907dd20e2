"""Time the Pro Forma Request PDF.

    python tests/perf/bench_proforma.py [--n 50] [--batch] [--lang bilingual|cy|en] [--small]

Renders one warm-up document (font registration, first subset), then N documents one at a time
and prints JSON: {"proforma_median_s": ..., ...}. With --batch it also renders 1,000 in a row
(distinct references and purposes) and reports the total as "batch_1000_s". Goal: median under
50 ms. --small (used by smoke.sh) renders a handful, to prove the script works.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from unionrep.pdf.proforma import render_proforma
from unionrep.pdf.sample import sample_proforma_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="documents to time one by one")
    parser.add_argument("--batch", action="store_true", help="also time a batch of 1,000")
    parser.add_argument("--lang", default="bilingual", choices=["bilingual", "cy", "en"])
    parser.add_argument("--small", action="store_true", help="a quick run (smoke test)")
    args = parser.parse_args(argv)
    n, batch_size = (3, 10) if args.small else (args.n, 1000)

    data = sample_proforma_data(lang=args.lang)
    t0 = time.perf_counter()
    first = render_proforma(data)  # warm-up: registers the fonts
    warmup = time.perf_counter() - t0

    times = []
    for _ in range(n):
        t = time.perf_counter()
        render_proforma(data)
        times.append(time.perf_counter() - t)

    result: dict[str, object] = {
        "proforma_median_s": round(statistics.median(times), 4),
        "proforma_min_s": round(min(times), 4),
        "proforma_max_s": round(max(times), 4),
        "warmup_s": round(warmup, 4),
        "n": n,
        "lang": args.lang,
        "bytes": len(first),
    }
    if args.batch:
        batch = [
            dataclasses.replace(
                data, reference=f"PF-2026-{i:04d}", purpose=f"{data.purpose} ({i})"
            )
            for i in range(batch_size)
        ]
        t = time.perf_counter()
        for d in batch:
            render_proforma(d)
        key = "batch_1000_s" if batch_size == 1000 else f"batch_{batch_size}_s"
        result[key] = round(time.perf_counter() - t, 3)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
