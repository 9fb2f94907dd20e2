"""Is the database whole? SQLite's integrity and foreign-key checks, and a diagnosis of a file that
will not open (damaged, wrong passphrase, not a unionrep database, newer than this app).

Every function here opens the file read-only: a damaged database stays byte-identical, so it can
still be sent for repair or rescued later. The one write is SQLite's own recovery: a transaction a
killed process left half done in `<name>-journal` is rolled back first, as any ordinary open would.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionrep.i18n import say
from unionrep.store import crypto, held_files
from unionrep.store.backup_names import list_backups
from unionrep.store.connection import check_unionrep, open_connection
from unionrep.store.dbapi import database, database_path, is_encrypted, raw
from unionrep.store.errors import DatabaseError, as_database_error, explain, file_error, reports_file_errors
from unionrep.store.leftovers import changing_mark
from unionrep.store.schema_totals import TOTALS_MISMATCH_SQL

OK = "ok"
# Diagnosis.status: OK, or one of DatabaseError's kinds (store.* in the catalogue): missing,
# damaged, wrong_passphrase, no_passphrase, not_unionrep, newer_schema, needs_sqlcipher, in_use,
# unreadable, io_error...


@dataclass
class CheckReport:
    """What `unionrep-cli check` reports: SQLite's integrity_check and foreign_key_check."""

    path: Path | None
    integrity: list[str]  # problems integrity_check found (empty: none)
    foreign_keys: list[dict[str, Any]]  # rows that point at a missing parent
    schema_version: int
    encrypted: bool
    cipher: list[str] = field(default_factory=list)  # pages whose HMAC fails (SQLCipher)
    totals: list[str] = field(default_factory=list)  # reps whose year_totals differ from their entries

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.cipher or self.totals)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "integrity": self.integrity, "foreign_keys": self.foreign_keys,
            "schema_version": self.schema_version, "encrypted": self.encrypted,
            "cipher": self.cipher, "totals": self.totals,
            "path": None if self.path is None else str(self.path),
        }

    def problems(self) -> list[str]:
        lines = list(self.integrity) + list(self.cipher)
        lines += [f"{fk['table']} row {fk['rowid']}: {fk['parent']} has no such row"
                  for fk in self.foreign_keys]
        lines += [f"year_totals of rep {rep_id} differ from the rep's entries" for rep_id in self.totals]
        return lines


@dataclass
class Diagnosis:
    """What is wrong with a database file, if anything, for the recovery screen."""

    path: Path
    status: str
    detail: str = ""  # SQLite's own words, or the problems a check found
    encrypted: bool | None = None
    schema_version: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == OK

    def message(self, lang: str | None = None) -> str:
        """One sentence for the user: what happened and what to do."""
        if self.ok:
            return say("store.ok", lang, path=self.path)
        return explain(self.status, self.path, self.detail, lang)

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "status": self.status, "ok": self.ok, "detail": self.detail,
                "encrypted": self.encrypted, "schema_version": self.schema_version,
                "problems": self.problems, "message": self.message()}


# -- checks on an open connection ----------------------------------------------------------------


