"""Every data location, from platformdirs, with overrides (--db, UNIONREP_DB)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "unionrep"
DB_FILENAME = "unionrep.db"


def data_dir() -> Path:
    """The user's private data folder (created 0700 on POSIX)."""
    override = os.environ.get("UNIONREP_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return folder


def ensure_private_dir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then UNIONREP_DB, then the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("UNIONREP_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the database, in a private folder of their own."""
    return db_path.parent / "backups"
