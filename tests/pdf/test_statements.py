"""Yearly statements and the branch summary, as PDF and CSV, read back and checked against the
ledger."""

from __future__ import annotations

import csv
import datetime as dt
import io
from fractions import Fraction
from pathlib import Path

import pytest
from pdfread import assert_fonts_embedded, flat, metadata, needs_poppler, pages, text

from unionrep.app.session import Session, open_session
from unionrep.core import pay
from unionrep.core.caps import fmt_number
from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Extension, Rep, Toil
from unionrep.demo import build_demo

D = dt.date
REP_NAME = "Siân Ŵyn ap Llŷr"


def sections(data: bytes) -> dict[str, list[list[str]]]:
    """A CSV document's sections by title: each a header row then its rows."""
    assert data.startswith(b"\xef\xbb\xbf"), "a CSV starts with a UTF-8 byte-order mark"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    found: dict[str, list[list[str]]] = {}
    i = 1  # the document's own title row
    while i < len(rows):
        if not rows[i]:
            title = rows[i + 1][0]
            end = i + 2
            while end < len(rows) and rows[end]:
                end += 1
            found[title] = rows[i + 2:end]
            i = end
        else:
            i += 1
    return found


@pytest.fixture
def steward(session):
    rep = session.reps.add(Rep(name=REP_NAME, employee_no="E2001", scp=26, union_name="UNSAIN Cymru")).result
    session.roles.assign(rep.id, "steward", D(2024, 4, 1))
    add = session.entries.add
    add(Entry(rep.id, "steward", D(2025, 4, 10), 180, "duties"))
    add(Entry(rep.id, "steward", D(2025, 4, 24), 90, "activities", status="approved"))
    add(Entry(rep.id, "steward", D(2025, 6, 5), 240, "training"))
    add(Entry(rep.id, "steward", D(2025, 11, 3), 120, "duties", status="requested"))
    add(Entry(rep.id, "steward", D(2025, 12, 1), 60, "duties", status="refused"))
    add(Entry(rep.id, "steward", D(2026, 2, 2), 300, "industrial-action", paid=False))
    add(Entry(rep.id, "steward", D(2026, 4, 1), 600, "duties"))  # next year
    session.roles.add_extension(Extension(rep.id, "steward", "EQ-PAY-2025", 600, D(2025, 5, 1),
                                          agreed_by="Head of Strategic HR", review_on=D(2025, 9, 1)))
    session.entries.add_toil(Toil(rep.id, D(2025, 7, 1), "earned", 150, "JCC ran late"))
    session.entries.add_toil(Toil(rep.id, D(2025, 8, 1), "taken", 60))
    return session, rep


@needs_poppler
def test_a_statement_agrees_with_the_balance(steward) -> None:
    session, rep = steward
    balance = session.balances.of(rep.id, D(2025, 4, 1))
    [b] = [x for x in balance.allowances if x.allowance.id == "steward"]
    assert (b.cap, b.used, b.pending) == (110, Fraction(17, 2), 2)  # 100 h + 10 h extension
    pdf = session.documents.statement(rep.id, 2025, "pdf", "en")
    page = text(pdf)
    words = " ".join(page.split())
    for value in [REP_NAME, "E2001", "UNSAIN Cymru", "2025/26", "1 April 2025 – 31 March 2026",
                  "Branch officer / steward", "110.00", "8.50", "2.00", "101.50",  # allowance
                  "EQ-PAY-2025", "Head of Strategic HR", "1 May 2025",  # the extension
                  "Earned this year 2.50", "Taken this year 1.00", "Owed at the end of the year 1.50",
                  pay.money(balance.cost), "£17.06 (SCP 26, NJC 2023/24)",
                  "Industrial action", "April 2025 4.50", "June 2025 4.00", "November 2025 0.00 2.00",
                  "March 2026 0.00 0.00"]:
        assert value in words, f"{value!r} not in the statement:\n{page}"
    assert "10.00" not in page.split("Hours by month")[1].split("Extensions")[0]  # April 2026 is next year
    assert "Page 1 of" in page
    assert_fonts_embedded(pdf)
    meta = metadata(pdf)
    assert meta["/Title"] == "Yearly facility time statement – 2025/26" and meta["/Subject"]
    assert REP_NAME not in str(meta)


