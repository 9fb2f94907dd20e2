"""The ledger's rules from the command line: standing down, hours from a date, overlaps, finding a
rep, and what `log add` does to the allowances (numbers worked by hand)."""

import json

import pytest

from unionrep.cli import main as cli


@pytest.fixture
def book(tmp_path):
    db = tmp_path / "book.db"
    assert cli.main(["--db", str(db), "init"]) == 0
    assert cli.main(["--db", str(db), "rep", "add", "--name", "Siân Ŵyn", "--employee-no", "D1234"]) == 0
    assert cli.main(["--db", str(db), "role", "assign", "sian wyn", "steward", "--from", "2020-04-01"]) == 0
    return db


def run(capsys, db, *args):
    capsys.readouterr()
    code = cli.main(["--db", str(db), "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_standing_down_gives_a_part_year_and_refuses_later_time(book, capsys):
    assert run(capsys, book, "rep", "edit", "D1234", "--ended-on", "2026-09-30")[0] == 0
    code, balance = run(capsys, book, "balance", "sian wyn", "--on", "2026-06-01")
    # 1 Apr – 30 Sep 2026 = 183 of 365 days: 100 × 183 / 365 = 50.14
    assert balance["allowances"][0]["cap"] == 50.14
    code, data = run(capsys, book, "log", "add", "D1234", "--role", "steward", "--date", "2026-10-01",
                     "--hours", "1")
    assert code == 1 and "2026-09-30" in data["error"]


def test_hours_from_a_date(book, capsys):
    assert run(capsys, book, "rep", "edit", "D1234", "--weekly-hours", "18.5", "--from", "2025-10-01")[0] == 0
    # 2025/26: 100 × (183 × 37/37 + 182 × 18.5/37) / 365 = 100 × 274 / 365 = 75.07; 2026/27: 50.00
    assert run(capsys, book, "balance", "D1234", "--on", "2025-06-01")[1]["allowances"][0]["cap"] == 75.07
    assert run(capsys, book, "balance", "D1234", "--on", "2026-06-01")[1]["allowances"][0]["cap"] == 50.0
    shown = run(capsys, book, "rep", "show", "D1234")[1]
    assert shown["hours"] == [{"from": "1990-01-01", "weekly_hours": "37.00"},
                              {"from": "2025-10-01", "weekly_hours": "18.50"}]
    code, data = run(capsys, book, "rep", "edit", "D1234", "--manager", "Mair", "--from", "2025-10-01")
    assert code == 1 and data["error"].startswith("from:")


def test_log_add_refuses_an_overlap_naming_the_other_then_allows_it(book, capsys):
    day = ["--role", "steward", "--date", "2025-11-04"]
    code, first = run(capsys, book, "log", "add", "D1234", *day, "--start", "09:00", "--end", "11:00")
    assert code == 0 and first["warnings"] == []
    code, data = run(capsys, book, "log", "add", "D1234", *day, "--start", "10:30", "--end", "12:00")
    reference = "UR-" + first["id"].replace("-", "")[:10].upper()
    assert code == 1 and reference in data["error"] and "09:00–11:00" in data["error"]
    code, _ = run(capsys, book, "log", "add", "D1234", *day, "--start", "10:30", "--end", "12:00",
                  "--allow-overlap")
    assert code == 0
    flags = run(capsys, book, "flags", "--on", "2025-11-20")[1]
    assert [f["code"] for f in flags if f["code"] == "overlap"] == ["overlap"]
    # 2 h + 1.5 h = 3.5 h logged; 20.5 h more makes 24 h (allowed), 21 h makes 24.5 h (refused even so)
    code, data = run(capsys, book, "log", "add", "D1234", *day, "--hours", "21", "--allow-overlap")
    assert code == 1 and "24:30" in data["error"]
    assert run(capsys, book, "log", "add", "D1234", *day, "--hours", "20.5", "--allow-overlap")[0] == 0


def test_log_edit_refuses_a_new_overlap_naming_the_other_then_allows_it(book, capsys):
    day = ["--role", "steward", "--date", "2025-11-04"]
    first = run(capsys, book, "log", "add", "D1234", *day, "--start", "09:00", "--end", "11:00")[1]
    later = run(capsys, book, "log", "add", "D1234", *day, "--start", "13:00", "--end", "14:00")[1]
    # 10:30–11:30 shares 10:30–11:00 with 09:00–11:00: refused, naming the first entry, nothing saved
    code, data = run(capsys, book, "log", "edit", later["id"], "--start", "10:30", "--end", "11:30")
    reference = "UR-" + first["id"].replace("-", "")[:10].upper()
    assert code == 1 and reference in data["error"] and "09:00–11:00" in data["error"]
    assert run(capsys, book, "log", "show", later["id"])[1]["start"] == "13:00"
    code, _ = run(capsys, book, "log", "edit", later["id"], "--start", "10:30", "--end", "11:30",
                  "--allow-overlap")
    assert code == 0 and run(capsys, book, "log", "show", later["id"])[1]["start"] == "10:30"
    # the overlap was allowed: a later change that adds no clash is not refused for it
    assert run(capsys, book, "log", "edit", later["id"], "--purpose", "Casework")[0] == 0


def test_log_add_says_what_it_does_and_warns_past_the_cap(book, capsys):
    capsys.readouterr()
    assert cli.main(["--db", str(book), "log", "add", "D1234", "--role", "steward", "--date", "2025-06-02",
                     "--hours", "99.5"]) == 1  # more than 24 hours in one entry
    for day in range(2, 7):  # 5 × 20 h = 100 h, all of the allowance
        assert run(capsys, book, "log", "add", "D1234", "--role", "steward", "--date", f"2025-06-0{day}",
                   "--hours", "20")[0] == 0
    code, data = run(capsys, book, "log", "add", "D1234", "--role", "steward", "--date", "2025-06-09",
                     "--hours", "0.5", "--status", "requested")
    assert code == 0 and data["warnings"] == [
        "Siân Ŵyn: Branch officer / steward — requests awaiting an answer would take the total to 100.50 "
        "of 100.00 hours"]
    capsys.readouterr()
    assert cli.main(["--db", str(book), "log", "add", "D1234", "--role", "steward", "--date", "2025-06-09",
                     "--hours", "2"]) == 0
    out = capsys.readouterr().out
    # 100 used and 0.5 pending before; after: 102 used of 100, 100 − 102 = −2 left
    assert "now 100.00 used, 0.50 pending of 100.00 hours; after this entry 102.00 used, 0.50 pending " \
           "(-2.00 hours left)" in out
    assert "over the allowance — 102.00 of 100.00 hours used" in out
    code, data = run(capsys, book, "log", "add", "D1234", "--role", "steward", "--date", "2025-06-10",
                     "--hours", "1")
    assert code == 0 and data["warnings"] == []  # already over before: no new warning


def test_a_near_miss_suggests_the_name(book, capsys):
    code, data = run(capsys, book, "balance", "sion wyn")
    assert code == 1 and data["error"].endswith("did you mean Siân Ŵyn?")
    code, data = run(capsys, book, "rep", "add", "--name", "SIAN WYN")
    assert code == 1 and data["error"].startswith("name:")


def test_toil_extension_and_policy_dates_from_the_command_line(book, capsys):
    assert run(capsys, book, "toil", "add", "D1234", "--date", "2026-06-01", "--hours", "2",
               "--kind", "earned")[0] == 0
    # 1 h taken on 1 May, before the 2 h earned on 1 June: 0 − 1 = −1 h on 1 May, refused
    code, data = run(capsys, book, "toil", "add", "D1234", "--date", "2026-05-01", "--hours", "1",
                     "--kind", "taken")
    assert code == 1 and "-1.00 h on 2026-05-01" in data["error"]
    code, data = run(capsys, book, "extension", "add", "D1234", "--role", "learning", "--case", "C-1",
                     "--hours", "10", "--agreed-on", "2025-06-01")
    assert code == 1 and data["error"].startswith("role:") and "2025/26" in data["error"]
    code, _ = run(capsys, book, "policy", "set", "settings.tribunal_limits",
                  "[{months = 3, from = 1992-07-16}, {months = 6, from = 2026-10-01}]")
    assert code == 0
    limits = run(capsys, book, "policy", "show")[1]["settings"]["tribunal_limits"]
    assert limits == [{"months": 3, "from": "1992-07-16"}, {"months": 6, "from": "2026-10-01"}]
    code, data = run(capsys, book, "policy", "set", "settings.tribunal_limits",
                     "[{months = 3, from = 10:30:00}]")
    assert code == 1 and "settings.tribunal_limits[0].from" in data["error"]
