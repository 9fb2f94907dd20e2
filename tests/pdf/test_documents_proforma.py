"""proforma_pdf: every field resolved from the database, and allowance figures that agree with
`unionrep-cli balance` to the penny."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from pdfread import assert_fonts_embedded, flat, metadata, needs_poppler, pages, text

from unionrep.cli import main as cli
from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.model import Entry, Rep

D = dt.date
REP_NAME = "Gwenllïan Ŵyn ap Dafydd Ŷr"
PURPOSE = "Cynrychioli aelod mewn gwrandawiad disgyblu: ŵyr, ŷd, Ŵyn ac Ŷr"


@pytest.fixture
def branch(session, db_path):
    session.store.set_meta("union_name", "UNSAIN Cymru")
    rep = session.reps.add(Rep(
        name=REP_NAME, employee_no="E104729", manager="Rhodri Llŷr Prydderch",
        head_of_service="Siân Huws",
    )).result
    session.roles.assign(rep.id, "steward", D(2024, 4, 1))
    session.roles.assign(rep.id, "learning", D(2024, 4, 1))
    for day in (D(2025, 4, 14), D(2025, 5, 6)):
        session.entries.add(Entry(rep.id, "steward", day, 300, "duties", purpose="Casework"))
    session.entries.add(Entry(rep.id, "learning", D(2025, 5, 8), 300, "functions", status="approved"))
    request = session.entries.add(Entry(
        rep.id, "steward", D(2025, 6, 13), 150, "duties", start_time="09:30", end_time="12:00",
        purpose=PURPOSE, location="Neuadd y Sir, Rhuthun", notice_on=D(2025, 5, 20),
        status="requested", case_ref="DISC-2025-017",
    )).result
    return session, rep, request, db_path


def cli_balance(db_path, rep_id: str, on: dt.date, capsys) -> dict:
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "--json", "balance", rep_id, "--on", on.isoformat()]) == 0
    return json.loads(capsys.readouterr().out)


def shown(x: float) -> str:
    return f"{x:,.2f}"


def allowance_line(page_text: str, name: str) -> list[str]:
    """The six figures printed on the allowance row that starts with ``name``."""
    for line in page_text.splitlines():
        if re.search(r"\d\.\d\d", line) and line.count(".") >= 6 and (name in line or not name):
            return re.findall(r"-?[\d,]+\.\d\d", line)
    raise AssertionError(f"no allowance row {name!r} in\n{page_text}")


def figure_rows(page_text: str) -> list[list[str]]:
    """Every line of the allowance table with its six figures (total, used/remaining before,
    this request, used/remaining after)."""
    return [re.findall(r"-?[\d,]+\.\d\d", line) for line in page_text.splitlines()
            if len(re.findall(r"-?[\d,]+\.\d\d", line)) == 6]


@needs_poppler
def test_every_field_of_the_entry_is_on_the_form(branch) -> None:
    session, _rep, request, _ = branch
    pdf = session.documents.proforma(request.id, "bilingual")
    assert pages(pdf) == 1
    page = text(pdf)
    for value in [
        "Cyngor Sir Ddinbych", "Denbighshire County Council", "UNSAIN Cymru", REP_NAME, "E104729",
        "Swyddog cangen / stiward", "Branch officer / steward", "Cynrychiolydd dysgu'r undeb",
        "Union learning rep", "Rhodri Llŷr Prydderch", "Siân Huws", "Dydd Gwener 13 Mehefin 2025",
        "Friday 13 June 2025", "09:30 – 12:00", "2 awr 30 munud", "2 hours 30 minutes",
        "Neuadd y Sir, Rhuthun", PURPOSE, "Dyletswyddau undeb llafur", "TU duties", "Gyda thâl", "Paid",
        "20 Mai 2025", "20 May 2025", "24 diwrnod o rybudd", "24 days' notice", "DISC-2025-017",
        request.reference, "Gwnaed cais", "Requested", "2025/26", "Cap cyfunol", "Combined cap",
        "Tudalen 1 o 1 / Page 1 of 1",
    ]:
        assert value in page, f"{value!r} not on the Pro Forma:\n{page}"
    # Welsh first
    assert page.index("Pro Fforma Cais") < page.index("Pro Forma Request")
    assert_fonts_embedded(pdf)


@needs_poppler
def test_a_request_before_figures_equal_the_balance_and_after_adds_it(branch, capsys) -> None:
    session, rep, request, db_path = branch
    balance = cli_balance(db_path, rep.id, request.date, capsys)
    steward = next(a for a in balance["allowances"] if a["role"] == "steward")
    combined = balance["combined"]
    rows = figure_rows(text(session.documents.proforma(request.id, "en")))
    assert len(rows) == 2, rows
    total, used_b, left_b, this, used_a, left_a = rows[0]
    assert (total, used_b, left_b) == (shown(steward["cap"]), shown(steward["used"]),
                                       shown(steward["remaining"]))
    assert this == "2.50"
    assert used_a == shown(steward["used"] + 2.5) and left_a == shown(steward["remaining"] - 2.5)
    c_total, c_used_b, c_left_b, c_this, c_used_a, c_left_a = rows[1]
    assert (c_total, c_used_b, c_left_b) == (shown(combined["cap"]), shown(combined["used"]),
                                              shown(combined["remaining"]))
    assert (steward["cap"], steward["used"], combined["used"]) == (100.0, 10.0, 15.0)
    assert (c_this, c_used_a, c_left_a) == ("2.50", "17.50", "112.50")


@needs_poppler
def test_a_taken_entry_after_figures_equal_the_balance(branch, capsys) -> None:
    session, rep, request, db_path = branch
    session.entries.edit(request.id, status="approved")
    session.entries.edit(request.id, status="taken")
    balance = cli_balance(db_path, rep.id, request.date, capsys)
    steward = next(a for a in balance["allowances"] if a["role"] == "steward")
    rows = figure_rows(text(session.documents.proforma(request.id, "cy")))
    total, used_b, _left_b, this, used_a, left_a = rows[0]
    assert (total, used_a, left_a) == (shown(steward["cap"]), shown(steward["used"]),
                                       shown(steward["remaining"]))
    assert (used_b, this) == (shown(steward["used"] - 2.5), "2.50")
    assert rows[1][4] == shown(balance["combined"]["used"])


def test_the_data_is_resolved_from_the_profile_the_rep_and_the_settings(branch) -> None:
    session, rep, request, _ = branch
    session.store.set_meta("organisation_name_cy", "Cyngor Bwrdeistref Sirol Ŵyr")
    session.store.set_meta("document_language", "cy")
    data = session.documents.proforma_data(request.id[:8])  # a unique start of the id is enough
    assert data.lang == "cy"
    assert data.organisation == ("Cyngor Bwrdeistref Sirol Ŵyr", "Denbighshire County Council")
    assert data.union == "UNSAIN Cymru"
    assert data.roles[0] == ("Swyddog cangen / stiward", "Branch officer / steward")
    assert data.roles[1] == ("Cynrychiolydd dysgu'r undeb", "Union learning rep")
    assert data.reference == request.reference
    assert data.manager_name == "Rhodri Llŷr Prydderch" and data.head_of_service_name == "Siân Huws"
    assert [row.name.en for row in data.allowances] == ["Branch officer / steward", "Combined cap"]
    session.reps.edit(rep.id, union_name="GMB")
    assert session.documents.proforma_data(request.id).union == "GMB"  # the rep's own union wins
    assert session.documents.proforma_data(request.id, "en").lang == "en"


def test_a_council_training_entry_shows_the_five_day_allowance(branch) -> None:
    session, rep, _, _ = branch
    entry = session.entries.add(Entry(rep.id, "steward", D(2025, 7, 1), 444, "council-training",
                                      status="requested")).result
    data = session.documents.proforma_data(entry.id, "en")
    training = next(r for r in data.allowances if r.unit == "days")
    assert training.allowance == 5
    assert training.used_before == 0 and training.this_request == 1  # 7.4 h is a day of 37 h a week
    steward = next(r for r in data.allowances if r.name.en == "Branch officer / steward")
    assert steward.this_request == 0  # council training does not count against the steward's 100 h


def test_bad_input_names_the_field(branch) -> None:
    session, _, request, _ = branch
    with pytest.raises(ValidationError) as info:
        session.documents.proforma(request.id, "fr")
    assert info.value.field == "lang"
    session.store.set_meta("document_language", "de")
    with pytest.raises(ValidationError) as info:
        session.documents.proforma(request.id)
    assert info.value.field == "document_language"
    session.store.set_meta("document_language", "en")
    session.store.set_meta("logo_path", "/nowhere/logo.png")
    with pytest.raises(ValidationError) as info:
        session.documents.proforma(request.id)
    assert info.value.field == "logo_path"
    with pytest.raises(NotFoundError):
        session.documents.proforma("no-such-entry", "en")


@needs_poppler
def test_long_purposes_and_names_wrap_onto_a_second_page(branch) -> None:
    session, rep, request, _ = branch
    sentence = "Paratoi achos ar gyfer ŵyl y gangen ac adolygiad ŷd y shifftiau. "
    purpose = (sentence * 50)[:3000].strip()
    long_name = REP_NAME + " " + "Llewelyn-Ŵynne " * 8
    session.reps.edit(rep.id, name=long_name.strip())
    session.entries.edit(request.id, purpose=purpose)
    pdf = session.documents.proforma(request.id, "bilingual")
    assert pages(pdf) == 2
    page = text(pdf)
    assert "Tudalen 1 o 2 / Page 1 of 2" in page and "Tudalen 2 o 2 / Page 2 of 2" in page
    assert flat(pdf).count("ŵyl") == purpose.count("ŵyl")  # nothing clipped
    assert "Llewelyn-Ŵynne" in page
    assert page.count(request.reference) >= 2


def test_metadata_has_a_title_and_subject_and_no_personal_data(branch) -> None:
    session, _, request, _ = branch
    meta = metadata(session.documents.proforma(request.id, "en"))
    assert meta["/Title"] == f"Pro Forma Request for Time Off – {request.reference}"
    assert "18.3" in meta["/Subject"]
    assert REP_NAME not in str(meta) and PURPOSE not in str(meta)


def test_the_same_entry_renders_the_same_bytes(branch) -> None:
    session, _, request, _ = branch
    assert session.documents.proforma(request.id, "en") == session.documents.proforma(request.id, "en")
