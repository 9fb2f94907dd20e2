"""The command line speaks one way: hours as H:MM with the decimal beside, a header row on every
table, one name for each option (old names kept, hidden), and a confirmation before a delete."""

from __future__ import annotations

import io
import json

import pytest

from unionrep.cli import main as cli


@pytest.fixture
def branch(tmp_path, capsys):
    db = tmp_path / "branch.db"
    assert cli.main(["--db", str(db), "init"]) == 0
    assert cli.main(["--db", str(db), "rep", "add", "--name", "Dafydd", "--weekly-hours", "22.5"]) == 0
    assert cli.main(["--db", str(db), "role", "assign", "Dafydd", "steward", "--from", "2025-04-01"]) == 0
    assert cli.main(["--db", str(db), "--json", "log", "add", "Dafydd", "--role", "steward",
                     "--date", "2025-06-02", "--start", "09:00", "--end", "12:30"]) == 0
    capsys.readouterr()
    return db


def _entry_ids(db, capsys) -> list[str]:
    cli.main(["--db", str(db), "--json", "log", "list"])
    return [e["id"] for e in json.loads(capsys.readouterr().out)]


def test_log_list_has_a_header_row_and_hours_written_both_ways(branch, capsys) -> None:
    assert cli.main(["--db", str(branch), "log", "list"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["date", "hours", "rep", "role", "category", "status", "id"]
    assert row.startswith("2025-06-02  3:30 (3.50 h)  Dafydd")  # 09:00–12:30 = 210 min = 3:30 = 3.5 h
    assert row.index("Dafydd") == header.index("rep")  # the columns line up under their headings


def test_rep_list_has_a_header_row(branch, capsys) -> None:
    assert cli.main(["--db", str(branch), "rep", "list"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split()[:2] == ["id", "name"] and "hours a week" in header
    assert "Dafydd" in row and "22:30 (22.50 h)" in row


def test_role_assign_takes_notice_on_and_its_old_name_hidden(branch, capsys) -> None:
    base = ["--db", str(branch), "--json", "role", "assign", "Dafydd"]
    assert cli.main([*base, "learning", "--from", "2025-04-01", "--notice-on", "2025-03-20"]) == 0
    assert cli.main([*base, "health-safety", "--from", "2025-04-01", "--notified-on", "2025-03-21"]) == 0
    capsys.readouterr()
    cli.main(["--db", str(branch), "--json", "rep", "show", "Dafydd"])
    roles = {r["role"]: r for r in json.loads(capsys.readouterr().out)["roles"]}
    assert (roles["learning"]["notified_on"], roles["health-safety"]["notified_on"]) == (
        "2025-03-20", "2025-03-21")
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["role", "assign", "--help"])
    helped = capsys.readouterr().out
    assert "--notice-on" in helped and "--notified-on" not in helped


def test_delete_without_a_terminal_needs_yes_and_changes_nothing(branch, capsys, monkeypatch) -> None:
    [entry] = _entry_ids(branch, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # not a terminal: no one to ask
    assert cli.main(["--db", str(branch), "log", "delete", entry]) == 1
    err = capsys.readouterr().err
    assert "--yes" in err and "'unionrep-cli undo' puts a deleted entry back" in err
    assert _entry_ids(branch, capsys) == [entry]
    assert cli.main(["--db", str(branch), "--json", "log", "delete", entry, "--yes"]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": entry, "deleted": True}
    assert _entry_ids(branch, capsys) == []
    assert cli.main(["--db", str(branch), "undo"]) == 0  # what the message promises
    assert capsys.readouterr().out.startswith("Undone: Delete entry")
    assert _entry_ids(branch, capsys) == [entry]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "kept"), [("n\n", True), ("\n", True), ("y\n", False)])
def test_delete_at_a_terminal_asks_first(branch, capsys, monkeypatch, answer, kept) -> None:
    [entry] = _entry_ids(branch, capsys)
    monkeypatch.setattr("sys.stdin", _Terminal(answer))
    assert cli.main(["--db", str(branch), "log", "delete", entry]) == 0
    out = capsys.readouterr().out
    assert "3:30 (3.50 h) for Dafydd on 2025-06-02" in out and "'unionrep-cli undo' puts it back" in out
    assert ("Nothing deleted." in out) == kept
    assert _entry_ids(branch, capsys) == ([entry] if kept else [])


def test_dispute_list_has_a_header_row(branch, capsys) -> None:
    cli.main(["--db", str(branch), "--json", "log", "add", "Dafydd", "--role", "steward", "--date",
              "2025-07-01", "--hours", "2", "--status", "requested"])
    entry = json.loads(capsys.readouterr().out)["id"]
    assert cli.main(["--db", str(branch), "dispute", "open", entry, "--refused-on", "2025-06-20"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(branch), "dispute", "list"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split()[:4] == ["id", "rep", "refused", "on"] and "tribunal claim by" in header
    # refused 20 June 2025: 3 months less a day, 19 September 2025 (TULRCA s.171)
    assert "Dafydd" in row and "2025-06-20" in row and row.endswith("2025-09-19")


def test_backup_list_has_a_header_row(branch, capsys) -> None:
    assert cli.main(["--db", str(branch), "backup"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(branch), "backup", "--list"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["made", "why", "file"]
    assert "manual" in row and row.rstrip().endswith(".db")
