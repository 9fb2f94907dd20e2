"""Kill restore, encrypt and passphrase change at random moments and check what is left.

Each operation runs in a forked child that is SIGKILLed after a random delay drawn from the time the
operation takes when left alone, so the kills land all through it. After each kill: the database is at
its path, opens, checks whole and holds either what it held before or what the operation makes of
it; no plain copy of an encrypted database is anywhere beside it; and the next open leaves nothing
of the operation behind. Used by tests/store/test_crash.py and tests/perf/bench_crash.py.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dbkit import make_branch

from unionrep.store import backup as backups
from unionrep.store import crypto, encryption, leftovers
from unionrep.store.connection import DatabaseError, connect
from unionrep.store.health import check, diagnose, open_readonly, roll_back_hot_journal

FIRST, SECOND = "first passphrase of the branch", "second passphrase of the branch"


@contextlib.contextmanager
def quick_key_derivation() -> Iterator[None]:
    """SQLCipher's key derivation at 64 rounds instead of 256,000 for every file made and opened
    meanwhile in this process (and its forked children): the kills test renames and copies, not the
    cost of a passphrase, and hundreds of opens at full cost would take many minutes."""
    module = crypto.cipher_module()
    assert module is not None
    conn = module.connect(":memory:")
    default = conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]
    conn.execute("PRAGMA cipher_default_kdf_iter = 64")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(default)}")
        conn.close()


@dataclass
class Tally:
    kills: int = 0  # children killed before they finished
    finished: int = 0  # children that finished before the kill
    problems: list[str] = field(default_factory=list)


def _run_child(op: Callable[[], None]) -> int:
    pid = os.fork()
    if pid == 0:  # the child: do the operation and leave without running the parent's exit handlers
        code = 0
        try:
            op()
        except BaseException:
            code = 3
        os._exit(code)
    return pid


def timed(op: Callable[[], None]) -> float:
    """How long the operation takes when nothing kills it (run in a child, like the kills)."""
    started = time.perf_counter()
    pid = _run_child(op)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise AssertionError("the operation failed with nothing killing it")
    return time.perf_counter() - started


def kill_during(op: Callable[[], None], delay: float, tally: Tally) -> None:
    pid = _run_child(op)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        tally.kills += 1
    elif os.waitstatus_to_exitcode(status) == 0:
        tally.finished += 1
    else:
        tally.problems.append(f"the operation failed by itself (status {status})")


def _entries(path: Path, passphrase: str | None) -> int:
    with open_readonly(path, passphrase=passphrase, prompt=crypto.no_prompt) as conn:
        return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])


def _settled(path: Path, passphrase: str | None) -> list[str]:
    """After a kill: the path holds a database that opens, checks whole, and the open tidies."""
    if not path.exists():
        return [f"no database at {path}; beside it: {sorted(p.name for p in path.parent.iterdir())}"]
    report = check(path, passphrase=passphrase, prompt=crypto.no_prompt)
    if not report.ok:
        return [f"check failed: {report.problems()}"]
    connect(path, passphrase=passphrase, prompt=crypto.no_prompt).conn.close()
    left = leftovers.find(path)
    if left.plain or left.half_made:
        return [f"left after the next open: {left}"]
    return []


def restore_kills(folder: Path, kills: int, seed: int) -> Tally:
    """Restore one of two backups (of 12 and of 8 entries) over a database, killed part way."""
    rng = random.Random(seed)
    path = make_branch(folder / "branch.db", "encrypted", reps=2, entries=4)  # 8 entries
    eight = backups.backup(path)
    db = connect(path)
    db.execute("DELETE FROM entries WHERE rowid IN (SELECT rowid FROM entries LIMIT 2)")
    db.conn.close()
    six = backups.backup(path)
    counts = {eight: 8, six: 6}
    tally = Tally()
    duration = timed(lambda: backups.restore(path, eight))
    while tally.kills < kills and not tally.problems:
        before = _entries(path, None)
        source = six if before == 8 else eight
        kill_during(lambda s=source: backups.restore(path, s), rng.uniform(0, duration * 1.2), tally)  # type: ignore[misc]
        tally.problems += _settled(path, None)
        if not tally.problems and _entries(path, None) not in (before, counts[source]):
            tally.problems.append(f"{_entries(path, None)} entries: neither {before} nor {counts[source]}")
    return tally


def encrypt_kills(folder: Path, kills: int, seed: int) -> Tally:
    """Encrypt a plain database, killed part way; a plain copy is never left. (Its backups are
    encrypted by the same function, one file at a time.)"""
    rng = random.Random(seed)
    template = folder / "template"
    template.mkdir()
    make_branch(template / "branch.db", "plain", reps=2, entries=3)
    path = folder / "branch.db"

    def fresh() -> None:
        for old in folder.glob("branch.db*"):
            old.unlink()
        shutil.copy2(template / "branch.db", path)

    def op() -> None:
        encryption.encrypt_database(path, passphrase=FIRST)

    tally = Tally()
    fresh()
    duration = timed(op)
    while tally.kills < kills and not tally.problems:
        fresh()
        kill_during(op, rng.uniform(0, duration * 1.2), tally)
        found = leftovers.find(path)
        if found.plain:
            tally.problems.append(f"plain copies left by the kill: {found.plain}")
        key = FIRST if crypto.file_kind(path) == "encrypted" else None
        tally.problems += _settled(path, key)
        if not tally.problems and _entries(path, key) != 6:
            tally.problems.append(f"{_entries(path, key)} entries, not 6")
    return tally


def _key_of(path: Path) -> str | None:
    """Which passphrase opens the file (after SQLite's own recovery of a half-done transaction,
    which `check` and any ordinary open do too)."""
    for key in (FIRST, SECOND):
        roll_back_hot_journal(path, passphrase=key)
        try:
            with open_readonly(path, passphrase=key, prompt=crypto.no_prompt):
                return key
        except DatabaseError:
            continue
    return None


def passphrase_kills(folder: Path, kills: int, seed: int) -> Tally:
    """Change the passphrase back and forth (with two backups), killed part way."""
    rng = random.Random(seed)
    path = make_branch(folder / "branch.db", "encrypted", reps=2, entries=3)
    encryption.change_passphrase(path, new=FIRST, backups=False)
    backups.backup(path, passphrase=FIRST)
    backups.backup(path, passphrase=FIRST)
    tally = Tally()
    current = FIRST
    duration = timed(lambda: encryption.change_passphrase(path, old=FIRST, new=SECOND))
    current = SECOND
    while tally.kills < kills and not tally.problems:
        other = FIRST if current == SECOND else SECOND
        kill_during(lambda c=current, o=other: encryption.change_passphrase(path, old=c, new=o),  # type: ignore[misc]
                    rng.uniform(0, duration * 1.2), tally)
        now = _key_of(path)
        if now is None:
            tally.problems.append("neither passphrase opens the database")
            break
        # whoever still uses the old passphrase is told it is wrong, never that the file is damaged
        stale = diagnose(path, passphrase=current if now != current else other)
        if stale.status == "damaged":
            tally.problems.append(f"a whole database diagnosed as damaged: {stale.detail}")
        tally.problems += _settled(path, now)
        for info in backups.list_backups(path):
            if _key_of(info.path) is None:
                tally.problems.append(f"neither passphrase opens the backup {info.path.name}")
        if not tally.problems and _entries(path, now) != 6:
            tally.problems.append(f"{_entries(path, now)} entries, not 6")
        current = now
    return tally
