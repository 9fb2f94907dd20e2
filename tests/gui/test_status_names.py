"""The window names a status with the catalogue's words, as the command line and the documents do."""

from __future__ import annotations

import pytest

from unionrep.core.model import STATUSES
from unionrep.gui import texts
from unionrep.pdf.labels import status_pair


@pytest.fixture
def restore_lang():
    before = texts.current_lang()
    yield
    texts.set_lang(before)


@pytest.mark.parametrize(("lang", "expected"), [("cy", "Gwnaed cais"), ("en", "Requested")])
def test_a_status_in_the_window_language(restore_lang, lang: str, expected: str) -> None:
    texts.set_lang(lang)
    assert texts.status_name("requested") == expected
    assert texts.status_name("no-such-status") == "no-such-status"


def test_the_window_and_the_documents_name_each_status_alike(restore_lang) -> None:
    for lang, index in (("cy", 0), ("en", 1)):
        texts.set_lang(lang)
        assert [texts.status_name(s) for s in STATUSES] == [status_pair(s)[index] for s in STATUSES]
