"""Helpers for the exchange tests: quick exports, dumps of every table, rewriting a sealed bundle."""

from __future__ import annotations

import json

from unionrep.app.session import Session, open_session
from unionrep.exchange import export_bundle
from unionrep.exchange.envelope import MIN_SCRYPT_N, open_bundle, seal
from unionrep.exchange.tables import exchanged_tables, read_rows

PASSPHRASE = "Mae hen wlad fy nhadau"


def export(service: Session, path, passphrase: str | None = PASSPHRASE, selection=None, *, force=False):
    """export_bundle at the lowest scrypt cost a bundle may use, to keep the tests quick."""
    return export_bundle(service, path, passphrase, selection, scrypt_n=MIN_SCRYPT_N, force=force)


def dump(service: Session) -> dict[str, list[tuple]]:
    """Every row of every table, to show that something changed nothing."""
    db = service.store.db
    return {name: sorted(map(tuple, db.execute(f"SELECT * FROM [{name}]").fetchall()), key=repr)
            for name in db.table_names()}


def records(service: Session) -> dict[str, dict]:
    """The exchanged records' content (without each database's own timestamps), by id."""
    db = service.store.db
    return {row["id"]: (table.name, row) for table in exchanged_tables(db) for row in read_rows(db, table)}


def rewrite(path, change, passphrase: str | None = PASSPHRASE) -> None:
    """Open the bundle at `path`, let `change` edit its JSON payload, and seal it again properly."""
    data = path.read_bytes()
    payload = json.loads(open_bundle(data, passphrase).payload)
    change(payload)
    path.write_bytes(seal(json.dumps(payload).encode(), passphrase, scrypt_n=MIN_SCRYPT_N))


def new_book(path) -> Session:
    session = open_session(path, create=True)
    session.policy.init("denbighshire-2012")
    return session


def delete_rep(service: Session, rep_id: str) -> None:
    """Delete a rep with no time logged, and their roles, extensions, TOIL and hours (as
    deleting a rep means to), through the audited store."""
    from unionrep.core.hours import HoursChange
    from unionrep.core.model import Assignment, Extension, Rep, Toil

    assert not service.entries.all(rep_id)
    with service.store.atomic():
        for assignment in service.roles.assignments(rep_id):
            service.store.delete(Assignment, assignment.id)
        for extension in service.roles.extensions(rep_id):
            service.store.delete(Extension, extension.id)
        for toil in service.entries.toil(rep_id):
            service.store.delete(Toil, toil.id)
        for change in service.reps.hours(rep_id):
            service.store.delete(HoursChange, change.id)
        service.store.delete(Rep, rep_id)
