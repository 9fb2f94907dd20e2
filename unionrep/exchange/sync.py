"""One round with the branch's shared folder (OneDrive, Nextcloud, Dropbox, Syncthing, a network drive).

    report = sync_round(session, "/home/sian/OneDrive/Branch", passphrase)

Each installation writes only in a folder of its own, `unionrep-<its id>/`, under the branch folder:
numbered files `000001.unionrep-sync`, … (never rewritten), each a signed bundle of the records it
changed since its last round, and `applied.unionrep-sync`, how far it has applied everyone else's.
A round writes this installation's changes (if any) as the next file, then applies every trusted
peer's new files in order through the bundle merge (preview_import / apply_import): a file with
conflicts is held back, with its conflicts, until the user settles them. Then it removes its own
files that every trusted peer has applied. docs/bundle-format.md, "Syncing through a shared
folder", is the full description.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlite_utils import Database

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.core.model import now_iso
from unionrep.exchange.api import apply_import, bundle_of, open_payload, preview_data, with_parents
from unionrep.exchange.bundle import UUID, build_payload
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N, check_passphrase, seal
from unionrep.exchange.errors import StalePreview
from unionrep.exchange.merge import MINE, THEIRS
from unionrep.exchange.messages import t
from unionrep.exchange.report import ImportPreview, conflict_json
from unionrep.exchange.sync_file import (
    APPLIED,
    BUNDLE,
    SyncFile,
    SyncFileError,
    own_key,
    pack,
    read_header,
    unpack,
)
from unionrep.exchange.sync_state import (
    applied,
    applied_upto,
    held,
    hold,
    record_round,
    seen,
    set_applied,
    set_last_seq,
    trusted_key,
)
from unionrep.exchange.tables import exchanged_tables
from unionrep.exchange.versions import local_state, record_bundle, save_versions, self_id, self_label
from unionrep.files import place, stage
from unionrep.paths import fsync_dir
from unionrep.store.sync_folder import folder_state

if TYPE_CHECKING:  # the application layer passes its session in
    from unionrep.app.session import Session

SUFFIX = ".unionrep-sync"
FOLDER_PREFIX = "unionrep-"
NUMBERED = re.compile(r"(\d{6,})" + re.escape(SUFFIX))
ACK_NAME = "applied" + SUFFIX
PEER_FOLDER = re.compile(re.escape(FOLDER_PREFIX) + f"({UUID.pattern})")
NO_SELECTION = {"rep": None, "from": None, "to": None}


@dataclass
class SyncReport:
    """What one round did: `sent` and `received` count records (changes), `conflicts` those held back
    for the user, `skipped` the files not applied and why."""

    sent: int = 0
    files_sent: int = 0
    received: int = 0
    files_applied: int = 0
    removed: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def skip(self, path: Path, reason: str, **params: Any) -> None:
        entry = {"file": str(path), "why": t(f"sync.skip.{reason}", **params)}
        if "fingerprint" in params:
            entry["fingerprint"] = params["fingerprint"]
        self.skipped.append(entry)

    @property
    def waiting(self) -> int:
        """How many files were skipped for another reason than conflicts to resolve."""
        return sum(1 for s in self.skipped if not s.get("held"))

    def outcome(self) -> dict[str, int]:
        return {"sent": self.sent, "received": self.received, "conflicts": len(self.conflicts),
                "skipped": self.waiting}

    def to_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "received": self.received, "conflicts": self.conflicts,
                "skipped": self.skipped, "files_sent": self.files_sent, "files_applied": self.files_applied,
                "removed": self.removed}

    def text(self) -> str:
        if not (self.files_sent or self.files_applied or self.conflicts or self.skipped or self.removed):
            return t("sync.in_step")
        lines = [t("sync.done", sent=self.sent, files=self.files_sent, received=self.received,
                   applied=self.files_applied)]
        if self.removed:
            lines.append(t("sync.removed", count=self.removed))
        by_peer: dict[str, int] = {}
        for conflict in self.conflicts:
            peer = conflict["peer_label"] or conflict["peer"]
            by_peer[peer] = by_peer.get(peer, 0) + 1
        lines += [t("sync.conflicts", count=n, peer=peer) for peer, n in by_peer.items()]
        lines += [t("sync.skipped", file=s["file"], why=s["why"]) for s in self.skipped]
        return "\n".join(lines)


def own_folder(root: Path, me: str) -> Path:
    return root / f"{FOLDER_PREFIX}{me}"


def sync_round(session: Session, folder: Path | str, passphrase: str, *, resolve: str | None = None,
               scrypt_n: int = DEFAULT_SCRYPT_N) -> SyncReport:
    """One round; `resolve` ("mine" or "theirs") settles the conflicts of files held back."""
    root = Path(folder)
    if not root.is_dir():
        raise ValidationError("folder", "{path} is not a folder", path=root)
    if resolve not in (None, MINE, THEIRS):
        raise ValidationError("resolve", "must be mine or theirs")
    check_passphrase(passphrase)
    store = session.store
    db = store.db
    with store.atomic():
        me = self_id(db)
        key = own_key(db, me)
    mine = own_folder(root, me)
    try:
        mine.mkdir(exist_ok=True)
    except OSError as exc:
        raise UnionrepError("cannot write {path}: {reason}", path=mine, reason=exc.strerror or exc) from None
    report = SyncReport()
    peer_folders = _peer_folders(root, me)
    acks = {peer: _read_ack(db, path, peer) for peer, path in peer_folders.items()}
    # Receive first: conflicts settled in this round go out in this round's file.
    for peer, path in sorted(peer_folders.items()):
        _receive(session, peer, path, passphrase, resolve, report)
    _send(session, mine, key, passphrase, scrypt_n, acks, report)
    _write_ack(db, mine, me, key)
    report.removed = _housekeep(db, mine, me, acks)
    outcome = report.outcome()
    if outcome != folder_state(db).last_round:  # a round like the last one leaves the database be
        with store.atomic():
            record_round(db, outcome)
    return report


def _peer_folders(root: Path, me: str) -> dict[str, Path]:
    found = {}
    for child in root.iterdir():
        match = PEER_FOLDER.fullmatch(child.name)
        if match and match.group(1) != me and child.is_dir():
            found[match.group(1)] = child
    return found


def _numbered(folder: Path, report: SyncReport | None = None) -> dict[int, Path]:
    """The numbered files of an installation's folder; anything else made by a sync service (a
    conflicted copy, a renamed duplicate) is listed as skipped, and our own temporary files ignored."""
    files = {}
    try:
        children = list(folder.iterdir())
    except OSError:
        return {}
    for child in children:
        if child.name.startswith(".") or child.name == ACK_NAME:
            continue
        match = NUMBERED.fullmatch(child.name)
        if match:
            files[int(match.group(1))] = child
        elif report is not None and child.is_file():
            report.skip(child, "copy")
    return files


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None  # gone meanwhile, or not readable yet: a later round reads it


# -- sending ---------------------------------------------------------------------------------------


def _send(session: Session, mine: Path, key: Ed25519PrivateKey, passphrase: str, scrypt_n: int,
          acks: Mapping[str, Mapping[str, int]], report: SyncReport) -> None:
    store = session.store
    db = store.db
    profile = session.profile.id
    staged: Path | None = None
    try:
        with store.atomic():
            me = self_id(db)
            tables = exchanged_tables(db)
            local = local_state(db, tables, me)
            save_versions(db, ((i, r.table, r.hash, r.version) for i, r in local.items() if not r.stored))
            existing = _numbered(mine)
            kept = folder_state(db).last_seq
            for number in sorted(n for n in existing if n > kept):
                report.skip(existing[number], "twin")
            last = max([kept, *existing, *(a.get(me, 0) for a in acks.values())])
            full = last == 0 or _snapshot_needed(db, mine, me, existing, acks)
            sent = dict(db.execute("SELECT id, counter FROM sync_sent").fetchall())
            ids = set(local) if full else {i for i, r in local.items()
                                           if r.version.get(me, 0) > sent.get(i, 0)}
            if not ids:
                return
            ids = with_parents(tables, local, ids)
            bundle = bundle_of(db, profile, local, ids, encrypted=True, selection=NO_SELECTION)
            record_bundle(db, bundle.bundle_id, me, "out", len(bundle.records))
            db.conn.executemany(
                "INSERT INTO sync_sent (id, counter) VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET counter = excluded.counter",
                [(i, local[i].version[me]) for i in ids if me in local[i].version])
            seq = last + 1
            set_last_seq(db, seq)
            header = {"kind": BUNDLE, "installation": me, "label": self_label(db), "seq": seq, "full": full,
                      "created_at": now_iso()}
            data = pack(header, seal(build_payload(bundle, tables), passphrase, scrypt_n=scrypt_n), key)
            target = mine / f"{seq:06d}{SUFFIX}"
            staged = stage(target, data)
            report.sent = len(bundle.records)
            report.files_sent = 1
    except BaseException:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise
    _place_new(staged, target)


def _place_new(staged: Path, target: Path) -> None:
    """Give the staged file its name, never replacing a file already there (numbered files are
    never rewritten: a peer may have applied it)."""
    try:
        os.link(staged, target)
    except FileExistsError:
        raise UnionrepError("cannot write {path}: a file of that name is already there",
                            path=target) from None
    except OSError as exc:
        raise UnionrepError("cannot write {path}: {reason}", path=target,
                            reason=exc.strerror or exc) from None
    finally:
        staged.unlink(missing_ok=True)
    fsync_dir(target.parent)


def _snapshot_needed(db: Database, mine: Path, me: str, existing: Mapping[int, Path],
                     acks: Mapping[str, Mapping[str, int]]) -> bool:
    """Whether a trusted peer cannot catch up from the files there (some it needs were removed, or it
    is new), and no complete file (`full`) newer than what it has applied is there for it."""
    last = max([folder_state(db).last_seq, *existing])
    for (peer,) in db.execute("SELECT id FROM sync_trust WHERE trusted = 1").fetchall():
        upto = acks.get(peer, {}).get(me, 0)
        if upto >= last or all(n in existing for n in range(upto + 1, last + 1)):
            continue
        if not any(n > upto and _is_full(path) for n, path in existing.items()):
            return True
    return False


def _is_full(path: Path) -> bool:
    data = _read(path)
    try:
        return data is not None and bool(read_header(data).get("full"))
    except SyncFileError:
        return False


# -- receiving -------------------------------------------------------------------------------------


def _receive(session: Session, peer: str, folder: Path, passphrase: str, resolve: str | None,
             report: SyncReport) -> None:
    """Apply the peer's files in order from the first not yet applied; stop at the first that cannot
    be (still arriving, not trusted, held for conflicts): later files may build on it."""
    db = session.store.db
    files = _numbered(folder, report)
    done = applied_upto(db, peer)
    while True:
        todo = sorted(n for n in files if n > done)
        if not todo:
            return
        number = done + 1
        if number not in files:
            full = next((n for n in reversed(todo) if _is_full(files[n])), None)
            if full is None:
                report.skip(files[todo[0]], "waiting", missing=f"{number:06d}{SUFFIX}")
                return
            number = full
        if not _apply_file(session, peer, files, number, passphrase, resolve, report):
            refused = report.skipped[-1] if report.skipped else {}
            if "fingerprint" in refused:  # not trusted: every file of theirs waits, and is listed
                report.skipped += [{**refused, "file": str(files[n])} for n in todo if n > number]
            return
        done = number


def _preview_file(session: Session, peer: str, files: Mapping[int, Path], number: int, passphrase: str,
                  resolve: str | None, report: SyncReport) -> ImportPreview | None:
    """The import preview of the peer's file `number`, or None (and why, in `report`)."""
    db = session.store.db
    path = files[number]
    data = _read(path)
    if data is None:
        report.skip(path, "incomplete")
        return None
    try:
        sync_file = unpack(data)
    except SyncFileError as exc:
        report.skip(path, exc.reason, **exc.params)
        return None
    header = sync_file.header
    if header.get("kind") != BUNDLE or sync_file.peer != peer or header.get("seq") != number:
        report.skip(path, "wrong_place")
        return None
    if not _trusted(db, peer, sync_file, path, report):
        return None
    try:
        preview = preview_data(session, sync_file.body, passphrase, path)
        if preview.conflicts and resolve is None:
            # A record the peer sent again in a later file (its own choice in the same conflict,
            # or a later edit) is taken from there: its version here is only a step on the way.
            again = _carried_later(db, files, number, passphrase, sync_file.public_key) & {
                c.id for c in preview.conflicts}
            if again:
                preview = preview_data(session, sync_file.body, passphrase, path, leave_out=again)
    except UnionrepError as exc:
        report.skipped.append({"file": str(path), "why": str(exc)})
        return None
    return preview


