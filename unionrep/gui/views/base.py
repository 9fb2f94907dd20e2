"""Pieces every view uses: a title row, and a clear "not available yet" page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from unionrep.core.errors import NotFoundError, ProfileError, UnionrepError, ValidationError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def header_row(title: str, *widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(title_label(title))
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


def _t(text: str) -> str:
    """A field's name (only field_name uses this; the views' own words are written out below)."""
    return QCoreApplication.translate("Fields", text)


def field_name(field: str) -> str:
    """The field an error names, in the interface's language: in English its id as the core says
    it ("hours", "weekly-hours"), in Welsh the field's Welsh name ("oriau")."""
    names = {
        "academic-start": _t("academic-start"), "case": _t("case"), "case_ref": _t("case_ref"),
        "category": _t("category"), "date": _t("date"), "day-b": _t("day-b"), "acas-a": _t("acas-a"),
        "employee-no": _t("employee-no"), "end": _t("end"), "end_on": _t("end_on"),
        "entry": _t("entry"), "extra_minutes": _t("extra_minutes"), "file": _t("file"),
        "from": _t("from"), "full-time-hours": _t("full-time-hours"), "hourly-rate": _t("hourly-rate"),
        "hourly_rate": _t("hourly_rate"), "hours": _t("hours"), "keep": _t("keep"), "kind": _t("kind"),
        "minutes": _t("minutes"), "months": _t("months"), "name": _t("name"),
        "notice-on": _t("notice-on"), "on": _t("on"), "outcome": _t("outcome"), "paid": _t("paid"),
        "passphrase": _t("passphrase"), "pay-bill": _t("pay-bill"), "pay_bill": _t("pay_bill"),
        "raised-on": _t("raised-on"), "reason": _t("reason"), "refused-on": _t("refused-on"),
        "rep": _t("rep"), "review-on": _t("review-on"), "review_on": _t("review_on"),
        "reviewed-on": _t("reviewed-on"), "role": _t("role"), "scp": _t("scp"),
        "secondment-percent": _t("secondment-percent"), "secondment_percent": _t("secondment_percent"),
        "stage": _t("stage"), "start": _t("start"), "start_on": _t("start_on"), "status": _t("status"),
        "to": _t("to"), "weekly-hours": _t("weekly-hours"), "year": _t("year"),
    }
    return names.get(field, field)


def error_text(exc: Exception) -> str:
    """What went wrong, naming the field and the rule, as the application layer said it."""
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Views", "{field}: {rule}").format(field=field_name(exc.field),
                                                                              rule=exc.rule)
    if isinstance(exc, ProfileError):
        return QCoreApplication.translate("Views", "{key}: {rule}").format(key=exc.key, rule=exc.rule)
    if isinstance(exc, NotFoundError | UnionrepError):
        return str(exc)
    return str(exc)


def show_error(parent: QWidget, exc: Exception | str, title: str = "") -> QMessageBox:
    """A non-blocking message box (open(), never exec(), so nothing waits on it)."""
    from PySide6.QtWidgets import QMessageBox  # its class and enums made by the bindings when first used

    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("Views", "Not saved"),
                      exc if isinstance(exc, str) else error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
