"""session.sync (unionrep.app.sync) without Qt: the branch folder kept in the book, the fingerprint
kept with its identity, and trust by fingerprint once a round has seen the other installation."""

from __future__ import annotations

from unionrep.app.session import open_session
from unionrep.core.model import Rep
from unionrep.exchange.envelope import MIN_SCRYPT_N

PASSPHRASE = "Mae hen wlad fy nhadau"


def test_the_branch_folder_is_kept_in_the_book_until_stopped(session, db_path, tmp_path):
    assert session.sync.folder().folder is None
    session.sync.set_folder(str(tmp_path), PASSPHRASE)
    again = open_session(db_path)
    state = again.sync.folder()
    assert (state.folder, state.passphrase, state.last_seq) == (str(tmp_path), PASSPHRASE, 0)
    session.sync.set_folder(None, None)
    assert session.sync.folder().folder is None


def test_trust_by_fingerprint_after_a_round_has_seen_the_other(session, tmp_path):
    other = open_session(tmp_path / "other.db", create=True)
    other.policy.init("denbighshire-2012")
    other.reps.add(Rep(name="Siân Ŵyn"))
    printed = other.sync.fingerprint()
    assert other.sync.fingerprint() == printed  # one key per identity, kept
    folder = tmp_path / "branch"
    folder.mkdir()
    other.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    report = session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
    assert [s["fingerprint"] for s in report.skipped] == [printed]
    assert [(p.fingerprint, p.trusted) for p in session.sync.peers()] == [(printed, False)]
    assert session.sync.trust(printed).trusted
    received = session.sync.round(folder, PASSPHRASE, scrypt_n=MIN_SCRYPT_N).received
    assert received == 2  # the rep and the hours they work from
    assert [r.name for r in session.reps.all()] == ["Siân Ŵyn"]
