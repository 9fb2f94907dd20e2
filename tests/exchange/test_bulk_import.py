"""A large import writes its entries without the per-row year-totals trigger (schema_totals
.bulk_load); the totals, the balances and the trigger come out as a row-by-row import leaves them."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from exchange_helpers import PASSPHRASE, export, new_book

from unionrep.exchange import apply_import, preview_import, rows
from unionrep.store.schema_totals import INSERT_TRIGGER, REBUILD_SQL

ON = dt.date(2025, 12, 1)


def totals(service):
    return sorted(map(tuple, service.store.db.execute(
        "SELECT rep_id, year_start, role, category, status, paid, minutes, n FROM year_totals").fetchall()))


def fresh(service):
    select = REBUILD_SQL.replace("INSERT INTO year_totals (rep_id, year_start, role, category, status, paid, "
                                 "minutes, n)", "")
    return sorted(map(tuple, service.store.db.execute(select, {"rep_id": None}).fetchall()))


def has_trigger(service):
    return service.store.db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                    [INSERT_TRIGGER]).fetchone()[0] == 1


@pytest.mark.parametrize("bulk_from", [1, 10**9], ids=["in bulk", "row by row"])
def test_a_large_import_keeps_the_totals_exact(branch, tmp_path, monkeypatch, bulk_from):
    monkeypatch.setattr(rows, "BULK_ENTRIES", bulk_from)
    used = []
    real = rows.bulk_load
    monkeypatch.setattr(rows, "bulk_load", lambda db: used.append(1) or real(db))
    path = tmp_path / "all.bundle"
    export(branch, path)
    laptop = new_book(tmp_path / "laptop.db")
    apply_import(laptop, preview_import(laptop, path, PASSPHRASE))
    assert bool(used) == (bulk_from == 1)
    assert has_trigger(laptop)
    assert totals(laptop) == fresh(laptop) == totals(branch)
    for rep in branch.reps.all():
        assert laptop.balances.of(rep.id, ON).to_json() == branch.balances.of(rep.id, ON).to_json()


def test_entries_fewer_than_those_already_there_are_written_row_by_row(branch, tmp_path, monkeypatch):
    monkeypatch.setattr(rows, "BULK_ENTRIES", 1)
    used = []
    monkeypatch.setattr(rows, "bulk_load", lambda db: used.append(1) or pytest.fail("bulk load"))
    laptop = new_book(tmp_path / "laptop.db")
    export(branch, tmp_path / "first.bundle")
    # the laptop already has more entries than the bundle brings: keep totals row by row
    from unionrep.core.model import Entry, Rep

    rep = laptop.reps.add(Rep(name="Huw Llŷr")).result
    laptop.roles.assign(rep.id, "steward", dt.date(2024, 4, 1))
    for day in range(1, 8):
        laptop.entries.add(Entry(rep.id, "steward", dt.date(2025, 5, day), 60, "duties"))
    apply_import(laptop, preview_import(laptop, tmp_path / "first.bundle", PASSPHRASE))
    assert not used
    assert totals(laptop) == fresh(laptop)


def test_audit_ids_are_distinct_version_4_uuids_in_ascending_order():
    ids = rows.audit_ids(5_000)
    assert ids == sorted(ids)
    assert len(set(ids)) == 5_000
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text  # lower case, hyphens where uuid puts them
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # every variant digit turns up (8, 9, a, b): the 17th digit is random in its low two bits
    assert {text[19] for text in ids} == set("89ab")
    assert rows.audit_ids(0) == []
