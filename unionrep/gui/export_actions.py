"""File ▸ Export the log… (the rows the Log view shows, filters and order as they are, as CSV) and
File ▸ Export the calendar… (approved and taken time off, as .ics for any calendar program).

Files are written whole through unionrep.files.write_file, never over the database or its files;
the file dialog asks before replacing another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from unionrep.core.errors import UnionrepError
from unionrep.files import write_file
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.views.base import error_text, show_error


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


def _ask_path(window: QMainWindow, ctx: AppContext, title: str, name: str, pattern: str,
              suffix: str, write: Callable[[Path], int]) -> QFileDialog:
    folder = ctx.options.get(opt.LAST_FOLDER) or str(Path.home())
    dialog = QFileDialog(window, title, str(Path(folder) / name), pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.setObjectName("exportFileDialog")

    def chosen(text: str) -> None:
        path = Path(text)
        ctx.options.set(opt.LAST_FOLDER, str(path.parent))
        try:
            count = write(path)
        except UnionrepError as exc:
            show_error(window, error_text(exc), _t("Nothing exported"))
            return
        except OSError as exc:
            show_error(window, _t("Could not write {path}: {error}").format(path=str(path), error=exc),
                       _t("Nothing exported"))
            return
        window.statusBar().showMessage(
            _t("Exported {count} entries to {path}").format(count=count, path=str(path)), 10000)

    dialog.fileSelected.connect(chosen)
    window.export_dialog = dialog  # type: ignore[attr-defined]  # kept for tests
    dialog.open()
    return dialog


def shown_entry_ids(log_view: Any) -> list[str]:
    """The ids of the entries the Log view shows, in its order (every row, not only those on screen)."""
    model = log_view.model
    ids = (model.entry_id(row) for row in range(model.rowCount()))
    return [entry_id for entry_id in ids if entry_id is not None]


def export_log(window: Any) -> QFileDialog:
    """File ▸ Export the log…: the Log view's rows, as its filters leave them, to a CSV file that
    `unionrep-cli csv import` reads back."""
    from unionrep.exchange.csv_entries import chosen_entries_csv

    ctx: AppContext = window.ctx
    log_view = window.view("log")

    def write(path: Path) -> int:
        service = ctx.service
        entries = [service.get_entry(entry_id) for entry_id in shown_entry_ids(log_view)]
        write_file(path, chosen_entries_csv(ctx.session, entries, ctx.lang), db_path=ctx.db_path, force=True)
        return len(entries)

    return _ask_path(window, ctx, _t("Export the log"), "unionrep-log.csv", _t("CSV spreadsheet (*.csv)"),
                     "csv", write)


def export_calendar(window: Any) -> QFileDialog:
    """File ▸ Export the calendar…: approved and taken time off as an .ics file."""
    from unionrep.exchange.calendar_entries import entries_calendar

    ctx: AppContext = window.ctx

    def write(path: Path) -> int:
        data, count = entries_calendar(ctx.session, lang=ctx.lang)
        write_file(path, data, db_path=ctx.db_path, force=True)
        return count

    return _ask_path(window, ctx, _t("Export the calendar"), "unionrep-time-off.ics",
                     _t("Calendar file (*.ics)"), "ics", write)