def test_the_statement_csv_has_one_header_row_a_section_and_numbers_excel_can_read(steward) -> None:
    session, rep = steward
    parts = sections(session.documents.statement(REP_NAME, 2025, "csv", "en"))
    assert list(parts) == ["Details", "Allowances", "Hours by role", "Hours by category", "Hours by month",
                           "Extensions (clauses 11.1–11.2)", "Time off in lieu (clauses 14.3–14.4)",
                           "Cost of facility time (clause 16.1)"]
    months = parts["Hours by month"]
    assert months[0] == ["Month", "Hours used", "Hours pending"]
    assert len(months) == 1 + 12 + 1 and months[1][0] == "April 2025" and months[12][0] == "March 2026"
    # 8.5 h of allowance time and 5 h of (unpaid) industrial action
    assert sum(Fraction(r[1]) for r in months[1:13]) == Fraction(months[13][1]) == Fraction(27, 2)
    assert parts["Allowances"][1] == ["Branch officer / steward (hours)", "110.00", "8.50", "2.00", "101.50"]
    details = dict(parts["Details"][1:])
    assert details["Name"] == REP_NAME and details["Period"] == "1 April 2025 – 31 March 2026"
    cost = dict(parts["Cost of facility time (clause 16.1)"][1:])
    balance = session.balances.of(rep.id, D(2025, 4, 1))
    assert cost["Paid facility hours"] == fmt_number(Fraction(balance.paid_minutes, 60)) == "8.50"
    assert cost["Cost"] == fmt_number(balance.cost)
    cy = sections(session.documents.statement(REP_NAME, 2025, "csv", "cy"))
    assert "Oriau fesul mis" in cy and cy["Oriau fesul mis"][1][0] == "Ebrill 2025"
    both = sections(session.documents.statement(REP_NAME, 2025, "csv", "bilingual"))
    assert both["Oriau fesul mis / Hours by month"][0][0] == "Mis / Month"


def test_a_school_reps_year_is_the_academic_year(session) -> None:
    rep = session.reps.add(Rep(name="Mari Tudur", school=True, weekly_minutes=25 * 60)).result
    session.roles.assign(rep.id, "steward", D(2024, 9, 1))
    session.entries.add(Entry(rep.id, "steward", D(2025, 8, 31), 60, "duties"))  # 2024/25
    session.entries.add(Entry(rep.id, "steward", D(2025, 9, 1), 120, "duties"))
    session.entries.add(Entry(rep.id, "steward", D(2026, 8, 31), 180, "duties"))
    parts = sections(session.documents.statement(rep.id, 2025, "csv", "en"))
    details = dict(parts["Details"][1:])
    assert details["Period"] == "1 September 2025 – 31 August 2026"
    assert details["Year basis"] == "Academic year"
    months = parts["Hours by month"]
    assert months[1][:2] == ["September 2025", "2.00"] and months[12][:2] == ["August 2026", "3.00"]
    assert months[13][1] == "5.00"


def test_bad_arguments_name_the_field(steward) -> None:
    session, rep = steward
    for call, field in [
        (lambda: session.documents.statement(rep.id, 2025, "xlsx"), "format"),
        (lambda: session.documents.statement(rep.id, 1850), "year"),
        (lambda: session.documents.statement(rep.id, 2025, "pdf", "fr"), "lang"),
        (lambda: session.documents.branch_summary(2025, "doc"), "format"),
        (lambda: session.documents.branch_summary(2025, tables=True, pay_bill=Fraction(-5)), "pay_bill"),
    ]:
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.field == field


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Session:
    path = Path(tmp_path_factory.mktemp("demo")) / "demo.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UNIONREP_PLAIN", "1")  # a throw-away branch: no passphrase needed
        build_demo(path, today=D(2026, 1, 15))
    return open_session(path)


@needs_poppler
def test_the_branch_summary_lists_every_rep_with_totals(demo) -> None:
    pdf = demo.documents.branch_summary(2025, "pdf", "bilingual")
    words = flat(pdf)
    reps = demo.reps.all()
    assert len(reps) == 12
    for rep in reps:
        assert rep.name in words, rep.name
    assert "Gwenllïan Ŷr Jones" in words and "Siân Ŵyn Roberts" in words
    total_cost = sum((b.cost for b in (demo.balances.of(r.id, r.year_of(D(2025, 9, 1)).start) for r in reps)
                      if b.cost is not None), Fraction(0))
    assert pay.money(total_cost) in words
    assert "Crynodeb amser cyfleuster y gangen" in words and "Branch facility time summary" in words
    assert pages(pdf) >= 2 and "Tudalen 1 o" in words
    assert_fonts_embedded(pdf)


