"""Labels, Welsh dates and the font family of the PDF layer."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from unionrep.i18n.dates import MONTHS
from unionrep.pdf import fonts
from unionrep.pdf.labels import (
    duration_pair,
    format_date,
    label,
    label_markup,
    label_pair,
    markup,
    notice_pair,
    status_pair,
)

WELSH_MONTHS = [
    "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
    "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
]


def test_label_modes() -> None:
    assert label("name") == "Enw / Name"
    assert label("name", "cy") == "Enw"
    assert label("name", "en") == "Name"
    assert label("title", "bilingual") == (
        "Pro Fforma Cais am Amser i Ffwrdd / Pro Forma Request for Time Off"
    )
    with pytest.raises(ValueError, match="language mode"):
        label("name", "de")


@pytest.mark.parametrize(
    ("key", "cy", "en"),
    [
        ("time_off", "Amser i ffwrdd", "Time off"),
        ("representative", "Cynrychiolydd", "Representative"),
        ("line_manager", "Rheolwr llinell", "Line manager"),
        ("head_of_service", "Pennaeth Gwasanaeth", "Head of Service"),
        ("director", "Cyfarwyddwr", "Director"),
        ("head_of_hr", "Pennaeth AD Strategol", "Head of Strategic HR"),
        ("signature", "Llofnod", "Signature"),
        ("date", "Dyddiad", "Date"),
        ("reasons", "Rhesymau", "Reasons"),
    ],
)
def test_standard_terms(key: str, cy: str, en: str) -> None:
    assert label_pair(key) == (cy, en)


def test_stacked_markup_puts_welsh_first_and_escapes() -> None:
    html = markup(("A & B", "C < D"), "bilingual")
    assert html.index("A &amp; B") < html.index("C &lt; D")
    assert "<br/>" in html
    assert label_markup("name", "cy", bold=True) == "<b>Enw</b>"
    assert markup(("Unite", "Unite"), "bilingual") == "Unite"  # same in both: shown once


def test_welsh_and_english_dates() -> None:
    d = dt.date(2026, 6, 14)
    assert format_date(d, "cy") == "14 Mehefin 2026"
    assert format_date(d, "en") == "14 June 2026"
    assert format_date(d, "bilingual") == "14 Mehefin 2026 / 14 June 2026"
    assert format_date(d, "cy", weekday=True) == "Dydd Sul 14 Mehefin 2026"
    assert format_date(dt.date(2028, 2, 29), "cy") == "29 Chwefror 2028"
    assert [month.cy for month in MONTHS] == WELSH_MONTHS
    for month, name in enumerate(WELSH_MONTHS, start=1):
        assert format_date(dt.date(2026, month, 1), "cy") == f"1 {name} 2026"
    with pytest.raises(ValueError):
        format_date(d, "fr")


@pytest.mark.parametrize(
    ("minutes", "cy", "en"),
    [
        (150, "2 awr 30 munud", "2 hours 30 minutes"),
        (60, "1 awr", "1 hour"),
        (61, "1 awr 1 munud", "1 hour 1 minute"),
        (45, "45 munud", "45 minutes"),
        (0, "0 munud", "0 minutes"),
    ],
)
def test_durations(minutes: int, cy: str, en: str) -> None:
    assert duration_pair(minutes) == (cy, en)


def test_statuses() -> None:
    assert status_pair("approved") == ("Cymeradwywyd", "Approved")
    assert status_pair("refused") == ("Gwrthodwyd", "Refused")
    assert status_pair("requested") == ("Gwnaed cais", "Requested")


def test_font_family_registered_once_with_bold_and_italic() -> None:
    assert fonts.register_fonts() == "DejaVuSans"
    assert fonts.register_fonts() == "DejaVuSans"  # idempotent
    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert name in pdfmetrics.getRegisteredFontNames()
    assert tt2ps("DejaVuSans", 1, 0) == "DejaVuSans-Bold"
    assert tt2ps("DejaVuSans", 0, 1) == "DejaVuSans-Oblique"
    assert tt2ps("DejaVuSans", 1, 1) == "DejaVuSans-BoldOblique"
    face = pdfmetrics.getFont("DejaVuSans").face
    for ch in "ŵŷŴŶâêîôûŵ":
        assert ord(ch) in face.charWidths, f"no glyph for {ch!r}"


def test_font_files_and_licence_ship_in_the_package() -> None:
    from importlib import resources

    folder = resources.files("unionrep.pdf").joinpath("fonts")
    names = {p.name for p in folder.iterdir()}
    assert {
        "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf", "LICENSE-DejaVu.txt",
    } <= names
    licence = folder.joinpath("LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence and "public domain" in licence and "Arev" in licence


def test_notice_counts_mutate_in_welsh() -> None:
    assert notice_pair(2) == ("2 ddiwrnod o rybudd", "2 days' notice")
    assert notice_pair(1) == ("1 diwrnod o rybudd", "1 day's notice")
    assert notice_pair(21).cy == "21 diwrnod o rybudd"
