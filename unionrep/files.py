"""Writing the files the app makes (bundles, spreadsheets, calendars, documents, backups): one check
of where a file may go, and one writer that never leaves half a file.

check_target() refuses, even when asked to replace a file, the database itself, the files SQLite and
the app keep beside it (WAL, shared memory, journal, lock) and anything in its backups folder: an
export that lands on one of those destroys the data it was made from. It refuses any other existing
file unless `force` is given. write_file() then writes through a private (0600) temporary file beside
the target, fsyncs it and renames it into place, so a reader sees the old file or the new one, never
part of either.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.paths import SIDECAR_SUFFIXES, backups_dir, fsync_dir, make_private

LOCK_SUFFIX = ".lock"
BESIDE_DB = (*SIDECAR_SUFFIXES, LOCK_SUFFIX)


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.expanduser().absolute()


def _same_file(a: Path, b: Path) -> bool:
    """The same file by name, or by identity (a hard link or a symlink to it)."""
    if _resolved(a) == _resolved(b):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def protected_rule(path: Path, db_path: Path | None) -> ValidationError | None:
    """Why `path` must never be written over, whatever the user asks; None if it may be."""
    if db_path is None:
        return None
    db_path = Path(db_path)
    if _same_file(path, db_path):
        return ValidationError("file", "{path} is the database itself; choose another file", path=path)
    for suffix in BESIDE_DB:
        if _same_file(path, Path(str(db_path) + suffix)):
            return ValidationError("file", "{path} is the database's {suffix} file; choose another file",
                                   path=path, suffix=suffix)
    folder = _resolved(backups_dir(db_path))
    target = _resolved(path)
    if target == folder or folder in target.parents:
        return ValidationError("file", "{path} is in the database's backups folder {folder}; choose "
                                       "another folder", path=path, folder=folder)
    return None


def check_target(path: Path | str, db_path: Path | str | None, *, force: bool,
                 field: str = "file") -> Path:
    """The file `path` if a command may write it, else a ValidationError naming `field` and the rule:
    never the database or a file that belongs to it, never a folder, and an existing file only with
    `force`."""
    target = Path(path).expanduser()
    refused = protected_rule(target, None if db_path is None else Path(db_path))
    if refused is not None:
        raise refused.for_field(field)
    try:
        if target.is_dir():
            raise ValidationError(field, "{path} is a folder", path=target)
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir():
            raise ValidationError(field, "no such folder: {folder}", folder=folder)
        if (target.exists() or target.is_symlink()) and not force:
            raise ValidationError(field, "{path} already exists; add --force to replace it", path=target)
    except OSError as exc:
        raise ValidationError(field, "cannot use {text!r}: {reason}", text=str(path),
                              reason=exc.strerror or exc) from None
    return target


def write_file(path: Path | str, data: bytes, *, db_path: Path | str | None, force: bool,
               field: str = "file") -> Path:
    """check_target(), then write `data` whole to `path` (private, through a temporary file)."""
    target = check_target(path, db_path, force=force, field=field)
    place(stage(target, data), target)
    return target


def stage(path: Path, data: bytes) -> Path:
    """Write `data` to a private temporary file beside `path` (on disk when this returns), for
    place() to rename into `path`; the caller removes it if it is not placed."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UnionrepError("cannot write {path}: {reason}", path=path, reason=exc.strerror or exc) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        make_private(Path(temp))
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise UnionrepError("cannot write {path}: {reason}", path=path, reason=exc.strerror or exc) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def place(temp: Path, path: Path) -> None:
    """Rename the staged file `temp` to `path`, all at once, and make the rename durable."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        os.replace(temp, path)
        fsync_dir(folder)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UnionrepError("cannot write {path}: {reason}", path=path, reason=exc.strerror or exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
