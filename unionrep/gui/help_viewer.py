"""Help ▸ unionrep guide (F1): the user guide shipped in unionrep/help/, shown in the interface's language.

A window beside the main one (not modal), so the guide can stay open while the rep works; asking for
it again brings the open one forward.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from unionrep.gui import texts
from unionrep.help import guide


class HelpViewer(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("helpViewer")
        self.setWindowTitle(self.tr("unionrep guide"))
        self.setWindowIcon(QIcon(":/icons/help.svg"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(760, 680)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setAccessibleName(self.tr("The unionrep guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(18)
        self.browser.setMarkdown(guide(lang))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        # the interface's language switched (View ▸ Iaith / Language, Settings): the guide follows
        if event.type() == QEvent.Type.LanguageChange and texts.current_lang() != self.lang:
            self.set_lang(texts.current_lang())
        super().changeEvent(event)

    def set_lang(self, lang: str) -> None:
        """Show the guide in `lang`, and the window's own words in the interface's language."""
        self.lang = lang
        self.setWindowTitle(self.tr("unionrep guide"))
        self.browser.setAccessibleName(self.tr("The unionrep guide"))
        self.browser.setMarkdown(guide(lang))  # (the Close button retranslates itself)


def show_help(parent: QWidget | None, lang: str) -> HelpViewer:
    """Open the guide in `lang` ("cy" or "en"), or bring forward the one already open."""
    if parent is not None:
        for viewer in parent.findChildren(HelpViewer):
            if viewer.lang == lang and viewer.isVisible():
                viewer.raise_()
                viewer.activateWindow()
                return viewer
    viewer = HelpViewer(lang, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return viewer


class GuideKey(QObject):
    """F1 in a modal dialog. Qt blocks every shortcut of the windows a modal dialog covers, the
    application-wide F1 of the main window among them, so the key is caught here and the guide is
    opened over the dialog (as its child, so the dialog's modality does not block it too)."""

    def __init__(self, lang: Callable[[], str], parent: QObject) -> None:
        super().__init__(parent)
        self.lang = lang

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.HelpContents)):
            modal = QApplication.activeModalWidget()
            if modal is not None and not isinstance(modal, HelpViewer):
                show_help(modal, self.lang())
                return True
        return False
