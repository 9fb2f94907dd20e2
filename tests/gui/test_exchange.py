"""File ▸ Send my log to the branch… and File ▸ Import from a steward…, driven through the widgets:
a steward's laptop (a window of its own) exports one rep's log, the branch's window imports it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from unionrep.app.facade import Service, open_service
from unionrep.core.model import Entry, Rep
from unionrep.exchange import apply_import, export_bundle, preview_import
from unionrep.exchange.envelope import MIN_SCRYPT_N
from unionrep.gui.dialogs import exchange_export
from unionrep.gui.dialogs.exchange_export import ExportDialog
from unionrep.gui.dialogs.exchange_import import ImportPreviewDialog, OpenBundleDialog
from unionrep.gui.models.log_model import Column

PASSPHRASE = "Mae hen wlad fy nhadau"


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    monkeypatch.setattr(exchange_export, "SCRYPT_N", MIN_SCRYPT_N)


@pytest.fixture
def laptop_service(tmp_path) -> Service:
    """The steward's laptop: Siân with two entries, Dafydd with one."""
    service = open_service(tmp_path / "laptop.db", create=True)
    service.init("denbighshire-2012")
    sian = service.add_rep(Rep(name="Siân Ŵyn"))
    dafydd = service.add_rep(Rep(name="Dafydd ap Gwilym"))
    for rep in (sian, dafydd):
        service.assign_role(rep.id, "steward", dt.date(2024, 4, 1))
    service.add_entry(Entry(sian.id, "steward", dt.date(2025, 10, 2), 120, "duties",
                            purpose="Grievance hearing"))
    service.add_entry(Entry(sian.id, "steward", dt.date(2025, 10, 9), 90, "duties", purpose="Disciplinary"))
    service.add_entry(Entry(dafydd.id, "steward", dt.date(2025, 10, 3), 60, "duties",
                            purpose="Branch meeting"))
    return service


@pytest.fixture
def laptop(qtbot, laptop_service, tmp_path):
    """The laptop's own window."""
    from unionrep.gui.context import AppContext
    from unionrep.gui.main_window import MainWindow
    from unionrep.gui.options import Options

    ctx = AppContext(laptop_service, Options(tmp_path / "laptop.ini"), tmp_path / "laptop.db", lang="en",
                     today=lambda: dt.date(2025, 11, 20))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def dump(service: Service) -> dict[str, list[tuple]]:
    db = service.store.db
    return {name: sorted(map(tuple, db.execute(f"SELECT * FROM [{name}]").fetchall()), key=repr)
            for name in db.table_names()}


def export_dialog(win) -> ExportDialog:
    win.export_action.trigger()
    dialog = win.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_passphrases(qtbot, dialog: ExportDialog, first: str, second: str | None = None) -> None:
    qtbot.keyClicks(dialog.first, first)
    qtbot.keyClicks(dialog.second, first if second is None else second)


def open_preview(qtbot, win, path, passphrase: str = PASSPHRASE) -> ImportPreviewDialog:
    opened = open_bundle(win, path)
    qtbot.keyClicks(opened.passphrase, passphrase)
    with qtbot.waitSignal(opened.previewed, timeout=30000):
        qtbot.mouseClick(opened.preview_button, Qt.MouseButton.LeftButton)
    preview = win.findChild(ImportPreviewDialog)
    assert preview is not None and preview.isVisible()
    return preview


def open_bundle(win, path) -> OpenBundleDialog:
    win.import_action.trigger()
    chooser = win.findChild(QFileDialog, "importFileDialog")
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(path))
    chooser.accept()
    opened = win.findChild(OpenBundleDialog)
    assert opened is not None and opened.isVisible()
    return opened


def log_purposes(win) -> list[str]:
    log = win.show_view("log")
    model = log.model
    return sorted(model.data(model.index(row, Column.PURPOSE)) for row in range(model.rowCount()))


