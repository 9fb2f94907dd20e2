"""Time backups, checks and restores of a realistic database, plain and encrypted.

    python tests/perf/bench_backup.py [--entries 200000] [--reps 300] [--small]

Builds the database with make_db.py, then times: an online backup (SQLite's backup API) into the
backups folder, the full check of that backup (integrity, foreign keys, SQLCipher HMACs), the
quick check the app runs at start, and a restore (validate, keep the current aside, copy back).
Prints JSON, one object per mode. --small (used by smoke.sh) uses a tiny database.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("UNIONREP_PASSPHRASE", "bench backup passphrase")
os.environ.setdefault("UNIONREP_NO_KEYRING", "1")

from make_db import make

from unionrep.store import backup as backups
from unionrep.store import crypto, health


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, round(time.perf_counter() - started, 3)


def bench(folder: Path, mode: str, reps: int, entries: int) -> dict[str, object]:
    path = folder / mode / "branch.db"
    path.parent.mkdir()
    if mode == "plain":
        os.environ["UNIONREP_PLAIN"] = "1"
    else:
        os.environ.pop("UNIONREP_PLAIN", None)
    try:
        built = make(path, reps, 3, entries)
    finally:
        os.environ.pop("UNIONREP_PLAIN", None)
    made, backup_s = timed(backups.backup, path)
    report, check_s = timed(health.check, made)
    quick, quick_s = timed(health.quick_check, path)
    aside, restore_s = timed(backups.restore, path, made)
    return {
        "mode": mode, "encrypted": crypto.file_kind(path) == "encrypted", "entries": built["entries"],
        "db_mb": round(path.stat().st_size / 2**20, 1),
        "backup_s": backup_s, "check_backup_s": check_s, "quick_check_s": quick_s, "restore_s": restore_s,
        "backup_ok": report.ok, "quick_ok": quick.ok, "kept_aside": aside is not None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--reps", type=int, default=300)
    parser.add_argument("--small", action="store_true", help="a quick run (smoke test)")
    args = parser.parse_args(argv)
    reps, entries = (20, 2_000) if args.small else (args.reps, args.entries)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("plain", "encrypted"):
            results.append(bench(Path(folder), mode, reps, entries))
    print(json.dumps(results))
    return 0 if all(r["backup_ok"] and r["quick_ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
