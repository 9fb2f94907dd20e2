"""The bundle file's outside: sealed with AES-256-GCM under an scrypt key, everything authenticated."""

import hashlib
import json
import struct

import pytest

from unionrep.core.errors import ValidationError
from unionrep.exchange.envelope import (
    FORMAT_VERSION,
    MAGIC,
    MIN_SCRYPT_N,
    PREAMBLE,
    is_encrypted,
    open_bundle,
    seal,
)
from unionrep.exchange.errors import BundleError

PAYLOAD = json.dumps({"members": ["Siân Ŵyn", "Llŷr"], "note": "x" * 500}).encode()


def sealed(passphrase="cyfrinymadrodd hir") -> bytes:
    return seal(PAYLOAD, passphrase, scrypt_n=MIN_SCRYPT_N)


def header_of(data: bytes) -> dict:
    length = struct.unpack_from(">I", data, len(MAGIC) + 2)[0]
    return json.loads(data[PREAMBLE:PREAMBLE + length])


def with_header(data: bytes, header: dict) -> bytes:
    """`data` with another header, its length and checksum made to match (a deliberate forgery)."""
    length = struct.unpack_from(">I", data, len(MAGIC) + 2)[0]
    body = data[PREAMBLE + length + 32:]
    text = json.dumps(header, indent=1).encode()
    return MAGIC + struct.pack(">HI", FORMAT_VERSION, len(text)) + text + hashlib.sha256(text).digest() + body


def test_round_trip_and_nothing_readable_outside():
    data = sealed()
    assert data.startswith(MAGIC)
    assert struct.unpack_from(">H", data, len(MAGIC))[0] == FORMAT_VERSION
    assert is_encrypted(data)
    assert "Siân".encode() not in data and b"members" not in data
    header = header_of(data)
    assert header["cipher"] == "AES-256-GCM"
    assert header["kdf"]["name"] == "scrypt" and header["kdf"]["n"] == MIN_SCRYPT_N
    opened = open_bundle(data, "cyfrinymadrodd hir")
    assert opened.payload == PAYLOAD and opened.encrypted


def test_each_seal_has_its_own_salt_and_nonce():
    one, two = header_of(sealed()), header_of(sealed())
    assert one["kdf"]["salt"] != two["kdf"]["salt"] and one["nonce"] != two["nonce"]


def test_passphrase_is_normalised_so_welsh_letters_typed_either_way_match():
    composed, decomposed = "stiward ŵ ŷ", "stiward w\u0302 y\u0302"
    assert open_bundle(seal(PAYLOAD, composed, scrypt_n=MIN_SCRYPT_N), decomposed).payload == PAYLOAD


def test_wrong_passphrase_is_named():
    with pytest.raises(BundleError) as caught:
        open_bundle(sealed(), "not the passphrase")
    assert caught.value.reason == "passphrase"
    assert "passphrase is wrong" in str(caught.value)


def test_missing_passphrase_for_an_encrypted_bundle():
    with pytest.raises(BundleError) as caught:
        open_bundle(sealed(), None)
    assert caught.value.reason == "needs_passphrase"


def test_every_flipped_byte_is_refused():
    data = sealed()
    for i in range(len(data)):
        damaged = bytearray(data)
        damaged[i] ^= 0x01
        with pytest.raises(BundleError) as caught:
            open_bundle(bytes(damaged), "cyfrinymadrodd hir")
        assert caught.value.reason in {"not_bundle", "newer", "older", "header", "header_damaged",
                                       "truncated", "trailing", "tampered", "passphrase"}, i


def test_a_changed_body_is_tampered_not_a_wrong_passphrase():
    damaged = bytearray(sealed())
    damaged[-30] ^= 0x80
    with pytest.raises(BundleError) as caught:
        open_bundle(bytes(damaged), "cyfrinymadrodd hir")
    assert caught.value.reason == "tampered"


def test_a_changed_header_with_its_checksum_redone_fails_authentication():
    data = sealed()
    forged = with_header(data, header_of(data))  # same meaning, different bytes (indented)
    with pytest.raises(BundleError) as caught:
        open_bundle(forged, "cyfrinymadrodd hir")
    assert caught.value.reason == "tampered"


@pytest.mark.parametrize("keep", [0, 5, len(MAGIC), PREAMBLE, PREAMBLE + 10, -1, -17])
def test_truncated_bundles_say_so(keep):
    data = sealed()
    cut = data[:keep] if keep >= 0 else data[:len(data) + keep]
    with pytest.raises(BundleError) as caught:
        open_bundle(cut, "cyfrinymadrodd hir")
    assert caught.value.reason == ("not_bundle" if keep == 0 else "truncated")


def test_extra_bytes_after_the_body_are_refused():
    with pytest.raises(BundleError) as caught:
        open_bundle(sealed() + b"\0", "cyfrinymadrodd hir")
    assert caught.value.reason == "trailing"


@pytest.mark.parametrize(("version", "reason"), [(FORMAT_VERSION + 1, "newer"), (0, "older")])
def test_other_format_versions_are_refused_with_the_versions_named(version, reason):
    data = bytearray(sealed())
    struct.pack_into(">H", data, len(MAGIC), version)
    with pytest.raises(BundleError) as caught:
        open_bundle(bytes(data), "cyfrinymadrodd hir")
    assert caught.value.reason == reason
    assert str(version) in str(caught.value) and str(FORMAT_VERSION) in str(caught.value)


def test_not_a_bundle():
    with pytest.raises(BundleError) as caught:
        open_bundle(b"PK\x03\x04 a zip file, say", None)
    assert caught.value.reason == "not_bundle"


def test_plain_bundle_is_checked_by_its_digest():
    data = seal(PAYLOAD, None)
    assert not is_encrypted(data)
    assert open_bundle(data, None).payload == PAYLOAD
    assert open_bundle(data, "ignored").payload == PAYLOAD
    damaged = bytearray(data)
    damaged[-3] ^= 0x10
    with pytest.raises(BundleError) as caught:
        open_bundle(bytes(damaged), None)
    assert caught.value.reason == "tampered"


def test_a_header_asking_for_too_much_memory_is_refused_before_any_work():
    data = sealed()
    header = header_of(data)
    header["kdf"]["n"] = 2**30
    with pytest.raises(BundleError) as caught:
        open_bundle(with_header(data, header), "cyfrinymadrodd hir")
    assert caught.value.reason == "header"


def test_short_passphrases_are_refused():
    with pytest.raises(ValidationError) as caught:
        seal(PAYLOAD, "short")
    assert caught.value.field == "passphrase"
