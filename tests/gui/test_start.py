"""Starting the app: with no display, and on a small screen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from unionrep.gui.app import no_display


def _without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["UNIONREP_PLAIN"] = "1"
    return env


@pytest.mark.parametrize(("lang", "words"), [("en", "no display found"), ("cy", "dim sgrin")])
def test_with_no_display_one_line_says_how_to_run_and_nothing_is_made(tmp_path, lang, words) -> None:
    db = tmp_path / "unionrep.store"
    result = subprocess.run([sys.executable, "-m", "unionrep", "--db", str(db), "--lang", lang],
                            env=_without_display(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr  # one line, no Qt abort, no traceback
    assert words in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0] and "--screenshot DIR" in lines[0]
    assert not db.exists()


def test_no_display_is_only_said_where_a_display_is_needed() -> None:
    assert no_display({}, "linux")
    assert no_display({"DISPLAY": ""}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "win32")
    assert not no_display({}, "darwin")
