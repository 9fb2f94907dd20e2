"""The command line, end to end: the installed `unionrep-cli`, and bad input refused with nothing written."""

import json
import shutil
import subprocess
import sys

import pytest

from unionrep.cli import main as cli
from unionrep.store.connection import connect

CLI = shutil.which("unionrep-cli")


def run(*args, db, check=True):
    command = [CLI] if CLI else [sys.executable, "-m", "unionrep.cli.main"]
    result = subprocess.run([*command, "--db", str(db), "--json", *args], capture_output=True, text=True,
                            timeout=60)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout) if result.stdout.strip() else None


@pytest.mark.skipif(CLI is None, reason="unionrep-cli is not installed")
def test_a_school_stewards_term_from_the_command_line(tmp_path):
    db = tmp_path / "steward.db"
    run("init", db=db)
    rep = run("rep", "add", "--name", "Siân Ŵyn", "--weekly-hours", "18.5", "--school",
              "--manager", "Helen Pritchard", "--scp", "7", db=db)["id"]
    run("role", "assign", "Siân Ŵyn", "steward", "--from", "2025-09-01", "--notified-on", "2025-08-20", db=db)
    run("role", "assign", rep, "learning", "--from", "2026-01-05", db=db)
    tuesdays = ["2025-09-09", "2025-09-16", "2025-09-23", "2025-09-30", "2025-10-07", "2025-10-14",
                "2025-10-21", "2025-11-04", "2025-11-11", "2025-11-18", "2025-11-25", "2025-12-02",
                "2025-12-09", "2025-12-16", "2025-12-23"]
    for day in tuesdays:
        run("log", "add", rep, "--role", "steward", "--date", day, "--start", "09:30", "--end", "11:30",
            "--purpose", "Casework surgery", db=db)
    run("log", "add", rep, "--role", "learning", "--date", "2026-01-13", "--hours", "3",
        "--category", "training", db=db)
    run("log", "add", rep, "--role", "steward", "--date", "2026-02-03", "--hours", "1.5",
        "--status", "requested", db=db)
    balance = run("balance", rep, "--on", "2026-01-31", db=db)

    assert balance["year"] == {"label": "2025/26", "start": "2025-09-01", "end": "2026-08-31"}
    allowances = {a["role"]: a for a in balance["allowances"] if a["role"]}
    # steward: 100 h × 18.5/37 = 50 h; 15 Tuesdays × 2 h = 30 h used
    assert allowances["steward"] == {**allowances["steward"], "cap": 50.0, "used": 30.0,
                                     "pending": 1.5, "remaining": 20.0, "unit": "hours"}
    # learning: 30 h × 239/365 days held (5 Jan – 31 Aug 2026) = 19.64 h
    assert allowances["learning"]["cap"] == 19.64
    assert allowances["learning"]["used"] == 3.0
    assert allowances["learning"]["remaining"] == 16.64
    assert balance["combined"] == {**balance["combined"], "cap": 130.0, "used": 33.0, "remaining": 97.0}
    # cost: 33 h paid at SCP 7 (£22,369 ÷ 52.143 ÷ 37)
    assert balance["cost"] == round(33 * 22369 / 52.143 / 37, 2)


def dump(db_path):
    db = connect(db_path)
    rows = {t: sorted(map(repr, db.query(f"SELECT * FROM [{t}]"))) for t in db.table_names()}
    db.conn.close()
    return rows


