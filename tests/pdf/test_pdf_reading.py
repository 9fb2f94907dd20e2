"""What a screen reader gets from a Pro Forma or a letter: the document's language and title in
the catalog, and the words in the order they are read on the page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from unionrep.pdf.letters import render_letter, sample_letter_data

# a bilingual document is Welsh first, so it is marked Welsh
LANG = {"cy": "cy", "en": "en-GB", "bilingual": "cy"}


def _catalog(data: bytes):
    reader = PdfReader(io.BytesIO(data))
    return reader, reader.trailer["/Root"]


@pytest.mark.parametrize("mode", ["cy", "en", "bilingual"])
def test_a_pro_forma_says_its_language_and_title(session, requested, mode) -> None:
    _, _, entry = requested
    reader, catalog = _catalog(session.documents.proforma(entry.id, mode))
    assert catalog["/Lang"] == LANG[mode]
    assert entry.reference in reader.metadata["/Title"]
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]  # the title, not the file name, is shown
    # read in the order of the form: the title, then the request's fields, then the figures
    words = reader.pages[0].extract_text()
    # "Pro Fforma Cais am Amser i Ffwrdd" / "Pro Forma Request for Time Off"
    assert words.index("Pro F") < words.index(entry.reference) < words.index("Hearing")


@pytest.mark.parametrize("mode", ["cy", "en", "bilingual"])
def test_a_letter_says_its_language_and_title(mode) -> None:
    reader, catalog = _catalog(render_letter(sample_letter_data(lang=mode)))
    assert catalog["/Lang"] == LANG[mode]
    assert reader.metadata["/Title"]
    words = reader.pages[0].extract_text()
    assert words.index("Annwyl" if mode != "en" else "Dear") < words.rindex("Siân Elinor Huws")
