"""Bundles: export, preview an import, apply it. The application's exchange service calls these
with its Session (session.exchange.export/preview/apply is what the CLI and the GUI call).

    report = export_bundle(session, path, passphrase, Selection(rep="Siân Ŵyn"))
    preview = preview_import(session, path, passphrase)   # writes nothing
    result = apply_import(session, preview, {"<id>": "mine", ...})   # or "mine" / "theirs" for all

A passphrase of None exports a plain (unencrypted) bundle, and opens only a plain one. Preview and
import take a `progress(done, total, stage)` callback that can stop them (unionrep.exchange.progress).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import uuid
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep import __version__
from unionrep.collector import to_oldest_generation
from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.core.model import Entry, now_iso
from unionrep.core.overlaps import incoming_overlaps
from unionrep.exchange.bundle import Bundle, Incoming, build_payload, parse_payload
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N, MAX_PAYLOAD, check_passphrase, open_bundle, seal
from unionrep.exchange.errors import BundleError, StalePreview
from unionrep.exchange.merge import (
    ADD,
    CHANGE,
    DELETE,
    MINE,
    THEIRS,
    Plan,
    Step,
    check_choices,
    make_plan,
    resolve,
)
from unionrep.exchange.progress import NO_PROGRESS, Progress, Tracker
from unionrep.exchange.report import ExportReport, ImportPreview, ImportReport
from unionrep.exchange.rows import AuditedRows, checkpoint_put_off, page_cache_for
from unionrep.exchange.tables import Row, Table, exchanged_tables
from unionrep.exchange.validate import check_result, check_shapes
from unionrep.exchange.versions import (
    Local,
    bundle_seen,
    data_token,
    local_state,
    record_bundle,
    record_peer,
    save_versions,
    self_id,
    self_label,
)
from unionrep.files import check_target, place, stage
from unionrep.store.connection import database_path
from unionrep.store.records import from_row

if TYPE_CHECKING:  # the application layer passes its session in
    from unionrep.app.session import Session


@dataclass(frozen=True)
class Selection:
    """What goes in a bundle: one rep (id or exact name) or all, and entries/TOIL in a date range.

    Everything a selected record refers to goes too (its rep, a dispute's entry), and every
    deletion, so that the other side learns of it whatever the selection."""

    rep: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError("to", "{end} is before --from {start}", end=self.end, start=self.start)


def export_bundle(session: Session, path: Path | str, passphrase: str | None,
                  selection: Selection | None = None, *, scrypt_n: int = DEFAULT_SCRYPT_N,
                  force: bool = False) -> ExportReport:
    """Write a bundle to `path`: never over the database or its files, over another existing file
    only with `force` (unionrep.files.check_target)."""
    if passphrase is not None:
        check_passphrase(passphrase)
    chosen = selection or Selection()
    store = session.store
    db = store.db
    tables = exchanged_tables(db)
    rep_id = session.reps.find(chosen.rep).id if chosen.rep else None
    profile = session.profile.id
    target = check_target(path, database_path(db), force=force)
    staged: Path | None = None
    try:
        with store.atomic():
            me = self_id(db)
            local = local_state(db, tables, me)
            ids = _select(tables, local, rep_id, chosen) | {i for i, r in local.items() if r.row is None}
            bundle = bundle_of(db, profile, local, ids, encrypted=passphrase is not None,
                               selection={"rep": rep_id, "from": _iso(chosen.start), "to": _iso(chosen.end)})
            # The versions given out must be kept before the file exists, or a later edit could be
            # given the same version as the one in this bundle; and the bundle is recorded only if
            # its file can be written: the sealed file is staged beside the target inside the
            # transaction (a folder that cannot be written to rolls everything back) and renamed
            # into place once the transaction has committed.
            save_versions(db, ((i, r.table, r.hash, r.version) for i, r in local.items() if not r.stored))
            record_bundle(db, bundle.bundle_id, me, "out", len(bundle.records))
            data = seal(build_payload(bundle, tables), passphrase, scrypt_n=scrypt_n)
            staged = stage(target, data)
    except BaseException:
        if staged is not None:  # written, but the transaction did not commit
            staged.unlink(missing_ok=True)
        raise
    place(staged, target)
    deleted = sum(1 for r in bundle.records.values() if r.row is None)
    return ExportReport(target, bundle.bundle_id, passphrase is not None, bundle.counts(), deleted,
                        len(data))


def bundle_of(db: Any, profile: str, local: Mapping[str, Local], ids: set[str], *, encrypted: bool,
              selection: dict[str, Any]) -> Bundle:
    """A new bundle from this installation holding the records `ids` (live or deleted) of `local`."""
    bundle = Bundle(
        bundle_id=str(uuid.uuid4()), created_at=now_iso(), origin_id=self_id(db), origin_label=self_label(db),
        app=f"unionrep {__version__}", profile=profile, selection=selection, encrypted=encrypted,
    )
    for record_id, record in local.items():
        if record_id in ids:
            bundle.records[record_id] = Incoming(record.table, record.row, record.version, record.hash)
    return bundle


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _select(tables: list[Table], local: Mapping[str, Local], rep_id: str | None,
            selection: Selection) -> set[str]:
    by_table: dict[str, list[tuple[str, Any]]] = {t.name: [] for t in tables}
    for record_id, record in local.items():
        if record.row is not None:
            by_table[record.table].append((record_id, record.row))
    chosen: set[str] = set()
    start, end = _iso(selection.start), _iso(selection.end)
    for table in tables:
        dated = table.column("date") is not None
        for record_id, row in by_table[table.name]:
            if rep_id is not None:
                if table.name == "reps":
                    if record_id != rep_id:
                        continue
                elif "rep_id" in row:
                    if row["rep_id"] != rep_id:
                        continue
                elif not any(row.get(c) in chosen for c, _ in table.parents):
                    continue
            if dated and ((start and row["date"] < start) or (end and row["date"] > end)):
                continue
            chosen.add(record_id)
    return with_parents(tables, local, chosen)


def with_parents(tables: list[Table], local: Mapping[str, Local], chosen: set[str]) -> set[str]:
    """`chosen` and every record they refer to, so the other side can check and store them."""
    chosen = set(chosen)
    parents = {t.name: t.parents for t in tables}
    queue = [i for i in chosen if local[i].row is not None]
    while queue:
        record = local[queue.pop()]
        assert record.row is not None
        for column, _ in parents[record.table]:
            parent = record.row.get(column)
            if parent is not None and parent not in chosen and parent in local:
                chosen.add(parent)
                queue.append(parent)
    return chosen


def read_bundle_file(path: Path | str, limit: int | None = None) -> bytes:
    """The bundle file's bytes (its first `limit` bytes, if given), refusing one too large."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_PAYLOAD:
            raise BundleError("file_too_large", path=path, size=size // (1024 * 1024),
                              limit=MAX_PAYLOAD // (1024 * 1024))
        with Path(path).open("rb") as file:
            return file.read() if limit is None else file.read(limit)
    except OSError as exc:
        raise UnionrepError("cannot read {path}: {reason}", path=path, reason=exc.strerror or exc) from None


def preview_import(session: Session, path: Path | str, passphrase: str | None, *,
                   progress: Progress | None = None) -> ImportPreview:
    """Open, check and compare the bundle with this database; writes nothing."""
    return preview_data(session, read_bundle_file(path), passphrase, Path(path), progress=progress)


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """An import builds a few hundred thousand objects (rows, steps, records) that all live until
    it ends; the cyclic garbage collector would walk them again and again as they are made, for
    nothing (a third of the time of reading a large bundle). Reference counting still frees.

    When it ends, what it made goes straight to the collector's oldest generation
    (unionrep.collector), not to the youngest, whose next two collections would each walk it all
    (0.1 s each for a hundred thousand entries) only to find it alive: it lives as long as the
    preview and is then freed by reference counting."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        to_oldest_generation()
        if was:
            gc.enable()


def preview_data(session: Session, data: bytes, passphrase: str | None, path: Path,
                 leave_out: Collection[str] = (), *, progress: Progress | None = None) -> ImportPreview:
    """preview_import of a bundle already read (`path` names where it came from), without the
    records `leave_out` (a later bundle from the same installation carries them again)."""
    with _without_cyclic_gc():
        return _preview_data(session, data, passphrase, path, leave_out, Tracker(progress))


def _preview_data(session: Session, data: bytes, passphrase: str | None, path: Path,
                  leave_out: Collection[str], tracker: Tracker) -> ImportPreview:
    tracker.report(0, 0, "open")
    db = session.store.db
    tables = exchanged_tables(db)
    me = self_id(db)
    bundle = open_payload(data, passphrase, tables)
    for record_id in leave_out:
        bundle.records.pop(record_id, None)
    if bundle.origin_id == me:
        raise BundleError("own")
    tracker.report(0, len(bundle.records), "check")
    check_shapes(tables, bundle)
    token = data_token(db)
    local = local_state(db, tables, me)
    plan = make_plan(local, bundle, tables)
    # Check the records as they would stand if every conflict kept whichever side is not deleted;
    # apply_import checks again with the choices actually made.
    check_result(session, tables, local, _provisional(plan, local, bundle, tables, me).steps, tracker)
    tracker.report(0, 0, "compare")
    profile = session.profile.id
    return ImportPreview(Path(path), bundle, plan, local, tables, me, token,
                         already_imported=bundle_seen(db, bundle.bundle_id),
                         profile_differs=bool(bundle.profile) and bundle.profile != profile,
                         profile=session.profile, overlaps=_overlaps(plan, local))


def _overlaps(plan: Plan, local: Mapping[str, Local]) -> list[tuple[str, str]]:
    """Entries the import would add or change that overlap or repeat another of the rep's that day
    (nothing counted twice, RULES §3), as (entry id, other id).

    One pass over sets: the entries here come from the local state already read (the rows
    EntryService.same_day would select), and only the days holding two entries or more become
    Entry records to compare; an entry alone on its day overlaps nothing."""
    incoming = {s.id: new for s in plan.steps.values()
                if s.table == "entries" and (new := s.new) is not None and s.action in (ADD, CHANGE)}
    # as same_day asks for: the date as written here, YYYY-MM-DD
    written = {text: dt.date.fromisoformat(text).isoformat()
               for text in {row["date"] for row in incoming.values()}}
    days: dict[tuple[str, str], list[Row]] = {}
    for row in incoming.values():
        days.setdefault((row["rep_id"], written[row["date"]]), []).append(row)
    here: dict[tuple[str, str], list[Row]] = {}
    for record_id, mine in local.items():
        if mine.table == "entries" and (kept := mine.row) is not None and record_id not in incoming:
            day = (kept["rep_id"], kept["date"])
            if day in days:
                here.setdefault(day, []).append(kept)
    busy = [day for day, rows in days.items() if len(rows) + len(here.get(day, ())) > 1]
    arriving = [from_row(Entry, row) for day in busy for row in days[day]]
    there = [from_row(Entry, row) for day in busy for row in here.get(day, ())]
    return [(a.id, b.id) for a, b in incoming_overlaps(arriving, there)]


def open_payload(data: bytes, passphrase: str | None, tables: list[Table]) -> Bundle:
    """The records of a bundle file, checked for shape (not yet against this database)."""
    opened = open_bundle(data, passphrase)
    return parse_payload(opened.payload, tables, encrypted=opened.encrypted)


def _write(writer: AuditedRows, preview: ImportPreview, final: Plan, tracker: Tracker) -> None:
    """Adds and changes parents first, deletions children first: no reference is ever dangling."""
    tables = preview.tables
    rank = {t.name: i for i, t in enumerate(tables)}
    steps = sorted(final.steps.values(), key=lambda s: rank[s.table])
    added: dict[str, list[Step]] = {t.name: [] for t in tables}
    for step in steps:
        if step.action == ADD:
            added[step.table].append(step)
    for table in tables:
        writer.insert(table, [s.new for s in added[table.name] if s.new is not None],
                      revived=[s.id for s in added[table.name] if s.id in preview.local])
    changes = [s for s in steps if s.action == CHANGE]
    for step in tracker.counting(changes, len(steps), "write", writer.written):
        if step.old is not None and step.new is not None:
            writer.update(tables[rank[step.table]], step.id, step.old, step.new)
    writer.written += len(changes)
    deletions = [s for s in reversed(steps) if s.action == DELETE]
    for step in tracker.counting(deletions, len(steps), "write", writer.written):
        writer.delete(tables[rank[step.table]], step.id)
    writer.written += len(deletions)


def _provisional(plan: Plan, local: Mapping[str, Local], bundle: Bundle, tables: list[Table],
                 me: str) -> Plan:
    if not plan.conflicts:
        return plan
    choices = {i: MINE if c.mine is not None else THEIRS for i, c in plan.conflicts.items()}
    return resolve(plan, local, bundle, tables, choices, me)


def outcome(session: Session, preview: ImportPreview,
            resolutions: Mapping[str, str] | str | None = None) -> Plan:
    """What apply_import would write with these choices: the conflicts settled, and what each
    choice brings with it (steps whose `cause` is the record chosen). Checked; nothing written."""
    return _settled(session, preview, _choices(preview, resolutions), NO_PROGRESS)


def _choices(preview: ImportPreview, resolutions: Mapping[str, str] | str | None) -> dict[str, str]:
    if isinstance(resolutions, str):
        resolutions = dict.fromkeys(preview.plan.conflicts, resolutions)
    return check_choices(preview.plan, resolutions or {})


def _settled(session: Session, preview: ImportPreview, choices: Mapping[str, str], tracker: Tracker) -> Plan:
    if not preview.plan.conflicts:
        return preview.plan
    final = resolve(preview.plan, preview.local, preview.bundle, preview.tables, choices, preview.me)
    check_result(session, preview.tables, preview.local, final.steps, tracker)
    return final


def apply_import(session: Session, preview: ImportPreview,
                 resolutions: Mapping[str, str] | str | None = None, *,
                 progress: Progress | None = None) -> ImportReport:
    """Write what the preview showed, with each conflict settled as `resolutions` says (a record
    id → "mine" | "theirs", or one of those for all). One transaction: all of it or nothing, also
    when `progress` stops it (ImportCancelled). Its commit does not checkpoint the WAL: the caller
    does that once the import is done (session.exchange.checkpoint, rows.checkpoint_put_off)."""
    choices = _choices(preview, resolutions)
    tracker = Tracker(progress)
    store = session.store
    db = store.db
    with _without_cyclic_gc(), checkpoint_put_off(db.conn), store.atomic():
        if data_token(db) != preview.token:
            raise StalePreview()
        final = _settled(session, preview, choices, tracker)
        with page_cache_for(db.conn, len(final.steps) + len(final.versions)):
            _write(AuditedRows(store, tracker, len(final.steps)), preview, final, tracker)
            tracker.report(0, 0, "save")
            save_versions(db, ((i, r.table, r.hash, r.version) for i, r in preview.local.items()
                               if not r.stored and i not in final.versions))
            save_versions(db, ((i, *v) for i, v in final.versions.items()))
        if not preview.already_imported:
            bundle = preview.bundle
            record_peer(db, bundle.origin_id, bundle.origin_label, imported=True)
            record_bundle(db, bundle.bundle_id, bundle.origin_id, "in", len(bundle.records))
    resolved = {MINE: 0, THEIRS: 0}
    for choice in choices.values():
        resolved[choice] += 1
    return ImportReport(preview.bundle.bundle_id, list(final.steps.values()), resolved)
