"""How long importing a large bundle into an empty database takes.

    python tests/perf/bench_import.py                 # 100,000 entries (the goal: under 5 s)
    python tests/perf/bench_import.py --entries 20000
    python tests/perf/bench_import.py --small         # a few thousand, to prove it runs

Builds a branch with make_db.py, exports it as an encrypted bundle (default scrypt cost), then
times opening, checking and previewing the bundle and writing it — every row audited — into a
freshly initialised database: an encrypted one (SQLCipher, the default for new databases, when
available) and a plain one. Prints JSON; "import_100k_s" is the whole import into the encrypted
database (or the plain one without SQLCipher), whatever the size, and "import_100k_cpu_s" the
processor time it took (SQLite runs in this process, so it counts too): on a loaded machine the
steadier figure to compare two versions by. The import's commit leaves its pages in the WAL (on
disk, durable); "checkpoint_after_s" is the checkpoint the caller runs once the import has returned
(copying them into the database file), timed on its own, not part of "import_100k_s".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from make_db import make

from unionrep.app.session import Session, open_session
from unionrep.store import crypto
from unionrep.store.connection import connect
from unionrep.store.records import Store

PASSPHRASE = "benchmark passphrase"


def import_into(path: Path, bundle: Path, records: int, entries: int, encrypt: bool) -> dict[str, float]:
    target = Session(Store(connect(path, create=True, encrypt=encrypt, passphrase=PASSPHRASE)))
    target.policy.init("denbighshire-2012")
    started, cpu_started = time.perf_counter(), time.process_time()
    preview = target.exchange.preview(bundle, PASSPHRASE)
    previewed = time.perf_counter()
    report = target.exchange.apply(preview)
    finished, cpu_finished = time.perf_counter(), time.process_time()
    target.exchange.checkpoint()  # after the import has returned, as the CLI and the window do
    checkpointed, cpu_checkpointed = time.perf_counter(), time.process_time()
    count = target.store.db.execute("SELECT count(*) FROM entries").fetchone()[0]
    audited = target.store.db.execute("SELECT count(*) FROM audit WHERE tbl = 'entries'").fetchone()[0]
    if count != entries or audited != entries or report.added != records:
        raise SystemExit(f"imported {count} entries ({audited} audited) of {entries}")
    return {"s": finished - started, "preview_s": previewed - started, "apply_s": finished - previewed,
            "cpu_s": cpu_finished - cpu_started, "checkpoint_s": checkpointed - finished,
            "checkpoint_cpu_s": cpu_checkpointed - cpu_finished}


def run(entries: int, reps: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        source_path = Path(folder) / "source.db"
        os.environ[crypto.ENV_PLAIN] = "1"  # the source is only where the bundle comes from
        make(source_path, reps, 3, entries)
        source = open_session(source_path)
        bundle = Path(folder) / "branch.bundle"
        started = time.perf_counter()
        exported = source.exchange.export(bundle, PASSPHRASE)
        export_s = time.perf_counter() - started
        del os.environ[crypto.ENV_PLAIN]

        plain = import_into(Path(folder) / "plain.db", bundle, exported.records, entries, encrypt=False)
        sealed = (import_into(Path(folder) / "sealed.db", bundle, exported.records, entries, encrypt=True)
                  if crypto.cipher_module() is not None else plain)
        return {
            "import_100k_s": round(sealed["s"], 2),
            "import_100k_plain_db_s": round(plain["s"], 2),
            "entries": entries,
            "records": exported.records,
            "import_100k_cpu_s": round(sealed["cpu_s"], 2),
            "preview_s": round(sealed["preview_s"], 2),
            "apply_s": round(sealed["apply_s"], 2),
            "checkpoint_after_s": round(sealed["checkpoint_s"], 2),
            "checkpoint_after_cpu_s": round(sealed["checkpoint_cpu_s"], 2),
            "export_s": round(export_s, 2),
            "bundle_bytes": exported.size,
            "database_encrypted": crypto.cipher_module() is not None,
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
