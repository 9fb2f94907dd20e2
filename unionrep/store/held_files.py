"""Reading a database file's first bytes without taking away the locks of this process's
SQLite connections to it.

SQLite keeps POSIX advisory locks on a database file: in WAL mode, a shared lock for as long as a
connection is open, by which the last connection to close knows that it is the last (it then
checkpoints and deletes the WAL and shared-memory files). POSIX ties those locks to the process and
the file, not to a descriptor: closing any descriptor of the file in the process drops them all.
Reading a file's header with open() and close() while a connection of this process had the file
open (a worker opening a connection of its own reads it, to tell plain SQLite from SQLCipher) thus
left that connection without its lock; the command line, closing next, took itself for the last,
and deleted the WAL and shared-memory files under the window's connection, whose next reads failed
("database disk image is malformed").

So a file that a connection of this process has open is read through a descriptor kept open until
the last such connection closes, as SQLite keeps its own.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

FileId = tuple[int, int]  # (device, inode)


class _Held:
    def __init__(self) -> None:
        self.connections = 0
        self.fd: int | None = None


_held: dict[FileId, _Held] = {}
_lock = threading.Lock()


def _file_id(path: Path) -> FileId | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def opened(path: Path) -> FileId | None:
    """Note a connection of this process opened on the file at `path`; gives what `closed` takes."""
    file_id = _file_id(path)
    if file_id is not None:
        with _lock:
            _held.setdefault(file_id, _Held()).connections += 1
    return file_id


def closed(file_id: FileId | None) -> None:
    """Note one of the file's connections closed: after the last, the kept descriptor is closed
    (SQLite has let go of its locks by then)."""
    if file_id is None:
        return
    with _lock:
        held = _held.get(file_id)
        if held is None:
            return
        held.connections -= 1
        if held.connections > 0:
            return
        del _held[file_id]
        if held.fd is not None:
            os.close(held.fd)


def read_head(path: Path, size: int) -> bytes:
    """The first `size` bytes of the file (fewer if it is shorter); FileNotFoundError if there is
    none."""
    file_id = _file_id(path)
    with _lock:
        held = _held.get(file_id) if file_id is not None else None
        if held is not None:
            if held.fd is None:
                fd = os.open(path, os.O_RDONLY)
                if _file_id_of_fd(fd) != file_id:  # replaced since: not the file the connections hold
                    os.close(fd)
                else:
                    held.fd = fd
            if held.fd is not None:
                return os.pread(held.fd, size, 0)
    with open(path, "rb") as f:  # no connection of this process has it open: no lock to lose
        return f.read(size)


def _file_id_of_fd(fd: int) -> FileId:
    found = os.fstat(fd)
    return found.st_dev, found.st_ino
