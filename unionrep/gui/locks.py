"""One window per database: a lock file beside it (`<db>.lock`, a QLockFile), taken before the
database is opened and held until the app ends. A second window on the same file is refused; a lock
left by a process that crashed is taken over (QLockFile sees that its process is gone)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile

LOCK_SUFFIX = ".lock"

_held: dict[Path, QLockFile] = {}


def _t(text: str) -> str:
    return QCoreApplication.translate("Reliability", text)


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + LOCK_SUFFIX)


def lock_database(db_path: Path) -> str | None:
    """Take the lock beside `db_path` for this process (held until release_locks()). Returns None
    when it is ours, else the message saying why the database cannot be opened."""
    from unionrep.paths import ensure_private_dir, is_ours

    db_path = Path(db_path)
    key = db_path.resolve() if db_path.parent.exists() else db_path
    if key in _held:
        return None
    try:
        ensure_private_dir(db_path.parent, ours=is_ours(db_path.parent))
    except OSError as exc:
        return _t("unionrep cannot open {path}: its folder cannot be made ({reason}).").format(
            path=db_path, reason=exc.strerror or exc)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # held for hours: stale only when its process is gone
    if _try_lock_private(lock):
        _held[db_path.resolve()] = lock
        return None
    if lock.error() == QLockFile.LockError.LockFailedError:
        info: Any = lock.getLockInfo()
        pid = info[0] if isinstance(info, tuple) and info else "?"
        return _t("{path} is already open in another unionrep window (process {pid}). Only one window "
                  "at a time may work on a database: switch to that window, or close it and start "
                  "unionrep again.").format(path=db_path, pid=pid)
    return _t("unionrep cannot open {path}: the lock file {lock} cannot be made there. Check that the "
              "folder is yours and can be written.").format(path=db_path, lock=lock_path(db_path))


def _try_lock_private(lock: QLockFile) -> bool:
    """Take the lock, its file made 0600 from the start: it names this host and process."""
    from unionrep.paths import make_private

    old_mask = os.umask(0o077) if os.name == "posix" else None
    try:
        taken = lock.tryLock(0)
    finally:
        if old_mask is not None:
            os.umask(old_mask)
    if taken:
        make_private(Path(lock.fileName()))
    return taken


def release_locks() -> None:
    for lock in _held.values():
        lock.unlock()
    _held.clear()
