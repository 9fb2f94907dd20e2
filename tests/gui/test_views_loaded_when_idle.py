"""At start only the view shown first is imported; the other views' modules are imported once the
window is idle after its first paint (one per turn of the event loop), so that the first click on
the log does not wait for its code, and none of them is built before it is shown. The book's
sqlite-utils Database is made then too."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from unionrep.app.session import open_session
from unionrep.gui import rc_unionrep  # noqa: F401
from unionrep.gui.context import AppContext
from unionrep.gui.main_window import MainWindow
from unionrep.gui.options import Options

folder = Path(sys.argv[1])
app = QApplication([])
made = open_session(folder / "book.db", create=True)
made.policy.init("denbighshire-2012")
made.close()
session = open_session(folder / "book.db")  # as a start opens it: read until the first paint
window = MainWindow(AppContext(session, Options(folder / "settings.ini"), folder / "book.db"))
views = ["log_view", "reps_view", "requests_view", "disputes_view", "settings_view"]
loaded = lambda: [v for v in views if f"unionrep.gui.views.{v}" in sys.modules]
print("before the first paint:", loaded(), type(session.store.db).__name__)
window.show()
deadline = time.monotonic() + 20
while len(loaded()) < len(views) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("after it, idle:", loaded(), type(session.store.db).__name__)
print("built:", sorted(window.views))
session.close()
"""


def test_the_other_views_are_imported_after_the_first_paint_and_not_built(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNIONREP_PLAIN="1")
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "before the first paint: [] UntilNeeded",  # sqlite-utils not made (nor imported, see store)
        "after it, idle: ['log_view', 'reps_view', 'requests_view', 'disputes_view', 'settings_view'] "
        "Database",  # made once painted: no action of the user's waits for its import
        "built: ['dashboard']",
    ]
