"""Settings → Documents: the documents' language, the logo and the pay bill, each checked before it is
written (a bad one named in the message, nothing changed), undoable, and used by the documents."""

from __future__ import annotations

import io

import pytest
from settings_helpers import open_settings as _settings
from settings_helpers import type_into as _edit


def _meta(ctx) -> list[tuple[str, str]]:
    return sorted(ctx.service.store.db.execute("SELECT key, value FROM meta").fetchall())


def _png(path, size=(90, 30)):
    from PIL import Image

    Image.new("RGB", size, (155, 28, 28)).save(path, "PNG")
    return path


def test_the_pay_bill_is_kept_and_a_bad_one_is_refused(window, ctx, qtbot) -> None:
    box = _settings(window, qtbot).documents
    view = window.view("settings")
    _edit(qtbot, box.edits["pay_bill"], "£48,000,000")
    assert ctx.service.store.meta("pay_bill") == "48000000.00"
    assert box.edits["pay_bill"].text() == "48,000,000"
    assert not view.message.isVisible()

    before = _meta(ctx)
    for bad, rule in (("0", "more than £0"), ("-20", "more than £0"), ("a lot", "not an amount of money")):
        _edit(qtbot, box.edits["pay_bill"], bad)
        assert view.message.isVisible()
        assert "pay_bill" in view.message.text() and rule in view.message.text(), view.message.text()
        assert _meta(ctx) == before
        assert box.edits["pay_bill"].text() == "48,000,000"  # the stored value is back

    window.undo_action.trigger()
    assert (ctx.service.store.meta("pay_bill") or "") == ""


def test_the_language_of_documents(window, ctx, qtbot) -> None:
    box = _settings(window, qtbot).documents
    assert box.language.currentData() == "bilingual"
    box.language.setCurrentIndex(box.language.findData("en"))
    box.language.activated.emit(box.language.currentIndex())
    assert ctx.service.store.meta("document_language") == "en"


def test_a_logo_must_be_an_existing_png_or_jpeg(window, ctx, qtbot, tmp_path) -> None:
    view = _settings(window, qtbot)
    box = view.documents
    before = _meta(ctx)
    not_a_picture = tmp_path / "logo.png"
    not_a_picture.write_text("hello")
    for path, rule in ((tmp_path / "missing.png", "existing image file"), (not_a_picture, "PNG or JPEG")):
        _edit(qtbot, box.logo, str(path))
        assert "logo_path" in view.message.text() and rule in view.message.text(), view.message.text()
        assert _meta(ctx) == before
        assert box.logo.text() == ""


def test_a_logo_chosen_in_settings_is_on_the_pro_forma(window, ctx, qtbot, tmp_path, steward) -> None:
    pytest.importorskip("unionrep.pdf.proforma")
    import datetime as dt

    from pypdf import PdfReader

    from unionrep.core.model import Entry

    box = _settings(window, qtbot).documents
    logo = _png(tmp_path / "cyngor.png")
    dialog = box.choose_logo()
    assert dialog.isVisible()
    dialog.selectFile(str(logo))
    dialog.accept()
    assert ctx.service.store.meta("logo_path") == str(logo.resolve())
    assert box.logo.text() == str(logo.resolve())
    assert box.preview.pixmap() is not None and not box.preview.pixmap().isNull()

    entry = ctx.service.add_entry(Entry(steward.id, "steward", dt.date(2025, 12, 3), 120, "duties",
                                        status="requested", notice_on=dt.date(2025, 11, 20)))
    page = PdfReader(io.BytesIO(ctx.session.documents.proforma(entry.id))).pages[0]
    assert [image.image.size for image in page.images] == [(90, 30)]
