"""Backups through the online backup API, their rotation, and restoring or recovering from one —
with the current database always kept aside, never overwritten."""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
from pathlib import Path

import pytest
from dbkit import dump, make_branch, sha256

from unionrep.app.session import open_session
from unionrep.cli import main as cli
from unionrep.core.errors import ValidationError
from unionrep.core.model import Rep
from unionrep.paths import backups_dir
from unionrep.store import backup as backups
from unionrep.store import crypto, encryption
from unionrep.store.connection import DatabaseError, connect
from unionrep.store.health import check

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def data_without_backup_setting(path: Path) -> dict:
    rows = dump(path)
    return {k: v for k, v in rows.items() if k not in ("audit",)}


def test_a_backup_is_a_whole_copy_in_the_private_backups_folder(branch, mode):
    dest = backups.backup(branch)
    assert dest.parent == backups_dir(branch)
    assert dest.name.startswith("branch-") and dest.name.endswith("-manual.db")
    assert dump(dest) == dump(branch)
    assert check(dest).ok
    assert crypto.file_kind(dest) == ("encrypted" if mode == "encrypted" else "plain")
    assert not Path(f"{dest}-wal").exists()  # a single self-contained file
    if os.name == "posix":
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600
        assert stat.S_IMODE(dest.parent.stat().st_mode) == 0o700


def test_backing_up_the_open_database_of_a_running_app(branch):
    session = open_session(branch)
    session.reps.add(Rep(name="Newydd", weekly_minutes=600, school=False))  # committed, still in the WAL
    dest = backups.backup(session.store.db)
    assert "Newydd" in {r[1] for r in dump(dest)["reps"]}


def test_a_backup_while_another_connection_keeps_writing_is_consistent(branch):
    stop = threading.Event()

    def write() -> None:
        session = open_session(branch)
        n = 0
        while not stop.is_set():
            session.reps.add(Rep(name=f"Ysgrifennwr {n}", weekly_minutes=600, school=False))
            n += 1

    writer = threading.Thread(target=write)
    writer.start()
    try:
        made = [backups.backup(branch) for _ in range(3)]
    finally:
        stop.set()
        writer.join()
    for dest in made:
        assert check(dest).ok
        rows = dump(dest)
        # every rep in the snapshot has its audit row: the copy is one transaction's view
        audited = {r[3] for r in rows["audit"] if r[2] == "reps"}
        assert {r[0] for r in rows["reps"]} <= audited


def test_a_backup_to_a_named_file_never_overwrites(branch, tmp_path):
    dest = tmp_path / "elsewhere.db"
    assert backups.backup(branch, dest) == dest
    before = sha256(dest)
    with pytest.raises(ValidationError) as caught:
        backups.backup(branch, dest)
    assert "already exists" in caught.value.rule
    assert sha256(dest) == before
    with pytest.raises(ValidationError):
        backups.backup(branch, branch)


def test_a_failed_backup_leaves_no_partial_file(branch):
    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backups.backup(branch, progress=cancel)
    assert list(backups_dir(branch).iterdir()) == []


def test_automatic_backups_once_a_day_on_start_and_on_close_only_after_changes(branch):
    day = dt.datetime(2026, 3, 2, 8, 30)
    first = backups.auto_backup(branch, reason="start", now=day)
    assert first is not None and first.name.endswith("-start.db")
    assert backups.auto_backup(branch, reason="start", now=day.replace(hour=13)) is None
    assert backups.auto_backup(branch, reason="close", now=day.replace(hour=17)) is None  # no change
    session = open_session(branch)
    session.reps.add(Rep(name="Newid", weekly_minutes=600, school=False))
    closing = backups.auto_backup(session.store.db, reason="close", now=day.replace(hour=17, minute=5))
    assert closing is not None and closing.name.endswith("-close.db")
    assert backups.auto_backup(branch, reason="start", now=day + dt.timedelta(days=1)) is not None
    with pytest.raises(ValidationError):
        backups.auto_backup(branch, reason="whenever")


def test_rotation_keeps_the_newest_n_automatic_backups_and_every_manual_one(branch):
    db = connect(branch)
    assert backups.backup_keep(db) == backups.DEFAULT_KEEP
    backups.set_backup_keep(db, 3)
    assert db.execute("SELECT value FROM meta WHERE key = 'backup_keep'").fetchone()[0] == "3"
    assert db.execute("SELECT count(*) FROM audit WHERE row_id = 'backup_keep'").fetchone()[0] == 1
    manual = backups.backup(db)
    start = dt.datetime(2026, 1, 1, 9)
    made = [backups.auto_backup(db, reason="start", now=start + dt.timedelta(days=i)) for i in range(6)]
    left = backups.list_backups(branch)
    assert [b.path for b in left if b.automatic] == made[::-1][:3]
    assert manual in [b.path for b in left]
    for bad in ("0", "ten", "-2", "100000"):
        with pytest.raises(ValidationError) as caught:
            backups.set_backup_keep(db, bad)
        assert caught.value.field == "keep"
    assert backups.backup_keep(db) == 3


def test_restore_keeps_the_current_database_aside_and_brings_the_backup_back(branch, mode):
    saved = backups.backup(branch)
    before = dump(branch)
    session = open_session(branch)
    session.reps.add(Rep(name="Ar ôl y copi", weekly_minutes=600, school=False))
    session.store.db.conn.close()
    current = dump(branch)
    aside = backups.restore(branch, saved)
    assert aside is not None and aside.name.startswith("branch.db.before-restore-")
    assert dump(aside) == current  # the database as it was, kept whole (its WAL checkpointed in)
    assert "Ar ôl y copi" in {r[1] for r in dump(aside)["reps"]}
    assert data_without_backup_setting(branch) == {k: v for k, v in before.items() if k != "audit"}
    assert check(branch).ok
    assert crypto.file_kind(branch) == crypto.file_kind(saved)


