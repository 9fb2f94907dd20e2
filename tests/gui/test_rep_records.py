"""A rep's records through the widgets: the year pickers reach the agreement year of the earliest
entry; role assignments and extensions are edited (and an extension's review recorded) undoably."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from unionrep.core.model import Entry

D = dt.date


@pytest.fixture
def later_ctx(qapp, service, options, db_path):
    """An AppContext on 1 May 2026: this year is 2026/27."""
    from unionrep.gui import rc_unionrep  # noqa: F401
    from unionrep.gui.context import AppContext

    return AppContext(service, options, db_path, lang="en", today=lambda: D(2026, 5, 1))


@pytest.fixture
def later_window(qtbot, later_ctx):
    from unionrep.gui.main_window import MainWindow

    win = MainWindow(later_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _labels(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_year_pickers_reach_the_agreement_year_of_the_earliest_entry(
        service, make_rep, later_window, qtbot) -> None:
    rep = make_rep("Eleri Vaughan", roles=(("steward", "2025-01-06"),))
    service.add_entry(Entry(rep.id, "steward", D(2025, 2, 10), 150, "duties", purpose="Hearing"))
    dashboard = later_window.show_view("dashboard")
    dashboard.refresh()
    # 10 February 2025 is in 2024/25, though 2025 is its calendar year
    assert _labels(dashboard.year_combo) == ["2026/27 (this year)", "2025/26", "2024/25"]
    dashboard.year_combo.setCurrentIndex(2)
    card = next(c for c in dashboard.cards if c.balance.rep.id == rep.id)
    assert card.balance.year.label == "2024/25"
    assert "2.5 of" in card.bars[0].data.summary()

    reps = later_window.show_view("reps")
    reps.select_rep(rep.id)
    page = reps.page
    assert _labels(page.year_combo) == ["2026/27 (this year)", "2025/26", "2024/25"]
    page.year_combo.setCurrentIndex(2)
    assert page.card.balance.year.label == "2024/25"


def test_a_school_reps_picker_counts_school_years(service, make_rep, later_window) -> None:
    rep = make_rep("Nia Wyn Edwards", school=True, roles=(("steward", "2024-09-02"),))
    service.add_entry(Entry(rep.id, "steward", D(2024, 10, 3), 60, "duties", purpose="Casework"))
    reps = later_window.show_view("reps")
    reps.select_rep(rep.id)
    # school years from 1 September: 1 May 2026 is in 2025/26, 3 October 2024 in 2024/25
    assert _labels(reps.page.year_combo) == ["2025/26 (this year)", "2024/25"]
    dashboard = later_window.show_view("dashboard")
    dashboard.refresh()
    # the branch's picker reaches the same school year (2024/25), and 2026/27 from 1 April
    assert _labels(dashboard.year_combo) == ["2026/27 (this year)", "2025/26", "2024/25"]
