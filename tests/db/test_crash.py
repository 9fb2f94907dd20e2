"""Kill a writing process with SIGKILL at random moments: every write it reported done is still
there afterwards, the integrity check passes, and the database opens. (tests/perf/bench_crash.py
runs the same with hundreds of kills.)"""

from __future__ import annotations

import os
import signal

import pytest
from crash_writer import prepare, run_kills

from unionrep import cli

KILLS = 15  # per mode: 30 in all

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def test_every_reported_write_survives_sigkill(tmp_path, mode, capsys):
    path = prepare(tmp_path / "crash.db", encrypt=mode == "encrypted")
    expected, problems = run_kills(path, KILLS, seed=int.from_bytes(os.urandom(2), "big"))
    assert problems == []
    assert expected.reported > KILLS  # the writers got real work done between kills
    assert expected.present
    assert cli.main(["--db", str(path), "check"]) == 0
    assert "whole" in capsys.readouterr().out