@pytest.fixture
def branch(tmp_path, capsys):
    db = tmp_path / "branch.db"
    assert cli.main(["--db", str(db), "init"]) == 0
    assert cli.main(["--db", str(db), "rep", "add", "--name", "Dafydd", "--weekly-hours", "37"]) == 0
    assert cli.main(["--db", str(db), "role", "assign", "Dafydd", "steward", "--from", "2025-04-01"]) == 0
    capsys.readouterr()
    return db


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-02-30", "--hours", "2"], "date"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-13-01", "--hours", "2"], "date"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--start", "14:00",
          "--end", "09:00"], "end"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--start", "25:00",
          "--end", "26:00"], "start"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "-3"], "hours"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "0"], "hours"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "400"], "hours"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "lots"], "hours"),
        (["log", "add", "Nobody", "--role", "steward", "--date", "2025-06-02", "--hours", "2"], "rep"),
        (["log", "add", "Dafydd", "--role", "janitor", "--date", "2025-06-02", "--hours", "2"], "role"),
        (["log", "add", "Dafydd", "--role", "learning", "--date", "2025-06-02", "--hours", "2"], "role"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "2",
          "--category", "gardening"], "category"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "2",
          "--category", "industrial-action", "--paid"], "paid"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "2",
          "--status", "maybe"], "status"),
        (["log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "2",
          "--notice-on", "2025-06-05"], "notice-on"),
        (["rep", "add", "--name", "Half", "--weekly-hours", "50", "--full-time-hours", "37"], "weekly-hours"),
        (["rep", "add", "--name", "Pay", "--scp", "99"], "scp"),
        (["rep", "add", "--name", "   "], "name"),
        (["role", "assign", "Dafydd", "steward", "--from", "2025-05-01"], "from"),
        (["role", "assign", "Dafydd", "learning", "--from", "2025-05-01", "--to", "2025-04-01"], "to"),
        (["policy", "set", "settings.full_time_hours", "0"], "settings.full_time_hours"),
        (["policy", "set", "allowances.steward.unit", "fortnights"], "allowances.steward.unit"),
        (["policy", "set", "allowances.steward.amount", "-5"], "allowances.steward.amount: must not be"),
        (["role", "assign", "Dafydd", "learning", "--from", "2025-05-01", "--notified-on", "2099-04-20"],
         "notified-on: 2099-04-20 cannot be in the future"),
        (["rep", "edit", "Dafydd", "--ended-on", "2025-03-31"],
         "ended-on: Dafydd's steward role starts on 2025-04-01, after 2025-03-31"),
        (["policy", "set", "allowances.nobody.amount", "3"], "allowances.nobody.amount"),
        (["balance", "Dafydd", "--on", "yesterday"], "on"),
        (["log", "list", "--year", "0"], "year"),
        (["log", "list", "--year", "twenty"], "year"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_changes_nothing(branch, capsys, args, field):
    before = dump(branch)
    code = cli.main(["--db", str(branch), "--json", *args])
    out = capsys.readouterr().out
    assert code != 0
    error = json.loads(out)["error"]
    assert field in error
    assert dump(branch) == before


def test_a_rep_cannot_end_before_what_they_hold_or_logged(branch, capsys):
    base = ["--db", str(branch), "--json"]
    assert cli.main([*base, "log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-10",
                     "--hours", "2"]) == 0
    capsys.readouterr()
    before = dump(branch)
    assert cli.main([*base, "rep", "edit", "Dafydd", "--ended-on", "2025-05-31"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == (
        "ended-on: Dafydd has steward time logged on 2025-06-10, after 2025-05-31")
    assert cli.main(["--lang", "cy", *base, "rep", "edit", "Dafydd", "--ended-on", "2025-05-31"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == (
        "ended-on: mae gan Dafydd amser steward wedi'i gofnodi ar 2025-06-10, ar ôl 2025-05-31")
    assert dump(branch) == before  # refused: nothing written

    assert cli.main([*base, "role", "assign", "Dafydd", "learning", "--from", "2025-04-01",
                     "--to", "2026-03-31"]) == 0
    capsys.readouterr()
    assert cli.main([*base, "rep", "edit", "Dafydd", "--ended-on", "2025-06-30"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == (
        "ended-on: Dafydd's learning role runs to 2026-03-31, after 2025-06-30")
    assert cli.main([*base, "rep", "edit", "Dafydd", "--ended-on", "2026-03-31"]) == 0  # the last day held


def test_the_day_the_employer_was_told_is_not_in_the_future(branch, capsys):
    import datetime as dt

    from unionrep.app.session import open_session
    from unionrep.core.errors import ValidationError

    ahead = (dt.date.today() + dt.timedelta(days=7)).isoformat()  # still ahead if the run passes midnight
    base = ["--db", str(branch), "--json"]
    assert cli.main([*base, "role", "assign", "Dafydd", "learning", "--notified-on", ahead]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == (
        f"notified-on: {ahead} cannot be in the future: it is the day the employer was told in writing")
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert cli.main([*base, "role", "assign", "Dafydd", "learning", "--notified-on", yesterday]) == 0
    session = open_session(branch)
    try:
        steward = next(a for a in session.roles.assignments() if a.role == "steward")
        with pytest.raises(ValidationError) as refused:
            session.roles.edit(steward.id, notified_on=dt.date.today() + dt.timedelta(days=30))
        assert refused.value.field == "notified-on"
        assert session.store.get(type(steward), steward.id).notified_on is None
    finally:
        session.store.db.close()


def test_usage_errors_are_reported_without_a_traceback(branch, capsys):
    assert cli.main(["--db", str(branch), "--json", "log", "add"]) == 2
    assert "required" in json.loads(capsys.readouterr().out)["error"]
    assert cli.main(["--db", str(branch), "frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_missing_database_says_how_to_create_one(tmp_path, capsys):
    assert cli.main(["--db", str(tmp_path / "none.db"), "--json", "rep", "list"]) == 1
    assert "unionrep-cli init" in json.loads(capsys.readouterr().out)["error"]
    assert not (tmp_path / "none.db").exists()


def test_init_refuses_an_unknown_policy_and_an_existing_database(branch, tmp_path, capsys):
    assert cli.main(["--db", str(tmp_path / "new.db"), "init", "--policy", "nowhere"]) == 1
    assert not (tmp_path / "new.db").exists()
    before = dump(branch)
    assert cli.main(["--db", str(branch), "init"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert dump(branch) == before


def test_db_from_environment(branch, monkeypatch, capsys):
    monkeypatch.setenv("UNIONREP_DB", str(branch))
    assert cli.main(["--json", "rep", "list"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Dafydd"]


def test_log_edit_list_show_and_delete(branch, capsys):
    base = ["--db", str(branch), "--json"]
    cli.main([*base, "log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02", "--hours", "2",
              "--status", "requested"])
    entry = json.loads(capsys.readouterr().out)["id"]
    assert cli.main([*base, "log", "edit", entry, "--status", "approved"]) == 0
    capsys.readouterr()
    cli.main([*base, "log", "list", "Dafydd", "--year", "2025"])
    listed = json.loads(capsys.readouterr().out)
    assert [(e["id"], e["status"], e["hours"]) for e in listed] == [(entry, "approved", 2.0)]
    cli.main([*base, "log", "show", entry])
    shown = json.loads(capsys.readouterr().out)
    assert [h["field"] for h in shown["history"]] == ["*", "status"]
    assert cli.main([*base, "log", "delete", entry, "--yes"]) == 0
    capsys.readouterr()
    cli.main([*base, "log", "list"])
    assert json.loads(capsys.readouterr().out) == []


def test_human_output_of_balance(branch, capsys):
    cli.main(["--db", str(branch), "log", "add", "Dafydd", "--role", "steward", "--date", "2025-06-02",
              "--hours", "5"])
    capsys.readouterr()
    assert cli.main(["--db", str(branch), "balance", "Dafydd", "--on", "2025-06-03"]) == 0
    text = capsys.readouterr().out
    # hours written one way: H:MM with the decimal beside it (100 h − 5 h = 95 h = 95:00)
    assert "2025/26" in text and "used 5:00 (5.00 h)" in text and "remaining 95:00 (95.00 h)" in text
