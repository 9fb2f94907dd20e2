"""The buttons that make a document (a rep's yearly statement, the branch summary): made with
the view that shows them, their forms and file dialogs (gui/operations/documents.py) imported when
first pressed, after the window's first paint."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from unionrep.gui.views.dashboard import DashboardView
    from unionrep.gui.views.rep_page import RepPage


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentActions", text)


def _button(text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(QIcon(":/icons/pdf.svg"), text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(lambda: slot())
    return button


def statement_button(page: RepPage) -> QPushButton:
    def ask() -> None:
        from unionrep.gui.operations.documents import ask_statement

        ask_statement(page)

    return _button(_t("Yearly statement…"), "statementButton",
                   _t("Save the rep's statement for a year as a PDF or a CSV spreadsheet"), ask)


def summary_button(view: DashboardView) -> QPushButton:
    def ask() -> None:
        from unionrep.gui.operations.documents import ask_summary

        ask_summary(view, view.ctx)

    return _button(_t("Branch summary…"), "branchSummaryButton",
                   _t("Save every rep's year as a PDF or a CSV spreadsheet, with the facility time "
                      "tables if wanted"), ask)
