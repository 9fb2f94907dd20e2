"""Entries as CSV: written for Excel, read back exactly, and a branch's own sheet checked row by row."""

import csv
import dataclasses
import datetime as dt
import io

import pytest
from exchange_helpers import dump, new_book

from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep
from unionrep.exchange.csv_entries import (
    entries_csv,
    export_entries_csv,
    import_entries_csv,
    parse_mapping,
    read_entries_csv,
)


def same_reps(source, target):
    """Give `target` the reps and roles of `source` (new ids: matched by employee number or name)."""
    for rep in source.reps.all():
        copy = target.reps.add(dataclasses.replace(rep, id=Rep(name="x").id)).result
        for a in source.roles.assignments(rep.id):
            target.roles.assign(copy.id, a.role, a.start_on, a.end_on)


def comparable(service):
    names = {r.id: r.name for r in service.reps.all()}
    entries = (dataclasses.replace(e, rep_id=names[e.rep_id]) for e in service.entries.all())
    return sorted(entries, key=lambda e: e.id)


def test_export_is_excel_friendly(branch, tmp_path):
    branch.entries.add(Entry(branch.reps.find("Siân Ŵyn").id, "steward", dt.date(2025, 7, 1), 20, "duties",
                           purpose="=HYPERLINK(\"http://x\")", notes="line one\nline two"))
    path = tmp_path / "entries.csv"
    assert export_entries_csv(branch, path) == 5
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    assert b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0]["Rep"] in ("Siân Ŵyn", "Dafydd ap Gwilym")
    formula = next(r for r in rows if r["Minutes"] == "20")
    assert formula["Purpose"] == "'=HYPERLINK(\"http://x\")"  # not run as a formula by a spreadsheet
    assert formula["Hours"] == "0.33" and formula["Notes"] == "line one\nline two"


def test_welsh_headers(branch):
    data, _ = entries_csv(branch, lang="cy")
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Id,Cyfeirnod,Id cynrychiolydd,Cynrychiolydd,Rhif cyflogai,Rôl,Categori,Dyddiad")
    assert ",ie," in data.decode("utf-8-sig")


def test_a_csv_written_by_the_app_reimports_to_the_same_entries(branch, tmp_path):
    branch.entries.add(Entry(branch.reps.find("Siân Ŵyn").id, "steward", dt.date(2025, 7, 1), 20, "duties",
                           purpose="-3 hours owed", notes="line one\nline two", case_ref="C/12"))
    path = tmp_path / "entries.csv"
    export_entries_csv(branch, path)
    other = new_book(tmp_path / "other.db")
    same_reps(branch, other)
    checked = read_entries_csv(other, path)
    assert not checked.bad and len(checked.entries) == 5
    import_entries_csv(other, checked)
    assert comparable(other) == comparable(branch)
    # and into the database it came from: every row is already there, nothing is written
    before = dump(branch)
    again = read_entries_csv(branch, path)
    assert len(again.already) == 5 and not again.entries and not again.bad
    import_entries_csv(branch, again)
    assert dump(branch) == before


def test_export_of_one_rep_and_year(branch, tmp_path):
    _, count = entries_csv(branch, rep="Dafydd ap Gwilym", year=2025)
    assert count == 2  # school-based: 2025/26 runs from 1 September
    _, count = entries_csv(branch, year=2024)
    assert count == 0


BRANCH_SHEET = """Name,Date,Hours,Role,Type,Reason,Paid
Siân Ŵyn,06/05/2025,2.5,steward,duties,Disciplinary hearing,yes
Siân Ŵyn,2025-05-31,1:30,Branch officer / steward,TU duties,Casework,
Dafydd ap Gwilym,31/02/2025,2,steward,duties,Bad date,yes
Nobody Known,2025-06-01,2,steward,duties,Unknown rep,yes
Siân Ŵyn,2025-06-02,lots,steward,duties,Bad hours,yes
Siân Ŵyn,2025-06-03,2,steward,gossip,Bad category,maybe
"""


