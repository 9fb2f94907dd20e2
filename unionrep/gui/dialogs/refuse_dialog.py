"""Record a refusal: the reasons (clause 21.2), any alternative offered, and — where the dispute
engine is present — open a dispute so the tribunal deadline starts to be watched. With
`dispute_only` the entry is refused already (refused without a dispute, or logged as refused), and
the dialog opens the dispute for it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionrep.core.errors import UnionrepError
from unionrep.core.model import REFUSED
from unionrep.gui import colours
from unionrep.gui.commands import EditEntry, OpenDispute
from unionrep.gui.context import AppContext
from unionrep.gui.dialogs.quick_entry import pydate, qdate
from unionrep.gui.forms.ui_refuse_dialog import Ui_RefuseDialog
from unionrep.gui.texts import day_text, hours_of
from unionrep.gui.views.base import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("RefuseDialog", text)


class RefuseDialog(QDialog):
    def __init__(self, ctx: AppContext, entry_id: str, parent: QWidget | None = None,
                 dispute_only: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RefuseDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setObjectName("refuseDialog")
        self.entry = ctx.session.entries.get(entry_id)
        self.dispute_id: str | None = None
        self.dispute_only = dispute_only and self.entry.status == REFUSED
        rep = ctx.session.reps.find(self.entry.rep_id)
        self.rep_name = rep.name
        ui = self.ui
        ui.refusedOnEdit.setDate(qdate(self._refused_on() if self.dispute_only else ctx.today()))
        ui.byEdit.setText(rep.manager)
        ui.errorLabel.setStyleSheet(colours.css("error"))
        ui.errorLabel.hide()
        ui.warningLabel.setStyleSheet(colours.css("warning"))
        self.disputes = ctx.session.disputes
        if self.dispute_only:
            ui.disputeCheck.setChecked(True)
            ui.disputeCheck.hide()
        ui.reasonsEdit.textChanged.connect(self._warn)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._set_texts()
        ui.reasonsEdit.setFocus()

    def _set_texts(self) -> None:
        """The texts made here rather than in the form, in the interface's language."""
        ui = self.ui
        ui.introLabel.setText(_t("{name}'s request for {hours} h on {date} was refused.").format(
            name=self.rep_name, hours=hours_of(self.entry.minutes), date=day_text(self.entry.date)))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if self.dispute_only:
            self.setWindowTitle(_t("Open a dispute"))
            ui.introLabel.setText(ui.introLabel.text() + " " + _t(
                "Record the refusal as it happened to open a dispute: the tribunal deadline is worked "
                "out from the refusal date."))
            ok.setText(_t("Open dispute"))
        else:
            ok.setText(_t("Record refusal"))
        self._warn()

    def _refused_on(self) -> dt.date:
        """The day the entry was marked refused, from its audit trail; today if it was logged as
        refused (the user corrects it)."""
        days = [str(h["at"])[:10] for h in self.ctx.session.history.of_record(self.entry.id)
                if h["field"] == "status" and h["new"] == REFUSED]
        try:
            return dt.date.fromisoformat(days[-1]) if days else self.ctx.today()
        except ValueError:
            return self.ctx.today()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
            self._set_texts()
        super().changeEvent(event)

    def _warn(self) -> None:
        if self.ui.reasonsEdit.toPlainText().strip():
            self.ui.warningLabel.hide()
            return
        self.ui.warningLabel.setText(_t(
            "No reasons yet: clause 21.2 says the manager must explain them. Leave this empty only if "
            "none were given — that will be flagged."))
        self.ui.warningLabel.show()

    def save(self) -> None:
        ui = self.ui
        refused_on = pydate(ui.refusedOnEdit.date())
        reasons = ui.reasonsEdit.toPlainText().strip()
        alternative = ui.alternativeEdit.text().strip()
        people = ui.byEdit.text().strip()
        try:
            if ui.disputeCheck.isChecked():
                # the dispute engine records the refusal and the dispute in one transaction, and
                # the undo stack takes both back together (while the dispute has not moved on)
                text = (_t("Open a dispute") if self.dispute_only
                        else _t("Record refusal and open a dispute"))
                command = OpenDispute(self.ctx, self.entry.id, refused_on, reasons, alternative, people,
                                      text)
                self.ctx.execute(command)
                self.dispute_id = command.dispute_id
            else:
                note = _t("Refused on {date}").format(date=refused_on.isoformat())
                if people:
                    note += _t(" by {name}").format(name=people)
                note += ": " + (reasons or _t("no reasons given"))
                if alternative:
                    note += _t("; alternative offered: {text}").format(text=alternative)
                notes = f"{self.entry.notes}\n{note}".strip()
                self.ctx.execute(EditEntry(self.ctx, self.entry.id, {"status": REFUSED, "notes": notes},
                                           _t("Record refusal")))
        except UnionrepError as exc:
            ui.errorLabel.setText(error_text(exc))
            ui.errorLabel.show()
            return
        self.accept()
