"""The search index of a big book just upgraded is filled after the window is first painted, in a
worker, with its progress in the status bar (gui/search_index.py); quitting stops it part-way and
the next start resumes it."""

from __future__ import annotations

import datetime as dt

import pytest

from unionrep.core.log_filter import LogFilter, Sort
from unionrep.core.model import Entry
from unionrep.gui import search_index
from unionrep.store import schema_search


@pytest.fixture
def to_fill(session, make_rep, monkeypatch):
    """30 entries, their index emptied and marked to fill as m021 leaves a big log's, filled ten
    entries a batch."""
    rep = make_rep("Siân Ŵyn")
    for i in range(30):
        session.entries.add(Entry(rep.id, "steward", dt.date(2025, 4, 1) + dt.timedelta(days=i), 30,
                                  "duties", purpose=("Grievance hearing", "TUC course")[i % 2]))
    db = session.store.db
    with db.atomic():
        for statement in schema_search.TRIGGER_STATEMENTS:
            db.execute(f"DROP TRIGGER {statement.split()[2]}")
        db.execute("INSERT INTO entry_search (entry_search) VALUES ('delete-all')")
        schema_search.leave_to_fill(db)
    monkeypatch.setattr(schema_search, "FILL_BATCH", 10)
    return db


def _window(qtbot, ctx):
    from unionrep.gui.main_window import MainWindow
    from unionrep.gui.reliability import guard

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    guard(window, ctx, start_backup=False)
    return window


def test_the_fill_starts_after_the_first_paint_and_shows_its_progress(qtbot, ctx, to_fill,
                                                                      monkeypatch) -> None:
    window = _window(qtbot, ctx)
    builder = search_index.build_after_first_paint(window, ctx)
    assert builder is not None and not builder.running  # nothing before the window is painted
    shown: list[str] = []
    builder.progressed.connect(lambda _: shown.append(builder.label.text()))
    at_start: dict[str, bool] = {}
    start = builder.start

    def start_and_look(done: float = 0.0) -> None:
        # looked at as it starts: a fill of 30 entries may be over before a poll of the loop sees it
        start(done)
        at_start.update(painted=window.isVisible(), running=builder.running,
                        label=builder.label.isVisible(), watch_paused=not window.guardian.timer.isActive())

    monkeypatch.setattr(builder, "start", start_and_look)
    with qtbot.waitSignal(builder.finished, timeout=30_000) as ended:
        window.show()
    assert at_start == {"painted": True, "running": True, "label": True, "watch_paused": True}
    assert ended.args == [True]
    assert schema_search.filled_to(to_fill) is None
    # after each of the three batches of ten, then the step that finds none left and completes
    assert shown[:3] == ["Building the search index… 33 %", "Building the search index… 66 %",
                         "Building the search index… 100 %"]
    assert builder.label.accessibleName() == shown[-1]
    assert not builder.label.isVisible() and window.guardian.timer.isActive()
    assert window.statusBar().currentMessage() == "The search index is ready."
    found = ctx.session.log_queries.order(LogFilter(text="grie"), Sort())
    assert len(found) == 15
    window.close()


def test_quitting_stops_the_fill_and_the_next_start_resumes_it(qtbot, ctx, to_fill, monkeypatch) -> None:
    window = _window(qtbot, ctx)
    builder = search_index.build_after_first_paint(window, ctx)
    assert builder is not None
    step = schema_search.fill_step

    def one_batch_then_quit(db, batch=None):
        done = step(db, batch)
        builder.stop()  # as aboutToQuit does, here after the first batch
        return done

    monkeypatch.setattr(schema_search, "fill_step", one_batch_then_quit)
    with qtbot.waitSignal(builder.finished, timeout=30_000) as ended:
        builder.start()
    assert ended.args == [False] and schema_search.filled_to(to_fill) == 10
    window.close()
    monkeypatch.setattr(schema_search, "fill_step", step)
    again = _window(qtbot, ctx)
    resumed = search_index.build_after_first_paint(again, ctx)
    assert resumed is not None
    with qtbot.waitSignal(resumed.finished, timeout=30_000):
        again.show()
    assert schema_search.filled_to(to_fill) is None and schema_search.search_in_step(to_fill)
    assert search_index.build_after_first_paint(again, ctx) is None  # a full index: nothing to do
    again.close()


def test_the_progress_is_said_in_welsh(qapp, english_afterwards) -> None:
    from unionrep.gui import (
        language,
        rc_unionrep,  # noqa: F401
    )

    assert language.apply_language("cy")
    assert search_index.progress_text(0.4) == "Wrthi'n adeiladu'r mynegai chwilio… 40 %"
