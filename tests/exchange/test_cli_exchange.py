"""unionrep-cli export / import / csv / ics entries / exchange identity, end to end through cli.main."""

import io
import json

import pytest
from exchange_helpers import dump, records

from unionrep.app import open_session
from unionrep.cli import main as cli

PASSPHRASE = "Hen Wlad fy Nhadau"


@pytest.fixture
def dbs(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", PASSPHRASE)
    book, laptop = tmp_path / "book.db", tmp_path / "laptop.db"
    for db in (book, laptop):
        assert cli.main(["--db", str(db), "init"]) == 0
    assert cli.main(["--db", str(book), "rep", "add", "--name", "Siân Ŵyn"]) == 0
    assert cli.main(["--db", str(book), "role", "assign", "Siân Ŵyn", "steward", "--from", "2025-04-01"]) == 0
    for day in ("2025-05-06", "2025-05-13"):
        assert cli.main(["--db", str(book), "log", "add", "Siân Ŵyn", "--role", "steward", "--date", day,
                         "--hours", "2", "--purpose", "Surgery"]) == 0
    capsys.readouterr()
    return book, laptop


def run(capsys, db, *args):
    code = cli.main(["--db", str(db), "--json", *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip() else None), out.err


def test_export_then_import_with_the_passphrase_from_the_environment(dbs, tmp_path, capsys):
    book, laptop = dbs
    bundle = tmp_path / "book.bundle"
    code, data, _ = run(capsys, book, "export", str(bundle))
    assert code == 0 and data["encrypted"]
    assert data["records"] == {"reps": 1, "rep_hours": 1, "assignments": 1, "entries": 2}
    assert bundle.stat().st_mode & 0o077 == 0  # private to the user
    code, data, _ = run(capsys, laptop, "import", str(bundle), "--dry-run")
    assert code == 0 and data["dry_run"] and len(data["added"]) == 5
    assert open_session(laptop).reps.all() == []
    code, data, _ = run(capsys, laptop, "import", str(bundle))
    assert code == 0 and data["result"] == {**data["result"], "added": 5, "written": True}
    assert records(open_session(laptop)) == records(open_session(book))
    code, data, _ = run(capsys, laptop, "import", str(bundle))
    assert code == 0 and data["result"]["written"] is False


def test_export_asks_for_the_passphrase_twice(dbs, tmp_path, capsys, monkeypatch):
    book, _ = dbs
    monkeypatch.delenv("UNIONREP_BUNDLE_PASSPHRASE")
    answers = iter(["Hen Wlad fy Nhadau", "Hen Wlad fy Nhadaw"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, data, _ = run(capsys, book, "export", str(tmp_path / "b.bundle"))
    assert code == 1 and "differ" in data["error"]
    assert not (tmp_path / "b.bundle").exists()
    answers = iter(["short", "short"])
    code, data, _ = run(capsys, book, "export", str(tmp_path / "b.bundle"))
    assert code == 1 and "passphrase" in data["error"] and "at least 8" in data["error"]


def test_plain_export_warns(dbs, tmp_path, capsys):
    book, laptop = dbs
    code, data, err = run(capsys, book, "export", str(tmp_path / "plain.bundle"), "--plain")
    assert code == 0 and data["encrypted"] is False
    assert "NOT encrypted" in err
    code, data, err = run(capsys, laptop, "import", str(tmp_path / "plain.bundle"))
    assert code == 0 and "not encrypted" in err


def test_conflicts_stop_the_import_and_show_both_versions(dbs, tmp_path, capsys):
    book, laptop = dbs
    run(capsys, book, "export", str(tmp_path / "1.bundle"))
    run(capsys, laptop, "import", str(tmp_path / "1.bundle"))
    entry = open_session(book).entries.all()[0].id
    run(capsys, book, "log", "edit", entry, "--purpose", "Grievance hearing")
    run(capsys, laptop, "log", "edit", entry, "--purpose", "Disciplinary hearing")
    run(capsys, laptop, "export", str(tmp_path / "2.bundle"))
    before = dump(open_session(book))
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--db", str(book), "--json", "import", str(tmp_path / "2.bundle")])
    assert stopped.value.code == 3
    data = json.loads(capsys.readouterr().out)
    assert "--resolve" in data["error"]
    [conflict] = data["conflicts"]
    assert conflict["id"] == entry and conflict["fields"] == ["purpose"]
    assert (conflict["mine"]["purpose"], conflict["theirs"]["purpose"]) == ("Grievance hearing",
                                                                            "Disciplinary hearing")
    assert dump(open_session(book)) == before
    # the text form shows both too
    with pytest.raises(SystemExit):
        cli.main(["--db", str(book), "import", str(tmp_path / "2.bundle")])
    out = capsys.readouterr()
    assert "here:  purpose='Grievance hearing'" in out.out
    assert "there: purpose='Disciplinary hearing'" in out.out
    code, data, _ = run(capsys, book, "import", str(tmp_path / "2.bundle"), "--resolve", "theirs")
    assert code == 0 and data["result"]["resolved"] == {"mine": 0, "theirs": 1}
    assert open_session(book).entries.get(entry).purpose == "Disciplinary hearing"


def test_resolve_ask_takes_an_answer_for_each_conflict(dbs, tmp_path, capsys, monkeypatch):
    book, laptop = dbs
    run(capsys, book, "export", str(tmp_path / "1.bundle"))
    run(capsys, laptop, "import", str(tmp_path / "1.bundle"))
    first, second = (e.id for e in open_session(book).entries.all())
    for db, text in ((book, "here"), (laptop, "there")):
        run(capsys, db, "log", "edit", first, "--notes", text)
        run(capsys, db, "log", "edit", second, "--notes", text)
    run(capsys, laptop, "export", str(tmp_path / "2.bundle"))
    monkeypatch.setattr("sys.stdin", io.StringIO("what?\nm\nt\n"))
    assert cli.main(["--db", str(book), "import", str(tmp_path / "2.bundle"), "--resolve", "ask"]) == 0
    err = capsys.readouterr().err
    assert err.count("Keep [m]ine, or take [t]heirs?") == 3
    notes = sorted(e.notes for e in open_session(book).entries.all())
    assert notes == ["here", "there"]


def test_a_damaged_or_wrong_bundle_is_reported_and_changes_nothing(dbs, tmp_path, capsys, monkeypatch):
    book, laptop = dbs
    bundle = tmp_path / "book.bundle"
    run(capsys, book, "export", str(bundle))
    before = dump(open_session(laptop))
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", "not the passphrase")
    code, data, _ = run(capsys, laptop, "import", str(bundle))
    assert code == 1 and data == {"error": "the passphrase is wrong for this bundle"}
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", PASSPHRASE)
    bundle.write_bytes(bundle.read_bytes()[:-10])
    code, data, _ = run(capsys, laptop, "import", str(bundle))
    assert code == 1 and "cut short" in data["error"]
    code, data, _ = run(capsys, laptop, "import", str(tmp_path / "missing.bundle"))
    assert code == 1 and "cannot read" in data["error"]
    assert dump(open_session(laptop)) == before


def test_csv_and_calendar_commands(dbs, tmp_path, capsys):
    book, laptop = dbs
    code, data, _ = run(capsys, book, "csv", "export", str(tmp_path / "e.csv"), "--year", "2025")
    assert code == 0 and data["entries"] == 2
    code, data, _ = run(capsys, book, "ics", "entries", str(tmp_path / "e.ics"), "--rep", "Siân Ŵyn")
    assert code == 0 and data["events"] == 2
    run(capsys, laptop, "rep", "add", "--name", "Siân Ŵyn")
    run(capsys, laptop, "role", "assign", "Siân Ŵyn", "steward", "--from", "2025-04-01")
    code, data, _ = run(capsys, laptop, "csv", "import", str(tmp_path / "e.csv"), "--dry-run")
    assert code == 0 and data["to_add"] == 2 and data["bad_rows"] == []
    assert open_session(laptop).entries.all() == []
    code, data, _ = run(capsys, laptop, "csv", "import", str(tmp_path / "e.csv"))
    assert code == 0 and data["imported"] == 2


def test_csv_import_with_bad_rows_writes_nothing_unless_told(dbs, tmp_path, capsys):
    book, _ = dbs
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Rep,Date,Hours,Role\nSiân Ŵyn,2025-06-03,2,steward\nSiân Ŵyn,2025-06-31,2,steward\n",
                     encoding="utf-8")
    before = dump(open_session(book))
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--db", str(book), "--json", "csv", "import", str(sheet)])
    assert stopped.value.code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["bad_rows"] == [{"row": 3, "column": "Date", "rule": data["bad_rows"][0]["rule"]}]
    assert "not a real date" in data["bad_rows"][0]["rule"]
    assert dump(open_session(book)) == before
    code, data, _ = run(capsys, book, "csv", "import", str(sheet), "--skip-bad")
    assert code == 0 and data["imported"] == 1


def test_identity_can_be_renewed_for_a_copied_database(dbs, capsys):
    book, _ = dbs
    code, first, _ = run(capsys, book, "exchange", "identity", "--label", "Branch book")
    assert code == 0 and first["label"] == "Branch book"
    code, second, _ = run(capsys, book, "exchange", "identity", "--new")
    assert second["id"] != first["id"]
