"""Escalation letters: a proper letter for each step of a dispute, Welsh first, with the facts,
the clauses relied on, the response date and the tribunal date the rep is protecting."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfread import assert_fonts_embedded, flat, metadata, needs_poppler, pages, text

from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep
from unionrep.pdf.labels import format_date
from unionrep.pdf.letter_texts import words
from unionrep.pdf.letters import Block, LetterData, render_letter, sample_letter_data

D = dt.date
REP_NAME = "Gwenllïan Ŵyn ap Dafydd Ŷr"
PURPOSE = "Cynrychioli aelod mewn gwrandawiad achwyniad yn Ysgol Glan Clwyd – ŵyr ac ŷd"
REFUSED_ON = D(2026, 3, 12)
TODAY = D(2026, 3, 30)


@pytest.fixture
def dispute(session):
    rep = session.reps.add(Rep(name=REP_NAME, union_name="UNSAIN Cymru", workplace="Neuadd y Sir, Rhuthun",
                               email="gwenllian@example.org", manager="Rhodri Llŷr Prydderch",
                               head_of_service="Siân Huws")).result
    session.roles.assign(rep.id, "steward", D(2024, 4, 1))
    entry = session.entries.add(Entry(
        rep.id, "steward", D(2026, 4, 20), 240, "duties", start_time="09:00", end_time="13:00",
        purpose=PURPOSE, location="Ysgol Glan Clwyd", notice_on=D(2026, 3, 2), status="requested")).result
    ds = session.disputes
    opened = ds.open(entry.id, REFUSED_ON, "", people="Rhodri Llŷr Prydderch").result
    ds.escalate(opened.id, D(2026, 3, 16), "Siân Huws")
    return session, ds, opened, entry


@needs_poppler
def test_the_senior_manager_letter_has_every_part_welsh_first(dispute) -> None:
    session, ds, opened, entry = dispute
    stage = ds.stages(opened.id)[1]
    deadline = ds.deadline(ds.get(opened.id))
    assert deadline.last_day == D(2026, 6, 11)
    pdf = session.documents.letter(opened.id, 1, "bilingual", today=TODAY)
    words_ = flat(pdf)
    # Welsh letter first, then the English one
    assert words_.index("Annwyl Siân Huws,") < words_.index("Dear Siân Huws,")
    assert words_.index("Yn gywir,") < words_.index("Dear Siân Huws,") < words_.index("Yours sincerely,")
    assert pages(pdf) >= 2
    for value in [
        REP_NAME, "UNSAIN Cymru", "Neuadd y Sir, Rhuthun", "gwenllian@example.org",
        "Uwch reolwr priodol", "Appropriate senior manager",
        "Cyngor Sir Ddinbych", "Denbighshire County Council",
        format_date(stage.raised_on, "cy"), format_date(stage.raised_on, "en"),  # the letter's date
        "Dydd Llun 20 Ebrill 2026", "Monday 20 April 2026", "09:00–13:00", "4 awr", "4 hours",
        PURPOSE, "Ysgol Glan Clwyd", "2 Mawrth 2026 (49 diwrnod o rybudd)", "2 March 2026 (49 days' notice)",
        "12 Mawrth 2026", "12 March 2026", "Rhodri Llŷr Prydderch", entry.reference,
        # no reasons given, contrary to 21.2
        "Ni roddwyd unrhyw reswm dros wrthod y cais", "No reason was given for refusing the request",
        "Cymal 6.2", "Clause 6.2", "Cymal 18.1", "Clause 18.1", "Cymalau 21.2–21.4", "Clauses 21.2–21.4",
        "Adran 168 o Ddeddf Undebau Llafur", "Section 168 of the Trade Union and Labour Relations",
        "Adran 171 o Ddeddf 1992", "Section 171 of the 1992 Act", "o fewn 3 mis", "within 3 months",
        # what is asked, by the stage's response date
        "ganiatáu'r amser i ffwrdd", "grant the time off I requested for 20 April 2026",
        f"erbyn {format_date(stage.response_due, 'cy')} fan bellaf",
        f"by {format_date(stage.response_due, 'en')} at the latest",
        # the tribunal date the rep is protecting, with its rule
        "Y diwrnod olaf i gyflwyno cwyn yw 11 Mehefin 2026",
        "The last day to present a complaint is 11 June 2026",
        "12 Mawrth 2026 + 3 mis − 1 diwrnod = 11 Mehefin 2026",
        "12 Mar 2026 + 3 months − 1 day = 11 Jun 2026",
        "Tudalen 1 o", "Page 1 of",
    ]:
        assert value in words_, f"{value!r} not in the letter:\n{text(pdf)}"
    assert_fonts_embedded(pdf)


@needs_poppler
def test_one_language_letters_carry_no_text_of_the_other(dispute) -> None:
    session, _, opened, _ = dispute
    cy = flat(session.documents.letter(opened.id, 1, "cy", today=TODAY))
    en = flat(session.documents.letter(opened.id, 1, "en", today=TODAY))
    for welsh in ("Annwyl", "Yn gywir", "Y ffeithiau", "Tudalen", "Cyfeirnod", "Ein cyf."):
        assert welsh in cy and welsh not in en, welsh
    for english in ("Dear", "Yours sincerely", "The facts", "Page", "Reference", "Our ref."):
        assert english in en and english not in cy, english


@needs_poppler
def test_the_next_step_is_drafted_with_todays_date_and_its_response_date(dispute) -> None:
    session, ds, opened, _ = dispute
    pdf = session.documents.letter(opened.id, 2, "en", today=TODAY)
    words_ = flat(pdf)
    due = ds.response_due(TODAY)
    assert format_date(TODAY, "en") in words_
    assert f"by {format_date(due, 'en')} at the latest" in words_
    assert "Head of Strategic HR" in words_
    assert "Dear Sir or Madam," in words_ and "Yours faithfully," in words_
    # the earlier step and its (missing) response
    assert "Siân Huws (Appropriate senior manager)" in words_
    assert f"No response (it was due by {format_date(ds.stages(opened.id)[1].response_due, 'en')})" in words_
    assert "Copy to: Siân Huws" in words_
    assert ds.get(opened.id).stage == 1  # drafting a letter escalates nothing


def test_steps_without_a_letter_are_refused(dispute) -> None:
    session, ds, opened, _ = dispute
    for stage, words_ in ((3, "Employment Tribunal"), (7, "0 to 3"), (-1, "0 to 3")):
        with pytest.raises(ValidationError, match=words_) as info:
            session.documents.letter(opened.id, stage, "en", today=TODAY)
        assert info.value.field == "stage"
    ds.escalate(opened.id, D(2026, 3, 31), "Head of Strategic HR")
    ds.respond(opened.id, D(2026, 4, 2), "Granted", outcome="resolved")
    with pytest.raises(ValidationError) as info:
        session.documents.letter(opened.id, 3, "en", today=TODAY)
    assert info.value.field == "stage"


@needs_poppler
def test_reasons_and_an_alternative_are_quoted(session, dispute) -> None:
    session, ds, opened, _ = dispute
    ds.edit(opened.id, reasons="Staff shortage on the day", alternative="The following Monday afternoon")
    words_ = flat(session.documents.letter(opened.id, 1, "en", today=TODAY))
    assert "Staff shortage on the day" in words_ and "The following Monday afternoon" in words_
    assert "I do not accept that the reasons given justify refusing the request." in words_
    assert "No reason was given" not in words_ and "No alternative time was offered" not in words_


@needs_poppler
def test_a_complaint_goes_to_the_accountable_manager_then_hr(session) -> None:
    rep = session.reps.add(Rep(name="Dafydd ap Gwilym Hughes", union_name="GMB",
                               head_of_service="Alun Evans")).result
    session.roles.assign(rep.id, "health-safety", D(2024, 4, 1))
    ds = session.disputes
    complaint = ds.open(None, D(2026, 2, 2), rep=rep.id, kind="complaint",
                        notes="Pro Forma requests go unanswered for weeks").result
    first = flat(session.documents.letter(complaint.id, 0, "bilingual", today=TODAY))
    assert "cymal 22.1" in first and "clause 22.1" in first
    assert "Rheolwr atebol / pennaeth yr adran" in first
    assert "Accountable manager / head of department" in first
    assert "Annwyl Alun Evans," in first and "Dear Alun Evans," in first
    assert "Pro Forma requests go unanswered for weeks" in first
    assert "Y diwrnod olaf i gyflwyno cwyn yw 1 Mai 2026" in first
    ds.escalate(complaint.id, D(2026, 3, 2), "Huw Davies")
    second = flat(session.documents.letter(complaint.id, 1, "en", today=TODAY))
    assert "Dear Huw Davies," in second and "Head of Strategic HR" in second
    assert "I raised a disagreement about the operation" in second


@needs_poppler
def test_acas_early_conciliation_under_way_is_said_instead_of_a_last_day(dispute) -> None:
    session, ds, opened, _ = dispute
    ds.acas(opened.id, D(2026, 4, 1))
    words_ = flat(session.documents.letter(opened.id, 1, "en", today=TODAY))
    assert "ACAS early conciliation began on 1 April 2026" in words_
    assert "The last day to present a complaint" not in words_


@needs_poppler
def test_a_letter_from_plain_data(tmp_path) -> None:
    data = sample_letter_data(lang="cy", body=(
        Block("para", words("no_reasons")),
        *(Block("bullet", words("c.6.2")) for _ in range(60)),  # long enough for a second page
    ))
    pdf = render_letter(data)
    assert pages(pdf) >= 2
    page = text(pdf)
    assert "Annwyl Siân Elinor Huws," in page and "Gwenllïan Ŵyn ap Dafydd Ŷr" in page
    assert "Tudalen 2 o" in page
    meta = metadata(pdf)
    assert meta["/Title"].startswith("Llythyr uwchgyfeirio") and meta["/Subject"]
    assert "Gwenllïan" not in str(meta)
    with pytest.raises(ValueError, match="block kind"):
        sample_letter_data(body=(Block("poem"),))


def test_the_sample_letter_is_letter_data() -> None:
    # each sentence's two languages and their fields: tests/i18n/test_catalogue.py
    assert isinstance(sample_letter_data(), LetterData)


def test_the_letter_is_authored_by_the_organisation_as_every_document_is(dispute) -> None:
    session, _ds, opened, _entry = dispute
    bilingual = metadata(session.documents.letter(opened.id, 1, "bilingual", today=TODAY))
    assert bilingual["/Author"] == "Cyngor Sir Ddinbych / Denbighshire County Council"
    assert metadata(session.documents.letter(opened.id, 1, "en", today=TODAY))["/Author"] == \
        "Denbighshire County Council"
    assert metadata(session.documents.letter(opened.id, 1, "cy", today=TODAY))["/Author"] == \
        "Cyngor Sir Ddinbych"
    assert REP_NAME not in str(bilingual) and "Siân Huws" not in str(bilingual)
