"""A large import writes its entries without the per-row year-totals trigger (schema_totals
.bulk_load); the totals, the balances and the trigger come out as a row-by-row import leaves them."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from exchange_helpers import PASSPHRASE, dump, export, new_book, records

from unionrep.core.model import Entry, Rep
from unionrep.exchange import apply_import, preview_import, rows
from unionrep.exchange.progress import ImportCancelled
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


def changes_counted(book):
    return book.store.db.execute("SELECT count FROM book_changes").fetchone()[0]


def count_trigger(book):
    return book.store.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name = 'book_changes_entries_insert'").fetchone()


def test_a_large_import_raises_the_books_count_of_changes_as_row_by_row(branch, tmp_path, monkeypatch):
    """In bulk the entries' counting trigger is left out and the count raised once, by as much."""
    export(branch, tmp_path / "all.bundle")
    raised = {}
    for bulk_from, name in ((1, "in bulk"), (10**9, "row by row")):
        monkeypatch.setattr(rows, "BULK_ENTRIES", bulk_from)
        laptop = new_book(tmp_path / f"{bulk_from}.db")
        trigger, before = count_trigger(laptop), changes_counted(laptop)
        apply_import(laptop, preview_import(laptop, tmp_path / "all.bundle", PASSPHRASE))
        raised[name] = changes_counted(laptop) - before
        assert count_trigger(laptop) == trigger  # made again as it was stored
        laptop.entries.add(Entry(laptop.reps.find("Siân Ŵyn").id, "steward", ON, 30, "duties"))
        assert changes_counted(laptop) - before == raised[name] + 1  # and counting again
    # one for each record written: 2 reps, their 2 weekly hours, 3 roles, 4 entries, an extension, TOIL
    assert raised["in bulk"] == raised["row by row"] == len(records(branch)) == 2 + 2 + 3 + 4 + 1 + 1


def test_entries_fewer_than_those_already_there_are_written_row_by_row(branch, tmp_path, monkeypatch):
    monkeypatch.setattr(rows, "BULK_ENTRIES", 1)
    used = []
    monkeypatch.setattr(rows, "bulk_load", lambda db: used.append(1) or pytest.fail("bulk load"))
    laptop = new_book(tmp_path / "laptop.db")
    export(branch, tmp_path / "first.bundle")
    # the laptop already has more entries than the bundle brings: keep totals row by row
    rep = laptop.reps.add(Rep(name="Huw Llŷr")).result
    laptop.roles.assign(rep.id, "steward", dt.date(2024, 4, 1))
    for day in range(1, 8):
        laptop.entries.add(Entry(rep.id, "steward", dt.date(2025, 5, day), 60, "duties"))
    apply_import(laptop, preview_import(laptop, tmp_path / "first.bundle", PASSPHRASE))
    assert not used
    assert totals(laptop) == fresh(laptop)


def imported_audit(book, table):
    """(audit id, row id, the audit row's JSON) of each row of `table` the import added, by audit id."""
    return book.store.db.execute(
        "SELECT id, row_id, new FROM audit WHERE tbl = ? AND field = '*' ORDER BY id", [table]).fetchall()


def check_audit(branch, laptop, table):
    """Every row of `table` audited once, as json.dumps(row, ensure_ascii=False) writes it (the row as
    the bundle carries it: its columns in sorted order, without this side's timestamps), under
    distinct version 4 UUIDs that rise with the rows' ids."""
    sent = {row_id: row for row_id, (name, row) in records(branch).items() if name == table}
    audit = [found for found in imported_audit(laptop, table) if found[1] in sent]
    assert sorted(row_id for _, row_id, _ in audit) == sorted(sent)
    for _, row_id, text in audit:
        assert text == json.dumps(dict(sorted(sent[row_id].items())), ensure_ascii=False)
    ids = [audit_id for audit_id, _, _ in audit]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text  # lower case, hyphens where uuid puts them
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    return [row_id for _, row_id, _ in audit]


def test_the_audit_rows_of_an_import_hold_each_row_as_json_under_ascending_ids(branch, tmp_path):
    sian = branch.reps.find("Siân Ŵyn")
    branch.entries.add(Entry(sian.id, "steward", dt.date(2025, 7, 1), 60, "duties",
                             purpose='Cyfarfod "brys" — ystafell 2', notes="Llinell 1\nLlinell 2\\3"))
    export(branch, tmp_path / "all.bundle")
    laptop = new_book(tmp_path / "laptop.db")
    apply_import(laptop, preview_import(laptop, tmp_path / "all.bundle", PASSPHRASE))
    for table in ("reps", "entries", "assignments", "extensions", "toil"):
        in_order = check_audit(branch, laptop, table)
        assert in_order == sorted(in_order)  # ids given in the order the rows were written, by id
    text = next(t for _, _, t in imported_audit(laptop, "entries") if "brys" in t)
    assert '"notes": "Llinell 1\\nLlinell 2\\\\3"' in text  # the newline and the backslash escaped
    assert '"purpose": "Cyfarfod \\"brys\\" — ystafell 2"' in text  # the quotes escaped, the rest as written


