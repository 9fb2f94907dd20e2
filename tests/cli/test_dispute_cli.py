"""`unionrep-cli dispute …` end to end: the installed console script, --json, a database in tmp."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

CLI = shutil.which("unionrep-cli")
pytestmark = pytest.mark.skipif(CLI is None, reason="unionrep-cli is not installed")


def cli(*args: str, db: Path | None = None, ok: bool = True) -> tuple[int, Any]:
    env = {**os.environ, "UNIONREP_PLAIN": "1"}  # databases made here are not encrypted
    command = [str(CLI), *(["--db", str(db)] if db is not None else []), "--json", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    data = json.loads(result.stdout) if result.stdout.strip() else None
    if ok:
        assert result.returncode == 0, result.stdout + result.stderr
    return result.returncode, data


def run(*args: str, db: Path | None = None) -> Any:
    return cli(*args, db=db)[1]


def fails(*args: str, db: Path | None = None) -> str:
    code, data = cli(*args, db=db, ok=False)
    assert code != 0
    assert set(data) == {"error"}
    return str(data["error"])


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {table: conn.execute(f"SELECT * FROM [{table}] ORDER BY id").fetchall()
                for table in ("disputes", "dispute_stages", "entries", "audit")}
    finally:
        conn.close()


# --- dispute deadline: arithmetic, no database -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "last_day"),
    [
        (("--failure", "2026-03-15"), "2026-06-14"),
        (("--failure", "2027-12-01"), "2028-02-29"),
        (("--failure", "2028-02-29"), "2028-05-28"),
        (("--failure", "2016-06-20", "--acas-a", "2016-07-22", "--acas-b", "2016-08-22"), "2016-10-20"),
        (("--failure", "2014-01-16", "--acas-a", "2014-04-11", "--acas-b", "2014-05-11"), "2014-06-11"),
        (("--failure", "2025-11-30"), "2026-02-27"),
        (("--failure", "2026-03-15", "--months", "6"), "2026-09-14"),
    ],
)
def test_deadline_needs_no_database(args: tuple[str, ...], last_day: str) -> None:
    data = run("dispute", "deadline", *args)
    assert set(data) == {"last_day", "rule"}
    assert data["last_day"] == last_day
    assert "TULRCA s.171" in data["rule"] and "\n" not in data["rule"]
    data_dir = Path(os.environ["UNIONREP_DATA_DIR"])
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_deadline_out_of_time() -> None:
    data = run("dispute", "deadline", "--failure", "2014-01-16", "--acas-a", "2014-04-16",
               "--acas-b", "2014-05-16")
    assert set(data) == {"last_day", "out_of_time", "rule"}
    assert data["last_day"] is None and data["out_of_time"] is True
    assert "out of time" in data["rule"]


def test_deadline_bad_input() -> None:
    assert fails("dispute", "deadline", "--failure", "2026-02-30").startswith("failure:")
    assert fails("dispute", "deadline", "--failure", "2026-03-15", "--acas-b", "2026-04-01").startswith(
        "acas-a:")
    assert "Day B" in fails("dispute", "deadline", "--failure", "2026-03-15", "--acas-a", "2026-04-10",
                            "--acas-b", "2026-04-01")
    assert fails("dispute", "deadline", "--failure", "2026-03-15", "--months", "0").startswith("months:")
    assert "--failure" in fails("dispute", "deadline")


def test_deadline_reads_the_time_limit_from_a_database_given_with_db(tmp_path: Path) -> None:
    db = tmp_path / "branch.db"
    run("init", db=db)
    run("policy", "set", "settings.tribunal_limits",
        '[{months = 3, from = "1992-07-16"}, {months = 6, from = "2026-10-01"}]', db=db)
    before = run("dispute", "deadline", "--failure", "2026-09-30", db=db)
    on = run("dispute", "deadline", "--failure", "2026-10-01", db=db)
    assert before["last_day"] == "2026-12-29"
    assert on["last_day"] == "2027-03-31"
    assert on["rule"].startswith("time limit 6 months")
    # --months wins over the profile; a --db that does not exist is not created.
    assert run("dispute", "deadline", "--failure", "2026-10-01", "--months", "3", db=db)["last_day"] == (
        "2026-12-31")
    missing = tmp_path / "missing.db"
    assert run("dispute", "deadline", "--failure", "2026-10-01", db=missing)["last_day"] == "2026-12-31"
    assert not missing.exists()


def test_deadline_finds_the_database_through_unionrep_db(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "branch.db"
    run("init", db=db)
    run("policy", "set", "settings.tribunal_limits",
        '[{months = 3, from = "1992-07-16"}, {months = 6, from = "2026-10-01"}]', db=db)
    monkeypatch.setenv("UNIONREP_DB", str(db))
    on = run("dispute", "deadline", "--failure", "2026-10-01")  # no --db: as every other command
    assert on["last_day"] == "2027-03-31" and on["rule"].startswith("time limit 6 months")
    # a UNIONREP_DB that does not exist: the default limit, and nothing is created
    missing = tmp_path / "missing.db"
    monkeypatch.setenv("UNIONREP_DB", str(missing))
    assert run("dispute", "deadline", "--failure", "2026-10-01")["last_day"] == "2026-12-31"
    assert not missing.exists()


# --- the ladder from the command line --------------------------------------------------------


@pytest.fixture
def branch(tmp_path: Path) -> tuple[Path, str, str]:
    db = tmp_path / "branch.db"
    run("init", db=db)
    rep = run("rep", "add", "--name", "Siân Ŵyn", "--manager", "Mr Jones", db=db)["id"]
    run("role", "assign", rep, "steward", "--from", "2020-04-01", db=db)
    entry = run("log", "add", rep, "--role", "steward", "--date", "2026-05-20", "--hours", "3",
                "--status", "requested", "--notice-on", "2026-05-01", "--purpose", "Disciplinary hearing",
                db=db)["id"]
    return db, rep, entry


def test_a_refusal_climbs_the_ladder(branch: tuple[Path, str, str], tmp_path: Path) -> None:
    db, _, entry = branch
    opened = run("dispute", "open", entry, "--refused-on", "2026-05-12", "--people", "Mr Jones",
                 "--alternative", "Friday afternoon", db=db)
    dispute = opened["id"]
    assert (opened["kind"], opened["stage"], opened["stage_key"], opened["open"]) == (
        "refusal", 0, "refusal", True)
    assert opened["deadline"]["last_day"] == "2026-08-11"
    assert opened["stages"][0]["response_due"] == "2026-05-27"
    assert run("log", "show", entry, db=db)["status"] == "refused"

    senior = run("dispute", "escalate", dispute[:8], "--on", "2026-05-15", "--to", "Ms Evans", db=db)
    assert (senior["number"], senior["stage"], senior["to"]) == (1, "senior-manager", "Ms Evans")
    assert senior["response_due"] == "2026-06-01"  # 25 May 2026, a bank holiday, does not count
    assert "2026-05-25" in senior["response_due_rule"]
    hr = run("dispute", "escalate", dispute, "--on", "2026-05-20", db=db)
    assert (hr["number"], hr["stage"], hr["response_due"]) == (2, "head-of-hr", "2026-06-04")

    flags = {f["code"]: f for f in run("dispute", "flags", "--on", "2026-06-05", db=db)}
    assert set(flags) == {"dispute_no_reasons", "dispute_stage_overdue", "dispute_unreasonable_refusal"}
    assert flags["dispute_stage_overdue"]["id"] == dispute

    acas = run("dispute", "acas", dispute, "--day-a", "2026-07-01", "--day-b", "2026-08-01", db=db)
    assert acas["deadline"]["last_day"] == "2026-09-11"
    shown = run("dispute", "show", dispute, "--on", "2026-08-20", db=db)
    assert shown["days_left"] == 22
    assert [s["number"] for s in shown["stages"]] == [0, 1, 2]
    assert any(h["field"] == "acas_day_b" for h in shown["history"])

    ics = tmp_path / "disputes.ics"
    written = run("dispute", "ics", "-o", str(ics), "--on", "2026-06-05", db=db)
    assert written == {"file": str(ics), "events": 2}
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert sorted(str(e.decoded("dtstart")) for e in events) == ["2026-06-04", "2026-09-11"]
    assert all(e.walk("VALARM") for e in events)

    assert [d["id"] for d in run("dispute", "list", "--open", db=db)] == [dispute]
    tribunal = run("dispute", "escalate", dispute, "--on", "2026-06-08", db=db)
    assert (tribunal["stage"], tribunal["response_due"]) == ("tribunal", None)
    assert tribunal["response_due_rule"].startswith("no response is due at the Employment Tribunal")
    shown_text = subprocess.run([str(CLI), "--db", str(db), "dispute", "show", dispute],
                                capture_output=True, text=True, env={**os.environ, "UNIONREP_PLAIN": "1"},
                                timeout=60, check=True).stdout
    assert "1. " in shown_text and "4. Employment Tribunal (21.4)" in shown_text  # steps counted from 1
    assert "no response due at this step" in shown_text
    lapsed = subprocess.run([str(CLI), "--db", str(db), "dispute", "show", dispute, "--on", "2027-06-01"],
                            capture_output=True, text=True, env={**os.environ, "UNIONREP_PLAIN": "1"},
                            timeout=60, check=True).stdout
    last_day = run("dispute", "show", dispute, db=db)["deadline"]["last_day"]
    assert f"(the time limit passed on {last_day})" in lapsed and "days left" not in lapsed
    assert "tribunal_limits" not in lapsed and "\u201cTribunal time limits\u201d" in lapsed
    assert {f["code"] for f in run("dispute", "flags", "--on", "2026-08-20", db=db)} == {
        "dispute_no_reasons", "dispute_deadline_30", "dispute_unreasonable_refusal"}
    closed = run("dispute", "respond", dispute, "--on", "2026-06-10", "--response", "Time granted",
                 "--outcome", "resolved", db=db)
    assert (closed["outcome"], closed["dispute_open"], closed["response_on"]) == (
        "resolved", False, "2026-06-10")
    assert run("dispute", "list", "--open", db=db) == []
    assert run("dispute", "list", db=db)[0]["outcome"] == "resolved"
    assert run("dispute", "flags", "--on", "2026-08-05", db=db) == []


def test_a_complaint_without_an_entry(branch: tuple[Path, str, str]) -> None:
    db, rep, _ = branch
    complaint = run("dispute", "open", "--rep", "Siân Ŵyn", "--complaint", "--refused-on", "2026-03-02",
                    "--people", "Head of Adult Services", db=db)
    assert (complaint["kind"], complaint["entry"], complaint["rep"]) == ("complaint", None, rep)
    assert complaint["stage_key"] == "accountable-manager"
    up = run("dispute", "escalate", complaint["id"], "--on", "2026-03-20", db=db)
    assert up["stage"] == "head-of-hr"
    assert "stage:" in fails("dispute", "escalate", complaint["id"], "--on", "2026-04-01", db=db)


def test_bad_input_is_refused_and_changes_nothing(branch: tuple[Path, str, str]) -> None:
    db, _, entry = branch
    before = dump(db)
    assert fails("dispute", "open", entry, "--refused-on", "2026-04-30", db=db).startswith("refused-on:")
    assert fails("dispute", "open", "--refused-on", "2026-05-12", db=db).startswith("entry:")
    assert "not found" in fails("dispute", "show", "no-such-dispute", db=db)
    assert dump(db) == before

    dispute = run("dispute", "open", entry, "--refused-on", "2026-05-12", "--reasons", "No cover",
                  db=db)["id"]
    before = dump(db)
    assert fails("dispute", "acas", dispute, "--day-a", "2026-06-10", "--day-b", "2026-06-09",
                 db=db).startswith("day-b:")
    assert fails("dispute", "escalate", dispute, "--on", "2026-05-01", db=db).startswith("on:")
    assert "--outcome" in fails("dispute", "respond", dispute, "--outcome", "won", db=db)
    assert dump(db) == before

    run("dispute", "respond", dispute, "--on", "2026-05-13", "--outcome", "withdrawn", db=db)
    before = dump(db)
    assert fails("dispute", "escalate", dispute, "--on", "2026-05-14", db=db).startswith("dispute:")
    assert dump(db) == before


def test_without_a_database_the_ladder_commands_say_so(tmp_path: Path) -> None:
    message = fails("dispute", "list", db=tmp_path / "none.db")
    assert "no database" in message
    assert not (tmp_path / "none.db").exists()
