"""Opening databases: durability pragmas, private files, encryption by default, passphrases from the
environment, a prompt or a keyring, clear errors, and one writer at a time."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
import threading
from pathlib import Path

import keyring
import pytest
import sqlite_utils
from dbkit import PASSPHRASE, dump, make_branch, sha256
from keyring.backend import KeyringBackend

from unionrep.app.session import Session, open_session
from unionrep.cli import main as cli
from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.core.model import Entry, Rep
from unionrep.paths import default_db_path
from unionrep.store import crypto
from unionrep.store.connection import (
    INTEGRITY_ERRORS,
    DatabaseError,
    connect,
    database_path,
    is_encrypted,
    open_connection,
)
from unionrep.store.records import Store

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_commits_are_durable_wal_full_sync_foreign_keys(branch):
    db = connect(branch)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: on disk when COMMIT returns
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


@posix_only
def test_database_wal_shm_and_new_folder_are_private(tmp_path, mode):
    path = make_branch(tmp_path / "new-folder" / "branch.db", mode)
    db = connect(path)
    db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert mode_of(path.parent) == 0o700
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert p.exists() and mode_of(p) == 0o600, p


@posix_only
def test_a_shared_folder_chosen_with_db_keeps_its_mode(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    connect(shared / "branch.db", create=True, encrypt=False)
    assert mode_of(shared) == 0o755
    assert mode_of(shared / "branch.db") == 0o600


def test_the_default_database_keeps_the_name_earlier_versions_gave_it(monkeypatch, tmp_path):
    # a user's existing book must still be found after an upgrade: unionrep.db in the data folder
    monkeypatch.setenv("UNIONREP_DATA_DIR", str(tmp_path))
    assert default_db_path() == tmp_path / "unionrep.db"


@posix_only
def test_the_apps_own_data_folder_is_tightened(monkeypatch):
    path = default_db_path()
    path.parent.mkdir(parents=True)
    path.parent.chmod(0o755)
    connect(path, create=True, encrypt=False)
    assert mode_of(path.parent) == 0o700


def test_new_databases_are_encrypted_by_default_and_plain_only_on_request(tmp_path, monkeypatch):
    enc = tmp_path / "enc.db"
    open_session(enc, create=True).policy.init("denbighshire-2012")
    assert crypto.file_kind(enc) == "encrypted"
    assert enc.read_bytes()[:16] != crypto.SQLITE_HEADER
    monkeypatch.setenv("UNIONREP_PLAIN", "1")
    plain = tmp_path / "plain.db"
    open_session(plain, create=True).policy.init("denbighshire-2012")
    assert crypto.file_kind(plain) == "plain"


def test_the_whole_service_works_over_an_encrypted_database(tmp_path):
    path = tmp_path / "branch.db"
    connect(path, create=True, encrypt=True).conn.close()
    session = open_session(path)
    conn = session.store.db.conn
    assert is_encrypted(session.store.db)
    assert type(conn).__module__ != "sqlite3" and not isinstance(conn, sqlite3.Connection)
    assert database_path(session.store.db) == path
    session.policy.init("denbighshire-2012")
    rep = session.reps.add(Rep(name="Siân Ŵyn", weekly_minutes=22 * 60, school=True, employee_no="E1")).result
    session.roles.assign(rep.id, "steward", dt.date(2025, 9, 1))
    entry = session.entries.add(Entry(rep_id=rep.id, role="steward", date=dt.date(2025, 10, 2), minutes=150,
                                      category="duties", paid=True, purpose="Grievance hearing")).result
    session.entries.edit(entry.id, purpose="Disciplinary hearing")
    session.entries.delete(entry.id)
    session.history.undo()  # the deletion taken back: the row as it was
    assert session.entries.get(entry.id).purpose == "Disciplinary hearing"
    assert [h["field"] for h in session.store.history(entry.id)][-1] == "*"
    balance = session.balances.of(rep.id, dt.date(2025, 10, 31))
    assert balance.to_json()["allowances"][0]["used"] == 2.5
    session.balances.flags(dt.date(2025, 10, 31))
    # sqlite-utils over the sqlcipher3 connection: tables, counts, rows as dicts
    db = session.store.db
    assert isinstance(db, sqlite_utils.Database)
    assert db["reps"].count == 1
    assert next(db["reps"].rows_where("name = ?", ["Siân Ŵyn"]))["employee_no"] == "E1"
    # constraint errors of either module are caught by one tuple
    with pytest.raises(INTEGRITY_ERRORS):
        db["reps"].insert(dict(next(db["reps"].rows)))
    session.store.db.conn.close()
    # reopened by a new process-like connection, all there
    again = open_session(path)
    assert again.entries.get(entry.id).minutes == 150


def test_every_transaction_takes_the_write_lock_at_begin(branch):
    first = connect(branch)
    second = connect(branch)
    second.conn.execute("PRAGMA busy_timeout = 100")
    with first.atomic():
        first.execute("SELECT count(*) FROM reps").fetchone()  # only a read, yet the lock is held
        with pytest.raises(DatabaseError) as caught, second.atomic():
            pass
    assert caught.value.kind == "in_use"
    assert "busy" in str(caught.value)


def test_read_modify_write_from_two_connections_loses_no_update(branch):
    """Each thread increments a counter inside db.atomic(); IMMEDIATE makes the second wait."""
    connect(branch).execute("INSERT INTO meta (key, value) VALUES ('counter', '0')")
    errors: list[BaseException] = []

    def bump(times: int) -> None:
        db = connect(branch)
        try:
            for _ in range(times):
                with db.atomic():
                    value = int(db.execute("SELECT value FROM meta WHERE key = 'counter'").fetchone()[0])
                    db.execute("UPDATE meta SET value = ? WHERE key = 'counter'", [str(value + 1)])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=bump, args=(40,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert connect(branch).execute("SELECT value FROM meta WHERE key = 'counter'").fetchone()[0] == "120"


def test_store_update_reads_inside_its_transaction(branch):
    """Store.update compares with the row as it is inside its own IMMEDIATE transaction."""
    a = Session(Store(connect(branch)))
    b = Session(Store(connect(branch)))
    entry = a.entries.all()[0]
    b.store.update(Entry(**{**entry.__dict__, "location": "Caledfryn"}))
    a.store.update(Entry(**{**a.entries.get(entry.id).__dict__, "purpose": "Hearing"}))
    final = a.entries.get(entry.id)
    assert (final.location, final.purpose) == ("Caledfryn", "Hearing")


def test_missing_database_says_how_to_create_one(tmp_path):
    with pytest.raises(DatabaseError) as caught:
        connect(tmp_path / "none.db")
    assert caught.value.kind == "missing" and "unionrep-cli init" in str(caught.value)
    assert not (tmp_path / "none.db").exists()


def test_another_programs_database_is_refused_untouched(tmp_path):
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.commit()
    conn.close()
    before = sha256(other)
    with pytest.raises(DatabaseError) as caught:
        connect(other)
    assert caught.value.kind == "not_unionrep" and "bookmarks" in str(caught.value)
    assert sha256(other) == before


def test_a_database_from_a_newer_unionrep_is_refused_untouched(branch):
    db = connect(branch)
    db["_migrations"].insert({"name": "m999_from_the_future", "applied_at": "2030-01-01T00:00:00+00:00"})
    db.conn.close()
    before = dump(branch)
    with pytest.raises(DatabaseError) as caught:
        connect(branch)
    assert caught.value.kind == "newer_schema" and "m999_from_the_future" in str(caught.value)
    assert dump(branch) == before


def test_wrong_passphrase_is_a_clear_error(branch, mode, monkeypatch):
    if mode == "plain":
        pytest.skip("a plain database takes no passphrase")
    monkeypatch.setenv("UNIONREP_PASSPHRASE", "not the passphrase")
    with pytest.raises(DatabaseError) as caught:
        connect(branch)
    assert caught.value.kind == "wrong_passphrase"
    assert "UNIONREP_PASSPHRASE" in str(caught.value) and "unionrep-cli restore" in str(caught.value)
    with pytest.raises(DatabaseError):
        connect(branch, passphrase="also wrong")


def test_an_explicit_passphrase_beats_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "own.db"
    connect(path, create=True, encrypt=True, passphrase="a passphrase of its own").conn.close()
    with pytest.raises(DatabaseError):
        connect(path)
    assert is_encrypted(connect(path, passphrase="a passphrase of its own"))


def test_quotes_and_unicode_in_a_passphrase(tmp_path):
    words = "O'r Cwm i'r Môr; \"dyfynnod\" -- DROP TABLE"
    path = tmp_path / "q.db"
    connect(path, create=True, encrypt=True, passphrase=words).conn.close()
    assert connect(path, passphrase=words).execute("SELECT count(*) FROM _migrations").fetchone()[0] > 0


def test_a_short_new_passphrase_is_refused_and_nothing_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONREP_PASSPHRASE", "short")
    with pytest.raises(ValidationError) as caught:
        connect(tmp_path / "x.db", create=True, encrypt=True)
    assert caught.value.field == "UNIONREP_PASSPHRASE" and "at least 8" in caught.value.rule
    assert not (tmp_path / "x.db").exists()


def test_init_without_passphrase_or_keyring_and_no_terminal_fails_clearly(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("UNIONREP_PASSPHRASE")
    monkeypatch.setattr(crypto, "_default_prompt", crypto.terminal_prompt)  # stdin is not a terminal
    path = tmp_path / "fresh.db"
    assert cli.main(["--db", str(path), "init"]) == 1
    err = capsys.readouterr().err
    assert "UNIONREP_PASSPHRASE" in err and "UNIONREP_PLAIN=1" in err and "Traceback" not in err
    assert not path.exists()


def test_the_prompt_is_asked_again_after_a_wrong_passphrase(branch, mode, monkeypatch):
    if mode == "plain":
        pytest.skip("a plain database takes no passphrase")
    monkeypatch.delenv("UNIONREP_PASSPHRASE")
    asked: list[crypto.PassphraseRequest] = []
    answers = iter(["wrong one", PASSPHRASE])

    def prompt(request: crypto.PassphraseRequest) -> str | None:
        asked.append(request)
        return next(answers)

    crypto.set_default_prompt(prompt)
    try:
        db = connect(branch)
    finally:
        crypto.set_default_prompt(None)
    assert is_encrypted(db)
    assert [(r.purpose, r.attempt) for r in asked] == [("open", 1), ("open", 2)]
    assert asked[1].error and asked[0].path == branch


def test_a_prompt_that_declines_gives_a_clear_error(branch, mode, monkeypatch):
    if mode == "plain":
        pytest.skip("a plain database takes no passphrase")
    monkeypatch.delenv("UNIONREP_PASSPHRASE")
    with pytest.raises(DatabaseError) as caught:
        connect(branch, prompt=crypto.no_prompt)
    assert caught.value.kind == "no_passphrase" and "UNIONREP_PASSPHRASE" in str(caught.value)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    monkeypatch.delenv("UNIONREP_NO_KEYRING")
    monkeypatch.delenv("UNIONREP_PASSPHRASE")
    yield fake
    keyring.set_keyring(previous)


def test_with_a_keyring_a_new_database_gets_a_generated_key_kept_there(tmp_path, memory_keyring):
    path = tmp_path / "kept.db"
    assert crypto.keyring_usable()
    connect(path, create=True, encrypt=True, prompt=crypto.no_prompt).conn.close()
    stored = memory_keyring.store[("unionrep", str(path.resolve()))]
    assert len(stored) >= 40
    assert is_encrypted(connect(path, prompt=crypto.no_prompt))  # the keyring opens it


def test_a_prompted_passphrase_is_remembered_and_a_stale_keyring_entry_replaced(branch, mode, memory_keyring):
    if mode == "plain":
        pytest.skip("a plain database takes no passphrase")
    crypto.keyring_set(branch, "an old passphrase")
    connect(branch, prompt=lambda request: PASSPHRASE).conn.close()
    assert crypto.keyring_get(branch) == PASSPHRASE
    assert is_encrypted(connect(branch, prompt=crypto.no_prompt))


def test_no_keyring_when_only_the_fail_backend_serves(monkeypatch):
    monkeypatch.delenv("UNIONREP_NO_KEYRING")
    previous = keyring.get_keyring()
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    try:
        assert not crypto.keyring_usable()
        assert crypto.keyring_get(Path("x.db")) is None
        assert crypto.keyring_set(Path("x.db"), "whatever1") is False
    finally:
        keyring.set_keyring(previous)


def test_without_sqlcipher_new_databases_are_plain_with_a_warning(tmp_path, monkeypatch, caplog):
    encrypted = make_branch(tmp_path / "enc.db", "encrypted", reps=1, entries=1)
    monkeypatch.setattr(crypto, "cipher_module", lambda: None)
    with caplog.at_level(logging.WARNING, logger="unionrep.store"):
        connect(tmp_path / "new.db", create=True).conn.close()
    assert crypto.file_kind(tmp_path / "new.db") == "plain"
    assert "UNENCRYPTED" in caplog.text and "sqlcipher3" in caplog.text
    with pytest.raises(DatabaseError) as caught:
        connect(encrypted)
    assert caught.value.kind == "needs_sqlcipher" and "pip install sqlcipher3" in str(caught.value)


def test_database_errors_are_unionrep_errors(tmp_path):
    assert issubclass(DatabaseError, UnionrepError)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseError) as caught:
        open_connection(garbage)
    assert caught.value.kind == "wrong_passphrase"
