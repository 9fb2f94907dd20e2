"""Backups through SQLite's online backup API (never a file copy of a live database), their
rotation, and restoring one — always keeping the current database aside, never overwriting it.

Backups live in paths.backups_dir(db) (0700), named `<stem>-<YYYYmmdd-HHMMSS>-<reason>.db`, each
0600, encrypted under the same passphrase as the database when it is encrypted. A backup is
written to `<name>.partial`, checked, flushed to disk and only then renamed into place, so a
backup that exists under its final name is complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep.core.errors import ValidationError
from unionrep.files import check_target
from unionrep.paths import (
    aside_path,
    backups_dir,
    create_private_file,
    ensure_backups_dir,
    fsync_dir,
    fsync_file,
    make_private,
    remove_with_sidecars,
    rename_into_place,
    sidecars,
)
from unionrep.store import crypto
from unionrep.store.backup_names import AUTO_REASONS, REASONS, backup_path, list_backups
from unionrep.store.backup_names import BackupInfo as BackupInfo  # callers list backups from here
from unionrep.store.connection import check_unionrep, claim_exclusive, connect, open_connection, secure_files
from unionrep.store.dbapi import (
    connection_classes,
    database,
    database_path,
    is_encrypted,
    key_of,
    module_of,
    raw,
    try_key,
)
from unionrep.store.errors import DB_ERRORS, DatabaseError, reports_file_errors
from unionrep.store.health import check_connection, open_readonly
from unionrep.store.leftovers import BEFORE_RESTORE, RESTORING
from unionrep.store.records import Store

if TYPE_CHECKING:
    import sqlite_utils

BACKUP_KEEP_KEY = "backup_keep"
DEFAULT_KEEP = 10
MAX_KEEP = 1000
Progress = Callable[[int, int], None]  # (pages copied, total pages); raise to cancel


# -- the copy itself ----------------------------------------------------------------------------


@reports_file_errors
def copy_database(source: Any, dest: Path, *, journal: str = "DELETE",
                  progress: Progress | None = None, replace: bool = False) -> Path:
    """Copy the open database `source` into the new file `dest` with the online backup API.

    An encrypted source gives a copy encrypted under the same passphrase. The copy is written to
    `<dest>.partial` (0600), quick-checked, fsynced and renamed to `dest` (over an existing file
    only with `replace`); on any failure the partial file is removed and `dest` is as it was.
    """
    src = raw(source)
    module = module_of(src)
    dest = Path(dest)
    if dest.exists() and not replace:
        raise ValidationError("backup", "{path} already exists; choose a new name", path=dest)
    partial = Path(str(dest) + ".partial")
    remove_with_sidecars(partial)
    create_private_file(partial)
    try:
        key = key_of(src) if is_encrypted(src) else None
        if key is not None:
            dst = try_key(module, partial, key, False)
            if dst is None:
                raise DatabaseError("unreadable", partial, "the new file refused the key")
        else:
            dst = module.connect(str(partial), isolation_level=None, factory=connection_classes(module)[0])
            dst.unionrep_path = partial
        try:
            if progress is None:
                src.backup(dst)
            else:
                src.backup(dst, pages=256, progress=lambda status, left, total: progress(total - left, total),
                           sleep=0)
            dst.execute(f"PRAGMA journal_mode = {journal}")
            problems = [r[0] for r in dst.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise DatabaseError("damaged", dest, "; ".join(map(str, problems[:3])))
        finally:
            dst.close()
        rename_into_place(partial, dest)
    except BaseException:
        remove_with_sidecars(partial)
        raise
    secure_files(dest)
    return dest


@contextlib.contextmanager
def _source(db_or_path: Any, passphrase: str | None, prompt: crypto.Prompt | None) -> Any:
    if isinstance(db_or_path, (str, Path)):
        # An ordinary connection (no migrations, journal mode untouched): the last one to close
        # tidies the WAL away, as the app's own would.
        conn = open_connection(Path(db_or_path), passphrase=passphrase, prompt=prompt, remember=False,
                               wal=False)
        try:
            yield conn
        finally:
            conn.close()
    else:
        yield raw(db_or_path)


@reports_file_errors
def backup(db_or_path: Any, dest: Path | str | None = None, *, reason: str = "manual",
           passphrase: str | None = None, prompt: crypto.Prompt | None = None,
           progress: Progress | None = None, force: bool = False) -> Path:
    """Back up an open database (sqlite_utils.Database or connection) or the file at a path.

    `dest` None: a new file in the backups folder. A `dest` given is checked by
    unionrep.files.check_target: never the database or its files, an existing file only with
    `force`. Returns the backup's path. The source may be in use by the app meanwhile: the backup
    API copies one consistent snapshot.
    """
    if reason not in REASONS:
        raise ValidationError("reason", "must be one of {choices}", choices=", ".join(REASONS))
    with _source(db_or_path, passphrase, prompt) as src:
        db_path = database_path(src)
        if db_path is None:
            raise ValidationError("backup", "an in-memory database has no file to back up")
        if dest is None:
            ensure_backups_dir(db_path)
            target = backup_path(db_path, reason)
        else:
            target = check_target(dest, db_path, force=force, field="FILE")
        return copy_database(src, target, progress=progress, replace=force)


# -- automatic backups --------------------------------------------------------------------------


def backup_keep(db: Any) -> int:
    """How many automatic backups to keep: the meta setting `backup_keep` (default 10)."""
    rows = raw(db).execute("SELECT value FROM meta WHERE key = ?", [BACKUP_KEEP_KEY]).fetchall()
    try:
        keep = int(rows[0][0]) if rows else DEFAULT_KEEP
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return keep if 1 <= keep <= MAX_KEEP else DEFAULT_KEEP


def parse_keep(text: str | int) -> int:
    try:
        keep = int(text)
    except (TypeError, ValueError):
        raise ValidationError("keep", "{text!r} is not a whole number", text=text) from None
    if not 1 <= keep <= MAX_KEEP:
        raise ValidationError("keep", "must be between {low} and {high}", low=1, high=MAX_KEEP)
    return keep


@reports_file_errors
def set_backup_keep(db: sqlite_utils.Database, keep: str | int) -> int:
    """Store the number of automatic backups to keep (audited, through Store)."""
    value = parse_keep(keep)
    Store(db).set_meta(BACKUP_KEEP_KEY, str(value))
    return value


def _fingerprint(conn: Any) -> tuple[Any, ...]:
    """Changes since a backup: every write is audited, so the audit trail's size and last time."""
    c = raw(conn)
    audit = c.execute("SELECT count(*), max(at) FROM audit").fetchone()
    version = c.execute("SELECT count(*) FROM _migrations").fetchone()
    return (tuple(audit), tuple(version))


