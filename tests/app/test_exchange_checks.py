"""The checks the shells ask of the exchange service before they ask for a passphrase: whether a
bundle needs one, and whether one is long enough."""

from __future__ import annotations

import pytest

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.exchange.envelope import DIGEST, MIN_PASSPHRASE, MIN_SCRYPT_N, PREAMBLE


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


def test_whether_a_bundle_needs_a_passphrase_is_read_from_its_header_alone(session, rep, tmp_path) -> None:
    sealed = tmp_path / "sealed.bundle"
    session.exchange.export(sealed, "pass phrase one", scrypt_n=MIN_SCRYPT_N)
    data = sealed.read_bytes()
    header_end = PREAMBLE + int.from_bytes(data[PREAMBLE - 4:PREAMBLE], "big") + DIGEST
    sealed.write_bytes(data[:header_end])  # the body cut off: only the header is left
    assert session.exchange.needs_passphrase(sealed) is True
    with pytest.raises(UnionrepError):  # the preview reads it all, and finds it cut short
        session.exchange.preview(sealed, "pass phrase one")
