"""Every data location, from platformdirs, with overrides (--db, UNIONREP_DB).

Private files: the data folder and the backups folder are 0700, the database, its WAL/SHM files
and every backup 0600 (POSIX). Files are created with those modes, never loosened afterwards.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

import platformdirs

APP_NAME = "unionrep"
DB_FILENAME = "unionrep.db"
BACKUPS_DIRNAME = "backups"
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def data_dir() -> Path:
    """The user's private data folder (created 0700 on POSIX by ensure_private_dir)."""
    override = os.environ.get("UNIONREP_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return folder


def ensure_private_dir(folder: Path, *, ours: bool = False) -> Path:
    """Make `folder` (and missing parents) with mode 0700.

    A folder that already exists is tightened to 0700 only when it is `ours` (the data folder, the
    backups folder); a folder the user chose for --db keeps its mode, since it may be shared (/tmp).
    """
    folder = Path(folder)
    existed = folder.exists()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and (ours or not existed):
        folder.chmod(0o700)
    return folder


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then UNIONREP_DB, then the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("UNIONREP_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def is_ours(folder: Path) -> bool:
    """Whether `folder` is the app's own data folder (so it may be tightened to 0700)."""
    try:
        return folder.resolve() == data_dir().resolve()
    except OSError:
        return False


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the database, in a private folder of their own."""
    return Path(db_path).parent / BACKUPS_DIRNAME


def ensure_backups_dir(db_path: Path) -> Path:
    return ensure_private_dir(backups_dir(db_path), ours=True)


def sidecars(db_path: Path) -> list[Path]:
    """The files SQLite keeps beside a database (WAL, shared memory, rollback journal)."""
    return [Path(str(db_path) + suffix) for suffix in SIDECAR_SUFFIXES]


def make_private(path: Path) -> None:
    """chmod 0600 (POSIX); missing files are skipped."""
    if os.name == "posix":
        with contextlib.suppress(FileNotFoundError):
            Path(path).chmod(0o600)


def create_private_file(path: Path) -> Path:
    """Create an empty file with mode 0600 from the start (it must not exist yet)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    make_private(path)  # in case a umask or ACL widened it
    return path


def stamp(now: dt.datetime | None = None) -> str:
    """A sortable local timestamp for file names: 20250131-174501."""
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def free_name(path: Path) -> Path:
    """`path`, or `path` with -2, -3... appended if a file of that name (or its WAL) exists."""
    candidate, n = path, 1
    while candidate.exists() or any(s.exists() for s in sidecars(candidate)):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def aside_path(db_path: Path, label: str, now: dt.datetime | None = None) -> Path:
    """Where a database is moved aside: `<name>.<label>-<timestamp>` in the same folder."""
    db_path = Path(db_path)
    return free_name(db_path.with_name(f"{db_path.name}.{label}-{stamp(now)}"))


def remove_with_sidecars(path: Path) -> None:
    """Delete a database file that was being made, and SQLite's files beside it; missing ones are
    skipped."""
    for leftover in [Path(path), *sidecars(Path(path))]:
        leftover.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to disk before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rename_into_place(made: Path, target: Path) -> None:
    """Put the finished file `made` at `target` in one step, durably: its contents flushed, the
    rename made, the rename flushed. A reader of `target` sees the old file or this one."""
    fsync_file(made)
    os.replace(made, target)
    fsync_dir(target.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
