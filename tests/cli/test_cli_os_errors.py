"""The command line meets the operating system: a folder or an unreadable file given as --db is
said in one line (exit 1), and a reader that stops early (`| head -1`) ends it quietly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from unionrep.cli import main as cli

CLI = shutil.which("unionrep-cli")
COMMAND = [CLI] if CLI else [sys.executable, "-m", "unionrep.cli"]


@pytest.mark.parametrize("args", [["init"], ["rep", "list"], ["balance", "Dafydd"]])
def test_a_folder_given_as_the_database_is_said_without_a_traceback(tmp_path, capsys, args) -> None:
    folder = tmp_path / "branch"
    folder.mkdir()
    assert cli.main(["--db", str(folder), *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"unionrep-cli: error: {folder} cannot be opened (Is a directory). Check that "
                            "the file and its folder exist and are yours\n")
    assert list(folder.iterdir()) == []  # nothing made in it

    assert cli.main(["--db", str(folder), "--json", *args]) == 1
    assert "cannot be opened (Is a directory)" in json.loads(capsys.readouterr().out)["error"]


def test_the_error_is_in_welsh_with_lang_cy(tmp_path, capsys) -> None:
    folder = tmp_path / "branch"
    folder.mkdir()
    english = cli.main(["--db", str(folder), "rep", "list"]), capsys.readouterr().err
    welsh = cli.main(["--lang", "cy", "--db", str(folder), "rep", "list"]), capsys.readouterr().err
    assert english[0] == welsh[0] == 1
    assert str(folder) in welsh[1] and welsh[1] != english[1]
    assert "Traceback" not in welsh[1]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a pipe closed under a running program")
def test_a_reader_that_stops_early_ends_it_quietly(tmp_path) -> None:
    db = tmp_path / "branch.db"
    env = {**os.environ, "UNIONREP_PLAIN": "1"}
    for args in (["init"], ["rep", "add", "--name", "Dafydd"], ["role", "assign", "Dafydd", "steward"]):
        subprocess.run([*COMMAND, "--db", str(db), *args], env=env, check=True, capture_output=True,
                       timeout=60)
    for args in (["balance", "Dafydd"], ["rep", "list"], ["--json", "balance", "Dafydd"]):
        # the reader is gone before a line is written: as `unionrep-cli balance Dafydd | head -0`
        process = subprocess.Popen([*COMMAND, "--db", str(db), *args], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        errors = process.stderr.read()
        process.stderr.close()
        assert process.wait(timeout=60) == 141, errors  # 128 + SIGPIPE, as the shell reports it
        assert errors == b""  # no BrokenPipeError traceback, no "Exception ignored" at exit


def test_a_broken_pipe_inside_a_command_is_not_a_traceback(tmp_path, capsys, monkeypatch) -> None:
    db = tmp_path / "branch.db"
    assert cli.main(["--db", str(db), "init"]) == 0
    capsys.readouterr()

    class GoneAway:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", GoneAway())
    assert cli.main(["--db", str(db), "rep", "add", "--name", "Dafydd"]) == 141
    monkeypatch.undo()
    assert capsys.readouterr().err == ""
