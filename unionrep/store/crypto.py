"""Encryption at rest: SQLCipher through sqlcipher3, the key from the OS keyring, the environment
(UNIONREP_PASSPHRASE) or a prompt.

A plain SQLite file starts with b"SQLite format 3\\0"; an SQLCipher file starts with its random
salt, so the first 16 bytes tell the two apart without a key. Passphrases go through SQLCipher's
own key derivation (PBKDF2-HMAC-SHA512, SQLCipher 4 defaults), so the files open with the standard
`sqlcipher` tool and the same passphrase.

Where a keyring serves, it keeps each database's passphrase under the service "unionrep" and the
database's absolute path. Where none serves (a headless Linux), the passphrase comes from
UNIONREP_PASSPHRASE or from a prompt: getpass on a terminal, or a callback the GUI installs with
set_default_prompt().
"""

from __future__ import annotations

import getpass
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from unionrep.core.errors import ValidationError
from unionrep.i18n import say

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_PASSPHRASE = "UNIONREP_PASSPHRASE"
ENV_PLAIN = "UNIONREP_PLAIN"
ENV_NO_KEYRING = "UNIONREP_NO_KEYRING"
KEYRING_SERVICE = "unionrep"
MIN_NEW_PASSPHRASE = 8

FileKind = Literal["missing", "empty", "plain", "encrypted"]
Purpose = Literal["open", "create", "new"]  # open a file; choose one for a new file; replace one


@cache
def cipher_module() -> ModuleType | None:
    """sqlcipher3's DB-API module, or None where it cannot be imported on this platform."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    module: ModuleType = dbapi2
    return module


def sqlcipher_available() -> bool:
    return cipher_module() is not None


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def plain_requested() -> bool:
    """The explicit opt-out from encryption for new databases (UNIONREP_PLAIN=1)."""
    return _truthy(os.environ.get(ENV_PLAIN))


def encrypt_by_default() -> bool:
    """New databases are encrypted unless UNIONREP_PLAIN=1 opts out."""
    return not plain_requested()


def file_kind(path: Path) -> FileKind:
    """What the first bytes say: no file, an empty file, plain SQLite, or anything else (which is
    an SQLCipher database, or not a database at all: only a key can tell)."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "missing"
    if not head:
        return "empty"
    return "plain" if head == SQLITE_HEADER else "encrypted"


# -- the passphrase -----------------------------------------------------------------------------


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase chosen for a new or re-keyed database: long enough, and one SQLCipher takes."""
    validate_passphrase(passphrase)
    if len(passphrase) < MIN_NEW_PASSPHRASE:
        raise ValidationError("passphrase", "must be at least {n} characters", n=MIN_NEW_PASSPHRASE)
    return passphrase


def validate_passphrase(passphrase: str) -> str:
    if not passphrase:
        raise ValidationError("passphrase", "must not be empty")
    if "\x00" in passphrase:
        raise ValidationError("passphrase", "must not contain a NUL character")
    return passphrase


def key_pragma(passphrase: str, pragma: str = "key") -> str:
    """`PRAGMA key = '...'` with the passphrase quoted as an SQL string (pragmas take no
    parameters)."""
    validate_passphrase(passphrase)
    return f"PRAGMA {pragma} = '" + passphrase.replace("'", "''") + "'"


def generate_passphrase() -> str:
    """A random passphrase for a database whose key only the keyring keeps (256 bits)."""
    return secrets.token_urlsafe(32)


def env_passphrase() -> str | None:
    value = os.environ.get(ENV_PASSPHRASE)
    return value if value else None


# -- the OS keyring -----------------------------------------------------------------------------


def _keyring() -> Any | None:
    if _truthy(os.environ.get(ENV_NO_KEYRING)):
        return None
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # a broken backend must never stop the app opening its data
        return None
    # keyring's "fail" backend has priority 0 and its "null" backend -1: neither keeps anything.
    return keyring if priority > 0 else None


def keyring_usable() -> bool:
    """Whether an OS keyring serves here (never on a headless Linux without a Secret Service)."""
    return _keyring() is not None


def keyring_name(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def keyring_get(db_path: Path) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        value = kr.get_password(KEYRING_SERVICE, keyring_name(db_path))
    except Exception:
        return None
    return str(value) if value else None


def keyring_set(db_path: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keyring; False if no keyring serves or it refused."""
    kr = _keyring()
    if kr is None:
        return False
    try:
        kr.set_password(KEYRING_SERVICE, keyring_name(db_path), passphrase)
    except Exception:
        return False
    return keyring_get(db_path) == passphrase


def keyring_forget(db_path: Path) -> None:
    kr = _keyring()
    if kr is None:
        return
    try:
        kr.delete_password(KEYRING_SERVICE, keyring_name(db_path))
    except Exception:
        return


# -- prompts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PassphraseRequest:
    """What a prompt is asked for.

    purpose "open": the passphrase of an existing file; "create": choose one for a new database
    (ask twice; returning None lets the keyring keep a generated key where one serves); "new": the
    replacement passphrase when changing it. `error` says why the last attempt failed.
    """

    path: Path
    purpose: Purpose
    attempt: int = 1
    error: str = ""
    keyring: bool = False  # a keyring serves, so "create" may return None for a generated key


