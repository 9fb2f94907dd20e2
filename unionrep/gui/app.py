"""`unionrep [--db PATH] [--demo] [--lang cy|en] [--screenshot DIR]`: start the desktop app."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep import __version__
from unionrep.collector import to_oldest_generation
from unionrep.i18n import say

if TYPE_CHECKING:
    from unionrep.app.book import Diagnosis
    from unionrep.app.session import Session
    from unionrep.gui.context import AppContext
    from unionrep.gui.main_window import MainWindow


def help_lang(argv: list[str]) -> str:
    """The language of --help: --lang if given, then UNIONREP_LANG, then the terminal's locale."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else "")
        if value in ("cy", "en"):
            return value
    for name in ("UNIONREP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "cy" if value.startswith("cy") else "en"
    return "en"


class _Parser(argparse.ArgumentParser):
    """The app's options, their help in the language of --help (help_lang) looked up in the message
    catalogue only when the help is shown: a start reads nothing from the catalogue before its
    first paint."""

    def __init__(self, lang: str) -> None:
        super().__init__(prog="unionrep")
        self.lang = lang
        self.explained: list[argparse.Action] = []

    def explained_argument(self, *names: str, **options: Any) -> None:
        self.explained.append(self.add_argument(*names, **options))

    def format_help(self) -> str:
        self.description = say("gui.help.description", self.lang)
        for action in self.explained:
            action.help = say(f"gui.help.{action.dest}", self.lang)
        return super().format_help()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = _Parser(help_lang(argv))
    parser.explained_argument("--db", metavar="PATH")
    parser.explained_argument("--demo", action="store_true")
    parser.explained_argument("--lang", choices=("cy", "en"))
    parser.explained_argument("--screenshot", metavar="DIR", type=Path)
    parser.add_argument("--version", action="version", version=f"unionrep {__version__}")
    return parser.parse_args(argv)


def no_display(environ: dict[str, str] | os._Environ[str], platform: str = sys.platform) -> bool:
    """True where Qt would find no screen to open a window on: a Linux or BSD session (SSH, a CI
    box) with neither an X11 nor a Wayland display and no platform chosen. Qt itself would abort
    there with a core dump; Windows and macOS always have their own platform."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def choose_lang(requested: str | None, saved: str) -> str:
    """--lang, then the saved choice, then UNIONREP_LANG, then the system's language."""
    from PySide6.QtCore import QLocale

    for candidate in (requested, saved, os.environ.get("UNIONREP_LANG", "")[:2]):
        if candidate in ("cy", "en"):
            return candidate
    return "cy" if QLocale.system().language() == QLocale.Language.Welsh else "en"


def install_translator(app: object, lang: str) -> None:
    """The interface language at start-up (the View ▸ Language menu changes it later)."""
    from unionrep.gui.language import apply_language

    apply_language(lang)


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if no_display(os.environ):
        print(say("gui.help.no_display", help_lang(argv)), file=sys.stderr)
        return 1
    pause_collector()
    try:
        return start(args)
    finally:
        resume_collector()


def pause_collector() -> None:
    """Pause Python's cyclic garbage collector for the start (resume_collector ends the pause).

    A start makes a few hundred thousand objects (modules, classes, functions, Qt's wrappers) that
    live as long as the app; the collector would walk them again and again as they are made, for
    nothing: about 4 % of the time to the first paint. Reference counting still frees."""
    gc.disable()


def resume_collector() -> None:
    """End the pause: once the window is first painted, or LATEST_MS after the app is made (a
    passphrase asked for, or the recovery screen, keeps the window from being painted), or when
    the app ends before that. What the start made goes to the collector's oldest generation first
    (unionrep.collector): in the youngest, the first collections after the pause walked all of it
    (~25 ms just after the paint)."""
    if gc.isenabled():
        return
    to_oldest_generation()
    gc.enable()


def start(args: argparse.Namespace) -> int:
    ahead = check_ahead(args)  # the check at start, read-only: begun once the window is painted

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from unionrep.gui import options as opt
    from unionrep.gui import rc_unionrep  # noqa: F401 — registers the icons and translations
    from unionrep.gui.database import install_passphrase_prompt
    from unionrep.gui.first_paint import LATEST_MS, after_first_paint
    from unionrep.gui.options import Options

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName("unionrep")
    app.setApplicationName("unionrep")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("unionrep")
    QTimer.singleShot(LATEST_MS, resume_collector)  # should a dialog come before the window
    from unionrep.gui.colours import keep_selection_readable

    keep_selection_readable(app)  # a selected row's text at 4.5:1 at least, in every palette

    scratch = tempfile.TemporaryDirectory(prefix="unionrep-") if (args.demo or args.screenshot) else None
    # the demo and the screenshots never touch the user's own window settings
    options = Options(Path(scratch.name) / "settings.ini") if scratch is not None else Options()
    lang = choose_lang(args.lang, options.get(opt.LANGUAGE))
    install_translator(app, lang)
    install_passphrase_prompt()

    session = None
    window = None
    ctx = None
    try:
        opened = open_database(args, scratch, lang, ahead=ahead)
        if opened is None:
            return 1
        session, db_path = opened
        from unionrep.gui.texts import current_lang

        if current_lang() != lang:  # chosen on the first run's first page: kept for next time
            lang = current_lang()
            options.set(opt.LANGUAGE, lang)

        from unionrep.gui.context import AppContext
        from unionrep.gui.main_window import MainWindow

        ctx = AppContext(session, options, db_path, lang=lang, demo=args.demo)
        try:
            window = MainWindow(ctx)
        except Exception:
            from unionrep.gui.checked_start import is_unchecked

            if not is_unchecked(session):
                raise
            # the file could not be read before its check: checked now, as every start was

            session.close()
            session = None
            opened = open_database(args, scratch, lang)
            if opened is None:
                return 1
            session, db_path = opened
            ctx = AppContext(session, options, db_path, lang=lang, demo=args.demo)
            window = MainWindow(ctx)
        if args.screenshot is not None:
            from unionrep.gui.screenshots import take_screenshots

            written = take_screenshots(window, args.screenshot)
            for path in written:
                print(path)
            return 0
        window.show()
        if ahead is not None:  # if not begun already, for a start that had to wait for it
            after_first_paint(window, ahead.begin, urgent=True)
        after_first_paint(window, resume_collector, urgent=True)
        if not args.demo:
            # locked already, and checked or opened with writes refused until the check passes:
            # the backups, the watch and the branch rounds wait for the first paint
            after_first_paint(window, lambda: watch_over(window, ctx, ahead), urgent=True)
        status = app.exec()
        if status == 0 and not args.demo:
            end_well(ctx)
        return status
    finally:
        from unionrep.gui.database import remove_passphrase_prompt
        from unionrep.gui.workers import wait_for_workers

        remove_passphrase_prompt()
        wait_for_workers()
        if window is not None:  # gone before its database closes (nothing may redraw from it after)
            from PySide6.QtCore import QCoreApplication, QEvent

            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        if ctx is not None:  # File ▸ Restore may have opened another
            ctx.session.close()
        elif session is not None:
            session.close()
        from unionrep.gui.locks import release_locks

        release_locks()
        if scratch is not None:
            scratch.cleanup()


def end_well(ctx: AppContext) -> None:
    """The end of a session that ended well: once the workers writing to the book are done, the
    dashboard's first screen kept for the next start, if the book was checked."""
    from unionrep.gui.checked_start import is_unchecked
    from unionrep.gui.kept_screen import keep
    from unionrep.gui.views.dashboard import FIRST_CARDS
    from unionrep.gui.workers import wait_for_workers

    wait_for_workers()
    if not is_unchecked(ctx.session):
        keep(ctx, FIRST_CARDS)


def watch_over(window: MainWindow, ctx: AppContext, ahead: AheadCheck | None = None) -> None:
    """What a window on the user's database runs besides: backups at start and on close, the
    watch for the command line's writes, and the rounds with the branch folder, if one is set;
    where the window was opened before the check at start passed, once it has."""
    from unionrep.gui import branch_sync
    from unionrep.gui.checked_start import is_unchecked, when_checked
    from unionrep.gui.reliability import guard
    from unionrep.gui.search_index import build_after_first_paint

    def watch() -> None:
        guard(window, ctx)
        branch_sync.start(window, ctx)
        build_after_first_paint(window, ctx, painted=True)  # a big book just upgraded: its search index

    if ahead is not None and is_unchecked(ctx.session):
        when_checked(window, ctx, ahead, watch)
    else:
        watch()


def check_ahead(args: argparse.Namespace) -> AheadCheck | None:
    """The read-only quick check of the user's existing database, to run in a thread (None for the
    demo or a database still to be made): begun once the window is painted, or as soon as anything
    waits for it. Its diagnosis if the file is whole, else None, and the check is then made again
    as before, with the passphrase prompt and the recovery screen if needed
    (reliability.open_checked).

    Until it has passed, the window is built from the book opened with every write refused
    (checked_start); a start that cannot open it so waits for the check. Run alongside the start,
    the check slowed it (5 ms of 0.17 s at 10,000 entries, 15 ms at a million, where it reads the
    whole file: the two cores share their caches), and after the first paint it costs the window
    nothing it shows. It asks for nothing (a key only from UNIONREP_PASSPHRASE or the keyring) and
    writes nothing: the file is written to only after a check that passed."""
    if args.demo:
        return None
    from unionrep.paths import resolve_db

    path = resolve_db(args.db)
    if not path.is_file():
        return None
    # imported here, not in the thread (two threads importing the same modules could deadlock)
    from unionrep.app import start

    def quietly() -> Diagnosis | None:
        start.yield_to_the_window()
        return start.check_quietly(path)

    return AheadCheck(quietly, before=start.load_the_check)


class AheadCheck:
    """The check at start in its thread: begun when asked (`begin`), or when waited for; called,
    waits for it and gives its diagnosis if the file is whole, else None."""

    def __init__(self, check: Callable[[], Diagnosis | None], before: Callable[[], object]) -> None:
        self._found: list[Diagnosis | None] = []
        self._before = before  # on the calling thread, before the check's own begins

        def work() -> None:
            self._found.append(check())

        self._thread = threading.Thread(target=work, name="unionrep-check-at-start", daemon=True)
        self._begun = False

    def begin(self) -> None:
        if not self._begun:
            self._begun = True
            self._before()
            self._thread.start()

    def ready(self) -> bool:
        return self._begun and not self._thread.is_alive()

    def __call__(self) -> Diagnosis | None:
        self.begin()
        self._thread.join()
        return self._found[0] if self._found else None


def open_database(args: argparse.Namespace, scratch: tempfile.TemporaryDirectory[str] | None,
                  lang: str, *, ahead: AheadCheck | None = None) -> tuple[Session, Path] | None:
    """The Session to work on: the demo branch, or the user's database (first run if there is none).
    `ahead`: the check of that database (check_ahead); until it has passed, the database may be
    opened with writes refused (checked_start)."""
    from unionrep.core.errors import UnionrepError
    from unionrep.paths import resolve_db

    if args.demo:
        assert scratch is not None
        from unionrep.demo import build_demo
        from unionrep.gui.database import demo_plain

        demo_plain()
        path = Path(scratch.name) / "demo-branch.db"
        if not _locked(path):
            return None
        try:
            return build_demo(path), path
        except UnionrepError as exc:
            _fatal(str(exc))
            return None

    path = resolve_db(args.db)
    if not _locked(path):
        return None
    session = None
    if path.exists() and ahead is not None and args.screenshot is None:
        from unionrep.gui.checked_start import open_before_check

        session = open_before_check(path, ahead)
        if session is not None:
            return session, path
    if path.exists():
        from unionrep.gui.reliability import open_checked

        try:
            # quick check first; the recovery screen if damaged (never while taking screenshots)
            session = open_checked(path, recover=args.screenshot is None, ahead=ahead)
        except UnionrepError as exc:
            _fatal(str(exc))
            return None
        if session is None:  # quit from the recovery screen
            return None
        if session.initialised:
            return session, path
    if args.screenshot is not None:
        _fatal(_t("no unionrep database at {path}; use --demo or --db").format(path=path))
        return None
    from unionrep.gui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(path, lang)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.session is None:
        return None
    return dialog.session, path


def _locked(path: Path) -> bool:
    """One window per database: False (and said why) if another unionrep has `path` open."""
    from unionrep.gui.locks import lock_database

    refusal = lock_database(path)
    if refusal is not None:
        _fatal(refusal)
    return refusal is None


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("App", text)


def _fatal(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    print(f"unionrep: {message}", file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, "unionrep", message)
