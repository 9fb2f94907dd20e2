"""The one stylesheet of unionrep documents: colours, paragraph styles and table styles.

A restrained council-form look: dark teal headings, light grey label cells, thin grey rules,
DejaVu Sans throughout (embedded; see ``fonts``).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from unionrep.pdf.fonts import BOLD, FAMILY, register_fonts
from unionrep.pdf.labels import SECONDARY_HEX

# -- colours --------------------------------------------------------------------------------
TEAL = colors.HexColor("#0e4f5c")  # headings, section bands, top rule
TEAL_LIGHT = colors.HexColor("#e2edef")  # reference box, table header cells
BAND_EN_HEX = "#bcd9de"  # the English half of a section band's title
LABEL_BG = colors.HexColor("#eff1f2")  # label cells
RULE = colors.HexColor("#a9b3b7")  # cell borders
WRITE_LINE = colors.HexColor("#bfc7ca")  # ruled lines to write on
TEXT = colors.HexColor("#1b2326")
GREY_TEXT = colors.HexColor(SECONDARY_HEX)
WARN = colors.HexColor("#9b1c1c")  # over-allowance figures

# -- measures -------------------------------------------------------------------------------
MARGIN_X = 15 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 14 * mm  # room for the footer
RULE_WIDTH = 0.5
BOX = 3.4 * mm  # tick box side
SECTION_GAP = 2.2 * mm
SIGN_ROW = 7 * mm  # minimum height of a row to sign in
EN_LABEL_SIZE = 6.3  # English line of a stacked bilingual label
EN_VALUE_SIZE = 7.1  # English line of a stacked bilingual value


@cache
def stylesheet() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name (registers the fonts first)."""
    register_fonts()
    base = ParagraphStyle(
        "base", fontName=FAMILY, fontSize=8.3, leading=10, textColor=TEXT, alignment=TA_LEFT,
        bulletFontName=FAMILY,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "base": base,
        "value": derive("value"),
        "value_bold": derive("value_bold", fontName=BOLD),
        "label": derive("label", fontSize=7.2, leading=8.2),
        "small": derive("small", fontSize=6.8, leading=8.1, textColor=GREY_TEXT),
        "intro": derive("intro", fontSize=7.2, leading=9, textColor=GREY_TEXT),
        "org": derive("org", fontName=BOLD, fontSize=12, leading=14.5, textColor=TEAL),
        "org_en": derive("org_en", fontName=FAMILY, fontSize=10.5, textColor=GREY_TEXT),
        "title": derive("title", fontName=BOLD, fontSize=15, leading=18.5, textColor=TEAL),
        "title_en": derive("title_en", fontSize=11, leading=14, textColor=GREY_TEXT),
        "section": derive(
            "section", fontName=BOLD, fontSize=8.8, leading=10.5, textColor=colors.white
        ),
        "th": derive("th", fontName=BOLD, fontSize=6.9, leading=8.1, alignment=TA_CENTER),
        "th_left": derive("th_left", fontName=BOLD, fontSize=6.9, leading=8.1),
        "step": derive(
            "step", fontName=BOLD, fontSize=9, alignment=TA_CENTER, textColor=colors.white
        ),
        "num": derive("num", alignment=TA_RIGHT),
        "num_bold": derive("num_bold", fontName=BOLD, alignment=TA_RIGHT),
        "ref_label": derive("ref_label", fontSize=7.2, leading=9, textColor=GREY_TEXT),
        "ref": derive("ref", fontName=BOLD, fontSize=11, leading=13.5, textColor=TEAL),
        "tick": derive("tick", fontSize=8.3, leading=10),
        "footer": derive("footer", fontSize=7, leading=8.5, textColor=GREY_TEXT),
        # letters: a larger, airier text face
        "letter": derive("letter", fontSize=9.6, leading=13.2, spaceAfter=5.5),
        "letter_block": derive("letter_block", fontSize=9.6, leading=12.6),
        "letter_subject": derive(
            "letter_subject", fontName=BOLD, fontSize=10.4, leading=13.5, textColor=TEAL,
            spaceBefore=2, spaceAfter=7,
        ),
        "letter_heading": derive(
            "letter_heading", fontName=BOLD, fontSize=9.8, leading=12.5, textColor=TEAL,
            spaceBefore=5, spaceAfter=3,
        ),
        "letter_bullet": derive(
            "letter_bullet", fontSize=9.2, leading=12.4, leftIndent=12, bulletIndent=2,
            spaceAfter=3,
        ),
        "letter_note": derive("letter_note", fontSize=7.6, leading=9.6, textColor=GREY_TEXT,
                              spaceAfter=5),
        "cell": derive("cell", fontSize=8.8, leading=11),
        "cell_bold": derive("cell_bold", fontName=BOLD, fontSize=8.8, leading=11),
    }


# -- table styles ---------------------------------------------------------------------------
CELL_PAD = [
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]

GRID = [
    ("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE),
    ("INNERGRID", (0, 0), (-1, -1), RULE_WIDTH, RULE),
]

# a table used only to place things side by side: no cell padding
FLUSH = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]

SECTION_BAND = [
    ("BACKGROUND", (0, 0), (-1, -1), TEAL),
    ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ("TOPPADDING", (0, 0), (-1, -1), 1.8),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]
