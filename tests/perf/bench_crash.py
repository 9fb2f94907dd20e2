"""The large crash test: SIGKILL a writing process at random moments, hundreds of times.

    python tests/perf/bench_crash.py [--kills 200] [--seed N] [--small]

Half the kills hit a plain database, half an encrypted one. After every kill, every write the
writer reported done must be in the database, SQLite's integrity check must pass and the database
must open. Prints JSON: {"kills": ..., "reported_writes": ..., "problems": [...], "ok": true, ...};
exits 1 if anything was lost. --small (used by smoke.sh) does a handful of kills.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

os.environ.setdefault("UNIONREP_PASSPHRASE", "bench crash passphrase")
os.environ.setdefault("UNIONREP_NO_KEYRING", "1")

from crash_writer import prepare, run_kills


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="kills in all (at least 2)")
    parser.add_argument("--seed", type=int, default=int.from_bytes(os.urandom(2), "big"))
    parser.add_argument("--small", action="store_true", help="a quick run (smoke test)")
    args = parser.parse_args(argv)
    kills = 6 if args.small else max(args.kills, 2)
    started = time.perf_counter()
    result: dict[str, object] = {"seed": args.seed, "kills": {}, "reported_writes": {}, "rows": {}}
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for i, mode in enumerate(("plain", "encrypted")):
            path = prepare(Path(folder) / f"{mode}.db", encrypt=mode == "encrypted")
            share = kills // 2 + (kills % 2 if i == 0 else 0)
            expected, found = run_kills(path, share, seed=args.seed + i)
            result["kills"][mode] = share  # type: ignore[index]
            result["reported_writes"][mode] = expected.reported  # type: ignore[index]
            result["rows"][mode] = len(expected.present)  # type: ignore[index]
            problems += [f"{mode}: {p}" for p in found]
    result["problems"] = problems
    result["ok"] = not problems
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
