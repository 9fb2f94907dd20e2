"""Keeping a book whole (unionrep.app.book), without Qt: the connections worker threads open,
the data version that tells of another connection's writes, backups and their setting."""

from __future__ import annotations

import pytest

from unionrep.app import book
from unionrep.app.session import open_session


def test_a_worker_opens_an_encrypted_database_with_the_windows_key(tmp_path, monkeypatch) -> None:
    pytest.importorskip("sqlcipher3")
    monkeypatch.delenv("UNIONREP_PLAIN", raising=False)
    monkeypatch.setenv("UNIONREP_NO_KEYRING", "1")
    monkeypatch.setenv("UNIONREP_PASSPHRASE", "correct horse battery")
    path = tmp_path / "secret.db"
    main = open_session(path, create=True)
    main.policy.init("denbighshire-2012")
    assert book.key_of(main) == "correct horse battery"
    monkeypatch.delenv("UNIONREP_PASSPHRASE")  # from here on only the open connection knows the key
    second = book.worker_session(main, path)
    try:
        assert second.profile.id == "denbighshire-2012"
    finally:
        second.close()
        main.close()


def test_a_plain_book_has_no_key_and_its_reader_sees_its_rows(session, make_rep, db_path) -> None:
    assert book.key_of(session) is None
    rep = make_rep("Mari Tudur")
    second = book.worker_session(session, db_path)
    try:
        assert [r.id for r in second.reps.all()] == [rep.id]
        assert book.connection_of(second) is not book.connection_of(session)
    finally:
        second.close()


def test_the_data_version_moves_on_another_connections_commit_only(session, make_rep, db_path) -> None:
    before = book.data_version(session)
    make_rep("Mari Tudur")  # this connection's own write
    assert book.data_version(session) == before
    other = open_session(db_path)
    try:
        other.settings.put_many({"union_name": "UNISON"})
    finally:
        other.close()
    assert book.data_version(session) != before


def test_a_closed_book_cannot_be_read(session) -> None:
    session.close()
    with pytest.raises(Exception, match="closed"):
        session.reps.all()


def test_backups_kept_is_the_books_setting_else_ten(session) -> None:
    assert book.backup_keep(session) == 10
    session.settings.put_many({book.BACKUP_KEEP_KEY: "3"})
    assert book.backup_keep(session) == 3
    assert book.parse_keep("25") == 25


def test_the_days_first_backup_is_made_once_and_listed(session, db_path) -> None:
    made = book.auto_backup(db_path, None)
    assert made is not None and made.is_file()
    assert book.auto_backup(db_path, None) is None  # one at the first start of each day
    manual = book.backup_now(db_path, None)
    assert {b.path for b in book.list_backups(db_path)} == {made, manual}
    assert book.backup_on_close(session) is None  # nothing changed since the newest backup
