"""One rep's page: their details, a year's allowances, roles, extensions, TOIL and history."""

from __future__ import annotations

from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionrep.core import pay
from unionrep.core.errors import NotFoundError
from unionrep.core.hours import FROM_THE_START
from unionrep.core.model import Assignment, Extension, Rep, Toil
from unionrep.core.periods import ACADEMIC, APRIL, year_of
from unionrep.gui.context import AppContext
from unionrep.gui.models.small_models import RecordsModel
from unionrep.gui.operations import reps
from unionrep.gui.operations.document_buttons import statement_button
from unionrep.gui.texts import day_text, hours_of, num, role_name
from unionrep.gui.views.base import title_label
from unionrep.gui.views.dashboard import years_back, years_to_offer
from unionrep.gui.widgets import view_actions
from unionrep.gui.widgets.balance_card import BalanceCard
from unionrep.gui.widgets.entry_details import history_html
from unionrep.gui.widgets.record_table import RecordTable


def _t(text: str) -> str:
    return QCoreApplication.translate("RepPage", text)


class RoleColumn(IntEnum):
    ROLE = 0
    FROM = 1
    TO = 2
    NOTIFIED = 3
    SECONDMENT = 4


class ExtensionColumn(IntEnum):
    CASE = 0
    ROLE = 1
    HOURS = 2
    AGREED_ON = 3
    AGREED_BY = 4
    REVIEW = 5


class ToilColumn(IntEnum):
    DATE = 0
    KIND = 1
    HOURS = 2
    REASON = 3


def _button(icon: str, text: str, slot: Any) -> QPushButton:
    button = QPushButton(QIcon(f":/icons/{icon}.svg") if icon else QIcon(), text)
    button.clicked.connect(slot)
    return button


class RepPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rep: Rep | None = None
        self.title = title_label("")
        self.title.setWordWrap(True)  # a long name takes two lines rather than widen the window
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = _button("edit", _t("Edit…"), lambda: reps.edit_rep(self))
        self.end_button = _button("", _t("End rep…"), lambda: reps.end_or_reinstate(self))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.end_button)
        self.statement_button = statement_button(self)
        head.addWidget(self.statement_button)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(_t("The rep's records"))
        self.tabs.addTab(self._allowances_tab(), _t("&Allowances"))
        self.tabs.addTab(self._roles_tab(), _t("R&oles"))
        self.tabs.addTab(self._extensions_tab(), _t("E&xtensions"))
        self.tabs.addTab(self._toil_tab(), _t("&TOIL"))
        self.history = QTextBrowser()
        self.history.setAccessibleName(_t("History of changes"))
        self.tabs.addTab(self.history, _t("H&istory"))

        self.empty = QLabel(_t("Choose a rep on the left, or add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self.set_rep(None)

    # -- tabs ----------------------------------------------------------------------------------

    def _allowances_tab(self) -> QWidget:
        tab = QWidget()
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(_t("Year shown"))
        self.year_combo.currentIndexChanged.connect(lambda _: self._show_balance())
        self.balance_holder = QVBoxLayout()
        self.balance_holder.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self.balance_holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setAccessibleName(_t("The rep's allowances this year"))
        row = QHBoxLayout()
        year_label = QLabel(_t("&Year:"))
        year_label.setBuddy(self.year_combo)  # Alt+Y
        row.addWidget(year_label)
        row.addWidget(self.year_combo)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        return tab

    def _roles_tab(self) -> QWidget:
        headers = {RoleColumn.ROLE: _t("Role"), RoleColumn.FROM: _t("From"), RoleColumn.TO: _t("To"),
                   RoleColumn.NOTIFIED: _t("Notified to the employer"),
                   RoleColumn.SECONDMENT: _t("Secondment")}
        self.roles_model: RecordsModel[Assignment] = RecordsModel(
            RoleColumn, headers, self._role_cell, sort_key=self._role_sort)
        self.roles_table = RecordTable(self.roles_model, _t("Roles held"))
        self.roles_table.setObjectName("rolesTable")
        self.roles_table.set_widths([220, 100, 100, 170])
        self.assign_button = _button("add", _t("Assign role…"), lambda: reps.assign_role(self))
        self.assign_button.setObjectName("assignRoleButton")
        self.end_role_button = _button("", _t("End role…"), lambda: reps.end_role(self))
        self.edit_role_button = _button("edit", _t("Edit role…"), lambda: reps.edit_role(self))
        self.edit_role_button.setObjectName("editRoleButton")
        self.edit_role_button.setToolTip(_t("Correct the dates, the day the employer was told or the "
                                            "secondment (Enter or a double click does the same)"))
        self.roles_table.record_activated.connect(lambda _: reps.edit_role(self))
        self.roles_table.record_changed.connect(lambda a: self.edit_role_button.setEnabled(a is not None))
        return self._table_tab(self.roles_table, [self.assign_button, self.edit_role_button,
                                                  self.end_role_button])

    def _extensions_tab(self) -> QWidget:
        headers = {ExtensionColumn.CASE: _t("Case"), ExtensionColumn.ROLE: _t("Role"),
                   ExtensionColumn.HOURS: _t("Extra hours"), ExtensionColumn.AGREED_ON: _t("Agreed on"),
                   ExtensionColumn.AGREED_BY: _t("Agreed by"), ExtensionColumn.REVIEW: _t("Review on")}
        self.ext_model: RecordsModel[Extension] = RecordsModel(ExtensionColumn, headers, self._extension_cell,
                                                               self._extension_sort,
                                                               numbers=(ExtensionColumn.HOURS,))
        self.ext_table = RecordTable(self.ext_model, _t("Extensions agreed (clauses 11.1–11.2)"))
        self.ext_table.set_widths([150, 180, 90, 100, 160])
        add = _button("add", _t("Add extension…"), lambda: reps.add_extension(self))
        self.edit_ext_button = _button("edit", _t("Edit or review…"),
                                       lambda: reps.edit_extension(self))
        self.edit_ext_button.setObjectName("editExtensionButton")
        self.edit_ext_button.setToolTip(_t("Change the hours or the agreement, set the next review, or "
                                           "record that it was reviewed today"))
        self.ext_table.record_activated.connect(lambda _: reps.edit_extension(self))
        self.ext_table.record_changed.connect(lambda x: self.edit_ext_button.setEnabled(x is not None))
        return self._table_tab(self.ext_table, [add, self.edit_ext_button])

    def _toil_tab(self) -> QWidget:
        headers = {ToilColumn.DATE: _t("Date"), ToilColumn.KIND: _t("Earned or taken"),
                   ToilColumn.HOURS: _t("Hours"), ToilColumn.REASON: _t("Reason")}
        self.toil_model: RecordsModel[Toil] = RecordsModel(ToilColumn, headers, self._toil_cell,
                                                           self._toil_sort, numbers=(ToilColumn.HOURS,))
        self.toil_table = RecordTable(self.toil_model, _t("Time off in lieu"))
        self.toil_table.set_widths([110, 130, 70])
        self.toil_label = QLabel()
        self.toil_label.setWordWrap(True)
        add = _button("add", _t("Record TOIL…"), lambda: reps.add_toil(self))
        return self._table_tab(self.toil_table, [add], above=self.toil_label)

    @staticmethod
    def _table_tab(table: RecordTable, buttons: list[QPushButton], above: QWidget | None = None) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        if above is not None:
            layout.addWidget(above)
        layout.addWidget(table, 1)
        view_actions.mirror(table, *((b, "") for b in buttons))  # its context menu (the Menu key)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    # -- cells ---------------------------------------------------------------------------------

    def _role_cell(self, a: Assignment, column: RoleColumn) -> str:
        if column == RoleColumn.ROLE:
            return role_name(self.ctx.session.profile, a.role, self.ctx.lang)
        if column == RoleColumn.FROM:  # days in words (4 Mai 2020), sorted by the day (_role_sort)
            return day_text(a.start_on)
        if column == RoleColumn.TO:
            return day_text(a.end_on) if a.end_on else _t("now")
        if column == RoleColumn.NOTIFIED:
            return day_text(a.notified_on)
        return f"{num(a.secondment_percent)}%" if a.secondment_percent is not None else ""

    def _role_sort(self, a: Assignment, column: RoleColumn) -> object:
        if column == RoleColumn.FROM:
            return a.start_on.isoformat()
        if column == RoleColumn.TO:
            return a.end_on.isoformat() if a.end_on else "9999"  # held now: after every end
        if column == RoleColumn.NOTIFIED:
            return a.notified_on.isoformat() if a.notified_on else ""
        return self._role_cell(a, column)

    @staticmethod
    def _extension_sort(x: Extension, column: ExtensionColumn) -> object:
        if column == ExtensionColumn.AGREED_ON:
            return x.agreed_on.isoformat()
        if column == ExtensionColumn.REVIEW:
            return x.review_on.isoformat() if x.review_on else ""
        if column == ExtensionColumn.HOURS:
            return x.extra_minutes
        return None

    @staticmethod
    def _toil_sort(x: Toil, column: ToilColumn) -> object:
        if column == ToilColumn.DATE:
            return x.date.isoformat()
        if column == ToilColumn.HOURS:
            return x.minutes
        return None

    def _extension_cell(self, x: Extension, column: ExtensionColumn) -> str:
        return {
            ExtensionColumn.CASE: x.case_ref,
            ExtensionColumn.ROLE: role_name(self.ctx.session.profile, x.role, self.ctx.lang),
            ExtensionColumn.HOURS: hours_of(x.extra_minutes),
            ExtensionColumn.AGREED_ON: day_text(x.agreed_on),
            ExtensionColumn.AGREED_BY: x.agreed_by,
            ExtensionColumn.REVIEW: day_text(x.review_on),
        }[column]

    def _toil_cell(self, x: Toil, column: ToilColumn) -> str:
        return {
            ToilColumn.DATE: day_text(x.date),
            ToilColumn.KIND: _t("earned") if x.kind == "earned" else _t("taken"),
            ToilColumn.HOURS: hours_of(x.minutes),
            ToilColumn.REASON: x.reason,
        }[column]

    # -- showing a rep -------------------------------------------------------------------------

    def set_rep(self, rep_id: str | None) -> None:
        rep = None
        if rep_id is not None:
            try:
                rep = self.ctx.session.reps.find(rep_id)
            except NotFoundError:
                rep = None
        changed = (rep.id if rep else None) != (self.rep.id if self.rep else None)
        self.rep = rep
        for widget in (self.title, self.details, self.tabs, self.edit_button, self.end_button,
                       self.statement_button):
            widget.setVisible(rep is not None)
        self.empty.setVisible(rep is None)
        if rep is None:
            return
        if changed:
            self._fill_years()
        self.refresh(years=not changed)

    def refresh(self, years: bool = True) -> None:
        if self.rep is None:
            return
        try:
            self.rep = self.ctx.session.reps.find(self.rep.id)
        except NotFoundError:
            self.set_rep(None)
            return
        if years:
            self._fill_years(keep=True)  # an entry or a role in an earlier year adds that year
        rep, session = self.rep, self.ctx.session
        self.title.setText(rep.name)
        self.title.setAccessibleName(rep.name)
        self.details.setText(self._details_text(rep))
        self.end_button.setText(_t("Reinstate") if rep.ended_on else _t("End rep…"))
        self._set_keeping(self.roles_table, session.roles.assignments(rep.id))
        self._set_keeping(self.ext_table, session.roles.extensions(rep.id))
        toil = session.entries.toil(rep.id)
        self.toil_model.set_records(toil)
        for table in (self.roles_table, self.ext_table, self.toil_table):
            table.fit_columns()
        earned = sum(t.minutes for t in toil if t.kind == "earned")
        taken = sum(t.minutes for t in toil if t.kind == "taken")
        self.toil_label.setText(_t(
            "TOIL earned {earned} h, taken {taken} h: {owed} h owed to {name}.").format(
            earned=hours_of(earned), taken=hours_of(taken), owed=hours_of(earned - taken), name=rep.name))
        self._show_balance()
        self._show_history()

    def _details_text(self, rep: Rep) -> str:
        parts = [p for p in (rep.job, rep.department, rep.workplace) if p]
        lines = ["  ·  ".join(parts)] if parts else []
        facts = []
        if rep.employee_no:
            facts.append(_t("Employee no. {no}").format(no=rep.employee_no))
        if rep.weekly_minutes == rep.full_time_minutes:
            facts.append(_t("full time, {hours} h a week").format(hours=hours_of(rep.weekly_minutes)))
        else:
            facts.append(_t("part time, {hours} of {full} h a week").format(
                hours=hours_of(rep.weekly_minutes), full=hours_of(rep.full_time_minutes)))
        facts.append(_t("school year from {start}").format(start=rep.academic_start) if rep.school
                     else _t("year from 1 April"))
        rate = pay.rep_hourly_rate(rep.scp, rep.hourly_rate_pence)
        if rep.scp is not None and rate is not None:
            facts.append(_t("SCP {scp}, £{rate} an hour").format(scp=rep.scp, rate=pay.display_rate(rate)))
        elif rate is not None:
            facts.append(_t("£{rate} an hour").format(rate=pay.display_rate(rate)))
        if rep.manager:
            facts.append(_t("manager {name}").format(name=rep.manager))
        if rep.ended_on:
            facts.append(_t("ended {date}").format(date=day_text(rep.ended_on)))
        lines.append("  ·  ".join(facts))
        history = self.ctx.session.reps.hours(rep.id)
        if len(history) > 1:
            lines.append(_t("Weekly hours: {history}").format(history="; ".join(
                _t("{hours} h from the start").format(hours=hours_of(h.weekly_minutes))
                if h.from_on == FROM_THE_START else
                _t("{hours} h from {date}").format(hours=hours_of(h.weekly_minutes), date=day_text(h.from_on))
                for h in history)))
        return "\n".join(lines)

    def _fill_years(self, keep: bool = False) -> None:
        today = self.ctx.today()
        chosen = self.year_combo.currentData() if keep else None
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        assert self.rep is not None
        rep = self.rep
        logged = self.ctx.session.queries.first_entry_date(rep.id)
        starts = [a.start_on for a in self.ctx.session.roles.assignments(rep.id)]
        if logged:
            starts.append(logged)
        # the rep's own year, and any other an allowance of the profile counts in
        bases = {rep.year_basis} | {a.year_basis for a in self.ctx.session.profile.allowances
                                    if a.year_basis in (APRIL, ACADEMIC)}
        count = years_to_offer(today, min(starts, default=None), [rep.year_start(b) for b in bases])
        for back in range(count):
            on = years_back(today, back)
            label = self.rep.year_of(on).label if self.rep else year_of(on).label
            self.year_combo.addItem(label if back else _t("{label} (this year)").format(label=label), on)
        if chosen is not None:
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        self.year_combo.blockSignals(False)

    def _show_balance(self) -> None:
        while self.balance_holder.count():
            item = self.balance_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if self.rep is None:
            return
        on = self.year_combo.currentData() or self.ctx.today()
        balance = self.ctx.session.balances.of(self.rep.id, on, self.ctx.lang)
        self.card = BalanceCard.of(balance, self.ctx.session.profile, self.ctx.lang, show_name=False)
        self.balance_holder.addWidget(self.card)
        for flag in balance.flags:
            label = QLabel("⚠ " + flag.text(self.ctx.lang))
            label.setWordWrap(True)
            self.balance_holder.addWidget(label)
        if balance.cost is not None:
            cost = QLabel(_t("Facility time this year costs {cost}.").format(
                cost=pay.cost_text(balance.paid_minutes, balance.rep.scp, balance.rep.hourly_rate_pence,
                                   self.ctx.lang)))
            self.balance_holder.addWidget(cost)
        self.balance_holder.addStretch(1)

    def _show_history(self) -> None:
        assert self.rep is not None
        session = self.ctx.session
        trail = session.history.of_record
        sections = [(_t("The rep's details"), trail(self.rep.id))]
        profile = session.profile
        for a in session.roles.assignments(self.rep.id):
            sections.append((_t("Role: {role}").format(role=role_name(profile, a.role, self.ctx.lang)),
                             trail(a.id)))
        for x in session.roles.extensions(self.rep.id):
            sections.append((_t("Extension {case}").format(case=x.case_ref), trail(x.id)))
        html = "".join(f"<h4>{escape(title)}</h4>{history_html(rows)}" for title, rows in sections if rows)
        self.history.setHtml(html or _t("No changes recorded."))

    def current_assignment(self) -> Assignment | None:
        record = self.roles_table.current_record()
        return record if isinstance(record, Assignment) else None

    @staticmethod
    def _set_keeping(table: RecordTable, records: list[Any]) -> None:
        """Show `records`, the one chosen still chosen (else the first: the edit buttons need one)."""
        current = table.current_record()
        table.source.set_records(records)
        if current is None or not table.select_where(lambda r: r.id == current.id):
            table.select_first()

    def current_extension(self) -> Extension | None:
        record = self.ext_table.current_record()
        return record if isinstance(record, Extension) else None

    def show_record(self, kind: str, record_id: str) -> None:
        """Open the tab of a role assignment or an extension (a flag's subject) with it chosen."""
        table, tab = ((self.ext_table, 2) if kind == "extension" else (self.roles_table, 1))
        self.tabs.setCurrentIndex(tab)
        table.select_where(lambda r: r.id == record_id)
