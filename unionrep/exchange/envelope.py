"""The outside of a bundle file: magic, format version, header, and the sealed (or plain) body.

    magic "UNIONREP-BUNDLE\\0" (16 bytes) | format version (uint16, big-endian)
    | header length N (uint32, big-endian) | header (N bytes of UTF-8 JSON)
    | SHA-256 of the header (32 bytes) | body

The body is the zlib-compressed payload. Sealed with a passphrase, it is encrypted with
AES-256-GCM under a key derived by scrypt (parameters and salt in the header), and everything
before the body is the associated data, so a changed header fails authentication like a changed
body. docs/bundle-format.md is the full description.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from typing import Any, TypeGuard

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from unionrep.core.errors import ValidationError
from unionrep.exchange.errors import BundleError

MAGIC = b"UNIONREP-BUNDLE\x00"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">HI")
PREAMBLE = len(MAGIC) + PREFIX.size
DIGEST = 32
CIPHER = "AES-256-GCM"
PLAIN = "none"

# scrypt cost: 2**17 × r 8 is 128 MiB and about half a second. A bundle may ask for less (down to
# 2**14, for tests and old laptops) or more, but never more than MAX_SCRYPT_MEMORY to open.
DEFAULT_SCRYPT_N = 2**17
MIN_SCRYPT_N = 2**14
MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16
MAX_HEADER = 64 * 1024
FRAME_MAX = PREAMBLE + MAX_HEADER + DIGEST  # the most of a file its header can take (_read_frame)
MAX_PAYLOAD = 256 * 1024 * 1024  # unpacked: some 50 times the largest branch's records
INFLATE_CHUNK = 1024 * 1024
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class Opened:
    payload: bytes
    encrypted: bool


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, name: str, size: int) -> bytes:
    try:
        data = base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError):
        raise BundleError("header", detail=name) from None
    if len(data) != size:
        raise BundleError("header", detail=name)
    return data


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, key check): two independent halves of one scrypt output."""
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    derived = Scrypt(salt=salt, length=32 + CHECK_BYTES, n=n, r=r, p=p).derive(secret)
    return derived[:32], derived[32:]


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", "must be at least {n} characters", n=MIN_PASSPHRASE)


def seal(payload: bytes, passphrase: str | None, *, scrypt_n: int = DEFAULT_SCRYPT_N) -> bytes:
    """The bundle file for `payload`: encrypted with `passphrase`, or plain when it is None."""
    body = zlib.compress(payload, 6)
    header: dict[str, Any] = {"compression": "zlib"}
    if passphrase is None:
        header |= {"cipher": PLAIN, "body_length": len(body),
                   "body_sha256": hashlib.sha256(body).hexdigest()}
        return _frame(header) + body
    check_passphrase(passphrase)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key, check = _derive(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)
    header |= {
        "cipher": CIPHER,
        "kdf": {"name": "scrypt", "n": scrypt_n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "key_check": _b64(check),
        "body_length": len(body) + 16,  # the GCM tag follows the ciphertext
    }
    frame = _frame(header)
    return frame + AESGCM(key).encrypt(nonce, body, frame)


def _frame(header: dict[str, Any]) -> bytes:
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return MAGIC + PREFIX.pack(FORMAT_VERSION, len(text)) + text + hashlib.sha256(text).digest()


def is_encrypted(data: bytes) -> bool:
    """Whether the bundle `data` needs a passphrase (raises BundleError if it is not a bundle)."""
    header, _, _ = _read_frame(data)
    return header.get("cipher") != PLAIN


def open_bundle(data: bytes, passphrase: str | None) -> Opened:
    """The payload inside the bundle `data`; raises BundleError naming what is wrong."""
    header, frame_end, frame = _read_frame(data)
    body = data[frame_end:]
    expected = header.get("body_length")
    if not isinstance(expected, int) or expected < 0:
        raise BundleError("header", detail="body_length")
    if len(body) < expected:
        raise BundleError("truncated")
    if len(body) > expected:
        raise BundleError("trailing", extra=len(body) - expected)
    cipher = header.get("cipher")
    if cipher == PLAIN:
        digest = header.get("body_sha256")
        if not isinstance(digest, str) or not hmac.compare_digest(digest, hashlib.sha256(body).hexdigest()):
            raise BundleError("tampered")
        return Opened(_inflate(body), encrypted=False)
    if cipher != CIPHER:
        raise BundleError("cipher", cipher=str(cipher))
    if passphrase is None:
        raise BundleError("needs_passphrase")
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise BundleError("header", detail="kdf")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (_whole(n) and _whole(r) and _whole(p)):
        raise BundleError("header", detail="kdf")
    if n < MIN_SCRYPT_N or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16 \
            or 128 * n * r > MAX_SCRYPT_MEMORY:
        raise BundleError("header", detail="kdf")
    salt = _unb64(kdf.get("salt"), "salt", SALT_BYTES)
    nonce = _unb64(header.get("nonce"), "nonce", NONCE_BYTES)
    check = _unb64(header.get("key_check"), "key_check", CHECK_BYTES)
    key, derived_check = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(check, derived_check):
        raise BundleError("passphrase")
    try:
        body = AESGCM(key).decrypt(nonce, body, frame)
    except InvalidTag:
        raise BundleError("tampered") from None
    return Opened(_inflate(body), encrypted=True)


def _whole(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _read_frame(data: bytes) -> tuple[dict[str, Any], int, bytes]:
    """(header, offset of the body, the bytes before the body)."""
    if len(data) < len(MAGIC):
        if MAGIC.startswith(data[: len(MAGIC)]) and data:
            raise BundleError("truncated")
        raise BundleError("not_bundle")
    if not data.startswith(MAGIC):
        raise BundleError("not_bundle")
    if len(data) < PREAMBLE:
        raise BundleError("truncated")
    version, length = PREFIX.unpack_from(data, len(MAGIC))
    if version != FORMAT_VERSION:
        raise BundleError("newer" if version > FORMAT_VERSION else "older", version=version,
                          supported=FORMAT_VERSION)
    if length > MAX_HEADER:
        raise BundleError("header", detail="length")
    end = PREAMBLE + length + DIGEST
    if len(data) < end:
        raise BundleError("truncated")
    text = data[PREAMBLE:PREAMBLE + length]
    if not hmac.compare_digest(hashlib.sha256(text).digest(), data[PREAMBLE + length:end]):
        raise BundleError("header_damaged")
    try:
        header = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleError("header", detail="json") from None
    if not isinstance(header, dict) or header.get("compression") != "zlib":
        raise BundleError("header", detail="compression")
    return header, end, data[:end]


def _inflate(body: bytes) -> bytes:
    """Unpack the body a megabyte at a time, stopping as soon as it passes MAX_PAYLOAD: a small file
    that unpacks to gigabytes (a "zip bomb") is refused having used MAX_PAYLOAD of memory at most."""
    inflater = zlib.decompressobj()
    payload = bytearray()
    pending = body
    try:
        while pending or not inflater.eof:
            chunk = inflater.decompress(pending, INFLATE_CHUNK)
            pending = inflater.unconsumed_tail
            payload += chunk
            if len(payload) > MAX_PAYLOAD:
                raise BundleError("too_large", limit=MAX_PAYLOAD // (1024 * 1024),
                                  packed=max(1, len(body) // (1024 * 1024)))
            if not chunk and not pending:
                break
    except zlib.error:
        raise BundleError("tampered") from None
    if not inflater.eof or inflater.unused_data:
        raise BundleError("tampered")
    return bytes(payload)
