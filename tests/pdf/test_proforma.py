"""The Pro Forma Request PDF (RULES §4): content read back with poppler, fonts, metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
from pypdf import PdfReader

from unionrep.pdf.labels import label, label_pair
from unionrep.pdf.proforma import AllowanceRow, ProFormaData, render_proforma

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

REP = "Gwenllïan Ŵyn ap Dafydd Ŷr"
PURPOSE = "Cynrychioli aelod mewn gwrandawiad: ŵyr, ŷd, Ŵyn ac Ŷr"


def make_data(**overrides: object) -> ProFormaData:
    data = ProFormaData(
        reference="PF-2026-0042",
        organisation=("Cyngor Sir Ddinbych", "Denbighshire County Council"),
        union="Unite",
        rep_name=REP,
        employee_number="E104729",
        roles=(
            ("Swyddog cangen", "Branch officer"),
            ("Cynrychiolydd dysgu'r undeb", "Union learning rep"),
        ),
        manager_name="Rhodri Prydderch",
        head_of_service_name="Siân Huws",
        entry_date=dt.date(2026, 6, 14),
        start_time="09:30",
        end_time="12:00",
        duration_minutes=150,
        location="Neuadd y Sir, Rhuthun",
        purpose=PURPOSE,
        category=("Dyletswyddau undeb llafur", "TU duties"),
        paid=True,
        notice_given_on=dt.date(2026, 5, 20),
        year_label="2026/27",
        allowances=(
            AllowanceRow(
                name=("Swyddog cangen", "Branch officer"),
                unit="hours",
                allowance=Fraction(6081, 100),
                used_before=Fraction(25, 2),
                used_after=Fraction(15),
            ),
        ),
        status="requested",
        case_reference="DISC-2026-017",
        director_name="Elin Morgan-Jones",
        head_of_hr_name="Huw Davies",
    )
    return dataclasses.replace(data, **overrides) if overrides else data  # type: ignore[arg-type]


def write(pdf: bytes, tmp_path: Path, name: str = "proforma.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdftotext(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        check=True, capture_output=True, text=True, encoding="utf-8",
    )
    return out.stdout


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# Labels that are printed on one line in every mode (long ones may wrap in narrow cells).
CHECKED_LABELS = [
    "title", "reference", "status", "section_rep", "name", "employee_number", "union", "roles",
    "line_manager", "head_of_service", "director", "section_time", "date", "times", "duration",
    "location", "purpose", "category", "pay", "notice", "case_reference", "rep_signature",
    "allowance", "total", "before", "after", "this_request", "used", "remaining",
    "section_decision", "decision", "reasons", "alternative",
    "section_routing", "post", "action", "signature",
]


@needs_poppler
def test_bilingual_pdf_carries_every_field_and_both_languages(tmp_path: Path) -> None:
    pdf = render_proforma(make_data())
    assert pdf.startswith(b"%PDF-")
    assert pages(pdf) == 1
    text = pdftotext(write(pdf, tmp_path))

    values = [
        "Cyngor Sir Ddinbych", "Denbighshire County Council", "Unite", REP, "E104729",
        "Swyddog cangen", "Branch officer", "Cynrychiolydd dysgu'r undeb", "Union learning rep",
        "Rhodri Prydderch", "Siân Huws", "Elin Morgan-Jones", "Huw Davies",
        "14 Mehefin 2026", "14 June 2026", "Dydd Sul", "Sunday", "09:30", "12:00",
        "2 awr 30 munud", "2 hours 30 minutes", "Neuadd y Sir, Rhuthun", PURPOSE,
        "Dyletswyddau undeb llafur", "TU duties", "Gyda thâl", "Paid",
        "20 Mai 2026", "20 May 2026", "25 diwrnod o rybudd", "25 days' notice",
        "DISC-2026-017", "PF-2026-0042", "Gwnaed cais", "Requested", "2026/27",
        # allowance: total, used / remaining before, this request, used / remaining after
        "60.81", "12.50", "48.31", "2.50", "15.00", "45.81", "oriau", "hours",
        "Tudalen 1 o 1", "Page 1 of 1",
    ]
    missing = [v for v in values if v not in text]
    assert not missing, f"not in the PDF text: {missing}\n{text}"

    for key in CHECKED_LABELS:
        cy, en = label_pair(key)
        assert cy in text, f"Welsh label {key!r} missing: {cy!r}"
        assert en in text, f"English label {key!r} missing: {en!r}"
    assert "Pennaeth AD Strategol" in text and "Head of Strategic HR" in text
    # the decision's boxes carry the statuses' names
    assert "Cymeradwywyd / Approved" in text and "Gwrthodwyd / Refused" in text
    # Welsh first: each Welsh label comes before its English counterpart
    assert text.index("Pro Fforma Cais") < text.index("Pro Forma Request")
    assert text.index("Tudalen 1 o 1") < text.index("Page 1 of 1")


ENGLISH_ONLY = [
    "Pro Forma Request", "Reference", "Status", "Name", "Employee number", "Trade union",
    "Line manager", "Head of Service", "Director", "Head of Strategic HR", "Time off requested",
    "Date", "Duration", "Location", "General purpose", "Category", "Notice given on",
    "Signature", "Allowance", "Approved", "Refused", "Reasons", "Page 1 of 1",
    "Denbighshire County Council", "Branch officer", "TU duties", "June", "Sunday", "hours",
    "Requested", "Paid", "(copy)",
]
WELSH_ONLY = [
    "Pro Fforma", "Cyfeirnod", "Statws", "Enw", "Rhif cyflogai", "Undeb llafur",
    "Rheolwr llinell", "Pennaeth Gwasanaeth", "Cyfarwyddwr", "Pennaeth AD Strategol",
    "Dyddiad", "Hyd", "Lleoliad", "Diben cyffredinol", "Categori", "Rhybudd", "Llofnod",
    "Lwfans", "Cymeradwywyd", "Gwrthodwyd", "Rhesymau", "Tudalen",
    "Cyngor Sir Ddinbych", "Swyddog cangen", "Dyletswyddau", "Mehefin", "Dydd Sul", "awr",
    "Gwnaed cais", "Gyda thâl", "(copi)",
]


@needs_poppler
def test_welsh_only_mode_has_no_english_labels(tmp_path: Path) -> None:
    text = pdftotext(write(render_proforma(make_data(lang="cy")), tmp_path))
    assert "Tudalen 1 o 1" in text
    assert REP in text and PURPOSE in text
    for word in WELSH_ONLY:
        assert word in text, f"Welsh text missing in cy mode: {word!r}"
    for word in ENGLISH_ONLY:
        assert word not in text, f"English text in cy mode: {word!r}"


@needs_poppler
def test_english_only_mode_has_no_welsh_labels(tmp_path: Path) -> None:
    text = pdftotext(write(render_proforma(make_data(lang="en")), tmp_path))
    assert "Page 1 of 1" in text
    assert REP in text and PURPOSE in text  # values stay as entered
    for word in ENGLISH_ONLY:
        assert word in text, f"English text missing in en mode: {word!r}"
    for word in WELSH_ONLY:
        assert word not in text, f"Welsh text in en mode: {word!r}"


@needs_poppler
def test_long_purpose_wraps_onto_a_second_page(tmp_path: Path) -> None:
    sentence = "Paratoi achos ar gyfer ŵyl y gangen ac adolygiad ŷd y shifftiau. "
    purpose = (sentence * 60)[:3000]
    assert len(purpose) == 3000
    pdf = render_proforma(make_data(purpose=purpose))
    assert pages(pdf) == 2
    text = pdftotext(write(pdf, tmp_path))
    assert "Tudalen 1 o 2 / Page 1 of 2" in text
    assert "Tudalen 2 o 2 / Page 2 of 2" in text
    # every word of the purpose is there, none clipped
    words = re.findall(r"\S+", text)
    assert words.count("ŵyl") == purpose.count("ŵyl")
    # the reference is on both pages (footer)
    assert text.count("PF-2026-0042") >= 2


@needs_poppler
def test_fonts_are_embedded_and_no_base14_font(tmp_path: Path) -> None:
    for mode in ("bilingual", "cy", "en"):
        path = write(render_proforma(make_data(lang=mode)), tmp_path, f"{mode}.pdf")
        out = subprocess.run(
            ["pdffonts", str(path)], check=True, capture_output=True, text=True
        ).stdout
        rows = out.splitlines()[2:]  # after the header and the dashes
        assert rows, out
        assert "Helvetica" not in out and "Times" not in out and "Courier" not in out, out
        for row in rows:
            assert "DejaVuSans" in row, row
            # columns: name type encoding emb sub uni object ID
            emb = row.split()[-5]
            assert emb == "yes", f"font not embedded: {row}"


def test_metadata_title_author_and_nothing_private() -> None:
    pdf = render_proforma(make_data())
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == (
        "Pro Fforma Cais am Amser i Ffwrdd / Pro Forma Request for Time Off – PF-2026-0042"
    )
    assert meta.author == "Cyngor Sir Ddinbych / Denbighshire County Council"
    assert meta.subject and "18.3" in meta.subject
    assert meta.creator == "unionrep"
    assert REP not in str(dict(meta))  # no personal data in the metadata

    en = PdfReader(io.BytesIO(render_proforma(make_data(lang="en")))).metadata
    assert en is not None and en.title == "Pro Forma Request for Time Off – PF-2026-0042"
    assert en.author == "Denbighshire County Council"


def test_output_is_reproducible() -> None:
    assert render_proforma(make_data()) == render_proforma(make_data())


@needs_poppler
def test_awkward_values_are_escaped_and_wrapped(tmp_path: Path) -> None:
    data = make_data(
        union="GMB & <Unite> \"joint\"",
        rep_name=REP + " " + "Hirenw " * 20,
        location="L" * 300,  # one unbreakable word
        purpose="Llinell un\r\nLlinell dau\x00\x07 a\tthab",
        start_time=None,
        end_time=None,
        notice_given_on=None,
        case_reference=None,
        roles=(),
        paid=False,
        duration_minutes=61,
        status="refused",
    )
    pdf = render_proforma(data)
    text = pdftotext(write(pdf, tmp_path))
    assert 'GMB & <Unite> "joint"' in text
    assert "Heb ei roi / Not given" in text or ("Heb ei roi" in text and "Not given" in text)
    assert "Heb ei nodi" in text and "Not stated" in text
    assert "Di-dâl" in text and "Unpaid" in text
    assert "1 awr 1 munud" in text and "1 hour 1 minute" in text
    assert "Gwrthodwyd" in text
    assert text.count("L") >= 300
    assert "Llinell un" in text and "Llinell dau a thab" in text  # line breaks kept, controls gone


@needs_poppler
def test_allowance_table_edge_cases(tmp_path: Path) -> None:
    rows = (
        AllowanceRow(("Iechyd a diogelwch", "Health and safety"), "hours", None, 3, 5),
        AllowanceRow(("Stiward", "Steward"), "hours", 100, Fraction(199, 2), Fraction(205, 2)),
        AllowanceRow(("Cyfarfodydd clwstwr", "Cluster meetings"), "meetings", 3, 1, 2),
    )
    text = pdftotext(write(render_proforma(make_data(allowances=rows)), tmp_path))
    assert "Dim terfyn" in text and "No limit" in text  # uncapped
    assert "-2.50" in text  # over the allowance after this request
    assert "cyfarfodydd" in text and "meetings" in text
    none = pdftotext(write(render_proforma(make_data(allowances=())), tmp_path, "none.pdf"))
    assert "Nid oes lwfans yn berthnasol" in none and "No allowance applies" in none


def test_logo_is_drawn(tmp_path: Path) -> None:
    pil = pytest.importorskip("PIL.Image")
    logo = tmp_path / "logo.png"
    pil.new("RGB", (300, 100), (14, 79, 92)).save(logo)
    pdf = render_proforma(make_data(logo_path=logo))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert list(page.images), "the logo should be an image on page 1"


@needs_poppler
def test_routing_names_break_between_words_and_a_logo_keeps_one_page(tmp_path: Path) -> None:
    pil = pytest.importorskip("PIL.Image")
    logo = tmp_path / "logo.png"
    pil.new("RGB", (300, 100), (14, 79, 92)).save(logo)
    names = {"manager_name": "Bartholomew Montgomery",
             "head_of_service_name": "Gwenllïan Montgomery-Worthington",
             "director_name": "Alexandria Featherstonehaugh",
             "head_of_hr_name": "Rhiannon Llewelyn-Montgomery"}
    pdf = render_proforma(make_data(logo_path=logo, **names))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    words = pdftotext(write(pdf, tmp_path, "names.pdf")).split()
    pieces = [w for w in words if "Montgom" in w or "Featherst" in w]
    assert pieces and all(w.rstrip("-") in ("Montgomery", "Featherstonehaugh", "Llewelyn-Montgomery",
                                            "Montgomery-Worthington") for w in pieces), pieces


def test_missing_logo_names_the_field(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="logo_path"):
        render_proforma(make_data(logo_path=tmp_path / "nope.png"))


@pytest.mark.parametrize(
    ("field", "value"),
    [("lang", "fr"), ("duration_minutes", -5), ("category", "duties"), ("entry_date", "2026")],
)
def test_bad_data_is_refused_with_the_field_named(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field if field != "lang" else "language mode"):
        make_data(**{field: value})


def test_allowance_row_defaults_remaining_from_allowance() -> None:
    row = AllowanceRow(("Stiward", "Steward"), "hours", 100, Fraction(25, 2), 15)
    assert row.remaining_before == Fraction(175, 2)
    assert row.remaining_after == 85
    assert row.this_request == Fraction(5, 2)
    uncapped = AllowanceRow(("Iechyd a diogelwch", "Health and safety"), "hours", None, 3, 5)
    assert uncapped.remaining_before is None and uncapped.remaining_after is None


def test_page_label_formats() -> None:
    assert label("page", "bilingual", page=2, total=3) == "Tudalen 2 o 3 / Page 2 of 3"
    assert label("page", "cy", page=1, total=1) == "Tudalen 1 o 1"
