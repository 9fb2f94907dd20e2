"""Settings ▸ Branch folder, the trust dialog, and the window's rounds with the branch folder: the
status bar says when the last round ran and what it brought, and its conflicts open the import
preview (the conflicts dialog)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from settings_helpers import open_settings, type_into

from unionrep.app.session import Session, open_session
from unionrep.core.model import Entry, Rep
from unionrep.exchange.envelope import MIN_SCRYPT_N
from unionrep.exchange.sync_file import fingerprint, own_key, public_bytes
from unionrep.exchange.sync_state import peers, set_folder, trust
from unionrep.exchange.versions import self_id
from unionrep.gui import branch_sync
from unionrep.gui.branch_sync import status_text
from unionrep.gui.commands import SetMeta
from unionrep.gui.dialogs.branch_trust import TrustDialog
from unionrep.gui.views.settings_branch import BranchFolderBox
from unionrep.store.sync_folder import folder_state

PASSPHRASE = "Mae hen wlad fy nhadau"
NOW = dt.datetime(2026, 2, 3, 17, 45, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch):
    monkeypatch.setattr(branch_sync, "SCRYPT_N", MIN_SCRYPT_N)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "Nextcloud" / "Branch"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def laptop(tmp_path) -> Session:
    """Dafydd's laptop, synced by the engine alone; Siân with an entry on it."""
    session = open_session(tmp_path / "dafydd.db", create=True)
    session.policy.init("denbighshire-2012")
    rep = session.reps.add(Rep(name="Siân Ŵyn")).result
    session.roles.assign(rep.id, "steward", dt.date(2025, 4, 1))
    session.entries.add(Entry(rep.id, "steward", dt.date(2025, 5, 6), 150, "duties", purpose="Grievance"))
    return session


def fingerprint_of(session: Session) -> str:
    with session.store.atomic():
        return fingerprint(public_bytes(own_key(session.store.db, self_id(session.store.db))))


def laptop_round(session: Session, folder):
    return session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)


def test_the_status_says_when_the_last_round_ran_and_what_it_brought():
    two_min = NOW - dt.timedelta(minutes=2, seconds=10)
    assert status_text({"sent": 0, "received": 0, "conflicts": 1, "skipped": 0}, two_min, NOW) \
        == "In step with the branch · 2 min ago · 1 conflict to resolve"
    assert status_text({"sent": 3, "received": 4, "conflicts": 2, "skipped": 1}, NOW - dt.timedelta(hours=3),
                       NOW) == ("In step with the branch · 3 h ago · 4 change(s) received · 2 conflicts to "
                                "resolve · 1 file(s) waiting")
    just_now = status_text({"received": 0}, NOW - dt.timedelta(seconds=20), NOW)
    assert just_now == "In step with the branch · just now"
    assert status_text(None, None, NOW) == "Not yet in step with the branch"
    assert status_text(None, None, NOW, running=True) == "Syncing with the branch…"


def test_settings_keep_the_branch_folder_and_refuse_a_short_passphrase(window, qtbot, folder, ctx):
    box = open_settings(window, qtbot).findChild(BranchFolderBox)
    type_into(qtbot, box.folder, str(folder))
    type_into(qtbot, box.passphrase, "short")
    qtbot.mouseClick(box.findChild(QPushButton, "saveBranchFolder"), Qt.MouseButton.LeftButton)
    assert box.message.isVisible() and box.message.text().startswith("passphrase:")
    assert folder_state(ctx.session.store.db).folder is None  # nothing kept
    type_into(qtbot, box.folder, str(folder / "missing"))
    type_into(qtbot, box.passphrase, PASSPHRASE)
    box.save()
    assert "is not a folder" in box.message.text() and folder_state(ctx.session.store.db).folder is None
    type_into(qtbot, box.folder, str(folder))
    box.save()
    state = folder_state(ctx.session.store.db)
    assert (state.folder, state.passphrase) == (str(folder), PASSPHRASE)
    assert fingerprint_of(ctx.session) in box.fingerprint.text()
    box.stop()
    assert folder_state(ctx.session.store.db).folder is None


def test_the_trust_dialog_trusts_a_laptop_seen_in_the_folder(window, qtbot, folder, ctx, laptop):
    laptop_round(laptop, folder)
    with ctx.session.store.atomic():
        set_folder(ctx.session.store.db, str(folder), PASSPHRASE)
    ctx.session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    dialog = TrustDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == fingerprint_of(laptop)
    button = dialog.table.cellWidget(0, 2)
    assert button.accessibleName().endswith(fingerprint_of(laptop))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [p.trusted for p in peers(ctx.session.store.db)] == [True]
    assert dialog.table.item(0, 2).text() == "Trusted"


