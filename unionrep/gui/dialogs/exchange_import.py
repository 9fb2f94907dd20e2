"""Import from a steward: open a bundle with its passphrase, then a preview of everything it would
add, change and delete, and its conflicts side by side, before anything is written.

As `unionrep-cli import` does: session.exchange.preview (in a worker; it writes nothing), a choice
for every conflict (outcome() shows what those choices bring with them), then session.exchange.apply
in a worker, in one transaction. A bundle that cannot be opened (wrong passphrase, damaged, cut
short, another format) is refused with the engine's reason, and nothing is written.

Both workers report how far they are to a progress bar (the window stays free meanwhile), and
Cancel (or Escape) stops them where they are: the database is left exactly as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionrep.app.book import own_session
from unionrep.core.errors import UnionrepError
from unionrep.exchange import ImportPreview, ImportReport
from unionrep.exchange.merge import ADD, CHANGE, DELETE, Step
from unionrep.exchange.report import Names
from unionrep.gui import context as ctx_mod
from unionrep.gui.context import AppContext
from unionrep.gui.dialogs.exchange_conflicts import ConflictTable, field_label, value_text
from unionrep.gui.workers import Task, run_in_thread

ERROR_STYLE = "color: #9b2c24"
WARNING_STYLE = "color: #8a4b08"


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def _stage_text(stage: str) -> str:
    return {
        "open": _t("Opening the bundle…"),
        "check": _t("Checking the records…"),
        "compare": _t("Looking for overlaps…"),
        "write": _t("Writing the records…"),
        "audit": _t("Writing the audit trail…"),
        "save": _t("Saving…"),
    }.get(stage, _t("Working…"))


class Progress:
    """How far a worker's preview or import is, shared with the dialog: the worker's callback
    writes it (and learns whether to stop), the dialog reads it on a timer. Plain attributes, so
    the worker thread touches no Qt object."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.stage = ""
        self.stop = threading.Event()

    def __call__(self, done: int, total: int, stage: str) -> bool:
        self.done, self.total, self.stage = done, total, stage
        return not self.stop.is_set()


