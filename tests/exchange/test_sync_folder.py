"""Sync rounds through a plain shared folder: what a sync service does to files (cut short, conflicted
copies, removed, from a newer unionrep) must not hurt, untrusted peers are not applied, conflicts are
held for the user, and each installation removes its own files once every trusted peer has them."""

from __future__ import annotations

import datetime as dt
import shutil
from fractions import Fraction

import pytest
from exchange_helpers import PASSPHRASE, dump, new_book, records

from unionrep.app.session import Session
from unionrep.core.errors import UnionrepError
from unionrep.core.model import Entry, Rep
from unionrep.exchange import apply_import
from unionrep.exchange.envelope import MIN_SCRYPT_N
from unionrep.exchange.sync import ACK_NAME, SUFFIX, _place_new, held_previews, own_folder, sync_round
from unionrep.exchange.sync_file import MAGIC, fingerprint, own_key, pack, public_bytes, unpack
from unionrep.exchange.sync_state import trust
from unionrep.exchange.versions import self_id

DAY = dt.date(2025, 5, 6)


def sync(service: Session, folder, **kwargs):
    return sync_round(service, folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N, **kwargs)


def identity(service: Session) -> tuple[str, str]:
    db = service.store.db
    with service.store.atomic():
        me = self_id(db)
        return me, fingerprint(public_bytes(own_key(db, me)))


def trusts(service: Session, other: Session) -> None:
    """`service` trusts `other` by its fingerprint (as read out over the phone)."""
    with service.store.atomic():
        trust(service.store.db, identity(other)[1])


def files_of(service: Session, folder) -> list[str]:
    return sorted(p.name for p in own_folder(folder, identity(service)[0]).iterdir())


def numbered(service: Session, folder, number: int):
    return own_folder(folder, identity(service)[0]) / f"{number:06d}{SUFFIX}"


def add_rep_with_time(service: Session, name: str, hours: list[float]) -> Rep:
    rep = service.reps.add(Rep(name=name)).result
    service.roles.assign(rep.id, "steward", dt.date(2025, 4, 1))
    for i, h in enumerate(hours):
        service.entries.add(Entry(rep.id, "steward", DAY + dt.timedelta(days=i), int(h * 60), "duties"))
    return rep


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "OneDrive - Branch"
    path.mkdir()
    return path


@pytest.fixture
def sian(tmp_path) -> Session:
    return new_book(tmp_path / "sian.db")


@pytest.fixture
def dafydd(tmp_path) -> Session:
    return new_book(tmp_path / "dafydd.db")


@pytest.fixture
def branch(sian, dafydd, folder):
    """Two laptops that have each run one round and trust each other."""
    for service in (sian, dafydd, sian):  # each sees the other's folder
        sync(service, folder)
    trusts(sian, dafydd)
    trusts(dafydd, sian)
    return sian, dafydd


def test_two_laptops_come_into_step(branch, folder):
    sian, dafydd = branch
    a = add_rep_with_time(sian, "Siân Ŵyn", [2, 1.5])
    b = add_rep_with_time(dafydd, "Dafydd ap Gwilym", [3])
    first = sync(sian, folder)
    # the rep, the hours they work from, the role, 2 entries
    assert (first.sent, first.received, first.files_sent) == (5, 0, 1)
    second = sync(dafydd, folder)
    assert second.received == 5 and second.files_applied == 1 and second.conflicts == []
    sync(sian, folder)
    assert records(sian) == records(dafydd)
    # 2 h + 1.5 h = 3.5 h used of Siân's 100 h; 3 h of Dafydd's, on both laptops
    on = DAY + dt.timedelta(days=5)
    for service in (sian, dafydd):
        assert service.balances.of(a.id, on).allowances[0].used == Fraction(7, 2)
        assert service.balances.of(b.id, on).allowances[0].used == 3


def test_a_round_with_no_changes_writes_and_applies_nothing(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    for service in (sian, dafydd, sian, dafydd):
        sync(service, folder)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()}
    dumps = [dump(s) for s in branch]
    for service in (sian, dafydd):
        report = sync(service, folder)
        assert (report.sent, report.received, report.files_sent, report.skipped) == (0, 0, 0, [])
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.rglob("*") if p.is_file()} == before
    assert [dump(s) for s in branch] == dumps


