"""The backups folder's names: a backup of `<stem>.db` is `<stem>-<YYYYmmdd-HHMMSS>-<reason>.db` (with
`-<n>` when two are made in the same second) in paths.backups_dir; listing them newest first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unionrep.paths import backups_dir, stamp

AUTO_REASONS = ("start", "close")
REASONS = (*AUTO_REASONS, "manual", "restore")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason in AUTO_REASONS

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "made_at": self.made_at.isoformat(timespec="seconds"),
                "reason": self.reason, "size": self.size}


# -- names and lists ----------------------------------------------------------------------------


def backup_path(db_path: Path, reason: str = "manual", now: dt.datetime | None = None) -> Path:
    """A new file name in the backups folder for a backup of `db_path`."""
    folder = backups_dir(db_path)
    base = f"{Path(db_path).stem}-{stamp(now)}-{reason}"
    candidate, n = folder / f"{base}.db", 1
    while candidate.exists() or Path(str(candidate) + ".partial").exists():
        n += 1
        candidate = folder / f"{base}-{n}.db"
    return candidate


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """The backups of `db_path` in its backups folder, newest first."""
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    found: list[tuple[tuple[str, int, int], BackupInfo]] = []
    if not folder.is_dir():
        return []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m is None or m["stem"] != db_path.stem or not p.is_file():
            continue
        made = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        n = int(m["n"] or 1)
        stat = p.stat()
        found.append(((m["stamp"], n, stat.st_mtime_ns), BackupInfo(p, made, m["reason"], stat.st_size)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _, info in found]
