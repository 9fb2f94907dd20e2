"""The store's one error for the file itself: DatabaseError, and the translation of whatever SQLite
(sqlite3 or sqlcipher3) or the OS says about a damaged, locked, full or unreadable file into it, with
a message (English or Welsh) saying what to do. Errors of the program (bad SQL, a constraint) are not
translated: they are not the file's fault.
"""

from __future__ import annotations

import errno
import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from unionrep.core.errors import UnionrepError
from unionrep.i18n import CATALOGUE, say
from unionrep.paths import backups_dir
from unionrep.store import crypto


def explain(kind: str, path: Path | str | None, detail: str = "", lang: str | None = None) -> str:
    """The message for a DatabaseError of `kind`, in English or Welsh."""
    key = f"store.{kind}" if f"store.{kind}" in CATALOGUE else "store.sqlite"
    where = Path(path) if path is not None else Path("?")
    return say(key, lang, path=where, detail=detail, backups=backups_dir(where))


class DatabaseError(UnionrepError):
    """The database cannot be opened or used: `kind` says why (a store.* key of the catalogue), the
    message says what to do."""

    def __init__(self, kind: str, path: Path | str | None, detail: str = "",
                 message: str | None = None) -> None:
        self.kind = kind
        self.path = None if path is None else Path(path)
        self.detail = detail
        self.message = message
        super().__init__(message or explain(kind, path, detail))

    def text(self, lang: str | None = None) -> str:
        if self.message:
            return self.message  # said already, in the caller's words
        return explain(self.kind, self.path, self.detail, lang)


# Exceptions of both DB-API modules: sqlcipher3's classes are not subclasses of sqlite3's.
def _error_classes(name: str) -> tuple[type[Exception], ...]:
    classes: list[type[Exception]] = [getattr(sqlite3, name)]
    module = crypto.cipher_module()
    if module is not None:
        classes.append(getattr(module, name))
    return tuple(classes)


DB_ERRORS: tuple[type[Exception], ...] = _error_classes("Error")
INTEGRITY_ERRORS: tuple[type[Exception], ...] = _error_classes("IntegrityError")
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = _error_classes("OperationalError")

# SQLite primary result codes (sqlite_errorcode & 0xff) and what they mean to a user.
_KIND_BY_CODE = {
    3: "read_only",  # SQLITE_PERM
    5: "in_use",  # SQLITE_BUSY
    6: "in_use",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "io_error",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "disk_full",  # SQLITE_FULL
    14: "unreadable",  # SQLITE_CANTOPEN
    26: "damaged",  # SQLITE_NOTADB
}


def error_kind(exc: BaseException) -> str | None:
    """The DatabaseError kind for an sqlite3/sqlcipher3 exception, or None for errors of the
    program (bad SQL, constraint failures) which are not the file's fault."""
    if not isinstance(exc, DB_ERRORS):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _KIND_BY_CODE:
        return _KIND_BY_CODE[code & 0xFF]
    worded = ("unsupported file format", "could not decode to utf-8")  # SQLITE_ERROR, yet damage
    if isinstance(code, int) and not any(sign in str(exc).lower() for sign in worded):
        return None
    text = str(exc).lower()
    if any(sign in text for sign in ("malformed", "not a database", "unsupported file format",
                                     "could not decode to utf-8")):
        return "damaged"
    if "locked" in text or "busy" in text:
        return "in_use"
    if "disk is full" in text or "database or disk is full" in text:
        return "disk_full"
    return None


_KIND_BY_ERRNO = {errno.ENOSPC: "disk_full", errno.EACCES: "read_only", errno.EPERM: "read_only",
                  errno.EROFS: "read_only", errno.EIO: "io_error"}


def file_error(exc: OSError, path: Path | str | None = None) -> DatabaseError:
    """An OSError about a database or backup file as a DatabaseError with a message."""
    kind = _KIND_BY_ERRNO.get(exc.errno or 0, "unreadable")
    where = exc.filename if isinstance(exc.filename, (str, Path)) else path
    return DatabaseError(kind, where, exc.strerror or str(exc))


P = ParamSpec("P")
R = TypeVar("R")


def reports_file_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn OSErrors (no space, no permission, a name too long...) into DatabaseError."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except OSError as exc:
            raise file_error(exc) from exc

    return wrapper


def as_database_error(exc: BaseException, path: Path | str | None) -> DatabaseError | None:
    """`exc` as a DatabaseError the user can act on, or None if it is not about the file."""
    if isinstance(exc, DatabaseError):
        return exc
    kind = error_kind(exc)
    if kind is None:
        return None
    return DatabaseError(kind, path, str(exc))