def test_the_branch_summary_csv_and_the_facility_time_tables(demo) -> None:
    parts = sections(demo.documents.branch_summary(2025, "csv", "en", tables=True))
    reps = parts["The representatives"]
    assert reps[0] == ["Representative", "Role(s)", "Year", "Combined cap: used / cap", "% of cap",
                       "Paid facility hours", "Cost"]
    assert len(reps) == 1 + 12 + 1
    assert sum(Fraction(r[5]) for r in reps[1:13]) == Fraction(reps[13][5])
    school = next(r for r in reps if r[0] == "Siân Ŵyn Roberts")
    assert school[2] == "2025/26"
    officials = parts["Table 1 – Relevant union officials"]
    assert officials[1][0] == "12"
    fte = sum(Fraction(r.weekly_minutes, r.full_time_minutes) for r in demo.reps.all())
    assert officials[1][1] == fmt_number(fte)
    bands = parts["Table 2 – Percentage of time spent on facility time"]
    assert [r[0] for r in bands[1:]] == ["0%", "1–50%", "51–99%", "100%"]
    assert sum(int(r[1]) for r in bands[1:]) == 12
    bill = dict(parts["Table 3 – Percentage of pay bill spent on facility time"][1:])
    assert bill["Total pay bill"] == "Not given"
    assert bill["Total cost of facility time"] == reps[13][6]
    share = dict(parts["Table 4 – Paid trade union activities"][1:])
    assert 0 < Fraction(share[next(iter(share))]) < 100

    demo.store.set_meta("pay_bill", "£1,000,000")
    bill = dict(sections(demo.documents.branch_summary(2025, "csv", "en", tables=True))[
        "Table 3 – Percentage of pay bill spent on facility time"][1:])
    assert bill["Total pay bill"] == "1000000.00"
    assert bill["Percentage of the total pay bill spent on facility time"] == fmt_number(
        Fraction(bill["Total cost of facility time"]) / 10_000)
    given = dict(sections(demo.documents.branch_summary(2025, "csv", "en", tables=True,
                                                        pay_bill=Fraction(2_000_000)))[
        "Table 3 – Percentage of pay bill spent on facility time"][1:])
    assert given["Total pay bill"] == "2000000.00"
    demo.store.set_meta("pay_bill", "")
    assert "Table 1 – Relevant union officials" not in sections(
        demo.documents.branch_summary(2025, "csv", "en"))


@needs_poppler
def test_primary_care_payments_show_on_the_statement(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("UNIONREP_PLAIN", "1")
    session = open_session(tmp_path / "pc.db", create=True)
    session.policy.init("primary-care-2022")
    rep = session.reps.add(Rep(name="Dr Rhiannon Ŷw")).result
    session.roles.assign(rep.id, "professional-collaborative-lead", D(2025, 4, 1))
    words = flat(session.documents.statement(rep.id, 2025, "pdf", "en"))
    assert "Payments due" in words and "£2,000.00" in words


@needs_poppler
def test_a_small_share_of_the_pay_bill_shows_to_two_places(demo) -> None:
    demo.store.set_meta("pay_bill", "£80,000,000")
    try:
        csv_bill = dict(sections(demo.documents.branch_summary(2025, "csv", "en", tables=True))[
            "Table 3 – Percentage of pay bill spent on facility time"][1:])
        share = Fraction(csv_bill["Total cost of facility time"]) / 800_000
        assert Fraction(0) < share < Fraction(1, 10)  # a share that 1 dp would print as 0.0%
        words = flat(demo.documents.branch_summary(2025, "pdf", "en", tables=True))
    finally:
        demo.store.set_meta("pay_bill", "")
    assert f"spent on facility time {fmt_number(share)}%" in words
    assert "0.0%" not in words


def test_a_value_spanning_the_label_column_has_a_plain_background() -> None:
    from reportlab.lib import colors

    from unionrep.pdf import styles as st
    from unionrep.pdf.layout import FOUR_COLS, field_table

    table = field_table([["Name", "A. Rep", "Year", "2025/26"], ["Roles", "steward, learning", "", ""]],
                        FOUR_COLS, extra=[("SPAN", (1, 1), (-1, 1))])
    backgrounds = [(start, stop, color) for _cmd, start, stop, color in table._bkgrndcmds]
    assert ((2, 0), (2, -1), st.LABEL_BG) in backgrounds  # the label column is shaded …
    plain = backgrounds.index(((1, 1), (-1, 1), colors.white))
    assert plain > backgrounds.index(((2, 0), (2, -1), st.LABEL_BG))  # … but not behind the spanned value


def test_the_summary_counts_full_time_equivalents_by_the_hours_of_each_day(session, make_rep) -> None:
    rep = make_rep("Nia Hughes", roles=(("steward", "2020-04-01"),))
    session.reps.edit(rep.id, weekly_minutes=int(18.5 * 60), hours_from=dt.date(2025, 10, 1))
    document = session.documents.summary_data(2025, "en", tables=True)
    officials = next(s for s in document.sections if s.key == "si_officials")
    # 2025/26: (183 days × 37 h + 182 days × 18.5 h) / 7, over a full-time 365 days × 37 h / 7:
    # (183 + 91) / 365 = 274/365 = 0.75 FTE
    assert officials.rows[0][1].value == Fraction(274, 365)
