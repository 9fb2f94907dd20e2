"""Import from a steward: the import runs in a worker with a progress bar, the window stays free,
and Cancel (or Escape) stops it part-way with the book exactly as it was."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt

from unionrep.app.session import open_session
from unionrep.core.model import Entry, Rep
from unionrep.exchange import progress
from unionrep.exchange.envelope import MIN_SCRYPT_N
from unionrep.exchange.progress import Tracker
from unionrep.gui.dialogs.exchange_import import ImportPreviewDialog

PASSPHRASE = "Mae hen wlad fy nhadau"


@pytest.fixture
def bundle(tmp_path):
    """A steward's laptop's log: Siân, her weekly hours, her role and three entries: 6 records."""
    laptop = open_session(tmp_path / "laptop.db", create=True)
    laptop.policy.init("denbighshire-2012")
    sian = laptop.reps.add(Rep(name="Siân Ŵyn")).result
    laptop.roles.assign(sian.id, "steward", dt.date(2024, 4, 1))
    for day in (2, 9, 16):
        laptop.entries.add(Entry(sian.id, "steward", dt.date(2025, 10, day), 60, "duties", purpose="Surgery"))
    path = tmp_path / "sian.bundle"
    laptop.exchange.export(path, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    laptop.store.db.close()
    return path


def whole(session) -> dict[str, list[tuple]]:
    db = session.store.db
    tables = {name: sorted(map(tuple, db.execute(f"SELECT * FROM [{name}]").fetchall()), key=repr)
              for name in db.table_names()}
    return {**tables, "schema": sorted(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())}


@pytest.fixture
def held_at_write(monkeypatch):
    """The worker stops at its first report of writing records until the test lets it go on:
    the test can then act while the import is half-way, rows written, transaction open."""
    reached, go_on = threading.Event(), threading.Event()
    report = Tracker.report
    monkeypatch.setattr(progress, "EVERY", 1)  # a report at each record of this small bundle

    def held(self, done, total, stage):
        if stage == "write" and not go_on.is_set():
            self.progress(done, total, stage)  # the dialog learns how far it is
            reached.set()
            go_on.wait(30)
        report(self, done, total, stage)

    monkeypatch.setattr(Tracker, "report", held)
    yield reached, go_on
    go_on.set()


def test_cancel_part_way_leaves_the_book_as_it_was(qtbot, window, ctx, bundle, held_at_write) -> None:
    reached, go_on = held_at_write
    preview = ctx.session.exchange.preview(bundle, PASSPHRASE)
    before = whole(ctx.session)
    dialog = ImportPreviewDialog(ctx, preview, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancel_button.accessibleName() and dialog.busy.progress.accessibleName()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    # the window is free meanwhile (this wait runs its event loop), and the bar says what is going on
    qtbot.waitUntil(lambda: dialog.busy.progress.format().startswith("Writing the records"), timeout=5_000)
    assert dialog.busy.progress.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.cancel_button.isEnabled() and dialog.cancel_button.text() == "&Cancel the import"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # from the keyboard, as the Cancel button does
    assert dialog.isVisible() and dialog.busy.progress.format().startswith("Cancelling")
    go_on.set()
    qtbot.waitUntil(dialog.busy.error.isVisible, timeout=30_000)
    assert "the import was cancelled; nothing was changed" in dialog.busy.error.text()
    assert not dialog.busy.progress.isVisible() and dialog.import_button.isEnabled()
    assert whole(ctx.session) == before
    # and importing again, to the end, writes it all
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].added == 6
    assert ctx.session.store.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 3