def write(tmp_path, text, name="sheet.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_a_branch_sheet_is_checked_row_by_row(branch, tmp_path):
    path = write(tmp_path, BRANCH_SHEET)
    checked = read_entries_csv(branch, path)
    assert checked.mapping == {"rep": "Name", "role": "Role", "category": "Type", "date": "Date",
                               "hours": "Hours", "paid": "Paid", "purpose": "Reason"}
    assert [(b.row, b.column) for b in checked.bad] == [
        (4, "Date"), (5, "Name"), (6, "Hours"), (7, "Type"), (7, "Paid")]
    assert "not a real date" in checked.bad[0].rule
    assert "no rep 'Nobody Known'" in checked.bad[1].rule
    assert "not a category of this profile" in checked.bad[3].rule
    assert [n for n, _ in checked.entries] == [2, 3]
    first = checked.entries[0][1]
    assert (first.date, first.minutes, first.role, first.purpose) == (dt.date(2025, 5, 6), 150, "steward",
                                                                      "Disciplinary hearing")
    before = dump(branch)
    with pytest.raises(ValidationError, match="5 row"):
        import_entries_csv(branch, checked)
    assert dump(branch) == before
    assert import_entries_csv(branch, checked, skip_bad=True) == 2
    assert len(branch.entries.all(branch.reps.find("Siân Ŵyn").id)) == 4


def test_role_is_needed_when_the_rep_holds_two(branch, tmp_path):
    # Siân holds steward and health-safety: a row without a role cannot be placed
    path = write(tmp_path, "Rep,Date,Hours\nSiân Ŵyn,2025-06-10,1\nDafydd ap Gwilym,2025-10-01,1\n")
    checked = read_entries_csv(branch, path)
    assert [(b.row, b.column) for b in checked.bad] == [(2, "role")]
    assert "holds health-safety and steward" in checked.bad[0].rule
    assert checked.entries[0][1].role == "steward"


def test_welsh_headers_and_values_are_recognised(branch, tmp_path):
    sheet = ("Cynrychiolydd;Dyddiad;Oriau;Rôl;Categori;Statws;Â thâl;Diben\n"
             "Siân Ŵyn;2025-06-10;2;Swyddog cangen / stiward;Dyletswyddau undeb llafur;cymeradwywyd;ie;"
             "Cyfarfod\n")
    checked = read_entries_csv(branch, write(tmp_path, sheet))
    assert not checked.bad
    entry = checked.entries[0][1]
    assert (entry.role, entry.category, entry.status, entry.paid) == ("steward", "duties", "approved", True)


def test_mapping_names_columns_detection_would_miss(branch, tmp_path):
    # saved by Excel on Windows: cp1252, not UTF-8 (the apostrophe is byte 0x92)
    sheet = "Who,When,How long,Role,Notes\nE1001,10/06/2025,2.25,steward,Caffi\u2019r Dref\n"
    path = write(tmp_path, sheet, encoding="cp1252")
    with pytest.raises(ValidationError, match="no column for date, hours, rep"):
        read_entries_csv(branch, path)
    checked = read_entries_csv(branch, path,
                               parse_mapping("employee_no=Who,date=When,hours=How long"))
    assert not checked.bad
    entry = checked.entries[0][1]
    assert (entry.minutes, entry.date, entry.notes) == (135, dt.date(2025, 6, 10), "Caffi\u2019r Dref")


def test_a_sheet_for_one_rep(branch, tmp_path):
    path = write(tmp_path, "Date,Start,End,Purpose\n2025-06-10,09:00,10:15,Surgery\n")
    checked = read_entries_csv(branch, path, rep="Dafydd ap Gwilym")
    assert not checked.bad and checked.entries[0][1].minutes == 75


def test_the_same_row_twice_is_not_added_twice(branch, tmp_path):
    path = write(tmp_path, "Rep,Date,Hours,Role,Purpose\nDafydd ap Gwilym,2025-10-21,1,steward,Surgery\n")
    import_entries_csv(branch, read_entries_csv(branch, path))
    again = read_entries_csv(branch, path)
    assert again.already == [2] and not again.entries


@pytest.mark.parametrize(("text", "rule"), [
    ("date=Date,hours", "is not FIELD=HEADER"),
    ("shoe_size=Size", "is not a field of an entry"),
])
def test_bad_mappings(text, rule):
    with pytest.raises(ValidationError, match=rule):
        parse_mapping(text)


def test_a_mapped_header_missing_from_the_file(branch, tmp_path):
    with pytest.raises(ValidationError, match="has no column 'Diwrnod'"):
        read_entries_csv(branch, write(tmp_path, BRANCH_SHEET), parse_mapping("date=Diwrnod"))
