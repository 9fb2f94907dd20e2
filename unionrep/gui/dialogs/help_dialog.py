"""Help ▸ Keyboard shortcuts: how the window works, and every keyboard shortcut."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

SHORTCUTS = (
    ("Ctrl+1 … Ctrl+6", "Dashboard, Log, Reps & roles, Requests, Disputes, Settings"),
    ("Ctrl+N", "Log time off (quick entry)"),
    ("Ctrl+F", "Search the log"),
    ("Ctrl+Z", "Undo the last change"),
    ("Ctrl+Shift+Z", "Redo"),
    ("Delete", "Delete the selected entry (Ctrl+Z puts it back)"),
    ("Enter", "Open the selected item"),
    ("Tab", "The next control; out of a table too (the arrow keys move within it)"),
    ("Shift+F10", "What can be done to the selected row (the Menu key does the same)"),
    ("F1", "The unionrep guide"),
    ("Ctrl+Q", "Quit unionrep"),
)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 560)
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        browser.setAccessibleName(self.tr("Help"))
        rows = "".join(
            f"<tr><td style='padding-right:16px'><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in self._shortcuts())
        browser.setHtml(
            "<h2>" + self.tr("Your day in one window") + "</h2>"
            + "<p>" + self.tr(
                "The <b>Dashboard</b> shows every rep's allowances for the year, closest to a cap first: "
                "the solid part of a bar is time used (approved or taken), the hatched part is time "
                "asked for and not yet answered, and the numbers beside it say the same in words. "
                "<b>Needs attention</b> lists everything to act on; press Enter on one to open it.") + "</p>"
            + "<p>" + self.tr(
                "Every change is saved at once; there is no Save button. Anything can be undone with "
                "Ctrl+Z, even a deletion.") + "</p>"
            + "<p>" + self.tr(
                "A request goes from <i>draft</i> to <i>requested</i> (the Pro Forma goes to the "
                "manager), then <i>approved</i> or <i>refused</i>. A refusal needs written reasons "
                "(clause 21.2) and can open a dispute, whose tribunal deadline is worked out for you.")
            + "</p><h3>" + self.tr("Keyboard") + f"</h3><table>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)

    def _shortcuts(self) -> list[tuple[str, str]]:
        # listed through tr() one by one so the translation tools see each sentence
        texts = [
            self.tr("Dashboard, Log, Reps & roles, Requests, Disputes, Settings"),
            self.tr("Log time off (quick entry)"),
            self.tr("Search the log"),
            self.tr("Undo the last change"),
            self.tr("Redo"),
            self.tr("Delete the selected entry (Ctrl+Z puts it back)"),
            self.tr("Open the selected item"),
            self.tr("The next control; out of a table too (the arrow keys move within it)"),
            self.tr("What can be done to the selected row (the Menu key does the same)"),
            self.tr("The unionrep guide"),
            self.tr("Quit unionrep"),
        ]
        return [(keys, text) for (keys, _), text in zip(SHORTCUTS, texts, strict=True)]
