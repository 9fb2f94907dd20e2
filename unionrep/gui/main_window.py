"""The main window: a side bar of views (Ctrl+1..6), menus, undo/redo, and window state.

Each view is its own module; this file only places them and routes actions to the one shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from unionrep.gui import language
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.first_paint import after_first_paint
from unionrep.gui.geometry import fit_to_screen
from unionrep.gui.views.base import show_error

if TYPE_CHECKING:
    from unionrep.gui.dialogs.quick_entry import QuickEntryDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


DEFAULT_SIZE = QSize(1280, 800)  # at the first start, where the screen has room


@dataclass
class ViewSpec:
    """A view of the window. Its module is imported when the view is first shown, or when the
    window is idle after its first paint, whichever comes first: at start-up only the view shown
    first is loaded, and the others are not left to load on the click that opens them."""

    key: str
    title: str
    icon: str
    module: str
    class_name: str

    def load(self) -> Callable[[AppContext], QWidget]:
        view: Callable[[AppContext], QWidget] = getattr(
            importlib.import_module(f"unionrep.gui.views.{self.module}"), self.class_name)
        return view

    def factory(self, ctx: AppContext) -> QWidget:
        return self.load()(ctx)


def _views() -> list[ViewSpec]:
    return [
        ViewSpec("dashboard", _t("Dashboard"), "dashboard", "dashboard", "DashboardView"),
        ViewSpec("log", _t("Log"), "log", "log_view", "LogView"),
        ViewSpec("reps", _t("Reps && roles"), "reps", "reps_view", "RepsView"),
        ViewSpec("requests", _t("Requests"), "requests", "requests_view", "RequestsView"),
        ViewSpec("disputes", _t("Disputes"), "disputes", "disputes_view", "DisputesView"),
        ViewSpec("settings", _t("Settings"), "settings", "settings_view", "SettingsView"),
    ]


def _watch_for_f1(window: MainWindow) -> None:
    """F1 over a modal dialog opens the guide too (the filter goes with the window)."""
    from unionrep.gui.help_viewer import GuideKey

    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(GuideKey(lambda: window.ctx.lang, window))


def _load_one_by_one(window: QObject, specs: list[ViewSpec]) -> None:
    """Import the views' modules one per turn of the event loop, so that the window answers
    between them."""
    if specs:
        specs[0].load()
        QTimer.singleShot(0, window, lambda: _load_one_by_one(window, specs[1:]))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(":/icons/unionrep.svg"))
        self._set_title()
        self.specs = _views()
        self.views: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.quick_entry: QuickEntryDialog | None = None
        self._built: list[QObject] = []
        self._language_generation = language.generation()
        self._build_chrome()
        self.status_label = QLabel()
        self.status_label.setObjectName("whereLabel")
        self.statusBar().addPermanentWidget(self.status_label)
        self.statusBar().messageChanged.connect(self._announce)
        self._set_status_texts()
        ctx.failed.connect(lambda message: show_error(self, message, self.tr("Could not undo or redo")))
        ctx.open_record.connect(self.open_record)
        self._restore_state()
        after_first_paint(self, lambda: self.ctx.session.finish_opening())
        after_first_paint(self, lambda: _load_one_by_one(self, self.specs))
        after_first_paint(self, lambda: _watch_for_f1(self))

    # -- building ------------------------------------------------------------------------------

    def _set_title(self) -> None:
        title = self.tr("unionrep")
        if self.ctx.demo:
            title = self.tr("unionrep — demo branch (not your data)")
        self.setWindowTitle(title)

    def _set_status_texts(self) -> None:
        self.status_label.setText(self._where_text())
        self.status_label.setAccessibleName(self._where_text())
        self.statusBar().setAccessibleName(self.tr("Status bar"))
        self.statusBar().setAccessibleDescription(self.tr("Messages about what was just done"))

    def _announce(self, message: str) -> None:
        """A status-bar message reaches a screen reader too: the bar is named by it, and it is
        announced (Qt passes it on only where an accessibility client is listening)."""
        from unionrep.gui.screen_reader import announce

        bar = self.statusBar()
        bar.setAccessibleName(message or self.tr("Status bar"))
        if message:
            announce(bar, message, assertive=False)

    def _build_chrome(self) -> None:
        """The side bar, the actions, the menus and the tool bar, in the interface's language.
        Everything made here is remembered, so that a change of language can make it afresh."""
        def mine() -> list[QObject]:
            return list(self.findChildren(QAction, "", Qt.FindChildOption.FindDirectChildrenOnly)) + list(
                self.findChildren(QActionGroup, "", Qt.FindChildOption.FindDirectChildrenOnly))

        before = mine()
        bars_before = list(self.findChildren(QToolBar, "", Qt.FindChildOption.FindDirectChildrenOnly))
        self._build_side_bar()
        self._build_actions()
        self._build_menus()
        self._built = [o for o in mine() if not any(o is b for b in before)] + [
            bar for bar in self.findChildren(QToolBar, "", Qt.FindChildOption.FindDirectChildrenOnly)
            if not any(bar is b for b in bars_before)]

    # -- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # Qt sends one LanguageChange for each translator installed or removed (an event posted, so
        # the switch is complete when it arrives): rebuild once for each switch of language
        if (event.type() == QEvent.Type.LanguageChange
                and self._language_generation != language.generation()):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Make the window's texts afresh in the language now installed: title, menus, tool bars,
        status bar and views (the view shown stays shown, with its record still selected)."""
        self._language_generation = language.generation()
        key = self.current_key()
        record = self._selected_record(key)
        for view in self.views.values():
            saver = getattr(view, "save_state", None)
            if saver is not None:
                saver()
        state = self.saveState()
        for obj in self._built:
            if isinstance(obj, QToolBar):
                self.removeToolBar(obj)
            elif isinstance(obj, QAction):
                self.removeAction(obj)
            obj.deleteLater()
        self._built = []
        self.setMenuBar(QMenuBar(self))  # the old bar, with its menus, is deleted
        self._set_title()
        self.specs = _views()
        for widget in self.views.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.views = {}
        self._build_chrome()
        self.restoreState(state)
        self._set_status_texts()
        shown: Any = self.show_view(key)
        if record is not None:
            select = {"reps": "select_rep", "log": "select_entry", "requests": "select_entry",
                      "disputes": "select_dispute"}[key]
            getattr(shown, select)(record)

    def _selected_record(self, key: str) -> str | None:
        """The id of the record selected in the view `key`, where that view has a selection."""
        view: Any = self.views.get(key)
        record: Any = None
        if view is None:
            return None
        if key == "reps":
            record = view.table.current_record()
        elif key == "log":
            return view.current_entry_id()  # type: ignore[no-any-return]
        elif key == "requests":
            record = view.current_entry()
        elif key == "disputes":
            record = view.current_dispute()
        return record.id if record is not None else None

    def _language_menu(self, parent: QMenu) -> QMenu:
        """View ▸ Iaith / Language: Cymraeg or English, at once. Named in both languages so that
        it can be found whichever one the window is in."""
        from unionrep.gui.language import LANGUAGE_CHOICE, LANGUAGES, NATIVE_NAMES

        menu = parent.addMenu(LANGUAGE_CHOICE)
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(NATIVE_NAMES[lang], self)
            action.setCheckable(True)
            action.setChecked(lang == self.ctx.lang)
            action.triggered.connect(lambda _=False, code=lang: self.ctx.set_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[lang] = action
        return menu

    def _where_text(self) -> str:
        if self.ctx.demo:
            return self.tr("Demo branch in a temporary folder: nothing here is saved for later")
        return self.tr("Data: {path}").format(path=str(self.ctx.db_path))

    def _build_side_bar(self) -> None:
        bar = QToolBar(self.tr("Views"))
        bar.setObjectName("viewsBar")
        bar.setAccessibleName(self.tr("Views"))
        bar.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+6 go to each view"))
        bar.setMovable(False)
        bar.setIconSize(QSize(28, 28))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        self.view_group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(QIcon(f":/icons/{spec.icon}.svg"), spec.title, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(f"{spec.title.replace('&&', '&')} ({action.shortcut().toString()})")
            action.triggered.connect(lambda _=False, key=spec.key: self.show_view(key))
            self.view_group.addAction(action)
            bar.addAction(action)
            self.view_actions[spec.key] = action
        self.views_bar = bar

    def _build_actions(self) -> None:
        self.new_entry_action = QAction(QIcon(":/icons/add.svg"), self.tr("&New entry…"), self)
        self.new_entry_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_entry_action.triggered.connect(self.new_entry)
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(QIcon(":/icons/undo.svg"))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                                       QKeySequence(QKeySequence.StandardKey.Redo)])
        self.redo_action.setIcon(QIcon(":/icons/redo.svg"))
        self.delete_action = QAction(QIcon(":/icons/delete.svg"), self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.find_action = QAction(QIcon(":/icons/search.svg"), self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.search)
        self.help_action = QAction(QIcon(":/icons/help.svg"), self.tr("unionrep &guide"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        # F1 wherever the focus is: in a dialog, a help window or a view, not only the main window
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self.tr("&About unionrep"), self)
        self.about_action.triggered.connect(self.show_about)
        self.folder_action = QAction(self.tr("Open the &data folder"), self)
        self.folder_action.triggered.connect(self.open_data_folder)
        self.export_action = QAction(self.tr("&Send my log to the branch…"), self)
        self.export_action.triggered.connect(lambda: self._exchange("send_log"))
        self.import_action = QAction(self.tr("&Import from a steward…"), self)
        self.import_action.triggered.connect(lambda: self._exchange("import_from_steward"))
        self.export_log_action = QAction(self.tr("E&xport the log (CSV)…"), self)
        self.export_log_action.setToolTip(self.tr("The entries the Log shows, as its filters leave them"))
        self.export_log_action.triggered.connect(lambda: self._export("export_log"))
        self.export_calendar_action = QAction(self.tr("Export the &calendar (.ics)…"), self)
        self.export_calendar_action.triggered.connect(lambda: self._export("export_calendar"))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_entry_action, self.undo_action, self.redo_action, self.delete_action,
                       self.find_action, self.help_action):
            self.addAction(action)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_entry_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_log_action)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.folder_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = menu.addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.delete_action)
        edit.addAction(self.find_action)
        view = menu.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view.addAction(action)
        view.addSeparator()
        self._language_menu(view)
        self.actions_menu = menu.addMenu(self.tr("A&ctions"))
        self.actions_menu.setObjectName("actionsMenu")
        self.actions_menu.aboutToShow.connect(self._fill_actions_menu)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        tools = QToolBar(self.tr("Actions"))
        tools.setObjectName("actionsBar")
        tools.setMovable(False)
        tools.setIconSize(QSize(20, 20))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_entry_action, self.undo_action, self.redo_action):
            tools.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)
        self.actions_bar = tools

    def _fill_actions_menu(self) -> None:
        """Actions: what the buttons of the view shown do, each with its shortcut."""
        from unionrep.gui.widgets.view_actions import refresh_all, view_actions

        actions = view_actions(self.stack.currentWidget())
        refresh_all(actions)
        self.actions_menu.clear()
        self.actions_menu.addActions(actions)
        if not actions:
            self.actions_menu.addAction(self.tr("(none in this view)")).setEnabled(False)

    # -- views ---------------------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The view called `key`, built the first time it is wanted."""
        if key not in self.views:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.ctx)
            widget.setObjectName(f"{key}View")
            self.views[key] = widget
            self.stack.addWidget(widget)
        return self.views[key]

    def show_view(self, key: str) -> QWidget:
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        self.view_actions[key].setChecked(True)
        return widget

    def current_key(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, w in self.views.items() if w is current), "dashboard")

    def open_record(self, kind: str, record_id: str) -> None:
        """Show the record a flag or a link is about."""
        if kind == "rep":
            self.show_view("reps").select_rep(record_id)  # type: ignore[attr-defined]
        elif kind in ("extension", "assignment"):
            self._open_rep_record(kind, record_id)
        elif kind == "dispute":
            self.show_view("disputes").select_dispute(record_id)  # type: ignore[attr-defined]
        elif kind == "entry":
            status = self.ctx.session.queries.entry_status(record_id)
            if status in ("draft", "requested"):
                self.show_view("requests").select_entry(record_id)  # type: ignore[attr-defined]
            else:
                self.show_view("log").select_entry(record_id)  # type: ignore[attr-defined]

    def _open_rep_record(self, kind: str, record_id: str) -> None:
        """A role assignment or an extension: its rep's page, on the tab that lists it, with it chosen."""
        rep_id = self.ctx.session.queries.rep_of(kind, record_id)
        reps: Any = self.show_view("reps")
        if rep_id is None:  # gone since the flag was raised
            return
        reps.select_rep(rep_id)
        reps.page.show_record(kind, record_id)

    # -- actions -------------------------------------------------------------------------------

    def new_entry(self) -> None:
        from unionrep.gui.dialogs.quick_entry import QuickEntryDialog

        dialog = QuickEntryDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quick_entry = dialog
        dialog.finished.connect(lambda _: setattr(self, "quick_entry", None))
        dialog.open()

    def delete_selected(self) -> None:
        handler = getattr(self.stack.currentWidget(), "delete_selected", None)
        if handler is not None:
            handler()

    def search(self) -> None:
        target: Any = self.stack.currentWidget()
        if not hasattr(target, "focus_search"):
            target = self.show_view("log")
        target.focus_search()

    def show_guide(self) -> QWidget:
        """Help ▸ unionrep guide (F1): the shipped guide in the interface's language."""
        from unionrep.gui.help_viewer import show_help

        return show_help(self, self.ctx.lang)

    def show_shortcuts(self) -> QWidget:
        """Help ▸ Keyboard shortcuts."""
        from unionrep.gui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QWidget:
        """Help ▸ About unionrep: version, licence, the data folder and the database open now."""
        from unionrep.gui.about import show_about

        return show_about(self, self.ctx.db_path)

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.db_path.parent)))

    def _exchange(self, action: str) -> None:
        """File ▸ Send my log… / Import from a steward…: bundles (unionrep.gui.operations.exchange)."""
        from unionrep.gui.operations import exchange

        getattr(exchange, action)(self)

    def _export(self, action: str) -> None:
        """File ▸ Export the log… / the calendar… (unionrep.gui.export_actions)."""
        from unionrep.gui import export_actions

        getattr(export_actions, action)(self)

    def back_up_now(self) -> None:
        """File ▸ Back up now: a backup in the backups folder, off the GUI thread."""
        from unionrep.gui.operations.backup import back_up_now

        back_up_now(self)

    def restore_backup(self) -> None:
        """File ▸ Restore from a backup: the current database is kept aside, then reopened."""
        from unionrep.gui.operations.backup import restore_backup

        restore_backup(self)

    # -- window state --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        options = self.ctx.options
        geometry = options.get(opt.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            fit_to_screen(self, DEFAULT_SIZE)
        else:  # the size last left, on a screen that may since have become smaller
            fit_to_screen(self, self.size())
        state = options.get(opt.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        keys = [s.key for s in self.specs]
        index = options.get(opt.LAST_VIEW)
        last = keys[index] if 0 <= index < len(keys) else "dashboard"
        # Something urgent (a tribunal deadline within a week, or passed): open on the dashboard,
        # whatever view was last shown, and say it in the status bar.
        if last == "dashboard":
            # The dashboard gathers every flag itself (on a big database, after it is shown): the
            # urgent one is said from those, not from a second pass over the disputes before the
            # window is first painted.
            dashboard: Any = self.show_view("dashboard")
            if not dashboard.flags_pending:
                self._say_urgent(self._dashboard_urgent(dashboard))
                return

            def ready() -> None:
                dashboard.flags_ready.disconnect(ready)
                self._say_urgent(self._dashboard_urgent(dashboard))

            dashboard.flags_ready.connect(ready)
            return
        from unionrep.gui.views.dashboard import urgent_flags

        urgent = urgent_flags(self.ctx.session, self.ctx.today(), self.ctx.lang)
        self.show_view("dashboard" if urgent else last)
        self._say_urgent(urgent)

    @staticmethod
    def _dashboard_urgent(dashboard: Any) -> list[Any]:
        """The urgent flags among the dashboard's, most urgent first (only disputes raise them)."""
        from unionrep.core.severity import URGENT

        return [f for f in dashboard.flags if f.severity >= URGENT and f.subject_kind == "dispute"]

    def _say_urgent(self, urgent: list[Any]) -> None:
        if urgent:
            self.statusBar().showMessage(
                _t("Urgent: {text}").format(text=urgent[0].text(self.ctx.lang)), 30000)

    def save_state(self) -> None:
        options = self.ctx.options
        options.set(opt.GEOMETRY, self.saveGeometry())
        options.set(opt.WINDOW_STATE, self.saveState())
        options.set(opt.LAST_VIEW, [s.key for s in self.specs].index(self.current_key()))
        for view in self.views.values():
            saver = getattr(view, "save_state", None)
            if saver is not None:
                saver()
        options.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
