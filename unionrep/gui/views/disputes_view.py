"""Disputes: each refusal or complaint, its stage on the ladder, and the days left to the tribunal
deadline; the one chosen shows its stages and how the deadline was worked out."""

from __future__ import annotations

from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionrep.app.disputes import DisputeService
from unionrep.core import disputes as dispute_rules
from unionrep.core.deadlines import days_text
from unionrep.gui import colours
from unionrep.gui import context as ctx_mod
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.models.small_models import RecordsModel
from unionrep.gui.operations import disputes as dispute_operations
from unionrep.gui.texts import day_text
from unionrep.gui.views.base import header_row
from unionrep.gui.widgets import view_actions
from unionrep.gui.widgets.record_table import RecordTable


class DisputeColumn(IntEnum):
    REP = 0
    KIND = 1
    REFUSED_ON = 2
    STAGE = 3
    LAST_DAY = 4
    DAYS_LEFT = 5
    OUTCOME = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("DisputesView", text)


def stage_text(kind: str, number: int, lang: str) -> str:
    return dispute_rules.stage_label(kind, number, lang)


def outcome_text(outcome: str | None, lang: str) -> str:
    return dispute_rules.outcome_label(outcome, lang)


class DisputesView(QWidget):
    @property
    def disputes(self) -> DisputeService:
        return self.ctx.session.disputes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self._names: dict[str, str] = {}
        self._deadlines: dict[str, Any] = {}
        headers = {DisputeColumn.REP: _t("Rep"), DisputeColumn.KIND: _t("Kind"),
                   DisputeColumn.REFUSED_ON: _t("Refused on"), DisputeColumn.STAGE: _t("Stage"),
                   DisputeColumn.LAST_DAY: _t("Tribunal deadline"), DisputeColumn.DAYS_LEFT: _t("Days left"),
                   DisputeColumn.OUTCOME: _t("Outcome")}
        self.model: RecordsModel[Any] = RecordsModel(DisputeColumn, headers, self._cell, self._sort_key,
                                                     tooltip=self._tooltip,
                                                     numbers=(DisputeColumn.DAYS_LEFT,))
        self.table = RecordTable(self.model, _t("Disputes"))
        self.table.setObjectName("disputesTable")
        self.table.set_widths([150, 70, 88, 180, 122, 72])
        self.table.sortByColumn(DisputeColumn.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
        self.open_only = QCheckBox(_t("Open disputes only"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _: self.reload())
        self.details = QTextBrowser()
        self.details.setObjectName("disputeDetails")
        self.details.setAccessibleName(_t("The dispute in full"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 340])

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, icon, text, slot in (
            ("escalate", "disputes", _t("Escalate…"), dispute_operations.escalate),
            ("respond", "edit", _t("Record response…"), dispute_operations.respond),
            ("acas", "", _t("ACAS dates…"), dispute_operations.acas),
            ("letter", "pdf", _t("Letter…"), dispute_operations.letter),
        ):
            button = QPushButton(QIcon(f":/icons/{icon}.svg") if icon else QIcon(), text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(lambda _=False, fn=slot: fn(self))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        complaint = QPushButton(QIcon(":/icons/add.svg"), _t("New complaint…"))
        complaint.setObjectName("complaintButton")
        complaint.setToolTip(_t("A complaint about how the agreement is operated (clause 22.1)"))
        complaint.clicked.connect(lambda: dispute_operations.complaint(self))
        row.addWidget(complaint)
        view_actions.mirror(self, (self.buttons["escalate"], "Ctrl+Shift+E"),
                            (self.buttons["respond"], "Ctrl+Shift+R"),
                            (self.buttons["acas"], "Ctrl+Shift+D"),
                            (self.buttons["letter"], "Ctrl+P"), (complaint, "Ctrl+Shift+N"),
                            menu_of=self.table)

        layout.addLayout(header_row(_t("Disputes"), self.open_only))
        layout.addWidget(self.splitter, 1)
        layout.addLayout(row)
        self.restore_splitter()
        self.table.record_changed.connect(self._show)
        ctx.changed.connect(self._on_changed)
        self.reload()
        self.table.select_first()

    # -- table ---------------------------------------------------------------------------------

    def _cell(self, d: Any, column: DisputeColumn) -> str:
        lang = self.ctx.lang
        if column == DisputeColumn.REP:
            return str(self._names.get(d.rep_id, ""))
        if column == DisputeColumn.KIND:
            return _t("Refusal") if d.kind == "refusal" else _t("Complaint")
        if column == DisputeColumn.REFUSED_ON:
            return day_text(d.failure_on)  # sorted by the ISO date (_sort_key)
        if column == DisputeColumn.STAGE:
            return stage_text(d.kind, d.stage, lang)
        deadline = self._deadlines.get(d.id)
        if column == DisputeColumn.LAST_DAY:
            if deadline is None or deadline.last_day is None:
                return _t("out of time") if deadline is not None and deadline.out_of_time else ""
            return day_text(deadline.last_day)
        if column == DisputeColumn.DAYS_LEFT:
            left = self._days_left(d)
            if left is None:
                return "—"
            return str(left) if left >= 0 else _t("passed")
        return outcome_text(d.outcome, lang)

    def _tooltip(self, d: Any, column: DisputeColumn) -> str | None:
        """The deadline's columns explain it in one line (limit, ACAS, the month-end reading)."""
        if column not in (DisputeColumn.LAST_DAY, DisputeColumn.DAYS_LEFT):
            return None
        deadline = self._deadlines.get(d.id)
        return None if deadline is None else str(deadline.text(self.ctx.lang))

    def _days_left(self, d: Any) -> int | None:
        assert self.disputes is not None
        return self.disputes.days_left(d, self.ctx.today())  # type: ignore[no-any-return]

    def _sort_key(self, d: Any, column: DisputeColumn) -> object:
        if column == DisputeColumn.DAYS_LEFT:
            left = self._days_left(d)
            return 10**6 if left is None else left
        if column == DisputeColumn.STAGE:
            return d.stage
        if column == DisputeColumn.REFUSED_ON:
            return str(d.failure_on.isoformat())
        if column == DisputeColumn.LAST_DAY:
            deadline = self._deadlines.get(d.id)
            last_day = None if deadline is None else deadline.last_day
            return "~" if last_day is None else str(last_day.isoformat())  # none (out of time): last
        return None

    def reload(self) -> None:
        self._names = {r.id: r.name for r in self.ctx.session.reps.all()}
        records = self.disputes.disputes(open_only=self.open_only.isChecked())
        self._deadlines = {d.id: self.disputes.deadline(d) for d in records}
        current = self.current_dispute()
        self.model.set_records(records)
        self.table.fit_columns(widest=180)
        if current is not None:
            self.table.select_where(lambda d: d.id == current.id)

    def _on_changed(self, what: str) -> None:
        if what in (ctx_mod.DISPUTES, ctx_mod.ENTRIES, ctx_mod.REPS, ctx_mod.POLICY):
            self.reload()
            self._show(self.current_dispute())

    def current_dispute(self) -> Any:
        return self.table.current_record()

    def select_dispute(self, dispute_id: str) -> bool:
        if self.table.select_where(lambda d: d.id == dispute_id):
            return True
        self.open_only.setChecked(False)
        return self.table.select_where(lambda d: d.id == dispute_id)

    # -- the dispute in full -------------------------------------------------------------------

    def _show(self, dispute: Any) -> None:
        for key, button in self.buttons.items():
            enabled = dispute is not None and (dispute.is_open if hasattr(dispute, "is_open")
                                               else dispute.outcome is None)
            if key == "letter":
                enabled = dispute is not None
            button.setEnabled(enabled)
        if dispute is None:
            hint = escape(_t("Choose a dispute to see it in full."))
            self.details.setHtml(f"<p style='color:#555'>{hint}</p>")
            return
        self.details.setHtml(self.dispute_html(dispute))

    def dispute_html(self, d: Any) -> str:
        lang = self.ctx.lang
        deadline = self.disputes.deadline(d)
        left = self._days_left(d)
        if deadline.out_of_time:
            head = _t("Out of time for a tribunal claim.")
        elif getattr(deadline, "acas_pending", False):
            head = _t("ACAS early conciliation under way: the tribunal clock is stopped until the "
                      "certificate (Day B) is recorded.")
        elif deadline.last_day is not None:
            head = _t("Last day to present a tribunal claim: {day}").format(day=day_text(deadline.last_day))
            if left is not None:
                head += " — " + (_t("{n} left").format(n=days_text(left, lang)) if left >= 0
                                 else _t("passed {n} ago").format(n=days_text(-left, lang)))
        else:
            head = ""
        facts = [
            (_t("Refused on") if d.kind == "refusal" else _t("Complaint about"), day_text(d.failure_on)),
            (_t("Reasons given"), d.reasons or _t("none recorded (clause 21.2)")),
            (_t("Alternative offered"), d.alternative),
            (_t("People involved"), d.people),
            (_t("ACAS Day A"), day_text(d.acas_day_a)),
            (_t("ACAS Day B"), day_text(d.acas_day_b)),
            (_t("Now at"), stage_text(d.kind, d.stage, lang)),
            (_t("Outcome"), outcome_text(d.outcome, lang)),
            (_t("Notes"), d.notes),
        ]
        rows = "".join(f"<tr><td style='color:#555; padding-right:10px'>{escape(k)}</td>"
                       f"<td>{escape(v)}</td></tr>"
                       for k, v in facts if v)
        welsh = getattr(deadline, "steps_cy", ())
        steps = "".join(f"<li>{escape(step)}</li>"
                        for step in (welsh if lang == "cy" and welsh else deadline.steps))
        muted = colours.colour("muted").name()
        stages = []
        for s in self.disputes.stages(d.id):
            answered = (_t("answered {day}").format(day=day_text(s.response_on)) if s.response_on
                        else _t("no answer yet"))
            text = f"<b>{escape(stage_text(d.kind, s.number, lang))}</b>"
            if s.to_whom:
                text += f" — {escape(s.to_whom)}"
            if getattr(s, "due", s.response_due) is None:  # the tribunal step awaits no answer
                text += "<br>" + escape(_t("raised {raised}; no answer is due at this step; {answered}")
                                        .format(raised=day_text(s.raised_on), answered=answered))
            else:
                text += "<br>" + escape(_t("raised {raised}, answer due {due}; {answered}").format(
                    raised=day_text(s.raised_on), due=day_text(s.response_due), answered=answered))
            rule = getattr(s, "response_due_rule", None)
            if rule is not None:  # how the date was reached (working days, bank holidays)
                text += f"<br><span style='color:{muted}'>{escape(rule(lang))}</span>"
            if s.response:
                text += "<br><i>" + escape(s.response) + "</i>"
            stages.append(f"<li>{text}</li>")
        name = self._names.get(d.rep_id, "")
        return (f"<h3>{escape(name)} — {escape(self._cell(d, DisputeColumn.KIND))}</h3>"
                f"<p><b>{escape(head)}</b></p><table>{rows}</table>"
                f"<h4>{escape(_t('Stages'))}</h4><ol>{''.join(stages)}</ol>"
                f"<h4>{escape(_t('How the deadline was worked out'))}</h4><ul>{steps}</ul>")

    def prepare_screenshot(self) -> None:
        if self.table is not None:
            self.table.select_first()

    def save_state(self) -> None:
        splitter = getattr(self, "splitter", None)
        if splitter is not None:
            self.ctx.options.set(opt.splitter_option("disputes"), splitter.saveState())

    def restore_splitter(self) -> None:
        state = self.ctx.options.get(opt.splitter_option("disputes"))
        splitter = getattr(self, "splitter", None)
        if splitter is not None and not state.isEmpty():
            splitter.restoreState(state)