Prompt = Callable[[PassphraseRequest], "str | None"]


def _prompt_text(key: str, **params: Any) -> str:
    return say(f"store.prompt.{key}", **params)


def terminal_prompt(request: PassphraseRequest) -> str | None:
    """Ask on the terminal with getpass; None where there is no terminal to ask on."""
    try:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        interactive = False
    if not interactive:
        return None
    if request.error:
        print(request.error, file=sys.stderr)
    try:
        if request.purpose == "open":
            return getpass.getpass(_prompt_text("open", path=request.path), stream=sys.stderr) or None
        key = "create_keyring" if request.purpose == "create" and request.keyring else request.purpose
        first = getpass.getpass(_prompt_text(key, path=request.path, n=MIN_NEW_PASSPHRASE), stream=sys.stderr)
        if not first:
            return None
        second = getpass.getpass(_prompt_text("again"), stream=sys.stderr)
    except EOFError:
        return None
    if first != second:
        raise ValidationError("passphrase", "the two passphrases differ")
    return first


_default_prompt: Prompt = terminal_prompt


def set_default_prompt(prompt: Prompt | None) -> None:
    """Install the prompt used when connect() is given none (the GUI's dialog); None restores
    the terminal prompt."""
    global _default_prompt
    _default_prompt = prompt if prompt is not None else terminal_prompt


def default_prompt() -> Prompt:
    return _default_prompt


def no_prompt(request: PassphraseRequest) -> str | None:
    """A prompt that never asks (scripts, tests, background work)."""
    return None


# -- encrypting and re-keying ---------------------------------------------------------------------

ENV_NEW_PASSPHRASE = "UNIONREP_NEW_PASSPHRASE"


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    backups: list[Path]  # backups that were plain and are now encrypted too
    kept_in_keyring: bool


def _export_encrypted(source: Path, dest: Path, passphrase: str) -> None:
    """sqlcipher_export() of the plain database `source` into the new file `dest`, encrypted."""
    from unionrep.paths import create_private_file

    module = cipher_module()
    assert module is not None
    create_private_file(dest)
    conn = module.connect(str(source), isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(dest), passphrase))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def _table_counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _verify_copy(original: Path, copy: Path, passphrase: str) -> None:
    """The encrypted copy opens with the passphrase, is whole and holds every row."""
    from unionrep.store.connection import DatabaseError
    from unionrep.store.health import check_connection, open_readonly

    with open_readonly(original, prompt=no_prompt) as before, \
            open_readonly(copy, passphrase=passphrase, prompt=no_prompt) as after:
        report = check_connection(after)
        if not report.ok:
            raise DatabaseError("damaged", copy, "; ".join(report.problems()[:3]))
        if not after.unionrep_encrypted:
            raise DatabaseError("sqlite", copy, "the copy is not encrypted")
        if _table_counts(before) != _table_counts(after):
            raise DatabaseError("sqlite", copy, "the encrypted copy does not hold every row")


def _encrypt_file(path: Path, passphrase: str, *, journal: str) -> None:
    """Replace the plain file `path` by an encrypted copy: export, verify, atomic rename. The
    original stays aside until the copy is verified in its place, then it is deleted."""
    from unionrep.paths import aside_path, fsync_dir, sidecars
    from unionrep.store.connection import DatabaseError, secure_files

    temp = Path(str(path) + ".encrypting")
    for leftover in [temp, *sidecars(temp)]:
        leftover.unlink(missing_ok=True)
    try:
        _export_encrypted(path, temp, passphrase)
        _verify_copy(path, temp, passphrase)
        if journal != "DELETE":
            module = cipher_module()
            assert module is not None
            conn = module.connect(str(temp), isolation_level=None)
            conn.execute(key_pragma(passphrase))
            conn.execute(f"PRAGMA journal_mode = {journal}")
            conn.close()
    except BaseException:
        for leftover in [temp, *sidecars(temp)]:
            leftover.unlink(missing_ok=True)
        raise
    original = aside_path(path, "plain")
    os.replace(path, original)
    os.replace(temp, path)
    fsync_dir(path.parent)
    try:
        if file_kind(path) != "encrypted":
            raise DatabaseError("sqlite", path, "the file in place is not encrypted")
        _verify_copy(original, path, passphrase)
    except BaseException:
        os.replace(original, path)
        fsync_dir(path.parent)
        raise
    original.unlink()
    for side in sidecars(original):
        side.unlink(missing_ok=True)
    secure_files(path)


def encrypt_database(path: Path | str, *, passphrase: str | None = None,
                     prompt: Prompt | None = None, backups: bool = True) -> EncryptResult:
    """Encrypt the plain database at `path` in place (see _encrypt_database)."""
    from unionrep.store.connection import file_error

    try:
        return _encrypt_database(path, passphrase=passphrase, prompt=prompt, backups=backups)
    except OSError as exc:
        raise file_error(exc, path) from exc


