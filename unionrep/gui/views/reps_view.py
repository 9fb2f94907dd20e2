"""Reps & roles: the list of reps, and the selected rep's page."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.model import Rep
from unionrep.gui import context as ctx_mod
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.models.small_models import RecordsModel
from unionrep.gui.texts import role_name
from unionrep.gui.views.base import header_row
from unionrep.gui.views.rep_page import RepPage
from unionrep.gui.widgets import view_actions
from unionrep.gui.widgets.record_table import RecordTable


class RepColumn(IntEnum):
    NAME = 0
    WORKPLACE = 1  # hidden (it is on the rep's page) but still searched
    ROLES = 2


def _t(text: str) -> str:
    return QCoreApplication.translate("RepsView", text)


class RepsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._roles: dict[str, str] = {}
        headers = {RepColumn.NAME: _t("Name"), RepColumn.ROLES: _t("Roles now"),
                   RepColumn.WORKPLACE: _t("Workplace")}
        self.model: RecordsModel[Rep] = RecordsModel(RepColumn, headers, self._display,
                                                     tooltip=self._tooltip)
        self.table = RecordTable(self.model, _t("Reps"))
        self.table.setObjectName("repsTable")
        self.table.set_widths([190])
        self.table.setColumnHidden(RepColumn.WORKPLACE, True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Find a rep"))
        self.search.setAccessibleName(_t("Find a rep"))
        self.search.setAccessibleDescription(_t("Shows only the reps whose names hold what you type"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.show_ended = QCheckBox(_t("Show reps who have ended"))
        self.show_ended.toggled.connect(lambda _: self.reload())
        self.add_button = QPushButton(QIcon(":/icons/add.svg"), _t("Add rep…"))
        self.add_button.setObjectName("addRepButton")
        self.add_button.clicked.connect(self.add_rep)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()  # the button beside the search, the check box below: narrow in Welsh too
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.show_ended)

        self.page = RepPage(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([430, 790])
        state = ctx.options.get(opt.splitter_option("reps"))
        if not state.isEmpty():
            self.splitter.restoreState(state)

        page = self.page
        view_actions.mirror(self, (page.edit_button, "Ctrl+E"), (page.end_button, "Ctrl+Shift+E"),
                            (page.statement_button, "Ctrl+P"), menu_of=self.table)
        year = view_actions.ChoiceAction(page.year_combo, _t("Year shown…"), self, "Ctrl+Shift+Y")
        self.table.addAction(year)
        view_actions.mirror(self, (self.add_button, "Ctrl+Shift+N"), menu_of=self.table)

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(_t("Reps & roles")))
        layout.addWidget(self.splitter, 1)

        self.table.record_changed.connect(lambda rep: self.page.set_rep(rep.id if rep else None))
        ctx.changed.connect(self._on_changed)
        self.reload()
        self.table.select_first()

    def _display(self, rep: Rep, column: RepColumn) -> str:
        if column == RepColumn.NAME:
            return rep.name if rep.ended_on is None else _t("{name} (ended)").format(name=rep.name)
        if column == RepColumn.ROLES:
            return self._roles.get(rep.id, "")
        return rep.workplace

    def _tooltip(self, rep: Rep, column: RepColumn) -> str | None:
        return self._display(rep, column) or None

    def reload(self) -> None:
        session = self.ctx.session
        today = self.ctx.today()
        held: dict[str, list[str]] = {}
        for a in session.roles.assignments():
            if a.held_on(today):
                held.setdefault(a.rep_id, []).append(role_name(session.profile, a.role, self.ctx.lang))
        self._roles = {rep_id: ", ".join(names) for rep_id, names in held.items()}
        current = self.table.current_record()
        self.model.set_records(session.reps.all(include_ended=self.show_ended.isChecked()))
        if current is not None:
            self.select_rep(current.id)

    def _on_changed(self, what: str) -> None:
        if what in (ctx_mod.REPS, ctx_mod.POLICY):
            self.reload()
        self.page.refresh()

    def select_rep(self, rep_id: str) -> None:
        rep = next((r for r in self.ctx.session.reps.all() if r.id == rep_id), None)
        if rep is not None and rep.ended_on is not None and not self.show_ended.isChecked():
            self.show_ended.setChecked(True)
        self.search.clear()
        if not self.table.select_where(lambda r: r.id == rep_id):
            self.page.set_rep(None)

    def add_rep(self) -> None:
        from unionrep.gui.dialogs.rep_dialog import RepDialog

        dialog = RepDialog(self.ctx, parent=self)
        dialog.accepted.connect(lambda: self._added(dialog.saved_id))
        dialog.open()

    def _added(self, rep_id: str | None) -> None:
        if rep_id is not None:
            self.select_rep(rep_id)

    def save_state(self) -> None:
        self.ctx.options.set(opt.splitter_option("reps"), self.splitter.saveState())

    def prepare_screenshot(self) -> None:
        self.table.select_first()