def _unchanged_since(conn: Any, backup_file: Path, keyring_for: Path) -> bool:
    try:
        with _readonly(backup_file, key_of(conn), keyring_for) as old:
            return _fingerprint(old) == _fingerprint(conn)
    except DatabaseError:
        return False
    except DB_ERRORS:
        return False


@contextlib.contextmanager
def _readonly(path: Path, passphrase: str | None, keyring_for: Path | None,
              prompt: crypto.Prompt | None = None) -> Any:
    with open_readonly(path, passphrase=passphrase, prompt=prompt or crypto.no_prompt,
                       keyring_for=keyring_for) as conn:
        yield conn


def rotate(db_path: Path | str, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep`; manual ones are never deleted."""
    auto = [b for b in list_backups(Path(db_path)) if b.automatic]
    removed = []
    for old in auto[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


@reports_file_errors
def auto_backup(db_or_path: Any, keep: int | None = None, reason: str = "start", *,
                passphrase: str | None = None, prompt: crypto.Prompt | None = None,
                now: dt.datetime | None = None) -> Path | None:
    """The app's automatic backup: at the first start of each day (reason "start") and on close
    (reason "close", skipped when nothing changed since the newest backup). Keeps the newest
    `keep` automatic backups (default: the meta setting backup_keep, else 10). Returns the new
    backup, or None when none was needed.
    """
    if reason not in AUTO_REASONS:
        raise ValidationError("reason", "must be one of {choices}", choices=", ".join(AUTO_REASONS))
    when = now or dt.datetime.now()
    with _source(db_or_path, passphrase, prompt) as src:
        db_path = database_path(src)
        if db_path is None:
            return None
        count = keep if keep is not None else backup_keep(src)
        existing = list_backups(db_path)
        if reason == "start" and any(b.made_at.date() == when.date() for b in existing):
            return None
        if reason == "close" and existing and _unchanged_since(src, existing[0].path, db_path):
            return None
        ensure_backups_dir(db_path)
        made = copy_database(src, backup_path(db_path, reason, when))
    rotate(db_path, parse_keep(count))
    return made


# -- validating and restoring -------------------------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    schema_version: int
    encrypted: bool
    passphrase: str | None  # the passphrase that opened it (None: plain)


@reports_file_errors
def validate_backup(backup_file: Path | str, *, db_path: Path | str | None = None,
                    passphrase: str | None = None, prompt: crypto.Prompt | None = None) -> BackupCheck:
    """Open a backup read-only and make sure it is a whole unionrep database this app can open:
    integrity_check, foreign_key_check and (encrypted) the HMAC of every page. Raises
    DatabaseError (or ValidationError for a missing file) saying what is wrong."""
    target = Path(backup_file).expanduser()
    if not target.is_file():
        raise ValidationError("FILE", "no backup file at {path}", path=target)
    owner = Path(db_path) if db_path is not None else target
    with _readonly(target, passphrase, owner, prompt) as conn:
        check_unionrep(database(conn), target)
        report = check_connection(conn)
        if not report.ok:
            raise DatabaseError("damaged", target, "; ".join(report.problems()[:3]))
        if report.schema_version == 0:
            raise DatabaseError("not_unionrep", target, "it is empty")
        return BackupCheck(target, report.schema_version, report.encrypted, key_of(conn))


def newest_good_backup(db_path: Path | str, *, passphrase: str | None = None) -> Path | None:
    """The newest backup of `db_path` that validates with the known passphrase (the argument,
    UNIONREP_PASSPHRASE or the keyring); None if there is none. Never prompts."""
    for info in list_backups(Path(db_path)):
        try:
            validate_backup(info.path, db_path=db_path, passphrase=passphrase, prompt=crypto.no_prompt)
        except (DatabaseError, ValidationError):
            continue
        return info.path
    return None


def _keep_aside(db_path: Path, label: str) -> Path | None:
    """Keep the current database as `<name>.<label>-<timestamp>` (its WAL/SHM files with it) while
    the path still holds it: a hard link where the file system has them, else a copy."""

    if not db_path.exists():
        return None
    aside = aside_path(db_path, label)
    try:
        os.link(db_path, aside)
    except OSError:
        shutil.copy2(db_path, aside)
        fsync_file(aside)
    for side, new_side in zip(sidecars(db_path), sidecars(aside), strict=True):
        if side.exists():
            os.replace(side, new_side)
    fsync_dir(db_path.parent)
    return aside


def _install(db_path: Path, checked: BackupCheck, label: str, progress: Progress | None) -> Path | None:
    """Put the backup in the database's place in one step: it is copied beside the database as
    `<name>.restoring-<timestamp>`, migrated and closed, the current database is kept aside, and the
    copy is renamed over the database. At every instant the path holds the old database or the
    restored one; a kill leaves at most the copy and the kept file beside it."""

    staged = aside_path(db_path, RESTORING)
    try:
        with _readonly(checked.path, checked.passphrase, db_path) as src:
            copy_database(src, staged, journal="WAL", progress=progress)
        db = connect(staged, passphrase=checked.passphrase, prompt=crypto.no_prompt)  # migrates
        db.conn.close()
        aside = _keep_aside(db_path, label)
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        remove_with_sidecars(staged)
        raise
    secure_files(db_path)
    if checked.passphrase is not None and crypto.keyring_get(db_path) not in (None, checked.passphrase):
        crypto.keyring_set(db_path, checked.passphrase)
    return aside


@reports_file_errors
def restore(db_path: Path | str, backup_file: Path | str, *, passphrase: str | None = None,
            prompt: crypto.Prompt | None = None, progress: Progress | None = None) -> Path | None:
    """Replace the database with a validated backup. The current database is kept aside, renamed
    `<name>.before-restore-<timestamp>` beside it; returns that path (None if there was none).

    Refuses (DatabaseError "in_use") while the app or another command has the database open.
    """
    target = Path(db_path).expanduser()
    source = Path(backup_file).expanduser()
    if source.exists() and target.exists() and source.resolve() == target.resolve():
        raise ValidationError("FILE", "is the database itself; choose a backup")
    checked = validate_backup(source, db_path=target, passphrase=passphrase, prompt=prompt)
    if target.exists():
        _claim_if_openable(target, [passphrase, checked.passphrase])
    return _install(target, checked, BEFORE_RESTORE, progress)


def _claim_if_openable(target: Path, keys: list[str | None]) -> None:
    """claim_exclusive() with each key in turn; a file no key opens (damaged, another passphrase)
    is left as it is, to be moved aside untouched."""
    tried: list[str | None] = []
    for key in keys:
        if key in tried:
            continue
        tried.append(key)
        try:
            claim_exclusive(target, passphrase=key, prompt=crypto.no_prompt)
            return
        except DatabaseError as exc:
            if exc.kind == "in_use":
                raise


@reports_file_errors
def recover_from_backup(db_path: Path | str, backup_file: Path | str, *, passphrase: str | None = None,
                        prompt: crypto.Prompt | None = None,
                        progress: Progress | None = None) -> Path | None:
    """For a damaged database: move it aside UNTOUCHED, renamed `<name>.damaged-<timestamp>` (its
    WAL/SHM files with it), and restore `backup_file` in its place. Returns the damaged file's
    new path (None if there was no file)."""
    target = Path(db_path).expanduser()
    checked = validate_backup(Path(backup_file).expanduser(), db_path=target, passphrase=passphrase,
                              prompt=prompt)
    return _install(target, checked, "damaged", progress)


def make_private_backups(db_path: Path | str) -> None:
    """Tighten the backups folder (0700) and every backup in it (0600)."""
    folder = backups_dir(Path(db_path))
    if folder.is_dir():
        ensure_backups_dir(Path(db_path))
        for info in list_backups(Path(db_path)):
            make_private(info.path)
