"""Documents made from the window: a rep's yearly statement, the branch summary and a dispute's
letter (`session.documents`, as the command line makes them).

Each asks what to make in a small form (the year or the step, the language), then where to save
it: the file dialog asks before replacing a file, and the extension chosen (.pdf or .csv) is the
format. The document is made off the GUI thread with a busy dialog (its Cancel leaves no file),
then written on the GUI thread to a temporary file beside the target and renamed into place, and
the user is offered to open it. Print… beside the save button makes the PDF and hands its pages to
the system's print dialog instead (unionrep.gui.printing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from unionrep.app.session import Session
from unionrep.core import disputes as dispute_rules
from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.core.model import Rep
from unionrep.core.periods import year_of, year_starting
from unionrep.files import check_target, write_file
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.dialogs.form_dialog import Field, FormDialog
from unionrep.gui.views.base import error_text, show_error
from unionrep.gui.workers import Task, run_in_thread

if TYPE_CHECKING:
    from unionrep.gui.views.disputes_view import DisputesView
    from unionrep.gui.views.rep_page import RepPage

Render = Callable[[Session, str], bytes]  # (a worker's own Session, "pdf" | "csv") -> the file
YEARS_OFFERED = 20


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentActions", text)


class _Signals(QObject):
    saved = Signal(object)  # the Path of a document just written


_signals: _Signals | None = None


def signals() -> _Signals:
    """Where `saved(path)` is emitted each time a document has been written."""
    global _signals
    if _signals is None:
        _signals = _Signals()
    return _signals


def languages() -> list[tuple[str, str]]:
    return [(_t("Welsh first, then English"), "bilingual"), (_t("Welsh only"), "cy"),
            (_t("English only"), "en")]


def default_language(ctx: AppContext) -> str:
    """The database's document_language setting, else bilingual."""
    chosen = (ctx.session.queries.meta("document_language") or "").strip()
    return chosen if chosen in ("bilingual", "cy", "en") else "bilingual"


# -- the yearly statement ------------------------------------------------------------------------


def rep_years(ctx: AppContext, rep: Rep) -> list[tuple[str, int]]:
    """(label, starting year) of each of the rep's years with roles or time, the latest first."""
    session = ctx.session
    today = ctx.today()
    starts = [a.start_on for a in session.roles.assignments(rep.id)]
    first_entry = session.queries.first_entry_date(rep.id)
    if first_entry:
        starts.append(first_entry)
    latest = rep.year_of(today).start.year
    earliest = max(rep.year_of(min(starts, default=today)).start.year, latest - YEARS_OFFERED + 1)
    return [(year_starting(y, rep.year_start()).label, y) for y in range(latest, earliest - 1, -1)]


def ask_statement(page: RepPage) -> None:
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    years = rep_years(ctx, rep)
    shown = page.year_combo.currentData()
    chosen = rep.year_of(shown).start.year if isinstance(shown, dt.date) else years[0][1]

    def submit(values: dict[str, Any]) -> None:
        year, lang, flat = values["year"], values["lang"], values["flat"]
        label = dict((y, text) for text, y in years)[year].replace("/", "-")
        ask_file(page, ctx, _t("Save the yearly statement"), f"statement-{_slug(rep.name)}-{label}",
                 ("csv", "pdf") if flat else ("pdf", "csv"),
                 lambda own, fmt: own.documents.statement(rep.id, year, fmt, lang, flat=flat),
                 _t("Making the statement…"))

    form = _form(page, _t("Yearly statement for {name}").format(name=rep.name),
          [Field("year", _t("&Year:"), "choice", chosen, [(text, y) for text, y in years]),
           Field("lang", _t("&Language:"), "choice", default_language(ctx), languages()),
           flat_field()],
          submit, "statementDialog",
          _t("Allowances, hours by role, category and month, extensions, TOIL and the cost, for one "
             "of the rep's years. Save it as .pdf to print, or .csv for a spreadsheet."))
    _print_button(form, ctx, _t("Yearly statement for {name}").format(name=rep.name),
                 lambda v: lambda own: own.documents.statement(rep.id, v["year"], "pdf", v["lang"]))


def flat_field() -> Field:
    return Field("flat", _t("As a &flat CSV: one header row, one record a row"), "check", False,
                 help=_t("For a spreadsheet's filters or pandas, read as it is; without it the CSV "
                         "has the document's sections, each with its own header row"))