def _encrypt_database(path: Path | str, *, passphrase: str | None,
                      prompt: Prompt | None, backups: bool) -> EncryptResult:
    """Encrypt the plain database at `path` in place, safely: sqlcipher_export into a new file,
    verify it (integrity and every table's row count), then an atomic rename, keeping the
    original aside until the encrypted file is verified in its place. With `backups`, every plain
    backup in the backups folder is encrypted the same way.

    The passphrase: `passphrase`, else UNIONREP_PASSPHRASE, else the prompt (purpose "create"),
    else a generated key kept in the keyring where one serves.
    """
    from unionrep.store.backup import list_backups
    from unionrep.store.connection import DatabaseError, _new_passphrase, claim_exclusive

    target = Path(path).expanduser()
    kind = file_kind(target)
    if kind == "missing":
        raise DatabaseError("missing", target)
    if kind == "encrypted":
        raise ValidationError("encrypt", "{path} is already encrypted", path=target)
    if kind == "empty":
        raise ValidationError("encrypt", "{path} is empty; 'unionrep-cli init' makes an encrypted one",
                              path=target)
    if cipher_module() is None:
        raise DatabaseError("needs_sqlcipher", target)
    had_key = keyring_get(target)
    chosen, keep = _new_passphrase(target, passphrase, prompt or default_prompt(), target)
    try:
        claim_exclusive(target)  # checkpoints the WAL; refuses while the app has it open
    except BaseException:
        if had_key is None and keyring_get(target) == chosen:
            keyring_forget(target)  # a generated key for a file that stayed plain
        raise
    _encrypt_file(target, chosen, journal="WAL")
    kept = keyring_set(target, chosen) if keep else keyring_get(target) == chosen
    done: list[Path] = []
    if backups:
        for info in list_backups(target):
            if file_kind(info.path) == "plain":
                _encrypt_file(info.path, chosen, journal="DELETE")
                done.append(info.path)
    return EncryptResult(target, done, kept)


def _rekey_file(path: Path, old: str, new: str) -> bool:
    """PRAGMA rekey on one file in rollback-journal mode (so a crash leaves the old key intact).
    False if `old` does not open it."""
    from unionrep.store.connection import _try_key

    module = cipher_module()
    assert module is not None
    conn = _try_key(module, path, old, False)
    if conn is None:
        return False
    try:
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(key_pragma(new, "rekey"))
        if mode == "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return True


def change_passphrase(path: Path | str, *, old: str | None = None, new: str | None = None,
                      prompt: Prompt | None = None, backups: bool = True) -> list[Path]:
    """Change an encrypted database's passphrase (see _change_passphrase)."""
    from unionrep.store.connection import file_error

    try:
        return _change_passphrase(path, old=old, new=new, prompt=prompt, backups=backups)
    except OSError as exc:
        raise file_error(exc, path) from exc


def _change_passphrase(path: Path | str, *, old: str | None, new: str | None,
                       prompt: Prompt | None, backups: bool) -> list[Path]:
    """Change an encrypted database's passphrase (PRAGMA rekey), and its backups' that open with
    the old one. The old passphrase: `old`, else UNIONREP_PASSPHRASE, the keyring or the prompt;
    the new one: `new`, else UNIONREP_NEW_PASSPHRASE, else the prompt (purpose "new"). Refuses
    while the app has the database open. Returns the backups re-keyed too."""
    from unionrep.store.backup import list_backups
    from unionrep.store.connection import DatabaseError, claim_exclusive, connect, key_of
    from unionrep.store.health import open_readonly

    target = Path(path).expanduser()
    kind = file_kind(target)
    if kind == "missing":
        raise DatabaseError("missing", target)
    if kind != "encrypted":
        raise ValidationError("passphrase", "{path} is not encrypted; encrypt it with 'unionrep-cli encrypt'",
                              path=target)
    ask = prompt or default_prompt()
    with open_readonly(target, passphrase=old, prompt=ask) as conn:  # the old one first
        current = key_of(conn)
    assert current is not None
    chosen = new if new is not None else os.environ.get(ENV_NEW_PASSPHRASE) or None
    if chosen is None:
        chosen = ask(PassphraseRequest(target, "new", keyring=keyring_usable()))
    if chosen is None:
        raise ValidationError("passphrase", "give the new passphrase (set {env}, or run the command in a "
                                            "terminal to be asked)", env=ENV_NEW_PASSPHRASE)
    check_new_passphrase(chosen)
    claim_exclusive(target, passphrase=current, prompt=no_prompt)  # refuses while the app has it open
    if not _rekey_file(target, current, chosen):
        raise DatabaseError("wrong_passphrase", target, "the current passphrase")
    connect(target, passphrase=chosen, prompt=no_prompt, migrate=False).conn.close()
    if keyring_get(target) is not None or keyring_usable():
        keyring_set(target, chosen)
    done: list[Path] = []
    if backups:
        for info in list_backups(target):
            if file_kind(info.path) == "encrypted" and _rekey_file(info.path, current, chosen):
                done.append(info.path)
    return done
