"""session.sync (unionrep.app.sync) without Qt: the branch folder kept in the book, the fingerprint
kept with its identity, and trust by fingerprint once a round has seen the other installation."""

from __future__ import annotations

from unionrep.app.facade import open_service
from unionrep.core.model import Rep
from unionrep.exchange.envelope import MIN_SCRYPT_N

PASSPHRASE = "Mae hen wlad fy nhadau"


def test_the_branch_folder_is_kept_in_the_book_until_stopped(service, db_path, tmp_path):
    assert service.session.sync.folder().folder is None
    service.session.sync.set_folder(str(tmp_path), PASSPHRASE)
    again = open_service(db_path)
    state = again.session.sync.folder()
    assert (state.folder, state.passphrase, state.last_seq) == (str(tmp_path), PASSPHRASE, 0)
    service.session.sync.set_folder(None, None)
    assert service.session.sync.folder().folder is None


def test_trust_by_fingerprint_after_a_round_has_seen_the_other(service, tmp_path):
    other = open_service(tmp_path / "other.db", create=True)
    other.init("denbighshire-2012")
    other.add_rep(Rep(name="Siân Ŵyn"))
    printed = other.session.sync.fingerprint()
    assert other.session.sync.fingerprint() == printed  # one key per identity, kept
    folder = tmp_path / "branch"
    folder.mkdir()
    other.session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    report = service.session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    assert [s["fingerprint"] for s in report.skipped] == [printed]
    assert [(p.fingerprint, p.trusted) for p in service.session.sync.peers()] == [(printed, False)]
    assert service.session.sync.trust(printed).trusted
    received = service.session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N).received
    assert received == 2  # the rep and the hours they work from
    assert [r.name for r in service.reps()] == ["Siân Ŵyn"]
