"""unionrep-cli settings show / set: the documents' language, logo and pay bill (and the user's
details) checked before they are written, and used by the documents."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pdfread import cli_json as run
from pdfread import flat, metadata, needs_poppler
from pypdf import PdfReader

from unionrep.app.session import open_session
from unionrep.cli import main as cli

D = dt.date


@pytest.fixture
def db(requested):
    return requested


def png(path, width: int = 120, height: int = 40):
    from PIL import Image

    Image.new("RGB", (width, height), (14, 79, 92)).save(path, "PNG")
    return path


def meta_rows(db_path) -> list[tuple[str, str]]:
    session = open_session(db_path)
    try:
        return sorted(session.store.db.execute("SELECT key, value FROM meta").fetchall())
    finally:
        session.store.db.close()


def test_show_lists_every_setting_and_set_changes_one(db, capsys) -> None:
    db_path, _, _ = db
    code, shown = run(capsys, db_path, "settings", "show")
    assert code == 0
    assert {"document_language", "logo_path", "pay_bill", "union_name", "user_name"} <= set(shown)
    assert shown["pay_bill"] == "" and shown["logo_path"] == ""

    code, out = run(capsys, db_path, "settings", "set", "pay_bill", "£2,500,000")
    assert code == 0 and out == {"key": "pay_bill", "value": "2500000.00"}
    code, out = run(capsys, db_path, "settings", "set", "document_language", "cy")
    assert code == 0 and out == {"key": "document_language", "value": "cy"}
    code, shown = run(capsys, db_path, "settings", "show")
    assert shown["pay_bill"] == "2500000.00" and shown["document_language"] == "cy"

    code, out = run(capsys, db_path, "settings", "set", "pay_bill", "")  # empty clears
    assert code == 0 and out["value"] == ""


def test_plain_output_says_what_was_set(db, capsys) -> None:
    db_path, _, _ = db
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "settings", "set", "branch_name", "Sir Ddinbych"]) == 0
    assert "branch_name = Sir Ddinbych" in capsys.readouterr().out
    assert cli.main(["--db", str(db_path), "settings", "show"]) == 0
    out = capsys.readouterr().out
    assert "Sir Ddinbych" in out and "logo_path" in out


@pytest.mark.parametrize(("key", "value", "words"), [
    ("pay_bill", "0", "more than £0"),
    ("pay_bill", "-5", "more than £0"),
    ("pay_bill", "lots", "not an amount of money"),
    ("pay_bill", "10.001", "whole pence"),
    ("document_language", "fr", "bilingual, cy or en"),
    ("logo_path", "/no/such/logo.png", "existing image file"),
    ("mode", "everyone", "steward or branch"),
    ("user_email", "not an address", "e-mail address"),
    ("colour", "teal", "unknown setting"),
])
def test_bad_values_name_the_key_and_the_rule_and_change_nothing(db, capsys, key, value, words) -> None:
    db_path, _, _ = db
    before = meta_rows(db_path)
    code, out = run(capsys, db_path, "settings", "set", key, value)
    assert code != 0
    assert (key if key != "colour" else "key") in out["error"] and words in out["error"], out
    assert meta_rows(db_path) == before


def test_a_logo_must_be_a_png_or_jpeg_file(db, capsys, tmp_path) -> None:
    db_path, _, _ = db
    before = meta_rows(db_path)
    text_file = tmp_path / "logo.png"
    text_file.write_text("not a picture")
    code, out = run(capsys, db_path, "settings", "set", "logo_path", str(text_file))
    assert code != 0 and "logo_path" in out["error"] and "PNG or JPEG" in out["error"]
    code, out = run(capsys, db_path, "settings", "set", "logo_path", str(tmp_path))  # a folder
    assert code != 0 and "logo_path" in out["error"]
    assert meta_rows(db_path) == before


def test_a_logo_set_from_the_command_line_is_printed_on_the_pro_forma(db, capsys, tmp_path) -> None:
    db_path, _, entry = db
    logo = png(tmp_path / "cyngor.png")
    code, out = run(capsys, db_path, "settings", "set", "logo_path", str(logo))
    assert code == 0 and out["value"] == str(logo.resolve())

    target = tmp_path / "pf.pdf"
    code, out = run(capsys, db_path, "proforma", entry.id, "-o", str(target))
    assert code == 0, out
    page = PdfReader(io.BytesIO(target.read_bytes())).pages[0]
    images = list(page.images)
    assert len(images) == 1
    assert images[0].image.size == (120, 40)  # the logo itself, at its own pixel size

    code, out = run(capsys, db_path, "settings", "set", "logo_path", "")
    bare = tmp_path / "pf-bare.pdf"
    assert run(capsys, db_path, "proforma", entry.id, "-o", str(bare))[0] == 0
    assert list(PdfReader(io.BytesIO(bare.read_bytes())).pages[0].images) == []


@needs_poppler
def test_the_language_and_organisation_settings_reach_the_documents(db, capsys, tmp_path) -> None:
    db_path, rep, _entry = db
    for key, value in (("document_language", "en"), ("organisation_name_en", "Conwy County Borough Council")):
        assert run(capsys, db_path, "settings", "set", key, value)[0] == 0
    target = tmp_path / "st.pdf"
    assert run(capsys, db_path, "statement", rep.id, "--year", "2025", "-o", str(target))[0] == 0
    data = target.read_bytes()
    words = flat(data)
    assert "Yearly facility time statement" in words and "Datganiad" not in words  # English only
    assert metadata(data)["/Author"] == "Conwy County Borough Council"
