"""A worker's own connection, opened beside the window's, leaves the window's connection its locks:
the command line closing after it does not take itself for the last connection and delete the WAL
under the window (store.held_files says why it did)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from unionrep.app.book import own_session
from unionrep.app.session import open_session
from unionrep.core.model import Rep
from unionrep.store import crypto, held_files


def _locks_held_by_this_process(path: Path) -> list[str]:
    """The POSIX locks this process holds on the file (Linux's /proc/locks)."""
    found = os.stat(path)
    inode = f"{os.major(found.st_dev):02x}:{os.minor(found.st_dev):02x}:{found.st_ino}"
    with open("/proc/locks") as locks:
        return [line for line in locks
                if "POSIX" in line and line.split()[4] == str(os.getpid()) and inode in line.split()]


def _descriptors_of(path: Path) -> int:
    """How many of this process's open file descriptors are the file at `path`."""
    target = os.stat(path)
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            found = os.stat(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        count += (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino)
    return count


def _add_rep_from_the_command_line(db_path: Path, name: str) -> None:
    result = subprocess.run([sys.executable, "-m", "unionrep.cli.main", "--db", str(db_path), "rep", "add",
                             "--name", name], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_worker_connection_leaves_the_windows_lock_and_the_command_line_its_wal(session, db_path) -> None:
    session.reps.all()
    assert _locks_held_by_this_process(db_path)  # WAL mode: a shared lock while the connection is open
    with own_session(session, db_path) as own:  # as a worker does: it reads the file's header to open it
        own.reps.all()
    assert _locks_held_by_this_process(db_path), "the window's connection lost its lock"

    _add_rep_from_the_command_line(db_path, "Added from the command line")
    assert Path(f"{db_path}-wal").exists() and Path(f"{db_path}-shm").exists()
    # the window's connection reads what the command line wrote, and writes on
    names = {rep.name for rep in session.reps.all()}
    assert "Added from the command line" in names
    session.reps.add(Rep(name="Added in the window", weekly_minutes=37 * 60))
    again = open_session(db_path)
    try:
        names = {rep.name for rep in again.reps.all()}
        assert {"Added from the command line", "Added in the window"} <= names
    finally:
        again.store.db.close()


def test_reading_the_header_of_an_open_book_keeps_its_locks(session, db_path) -> None:
    before = _locks_held_by_this_process(db_path)
    assert before
    kind = crypto.file_kind(db_path)
    assert kind in ("plain", "encrypted")
    assert _locks_held_by_this_process(db_path) == before


def test_the_kept_descriptor_goes_with_the_last_connection(tmp_path) -> None:
    path = tmp_path / "book.db"
    first = open_session(path, create=True)
    second = open_session(path)
    held = _descriptors_of(path)  # SQLite's own, and the one kept for reading the header
    for _ in range(3):
        crypto.file_kind(path)
    assert _descriptors_of(path) == held  # read through the kept one
    first.store.db.close()
    assert _descriptors_of(path) >= 1
    second.store.db.close()
    assert _descriptors_of(path) == 0
    assert held_files.read_head(path, 4)  # a file no connection has open is read and closed at once
    assert _descriptors_of(path) == 0


def test_the_header_of_a_missing_file_is_missing(tmp_path) -> None:
    assert crypto.file_kind(tmp_path / "none.db") == "missing"
