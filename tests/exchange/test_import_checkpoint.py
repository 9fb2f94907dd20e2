"""An import's commit leaves its pages in the WAL (durable: WAL with synchronous=FULL) and the
caller checkpoints them afterwards; a process that ends before that checkpoint loses nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from exchange_helpers import PASSPHRASE, export, new_book, records

from unionrep.app.session import open_session

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_returns_before_the_checkpoint_and_the_service_runs_it(branch, laptop, tmp_path):
    export(branch, tmp_path / "all.bundle")
    laptop.store.db.execute("PRAGMA wal_autocheckpoint = 1")  # any other commit would checkpoint
    laptop.exchange.checkpoint()
    file = tmp_path / "laptop.db"
    before = file.stat().st_size
    laptop.exchange.apply(laptop.exchange.preview(tmp_path / "all.bundle", PASSPHRASE))
    assert laptop.store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1  # as it was
    assert file.stat().st_size == before  # the pages the import added are in the WAL alone
    laptop.exchange.checkpoint()
    assert file.stat().st_size > before  # and now in the file


def test_an_import_is_complete_after_the_process_ends_before_the_checkpoint(branch, tmp_path):
    bundle = tmp_path / "all.bundle"
    export(branch, bundle)
    target = tmp_path / "laptop.db"
    new_book(target).store.db.close()
    # the import in a process that ends straight after it returns: no checkpoint, no close
    script = textwrap.dedent(f"""
        import os
        from unionrep.app.session import open_session
        from unionrep.exchange import apply_import, preview_import
        laptop = open_session({str(target)!r})
        apply_import(laptop, preview_import(laptop, {str(bundle)!r}, {PASSPHRASE!r}))
        os._exit(0)
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "UNIONREP_PLAIN": "1"}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)
    assert Path(f"{target}-wal").stat().st_size > 0  # what it wrote is in the WAL, not yet in the file

    reopened = open_session(target)
    assert records(reopened) == records(branch)  # every record, every value
    imported = len(records(branch))
    db = reopened.store.db
    assert db.execute("SELECT count(*) FROM audit WHERE field = '*'").fetchone()[0] == imported
    assert db.execute("SELECT count(*) FROM sync_bundles WHERE direction = 'in'").fetchone()[0] == 1
