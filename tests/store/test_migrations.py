"""Every schema version the project has shipped opens and upgrades with no loss: each fixture in
tests/store/fixtures is loaded, opened with connect() (which migrates), and every row is still there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from dbkit import PASSPHRASE

from unionrep.app.session import open_session
from unionrep.store import backup as backups
from unionrep.store import crypto, health
from unionrep.store.connection import connect
from unionrep.store.migrations import MIGRATIONS, applied

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMAS = sorted(FIXTURES.glob("schema_v*.sql"), key=lambda p: int(p.stem.removeprefix("schema_v")))


def load(sql: Path, dest: Path, mode: str) -> Path:
    """The fixture as a database file (encrypted under the test passphrase, or plain)."""
    script = sql.read_text(encoding="utf-8")
    if mode == "encrypted":
        module = crypto.cipher_module()
        assert module is not None
        conn = module.connect(str(dest), isolation_level=None)
        conn.execute(crypto.key_pragma(PASSPHRASE))
    else:
        conn = sqlite3.connect(dest, isolation_level=None)
    conn.executescript(script)
    conn.close()
    return dest


def rows_by_table(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    db = connect(path, migrate=False)
    found = {}
    for table in db.table_names():
        cur = db.execute(f"SELECT * FROM [{table}]")
        found[table] = ([d[0] for d in cur.description], sorted(cur.fetchall(), key=repr))
    db.conn.close()
    return found


def test_there_is_a_fixture_of_every_schema_version():
    assert [int(p.stem.removeprefix("schema_v")) for p in SCHEMAS] == list(range(1, len(MIGRATIONS) + 1))


def test_the_later_fixtures_hold_disputes_and_exchange_rows():
    """So that an upgrade is shown to keep the rows of every table, not only the ledger's."""
    for sql in SCHEMAS[2:]:
        text = sql.read_text(encoding="utf-8")
        for table in ("disputes", "dispute_stages", "sync_bundles", "sync_versions"):
            assert f'INSERT INTO "{table}"' in text, (sql.name, table)


@pytest.mark.parametrize("sql", SCHEMAS, ids=lambda p: p.stem)
def test_a_shipped_schema_upgrades_with_every_row_kept(sql, tmp_path, mode):
    version = int(sql.stem.removeprefix("schema_v"))
    path = load(sql, tmp_path / "old.db", mode)
    before = rows_by_table(path)
    assert len(before["_migrations"][1]) == version
    db = connect(path)  # migrates
    assert applied(db) == [name for name, _ in MIGRATIONS]
    db.conn.close()
    after = rows_by_table(path)
    for table, (columns, rows) in before.items():
        if table == "_migrations":
            continue
        now_columns, now_rows = after[table]
        keep = [now_columns.index(c) for c in columns]  # later migrations may add columns
        assert sorted((tuple(r[i] for i in keep) for r in now_rows), key=repr) == rows, table
    assert health.check(path).ok
    session = open_session(path)
    assert {r.name for r in session.reps.all()} == {"Siân Ŵyn", "Huw Llŷr"}
    siân = session.reps.find("Siân Ŵyn")
    assert session.balances.of(siân.id, session.entries.all(siân.id)[0].date).to_json()["allowances"]


def test_an_old_backup_is_upgraded_when_restored(tmp_path, mode):
    from dbkit import make_branch

    current = make_branch(tmp_path / "data" / "branch.db", mode, reps=1, entries=1)
    old = load(SCHEMAS[0], tmp_path / "old-backup.db", mode)
    aside = backups.restore(current, old)
    assert aside is not None
    db = connect(current)
    assert applied(db) == [name for name, _ in MIGRATIONS]
    assert {r["name"] for r in db.query("SELECT name FROM reps")} == {"Siân Ŵyn", "Huw Llŷr"}
