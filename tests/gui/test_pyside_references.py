"""The installed PySide6 keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 released a
reference to None on every call of a void method, and one to True for QSettings.value(type=bool),
until the interpreter aborted ("Fatal Python error: bool_dealloc"), at exit or mid-session.
pyproject.toml keeps such a release out; this says so plainly if one gets in."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QSettings, QTimer

CALLS = 500


def _drop(count_of: object, call) -> int:
    gc.collect()
    before = sys.getrefcount(count_of)
    for _ in range(CALLS):
        call()
    gc.collect()
    return before - sys.getrefcount(count_of)


def test_void_calls_leave_none_alone(qapp) -> None:
    timer = QTimer()
    assert _drop(None, timer.stop) < CALLS // 2


def test_a_bool_setting_leaves_true_alone(qapp, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "probe.ini"), QSettings.Format.IniFormat)
    settings.setValue("flag", 1)  # stored as text: read back through the bool conversion
    assert _drop(True, lambda: settings.value("flag", False, type=bool)) < CALLS // 2