# -- the branch summary --------------------------------------------------------------------------


def branch_years(ctx: AppContext) -> list[tuple[str, int]]:
    today = ctx.today()
    first = ctx.session.queries.first_entry_date()
    earliest = year_of(first or today).start.year
    latest = year_of(today).start.year
    earliest = max(earliest, latest - YEARS_OFFERED + 1)
    return [(f"{y}/{(y + 1) % 100:02d}", y) for y in range(latest, earliest - 1, -1)]


def ask_summary(parent: QWidget, ctx: AppContext, on: dt.date | None = None) -> None:
    years = branch_years(ctx)
    if on is None and hasattr(parent, "on_date"):
        on = parent.on_date()
    chosen = year_of(on).start.year if on is not None else years[0][1]

    def submit(values: dict[str, Any]) -> None:
        year, lang, tables, flat = values["year"], values["lang"], values["tables"], values["flat"]
        ask_file(parent, ctx, _t("Save the branch summary"), f"branch-summary-{year}-{(year + 1) % 100:02d}",
                 ("csv", "pdf") if flat else ("pdf", "csv"),
                 lambda own, fmt: own.documents.branch_summary(year, fmt, lang, tables=tables, flat=flat),
                 _t("Making the branch summary…"))

    form = _form(parent, _t("Branch facility time summary"),
          [Field("year", _t("&Year:"), "choice", chosen, years),
           Field("lang", _t("&Language:"), "choice", default_language(ctx), languages()),
           Field("tables", _t("Add the four facility time &tables (SI 2017/328)"), "check", False,
                 help=_t("The share of the pay bill uses the pay bill set under Settings")),
           flat_field()],
          submit, "summaryDialog",
          _t("Every rep's year: roles, allowances used, paid facility time and its cost. Save it as "
             ".pdf to print, or .csv for a spreadsheet."))
    _print_button(form, ctx, _t("Branch facility time summary"),
                 lambda v: lambda own: own.documents.branch_summary(v["year"], "pdf", v["lang"],
                                                                   tables=v["tables"]))


# -- a dispute's letter --------------------------------------------------------------------------


def letter_stages(view: DisputesView, dispute: Any) -> list[tuple[str, int]]:
    """(label, step) of each step that has a letter: every step raised, and the next one (a draft)."""
    disputes, lang = view.disputes, view.ctx.lang
    steps = dispute_rules.ladder(dispute.kind)

    def has_letter(n: int) -> bool:
        return dispute.kind == dispute_rules.COMPLAINT or steps[n] != "tribunal"

    choices = [(f"{s.number} · {dispute_rules.stage_label(dispute.kind, s.number, lang)}", s.number)
               for s in disputes.stages(dispute.id) if has_letter(s.number)]
    following = dispute.stage + 1
    if dispute.is_open and following < len(steps) and has_letter(following):
        choices.append((_t("{number} · {step} (the next step: a draft dated today)").format(
            number=following, step=dispute_rules.stage_label(dispute.kind, following, lang)), following))
    return choices


def ask_letter(view: DisputesView) -> None:
    d = view.current_dispute()
    if d is None:
        return
    ctx = view.ctx
    stages = letter_stages(view, d)
    if not stages:
        show_error(view, _t("No step of this dispute has a letter."), _t("Letter"))
        return
    default = d.stage if any(n == d.stage for _, n in stages) else stages[-1][1]

    def submit(values: dict[str, Any]) -> None:
        stage, lang = values["stage"], values["lang"]
        today = ctx.today()
        ask_file(view, ctx, _t("Save the letter"), f"letter-{d.id[:8]}-stage-{stage}", ("pdf",),
                 lambda own, _fmt: own.documents.letter(d.id, stage, lang, today=today),
                 _t("Making the letter…"))

    form = _form(view, _t("Letter for the dispute"),
          [Field("stage", _t("&Step:"), "choice", default, stages),
           Field("lang", _t("&Language:"), "choice", default_language(ctx), languages())],
          submit, "letterDialog",
          _t("A letter for a step already raised is dated the day it was raised; the next step's "
             "letter is a draft dated today."))
    today = ctx.today()
    _print_button(form, ctx, _t("Letter for the dispute"),
                 lambda v: lambda own: own.documents.letter(d.id, v["stage"], v["lang"], today=today))


