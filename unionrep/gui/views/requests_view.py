"""Requests: time off in draft or awaiting an answer — send it, print its Pro Forma, record the
manager's approval or refusal."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.deadlines import days_text
from unionrep.core.errors import UnionrepError
from unionrep.core.model import DRAFT, REQUESTED, Entry
from unionrep.gui import context as ctx_mod
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.dialogs import pdf_preview
from unionrep.gui.models.small_models import RecordsModel
from unionrep.gui.operations.documents import write_document
from unionrep.gui.operations.entries import change_status
from unionrep.gui.texts import category_name, day_text, hours_of, role_name, status_name
from unionrep.gui.views.base import error_text, header_row, show_error
from unionrep.gui.widgets import view_actions
from unionrep.gui.widgets.balance_card import BalanceCard
from unionrep.gui.widgets.entry_details import EntryDetails
from unionrep.gui.widgets.record_table import RecordTable
from unionrep.gui.workers import Task, run_in_thread


def _file_name(entry: Entry) -> str:
    return f"pro-forma-{entry.reference}.pdf"


class RequestColumn(IntEnum):
    DATE = 0
    REP = 1
    ROLE = 2
    HOURS = 3
    STATUS = 4
    WAITING = 5
    PURPOSE = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("RequestsView", text)


def _button(icon: str, text: str, name: str) -> QPushButton:
    button = QPushButton(QIcon(f":/icons/{icon}.svg"), text)
    button.setObjectName(name)
    return button


class RequestsView(QWidget):
    pdf_saved = Signal(object)  # the Path of a Pro Forma just written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._names: dict[str, str] = {}
        self.last_pdf: Path | None = None
        self.open_saved_pdf = True
        headers = {RequestColumn.DATE: _t("Date"), RequestColumn.REP: _t("Rep"),
                   RequestColumn.ROLE: _t("Role"),
                   RequestColumn.HOURS: _t("Hours"), RequestColumn.STATUS: _t("Status"),
                   RequestColumn.WAITING: _t("Asked"), RequestColumn.PURPOSE: _t("Purpose")}
        self.model: RecordsModel[Entry] = RecordsModel(RequestColumn, headers, self._cell, self._sort_key,
                                                       tooltip=self._tooltip, numbers=(RequestColumn.HOURS,))
        self.table = RecordTable(self.model, _t("Requests"))
        self.table.setObjectName("requestsTable")
        self.table.set_widths([85, 140, 150, 45, 85, 85])
        self.include_drafts = QCheckBox(_t("Include drafts"))
        self.include_drafts.setChecked(True)
        self.include_drafts.toggled.connect(lambda _: self.reload())

        self.details = EntryDetails(ctx.session, ctx.lang)
        self.card: BalanceCard | None = None
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.effect_layout = QVBoxLayout()
        right_layout.addLayout(self.effect_layout)
        right_layout.addWidget(self.details, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([740, 440])

        self.send_button = _button("requests", _t("Send request"), "sendButton")
        self.send_button.setToolTip(_t("Mark the draft as requested (today is recorded as the notice date)"))
        self.send_button.clicked.connect(lambda: self._move(REQUESTED))
        self.proforma_button = _button("pdf", _t("Pro Forma…"), "proformaButton")
        self.proforma_button.setToolTip(
            _t("See the Pro Forma Request's pages, then save it as a PDF or open it in your viewer")
            if pdf_preview.available() else _t("Save the Pro Forma Request as a PDF and open it"))
        self.preview: pdf_preview.PdfPreviewDialog | None = None
        self.proforma_task: Task | None = None
        self.proforma_button.clicked.connect(self.ask_proforma_file)
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(_t("Language of the Pro Forma"))
        for text, mode in ((_t("Bilingual"), "bilingual"), ("Cymraeg", "cy"), ("English", "en")):
            self.mode_combo.addItem(text, mode)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(ctx.options.get(opt.PROFORMA_MODE))))
        self.mode_combo.currentIndexChanged.connect(
            lambda _: ctx.options.set(opt.PROFORMA_MODE, self.mode_combo.currentData()))
        self.approve_button = _button("approve", _t("Record approval"), "approveButton")
        self.approve_button.clicked.connect(lambda: self._move("approved"))
        self.refuse_button = _button("refuse", _t("Record refusal…"), "refuseButton")
        self.refuse_button.clicked.connect(self.refuse)
        self.withdraw_button = QPushButton(_t("Withdraw"))
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.clicked.connect(lambda: self._move("withdrawn"))

        mode_label = QLabel(_t("&Language:"))
        mode_label.setBuddy(self.mode_combo)  # Alt+L, and the choice is named by its label
        view_actions.mirror(self, (self.send_button, "Ctrl+Shift+S"), (self.proforma_button, "Ctrl+P"),
                            menu_of=self.table)
        self.table.addAction(view_actions.ChoiceAction(self.mode_combo, _t("Language of the Pro Forma…"),
                                                       self, "Ctrl+Shift+L"))
        view_actions.mirror(self, (self.approve_button, "Ctrl+Shift+A"), (self.refuse_button, "Ctrl+Shift+R"),
                            (self.withdraw_button, "Ctrl+Shift+W"), menu_of=self.table)
        buttons = QHBoxLayout()
        for w in (self.send_button, self.proforma_button, mode_label, self.mode_combo, self.approve_button,
                  self.refuse_button, self.withdraw_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header_row(_t("Requests"), self.include_drafts))
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.restore_splitter()
        self.table.record_changed.connect(self._record_changed)
        self.table.record_activated.connect(lambda _: self.ask_proforma_file())
        ctx.changed.connect(self._on_changed)
        self.reload()
        self.table.select_first()

    # -- table ---------------------------------------------------------------------------------

    def _cell(self, e: Entry, column: RequestColumn) -> str:
        profile, lang = self.ctx.session.profile, self.ctx.lang
        if column == RequestColumn.DATE:
            return day_text(e.date)  # sorted by the ISO date (_sort_key)
        if column == RequestColumn.REP:
            return self._names.get(e.rep_id, "")
        if column == RequestColumn.ROLE:
            return role_name(profile, e.role, lang)
        if column == RequestColumn.HOURS:
            return hours_of(e.minutes)
        if column == RequestColumn.STATUS:
            return status_name(e.status)
        if column == RequestColumn.WAITING:
            if e.notice_on is None:
                return ""
            days = (self.ctx.today() - e.notice_on).days
            if days <= 1:
                return _t("today") if days == 0 else _t("yesterday")
            return _t("{days} ago").format(days=days_text(days, self.ctx.lang))  # '2 ddiwrnod yn ôl'
        return e.purpose or category_name(profile, e.category, lang)

    def _tooltip(self, e: Entry, column: RequestColumn) -> str | None:
        """The whole of a name or purpose that a narrow column cuts short."""
        if column in (RequestColumn.REP, RequestColumn.ROLE, RequestColumn.PURPOSE):
            return self._cell(e, column) or None
        return None

    def _sort_key(self, e: Entry, column: RequestColumn) -> object:
        if column == RequestColumn.DATE:
            return e.date.isoformat()
        if column == RequestColumn.HOURS:
            return e.minutes
        if column == RequestColumn.WAITING:
            return e.notice_on.isoformat() if e.notice_on else ""
        return None

    def reload(self) -> None:
        session = self.ctx.session
        self._names = {r.id: r.name for r in session.reps.all()}
        records = session.entries.all(status=REQUESTED)
        if self.include_drafts.isChecked():
            records += session.entries.all(status=DRAFT)
        current = self.current_entry()
        self.model.set_records(records)
        self.table.fit_columns(widest=130)  # as wide as the words (Welsh runs longer), at most 130
        if current is not None:
            self.table.select_where(lambda e: e.id == current.id)

    def _on_changed(self, what: str) -> None:
        if what in (ctx_mod.ENTRIES, ctx_mod.REPS, ctx_mod.POLICY, ctx_mod.DISPUTES):
            self.reload()
            self._record_changed(self.current_entry())

    def current_entry(self) -> Entry | None:
        record = self.table.current_record()
        return record if isinstance(record, Entry) else None

    def select_entry(self, entry_id: str) -> bool:
        found = self.table.select_where(lambda e: e.id == entry_id)
        if not found and not self.include_drafts.isChecked():
            self.include_drafts.setChecked(True)
            found = self.table.select_where(lambda e: e.id == entry_id)
        return found

    def _record_changed(self, entry: Entry | None) -> None:
        self.details.show_entry(entry.id if entry else None)
        for b in (self.proforma_button, self.withdraw_button):
            b.setEnabled(entry is not None)
        self.send_button.setEnabled(entry is not None and entry.status == DRAFT)
        self.approve_button.setEnabled(entry is not None and entry.status == REQUESTED)
        self.refuse_button.setEnabled(entry is not None and entry.status == REQUESTED)
        self._show_card(entry)

    def _show_card(self, entry: Entry | None) -> None:
        """Where the rep stands in the request's year: the request shows as pending (hatched)."""
        if self.card is not None:
            self.effect_layout.removeWidget(self.card)
            self.card.hide()
            self.card.deleteLater()
            self.card = None
        if entry is None:
            return
        balance = self.ctx.session.balances.of(entry.rep_id, entry.date, self.ctx.lang)
        self.card = BalanceCard.of(balance, self.ctx.session.profile, self.ctx.lang, narrow=True)
        self.card.rep_activated.connect(lambda rep_id: self.ctx.open_record.emit("rep", rep_id))
        self.effect_layout.addWidget(self.card)

    def effect_summary(self) -> str:
        return self.card.summary() if self.card is not None else ""

    # -- actions -------------------------------------------------------------------------------

    def _move(self, status: str) -> None:
        entry = self.current_entry()
        if entry is not None:
            change_status(self.ctx, entry.id, status, self)

    def refuse(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.status != REQUESTED:
            return
        from unionrep.gui.dialogs.refuse_dialog import RefuseDialog

        dialog = RefuseDialog(self.ctx, entry.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._refused(dialog.dispute_id))
        self.refuse_dialog = dialog
        dialog.open()

    def _refused(self, dispute_id: str | None) -> None:
        window = self.window()
        if dispute_id is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                _t("Refusal recorded and a dispute opened: see Disputes (Ctrl+5)."),
                                           10000)

    def ask_proforma_file(self) -> None:
        """The Pro Forma button: its pages shown first where they can be (then Save… or Open in
        viewer); else straight to where to save it, then the system's viewer."""
        entry = self.current_entry()
        if entry is None:
            return
        from unionrep.gui.proforma_gaps import fill_then

        self.gaps_dialog = fill_then(self, self.ctx, entry.id, lambda: self._make_proforma_file(entry))

    def _make_proforma_file(self, entry: Entry) -> None:
        if pdf_preview.available():
            self.make_proforma(entry.id, lambda data: self._show_preview(entry, data))
            return
        self._ask_path(entry, lambda path: self.save_proforma(entry.id, path))

    def _ask_path(self, entry: Entry, chosen: Callable[[Path], None], parent: QWidget | None = None) -> None:
        folder = self.ctx.options.get(opt.LAST_FOLDER) or str(Path.home())
        dialog = QFileDialog(parent or self, _t("Save the Pro Forma"), str(Path(folder) / _file_name(entry)),
                             _t("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setObjectName("proformaFileDialog")
        dialog.fileSelected.connect(lambda path: chosen(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def make_proforma(self, entry_id: str, then: Callable[[bytes], None]) -> Task | None:
        """Render the Pro Forma off the GUI thread; `then(data)` on the GUI thread, unless the
        progress dialog's Cancel was pressed first (then nothing is shown or written)."""
        mode = self.mode_combo.currentData()
        session, db_path = self.ctx.session, self.ctx.db_path

        def work() -> bytes:
            from unionrep.app.book import own_session

            with own_session(session, db_path) as own:
                return bytes(own.documents.proforma(entry_id, mode))

        def done(data: bytes) -> None:
            if not task.cancelled:  # a Cancel that came as the work finished still counts
                then(data)

        task = run_in_thread(work, done, lambda message: show_error(self, message),
                             parent=self, label=_t("Making the Pro Forma…"))
        self.proforma_task = task
        return task

    def save_proforma(self, entry_id: str, path: Path) -> None:
        """Render the Pro Forma off the GUI thread, write it whole to `path`, then open it. A Cancel
        leaves no file."""
        self.ctx.options.set(opt.LAST_FOLDER, str(path.parent))

        def write(data: bytes) -> None:
            try:
                write_document(path, data, self.ctx.db_path)
            except UnionrepError as exc:
                show_error(self, error_text(exc))
                return
            self._proforma_saved(path)

        self.make_proforma(entry_id, write)

    def _show_preview(self, entry: Entry, data: bytes) -> None:
        try:
            dialog = pdf_preview.PdfPreviewDialog(
                _t("Pro Forma {reference}").format(reference=entry.reference), data, _file_name(entry),
                lambda preview: self._ask_path(entry, lambda path: self._save_previewed(preview, path),
                                               preview),
                parent=self)
        except ValueError as exc:  # a PDF PDFium cannot read: save it and let the viewer try
            show_error(self, str(exc))
            self._ask_path(entry, lambda path: self.save_proforma(entry.id, path))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog
        dialog.open()

    def _save_previewed(self, preview: pdf_preview.PdfPreviewDialog, path: Path) -> None:
        self.ctx.options.set(opt.LAST_FOLDER, str(path.parent))
        try:
            write_document(path, preview.data, self.ctx.db_path)
        except UnionrepError as exc:
            show_error(preview, error_text(exc))
            return
        preview.mark_saved(path)
        self._proforma_saved(path, open_it=False)  # it is on screen; Open in viewer is beside Save

    def _proforma_saved(self, path: Path, open_it: bool = True) -> None:
        self.last_pdf = path
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(_t("Pro Forma saved to {path}").format(path=str(path)), 10000)
        if open_it and self.open_saved_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.pdf_saved.emit(path)

    def prepare_screenshot(self) -> None:
        self.table.select_first()

    def save_state(self) -> None:
        splitter = getattr(self, "splitter", None)
        if splitter is not None:
            self.ctx.options.set(opt.splitter_option("requests"), splitter.saveState())

    def restore_splitter(self) -> None:
        state = self.ctx.options.get(opt.splitter_option("requests"))
        splitter = getattr(self, "splitter", None)
        if splitter is not None and not state.isEmpty():
            splitter.restoreState(state)
