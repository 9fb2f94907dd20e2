"""unionrep-cli proforma / letter / statement / summary: files written whole, never over an
existing one without --force, the format from the extension, and {"path", "pages"} with --json."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfread import cli_json as run
from pdfread import pages

from unionrep.cli import main as cli
from unionrep.cli.documents import count_pages

D = dt.date


@pytest.fixture
def db(session, requested):
    db_path, rep, entry = requested
    dispute = session.disputes.open(entry.id, D(2025, 6, 5), "").result
    return db_path, rep, entry, dispute


def test_each_command_writes_its_document(db, tmp_path, capsys) -> None:
    db_path, rep, entry, dispute = db
    cases = [
        (["proforma", entry.id[:8]], "pf.pdf"),
        (["proforma", entry.id, "--lang", "cy"], "pf-cy.pdf"),
        (["letter", dispute.id, "--stage", "1"], "letter.pdf"),
        (["statement", rep.name, "--year", "2025"], "st.pdf"),
        (["statement", rep.id, "--year", "2025"], "st.csv"),
        (["summary", "--year", "2025", "--tables", "--pay-bill", "£2,500,000"], "sum.pdf"),
        (["summary", "--year", "2025"], "sum.csv"),
    ]
    for args, name in cases:
        target = tmp_path / name
        code, out = run(capsys, db_path, *args, "-o", str(target))
        assert code == 0, out
        assert out["path"] == str(target)
        data = target.read_bytes()
        if name.endswith(".pdf"):
            assert data.startswith(b"%PDF-")
            assert out["pages"] == pages(data) == count_pages(data) >= 1
        else:
            assert out["pages"] is None and data.startswith(b"\xef\xbb\xbf")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp files


def test_an_existing_file_is_kept_without_force(db, tmp_path, capsys) -> None:
    db_path, _, entry, _ = db
    target = tmp_path / "pf.pdf"
    target.write_bytes(b"keep me")
    code, out = run(capsys, db_path, "proforma", entry.id, "-o", str(target))
    assert code != 0 and "-o/--output" in out["error"] and "--force" in out["error"]
    assert target.read_bytes() == b"keep me"
    code, out = run(capsys, db_path, "proforma", entry.id, "-o", str(target), "--force")
    assert code == 0 and target.read_bytes().startswith(b"%PDF-")


def test_other_extensions_and_bad_arguments_are_refused(db, tmp_path, capsys) -> None:
    db_path, rep, entry, dispute = db
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for args, field in [
        (["proforma", entry.id, "-o", str(tmp_path / "pf.csv")], "-o/--output"),
        (["statement", rep.id, "--year", "2025", "-o", str(tmp_path / "st.xlsx")], "-o/--output"),
        (["summary", "--year", "2025", "-o", str(tmp_path / "no-such-folder" / "s.pdf")], "-o/--output"),
        (["statement", rep.id, "--year", "twenty", "-o", str(tmp_path / "st.pdf")], "year"),
        (["letter", dispute.id, "--stage", "3", "-o", str(tmp_path / "l.pdf")], "stage"),
        (["letter", dispute.id, "--stage", "x", "-o", str(tmp_path / "l.pdf")], "stage"),
        (["summary", "--year", "2025", "--tables", "--pay-bill", "lots", "-o", str(tmp_path / "s.pdf")],
         "pay-bill"),
        (["summary", "--year", "2025", "--tables", "--pay-bill", "0", "-o", str(tmp_path / "s.pdf")],
         "pay-bill"),
        (["statement", rep.id, "--year", "0", "-o", str(tmp_path / "st.pdf")], "year"),
        (["proforma", entry.id, "-o", str(tmp_path / ("x" * 300 + ".pdf"))], "-o/--output"),
    ]:
        code, out = run(capsys, db_path, *args)
        assert code != 0 and out["error"].startswith(field), (args, out)
    assert list(tmp_path.iterdir()) == []


def test_a_bad_language_is_a_usage_error(db, tmp_path, capsys) -> None:
    db_path, _, entry, _ = db
    capsys.readouterr()
    code = cli.main(["--db", str(db_path), "proforma", entry.id, "-o", str(tmp_path / "x.pdf"),
                     "--lang", "fr"])
    assert code == cli.EXIT_USAGE and "--lang" in capsys.readouterr().err


def test_proforma_names_its_empty_fields_and_how_to_fill_them(db, session, tmp_path, capsys) -> None:
    db_path, rep, entry, _ = db  # the rep names a union and nothing else the Pro Forma prints
    session.store.set_meta("head_of_hr_name", "Nia Pugh")
    code, out = run(capsys, db_path, "proforma", entry.id, "-o", str(tmp_path / "pf.pdf"))
    assert code == 0
    assert out["empty_fields"] == ["employee_number", "line_manager", "head_of_service", "director"]
    assert cli.main(["--db", str(db_path), "proforma", entry.id, "-o", str(tmp_path / "pf2.pdf")]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("Wrote ")
    assert said.err.splitlines() == [
        'note: the Pro Forma says "Not stated" for: Employee number, Line manager, Head of Service, '
        "Director. Fill them in with:",
        f'  unionrep-cli rep edit "{rep.name}" --employee-no "…" --manager "…" --head-of-service "…"',
        '  unionrep-cli settings set director_name "…"']
    assert cli.main(["--db", str(db_path), "rep", "edit", rep.name, "--employee-no", "E1", "--manager", "M",
                     "--head-of-service", "H"]) == 0
    assert cli.main(["--db", str(db_path), "settings", "set", "director_name", "D"]) == 0
    capsys.readouterr()
    code, out = run(capsys, db_path, "proforma", entry.id, "-o", str(tmp_path / "pf3.pdf"))
    assert out["empty_fields"] == []
    assert cli.main(["--db", str(db_path), "proforma", entry.id, "-o", str(tmp_path / "pf4.pdf")]) == 0
    assert capsys.readouterr().err == ""


def test_flat_csv_is_one_header_row_and_one_record_a_row(db, tmp_path, capsys) -> None:
    import csv

    db_path, rep, _, _ = db
    for args, name in ((["statement", rep.id, "--year", "2025"], "st.csv"),
                       (["summary", "--year", "2025"], "sum.csv")):
        code, out = run(capsys, db_path, *args, "--flat", "-o", str(tmp_path / name))
        assert code == 0, out
        rows = list(csv.reader((tmp_path / name).read_text(encoding="utf-8-sig").splitlines()))
        assert rows[0] == ["document", "year", "section", "row", "column", "value"]
        assert all(len(row) == 6 for row in rows) and rows.count(rows[0]) == 1
        assert {row[1] for row in rows[1:]} == {"2025/26"}
    statement = {(r[2], r[3], r[4]): r[5]
                 for r in csv.reader((tmp_path / "st.csv").read_text(encoding="utf-8-sig").splitlines())}
    # the only request (2½ hours, 13 June) was refused when its dispute opened: nothing used or asked,
    # so the full-time steward's 100 hours are all left (100 − 0 = 100)
    steward = "Branch officer / steward (hours)"
    assert [statement[("allowances", steward, c)] for c in ("Total", "Used", "Pending", "Remaining")] == [
        "100.00", "0.00", "0.00", "100.00"]
    assert statement[("by_month", "June 2025", "Hours used")] == "0.00"
    assert statement[("details", "Name", "")] == rep.name
    code, out = run(capsys, db_path, "statement", rep.id, "--year", "2025", "--flat", "-o",
                    str(tmp_path / "st.pdf"))
    assert code == 1 and "flat" in out["error"] and ".csv" in out["error"]
    assert not (tmp_path / "st.pdf").exists()