# -- shared: the form, the file, the work ----------------------------------------------------------


def _slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name).lower().split()) or "rep"


def _print_button(*args: Any, **kwargs: Any) -> None:
    """printing.print_button, whose module (and Qt's print support) is imported when first wanted,
    not with the dashboard."""
    from unionrep.gui.printing import print_button

    print_button(*args, **kwargs)


def _form(parent: QWidget, title: str, fields: list[Field], submit: Callable[[dict[str, Any]], None],
          name: str, intro: str) -> FormDialog:
    dialog = FormDialog(title, fields, submit, parent, intro=intro, ok_text=_t("Choose the file…"))
    dialog.setObjectName(name)
    parent.document_dialog = dialog  # type: ignore[attr-defined]  # kept for tests and for focus
    dialog.open()
    return dialog


def ask_file(parent: QWidget, ctx: AppContext, title: str, name: str, formats: tuple[str, ...],
             render: Render, label: str) -> QFileDialog:
    """Ask where to save (the dialog confirms before replacing a file), then make the document."""
    folder = ctx.options.get(opt.LAST_FOLDER) or str(Path.home())
    filters = {"pdf": _t("PDF document (*.pdf)"), "csv": _t("CSV spreadsheet (*.csv)")}
    dialog = QFileDialog(parent, title, str(Path(folder) / f"{name}.{formats[0]}"),
                         ";;".join(filters[f] for f in formats))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(formats[0])
    dialog.setObjectName("documentFileDialog")
    dialog.filterSelected.connect(
        lambda chosen: dialog.setDefaultSuffix(next((f for f in formats if f"*.{f}" in chosen), formats[0])))
    dialog.fileSelected.connect(lambda path: save(parent, ctx, Path(path), formats, render, label))
    parent.file_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def file_format(path: Path, formats: tuple[str, ...]) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in formats:
        raise ValidationError("file", "must end in {suffixes} (not {name!r})",
                              suffixes=" or ".join(f".{f}" for f in formats), name=path.name)
    return fmt


def save(parent: QWidget, ctx: AppContext, path: Path, formats: tuple[str, ...], render: Render,
         label: str) -> Task | None:
    """Make the document off the GUI thread, then write it whole to ``path`` on the GUI thread —
    unless the busy dialog's Cancel was pressed first: then no file is written at all."""
    try:
        fmt = file_format(path, formats)
        check_target(path, ctx.db_path, force=True)  # the dialog asked before replacing a file
    except ValidationError as exc:
        show_error(parent, error_text(exc), _t("Document not made"))
        return None
    ctx.options.set(opt.LAST_FOLDER, str(path.parent))
    session, db_path = ctx.session, ctx.db_path

    def work() -> bytes:
        from unionrep.app.book import own_session

        with own_session(session, db_path) as own:
            return bytes(render(own, fmt))

    def write(data: bytes) -> None:
        if task.cancelled:  # a Cancel that came as the work finished still counts
            return
        try:
            write_document(path, data, db_path)
        except UnionrepError as exc:
            show_error(parent, error_text(exc), _t("Document not made"))
            return
        saved(parent, path)

    task = run_in_thread(work, write, lambda message: show_error(parent, message, _t("Document not made")),
                         parent=parent, label=label)
    parent.document_task = task  # type: ignore[attr-defined]  # kept for tests
    return task


def write_document(path: Path, data: bytes, db_path: Path) -> None:
    """Write a document the user chose a file for: never over the database or its files; over
    another file, since the save dialog asked first."""
    write_file(path, data, db_path=db_path, force=True)


def saved(parent: QWidget, path: Path) -> QMessageBox:
    """Say where the document went and offer to open it."""
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(_t("Saved {path}").format(path=str(path)), 10000)
    box = QMessageBox(QMessageBox.Icon.Information, _t("Document saved"),
                      _t("Saved {name} in {folder}.").format(name=path.name, folder=str(path.parent)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("documentSavedBox")
    open_button = box.addButton(_t("&Open it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    parent.saved_box = box  # type: ignore[attr-defined]
    box.open()
    signals().saved.emit(path)
    return box
