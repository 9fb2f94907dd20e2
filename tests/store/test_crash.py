"""Kill a writing process with SIGKILL at random moments: every write it reported done is still
there afterwards, the integrity check passes, and the database opens. (tests/perf/bench_crash.py
runs the same with hundreds of kills.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from crash_writer import prepare, run_kills

from unionrep.cli import main as cli

KILLS = 15  # per mode: 30 in all

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def test_every_reported_write_survives_sigkill(tmp_path, mode, capsys):
    path = prepare(tmp_path / "crash.db", encrypt=mode == "encrypted")
    expected, problems = run_kills(path, KILLS, seed=int.from_bytes(os.urandom(2), "big"))
    assert problems == []
    assert expected.reported > KILLS  # the writers got real work done between kills
    assert expected.present
    assert cli.main(["--db", str(path), "check"]) == 0  # integrity, foreign keys and year totals
    assert "whole" in capsys.readouterr().out
    # and the app starts on it and draws every view
    shots = tmp_path / "shots"
    app = [sys.executable, "-m", "unionrep", "--db", str(path), "--screenshot", str(shots)]
    started = subprocess.run(app, capture_output=True, text=True, timeout=120,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert started.returncode == 0, started.stderr
    assert (shots / "dashboard.png").stat().st_size > 0
