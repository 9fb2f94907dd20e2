"""Helpers for the exchange tests: quick exports, dumps of every table, rewriting a sealed bundle."""

from __future__ import annotations

import json

from unionrep.app.facade import Service, open_service
from unionrep.exchange import export_bundle
from unionrep.exchange.envelope import MIN_SCRYPT_N, open_bundle, seal
from unionrep.exchange.tables import exchanged_tables, read_rows

PASSPHRASE = "Mae hen wlad fy nhadau"


def export(service: Service, path, passphrase: str | None = PASSPHRASE, selection=None, *, force=False):
    """export_bundle at the lowest scrypt cost a bundle may use, to keep the tests quick."""
    return export_bundle(service.session, path, passphrase, selection, scrypt_n=MIN_SCRYPT_N, force=force)


def dump(service: Service) -> dict[str, list[tuple]]:
    """Every row of every table, to show that something changed nothing."""
    db = service.store.db
    return {name: sorted(map(tuple, db.execute(f"SELECT * FROM [{name}]").fetchall()), key=repr)
            for name in db.table_names()}


def records(service: Service) -> dict[str, dict]:
    """The exchanged records' content (without each database's own timestamps), by id."""
    db = service.store.db
    return {row["id"]: (table.name, row) for table in exchanged_tables(db) for row in read_rows(db, table)}


def rewrite(path, change, passphrase: str | None = PASSPHRASE) -> None:
    """Open the bundle at `path`, let `change` edit its JSON payload, and seal it again properly."""
    data = path.read_bytes()
    payload = json.loads(open_bundle(data, passphrase).payload)
    change(payload)
    path.write_bytes(seal(json.dumps(payload).encode(), passphrase, scrypt_n=MIN_SCRYPT_N))


def new_service(path) -> Service:
    service = open_service(path, create=True)
    service.init("denbighshire-2012")
    return service


def delete_rep(service: Service, rep_id: str) -> None:
    """Delete a rep with no time logged, and their roles, extensions, TOIL and hours (as
    Service.delete_rep means to), through the audited store."""
    from unionrep.core.hours import HoursChange
    from unionrep.core.model import Assignment, Extension, Rep, Toil

    assert not service.entries(rep_id)
    with service.store.atomic():
        for assignment in service.assignments(rep_id):
            service.store.delete(Assignment, assignment.id)
        for extension in service.extensions(rep_id):
            service.store.delete(Extension, extension.id)
        for toil in service.toil(rep_id):
            service.store.delete(Toil, toil.id)
        for change in service.hours(rep_id):
            service.store.delete(HoursChange, change.id)
        service.store.delete(Rep, rep_id)
