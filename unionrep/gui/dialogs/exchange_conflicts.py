"""The conflicts of an import, side by side: for each record changed on both sides, the fields that
differ as they are here ("mine") and in the bundle ("theirs"), and the user's choice for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.caps import fmt_hm
from unionrep.exchange.merge import (
    BOTH_CHANGED,
    CHANGED_HERE_DELETED_THERE,
    DELETED_HERE_CHANGED_THERE,
    DELETED_WITH_DEPENDANTS,
    MINE,
    SAME_VERSION,
    THEIRS,
    Conflict,
)
from unionrep.exchange.report import Names
from unionrep.gui.texts import status_name
from unionrep.gui.widgets.tab_out import let_tab_out

RECORD, HERE, THERE, CHOICE = range(4)
SHOWN_FIELDS = 8  # of a record deleted on one side, the fields shown of the other side's


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportConflicts", text)


def kind_text(kind: str) -> str:
    return {
        BOTH_CHANGED: _t("changed here and in the bundle"),
        CHANGED_HERE_DELETED_THERE: _t("changed here, deleted in the bundle"),
        DELETED_HERE_CHANGED_THERE: _t("deleted here, changed in the bundle"),
        DELETED_WITH_DEPENDANTS: _t("deleted on one side while the other added records that depend on it"),
        SAME_VERSION: _t("two different records carry the same version (was a database copied?)"),
    }.get(kind, kind)


def field_label(name: str) -> str:
    return {
        "name": _t("name"), "date": _t("date"), "minutes": _t("time"), "purpose": _t("purpose"),
        "status": _t("status"), "notes": _t("notes"), "location": _t("location"),
        "category": _t("category"), "role": _t("role"), "start_time": _t("start"), "end_time": _t("end"),
        "notice_on": _t("notice given"), "manager": _t("manager"), "manager_email": _t("manager's e-mail"),
        "employee_no": _t("employee no."), "weekly_minutes": _t("weekly hours"),
        "workplace": _t("workplace"), "start_on": _t("from"), "end_on": _t("to"),
    }.get(name, name)


def value_text(name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if name.endswith("minutes") and isinstance(value, int):
        return fmt_hm(value)
    if name == "status":
        return status_name(str(value))
    return str(value)


def fields_text(row: dict[str, Any] | None, fields: tuple[str, ...]) -> str:
    """One line per field: `fields`, or where the other side deleted the record, its main ones."""
    if row is None:
        return _t("(deleted)")
    keys = fields or tuple(k for k in row if k != "id" and not k.endswith("_id")
                           and row[k] not in (None, ""))[:SHOWN_FIELDS]
    return "\n".join(f"{field_label(k)}: {value_text(k, row.get(k))}" for k in keys)


class ConflictTable(QWidget):
    """One row per conflict; `choices()` holds a choice for each row the user has settled."""

    choices_changed = Signal()

    def __init__(self, conflicts: list[Conflict], names: Names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.all_mine = QPushButton(_t("Keep &mine for all"))
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs = QPushButton(_t("Take &theirs for all"))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        layout.addLayout(row)
        table = QTableWidget(len(conflicts), 4)
        table.setObjectName("conflictTable")
        table.setAccessibleName(_t("Conflicts"))
        let_tab_out(table)
        table.setHorizontalHeaderLabels([_t("Record"), _t("Here (mine)"), _t("In the bundle (theirs)"),
                                         _t("Choice")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for i, conflict in enumerate(conflicts):
            what = names.describe(conflict.table, conflict.id, conflict.mine or conflict.theirs)
            record = f"{what}\n{kind_text(conflict.kind)}"
            tip = ""
            if conflict.dependants:
                record += "\n" + _t("{count} record(s) depend on it").format(count=len(conflict.dependants))
                tip = "\n".join(names.describe(t, d) for t, d in conflict.dependants)
            cells = (record, fields_text(conflict.mine, conflict.fields),
                     fields_text(conflict.theirs, conflict.fields))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if tip:
                    item.setToolTip(tip)
                table.setItem(i, column, item)
            combo = QComboBox()
            combo.setPlaceholderText(_t("Choose…"))
            combo.addItem(_t("Keep mine"), MINE)
            combo.addItem(_t("Take theirs"), THEIRS)
            combo.setCurrentIndex(-1)  # no choice until the user makes one, as the CLI asks for one
            combo.setAccessibleName(_t("Choice for {what}").format(what=what))
            combo.setMinimumContentsLength(max(len(combo.itemText(0)), len(combo.itemText(1))) + 1)
            combo.currentIndexChanged.connect(lambda _: self.choices_changed.emit())
            holder = QWidget()
            cell = QVBoxLayout(holder)
            cell.setContentsMargins(2, 2, 2, 2)
            cell.addWidget(combo)
            cell.addStretch(1)
            table.setCellWidget(i, CHOICE, holder)
            self.combos.append(combo)
        table.resizeRowsToContents()
        self.table = table
        layout.addWidget(table, 1)

    def choose(self, row: int, choice: str) -> None:
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(choice))

    def choose_all(self, choice: str) -> None:
        for row in range(len(self.combos)):
            self.choose(row, choice)

    def choices(self) -> dict[str, str]:
        return {c.id: combo.currentData() for c, combo in zip(self.conflicts, self.combos, strict=True)
                if combo.currentIndex() >= 0}

    def open_count(self) -> int:
        return sum(1 for combo in self.combos if combo.currentIndex() < 0)
