"""UI state kept in QSettings, each option declared once with its type and default.

Domain settings live in the policy profile (in the database); this is only the window's memory:
geometry, splitters, the rep and role last logged, the last folder, the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    kind: type
    default: Any


GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
LAST_VIEW = Option("window/view", int, 0)
LAST_REP = Option("entry/rep", str, "")
LAST_ROLE = Option("entry/role", str, "")
LAST_CATEGORY = Option("entry/category", str, "duties")
LAST_LOCATION = Option("entry/location", str, "")
LAST_FOLDER = Option("files/folder", str, "")
LANGUAGE = Option("ui/language", str, "")
PROFORMA_MODE = Option("files/proforma_mode", str, "bilingual")


def splitter_option(name: str) -> Option:
    return Option(f"splitters/{name}", QByteArray, QByteArray())


def header_option(name: str) -> Option:
    return Option(f"headers/{name}", QByteArray, QByteArray())


class Options:
    """Typed access to one QSettings store (the user's, or an .ini file for tests and screenshots)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self.settings = QSettings("unionrep", "unionrep")
        else:
            self.settings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        value: Any = self.settings.value(option.key, option.default)
        if value is None:
            return option.default
        if option.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        if option.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return option.default
        if option.kind is bool:
            return value in (True, "true", "1", 1)
        return option.kind(value)

    def set(self, option: Option, value: Any) -> None:
        self.settings.setValue(option.key, value)

    def sync(self) -> None:
        self.settings.sync()
