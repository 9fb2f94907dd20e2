"""Encrypting a plain database in place, and changing an encrypted one's passphrase, with its
backups: each file is made anew beside the original, checked, and renamed over it in one step, so a
kill leaves every file whole (as it was, or as it became) and at most a half-made copy beside it,
which the next open removes (store.leftovers).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionrep.core.errors import ValidationError
from unionrep.paths import (
    create_private_file,
    fsync_dir,
    make_private,
    remove_with_sidecars,
    rename_into_place,
)
from unionrep.store import crypto
from unionrep.store.backup_names import list_backups
from unionrep.store.connection import claim_exclusive, connect, new_passphrase, secure_files
from unionrep.store.dbapi import key_of, try_key
from unionrep.store.errors import DatabaseError, file_error
from unionrep.store.health import check_connection, integrity_problems, open_readonly
from unionrep.store.leftovers import ENCRYPTING, REKEYING, changing_mark

ENV_NEW_PASSPHRASE = "UNIONREP_NEW_PASSPHRASE"


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    backups: list[Path]  # backups that were plain and are now encrypted too
    kept_in_keyring: bool


def _export_encrypted(source: Path, dest: Path, passphrase: str) -> None:
    """sqlcipher_export() of the plain database `source` into the new file `dest`, encrypted."""
    module = crypto.cipher_module()
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
    with open_readonly(original, prompt=crypto.no_prompt) as before, \
            open_readonly(copy, passphrase=passphrase, prompt=crypto.no_prompt) as after:
        report = check_connection(after)
        if not report.ok:
            raise DatabaseError("damaged", copy, "; ".join(report.problems()[:3]))
        if not after.unionrep_encrypted:
            raise DatabaseError("sqlite", copy, "the copy is not encrypted")
        if _table_counts(before) != _table_counts(after):
            raise DatabaseError("sqlite", copy, "the encrypted copy does not hold every row")


def _encrypt_file(path: Path, passphrase: str, *, journal: str) -> None:
    """Replace the plain file `path` by an encrypted copy: export it beside `path`, verify it
    (integrity and every table's row count), then rename it over `path` in one step. No plain copy
    is ever made; a kill leaves the plain file as it was and at most the half-made copy, which the
    next open removes (store.leftovers)."""
    temp = Path(str(path) + ENCRYPTING)
    remove_with_sidecars(temp)
    try:
        _export_encrypted(path, temp, passphrase)
        _verify_copy(path, temp, passphrase)
        if journal != "DELETE":
            module = crypto.cipher_module()
            assert module is not None
            conn = module.connect(str(temp), isolation_level=None)
            conn.execute(crypto.key_pragma(passphrase))
            conn.execute(f"PRAGMA journal_mode = {journal}")
            conn.close()
        rename_into_place(temp, path)
    except BaseException:
        remove_with_sidecars(temp)
        raise
    secure_files(path)


def encrypt_database(path: Path | str, *, passphrase: str | None = None,
                     prompt: crypto.Prompt | None = None, backups: bool = True) -> EncryptResult:
    """Encrypt the plain database at `path` in place (see _encrypt_database)."""
    try:
        return _encrypt_database(path, passphrase=passphrase, prompt=prompt, backups=backups)
    except OSError as exc:
        raise file_error(exc, path) from exc


def _encrypt_database(path: Path | str, *, passphrase: str | None,
                      prompt: crypto.Prompt | None, backups: bool) -> EncryptResult:
    """Encrypt the plain database at `path` in place, safely: sqlcipher_export into a new file,
    verify it (integrity and every table's row count), then an atomic rename over the plain file.
    With `backups`, every plain backup in the backups folder is encrypted the same way.

    The passphrase: `passphrase`, else UNIONREP_PASSPHRASE, else the prompt (purpose "create"),
    else a generated key kept in the keyring where one serves.
    """
    target = Path(path).expanduser()
    kind = crypto.file_kind(target)
    if kind == "missing":
        raise DatabaseError("missing", target)
    if kind == "encrypted":
        raise ValidationError("encrypt", "{path} is already encrypted", path=target)
    if kind == "empty":
        raise ValidationError("encrypt", "{path} is empty; 'unionrep-cli init' makes an encrypted one",
                              path=target)
    if crypto.cipher_module() is None:
        raise DatabaseError("needs_sqlcipher", target)
    had_key = crypto.keyring_get(target)
    chosen, keep = new_passphrase(target, passphrase, prompt or crypto.default_prompt(), target)
    try:
        claim_exclusive(target)  # checkpoints the WAL; refuses while the app has it open
    except BaseException:
        if had_key is None and crypto.keyring_get(target) == chosen:
            crypto.keyring_forget(target)  # a generated key for a file that stayed plain
        raise
    _encrypt_file(target, chosen, journal="WAL")
    kept = crypto.keyring_set(target, chosen) if keep else crypto.keyring_get(target) == chosen
    done: list[Path] = []
    if backups:
        for info in list_backups(target):
            if crypto.file_kind(info.path) == "plain":
                _encrypt_file(info.path, chosen, journal="DELETE")
                done.append(info.path)
    return EncryptResult(target, done, kept)


def _rekey_file(path: Path, old: str, new: str) -> bool:
    """PRAGMA rekey on one file in rollback-journal mode. False if `old` does not open it."""
    module = crypto.cipher_module()
    assert module is not None
    conn = try_key(module, path, old, False)
    if conn is None:
        return False
    try:
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode == "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(crypto.key_pragma(new, "rekey"))
        if mode == "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return True


def _rekey_in_place(path: Path, old: str, new: str) -> bool:
    """Re-key `path` crash-safely: re-key a copy beside it, check the copy opens with `new` and is
    whole, then rename it over `path` in one step. A kill leaves `path` under the old passphrase and
    at most the copy, which the next open removes (store.leftovers). False if `old` does not open
    `path` (nothing is changed)."""
    copy = Path(str(path) + REKEYING)
    remove_with_sidecars(copy)
    try:
        shutil.copyfile(path, copy)
        make_private(copy)
        if not _rekey_file(copy, old, new):
            remove_with_sidecars(copy)
            return False
        with open_readonly(copy, passphrase=new, prompt=crypto.no_prompt) as conn:
            problems = integrity_problems(conn, quick=True)
        if problems:
            raise DatabaseError("damaged", copy, "; ".join(problems[:3]))
        rename_into_place(copy, path)
    except BaseException:
        remove_with_sidecars(copy)
        raise
    return True


def change_passphrase(path: Path | str, *, old: str | None = None, new: str | None = None,
                      prompt: crypto.Prompt | None = None, backups: bool = True) -> list[Path]:
    """Change an encrypted database's passphrase (see _change_passphrase)."""
    try:
        return _change_passphrase(path, old=old, new=new, prompt=prompt, backups=backups)
    except OSError as exc:
        raise file_error(exc, path) from exc


def _change_passphrase(path: Path | str, *, old: str | None, new: str | None,
                       prompt: crypto.Prompt | None, backups: bool) -> list[Path]:
    """Change an encrypted database's passphrase (PRAGMA rekey), and its backups' that open with
    the old one. The old passphrase: `old`, else UNIONREP_PASSPHRASE, the keyring or the prompt;
    the new one: `new`, else UNIONREP_NEW_PASSPHRASE, else the prompt (purpose "new"). Refuses
    while the app has the database open. Each file is re-keyed as a copy renamed over it, so a kill
    leaves every file whole under one passphrase or the other. Returns the backups that now open
    with the new passphrase; any other backup keeps the passphrase it was made under."""
    target = Path(path).expanduser()
    kind = crypto.file_kind(target)
    if kind == "missing":
        raise DatabaseError("missing", target)
    if kind != "encrypted":
        raise ValidationError("passphrase", "{path} is not encrypted; encrypt it with 'unionrep-cli encrypt'",
                              path=target)
    ask = prompt or crypto.default_prompt()
    with open_readonly(target, passphrase=old, prompt=ask) as conn:  # the old one first
        current = key_of(conn)
    assert current is not None
    chosen = new if new is not None else os.environ.get(ENV_NEW_PASSPHRASE) or None
    if chosen is None:
        chosen = ask(crypto.PassphraseRequest(target, "new", keyring=crypto.keyring_usable()))
    if chosen is None:
        raise ValidationError("passphrase", "give the new passphrase (set {env}, or run the command in a "
                                            "terminal to be asked)", env=ENV_NEW_PASSPHRASE)
    crypto.check_new_passphrase(chosen)
    claim_exclusive(target, passphrase=current, prompt=crypto.no_prompt)  # refuses while the app has it open
    mark = changing_mark(target)
    if not mark.exists():
        create_private_file(mark)
    fsync_dir(target.parent)
    # The backups first, the database last: until the database is re-keyed, the passphrase that opens
    # it is the one everything else knows (the keyring, UNIONREP_PASSPHRASE). While the mark is
    # there, a passphrase that fails is never taken for damage (see health._wrong_or_damaged).
    done: list[Path] = []
    if backups:
        for info in list_backups(target):
            if crypto.file_kind(info.path) != "encrypted":
                continue
            if _rekey_in_place(info.path, current, chosen) or _opens_with(info.path, chosen):
                done.append(info.path)
    if not _rekey_in_place(target, current, chosen):
        raise DatabaseError("wrong_passphrase", target, "the current passphrase")
    connect(target, passphrase=chosen, prompt=crypto.no_prompt, migrate=False).conn.close()
    if crypto.keyring_get(target) is not None or crypto.keyring_usable():
        crypto.keyring_set(target, chosen)
    mark.unlink(missing_ok=True)
    return done


def _opens_with(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens `path` (a backup an interrupted change had re-keyed already)."""
    module = crypto.cipher_module()
    assert module is not None
    conn = try_key(module, path, passphrase, True)
    if conn is None:
        return False
    conn.close()
    return True