class _Busy:
    """A dialog's error line and its progress bar while a worker runs, kept up to date from the
    worker's Progress."""

    POLL_MS = 100

    def __init__(self, layout: QVBoxLayout, busy_text: str) -> None:
        self.error = _label(style=ERROR_STYLE)
        self.error.setAccessibleName(_t("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        self.busy_text = busy_text
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(_t("Progress of the import"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.state: Progress | None = None
        self.timer = QTimer(self.progress)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> Progress:
        self.error.hide()
        self.state = Progress()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.busy_text)
        self.progress.show()
        self.timer.start()
        return self.state

    def refresh(self) -> None:
        state = self.state
        if state is None or not state.stage:
            return
        text = _stage_text(state.stage)
        if state.stop.is_set():
            text = _t("Cancelling…")
        if state.total:
            self.progress.setRange(0, state.total)
            self.progress.setValue(min(state.done, state.total))
            text += " %p%"
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(text)

    def cancel(self) -> None:
        """Ask the worker to stop at its next report."""
        if self.state is not None:
            self.state.stop.set()
            self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        self.state = None
        self.progress.hide()

    def fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class OpenBundleDialog(QDialog):
    """The bundle's file and passphrase; Preview opens it in a worker (nothing is written)."""

    previewed = Signal(object)  # the ImportPreview

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.setObjectName("openBundleDialog")
        self.setWindowTitle(_t("Import from a steward"))
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(_label(_t("Bundle: {path}").format(path=str(path))))
        self.note = _label(style=WARNING_STYLE)
        self.note.hide()
        layout.addWidget(self.note)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(_t("Passphrase"))
        form.addRow(_t("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.busy = _Busy(layout, _t("Opening the bundle…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setText(_t("&Preview…"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel: nothing is imported"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.encrypted = True
        try:
            self.encrypted = self.ctx.session.exchange.needs_passphrase(path)
        except UnionrepError as exc:
            self.busy.fail(_t("This file cannot be imported: {reason}").format(reason=str(exc)))
            self.passphrase.setEnabled(False)
            self.preview_button.setEnabled(False)
        if not self.encrypted:
            self.passphrase.setEnabled(False)
            self.note.setText(_t("This bundle is not encrypted: anyone who had the file could read it."))
            self.note.show()
        self.resize(520, self.sizeHint().height())

    def start(self) -> None:
        self.busy.error.hide()
        passphrase = self.passphrase.text() if self.encrypted else None
        if self.encrypted and not passphrase:
            self.busy.fail(_t("Passphrase: give the passphrase the bundle was made with"))
            return
        session, db_path, path = self.ctx.session, self.ctx.db_path, self.path
        progress = self.busy.start()

        def work() -> ImportPreview:
            with own_session(session, db_path) as own:
                return own.exchange.preview(path, passphrase, progress=progress)

        self.preview_button.setEnabled(False)
        self.task = run_in_thread(work, self._done, self._failed)

    def _failed(self, message: str) -> None:
        self.task = None
        self.busy.stop()
        self.preview_button.setEnabled(True)
        self.busy.fail(_t("Nothing was imported: {reason}").format(reason=message))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _done(self, preview: ImportPreview) -> None:
        self.task = None
        self.busy.stop()
        self.previewed.emit(preview)
        self.accept()

    def reject(self) -> None:
        if self.task is not None:  # the preview writes nothing: it stops, and its result is dropped
            self.busy.cancel()
            self.task.cancelled = True
            self.busy.stop()
        super().reject()


def _step_item(step: Step, names: Names) -> QTreeWidgetItem:
    what = names.describe(step.table, step.id, step.new or step.old)
    detail = ""
    if step.action == CHANGE and step.old is not None and step.new is not None:
        old, new = step.old, step.new
        detail = "; ".join(f"{field_label(k)}: {value_text(k, old.get(k))} → {value_text(k, new[k])}"
                           for k in step.fields)
    item = QTreeWidgetItem([what, detail])
    item.setToolTip(0, what)
    item.setToolTip(1, detail)
    return item


def _step_list(steps: list[Step], names: Names, columns: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(columns)
    tree.setColumnCount(len(columns))
    tree.addTopLevelItems([_step_item(s, names) for s in steps])
    tree.resizeColumnToContents(0)
    return tree


class ImportPreviewDialog(QDialog):
    """What the bundle would do here. Import writes it, with the conflicts settled as chosen."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, ctx: AppContext, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview = preview
        self.report: ImportReport | None = None
        self.running = False
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(_t("Import from a steward: preview"))
        bundle = preview.bundle
        names = preview.names
        layout = QVBoxLayout(self)
        origin = bundle.origin_label or _t("an installation with no name ({id}…)").format(
            id=bundle.origin_id[:8])
        heading = _label(_t("Bundle from {origin}, made {made}").format(
            origin=origin, made=bundle.created_at[:16].replace("T", " ")))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        notes = []
        if preview.already_imported:
            notes.append(_t("This bundle was imported here before."))
        if preview.profile_differs:
            notes.append(_t("It was made under another policy profile ({profile}).").format(
                profile=bundle.profile))
        if not bundle.encrypted:
            notes.append(_t("It was not encrypted."))
        if notes:
            layout.addWidget(_label(" ".join(notes), WARNING_STYLE))
        if preview.overlaps:  # nothing counted twice, unless seen
            self.overlaps = _label("\n".join(
                _t("{what} overlaps or repeats {other}: the time may be counted twice (it is imported all "
                   "the same, and listed under Needs attention)").format(
                    what=names.describe("entries", a), other=names.describe("entries", b))
                for a, b in preview.overlaps), WARNING_STYLE)
            self.overlaps.setObjectName("importOverlaps")
            layout.addWidget(self.overlaps)
        self.summary = _label(_t(
            "{added} to add, {changed} to change, {deleted} to delete, {conflicts} in conflict; "
            "{kept} newer here, {same} the same. Nothing is written until you press Import.").format(
            added=len(preview.added), changed=len(preview.changed), deleted=len(preview.deletions),
            conflicts=len(preview.conflicts), kept=preview.plan.kept, same=preview.plan.same))
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.conflicts: ConflictTable | None = None
        if preview.conflicts:
            self.conflicts = ConflictTable(preview.conflicts, names)
            self.conflicts.choices_changed.connect(self._update)
            self.tabs.addTab(self.conflicts, _t("Conflicts ({n})").format(n=len(preview.conflicts)))
        what = _t("Record")
        self.lists = {
            ADD: _step_list(preview.added, names, [what]),
            CHANGE: _step_list(preview.changed, names, [what, _t("Changes (here → bundle)")]),
            DELETE: _step_list(preview.deletions, names, [what]),
        }
        for action, title in ((ADD, _t("To add ({n})")), (CHANGE, _t("To change ({n})")),
                              (DELETE, _t("To delete ({n})"))):
            self.tabs.addTab(self.lists[action], title.format(n=self.lists[action].topLevelItemCount()))
        layout.addWidget(self.tabs, 1)
        self.effect = _label()
        self.effect.setObjectName("importEffect")
        layout.addWidget(self.effect)
        self.busy = _Busy(layout, _t("Importing…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(_t("&Import"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(_t("Cancel: nothing is imported"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self._update()

    def choices(self) -> dict[str, str]:
        return self.conflicts.choices() if self.conflicts is not None else {}

    def _update(self) -> None:
        """What the import will write with the choices made so far (checked, nothing written)."""
        self.busy.error.hide()
        if self.conflicts is None:
            self.effect.hide()
            self.import_button.setEnabled(True)
            return
        self.effect.show()
        left = self.conflicts.open_count()
        if left:
            self.effect.setText(_t("Choose “Keep mine” or “Take theirs” for each conflict ({left} still to "
                                   "choose).").format(left=left))
            self.import_button.setEnabled(False)
            return
        try:
            plan = self.ctx.session.exchange.outcome(self.preview, self.choices())
        except UnionrepError as exc:
            self.effect.setText("")
            self.busy.fail(_t("These choices cannot be imported: {reason}").format(reason=str(exc)))
            self.import_button.setEnabled(False)
            return
        steps = list(plan.steps.values())
        text = _t("With these choices the import adds {added}, changes {changed} and deletes {deleted} "
                  "record(s).").format(added=sum(s.action == ADD for s in steps),
                                       changed=sum(s.action == CHANGE for s in steps),
                                       deleted=sum(s.action == DELETE for s in steps))
        follow = [s for s in steps if s.cause]
        if follow:
            text += " " + _t("{count} of them only because of your choices (what depends on a record "
                             "kept or deleted goes with it).").format(count=len(follow))
        self.effect.setText(text)
        self.import_button.setEnabled(True)

    def start(self) -> None:
        choices = self.choices()
        preview, session, db_path = self.preview, self.ctx.session, self.ctx.db_path
        progress = self.busy.start()

        def work() -> ImportReport:
            with own_session(session, db_path) as own:
                return own.exchange.apply(preview, choices, progress=progress)

        self.running = True
        self.import_button.setEnabled(False)
        if self.conflicts is not None:
            self.conflicts.setEnabled(False)
        self.cancel_button.setText(_t("&Cancel the import"))
        run_in_thread(work, self._done, self._failed)

    def _stopped(self) -> None:
        self.running = False
        self.busy.stop()
        self.cancel_button.setText(_t("Cancel"))
        self.cancel_button.setEnabled(True)
        if self.conflicts is not None:
            self.conflicts.setEnabled(True)

    def _failed(self, message: str) -> None:
        self._stopped()
        self.import_button.setEnabled(True)
        self.busy.fail(_t("Nothing was imported: {reason}").format(reason=message))

    def _done(self, report: ImportReport) -> None:
        self._stopped()
        self.report = report
        if report.written:
            # the undo history was made before the import: undoing it now could put back what
            # the import changed, so it goes
            self.ctx.undo_stack.clear()
            for what in (ctx_mod.REPS, ctx_mod.ENTRIES, ctx_mod.DISPUTES):
                self.ctx.notify(what)
        self.imported.emit(report)
        self.accept()
        if report.written:
            _checkpoint_later(self.ctx)

    def reject(self) -> None:
        if self.running:
            # the import writes in one transaction: it stops at its next report and takes back
            # what it wrote; the dialog stays open to say so
            self.busy.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()


def import_message(report: ImportReport) -> str:
    if not report.written:
        return _t("Nothing to import: this database already has everything in the bundle.")
    return _t("Imported: {added} added, {changed} changed, {deleted} deleted; {resolved} conflict(s) "
              "settled.").format(added=report.added, changed=report.changed, deleted=report.deleted,
                                 resolved=sum(report.resolved.values()))


def _checkpoint_later(ctx: AppContext) -> None:
    """Copy what the import wrote from the WAL into the book's file in the background, after the
    import has been shown done (it is on disk already). Should that fail, the next write or the
    closing of the book does it: there is nothing to tell the user."""
    session, db_path = ctx.session, ctx.db_path

    def settle() -> None:
        with own_session(session, db_path) as own:
            own.exchange.checkpoint()

    run_in_thread(settle, _nothing, _nothing)


def _nothing(_: object) -> None:
    pass
