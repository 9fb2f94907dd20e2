"""Add or edit a rep (the form is ui/rep_dialog.ui)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QWidget

from unionrep.core import pay
from unionrep.core.entries import parse_weekly_hours
from unionrep.core.errors import UnionrepError
from unionrep.core.model import Rep
from unionrep.gui import colours
from unionrep.gui.commands import AddRep, EditRep
from unionrep.gui.context import AppContext
from unionrep.gui.forms.ui_rep_dialog import Ui_RepDialog
from unionrep.gui.texts import hours_of
from unionrep.gui.views.base import error_text

PAY_NONE, PAY_SCP, PAY_RATE = "none", "scp", "rate"
TEXT_FIELDS = {
    "name": "nameEdit", "employee_no": "employeeNoEdit", "job": "jobEdit", "department": "departmentEdit",
    "workplace": "workplaceEdit", "union_name": "unionEdit", "email": "emailEdit", "manager": "managerEdit",
    "manager_email": "managerEmailEdit", "head_of_service": "headEdit",
    "head_of_service_email": "headEmailEdit", "academic_start": "academicStartEdit",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RepDialog", text)


class RepDialog(QDialog):
    def __init__(self, ctx: AppContext, rep_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RepDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setObjectName("repDialog")
        self.rep = ctx.session.reps.find(rep_id) if rep_id else None
        self.saved_id: str | None = None
        ui = self.ui
        ui.errorLabel.setStyleSheet(colours.css("error"))
        ui.errorLabel.hide()
        for kind in (PAY_NONE, PAY_SCP, PAY_RATE):
            ui.payCombo.addItem("", kind)
        self.hours_from_label = QLabel()
        today = ctx.today()
        self.hours_from_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.hours_from_edit.setObjectName("hoursFromEdit")
        self.hours_from_edit.setCalendarPopup(True)
        self.hours_from_edit.setDisplayFormat("yyyy-MM-dd")
        self.hours_from_label.setBuddy(self.hours_from_edit)
        if self.rep is not None:  # a new rep's hours hold from the start
            ui.hoursGroupForm.insertRow(1, self.hours_from_label, self.hours_from_edit)
        else:
            self.hours_from_label.hide()
            self.hours_from_edit.hide()
        self._set_texts()
        low, high = pay.spine_range()
        ui.scpSpin.setRange(low, high)
        self._rate_shown_for_scp = False
        ui.payCombo.currentIndexChanged.connect(lambda _: self._pay_changed())
        ui.scpSpin.valueChanged.connect(lambda _: self._pay_changed())
        ui.schoolCheck.toggled.connect(ui.academicStartEdit.setEnabled)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._fill()
        ui.nameEdit.setFocus()

    def _set_texts(self) -> None:
        """The texts made here rather than in the form, in the interface's language."""
        self.setWindowTitle(_t("Edit {name}").format(name=self.rep.name) if self.rep else _t("Add a rep"))
        names = {PAY_NONE: _t("Not recorded"), PAY_SCP: _t("NJC spinal column point"),
                 PAY_RATE: _t("Hourly rate")}
        for index in range(self.ui.payCombo.count()):
            self.ui.payCombo.setItemText(index, names[self.ui.payCombo.itemData(index)])
        self.hours_from_label.setText(_t("New hours &from"))
        self.hours_from_edit.setAccessibleName(_t("New weekly hours from"))
        self.hours_from_edit.setToolTip(_t("The day a change of weekly hours starts: earlier days keep the "
                                           "hours they had"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
            self._set_texts()
            self._pay_changed()  # the rate's tooltip and placeholder, in the new language
        super().changeEvent(event)

    def _fill(self) -> None:
        ui, rep = self.ui, self.rep
        full_time = self.ctx.session.profile.settings.full_time_hours
        template = rep or Rep(name="", full_time_minutes=int(full_time * 60),
                              weekly_minutes=int(full_time * 60),
                              academic_start=self.ctx.session.profile.settings.academic_year_start)
        if rep is None:
            template.union_name = self.ctx.session.queries.meta("union_name") or ""
        for attr, widget in TEXT_FIELDS.items():
            getattr(ui, widget).setText(getattr(template, attr))
        ui.weeklyHoursEdit.setText(hours_of(template.weekly_minutes))
        ui.fullTimeHoursEdit.setText(hours_of(template.full_time_minutes))
        ui.schoolCheck.setChecked(template.school)
        ui.academicStartEdit.setEnabled(template.school)
        ui.notesEdit.setPlainText(template.notes)
        if template.scp is not None:
            ui.payCombo.setCurrentIndex(1)
            ui.scpSpin.setValue(template.scp)
        elif template.hourly_rate_pence is not None:
            ui.payCombo.setCurrentIndex(2)
            ui.rateEdit.setText(pay.display_rate(Fraction(template.hourly_rate_pence, 100)))
        self._pay_changed()

    def _pay_changed(self) -> None:
        """The rate field: typed for an hourly rate; for a spine point, that point's rate in the NJC
        pay data shipped (read only); empty where pay is not recorded."""
        ui = self.ui
        kind = ui.payCombo.currentData()
        ui.scpSpin.setEnabled(kind == PAY_SCP)
        ui.rateEdit.setEnabled(kind != PAY_NONE)
        ui.rateEdit.setReadOnly(kind == PAY_SCP)
        if kind == PAY_SCP:
            ui.rateEdit.setPlaceholderText("")
            ui.rateEdit.setText(pay.display_rate(pay.hourly_rate_for_scp(ui.scpSpin.value())))
            ui.rateEdit.setToolTip(_t("The hourly rate of spinal column point {scp} ({pay}): set by the "
                                      "point chosen").format(scp=ui.scpSpin.value(), pay=pay.SPINE_LABEL))
        else:
            if self._rate_shown_for_scp:  # a spine point's rate is not the rep's own rate
                ui.rateEdit.clear()
            ui.rateEdit.setPlaceholderText(_t("e.g. 17.06") if kind == PAY_RATE else "")
            ui.rateEdit.setToolTip("")
        self._rate_shown_for_scp = kind == PAY_SCP

    def values(self) -> dict[str, Any]:
        """The rep's fields from the form; ValidationError naming the field if one cannot be read."""
        ui = self.ui
        values: dict[str, Any] = {attr: getattr(ui, widget).text().strip()
                                  for attr, widget in TEXT_FIELDS.items()}
        values["weekly_minutes"] = parse_weekly_hours(ui.weeklyHoursEdit.text(), "weekly-hours")
        values["full_time_minutes"] = parse_weekly_hours(ui.fullTimeHoursEdit.text(), "full-time-hours")
        values["school"] = ui.schoolCheck.isChecked()
        if not values["academic_start"]:
            values["academic_start"] = self.ctx.session.profile.settings.academic_year_start
        kind = ui.payCombo.currentData()
        values["scp"] = ui.scpSpin.value() if kind == PAY_SCP else None
        values["hourly_rate_pence"] = (pay.parse_money_pence(ui.rateEdit.text(), "hourly-rate")
                                       if kind == PAY_RATE else None)
        values["notes"] = ui.notesEdit.toPlainText().strip()
        return values

    def save(self) -> None:
        try:
            values = self.values()
            if self.rep is None:
                rep = Rep(**values)
                self.ctx.execute(AddRep(self.ctx, rep))
                self.saved_id = rep.id
            else:
                changes = {k: v for k, v in values.items() if getattr(self.rep, k) != v}
                if changes:
                    d = self.hours_from_edit.date()
                    self.ctx.execute(EditRep(self.ctx, self.rep.id, changes,
                                             hours_from=dt.date(d.year(), d.month(), d.day())))
                self.saved_id = self.rep.id
        except UnionrepError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.errorLabel.show()
            return
        self.accept()