def test_a_file_still_arriving_is_skipped_then_applied_once_whole(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    path = numbered(sian, folder, 1)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the sync service has copied half of it so far
    report = sync(dafydd, folder)
    assert report.received == 0 and report.skipped[0]["file"] == str(path)
    assert "still arriving" in report.skipped[0]["why"]
    assert dafydd.reps.all() == []
    path.write_bytes(whole[:10])  # and a file not even past its magic
    assert "still arriving" in sync(dafydd, folder).skipped[0]["why"]
    path.write_bytes(whole)
    report = sync(dafydd, folder)
    assert report.received == 4 and report.skipped == []  # the rep, their hours, the role, the entry
    assert records(dafydd) == records(sian)


def test_conflicted_copies_apply_nothing_twice(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    original = numbered(sian, folder, 1)
    copies = [original.with_name(f"000001 (conflicted copy 2026-02-03){SUFFIX}"),
              original.with_name(f"000001.sync-conflict-20260203-174500-ABCDEFG{SUFFIX}"),
              original.with_name(f"000001-SIAN-LAPTOP{SUFFIX}"),
              original.with_name(f"applied-SIAN-LAPTOP{SUFFIX}")]
    for copy in copies:
        shutil.copy(original, copy)
    report = sync(dafydd, folder)
    assert report.received == 4 and report.files_applied == 1  # the rep, their hours, the role, the entry
    assert sorted(s["file"] for s in report.skipped) == sorted(map(str, copies))
    assert all("copy the sync service made" in s["why"] for s in report.skipped)
    again = sync(dafydd, folder)
    assert again.received == 0 and again.files_applied == 0
    assert len(dafydd.entries.all()) == 1 and records(dafydd) == records(sian)


def test_a_file_from_a_newer_unionrep_is_skipped_with_a_message(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    path = numbered(sian, folder, 1)
    data = bytearray(path.read_bytes())
    data[len(MAGIC):len(MAGIC) + 2] = (2).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    report = sync(dafydd, folder)
    assert report.received == 0 and dafydd.reps.all() == []
    assert report.skipped == [{"file": str(path), "why": "made by a newer unionrep (format 2; this one "
                                                         "reads format 1): update unionrep"}]


def test_a_removed_file_deletes_no_records(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    sync(dafydd, folder)
    numbered(sian, folder, 1).unlink()  # someone tidies the shared folder
    for service in (sian, dafydd, sian, dafydd):
        report = sync(service, folder)
        assert report.received == 0 and report.files_sent == 0
    assert len(sian.entries.all()) == len(dafydd.entries.all()) == 1
    assert records(dafydd) == records(sian)


def test_a_file_removed_before_it_was_read_comes_again_in_a_complete_file(branch, folder):
    sian, dafydd = branch
    rep = add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    sian.entries.add(Entry(rep.id, "steward", DAY + dt.timedelta(days=7), 60, "duties"))
    sync(sian, folder)
    numbered(sian, folder, 1).unlink()  # file 1 (the rep, the role, the first entry) is lost
    report = sync(dafydd, folder)
    assert report.received == 0 and "waits for file 000001" in report.skipped[0]["why"]
    resent = sync(sian, folder)  # Dafydd has applied nothing of Siân's: she writes everything again
    assert resent.files_sent == 1 and resent.sent == 5  # the rep, their hours, the role, 2 entries
    assert unpack(numbered(sian, folder, 3).read_bytes()).header["full"] is True
    report = sync(dafydd, folder)
    assert report.received == 5 and report.skipped == []
    assert records(dafydd) == records(sian)


def test_files_from_an_untrusted_installation_are_listed_with_its_fingerprint(sian, dafydd, folder):
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    sian.reps.add(Rep(name="Llŷr"))
    sync(sian, folder)
    report = sync(dafydd, folder)
    printed = identity(sian)[1]
    assert report.received == 0 and dafydd.reps.all() == []
    assert [s["file"] for s in report.skipped] == [str(numbered(sian, folder, n)) for n in (1, 2)]
    assert all(s["fingerprint"] == printed and "not trusted" in s["why"] for s in report.skipped)
    trusts(dafydd, sian)
    report = sync(dafydd, folder)
    assert report.files_applied == 2 and records(dafydd) == records(sian)


def test_a_file_signed_by_another_key_is_not_applied(branch, folder, tmp_path):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    path = numbered(sian, folder, 1)
    real = unpack(path.read_bytes())
    forger = new_book(tmp_path / "forger.db")
    with forger.store.atomic():
        key = own_key(forger.store.db, self_id(forger.store.db))
    header = {k: v for k, v in real.header.items() if k not in ("public_key", "body_length", "body_sha256")}
    path.write_bytes(pack(header, real.body, key))  # Siân's id and number, another's key
    report = sync(dafydd, folder)
    assert report.received == 0 and "another key" in report.skipped[0]["why"]
    assert report.skipped[0]["fingerprint"] == fingerprint(public_bytes(key))
    data = bytearray(unpack(pack(header, real.body, own_key_of(sian))).body)
    assert data  # (the genuine file, re-signed, opens)
    tampered = bytearray(pack(header, real.body, own_key_of(sian)))
    tampered[-1] ^= 1
    path.write_bytes(bytes(tampered))
    report = sync(dafydd, folder)
    assert report.received == 0 and "signature does not match" in report.skipped[0]["why"]
    assert dafydd.reps.all() == []


def own_key_of(service: Session):
    with service.store.atomic():
        return own_key(service.store.db, self_id(service.store.db))


def test_a_wrong_passphrase_skips_the_file_with_the_reason(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    report = sync_round(dafydd, folder, "another passphrase", scrypt_n=MIN_SCRYPT_N)
    assert report.received == 0 and report.skipped[0]["why"] == "the passphrase is wrong for this bundle"


def test_a_conflict_is_held_for_the_user_and_nothing_is_overwritten(branch, folder):
    sian, dafydd = branch
    rep = add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    sync(dafydd, folder)
    entry = sian.entries.all()[0]
    sian.entries.edit(entry.id, purpose="Grievance hearing")
    dafydd.entries.edit(entry.id, purpose="Gwrandawiad cwyn")
    dafydd.entries.add(Entry(rep.id, "steward", DAY + dt.timedelta(days=9), 30, "duties"))
    sync(sian, folder)
    report = sync(dafydd, folder)
    assert [(c["id"], c["kind"], c["mine"]["purpose"], c["theirs"]["purpose"]) for c in report.conflicts] \
        == [(entry.id, "both-changed", "Gwrandawiad cwyn", "Grievance hearing")]
    assert dafydd.entries.get(entry.id).purpose == "Gwrandawiad cwyn"  # kept until the user chooses
    assert "held back: 1 conflict" in report.skipped[-1]["why"]
    again = sync(dafydd, folder)  # the held file is shown again, not applied
    assert len(again.conflicts) == 1 and dafydd.entries.get(entry.id).purpose == "Gwrandawiad cwyn"
    settled = sync(dafydd, folder, resolve="theirs")
    assert settled.conflicts == [] and dafydd.entries.get(entry.id).purpose == "Grievance hearing"
    sync(sian, folder)
    assert records(sian) == records(dafydd) and len(sian.entries.all()) == 2


def test_each_installation_removes_its_own_files_once_every_trusted_peer_applied_them(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    assert files_of(sian, folder) == [f"000001{SUFFIX}", ACK_NAME]
    sync(dafydd, folder)  # applies it, and says so in its own small file
    report = sync(sian, folder)
    assert report.removed == 1 and files_of(sian, folder) == [ACK_NAME]
    sian.reps.add(Rep(name="Llŷr"))
    sync(sian, folder)
    assert files_of(sian, folder) == [f"000002{SUFFIX}", ACK_NAME]  # numbers go on; none is reused
    sync(dafydd, folder)
    assert records(dafydd) == records(sian)


def test_a_laptop_that_joins_later_gets_everything(branch, folder, tmp_path):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2, 1])
    add_rep_with_time(dafydd, "Dafydd ap Gwilym", [3])
    for service in (sian, dafydd, sian, dafydd, sian):
        sync(service, folder)
    assert files_of(sian, folder) == [ACK_NAME]  # all applied by Dafydd, so removed
    newcomer = new_book(tmp_path / "new.db")
    sync(newcomer, folder)
    for old in (sian, dafydd):
        sync(old, folder)
        trusts(newcomer, old)
        trusts(old, newcomer)
        assert sync(old, folder).files_sent == 1  # a complete file, for the newcomer
    sync(newcomer, folder)
    assert records(newcomer) == records(sian) == records(dafydd)


def test_a_numbered_file_is_never_written_over(branch, folder, tmp_path):
    sian, _ = branch
    sian.reps.add(Rep(name="Siân Ŵyn"))
    left = numbered(sian, folder, 1)
    left.write_bytes(b"written before the database was restored from a backup")
    report = sync(sian, folder)
    assert report.files_sent == 1 and report.skipped[0]["file"] == str(left)
    assert "not written by this database" in report.skipped[0]["why"]
    assert left.read_bytes() == b"written before the database was restored from a backup"
    assert unpack(numbered(sian, folder, 2).read_bytes()).header["seq"] == 2  # the next number free
    staged = tmp_path / "staged"
    staged.write_bytes(b"new")
    with pytest.raises(UnionrepError, match="already there"):
        _place_new(staged, left)
    assert left.read_bytes() == b"written before the database was restored from a backup"


def test_a_held_conflict_settled_in_the_conflicts_dialog_lets_the_next_round_go_on(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    sync(dafydd, folder)
    entry = sian.entries.all()[0]
    sian.entries.edit(entry.id, minutes=90)
    dafydd.entries.edit(entry.id, minutes=150)
    sync(sian, folder)
    assert len(sync(dafydd, folder).conflicts) == 1
    [preview] = held_previews(dafydd, folder, PASSPHRASE)  # what the app's conflicts dialog shows
    assert [(c.mine["minutes"], c.theirs["minutes"]) for c in preview.conflicts] == [(150, 90)]
    apply_import(dafydd, preview, {entry.id: "theirs"})  # the dialog's Import
    report = sync(dafydd, folder)
    assert report.conflicts == [] and report.files_applied == 1
    assert held_previews(dafydd, folder, PASSPHRASE) == []
    sync(sian, folder)
    assert sian.entries.get(entry.id).minutes == dafydd.entries.get(entry.id).minutes == 90


def test_a_laptop_no_longer_trusted_is_skipped_and_what_it_sent_stays(branch, folder):
    sian, dafydd = branch
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    assert sync(dafydd, folder).files_applied == 1  # applied while trusted
    withdrawn = dafydd.sync.untrust(identity(sian)[1])
    assert (withdrawn.id, withdrawn.trusted) == (identity(sian)[0], False)
    assert [p.trusted for p in dafydd.sync.peers()] == [False]
    sian.reps.add(Rep(name="Llŷr"))
    sync(sian, folder)
    report = sync(dafydd, folder)
    assert report.received == 0 and [s["file"] for s in report.skipped] == [str(numbered(sian, folder, 2))]
    assert "not trusted" in report.skipped[0]["why"]
    assert [r.name for r in dafydd.reps.all()] == ["Siân Ŵyn"]  # kept; Llŷr waits
    audit = dafydd.store.db.execute("SELECT field, old, new FROM audit WHERE tbl = 'sync_trust' "
                                    "ORDER BY rowid").fetchall()
    assert audit == [(f"trusted {identity(sian)[1]}", "0", "1"), (f"trusted {identity(sian)[1]}", "1", "0")]
    dafydd.sync.trust(identity(sian)[0])  # the same key, trusted again: file 2 is applied
    assert sync(dafydd, folder).files_applied == 1 and records(dafydd) == records(sian)


def test_a_new_key_under_a_withdrawn_id_waits_to_be_trusted(branch, folder):
    sian, dafydd = branch
    old_fingerprint = identity(sian)[1]
    dafydd.sync.untrust(identity(sian)[0])
    with sian.store.atomic():  # Siân's id signs with a new key (as a thief's rebuilt copy would)
        sian.store.db.execute("DELETE FROM sync_keys")
    add_rep_with_time(sian, "Siân Ŵyn", [2])
    sync(sian, folder)
    report = sync(dafydd, folder)
    assert report.received == 0 and "not trusted" in report.skipped[0]["why"]
    [peer] = dafydd.sync.peers()
    assert not peer.trusted and peer.fingerprint == identity(sian)[1] != old_fingerprint  # seen only


@pytest.mark.parametrize("key", ["no-such-laptop", "ABCD-EFGH-IJKL"])
def test_withdrawing_trust_from_an_unknown_laptop_is_refused_and_changes_nothing(branch, key):
    _, dafydd = branch
    before = dump(dafydd)
    with pytest.raises(UnionrepError, match=key):
        dafydd.sync.untrust(key)
    assert dump(dafydd) == before


def test_withdrawing_trust_from_a_laptop_not_trusted_is_refused(sian, dafydd, folder):
    for service in (sian, dafydd):
        sync(service, folder)
    before = dump(dafydd)
    with pytest.raises(UnionrepError, match="not trusted here"):
        dafydd.sync.untrust(identity(sian)[1])
    assert dump(dafydd) == before
