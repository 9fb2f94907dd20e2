"""What an interrupted encrypt, restore or passphrase change of an older unionrep left (a plain copy
beside an encrypted database, no database beside the one a restore kept aside, a half-done
transaction in a journal, an unfinished passphrase change) is named by `check` and `recover` and put
right by the next open. (tests/store/test_crash.py kills this version's operations part way.)"""

from __future__ import annotations

import json
import os
import shutil
import signal

from dbkit import PASSPHRASE, dump, make_branch

from unionrep.cli import main as cli
from unionrep.store import backup as backups
from unionrep.store import crypto, encryption, health, leftovers
from unionrep.store.connection import connect


def _plain_copy_beside_encrypted(tmp_path):
    """An encrypted database with the plain original an older encrypt left, as it was killed
    after renaming the encrypted file in and before deleting the original."""
    path = make_branch(tmp_path / "branch.db", "plain", reps=1, entries=2)
    original = tmp_path / "branch.db.plain-20250101-120000"
    shutil.copy2(path, original)
    encryption.encrypt_database(path, passphrase=PASSPHRASE)
    return path, original


def test_check_reports_a_plain_copy_and_the_next_open_removes_it(tmp_path, capsys):
    path, original = _plain_copy_beside_encrypted(tmp_path)
    assert leftovers.find(path).plain == [original]
    assert cli.main(["--db", str(path), "check"]) == 1
    captured = capsys.readouterr()
    assert "UNENCRYPTED copy of the database left by an interrupted encrypt" in captured.out
    assert str(original) in captured.err
    assert cli.main(["--db", str(path), "--json", "check"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["plain_copies"] == [str(original)]
    assert cli.main(["--lang", "cy", "--db", str(path), "check"]) == 1
    assert "Copi HEB EI AMGRYPTIO" in capsys.readouterr().out

    connect(path).conn.close()  # any open: the app's, or a command's
    assert not original.exists()
    assert cli.main(["--db", str(path), "check"]) == 0


def test_a_database_moved_aside_by_an_interrupted_encrypt_is_put_back(tmp_path):
    path = make_branch(tmp_path / "branch.db", "plain", reps=1, entries=2)
    original = tmp_path / "branch.db.plain-20250101-120000"
    path.rename(original)  # the older encrypt moved it aside, then was killed
    (tmp_path / "branch.db.encrypting").write_bytes(b"half an encrypted file")
    db = connect(path)
    assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    db.conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("branch.db")) == ["branch.db"]


def test_check_and_recover_name_the_database_an_interrupted_restore_kept_aside(tmp_path, capsys):
    path = make_branch(tmp_path / "branch.db", "encrypted", reps=1, entries=2)
    backups.backup(path)
    kept = tmp_path / "branch.db.before-restore-20250101-120000"
    path.rename(kept)  # an older restore moved it aside, then was killed before the copy was made
    for command in (["check"], ["recover"]):
        assert cli.main(["--db", str(path), *command]) == 1
        err = capsys.readouterr().err
        assert f"no database at {path}; an interrupted restore left the previous database as {kept}" in err
    assert kept.exists() and not path.exists()  # recover changed nothing: the user chooses
    assert cli.main(["--db", str(path), "recover", str(backups.list_backups(path)[0].path)]) == 0


def test_a_passphrase_that_fails_during_an_unfinished_change_is_not_taken_for_damage(tmp_path):
    """The backups were re-keyed, the database not yet: the new passphrase opens the newest backup
    but not the database. That is the wrong passphrase, not a damaged first page."""
    path = make_branch(tmp_path / "branch.db", "encrypted", reps=1, entries=2)
    made = backups.backup(path)
    assert encryption._rekey_in_place(made, PASSPHRASE, "the new passphrase")
    leftovers.changing_mark(path).touch()
    diagnosis = health.diagnose(path, passphrase="the new passphrase")
    assert diagnosis.status == "wrong_passphrase"


def test_a_half_done_transaction_in_a_journal_is_rolled_back_before_the_check(tmp_path):
    """A process killed mid-transaction in rollback-journal mode leaves a hot journal, which a
    read-only open cannot roll back: `check` rolls it back first instead of calling the file
    read-only, and the database is as it was before the transaction."""
    path = make_branch(tmp_path / "branch.db", "encrypted", reps=2, entries=40)
    before = dump(path)
    pid = os.fork()
    if pid == 0:  # the child: a transaction whose pages spill into the file, then killed
        conn = crypto.cipher_module().connect(str(path), isolation_level=None)
        conn.execute(crypto.key_pragma(PASSPHRASE))
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE entries SET purpose = hex(randomblob(400))")
        os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)
    journal = tmp_path / "branch.db-journal"
    assert journal.stat().st_size > 0  # hot
    assert cli.main(["--db", str(path), "check"]) == 0
    assert dump(path) == before
