"""The PySide6 application (placeholder window until the desktop app lands)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle("unionrep")
    window.setCentralWidget(QLabel(app.translate("MainWindow", "unionrep")))
    window.show()
    return app.exec()
