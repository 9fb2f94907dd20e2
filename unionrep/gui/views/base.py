"""Pieces every view uses: a title row, and a clear "not available yet" page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from unionrep.core.errors import NotFoundError, ProfileError, UnionrepError, ValidationError


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


def unavailable_page(what: str, parent: QWidget | None = None) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    label = QLabel(QCoreApplication.translate(
        "Views", "{what} are not available yet in this version of unionrep.").format(what=what))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("unavailable")
    layout.addWidget(label)
    layout.addStretch(2)
    return page


def error_text(exc: Exception) -> str:
    """What went wrong, naming the field and the rule, as the Service said it."""
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Views", "{field}: {rule}").format(field=exc.field, rule=exc.rule)
    if isinstance(exc, ProfileError):
        return QCoreApplication.translate("Views", "{key}: {rule}").format(key=exc.key, rule=exc.rule)
    if isinstance(exc, NotFoundError | UnionrepError):
        return str(exc)
    return str(exc)


def show_error(parent: QWidget, exc: Exception | str, title: str = "") -> QMessageBox:
    """A non-blocking message box (open(), never exec(), so nothing waits on it)."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      title or QCoreApplication.translate("Views", "Not saved"),
                      exc if isinstance(exc, str) else error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
