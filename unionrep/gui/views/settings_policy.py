"""The editable tables of the Settings view: the profile's allowances and the tribunal time limits.

Both write through a callback `apply(key, value_text) -> bool` (`session.policy.set` underneath), which
validates the whole profile and names the bad key; a refused change puts the old value back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionrep.gui.context import AppContext
from unionrep.gui.texts import category_name, role_name, unit_short
from unionrep.gui.widgets.tab_out import let_tab_out

Apply = Callable[[str, str], bool]
FLAGS = (("pro_rata", "Pro rata"), ("part_year", "Part year"), ("combined", "In the combined cap"))


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsPolicy", text)


def _fit(table: QTableWidget) -> None:
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    height = table.horizontalHeader().sizeHint().height() + 4
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setMinimumHeight(min(height, 320))
    table.setMaximumHeight(height + 2)


class AllowancesTable(QTableWidget):
    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.apply = apply
        self.ids: list[str] = []
        self._filling = False
        self.setObjectName("allowancesTable")
        self.setAccessibleName(_t("Allowances"))
        let_tab_out(self)
        self.setColumnCount(6)
        self.setHorizontalHeaderLabels([_t("Allowance"), _t("Amount"), _t("Unit"), _t("Pro rata"),
                                        _t("Part year"), _t("Combined cap")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemChanged.connect(self._changed)

    def refresh(self) -> None:
        profile, lang = self.ctx.session.profile, self.ctx.lang
        self._filling = True
        self.setRowCount(len(profile.allowances))
        self.ids = []
        for row, a in enumerate(profile.allowances):
            self.ids.append(a.id)
            name = role_name(profile, a.scope, lang) if a.scope_kind == "role" \
                else category_name(profile, a.scope, lang)
            if a.clause:
                name += f" ({a.clause})"
            label = QTableWidgetItem(name)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, 0, label)
            amount = QTableWidgetItem("" if a.amount is None else _number(a.amount))
            amount.setToolTip(_t("Leave empty for no amount (a secondment share, or none set yet)"))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, 1, amount)
            unit = QTableWidgetItem(unit_short(a.unit))
            unit.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, 2, unit)
            for offset, (field, _label) in enumerate(FLAGS):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                check.setCheckState(Qt.CheckState.Checked if getattr(a, field) else Qt.CheckState.Unchecked)
                self.setItem(row, 3 + offset, check)
        self._filling = False
        _fit(self)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self.ids):
            return
        allowance = self.ids[item.row()]
        column = item.column()
        if column == 1:
            text = item.text().strip()
            ok = self.apply(f"allowances.{allowance}.amount", text if text else '""')
        elif column >= 3:
            field = FLAGS[column - 3][0]
            on = item.checkState() == Qt.CheckState.Checked
            ok = self.apply(f"allowances.{allowance}.{field}", "true" if on else "false")
        else:
            return
        if not ok:
            self.refresh()


class TribunalLimits(QWidget):
    """The limit in months, and from when each applies (the Employment Rights Act 2025 is expected to
    make it six)."""

    def __init__(self, ctx: AppContext, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.apply = apply
        self._filling = False
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("tribunalLimits")
        self.table.setAccessibleName(_t("Tribunal time limits"))
        let_tab_out(self.table)
        self.table.setHorizontalHeaderLabels([_t("Months"), _t("For refusals from (YYYY-MM-DD)")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._changed)
        add = QPushButton(_t("Add a limit"))
        add.setToolTip(_t("A new limit that applies to refusals from a later date"))
        add.clicked.connect(self._add)
        remove = QPushButton(_t("Remove"))
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def limits(self) -> list[tuple[int, dt.date]]:
        return [(lim.months, lim.effective_from) for lim in self.ctx.session.profile.settings.tribunal_limits]

    def refresh(self) -> None:
        self._filling = True
        limits = self.limits()
        self.table.setRowCount(len(limits))
        for row, (months, start) in enumerate(limits):
            self.table.setItem(row, 0, QTableWidgetItem(str(months)))
            self.table.setItem(row, 1, QTableWidgetItem(start.isoformat()))
        self._filling = False
        _fit(self.table)

    def _write(self, rows: list[tuple[str, str]]) -> None:
        # the date goes in quotes: the profile reads "YYYY-MM-DD" text, and text stays JSON-safe
        text = "[" + ", ".join(f'{{months = {m or 0}, from = "{d}"}}' for m, d in rows) + "]"
        if not self.apply("settings.tribunal_limits", text):
            self.refresh()

    def _rows(self) -> list[tuple[str, str]]:
        rows = []
        for r in range(self.table.rowCount()):
            months, start = self.table.item(r, 0), self.table.item(r, 1)
            rows.append((months.text().strip() if months else "", start.text().strip() if start else ""))
        return rows

    def _changed(self, _item: Any) -> None:
        if not self._filling:
            self._write(self._rows())

    def _add(self) -> None:
        today = self.ctx.today()
        self._write([*self._rows(), ("6", today.replace(day=1).isoformat())])

    def _remove(self) -> None:
        rows = self._rows()
        row = self.table.currentRow()
        if len(rows) > 1 and 0 <= row < len(rows):
            del rows[row]
            self._write(rows)


def _number(value: Any) -> str:
    from unionrep.gui.texts import num

    return num(value)