def integrity_problems(conn: Any, *, quick: bool = False) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [str(r[0]) for r in raw(conn).execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(conn: Any) -> list[dict[str, Any]]:
    return [{"table": r[0], "rowid": r[1], "parent": r[2], "fkid": r[3]}
            for r in raw(conn).execute("PRAGMA foreign_key_check").fetchall()]


def cipher_problems(conn: Any) -> list[str]:
    """SQLCipher's page-by-page HMAC check (empty for a plain database)."""
    if not is_encrypted(conn):
        return []
    return [str(r[0]) for r in raw(conn).execute("PRAGMA cipher_integrity_check").fetchall()]


def _schema_version(conn: Any) -> int:
    c = raw(conn)
    if not c.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='_migrations'").fetchall():
        return 0
    return int(c.execute("SELECT count(*) FROM _migrations").fetchone()[0])


def totals_problems(conn: Any) -> list[str]:
    """The reps whose derived year totals no longer agree with their entries."""
    c = raw(conn)
    if not c.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='year_totals'").fetchall():
        return []
    return sorted(str(r[0]) for r in c.execute(TOTALS_MISMATCH_SQL, {"rep_id": None}).fetchall())


def check_connection(conn: Any) -> CheckReport:
    """The full check of an open database (the app may run it on its own connection)."""
    integrity = integrity_problems(conn)
    return CheckReport(
        path=database_path(conn), integrity=integrity,
        foreign_keys=foreign_key_problems(conn), schema_version=_schema_version(conn),
        encrypted=is_encrypted(conn), cipher=cipher_problems(conn),
        # totals are only worth comparing in a file whose pages are sound
        totals=[] if integrity else totals_problems(conn),
    )


@contextlib.contextmanager
def open_readonly(path: Path | str, *, passphrase: str | None = None,
                  prompt: crypto.Prompt | None = None,
                  keyring_for: Path | str | None = None) -> Iterator[Any]:
    """A read-only connection to `path` that writes nothing to the file; closed afterwards.

    (SQLite may leave empty WAL/SHM files beside a WAL database opened read-only; they are never
    removed here, since another connection may have opened them meanwhile.)
    """
    conn = open_connection(Path(path), passphrase=passphrase, prompt=prompt, readonly=True,
                           keyring_for=keyring_for, remember=False)
    try:
        yield conn
    finally:
        conn.close()


def roll_back_hot_journal(path: Path, *, passphrase: str | None = None,
                          prompt: crypto.Prompt | None = None) -> bool:
    """Roll back the transaction a killed process left in `<name>-journal`, as SQLite does at the
    next ordinary open; a read-only open cannot, and would take the file for read-only. Only the
    half-done transaction is undone: the file is then as it was before that transaction began.
    True if there was a journal to roll back and it was."""
    journal = Path(str(path) + "-journal")
    try:
        if not journal.is_file() or journal.stat().st_size == 0:
            return False
        conn = open_connection(path, passphrase=passphrase, prompt=prompt or crypto.no_prompt,
                               remember=False, wal=False)
    except (DatabaseError, OSError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception:
        return False
    finally:
        conn.close()
    return not journal.exists() or journal.stat().st_size == 0


@reports_file_errors
def check(db_or_path: Any, *, passphrase: str | None = None,
          prompt: crypto.Prompt | None = None) -> CheckReport:
    """integrity_check and foreign_key_check of an open database or of the file at a path
    (opened read-only, after rolling back a transaction a killed process left half done). Raises
    DatabaseError if the file cannot be opened at all."""
    if isinstance(db_or_path, (str, Path)):
        target = Path(db_or_path)
        roll_back_hot_journal(target, passphrase=passphrase, prompt=prompt)
        with open_readonly(target, passphrase=passphrase, prompt=prompt) as conn:
            return _checked(conn, target)
    return _checked(raw(db_or_path), database_path(db_or_path))


def _checked(conn: Any, path: Path | None) -> CheckReport:
    try:
        return check_connection(conn)
    except DatabaseError as exc:
        if exc.kind != "damaged":
            raise
        # So damaged that the check itself stopped: that is the report.
        return CheckReport(path=path, integrity=[exc.detail], foreign_keys=[],
                           schema_version=0, encrypted=is_encrypted(conn))


# -- diagnosis ----------------------------------------------------------------------------------


def diagnose(path: Path | str, *, passphrase: str | None = None, prompt: crypto.Prompt | None = None,
             full: bool = True) -> Diagnosis:
    """What state the database at `path` is in: ok, or what is wrong (Diagnosis.status).

    `full` runs integrity_check, foreign_key_check and SQLCipher's HMAC check; otherwise only
    quick_check (what the app runs at start). Never asks for a passphrase unless given a
    `prompt`; never writes to the file.
    """
    target = Path(path)
    try:
        kind = crypto.file_kind(target)
    except OSError as exc:
        return Diagnosis(target, file_error(exc, target).kind, exc.strerror or str(exc))
    if kind == "missing":
        return Diagnosis(target, "missing")
    encrypted = kind == "encrypted"
    roll_back_hot_journal(target, passphrase=passphrase, prompt=prompt)
    try:
        with open_readonly(target, passphrase=passphrase, prompt=prompt or crypto.no_prompt) as conn:
            return _diagnose_open(conn, target, full)
    except DatabaseError as exc:
        status = exc.kind
        detail = exc.detail
        if status == "wrong_passphrase" and encrypted:
            status, detail = _wrong_or_damaged(target, passphrase, exc.detail)
        elif status in ("needs_sqlcipher", "no_passphrase") and _plain_with_broken_header(target):
            status, detail = "damaged", "the file header is overwritten"
        return Diagnosis(target, status, detail, encrypted=encrypted if status != "damaged" else None)


def quick_check(path: Path | str, *, passphrase: str | None = None,
                prompt: crypto.Prompt | None = None) -> Diagnosis:
    """The check the app runs at start: opens the file read-only and runs PRAGMA quick_check."""
    return diagnose(path, passphrase=passphrase, prompt=prompt, full=False)


def _diagnose_open(conn: Any, path: Path, full: bool) -> Diagnosis:
    encrypted = is_encrypted(conn)
    try:
        check_unionrep(database(conn), path)
        version = _schema_version(conn)
        if full:
            report = check_connection(conn)
            problems = report.problems()
        else:
            # SQLCipher checks a page's HMAC when it reads it, but a damaged overflow page can read
            # back as zeros without an error: the HMAC of every page catches that too.
            problems = cipher_problems(conn) + integrity_problems(conn, quick=True)
    except DatabaseError as exc:
        return Diagnosis(path, exc.kind, exc.detail, encrypted=encrypted)
    except Exception as exc:
        translated = as_database_error(exc, path)
        if translated is None:
            raise
        return Diagnosis(path, translated.kind, translated.detail, encrypted=encrypted)
    if problems:
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        return Diagnosis(path, "damaged", shown, encrypted=encrypted, schema_version=version,
                         problems=problems)
    return Diagnosis(path, OK, encrypted=encrypted, schema_version=version)


def _plain_with_broken_header(path: Path) -> bool:
    """A plain SQLite file whose first 16 bytes were overwritten still has SQLite's fixed bytes at
    offsets 21–23 (64, 32, 32); in an SQLCipher file those bytes are ciphertext."""
    try:
        head = held_files.read_head(path, 100)
    except OSError:
        return False
    return len(head) == 100 and head[21:24] == bytes((64, 32, 32))


def _wrong_or_damaged(path: Path, passphrase: str | None, detail: str) -> tuple[str, str]:
    """A key that does not open page 1 is a wrong passphrase, unless the same key opens the newest
    backup of this database (made under the database's passphrase of the moment): then page 1 itself
    is damaged. Never while a passphrase change is unfinished: then the database and its backups may
    be under different passphrases."""
    if _plain_with_broken_header(path):
        return "damaged", "the file header is overwritten"
    if changing_mark(path).exists():
        return "wrong_passphrase", detail
    keys = [k for k in (passphrase, crypto.env_passphrase(), crypto.keyring_get(path)) if k]
    for backup in _backup_files(path)[:1]:
        for key in keys:
            try:
                with open_readonly(backup, passphrase=key, prompt=crypto.no_prompt):
                    return "damaged", ("its first page cannot be decrypted, although the passphrase "
                                       "opens its backups")
            except DatabaseError:
                continue
    return "wrong_passphrase", detail


def _backup_files(path: Path) -> list[Path]:
    return [b.path for b in list_backups(path)]
