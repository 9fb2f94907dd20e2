"""`unionrep [--db PATH] [--demo] [--lang cy|en] [--screenshot DIR]`: start the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from unionrep import __version__

if TYPE_CHECKING:
    from unionrep.core.services import Service


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="unionrep", description="Facility time, Pro Forma requests and disputes for union reps.")
    parser.add_argument("--db", metavar="PATH",
                        help="the database (default: UNIONREP_DB, then your data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throw-away copy of a demo branch (never your data)")
    parser.add_argument("--lang", choices=("cy", "en"), help="the interface language (Cymraeg or English)")
    parser.add_argument("--screenshot", metavar="DIR", type=Path,
                        help="save a picture of every view to DIR/<view>.png and exit")
    parser.add_argument("--version", action="version", version=f"unionrep {__version__}")
    return parser.parse_args(argv)


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

    from PySide6.QtWidgets import QApplication

    from unionrep.gui import options as opt
    from unionrep.gui import rc_unionrep  # noqa: F401 — registers the icons and translations
    from unionrep.gui.database import install_passphrase_prompt
    from unionrep.gui.options import Options

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName("unionrep")
    app.setApplicationName("unionrep")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("unionrep")

    scratch = tempfile.TemporaryDirectory(prefix="unionrep-") if (args.demo or args.screenshot) else None
    # the demo and the screenshots never touch the user's own window settings
    options = Options(Path(scratch.name) / "settings.ini") if scratch is not None else Options()
    lang = choose_lang(args.lang, options.get(opt.LANGUAGE))
    install_translator(app, lang)
    install_passphrase_prompt()

    service = None
    window = None
    try:
        opened = open_database(args, scratch, lang)
        if opened is None:
            return 1
        service, db_path = opened

        from unionrep.gui.context import AppContext
        from unionrep.gui.main_window import MainWindow

        ctx = AppContext(service, options, db_path, lang=lang, demo=args.demo)
        window = MainWindow(ctx)
        if args.screenshot is not None:
            from unionrep.gui.screenshots import take_screenshots

            written = take_screenshots(window, args.screenshot)
            for path in written:
                print(path)
            return 0
        window.show()
        return app.exec()
    finally:
        from unionrep.gui.database import remove_passphrase_prompt
        from unionrep.gui.workers import wait_for_workers

        remove_passphrase_prompt()
        wait_for_workers()
        if window is not None:  # gone before its database closes (nothing may redraw from it after)
            from PySide6.QtCore import QCoreApplication, QEvent

            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if service is not None:
            service.store.db.close()
        if scratch is not None:
            scratch.cleanup()


def open_database(args: argparse.Namespace, scratch: tempfile.TemporaryDirectory[str] | None,
                  lang: str) -> tuple[Service, Path] | None:
    """The Service to work on: the demo branch, or the user's database (first run if there is none)."""
    from unionrep.core.errors import UnionrepError
    from unionrep.core.services import open_service
    from unionrep.paths import resolve_db

    if args.demo:
        assert scratch is not None
        from unionrep.demo import build_demo
        from unionrep.gui.database import demo_plain

        demo_plain()
        path = Path(scratch.name) / "demo-branch.db"
        try:
            return build_demo(path), path
        except UnionrepError as exc:
            _fatal(str(exc))
            return None

    path = resolve_db(args.db)
    service = None
    if path.exists():
        try:
            service = open_service(path)
        except UnionrepError as exc:
            _fatal(str(exc))
            return None
        if service.initialised:
            return service, path
    if args.screenshot is not None:
        _fatal(f"no unionrep database at {path}; use --demo or --db")
        return None
    from unionrep.gui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(path, lang)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.service is None:
        return None
    return dialog.service, path


def _fatal(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    print(f"unionrep: {message}", file=sys.stderr)
    if QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, "unionrep", message)
