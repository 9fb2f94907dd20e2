"""A file or folder field: the path's line edit with a Choose… button beside it, as one form row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton


def path_row(edit: QLineEdit, button_text: str, button_name: str,
             choose: Callable[[], object]) -> QHBoxLayout:
    """`edit` stretched, and a button (its text and object name given) that calls `choose`."""
    button = QPushButton(button_text)
    button.setObjectName(button_name)
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row
