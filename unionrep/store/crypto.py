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

Nothing here opens a database: this is the bottom of the store, which the connection, the health
checks and store.encryption (encrypting a file, changing its passphrase) build on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from unionrep.core.errors import ValidationError
from unionrep.i18n import say
from unionrep.store import held_files

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
        head = held_files.read_head(path, len(SQLITE_HEADER))
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
    import secrets  # loads OpenSSL: only when a key is made, never at start

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
    import getpass  # a terminal's prompt only: not loaded where a window asks

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