def held_previews(session: Session, folder: Path | str, passphrase: str) -> list[ImportPreview]:
    """The files held back for conflicts, each as the import preview the conflicts dialog shows
    (once imported from there, the next round goes on after it)."""
    found = []
    for peer, number in sorted(held(session.store.db).items()):
        files = _numbered(Path(folder) / f"{FOLDER_PREFIX}{peer}")
        if number in files:
            preview = _preview_file(session, peer, files, number, passphrase, None, SyncReport())
            if preview is not None and preview.conflicts and not preview.already_imported:
                found.append(preview)
    return found


def _apply_file(session: Session, peer: str, files: Mapping[int, Path], number: int, passphrase: str,
                resolve: str | None, report: SyncReport) -> bool:
    store = session.store
    db = store.db
    path = files[number]
    preview = _preview_file(session, peer, files, number, passphrase, resolve, report)
    if preview is None:
        return False
    try:
        if preview.conflicts and resolve is None and not preview.already_imported:
            with store.atomic():
                hold(db, peer, number, len(preview.conflicts))
            names = preview.names
            label = preview.bundle.origin_label
            report.conflicts += [{**conflict_json(c, names), "peer": peer, "peer_label": label,
                                  "file": str(path)} for c in preview.conflicts]
            report.skip(path, "held", count=len(preview.conflicts))
            report.skipped[-1]["held"] = True
            return False
        with store.atomic():
            if not preview.already_imported:
                result = apply_import(session, preview, resolve)
                report.received += len(result.steps)
            set_applied(db, peer, number)
    except StalePreview:
        report.skip(path, "stale")
        return False
    report.files_applied += 1
    return True


