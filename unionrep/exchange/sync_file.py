"""The files an installation writes into the branch folder: a signed wrapper around a bundle.

    magic "UNIONREP-SYNC\\0\\0\\0" (16 bytes) | format version (uint16, big-endian)
    | header length N (uint32, big-endian) | header (N bytes of UTF-8 JSON)
    | Ed25519 signature of every byte before it (64 bytes) | body (header["body_length"] bytes)

The header names the installation, the file's number and kind, its public key, and the body's
length and SHA-256, so the signature covers the body too. A file shorter than its header says is
still arriving (a sync service copies files piece by piece); a longer one was changed.
docs/bundle-format.md, "Syncing through a shared folder", describes every key.

Each installation's Ed25519 key lives in its own database (`sync_keys`), as safe as the records.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from unionrep.core.model import now_iso

MAGIC = b"UNIONREP-SYNC\x00\x00\x00"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">HI")
PREAMBLE = len(MAGIC) + PREFIX.size
SIGNATURE = 64
MAX_HEADER = 64 * 1024

BUNDLE, APPLIED = "bundle", "applied"  # the kinds of file


class SyncFileError(Exception):
    """Why a file of the branch folder cannot be used; `reason` names its message, "sync.skip.<reason>"
    (unionrep.i18n.exchange.SYNC_MESSAGES)."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True)
class SyncFile:
    header: dict[str, Any]
    body: bytes
    public_key: bytes

    @property
    def peer(self) -> str:
        return str(self.header.get("installation", ""))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def fingerprint(public_key: bytes) -> str:
    """The first 80 bits of the key's SHA-256 in base32, in four groups: `K3XQ-7ZB2-M4PA-QW6T`."""
    text = base64.b32encode(hashlib.sha256(public_key).digest()[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def plain_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, with or without the dashes) in the form `fingerprint` gives."""
    bare = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(bare[i:i + 4] for i in range(0, len(bare), 4))


def own_key(db: sqlite_utils.Database, installation: str) -> Ed25519PrivateKey:
    """This installation's signing key, made on first use (call inside a transaction)."""
    row = db.execute("SELECT private_key FROM sync_keys WHERE id = ?", [installation]).fetchone()
    if row is not None:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row[0]))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    db.execute("INSERT INTO sync_keys (id, private_key, public_key, created_at) VALUES (?, ?, ?, ?)",
               [installation, base64.b64encode(raw).decode("ascii"),
                base64.b64encode(public_bytes(key)).decode("ascii"), now_iso()])
    return key


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def pack(header: dict[str, Any], body: bytes, key: Ed25519PrivateKey) -> bytes:
    full = {**header, "public_key": base64.b64encode(public_bytes(key)).decode("ascii"),
            "body_length": len(body), "body_sha256": hashlib.sha256(body).hexdigest()}
    text = json.dumps(full, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    signed = MAGIC + PREFIX.pack(FORMAT_VERSION, len(text)) + text
    return signed + key.sign(signed) + body


def read_header(data: bytes) -> dict[str, Any]:
    """The header, checked for shape but not yet for its signature."""
    if len(data) < PREAMBLE:
        if MAGIC.startswith(data[:len(MAGIC)]):
            raise SyncFileError("incomplete")
        raise SyncFileError("not_sync")
    if data[:len(MAGIC)] != MAGIC:
        raise SyncFileError("not_sync")
    version, length = PREFIX.unpack_from(data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise SyncFileError("newer", version=version, supported=FORMAT_VERSION)
    if version < 1 or length > MAX_HEADER:
        raise SyncFileError("damaged")
    if len(data) < PREAMBLE + length + SIGNATURE:
        raise SyncFileError("incomplete")
    try:
        header = json.loads(data[PREAMBLE:PREAMBLE + length].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SyncFileError("damaged") from None
    if not isinstance(header, dict) or not isinstance(header.get("body_length"), int):
        raise SyncFileError("damaged")
    return header


def unpack(data: bytes) -> SyncFile:
    """Check the whole file and its signature: SyncFileError says what is wrong."""
    header = read_header(data)
    length = PREFIX.unpack_from(data, len(MAGIC))[1]
    body_at = PREAMBLE + length + SIGNATURE
    expected = body_at + header["body_length"]
    if len(data) < expected:
        raise SyncFileError("incomplete")
    if len(data) > expected:
        raise SyncFileError("damaged")
    try:
        public_key = base64.b64decode(str(header.get("public_key", "")), validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(data[body_at - SIGNATURE:body_at],
                                                              data[:body_at - SIGNATURE])
    except (InvalidSignature, ValueError):
        raise SyncFileError("signature") from None
    body = data[body_at:]
    if hashlib.sha256(body).hexdigest() != header.get("body_sha256"):
        raise SyncFileError("signature")
    return SyncFile(header, body, public_key)
