"""`--screenshot DIR`: render every main view, and the quick-entry dialog, to DIR/<view>.png."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from unionrep.gui.main_window import MainWindow

SIZE = QSize(1280, 800)
VIEWS = ("dashboard", "log", "reps", "requests", "disputes", "settings")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def take_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(SIZE)
    window.show()
    _settle()
    written = []
    for key in VIEWS:
        view = window.show_view(key)
        prepare = getattr(view, "prepare_screenshot", None)
        if prepare is not None:
            prepare()
        _settle()
        path = folder / f"{key}.png"
        window.grab().save(str(path))
        written.append(path)
    window.show_view("dashboard")
    window.new_entry()
    dialog = window.quick_entry
    assert dialog is not None
    dashboard = window.view("dashboard")
    balances = getattr(dashboard, "balances", [])
    if balances:  # the rep closest to a cap makes the preview worth reading
        dialog.ui.repCombo.setCurrentIndex(dialog.ui.repCombo.findData(balances[0].rep.id))
    dialog.ui.hoursEdit.setText("")
    dialog.ui.startEdit.setText("09:30")
    dialog.ui.endEdit.setText("12:00")
    dialog.ui.purposeEdit.setText(QCoreApplication.translate(
        "Screenshots", "Represent a member at a grievance hearing"))
    dialog.ui.locationEdit.setText("County Hall, Ruthin")
    dialog.update_preview()
    _settle()
    path = folder / "quick-entry.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.reject()
    window.close()
    return written
