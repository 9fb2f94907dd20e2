"""The log: every time-off entry, filtered and sorted in SQL, with the selected one in full."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.errors import UnionrepError
from unionrep.core.log_filter import Column, LogFilter, Sort
from unionrep.core.model import STATUSES
from unionrep.gui import context as ctx_mod
from unionrep.gui import options as opt
from unionrep.gui.commands import DeleteEntry
from unionrep.gui.context import AppContext
from unionrep.gui.models.log_model import LogModel
from unionrep.gui.operations.entries import change_status, next_statuses, verb
from unionrep.gui.texts import day_text, status_name
from unionrep.gui.views.base import header_row, show_error
from unionrep.gui.views.log_filters import LogFilterBar
from unionrep.gui.widgets import view_actions
from unionrep.gui.widgets.entry_details import EntryDetails
from unionrep.gui.widgets.tab_out import let_tab_out
from unionrep.gui.workers import run_in_thread

WIDTHS = {Column.DATE: 165, Column.REP: 165, Column.ROLE: 175, Column.CATEGORY: 170, Column.HOURS: 50,
          Column.STATUS: 80, Column.PURPOSE: 230}
FITTED = (Column.DATE, Column.HOURS, Column.STATUS)  # short texts, read whole: as wide as they need


def _t(text: str) -> str:
    return QCoreApplication.translate("LogView", text)


class LogView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = LogModel(ctx.session.log_queries, ctx.session.profile, ctx.lang,
                              background=self._read_order_elsewhere)
        self.model.loading_changed.connect(lambda _: self._update_count())
        self.filters = LogFilterBar(ctx)
        self.filters.changed.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("logCount")

        table = QTableView()
        table.setObjectName("logTable")
        table.setAccessibleName(_t("Time-off entries"))
        table.setAccessibleDescription(
            _t("One row for each entry; the one chosen is shown in full beside the list"))
        table.setModel(self.model)
        let_tab_out(table)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.activated.connect(lambda _: self.edit_selected())  # Enter, or a double click
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for column, width in WIDTHS.items():
            header.resizeSection(column, self._fitted_width(table, column, width))
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table = table
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)

        self.details = EntryDetails(ctx.session, ctx.lang, side_by_side=True)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 170])

        new_button = QPushButton(QIcon(":/icons/add.svg"), _t("New entry"))
        new_button.setToolTip(_t("Log time off (Ctrl+N)"))
        new_button.clicked.connect(self._new_entry)
        self.edit_button = QPushButton(QIcon(":/icons/edit.svg"), _t("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(QIcon(":/icons/delete.svg"), _t("Delete"))
        self.delete_button.setToolTip(_t("Delete the selected entry (Delete; Ctrl+Z puts it back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        clear = QPushButton(_t("Clear filters"))
        clear.setObjectName("clearFiltersButton")
        clear.clicked.connect(self.filters.clear)
        self.edit_action, _ = view_actions.mirror(self, (self.edit_button, "Ctrl+E"), (clear, "Ctrl+Shift+X"))

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(_t("Log"), self.count_label))
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        buttons = QHBoxLayout()
        for b in (new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(clear)
        layout.addLayout(buttons)

        ctx.changed.connect(self._on_changed)
        self._restore_state()
        self._update_count()
        self._current_changed(QModelIndex())

    def _fitted_width(self, table: QTableView, column: Column, width: int) -> int:
        """A column of short texts as wide as its longest in this language (a Welsh status is longer
        than the English), the others as given."""
        if column not in FITTED:
            return width
        fm = table.fontMetrics()
        texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
        if column == Column.STATUS:
            texts += [status_name(s) for s in STATUSES]
        elif column == Column.DATE:
            # the day as the column writes it, in the month whose name is longest in this language
            texts += [f"{day_text(dt.date(2026, month, 28))}  13:30–15:30" for month in range(1, 13)]
        elif column == Column.HOURS:
            texts.append("17.25")
        bold = QFont(table.horizontalHeader().font())
        bold.setBold(True)  # headers are drawn in bold by some styles, and carry the sort arrow
        header_w = QFontMetrics(bold).horizontalAdvance(texts[0]) + 28
        return max(header_w, *(fm.horizontalAdvance(t) + 16 for t in texts[1:]))

    # -- state ---------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        options = self.ctx.options
        state = options.get(opt.header_option("log"))
        if not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
            header = self.table.horizontalHeader()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        splitter = options.get(opt.splitter_option("log"))
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.ctx.options.set(opt.header_option("log"), self.table.horizontalHeader().saveState())
        self.ctx.options.set(opt.splitter_option("log"), self.splitter.saveState())

    # -- filtering and refreshing --------------------------------------------------------------

    def apply_filter(self, log_filter: LogFilter) -> None:
        current = self.current_entry_id()
        self.model.set_filter(log_filter)
        if current is not None:
            self.select_entry(current, clear_filters=False)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.loading:
            self.count_label.setText(_t("Searching…"))
        else:
            self.count_label.setText(_t("{count} entries").format(count=f"{count:,}"))

    def _read_order_elsewhere(self, log_filter: LogFilter, sort: Sort, limit: int | None,
                              done: Callable[[array[int]], None]) -> None:
        """Run the model's big ORDER BY (or its first `limit` rows) in a worker thread, on a
        connection of its own."""
        session, db_path = self.ctx.session, self.ctx.db_path

        def work() -> array[int]:
            from unionrep.app.book import own_session

            with own_session(session, db_path) as own:
                log = own.log_queries
                if limit is not None:
                    return array("q", log.first(log_filter, sort, limit))
                return log.order(log_filter, sort)

        run_in_thread(work, done, lambda message: show_error(self, message), context=self)

    def _on_changed(self, what: str) -> None:
        if what in (ctx_mod.REPS, ctx_mod.POLICY, ctx_mod.ENTRIES):
            self.filters.fill()  # a new rep, role name or year of entries
        if what not in (ctx_mod.ENTRIES, ctx_mod.REPS, ctx_mod.POLICY):
            return
        current = self.current_entry_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh(self.ctx.session.profile if what == ctx_mod.POLICY else None)
        self.table.verticalScrollBar().setValue(scroll)
        if current is not None:
            self.select_entry(current, clear_filters=False, scroll=False)
        self.details.show_entry(self.current_entry_id())

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    # -- selection -----------------------------------------------------------------------------

    def current_entry_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.entry_id(index.row())

    def select_entry(self, entry_id: str, clear_filters: bool = True, scroll: bool = True) -> bool:
        row = self.model.row_of(entry_id)
        if row is None and clear_filters:
            self.filters.blockSignals(True)
            self.filters.clear()
            self.filters.blockSignals(False)
            self.model.set_filter(self.filters.current())
            row = self.model.row_of(entry_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def prepare_screenshot(self) -> None:
        if self.current_entry_id() is None and self.model.rowCount():
            self.table.selectRow(0)

    def _current_changed(self, index: QModelIndex) -> None:
        entry_id = self.model.entry_id(index.row()) if index.isValid() else None
        self.details.show_entry(entry_id)
        self.edit_button.setEnabled(entry_id is not None)
        self.delete_button.setEnabled(entry_id is not None)

    # -- actions -------------------------------------------------------------------------------

    def _new_entry(self) -> None:
        window = self.window()
        if hasattr(window, "new_entry"):
            window.new_entry()

    def edit_selected(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        from unionrep.gui.dialogs.quick_entry import QuickEntryDialog

        dialog = QuickEntryDialog(self.ctx, entry_id=entry_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def delete_selected(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        row = self.table.currentIndex().row()
        try:
            self.ctx.execute(DeleteEntry(self.ctx, entry_id))
        except UnionrepError as exc:
            show_error(self, exc)
            return
        if self.model.rowCount():
            index = self.model.index(min(row, self.model.rowCount() - 1), 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(_t("Entry deleted. Ctrl+Z puts it back."), 8000)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        entry_id = self.model.entry_id(index.row())
        row = self.model.row_data(index.row())
        if entry_id is None or row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.edit_action)  # the view's own, with its shortcut
        menu.addSeparator()
        for status in next_statuses(row.status):
            if status == "refused":
                continue  # a refusal asks for reasons: done from the Requests view
            action = QAction(verb(status), menu)
            action.triggered.connect(lambda _=False, s=status: change_status(self.ctx, entry_id, s, self))
            menu.addAction(action)
        if row.status == "refused":
            self._dispute_actions(menu, entry_id)
        menu.addSeparator()
        delete = menu.addAction(QIcon(":/icons/delete.svg"), _t("Delete"))
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(self.delete_selected)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _dispute_actions(self, menu: QMenu, entry_id: str) -> None:
        """A refused entry: open a dispute for it (refused without one, or logged as refused), or
        show the one open on it."""
        disputes = self.ctx.session.disputes
        current = next((d for d in disputes.disputes_for_entry(entry_id) if d.is_open), None)
        if current is None:
            action = menu.addAction(QIcon(":/icons/disputes.svg"), _t("Open a dispute…"))
            action.setObjectName("openDisputeAction")
            action.triggered.connect(lambda: self.open_dispute(entry_id))
        else:
            action = menu.addAction(QIcon(":/icons/disputes.svg"), _t("Show the dispute"))
            action.setObjectName("showDisputeAction")
            action.triggered.connect(lambda: self.ctx.open_record.emit("dispute", current.id))

    def open_dispute(self, entry_id: str) -> None:
        """The refusal dialog, to open a dispute for an entry refused already."""
        from unionrep.gui.dialogs.refuse_dialog import RefuseDialog

        dialog = RefuseDialog(self.ctx, entry_id, parent=self, dispute_only=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._dispute_opened(dialog.dispute_id))
        self.dispute_dialog = dialog
        dialog.open()

    def _dispute_opened(self, dispute_id: str | None) -> None:
        window = self.window()
        if dispute_id is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                _t("Dispute opened: see Disputes (Ctrl+5). Ctrl+Z takes it back."), 10000)
