"""Kill a writing process with SIGKILL at random moments: every write it reported done is still
there afterwards, the integrity check passes, and the database opens. (tests/perf/bench_crash.py
runs the same with hundreds of kills.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from crash_ops import encrypt_kills, passphrase_kills, quick_key_derivation, restore_kills
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


# -- restore, encrypt and passphrase change, each killed at random moments (crash_ops) -----------

OPERATION_KILLS = 50


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked child")
@pytest.mark.parametrize("kills_of", [restore_kills, encrypt_kills, passphrase_kills],
                         ids=["restore", "encrypt", "passphrase-change"])
def test_an_operation_killed_part_way_leaves_a_whole_database_and_no_plain_copy(tmp_path, kills_of):
    with quick_key_derivation():
        tally = kills_of(tmp_path, OPERATION_KILLS, seed=int.from_bytes(os.urandom(2), "big"))
    assert tally.problems == []
    assert tally.kills >= OPERATION_KILLS
