"""The checks the shells ask of the exchange service before they ask for a passphrase: whether a
bundle needs one, and whether one is long enough."""

from __future__ import annotations

import pytest

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.exchange.envelope import MIN_PASSPHRASE, MIN_SCRYPT_N


def test_a_bundle_says_whether_it_needs_a_passphrase(session, rep, tmp_path) -> None:
    session.exchange.export(tmp_path / "plain.bundle", None)
    session.exchange.export(tmp_path / "sealed.bundle", "pass phrase one", scrypt_n=MIN_SCRYPT_N)
    assert session.exchange.needs_passphrase(tmp_path / "plain.bundle") is False
    assert session.exchange.needs_passphrase(tmp_path / "sealed.bundle") is True
    (tmp_path / "notes.txt").write_text("not a bundle", encoding="utf-8")
    with pytest.raises(UnionrepError):
        session.exchange.needs_passphrase(tmp_path / "notes.txt")


def test_a_passphrase_shorter_than_the_minimum_is_refused_naming_the_field(session) -> None:
    session.exchange.check_passphrase("x" * MIN_PASSPHRASE)  # exactly the minimum: accepted
    with pytest.raises(ValidationError) as refused:
        session.exchange.check_passphrase("x" * (MIN_PASSPHRASE - 1))
    assert refused.value.field == "passphrase"
