"""Table models for the small tables (a branch has dozens of reps, not millions): each reads its
rows whole into memory, and a QSortFilterProxyModel sorts and filters them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordsModel(QAbstractTableModel, Generic[T]):
    """Rows of records; `display(record, column)` gives a cell's text, `sort_key` its order."""

    def __init__(self, columns: type[IntEnum], headers: dict[Any, str],
                 display: Callable[[T, Any], str],
                 sort_key: Callable[[T, Any], Any] | None = None,
                 tooltip: Callable[[T, Any], str | None] | None = None,
                 numbers: tuple[Any, ...] = ()) -> None:
        super().__init__()
        self.numbers = set(numbers)  # columns of figures, aligned right
        self.columns = columns
        self.headers = headers
        self.display = display
        self.sort_key = sort_key
        self.tooltip = tooltip
        self.records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[self.columns(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == SORT_ROLE:
            key = self.sort_key(record, column) if self.sort_key is not None else None
            if isinstance(key, int | str):
                return key
            return self.display(record, column).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numbers:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip is not None:
            return self.tooltip(record, column)
        return None
