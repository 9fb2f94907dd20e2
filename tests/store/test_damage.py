"""A damaged database — truncated, bytes overwritten, the wrong passphrase — gives a clear error on
the command line, diagnose() says which, and the damaged file is left byte for byte as it was."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from dbkit import PASSPHRASE, sha256

from unionrep.cli import main as cli
from unionrep.store import backup as backups
from unionrep.store import crypto, health
from unionrep.store.connection import DatabaseError, connect
from unionrep.store.health import open_readonly

COMMANDS = [
    ["rep", "list"],
    ["log", "list"],
    ["balance", "Cynrychiolydd 1 Ŵyn"],
    ["flags"],
    ["log", "add", "Cynrychiolydd 1 Ŵyn", "--role", "steward", "--date", "2025-06-02", "--hours", "1"],
    ["check"],
    ["check", "--quick"],
    ["backup"],
]


def truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def overwrite_middle(path: Path) -> None:
    """Random bytes over the first half of the b-tree root pages of the ledger's tables (a bad
    sector under them): whichever of them a command reads, SQLite must notice."""
    with open_readonly(path, prompt=crypto.no_prompt) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        roots = [r[0] for r in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN ('reps', 'entries', 'assignments', 'policy')")]
    rng = random.Random(6)
    with open(path, "r+b") as f:
        for page in roots:
            f.seek((page - 1) * page_size)
            f.write(rng.randbytes(page_size // 2))


def overwrite_header(path: Path) -> None:
    with open(path, "r+b") as f:
        f.seek(0)
        f.write(random.Random(7).randbytes(16))


DAMAGE = {"truncated": truncate, "overwritten": overwrite_middle, "header": overwrite_header}


def run_cli(args: list[str], db: Path, capsys: pytest.CaptureFixture[str], *, json_out: bool = False
            ) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db), *(["--json"] if json_out else []), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_database_gives_clear_errors_and_stays_byte_identical(branch, mode, damage, capsys):
    backups.backup(branch)  # the app makes one a day: diagnose() uses it to tell damage from a wrong key
    DAMAGE[damage](branch)
    before = sha256(branch)
    for args in COMMANDS:
        code, out, err = run_cli(args, branch, capsys)
        text = out + err
        assert "Traceback" not in text
        assert code == 1, (args, text)
        assert "damaged" in text or "does not open" in text, (args, text)
        assert "unionrep-cli restore" in text, (args, text)
        code, out, _ = run_cli(args, branch, capsys, json_out=True)
        result = json.loads(out)
        assert "error" in result or result["ok"] is False, (args, out)
        assert code == 1 or (args[0] == "check" and not main_returns_exit_code())
    assert sha256(branch) == before
    diagnosis = health.diagnose(branch)
    assert diagnosis.status == "damaged", diagnosis
    assert not diagnosis.ok and "restore" in diagnosis.message()
    assert health.quick_check(branch).status == "damaged"
    assert sha256(branch) == before
    try:  # whatever the damage hits, the app sees a DatabaseError, never a raw sqlite3 one
        db = connect(branch)
        for table in db.table_names():
            db.execute(f"SELECT * FROM [{table}]").fetchall()
    except DatabaseError as exc:
        assert exc.kind in ("damaged", "wrong_passphrase")
    assert sha256(branch) == before


def test_check_reports_damage_in_json_with_a_non_zero_exit(branch, capsys):
    overwrite_middle(branch)
    code, out, _ = run_cli(["check"], branch, capsys, json_out=True)
    report = json.loads(out)
    assert report["ok"] is False and report["integrity"]
    assert set(report) >= {"ok", "integrity", "foreign_keys", "schema_version", "encrypted"}
    if main_returns_exit_code():
        assert code == 1


def main_returns_exit_code() -> bool:
    import inspect

    return "exit_code" in inspect.getsource(cli.main)


def test_check_json_of_a_whole_database(branch, mode, capsys):
    code, out, _ = run_cli(["check"], branch, capsys, json_out=True)
    report = json.loads(out)
    assert code == 0
    assert {k: report[k] for k in ("ok", "integrity", "foreign_keys", "encrypted")} == {
        "ok": True, "integrity": [], "foreign_keys": [], "encrypted": mode == "encrypted"}
    from unionrep.store.migrations import MIGRATIONS

    assert report["schema_version"] == len(MIGRATIONS)


def test_check_finds_a_row_pointing_at_a_missing_rep(branch, capsys):
    db = connect(branch)
    db.conn.execute("PRAGMA foreign_keys = OFF")
    db.execute("DELETE FROM reps WHERE name = 'Cynrychiolydd 0 Ŵyn'")
    db.conn.close()
    report = health.check(branch)
    assert not report.ok and report.integrity == []
    assert {fk["table"] for fk in report.foreign_keys} >= {"entries", "assignments"}
    assert all(fk["parent"] == "reps" for fk in report.foreign_keys)
    code, out, err = run_cli(["check"], branch, capsys)
    assert code == 1 and "reps has no such row" in out and "damaged" in err
    assert health.diagnose(branch).status == "damaged"


def test_wrong_passphrase_is_told_apart_from_damage(branch, mode, monkeypatch, capsys):
    if mode == "plain":
        pytest.skip("a plain database takes no passphrase")
    before = sha256(branch)
    monkeypatch.setenv("UNIONREP_PASSPHRASE", "the wrong passphrase")
    code, _, err = run_cli(["rep", "list"], branch, capsys)
    assert code == 1 and "does not open" in err and "Traceback" not in err
    assert health.diagnose(branch).status == "wrong_passphrase"
    assert health.diagnose(branch, passphrase=PASSPHRASE).status == "ok"
    assert sha256(branch) == before


def test_a_damaged_first_page_is_damage_when_the_passphrase_opens_the_backups(branch, mode):
    if mode == "plain":
        pytest.skip("covered by the header case")
    backups.backup(branch)
    with open(branch, "r+b") as f:
        f.seek(100)
        f.write(b"\x00" * 200)
    diagnosis = health.diagnose(branch)
    assert diagnosis.status == "damaged" and "backups" in diagnosis.detail


def test_diagnose_names_each_state(tmp_path, branch):
    assert health.diagnose(branch).ok
    assert health.diagnose(tmp_path / "none.db").status == "missing"
    import sqlite3

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert health.diagnose(other).status == "not_unionrep"
    db = connect(branch)
    db["_migrations"].insert({"name": "m999_future", "applied_at": "2030-01-01"})
    db.conn.close()
    newer = health.diagnose(branch)
    assert newer.status == "newer_schema" and "newer version" in newer.message()
    assert "fersiwn mwy newydd" in newer.message("cy")


def test_a_damaged_database_from_the_installed_command_has_no_traceback(branch):
    overwrite_header(branch)
    command = [sys.executable, "-m", "unionrep.cli", "--db", str(branch), "rep", "list"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "damaged" in result.stderr
    assert "ERROR CORE" not in result.stderr  # SQLCipher's own logging stays quiet


def test_a_garbled_value_gives_a_clear_error(branch, capsys):
    """Bytes changed inside a value (a plain file has no checksums to notice): the stored policy
    is no longer JSON. The command line must say so, not print a traceback."""
    db = connect(branch)
    db.execute("UPDATE policy SET data = substr(data, 1, 450) || char(0, 0, 0)")
    db.conn.close()
    code, out, err = run_cli(["balance", "Cynrychiolydd 1 Ŵyn"], branch, capsys)
    assert code == 1 and "Traceback" not in out + err
    assert "policy" in err
