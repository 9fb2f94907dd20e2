"""What an interrupted encrypt, restore or passphrase change can leave beside a database, and putting
it right at the next open.

Encrypting, re-keying and restoring each make a whole new file beside the database and rename it
over the database in one step, so a kill leaves the database as it was or as it became, and at most a
half-made copy beside it. An older unionrep instead moved the database aside first: a kill could leave
the plain original (`<name>.plain-<timestamp>`) beside an encrypted database, or leave no database at
all beside `<name>.before-restore-<timestamp>`.

tidy() (run by connect() before it opens the file) removes the half-made copies and every plain copy
of an encrypted database or of its backups; where the database itself is missing and a plain original
is beside it, it puts that back (the encryption is rolled back). find() tells `check` and `recover`
what is there: plain copies (a leak: members' data unencrypted), and a database kept aside by an
interrupted restore (named so the user can put it back).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from unionrep.paths import backups_dir, fsync_dir, sidecars
from unionrep.store.crypto import file_kind

PLAIN = "plain"  # `<name>.plain-<timestamp>`: a plain original an older encrypt kept aside
ENCRYPTING = ".encrypting"  # encrypt's new file, before it is renamed over the database
REKEYING = ".rekeying"  # passphrase change's re-keyed copy, likewise
RESTORING = "restoring"  # `<name>.restoring-<timestamp>`: restore's copy of the backup, likewise
BEFORE_RESTORE = "before-restore"  # `<name>.before-restore-<timestamp>`: the database a restore replaced
CHANGING = ".passphrase-change"  # there while a passphrase change runs; left by one that was killed


@dataclass
class Leftovers:
    plain: list[Path] = field(default_factory=list)  # unencrypted copies of an encrypted database
    half_made: list[Path] = field(default_factory=list)  # copies a kill left before their rename
    kept: list[Path] = field(default_factory=list)  # databases a restore kept aside, newest first
    changing: Path | None = None  # the mark of a passphrase change that has not finished


def _main_files(paths: list[Path]) -> list[Path]:
    """The files themselves, without SQLite's WAL/SHM/journal files beside them."""
    return [p for p in paths if not p.name.endswith(("-wal", "-shm", "-journal"))]


def _with_sidecars(paths: list[Path]) -> list[Path]:
    return [q for p in paths for q in (p, *sidecars(p)) if q.exists()]


def _plain_originals(path: Path) -> list[Path]:
    return sorted(_main_files(list(path.parent.glob(f"{_glob_safe(path.name)}.{PLAIN}-*"))), reverse=True)


def _glob_safe(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def _backup_files(db_path: Path) -> list[Path]:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return _main_files([p for p in folder.glob(f"{_glob_safe(db_path.stem)}-*.db") if p.is_file()])


def _is_plain(path: Path) -> bool:
    try:
        return file_kind(path) == "plain"
    except OSError:
        return False


def find(db_path: Path) -> Leftovers:
    """What is beside the database (and its backups) from an interrupted operation."""
    db_path = Path(db_path)
    found = Leftovers()
    for owner in [db_path, *_backup_files(db_path)]:
        found.plain += [p for p in _plain_originals(owner) if _is_plain(p)]
        found.half_made += [p for p in (Path(str(owner) + ENCRYPTING), Path(str(owner) + REKEYING))
                            if p.exists()]
    found.half_made += _main_files(list(db_path.parent.glob(f"{_glob_safe(db_path.name)}.{RESTORING}-*")))
    mark = changing_mark(db_path)
    found.changing = mark if mark.exists() else None
    found.kept = sorted(_main_files(list(db_path.parent.glob(
        f"{_glob_safe(db_path.name)}.{BEFORE_RESTORE}-*"))), reverse=True)
    return found


def tidy(db_path: Path) -> list[Path]:
    """Finish what an interrupted operation left: returns the files removed or put back."""
    db_path = Path(db_path)
    done: list[Path] = []
    for owner in [db_path, *_backup_files(db_path)]:
        originals = _plain_originals(owner)
        if not owner.exists() and originals:
            # an older encrypt moved the database aside and was killed before the encrypted file
            # took its place: roll back, putting the newest original back
            os.replace(originals[0], owner)
            for side, new_side in zip(sidecars(originals[0]), sidecars(owner), strict=True):
                if side.exists():
                    os.replace(side, new_side)
            done.append(owner)
            originals = originals[1:]
        removable = _with_sidecars([Path(str(owner) + ENCRYPTING), Path(str(owner) + REKEYING)])
        removable += _with_sidecars(originals)
        for leftover in removable:
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
            done.append(leftover)
    restoring = _main_files(list(db_path.parent.glob(f"{_glob_safe(db_path.name)}.{RESTORING}-*")))
    for leftover in _with_sidecars(restoring):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
        done.append(leftover)
    if done and db_path.parent.is_dir():
        fsync_dir(db_path.parent)
    return done


def changing_mark(db_path: Path) -> Path:
    """The file that says a passphrase change of this database began and has not finished: until it
    does, the database and its backups may be under either passphrase."""
    return Path(str(db_path) + CHANGING)
