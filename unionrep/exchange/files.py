"""Writing the files exchange makes: private (0600), all at once, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from unionrep.core.errors import UnionrepError
from unionrep.paths import fsync_dir, make_private


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it."""
    place(stage_private(path, data), path)


def stage_private(path: Path, data: bytes) -> Path:
    """Write `data` to a private temporary file beside `path` (on disk when this returns), for
    `place` to rename into `path`; the caller removes it if it is not placed."""
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
    """Rename the staged file `temp` to `path`, all at once."""
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
