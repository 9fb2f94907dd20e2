"""unionrep-cli undo / redo / history: the last change, made through either shell, taken back or
done again; an undo the rules refuse changes nothing, row for row and byte for byte."""

from __future__ import annotations

import gc
import json

import pytest

from unionrep.cli import main as cli
from unionrep.store.connection import connect


def dump(db_path):
    """Every row of every table; the log written into the file first, so its bytes can be compared
    (connections the in-process commands left open are closed first)."""
    gc.collect()
    db = connect(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows = {t: sorted(map(repr, db.query(f"SELECT * FROM [{t}]"))) for t in db.table_names()}
    db.conn.close()
    return rows


@pytest.fixture
def cli_json(tmp_path, capsys):
    db = tmp_path / "branch.db"

    def run(*args: str, code: int = 0):
        assert cli.main(["--db", str(db), "--json", *args]) == code
        out = capsys.readouterr().out
        return json.loads(out) if out.strip() else None

    run.db = db  # type: ignore[attr-defined]
    run("init")
    run("rep", "add", "--name", "Dafydd", "--weekly-hours", "37")
    run("role", "assign", "Dafydd", "steward", "--from", "2025-04-01")
    return run


def test_undo_then_redo_the_last_entry(cli_json) -> None:
    entry = cli_json("log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-03",
                     "--hours", "2")["id"]
    undone = cli_json("undo")
    assert undone["action"] == "entry.add" and undone["kinds"] == ["entries"]
    assert [(r["table"], r["id"], r["after"]) for r in undone["rows"]] == [("entries", entry, None)]
    assert cli_json("balance", "Dafydd", "--on", "2025-06-30")["allowances"][0]["used"] == 0
    redone = cli_json("redo")
    assert redone["redid"] == undone["undid"]
    # 2 h back in the balance: the same entry, same id
    assert cli_json("balance", "Dafydd", "--on", "2025-06-30")["allowances"][0]["used"] == 2.0
    assert [e["id"] for e in cli_json("log", "list")] == [entry]


def test_history_lists_the_changes_newest_first(cli_json) -> None:
    cli_json("log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-03", "--hours", "2")
    cli_json("undo")
    changes = cli_json("history", "--limit", "3")["changes"]
    assert [(c["action"], c["state"]) for c in changes] == [
        ("undo", "undo"), ("entry.add", "undone"), ("role.assign", "done")]
    assert changes[0]["label"] == "Undo: Log time" and changes[0]["target"] == changes[1]["id"]


def test_a_change_made_in_the_app_is_taken_back_from_the_command_line(cli_json) -> None:
    from unionrep.app.session import open_session
    from unionrep.core.model import Rep

    session = open_session(cli_json.db)
    session.reps.add(Rep(name="Eleri"))  # as the GUI's "Add rep" does
    session.store.db.close()
    assert cli_json("undo")["action"] == "rep.add"
    assert [r["name"] for r in cli_json("rep", "list")] == ["Dafydd"]


def test_an_undo_the_rules_refuse_changes_nothing(cli_json, capsys) -> None:
    entry = cli_json("log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-03", "--hours", "2",
                     "--status", "requested")["id"]
    logged = cli_json("history", "--limit", "1")["changes"][0]["id"]
    cli_json("dispute", "open", entry, "--refused-on", "2025-05-20", "--reasons", "No cover")
    rows, data = dump(cli_json.db), cli_json.db.read_bytes()
    refused = cli_json("undo", logged, code=1)
    assert "has a dispute" in refused["error"]
    assert dump(cli_json.db) == rows and cli_json.db.read_bytes() == data
    # in Welsh, without --json: the reason, and exit 1
    assert cli.main(["--db", str(cli_json.db), "--lang", "cy", "undo", logged]) == 1
    assert "mae anghydfod" in capsys.readouterr().err


def test_nothing_to_undo_or_redo(cli_json) -> None:
    assert cli_json("redo", code=1) == {"error": "redo: there is nothing to redo"}
    cli_json("undo")  # the role
    cli_json("undo")  # the rep
    assert cli_json("undo", code=1) == {"error": "undo: there is nothing to undo"}


def test_a_bad_limit_is_refused(cli_json) -> None:
    assert cli_json("history", "--limit", "0", code=1) == {"error": "limit: must be from 1 to 500"}
