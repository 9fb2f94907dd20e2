"""The first run's second page for a steward keeping their own log: what their own Pro Forma needs
(roles and since when, hours, school or not, line manager and head of service), so that the rep and
the roles exist when the window opens and the first Ctrl+N just works."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.entries import parse_weekly_hours
from unionrep.core.errors import ValidationError
from unionrep.core.model import Rep
from unionrep.core.policy import Profile
from unionrep.gui.texts import hours_of


def _t(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


@dataclass
class StewardStart:
    """The rep to create and the roles (id, first day) to give them."""
    rep: Rep
    roles: list[tuple[str, dt.date]]


def _email(field: str, text: str) -> str:
    value = text.strip()
    if value and ("@" not in value or " " in value):
        raise ValidationError(field, _t("{value!r} is not an e-mail address").format(value=value))
    return value


class StewardPage(QWidget):
    """Your roles, hours and managers: filled in once, printed on every Pro Forma."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stewardPage")
        self.role_checks: dict[str, QCheckBox] = {}
        self.role_dates: dict[str, QDateEdit] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.roles_group = QGroupBox()
        self.roles_grid = QGridLayout(self.roles_group)
        self.work_group = QGroupBox()
        work = QFormLayout(self.work_group)
        self.weekly_hours = QLineEdit()
        self.weekly_hours.setObjectName("weeklyHoursEdit")
        self.weekly_label = QLabel()
        self.weekly_label.setBuddy(self.weekly_hours)
        self.school = QCheckBox()
        self.school.setObjectName("schoolCheck")
        work.addRow(self.weekly_label, self.weekly_hours)
        work.addRow(self.school)
        self.manager, self.manager_email, self.head, self.head_email = edits = [
            QLineEdit() for _ in range(4)]
        for edit, name in zip(edits, ("managerEdit", "managerEmailEdit", "headEdit", "headEmailEdit"),
                              strict=True):
            edit.setObjectName(name)
        self.people_labels = [QLabel() for _ in range(4)]
        for label, edit in zip(self.people_labels, (self.manager, self.manager_email, self.head,
                                                    self.head_email), strict=True):
            label.setBuddy(edit)
            work.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.roles_group)
        layout.addWidget(self.work_group)
        layout.addStretch(1)
        self.set_texts()

    def set_profile(self, profile: Profile, lang: str) -> None:
        """One tick box and start date per role of the profile (the steward's role ticked)."""
        checked = {role for role, box in self.role_checks.items() if box.isChecked()} or {"steward"}
        while self.roles_grid.count():
            item = self.roles_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.role_checks, self.role_dates = {}, {}
        today = QDate.currentDate()
        for row, role in enumerate(profile.roles.values()):
            box = QCheckBox(role.name(lang))
            box.setObjectName(f"role_{role.id}")
            box.setChecked(role.id in checked)
            since = QDateEdit(today)
            since.setObjectName(f"since_{role.id}")
            since.setCalendarPopup(True)
            since.setDisplayFormat("yyyy-MM-dd")
            since.setEnabled(box.isChecked())
            since.setAccessibleName(_t("{role}: held since").format(role=role.name(lang)))
            box.toggled.connect(since.setEnabled)
            self.roles_grid.addWidget(box, row, 0)
            self.roles_grid.addWidget(since, row, 1)
            self.role_checks[role.id] = box
            self.role_dates[role.id] = since
        if not self.weekly_hours.text():
            self.weekly_hours.setText(hours_of(int(profile.settings.full_time_hours * 60)))

    def set_texts(self) -> None:
        self.intro.setText(_t("<b>Your roles and your managers.</b> Printed on every Pro Forma you make; "
                              "each can be changed later under Reps & roles."))
        self.roles_group.setTitle(_t("The roles you hold, and since when"))
        self.work_group.setTitle(_t("Your job"))
        self.weekly_label.setText(_t("Contracted &hours a week:"))
        self.weekly_hours.setAccessibleName(_t("Contracted hours a week"))
        self.school.setText(_t("I work in a &school (years run with the academic year)"))
        names = (_t("Your line &manager:"), _t("Line manager's e-&mail:"), _t("Your head of &service:"),
                 _t("Head of service's e-ma&il:"))
        for label, name in zip(self.people_labels, names, strict=True):
            label.setText(name)
            label.buddy().setAccessibleName(name.replace("&", "").rstrip(":"))

    def start(self, name: str, union: str, email: str, profile: Profile) -> StewardStart:
        """The rep and roles the page describes; ValidationError naming the field that cannot be read."""
        roles = [(role, self.role_dates[role].date().toPython()) for role, box in self.role_checks.items()
                 if box.isChecked()]
        if not roles:
            raise ValidationError("roles", _t("tick at least one role you hold"))
        rep = Rep(
            name=name, union_name=union, email=email,
            weekly_minutes=parse_weekly_hours(self.weekly_hours.text(), "weekly-hours"),
            full_time_minutes=int(profile.settings.full_time_hours * 60),
            school=self.school.isChecked(), academic_start=profile.settings.academic_year_start,
            manager=self.manager.text().strip(),
            manager_email=_email("manager-email", self.manager_email.text()),
            head_of_service=self.head.text().strip(),
            head_of_service_email=_email("head-of-service-email", self.head_email.text()))
        return StewardStart(rep, [(role, since) for role, since in roles if isinstance(since, dt.date)])
