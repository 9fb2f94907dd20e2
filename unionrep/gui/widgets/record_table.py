"""A table of a small RecordsModel, sorted and filtered by a QSortFilterProxyModel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from unionrep.gui.models.small_models import SORT_ROLE, RecordsModel


class RecordTable(QTableView):
    record_changed = Signal(object)  # the record now current, or None
    record_activated = Signal(object)

    def __init__(self, model: RecordsModel[Any], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.record_changed.emit(self.record_at(current)))
        self.activated.connect(lambda index: self.record_activated.emit(self.record_at(index)))
        model.modelReset.connect(lambda: self.record_changed.emit(self.current_record()))

    def record_at(self, index: QModelIndex) -> Any:
        if not index.isValid():
            return None
        return self.source.record(self.proxy.mapToSource(index).row())

    def current_record(self) -> Any:
        return self.record_at(self.currentIndex())

    def select_where(self, test: Callable[[Any], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if test(self.record_at(index)):
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.scrollTo(index)
                return True
        return False

    def select_first(self) -> None:
        if self.proxy.rowCount() and not self.currentIndex().isValid():
            self.select_where(lambda _: True)

    def set_widths(self, widths: list[int]) -> None:
        for column, width in enumerate(widths):
            self.horizontalHeader().resizeSection(column, width)