def test_the_trust_dialog_withdraws_trust_after_a_confirmation(window, qtbot, folder, ctx, laptop):
    laptop_round(laptop, folder)
    ctx.session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    ctx.session.sync.trust(fingerprint_of(laptop))
    dialog = TrustDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    withdraw = dialog.table.cellWidget(0, 3)
    assert withdraw.text() == "Withdraw trust…" and withdraw.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert withdraw.accessibleName().endswith(fingerprint_of(laptop))
    qtbot.mouseClick(withdraw, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box.isVisible() and "Nothing already applied from it is removed" in box.informativeText()
    assert box.defaultButton() is box.escapeButton()  # Enter or Esc alone withdraws nothing
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert [p.trusted for p in peers(ctx.session.store.db)] == [True]

    qtbot.mouseClick(dialog.table.cellWidget(0, 3), Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    confirm = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert [p.trusted for p in peers(ctx.session.store.db)] == [False]
    trust_button = dialog.table.cellWidget(0, 2)
    assert isinstance(trust_button, QPushButton) and trust_button.text() == "Trust"
    assert dialog.table.cellWidget(0, 3) is None  # nothing to withdraw any more
    qtbot.mouseClick(trust_button, Qt.MouseButton.LeftButton)  # and it can be trusted again
    assert [p.trusted for p in peers(ctx.session.store.db)] == [True]


def test_trust_is_withdrawn_from_the_keyboard(qtbot, folder, ctx, laptop):
    laptop_round(laptop, folder)
    ctx.session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    ctx.session.sync.trust(fingerprint_of(laptop))
    dialog = TrustDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    withdraw = dialog.table.cellWidget(0, 3)
    for _ in range(4):  # Tab goes along the row: name, fingerprint, state, then the button
        if QApplication.focusWidget() is withdraw:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is withdraw
    qtbot.keyClick(withdraw, Qt.Key.Key_Space)
    box = dialog.confirm_box
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    assert QApplication.focusWidget() is box.defaultButton()  # Cancel, to begin with
    confirm = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    for _ in range(3):
        if QApplication.focusWidget() is confirm:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is confirm
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    assert [p.trusted for p in peers(ctx.session.store.db)] == [False]


def test_the_window_syncs_and_its_conflicts_open_the_conflicts_dialog(window, qtbot, folder, ctx, laptop):
    session = ctx.session
    with session.store.atomic():
        set_folder(session.store.db, str(folder), PASSPHRASE)
    for each in (laptop, session, laptop, session):  # each sees the other's folder
        each.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    for me, other in ((session, laptop), (laptop, session)):
        with me.store.atomic():
            trust(me.store.db, fingerprint_of(other))
    controller = branch_sync.start(window, ctx)
    qtbot.waitUntil(lambda: controller.report is not None and not controller.running)
    assert controller.report.skipped == []
    assert [r.name for r in session.reps.all()] == ["Siân Ŵyn"]  # Dafydd's laptop's records came in
    assert controller.button.isVisible()
    # the rep, the hours they work from, the role and the entry
    assert controller.button.text() == "In step with the branch · just now · 4 change(s) received"

    # both laptops change the same entry: the round keeps this one's and says so
    entry = session.entries.all()[0]
    laptop.entries.edit(entry.id, purpose="Grievance hearing")
    laptop_round(laptop, folder)
    session.entries.edit(entry.id, purpose="Gwrandawiad cwyn")
    controller.start_round()
    qtbot.waitUntil(lambda: not controller.running and "conflict" in controller.button.text())
    assert controller.button.text().endswith("· 1 conflict to resolve")
    assert session.entries.get(entry.id).purpose == "Gwrandawiad cwyn"
    qtbot.mouseClick(controller.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(object, "branchConflictsDialog") is not None)
    dialog = window.findChild(object, "branchConflictsDialog")
    dialog.conflicts.choose_all("theirs")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: session.entries.get(entry.id).purpose == "Grievance hearing")
    qtbot.waitUntil(lambda: not controller.running and "conflict" not in controller.button.text())

    # a change the user makes brings a round shortly after
    assert not controller.after_change.isActive()
    ctx.execute(SetMeta(ctx, "user_name", "Siân Ŵyn"))
    assert controller.after_change.isActive() and controller.after_change.interval() == 20_000
    assert controller.every.isActive() and controller.every.interval() == 5 * 60_000

    # a change in the window goes out when the window closes
    session.reps.add(Rep(name="Llŷr Morgan"))
    window.close()
    laptop_round(laptop, folder)
    assert sorted(r.name for r in laptop.reps.all()) == ["Llŷr Morgan", "Siân Ŵyn"]
