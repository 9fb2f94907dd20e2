"""A table of a small RecordsModel, sorted and filtered by a QSortFilterProxyModel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView, QWidget

from unionrep.gui.models.small_models import SORT_ROLE, RecordsModel
from unionrep.gui.widgets.tab_out import let_tab_out
from unionrep.gui.widgets.view_actions import refresh_all


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
        let_tab_out(self)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.record_changed.emit(self.record_at(current)))
        self.activated.connect(lambda index: self.record_activated.emit(self.record_at(index)))
        model.modelReset.connect(lambda: self.record_changed.emit(self.current_record()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The actions given to the table (its view's buttons), by the Menu key or a right click."""
        actions = self.actions()
        if not actions:
            super().contextMenuEvent(event)
            return
        refresh_all(actions)
        menu = QMenu(self)
        menu.addActions(actions)
        self.context_menu = menu
        menu.popup(event.globalPos())

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

    def fit_columns(self, widest: int = 240) -> None:
        """Each column as wide as its contents (at most `widest`), and a header longer than that
        wrapped onto more lines rather than cut: Welsh headings run longer than English."""
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        bold = QFont(header.font())
        bold.setBold(True)  # most styles draw headings bold
        fm = QFontMetrics(bold)
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 18  # and a sort arrow
        last = self.model().columnCount() - 1
        height = fm.height()
        for column in range(self.model().columnCount()):
            if self.isColumnHidden(column):
                continue
            text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            whole = fm.horizontalAdvance(text) + pad
            word = max((fm.horizontalAdvance(w) for w in text.split()), default=0) + pad
            content = min(widest, self.sizeHintForColumn(column))
            width = max(content, min(word, widest))
            if whole <= width * 1.15 or whole <= 90:  # wrapping would save little: keep it whole
                width = max(width, min(whole, widest))

            def wrapped(w: int, text: str = text) -> int:
                return fm.boundingRect(QRect(0, 0, max(1, w - pad), 10_000),
                                       int(Qt.TextFlag.TextWordWrap), text).height()

            while wrapped(width) > 2 * fm.lineSpacing() and width < min(whole, widest):
                width += 8  # two lines at most
            if column < last or not header.stretchLastSection():
                header.resizeSection(column, width)
            else:  # the stretched column fills what is left, however little: no sideways scroll
                header.resizeSection(column, header.minimumSectionSize())
            height = max(height, wrapped(width))
        header.setMinimumHeight(height + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 4)