def test_one_reps_log_goes_from_the_laptop_to_the_branch(qtbot, laptop, window, ctx, tmp_path) -> None:
    assert log_purposes(window) == []
    dialog = export_dialog(laptop)
    dialog.rep_combo.setCurrentIndex(dialog.rep_combo.findText("Siân Ŵyn"))
    # the file chosen in the save dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert chooser is not None and chooser.isVisible()
    target = tmp_path / "sian.bundle"
    chooser.selectFile(str(target))
    chooser.accept()
    assert dialog.file_edit.text() == str(target)
    type_passphrases(qtbot, dialog, PASSPHRASE)
    with qtbot.waitSignal(dialog.exported, timeout=30000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert report.counts == {"reps": 1, "rep_hours": 1, "assignments": 1, "entries": 2} and report.encrypted
    assert target.exists()
    told = laptop.findChild(QMessageBox, "exchangeDoneBox")
    # the rep, their weekly hours, the role and 2 entries
    assert told is not None and str(target) in told.text() and "5 record(s)" in told.text()
    assert laptop.ctx.options.get(exchange_export.opt.LAST_FOLDER) == str(tmp_path)

    preview = open_preview(qtbot, window, target)
    assert preview.conflicts is None and preview.import_button.isEnabled()
    added = preview.lists["add"]
    assert added.topLevelItemCount() == 5
    assert any("Siân Ŵyn" in added.topLevelItem(i).text(0) for i in range(5))
    assert log_purposes(window) == []  # nothing written by the preview
    with qtbot.waitSignal(preview.imported, timeout=30000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert log_purposes(window) == ["Disciplinary", "Grievance hearing"]  # the log refreshed itself
    assert [r.name for r in ctx.service.reps()] == ["Siân Ŵyn"]
    assert "5 added" in window.statusBar().currentMessage()


def test_a_record_edited_on_both_sides_is_a_conflict_settled_as_chosen(
        qtbot, laptop_service, window, ctx, service, tmp_path) -> None:
    first = tmp_path / "first.bundle"
    export_bundle(laptop_service.session, first, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    apply_import(service.session, preview_import(service.session, first, PASSPHRASE))
    entry = next(e for e in service.entries() if e.purpose == "Grievance hearing")
    laptop_service.edit_entry(entry.id, purpose="Grievance hearing, adjourned")
    service.edit_entry(entry.id, purpose="Grievance hearing (stage 2)")
    second = tmp_path / "second.bundle"
    export_bundle(laptop_service.session, second, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    before = dump(service)

    preview = open_preview(qtbot, window, second)
    table = preview.conflicts
    assert table is not None and table.table.rowCount() == 1
    assert table.table.item(0, 1).text() == "purpose: Grievance hearing (stage 2)"  # mine
    assert table.table.item(0, 2).text() == "purpose: Grievance hearing, adjourned"  # theirs
    assert "changed here and in the bundle" in table.table.item(0, 0).text()
    assert not preview.import_button.isEnabled()  # a choice is needed first
    assert "1 still to choose" in preview.effect.text()
    table.combos[0].setCurrentIndex(table.combos[0].findText("Take theirs"))
    assert preview.import_button.isEnabled()
    assert "changes 1" in preview.effect.text()
    assert dump(service) == before  # nothing written yet
    with qtbot.waitSignal(preview.imported, timeout=30000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert service.get_entry(entry.id).purpose == "Grievance hearing, adjourned"
    assert "Grievance hearing, adjourned" in log_purposes(window)


def test_a_wrong_passphrase_is_refused_and_changes_nothing(qtbot, laptop_service, window, service,
                                                          tmp_path) -> None:
    path = tmp_path / "all.bundle"
    export_bundle(laptop_service.session, path, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    before = dump(service)
    opened = open_bundle(window, path)
    qtbot.keyClicks(opened.passphrase, "not the passphrase")
    qtbot.mouseClick(opened.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened.busy.error.isVisible(), timeout=30000)
    assert "passphrase is wrong" in opened.busy.error.text()
    assert opened.isVisible() and window.findChild(ImportPreviewDialog) is None
    assert dump(service) == before
    # the right one then opens it
    opened.passphrase.clear()
    qtbot.keyClicks(opened.passphrase, PASSPHRASE)
    with qtbot.waitSignal(opened.previewed, timeout=30000):
        qtbot.mouseClick(opened.preview_button, Qt.MouseButton.LeftButton)


def test_a_cut_short_bundle_is_refused_before_any_passphrase(qtbot, laptop_service, window, service,
                                                            tmp_path) -> None:
    path = tmp_path / "short.bundle"
    export_bundle(laptop_service.session, path, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    path.write_bytes(path.read_bytes()[:30])
    before = dump(service)
    opened = open_bundle(window, path)
    assert "cut short" in opened.busy.error.text() and opened.busy.error.isVisible()
    assert not opened.preview_button.isEnabled()
    assert dump(service) == before


def test_export_checks_the_passphrase_and_the_folder(qtbot, laptop, laptop_service, tmp_path) -> None:
    dialog = export_dialog(laptop)
    dialog.file_edit.setText(str(tmp_path / "x.bundle"))
    type_passphrases(qtbot, dialog, "short")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Passphrase: must be at least 8 characters"
    dialog.first.clear()
    dialog.second.clear()
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE + "!")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Again: the two passphrases differ"
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, PASSPHRASE)
    dialog.from_check.setChecked(True)
    dialog.to_check.setChecked(True)
    dialog.to_date.setDate(dialog.from_date.date().addDays(-1))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text().startswith("To: the last day is before the first")
    assert not (tmp_path / "x.bundle").exists()
    # a folder that is not there, or the database itself: refused, and the database is as it was
    dialog.to_check.setChecked(False)
    before = dump(laptop_service)
    dialog.file_edit.setText(str(tmp_path / "nonexistent" / "dir" / "x.bundle"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "no such folder" in dialog.error.text()
    db_path = laptop.ctx.db_path
    database = db_path.read_bytes()
    dialog.file_edit.setText(str(db_path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == f"file: {db_path} is the database itself; choose another file"
    assert db_path.read_bytes() == database
    assert dump(laptop_service) == before and dialog.isVisible()


def test_a_plain_export_is_warned_about(qtbot, laptop, tmp_path) -> None:
    dialog = export_dialog(laptop)
    assert not dialog.warning.isVisible()
    dialog.encrypt_check.setChecked(False)
    assert dialog.warning.isVisible() and "personal data" in dialog.warning.text()
    assert not dialog.first.isEnabled()
    dialog.file_edit.setText(str(tmp_path / "plain.bundle"))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not done.args[0].encrypted
    assert "NOT encrypted" in laptop.findChild(QMessageBox, "exchangeDoneBox").text()


@pytest.mark.parametrize("damage", ["tampered", "newer-format"])
def test_a_damaged_or_newer_bundle_says_why_and_changes_nothing(qtbot, laptop_service, window, service,
                                                                tmp_path, damage) -> None:
    path = tmp_path / "all.bundle"
    export_bundle(laptop_service.session, path, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    data = bytearray(path.read_bytes())
    if damage == "tampered":
        data[-1] ^= 0x01
    else:
        data[16:18] = (99).to_bytes(2, "big")  # the format version
    path.write_bytes(bytes(data))
    before = dump(service)
    opened = open_bundle(window, path)
    if damage == "newer-format":  # refused before any passphrase is asked
        assert "format 99" in opened.busy.error.text() and not opened.preview_button.isEnabled()
    else:
        qtbot.keyClicks(opened.passphrase, PASSPHRASE)
        qtbot.mouseClick(opened.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: opened.busy.error.isVisible(), timeout=30000)
        assert "changed or damaged" in opened.busy.error.text()
    assert window.findChild(ImportPreviewDialog) is None
    assert dump(service) == before


def test_the_file_menu_offers_both(window) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Send my log to the branch…" in texts and "&Import from a steward…" in texts
