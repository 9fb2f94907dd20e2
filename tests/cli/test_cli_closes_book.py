"""A command closes its book when it ends, so a later command in the same process (a restore, a
passphrase change, both of which need the file to themselves) never finds it still open."""

from __future__ import annotations

import gc
import json

import pytest

from unionrep.cli import main as cli
from unionrep.store.connection import claim_exclusive


@pytest.fixture
def no_collector():
    gc.collect()
    gc.disable()  # a connection left open would otherwise be closed by chance, whenever gc ran
    yield
    gc.enable()


def test_the_book_is_free_after_each_command(tmp_path, capsys, no_collector) -> None:
    db = tmp_path / "branch.db"
    assert cli.main(["--db", str(db), "--json", "init"]) == 0
    assert cli.main(["--db", str(db), "--json", "rep", "add", "--name", "Siân Ŵyn",
                     "--weekly-hours", "37"]) == 0
    rep = json.loads(capsys.readouterr().out.splitlines()[-1])["id"]
    assert cli.main(["--db", str(db), "--json", "balance", rep, "--on", "2025-10-31"]) == 0
    # switching the journal out of WAL is refused while any other connection has the file open
    claim_exclusive(db)
    assert cli.main(["--db", str(db), "--json", "rep", "list"]) == 0
    assert "Siân Ŵyn" in capsys.readouterr().out


def test_a_failed_command_closes_the_book_too(tmp_path, capsys, no_collector) -> None:
    db = tmp_path / "branch.db"
    assert cli.main(["--db", str(db), "--json", "init"]) == 0
    assert cli.main(["--db", str(db), "--json", "balance", "nobody-of-that-name"]) == 1
    assert "error" in json.loads(capsys.readouterr().out.splitlines()[-1])
    claim_exclusive(db)
