"""unionrep.app.sync without Qt: the branch folder kept in the book, the fingerprint kept with its
identity, and trust by fingerprint once a round has seen the other installation."""

from __future__ import annotations

from unionrep.app import sync as branch
from unionrep.core.model import Rep
from unionrep.core.services import open_service
from unionrep.exchange.envelope import MIN_SCRYPT_N

PASSPHRASE = "Mae hen wlad fy nhadau"


def test_the_branch_folder_is_kept_in_the_book_until_stopped(service, db_path, tmp_path):
    assert branch.branch_folder(service).folder is None
    branch.set_branch_folder(service, str(tmp_path), PASSPHRASE)
    again = open_service(db_path)
    state = branch.branch_folder(again)
    assert (state.folder, state.passphrase, state.last_seq) == (str(tmp_path), PASSPHRASE, 0)
    branch.set_branch_folder(service, None, None)
    assert branch.branch_folder(service).folder is None


def test_trust_by_fingerprint_after_a_round_has_seen_the_other(service, tmp_path):
    other = open_service(tmp_path / "other.db", create=True)
    other.init("denbighshire-2012")
    other.add_rep(Rep(name="Siân Ŵyn"))
    printed = branch.own_fingerprint(other)
    assert branch.own_fingerprint(other) == printed  # one key per identity, kept
    folder = tmp_path / "branch"
    folder.mkdir()
    branch.round_with(other, folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    report = branch.round_with(service, folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    assert [s["fingerprint"] for s in report.skipped] == [printed]
    assert [(p.fingerprint, p.trusted) for p in branch.seen_peers(service)] == [(printed, False)]
    assert branch.trust_peer(service, printed).trusted
    assert branch.round_with(service, folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N).received == 1
    assert [r.name for r in service.reps()] == ["Siân Ŵyn"]