def test_restore_refuses_while_the_app_has_the_database_open(branch):
    saved = backups.backup(branch)
    app = open_session(branch)
    before = dump(branch)
    with pytest.raises(DatabaseError) as caught:
        backups.restore(branch, saved)
    assert caught.value.kind == "in_use"
    app.store.db.conn.close()
    assert dump(branch) == before
    assert not [p for p in branch.parent.iterdir() if "before-restore" in p.name]


def test_restore_validates_the_backup_first_and_changes_nothing_if_it_is_bad(branch, tmp_path):
    before = sha256(branch)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    other = tmp_path / "other.db"
    import sqlite3

    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    saved = backups.backup(branch)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(saved.read_bytes())
    with open(damaged, "r+b") as f:
        # from the start of the middle page: its header, not the free space of a nearly empty page
        f.seek(damaged.stat().st_size // 2 // 4096 * 4096)
        f.write(os.urandom(2000))
    for bad, kinds in ((garbage, {"damaged"}), (other, {"not_unionrep"}), (damaged, {"damaged"}),
                       (tmp_path / "missing.db", None)):
        if kinds is None:
            with pytest.raises(ValidationError):
                backups.restore(branch, bad)
        else:
            with pytest.raises(DatabaseError) as caught:
                backups.restore(branch, bad)
            assert caught.value.kind in kinds, (bad, caught.value)
        assert sha256(branch) == before
    assert not [p.name for p in branch.parent.iterdir() if ".before-restore" in p.name or "partial" in p.name]



def test_newest_good_backup_skips_damaged_ones(branch):
    good = backups.backup(branch)
    broken = backups.backup_path(branch, "close", dt.datetime.now() + dt.timedelta(hours=1))
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    assert backups.list_backups(branch)[0].path == broken
    assert backups.newest_good_backup(branch) == good


def test_recover_moves_the_damaged_file_aside_untouched(branch, mode):
    good = backups.backup(branch)
    with open(branch, "r+b") as f:
        f.seek(branch.stat().st_size // 2)
        f.write(os.urandom(4096))
    damaged = sha256(branch)
    assert backups.newest_good_backup(branch) == good
    aside = backups.recover_from_backup(branch, good)
    assert aside is not None and aside.name.startswith("branch.db.damaged-")
    assert sha256(aside) == damaged
    assert dump(branch) == dump(good)
    assert check(branch).ok


def test_recover_when_the_wal_holds_the_newest_pages(tmp_path):
    """The damaged file's WAL goes aside with it (renamed alike), so nothing in it is lost."""
    path = make_branch(tmp_path / "b.db", "plain")
    good = backups.backup(path)
    session = open_session(path)
    session.reps.add(Rep(name="Yn y WAL", weekly_minutes=600, school=False))
    wal = Path(f"{path}-wal").read_bytes()
    aside = backups.recover_from_backup(path, good)
    assert aside is not None and Path(f"{aside}-wal").read_bytes() == wal
    session.store.db.conn.close()


def test_restore_from_the_command_line(branch, capsys):
    saved = backups.backup(branch)
    assert cli.main(["--db", str(branch), "--json", "restore", str(saved)]) == 0
    out = capsys.readouterr().out
    assert '"previous"' in out and "before-restore" in out
    assert cli.main(["--db", str(branch), "restore", str(branch.parent / "none.db")]) == 1
    assert "no backup file" in capsys.readouterr().err


def test_backup_and_list_from_the_command_line(branch, capsys):
    import json

    assert cli.main(["--db", str(branch), "--json", "backup"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["backup"]).exists() and made["encrypted"] == (crypto.file_kind(branch) == "encrypted")
    assert cli.main(["--db", str(branch), "--json", "backup", "--list"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["path"] for b in listed] == [made["backup"]]
    assert cli.main(["--db", str(branch), "--json", "backup", "--keep", "4"]) == 0
    assert json.loads(capsys.readouterr().out) == {"keep": 4}
    assert cli.main(["--db", str(branch), "--json", "backup", "--keep", "none"]) == 1
    assert "keep" in json.loads(capsys.readouterr().out)["error"]


def test_recover_from_the_command_line_picks_the_newest_good_backup(branch, capsys):
    import json

    good = backups.backup(branch)
    assert cli.main(["--db", str(branch), "recover"]) == 1  # the database is whole
    assert "nothing to recover" in capsys.readouterr().err
    os.truncate(branch, branch.stat().st_size // 2)
    assert cli.main(["--db", str(branch), "--json", "recover"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["restored"] == str(good) and ".damaged-" in result["damaged"]
    assert check(branch).ok


def test_an_encrypted_backup_restores_under_its_own_passphrase(tmp_path, monkeypatch):
    path = make_branch(tmp_path / "b.db", "encrypted", reps=1, entries=1)
    saved = backups.backup(path)
    encryption.change_passphrase(path, new="a brand new passphrase", backups=False)
    monkeypatch.setenv("UNIONREP_PASSPHRASE", "a brand new passphrase")
    with pytest.raises(DatabaseError) as caught:
        backups.restore(path, saved)
    assert caught.value.kind == "wrong_passphrase"
    from dbkit import PASSPHRASE

    aside = backups.restore(path, saved, passphrase=PASSPHRASE)
    assert aside is not None
    assert check(path, passphrase=PASSPHRASE).ok