def test_rows_sqlite_numbers_as_it_chooses_are_audited_each_by_its_id(branch, tmp_path):
    """A table whose largest rowid is 2**63 - 1 gets new rowids at random: the audit rows are then
    made row by row, and are the same."""
    export(branch, tmp_path / "all.bundle")
    laptop = new_book(tmp_path / "laptop.db")
    laptop.reps.add(Rep(name="Huw Llŷr"))
    laptop.store.db.execute("UPDATE reps SET rowid = 9223372036854775807")
    apply_import(laptop, preview_import(laptop, tmp_path / "all.bundle", PASSPHRASE))
    assert laptop.store.db.execute("SELECT count(*) FROM reps").fetchone()[0] == 3
    check_audit(branch, laptop, "reps")
    check_audit(branch, laptop, "entries")


def schema(book):
    """Every row of sqlite_master but the page each index or table starts at."""
    return sorted(book.store.db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())


def entry_indexes(book):
    return sorted(r[0] for r in book.store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' AND sql IS NOT NULL"))


class WhileWriting:
    """A progress callback that notes the entries' indexes at each report of the stage "write",
    and stops the import at its `stop_at`-th one (never, if None)."""

    def __init__(self, book, stop_at: int | None = None) -> None:
        self.book, self.stop_at = book, stop_at
        self.seen: list[list[str]] = []

    def __call__(self, done: int, total: int, stage: str) -> bool:
        if stage != "write":
            return True
        self.seen.append(entry_indexes(self.book))
        return self.stop_at is None or len(self.seen) < self.stop_at


@pytest.fixture
def bulk_laptop(branch, tmp_path, monkeypatch):
    """A new book and the preview of the branch's bundle, to be imported in bulk with a progress
    report at every record."""
    monkeypatch.setattr(rows, "BULK_ENTRIES", 1)
    monkeypatch.setattr("unionrep.exchange.progress.EVERY", 1)
    export(branch, tmp_path / "all.bundle")
    laptop = new_book(tmp_path / "laptop.db")
    return laptop, preview_import(laptop, tmp_path / "all.bundle", PASSPHRASE)


def test_a_bulk_import_builds_the_entries_indexes_afterwards_as_the_schema_has_them(branch, bulk_laptop):
    laptop, preview = bulk_laptop
    before, indexes = schema(laptop), entry_indexes(laptop)
    assert len(indexes) == 8
    heard = WhileWriting(laptop)
    apply_import(laptop, preview, progress=heard)
    # written one by one: 2 reps, 2 weekly hours, 3 roles, then the 4 entries without their indexes
    assert [len(names) for names in heard.seen] == [8] * 7 + [0] * 4 + [8] * 2
    assert schema(laptop) == before
    db = laptop.store.db
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # each index holds every row
    sian = laptop.reps.find("Siân Ŵyn").id
    assert db.execute("SELECT count(*) FROM entries INDEXED BY entries_rep_date WHERE rep_id = ?",
                      [sian]).fetchone()[0] == sum(1 for _, (t, row) in records(branch).items()
                                                   if t == "entries" and row["rep_id"] == sian)


def test_an_import_stopped_while_its_entries_are_loaded_puts_their_indexes_back(bulk_laptop):
    laptop, preview = bulk_laptop
    before, rows_before = schema(laptop), dump(laptop)
    heard = WhileWriting(laptop, stop_at=9)  # the second entry
    with pytest.raises(ImportCancelled):
        apply_import(laptop, preview, progress=heard)
    assert heard.seen[-1] == []  # stopped with the indexes left out
    assert schema(laptop) == before
    assert dump(laptop) == rows_before
    assert laptop.store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def cache_size(book):
    return book.store.db.execute("PRAGMA cache_size").fetchone()[0]


@pytest.mark.parametrize("stop", [False, True], ids=["imported", "stopped"])
def test_a_big_import_grows_the_page_cache_while_it_writes_and_gives_it_back(branch, tmp_path, monkeypatch,
                                                                           stop):
    monkeypatch.setattr(rows, "BIG_IMPORT", 1)
    export(branch, tmp_path / "all.bundle")
    laptop = new_book(tmp_path / "laptop.db")
    preview = preview_import(laptop, tmp_path / "all.bundle", PASSPHRASE)
    before = cache_size(laptop)
    during = []

    def heard(done, total, stage):
        during.append(cache_size(laptop))
        return not (stop and stage == "audit")

    if stop:
        with pytest.raises(ImportCancelled):
            apply_import(laptop, preview, progress=heard)
    else:
        apply_import(laptop, preview, progress=heard)
    assert before != -rows.BIG_CACHE_KIB
    assert set(during) == {-rows.BIG_CACHE_KIB}  # 128 MiB, written as minus its KiB
    assert cache_size(laptop) == before
