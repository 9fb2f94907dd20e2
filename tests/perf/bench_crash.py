"""The large crash test: SIGKILL a writing process at random moments, hundreds of times.

    python tests/perf/bench_crash.py [--kills 200] [--seed N] [--small]
    python tests/perf/bench_crash.py --operations [--kills 300]   # restore, encrypt, passphrase change

Half the kills hit a plain database, half an encrypted one. After every kill, every write the
writer reported done must be in the database, SQLite's integrity check must pass and the database
must open. Prints JSON: {"kills": ..., "reported_writes": ..., "problems": [...], "ok": true, ...};
exits 1 if anything was lost. --small (used by smoke.sh) does a handful of kills. --operations kills
restore, encrypt and passphrase change instead (a third of the kills each; see crash_ops.py).
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

from crash_ops import encrypt_kills, passphrase_kills, quick_key_derivation, restore_kills
from crash_writer import prepare, run_kills


def operations(kills: int, seed: int) -> dict[str, object]:
    result: dict[str, object] = {"seed": seed, "kills": {}, "finished": {}}
    problems: list[str] = []
    with quick_key_derivation():
        for i, run in enumerate((restore_kills, encrypt_kills, passphrase_kills)):
            with tempfile.TemporaryDirectory() as folder:
                tally = run(Path(folder), max(kills // 3, 1), seed + i)
            result["kills"][run.__name__] = tally.kills  # type: ignore[index]
            result["finished"][run.__name__] = tally.finished  # type: ignore[index]
            problems += [f"{run.__name__}: {p}" for p in tally.problems]
    result["problems"] = problems
    result["ok"] = not problems
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="kills in all (at least 2)")
    parser.add_argument("--seed", type=int, default=int.from_bytes(os.urandom(2), "big"))
    parser.add_argument("--small", action="store_true", help="a quick run (smoke test)")
    parser.add_argument("--operations", action="store_true",
                        help="kill restore, encrypt and passphrase change instead of a writer")
    args = parser.parse_args(argv)
    if args.operations:
        from unionrep.store import crypto

        crypto.set_default_prompt(crypto.no_prompt)
        started = time.perf_counter()
        found = operations(max(args.kills, 3), args.seed)
        found["seconds"] = round(time.perf_counter() - started, 1)
        print(json.dumps(found))
        return 0 if found["ok"] else 1
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
