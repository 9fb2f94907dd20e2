"""Encryption at rest: an encrypted database and its backups cannot be read without the key — not
by the sqlite3 command, Python's sqlite3 or sqlite-utils — and their files are private. Encrypting
a plain database in place, and changing the passphrase."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from dbkit import PASSPHRASE, dump, make_branch, sha256

from unionrep.app.session import open_session
from unionrep.cli import main as cli
from unionrep.core.errors import ValidationError
from unionrep.core.model import Rep
from unionrep.store import backup as backups
from unionrep.store import crypto, encryption
from unionrep.store.connection import DatabaseError, connect, is_encrypted

SECRET = "Achos aelod: cyfrinachol"  # the notes every rep in the branch carries


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = make_branch(tmp_path / "data" / "branch.db", "encrypted")
    session = open_session(path)
    session.reps.add(Rep(name="Yn y WAL yn unig", weekly_minutes=600, school=False, notes=SECRET))
    # the app is still open: the newest rows are only in the -wal file
    yield path
    session.store.db.conn.close()


def unreadable_by_python_sqlite3(path: Path) -> bool:
    try:
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        return "not a database" in str(exc)
    return False


def test_the_database_its_wal_and_backups_hold_no_readable_text(encrypted):
    made = backups.backup(encrypted)
    wal = Path(f"{encrypted}-wal")
    assert wal.stat().st_size > 0
    for path in (encrypted, wal, made):
        raw = path.read_bytes()
        for clear in (SECRET, "Cynrychiolydd", "Grievance hearing", "CREATE TABLE", "denbighshire"):
            assert clear.encode() not in raw, (path, clear)
        assert not raw.startswith(crypto.SQLITE_HEADER)


def test_python_sqlite3_cannot_read_them(encrypted):
    made = backups.backup(encrypted)
    assert unreadable_by_python_sqlite3(encrypted)
    assert unreadable_by_python_sqlite3(made)


def test_sqlite_utils_cannot_read_them(encrypted):
    made = backups.backup(encrypted)
    for path in (encrypted, made):
        with pytest.raises(sqlite3.DatabaseError):
            sqlite_utils.Database(path).table_names()
    tool = shutil.which("sqlite-utils")
    if tool is not None:
        for path in (encrypted, made):
            result = subprocess.run([tool, "tables", str(path)], capture_output=True, text=True, timeout=60)
            assert result.returncode != 0 and "not a database" in result.stderr
            assert SECRET not in result.stdout


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 command is not installed")
def test_the_sqlite3_command_cannot_read_them(encrypted):
    made = backups.backup(encrypted)
    for path in (encrypted, made):
        for query in (".tables", "SELECT notes FROM reps;", ".dump"):
            result = subprocess.run(["sqlite3", "-readonly", str(path), query], capture_output=True,
                                    text=True, timeout=60)
            assert "not a database" in result.stdout + result.stderr, (path, query, result)
            assert SECRET not in result.stdout


def test_only_the_key_opens_them(encrypted):
    made = backups.backup(encrypted)
    for path in (encrypted, made):
        with pytest.raises(DatabaseError):
            connect(path, passphrase="not it")
    assert SECRET in {r[19] for r in dump(made)["reps"]}


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_encrypted_files_and_backups_are_0600(encrypted):
    made = backups.backup(encrypted)
    auto = backups.auto_backup(encrypted, reason="start", now=dt.datetime(2030, 1, 6, 9))
    for path in (encrypted, Path(f"{encrypted}-wal"), Path(f"{encrypted}-shm"), made, auto):
        assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(encrypted.parent.stat().st_mode) == 0o700


def test_encrypting_a_plain_database_in_place(tmp_path, capsys):
    path = make_branch(tmp_path / "data" / "branch.db", "plain")
    old_backup = backups.backup(path)
    before = dump(path)
    assert cli.main(["--db", str(path), "encrypt"]) == 0
    assert "Encrypted" in capsys.readouterr().out
    assert crypto.file_kind(path) == "encrypted"
    assert crypto.file_kind(old_backup) == "encrypted"  # the plain backup did not stay readable
    assert dump(path) == before
    assert dump(old_backup) == before
    assert unreadable_by_python_sqlite3(path)
    leftovers = [p.name for p in path.parent.iterdir() if p.is_file() and p.name != "branch.db"]
    assert not [n for n in leftovers if "plain" in n or "encrypting" in n], leftovers
    session = open_session(path)
    assert is_encrypted(session.store.db) and len(session.reps.all()) == 3
    assert session.store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_encrypting_refuses_while_the_app_has_it_open_and_changes_nothing(tmp_path):
    path = make_branch(tmp_path / "b.db", "plain", reps=1, entries=1)
    app = open_session(path)
    before = sha256(path)
    with pytest.raises(DatabaseError) as caught:
        encryption.encrypt_database(path)
    assert caught.value.kind == "in_use"
    assert sha256(path) == before and crypto.file_kind(path) == "plain"
    app.store.db.conn.close()


def test_encrypting_an_encrypted_database_is_refused(encrypted):
    with pytest.raises(ValidationError) as caught:
        encryption.encrypt_database(encrypted)
    assert "already encrypted" in caught.value.rule


def test_encrypting_with_a_short_passphrase_changes_nothing(tmp_path):
    path = make_branch(tmp_path / "b.db", "plain", reps=1, entries=1)
    before = dump(path)
    with pytest.raises(ValidationError):
        encryption.encrypt_database(path, passphrase="short")
    assert crypto.file_kind(path) == "plain" and dump(path) == before


def test_changing_the_passphrase_rekeys_the_database_and_its_backups(tmp_path, monkeypatch, capsys):
    path = make_branch(tmp_path / "data" / "branch.db", "encrypted")
    made = backups.backup(path)
    before = dump(path)
    monkeypatch.setenv("UNIONREP_NEW_PASSPHRASE", "Mae hen wlad fy nhadau")
    assert cli.main(["--db", str(path), "--json", "passphrase", "change"]) == 0
    assert str(made) in capsys.readouterr().out
    for p in (path, made):
        with pytest.raises(DatabaseError):
            connect(p, passphrase=PASSPHRASE)
    assert dump(path, passphrase="Mae hen wlad fy nhadau") == before
    assert dump(made, passphrase="Mae hen wlad fy nhadau") == before


def test_changing_the_passphrase_needs_a_new_one_and_an_encrypted_database(tmp_path, capsys):
    path = make_branch(tmp_path / "b.db", "encrypted", reps=1, entries=1)
    before = sha256(path)
    assert cli.main(["--db", str(path), "passphrase", "change"]) == 1  # no new passphrase, no terminal
    assert "UNIONREP_NEW_PASSPHRASE" in capsys.readouterr().err
    with pytest.raises(ValidationError):
        encryption.change_passphrase(path, new="short")
    assert sha256(path) == before
    plain = make_branch(tmp_path / "p.db", "plain", reps=1, entries=1)
    with pytest.raises(ValidationError) as caught:
        encryption.change_passphrase(plain, new="long enough now")
    assert "not encrypted" in caught.value.rule


def test_key_pragma_quotes_the_passphrase():
    assert crypto.key_pragma("it's") == "PRAGMA key = 'it''s'"
    with pytest.raises(ValidationError):
        crypto.key_pragma("")
    with pytest.raises(ValidationError):
        crypto.key_pragma("nul\x00byte")


def test_the_sqlcipher_file_opens_with_the_standard_key_derivation(encrypted):
    """Plain sqlcipher3 with nothing but PRAGMA key reads it: the files are standard SQLCipher 4."""
    module = crypto.cipher_module()
    assert module is not None
    conn = module.connect(str(encrypted))
    conn.execute(crypto.key_pragma(PASSPHRASE))
    assert conn.execute("SELECT count(*) FROM reps").fetchone()[0] == 4
    conn.close()


def test_a_subprocess_gets_the_passphrase_from_the_environment(encrypted):
    env = {**os.environ, "UNIONREP_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "unionrep.cli", "--db", str(encrypted), "--json", "rep", "list"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0 and "Yn y WAL yn unig" in result.stdout