def _carried_later(db: Database, files: Mapping[int, Path], after: int, passphrase: str,
                   key: bytes) -> set[str]:
    """The records that the peer's later files (whole, and signed with the same key) carry."""
    tables = exchanged_tables(db)
    carried: set[str] = set()
    for number in sorted(n for n in files if n > after):
        data = _read(files[number])
        try:
            later = unpack(data or b"")
            if later.public_key != key:
                break
            carried |= set(open_payload(later.body, passphrase, tables).records)
        except (SyncFileError, UnionrepError):
            break
    return carried


def _trusted(db: Database, peer: str, sync_file: SyncFile, path: Path, report: SyncReport) -> bool:
    key = trusted_key(db, peer)
    if key == sync_file.public_key:
        return True
    if key is None:
        with db.atomic():
            seen(db, peer, str(sync_file.header.get("label", "")), sync_file.public_key)
    report.skip(path, "untrusted" if key is None else "other_key", fingerprint=sync_file.fingerprint)
    return False


# -- what each installation has applied, and housekeeping -----------------------------------------


def _read_ack(db: Database, folder: Path, peer: str) -> dict[str, int]:
    """What the peer says it has applied of everyone's files: only if it is trusted and signed it.
    (An installation not trusted yet is remembered as seen, so that it can be trusted.)"""
    data = _read(folder / ACK_NAME)
    if data is None:
        return {}
    try:
        ack = unpack(data)
    except SyncFileError:
        return {}
    if ack.peer != peer or ack.header.get("kind") != APPLIED:
        return {}
    key = trusted_key(db, peer)
    if key is None:
        with db.atomic():
            seen(db, peer, str(ack.header.get("label", "")), ack.public_key)
    if ack.public_key != key:
        return {}
    upto = ack.header.get("applied")
    if not isinstance(upto, dict):
        return {}
    return {str(k): v for k, v in upto.items() if type(v) is int}


def _write_ack(db: Database, mine: Path, me: str, key: Ed25519PrivateKey) -> None:
    """Say what this installation has applied (written on the first round too, so that the others
    see its key and can trust it before it has records to send)."""
    upto = applied(db)
    label = self_label(db)
    path = mine / ACK_NAME
    data = _read(path)
    if data is not None:
        try:
            header = unpack(data).header
            if header.get("applied") == upto and header.get("label") == label:
                return
        except SyncFileError:
            pass
    data = pack({"kind": APPLIED, "installation": me, "label": label, "applied": upto,
                 "created_at": now_iso()}, b"", key)
    place(stage(path, data), path)


def _housekeep(db: Database, mine: Path, me: str, acks: Mapping[str, Mapping[str, int]]) -> int:
    """Remove this installation's files that every trusted peer has applied (none while no peer is
    trusted: a peer yet to come reads them)."""
    trusted = [r[0] for r in db.execute("SELECT id FROM sync_trust WHERE trusted = 1").fetchall()]
    if not trusted:
        return 0
    upto = min(acks.get(peer, {}).get(me, 0) for peer in trusted)
    removed = 0
    for number, path in _numbered(mine).items():
        if number <= upto:
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass  # tried again next round
    return removed
