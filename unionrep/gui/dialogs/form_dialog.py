"""A small form in a dialog, for the short questions (assign a role, end it, an extension, TOIL).

The dialog stays open until `submit` accepts the values: a UnionrepError from it (naming the field
and the rule) is shown in the dialog, and nothing has changed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.errors import UnionrepError
from unionrep.gui import colours
from unionrep.gui.views.base import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("FormDialog", text)


@dataclass
class Field:
    key: str
    label: str
    kind: str = "text"  # text | multiline | date | optional_date | choice | check
    default: Any = None
    choices: list[tuple[str, Any]] = field(default_factory=list)
    placeholder: str = ""
    help: str = ""


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    def __init__(self, title: str, fields: list[Field], submit: Callable[[dict[str, Any]], None],
                 parent: QWidget | None = None, intro: str = "", ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.fields = fields
        self.widgets: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        for f in fields:
            widget, holder = self._make(f)
            self.widgets[f.key] = widget
            if f.help:
                holder.setToolTip(f.help)
            if f.kind == "check":
                form.addRow("", holder)
            else:
                form.addRow(f.label, holder)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colours.css("error"))
        self.error.setAccessibleName(_t("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())

    def _make(self, f: Field) -> tuple[Any, QWidget]:
        name = f.label.replace("&", "").rstrip(":")
        if f.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlainText(f.default or "")
            edit.setPlaceholderText(f.placeholder)
            edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
            edit.setAccessibleName(name)
            return edit, edit
        if f.kind in ("date", "optional_date"):
            date = QDateEdit()
            date.setDisplayFormat("yyyy-MM-dd")
            date.setCalendarPopup(True)
            date.setDate(_qdate(f.default if isinstance(f.default, dt.date) else dt.date.today()))
            date.setAccessibleName(name)
            if f.kind == "date":
                return date, date
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            check = QCheckBox(_t("set"))
            check.setAccessibleName(_t("{name} is set").format(name=name))
            check.setChecked(isinstance(f.default, dt.date))
            date.setEnabled(check.isChecked())
            check.toggled.connect(date.setEnabled)
            row.addWidget(check)
            row.addWidget(date, 1)
            return (check, date), holder
        if f.kind == "choice":
            combo = QComboBox()
            for text, data in f.choices:
                combo.addItem(text, data)
            index = combo.findData(f.default)
            combo.setCurrentIndex(max(index, 0))
            combo.setAccessibleName(name)
            return combo, combo
        if f.kind == "check":
            check = QCheckBox(f.label)
            check.setChecked(bool(f.default))
            return check, check
        line = QLineEdit("" if f.default is None else str(f.default))
        line.setPlaceholderText(f.placeholder)
        line.setAccessibleName(name)
        return line, line

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for f in self.fields:
            w = self.widgets[f.key]
            if f.kind == "multiline":
                result[f.key] = w.toPlainText().strip()
            elif f.kind == "date":
                result[f.key] = _pydate(w.date())
            elif f.kind == "optional_date":
                check, date = w
                result[f.key] = _pydate(date.date()) if check.isChecked() else None
            elif f.kind == "choice":
                result[f.key] = w.currentData()
            elif f.kind == "check":
                result[f.key] = w.isChecked()
            else:
                result[f.key] = w.text().strip()
        return result

    def widget(self, key: str) -> Any:
        return self.widgets[key]

    def _accept(self) -> None:
        try:
            self.submit(self.values())
        except UnionrepError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        except Exception as exc:  # a fault, not bad input: say so rather than lose the window
            logging.getLogger("unionrep.gui").exception("form submit failed")
            self.error.setText(_t("Something went wrong, nothing was saved: {error}").format(error=exc))
            self.error.show()
            return
        self.accept()
