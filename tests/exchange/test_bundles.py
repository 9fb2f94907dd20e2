"""Bundles between two databases: what travels, what a bad bundle changes (nothing), merging."""

import dataclasses
import datetime as dt
import os
import shutil

import pytest
from exchange_helpers import PASSPHRASE, delete_rep, dump, export, new_book, records, rewrite

from unionrep.app.session import Session, open_session
from unionrep.core.errors import UnionrepError
from unionrep.core.model import APPROVED, TAKEN, Entry, Rep
from unionrep.exchange import (
    BundleError,
    ConflictsPending,
    RecordRejected,
    Selection,
    StalePreview,
    apply_import,
    outcome,
    preview_import,
)
from unionrep.exchange.envelope import open_bundle
from unionrep.exchange.merge import (
    BOTH_CHANGED,
    CHANGED_HERE_DELETED_THERE,
    DELETED_HERE_CHANGED_THERE,
    DELETED_WITH_DEPENDANTS,
)
from unionrep.store import crypto
from unionrep.store.connection import connect
from unionrep.store.records import Store


def exchange(source, target, path, resolutions=None, passphrase=PASSPHRASE):
    export(source, path, passphrase)
    preview = preview_import(target, path, passphrase)
    return preview, apply_import(target, preview, resolutions)


def test_everything_travels_and_arrives_audited(branch, laptop, tmp_path):
    preview, report = exchange(branch, laptop, tmp_path / "all.bundle")
    assert records(laptop) == records(branch)
    # 2 reps and their 2 weekly hours, 3 roles, 4 entries, 1 extension, 1 TOIL
    assert report.added == len(records(branch)) == 13
    assert {s.table for s in preview.added} == {"reps", "rep_hours", "assignments", "entries", "extensions",
                                                 "toil"}
    entry = branch.entries.all()[0]
    trail = laptop.store.history(entry.id)
    assert trail[0]["field"] == "*" and '"minutes": 150' in trail[0]["new"]
    # the laptop's balances come out the same as the branch's
    for rep in branch.reps.all():
        assert (laptop.balances.of(rep.id, dt.date(2025, 12, 1)).to_json()
                == branch.balances.of(rep.id, dt.date(2025, 12, 1)).to_json())


def test_importing_the_same_bundle_twice_changes_nothing(branch, laptop, tmp_path):
    path = tmp_path / "all.bundle"
    exchange(branch, laptop, path)
    before = dump(laptop)
    preview = preview_import(laptop, path, PASSPHRASE)
    assert preview.already_imported
    assert not (preview.added or preview.changed or preview.deletions or preview.conflicts)
    report = apply_import(laptop, preview)
    assert not report.written
    assert dump(laptop) == before


@pytest.mark.parametrize("damage", ["flip-header", "flip-body", "flip-tag", "truncate", "truncate-header"])
def test_a_damaged_bundle_is_refused_and_changes_nothing(branch, laptop, tmp_path, damage):
    path = tmp_path / "all.bundle"
    export(branch, path)
    data = bytearray(path.read_bytes())
    if damage == "flip-header":
        data[40] ^= 0x01
    elif damage == "flip-body":
        data[len(data) // 2 + 60] ^= 0x01
    elif damage == "flip-tag":
        data[-1] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) - 100]
    else:
        data = data[:30]
    path.write_bytes(bytes(data))
    before = dump(laptop)
    with pytest.raises(BundleError) as caught:
        preview_import(laptop, path, PASSPHRASE)
    expected = {"flip-header": {"header_damaged", "header"}, "flip-body": {"tampered"},
                "flip-tag": {"tampered"}, "truncate": {"truncated"}, "truncate-header": {"truncated"}}
    assert caught.value.reason in expected[damage]
    assert dump(laptop) == before


def test_wrong_passphrase_and_wrong_version_change_nothing(branch, laptop, tmp_path):
    path = tmp_path / "all.bundle"
    export(branch, path)
    before = dump(laptop)
    with pytest.raises(BundleError, match="passphrase is wrong"):
        preview_import(laptop, path, "Hen Wlad fy Nhadau")
    data = bytearray(path.read_bytes())
    data[17] = 2  # format version 2 (big-endian uint16 after the magic)
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError, match="format 2") as caught:
        preview_import(laptop, path, PASSPHRASE)
    assert caught.value.reason == "newer"
    assert dump(laptop) == before


def test_a_payload_of_another_format_is_refused(branch, laptop, tmp_path):
    path = tmp_path / "all.bundle"
    export(branch, path)
    rewrite(path, lambda p: p.update(format=2))
    with pytest.raises(BundleError, match="format"):
        preview_import(laptop, path, PASSPHRASE)


@pytest.mark.parametrize(("table", "column", "value", "field", "rule"), [
    ("entries", "category", "gossip", "category", "is not a category of this profile"),
    ("entries", "role", "janitor", "role", "is not a role of this profile"),
    ("entries", "date", "2025-02-30", "date", "is not a real date"),
    ("entries", "minutes", 0, "hours", "must be more than zero"),
    ("entries", "minutes", "ninety", "minutes", "is not a whole number"),
    # equal to a value the other rows hold (True == 1, 90.0 == 90), yet not a whole number
    ("entries", "paid", True, "paid", "is not a whole number"),
    ("entries", "minutes", 90.0, "minutes", "is not a whole number"),
    ("entries", "purpose", 7, "purpose", "is not"),
    ("entries", "status", "maybe", "status", "must be one of"),
    ("assignments", "role", "janitor", "role", "is not a role of this profile"),
    ("reps", "weekly_minutes", 90 * 60, "weekly-hours", "at most 80"),
    ("reps", "email", "not an address", "email", "is not an email address"),
    ("toil", "kind", "borrowed", "kind", "must be earned or taken"),
    ("extensions", "case_ref", "  ", "case_ref", "needs the case reference"),
])
def test_a_bad_record_refuses_the_bundle_naming_record_and_field(branch, laptop, tmp_path, table, column,
                                                                 value, field, rule):
    path = tmp_path / "all.bundle"
    export(branch, path)
    target = {}

    def spoil(payload):
        section = payload["tables"][table]
        i = section["columns"].index(column)
        section["rows"][-1][i] = value  # the last: a value equal to one before it is not new to a set
        target["id"] = section["rows"][-1][section["columns"].index("id")]

    rewrite(path, spoil)
    before = dump(laptop)
    with pytest.raises(RecordRejected) as caught:
        preview_import(laptop, path, PASSPHRASE)
    assert caught.value.table == table and caught.value.record_id == target["id"]
    assert caught.value.field == field and rule in caught.value.rule
    assert target["id"] in str(caught.value) and field in str(caught.value)
    assert dump(laptop) == before


@pytest.mark.parametrize("bad", ["not-an-id", "1b4e28ba-2fa1-41d2-883f-0016d3cca427\x1b[2J", 7])
def test_a_record_whose_id_is_not_a_uuid_refuses_the_bundle_naming_where(branch, laptop, tmp_path, bad):
    """A record's own id is checked as the bundle is read (the shape checks leave it out)."""
    path = tmp_path / "all.bundle"
    export(branch, path)

    def spoil(payload):
        section = payload["tables"]["entries"]
        section["rows"][-1][section["columns"].index("id")] = bad

    rewrite(path, spoil)
    before = dump(laptop)
    with pytest.raises(BundleError) as caught:
        preview_import(laptop, path, PASSPHRASE)
    assert "tables.entries.rows[3].id" in str(caught.value) and "UUID" in str(caught.value)
    assert dump(laptop) == before


def test_an_entry_referring_to_a_record_of_another_table_is_refused_naming_it(branch, laptop, tmp_path):
    """The references are looked for once per distinct record; the one at fault is still named."""
    path = tmp_path / "all.bundle"
    export(branch, path)
    target = {}

    def spoil(payload):
        entries, roles = payload["tables"]["entries"], payload["tables"]["assignments"]
        target["role"] = roles["rows"][0][roles["columns"].index("id")]
        row = entries["rows"][1]  # between entries whose reps are there
        row[entries["columns"].index("rep_id")] = target["role"]
        target["id"] = row[entries["columns"].index("id")]

    rewrite(path, spoil)
    with pytest.raises(RecordRejected) as caught:
        preview_import(laptop, path, PASSPHRASE)
    rejected = caught.value
    assert (rejected.table, rejected.record_id, rejected.field) == ("entries", target["id"], "rep_id")
    assert f"refers to {target['role']}, which is not a record of reps" in str(caught.value)


def test_an_entry_whose_rep_is_not_there_is_refused(branch, laptop, tmp_path):
    path = tmp_path / "all.bundle"
    export(branch, path)
    rewrite(path, lambda p: p["tables"].pop("reps"))
    with pytest.raises(RecordRejected, match="rep_id: refers to"):
        preview_import(laptop, path, PASSPHRASE)


def test_an_unknown_column_or_table_is_refused(branch, laptop, tmp_path):
    path = tmp_path / "all.bundle"
    export(branch, path)
    rewrite(path, lambda p: p["tables"]["reps"]["columns"].__setitem__(1, "shoe_size"))
    with pytest.raises(BundleError, match="shoe_size is not a column of reps"):
        preview_import(laptop, path, PASSPHRASE)
    export(branch, path, force=True)
    rewrite(path, lambda p: p["tables"].update(grudges={"columns": ["id"], "rows": [], "versions": []}))
    with pytest.raises(BundleError, match="grudges"):
        preview_import(laptop, path, PASSPHRASE)


def test_a_bundle_made_here_is_refused(branch, tmp_path):
    path = tmp_path / "own.bundle"
    export(branch, path)
    with pytest.raises(BundleError, match="made by this installation"):
        preview_import(branch, path, PASSPHRASE)


@pytest.mark.parametrize("where", ["no-folder", "not-a-folder", "read-only"])
def test_an_export_that_cannot_write_its_file_changes_nothing(branch, laptop, tmp_path, where):
    if where == "no-folder":
        path = tmp_path / "nonexistent" / "dir" / "x.bundle"
    elif where == "not-a-folder":
        (tmp_path / "a-file").write_text("")
        path = tmp_path / "a-file" / "x.bundle"
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        if os.access(folder, os.W_OK):  # root writes anywhere
            pytest.skip("running as a user every folder is writable to")
        path = folder / "x.bundle"
    # a version to give out
    branch.entries.edit(branch.entries.all()[0].id, purpose="Edited before the export")
    before = dump(branch)
    with pytest.raises(UnionrepError, match=r"cannot write|no such folder"):
        export(branch, path)
    assert dump(branch) == before  # no "out" bundle recorded, no versions kept
    assert not path.exists()
    if where == "read-only":
        assert list(path.parent.iterdir()) == []  # no staged file left behind
    # and the next export, to a folder that exists, works and is the only one recorded
    export(branch, tmp_path / "x.bundle")
    assert branch.store.db.execute("SELECT count(*) FROM sync_bundles").fetchone()[0] == 1
    apply_import(laptop, preview_import(laptop, tmp_path / "x.bundle", PASSPHRASE))
    assert records(laptop) == records(branch)


def test_one_rep_and_a_date_range(branch, laptop, tmp_path):
    sian = branch.reps.find("Siân Ŵyn")
    path = tmp_path / "sian.bundle"
    report = export(branch, path, selection=Selection(rep="Siân Ŵyn", start=dt.date(2025, 6, 1)))
    assert report.counts == {"reps": 1, "rep_hours": 1, "assignments": 2, "entries": 1, "extensions": 1}
    apply_import(laptop, preview_import(laptop, path, PASSPHRASE))
    assert [r.id for r in laptop.reps.all()] == [sian.id]
    assert [e.date for e in laptop.entries.all()] == [dt.date(2025, 6, 2)]
    assert laptop.entries.toil(sian.id) == []  # TOIL of 7 May is before the range


def test_plain_bundles_when_asked(branch, laptop, tmp_path):
    path = tmp_path / "plain.bundle"
    report = export(branch, path, passphrase=None)
    assert not report.encrypted
    assert "Siân Ŵyn".encode() in open_bundle(path.read_bytes(), None).payload  # readable by anyone
    preview = preview_import(laptop, path, None)
    assert not preview.bundle.encrypted
    apply_import(laptop, preview)
    assert records(laptop) == records(branch)


def test_changes_on_one_side_travel_and_deletions_as_tombstones(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    entries = laptop.entries.all()
    laptop.entries.edit(entries[2].id, status=APPROVED)
    laptop.entries.delete(entries[0].id)
    laptop.reps.edit(entries[1].rep_id, notes="Moved to the Rhyl office")
    added = laptop.entries.add(Entry(entries[1].rep_id, "steward", dt.date(2026, 2, 3), 30, "duties")).result
    preview, report = exchange(laptop, branch, tmp_path / "2.bundle")
    counts = (len(preview.added), len(preview.changed), len(preview.deletions), len(preview.conflicts))
    assert counts == (1, 2, 1, 0)
    assert records(branch) == records(laptop)
    assert branch.store.row("tombstones", entries[0].id)["tbl"] == "entries"
    assert branch.entries.get(added.id).minutes == 30
    # and back: the branch has nothing new for the laptop
    preview, report = exchange(branch, laptop, tmp_path / "3.bundle")
    assert not report.written and preview.plan.same == len(records(laptop)) + 1


def test_both_sides_changed_is_a_conflict_with_both_versions(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    entry = branch.entries.all()[0]
    branch.entries.edit(entry.id, purpose="Grievance hearing (adjourned)")
    laptop.entries.edit(entry.id, purpose="Grievance appeal", location="Ruthin")
    export(laptop, tmp_path / "2.bundle")
    preview = preview_import(branch, tmp_path / "2.bundle", PASSPHRASE)
    [conflict] = preview.conflicts
    assert conflict.kind == BOTH_CHANGED and conflict.id == entry.id
    assert conflict.mine["purpose"] == "Grievance hearing (adjourned)"
    assert conflict.theirs["purpose"] == "Grievance appeal"
    assert set(conflict.fields) == {"purpose", "location"}
    before = dump(branch)
    with pytest.raises(ConflictsPending):
        apply_import(branch, preview)
    assert dump(branch) == before
    apply_import(branch, preview, {entry.id: "theirs"})
    assert branch.entries.get(entry.id).purpose == "Grievance appeal"
    # the branch's choice goes back to the laptop without a second question
    preview, _ = exchange(branch, laptop, tmp_path / "3.bundle")
    assert not preview.conflicts
    assert records(branch) == records(laptop)


def test_keeping_mine_wins_on_the_other_side_too(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    rep = branch.reps.find("Dafydd ap Gwilym")
    branch.reps.edit(rep.id, manager="Gwen Edwards")
    laptop.reps.edit(rep.id, manager="Rhodri Morgan")
    export(laptop, tmp_path / "2.bundle")
    apply_import(branch, preview_import(branch, tmp_path / "2.bundle", PASSPHRASE), "mine")
    assert branch.reps.find(rep.id).manager == "Gwen Edwards"
    preview, _ = exchange(branch, laptop, tmp_path / "3.bundle")
    assert not preview.conflicts
    assert laptop.reps.find(rep.id).manager == "Gwen Edwards"


def test_edited_here_deleted_there(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    entry = branch.entries.all()[1]
    branch.entries.edit(entry.id, notes="Report written")
    laptop.entries.delete(entry.id)
    export(laptop, tmp_path / "2.bundle")
    preview = preview_import(branch, tmp_path / "2.bundle", PASSPHRASE)
    [conflict] = preview.conflicts
    assert conflict.kind == CHANGED_HERE_DELETED_THERE and conflict.theirs is None
    apply_import(branch, preview, "theirs")
    assert entry.id not in records(branch)
    export(branch, tmp_path / "3.bundle")
    back = preview_import(laptop, tmp_path / "3.bundle", PASSPHRASE)
    assert not back.conflicts


def test_deleted_here_changed_there_kept_as_theirs(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    entry = branch.entries.all()[1]
    branch.entries.delete(entry.id)
    laptop.entries.edit(entry.id, notes="Report written")
    export(laptop, tmp_path / "2.bundle")
    preview = preview_import(branch, tmp_path / "2.bundle", PASSPHRASE)
    [conflict] = preview.conflicts
    assert conflict.kind == DELETED_HERE_CHANGED_THERE and conflict.mine is None
    apply_import(branch, preview, "theirs")
    assert branch.entries.get(entry.id).notes == "Report written"
    assert branch.store.row("tombstones", entry.id) is None
    preview, _ = exchange(branch, laptop, tmp_path / "3.bundle")
    assert not preview.conflicts and records(branch) == records(laptop)


def test_a_rep_deleted_there_while_time_was_logged_here(branch, laptop, tmp_path):
    new = branch.reps.add(Rep(name="Llŷr Tudur")).result
    branch.roles.assign(new.id, "steward", dt.date(2025, 4, 1))
    exchange(branch, laptop, tmp_path / "1.bundle")
    delete_rep(branch, new.id)  # no time logged on the branch's side
    logged = laptop.entries.add(Entry(new.id, "steward", dt.date(2025, 11, 4), 120, "duties")).result
    export(branch, tmp_path / "2.bundle")
    preview = preview_import(laptop, tmp_path / "2.bundle", PASSPHRASE)
    [conflict] = preview.conflicts
    assert conflict.kind == DELETED_WITH_DEPENDANTS and conflict.id == new.id
    assert conflict.dependants == (("entries", logged.id),)
    # keeping the rep keeps the role and hours deleted with it, so the entry stays valid
    assert [s.table for s in preview.deletions] == ["assignments", "rep_hours"]  # deleted there with the rep
    assert not outcome(laptop, preview, "mine").steps
    apply_import(laptop, preview, "mine")
    assert laptop.reps.find(new.id).name == "Llŷr Tudur"
    assert [a.role for a in laptop.roles.assignments(new.id)] == ["steward"]
    preview, _ = exchange(laptop, branch, tmp_path / "3.bundle")
    assert not preview.conflicts
    assert records(branch) == records(laptop)
    assert branch.entries.get(logged.id).minutes == 120


def test_deleting_a_rep_deletes_what_depends_on_it_when_chosen(branch, laptop, tmp_path):
    new = branch.reps.add(Rep(name="Llŷr Tudur")).result
    branch.roles.assign(new.id, "steward", dt.date(2025, 4, 1))
    exchange(branch, laptop, tmp_path / "1.bundle")
    delete_rep(branch, new.id)
    logged = laptop.entries.add(Entry(new.id, "steward", dt.date(2025, 11, 4), 120, "duties")).result
    export(branch, tmp_path / "2.bundle")
    preview = preview_import(laptop, tmp_path / "2.bundle", PASSPHRASE)
    planned = outcome(laptop, preview, "theirs")  # what the choice would do, before it is made
    assert [(s.id, s.action, s.cause) for s in planned.steps.values() if s.cause] == [
        (logged.id, "delete", new.id)]
    report = apply_import(laptop, preview, "theirs")
    assert [(s.id, s.cause) for s in report.follow_on] == [(logged.id, new.id)]
    assert "depends on rep Llŷr Tudur" in report.text(preview.names)
    assert new.id not in records(laptop) and logged.id not in records(laptop)
    preview, _ = exchange(laptop, branch, tmp_path / "3.bundle")
    assert not preview.conflicts
    assert records(branch) == records(laptop)


def test_the_database_changing_after_the_preview_stops_the_import(branch, laptop, tmp_path):
    export(branch, tmp_path / "1.bundle")
    preview = preview_import(laptop, tmp_path / "1.bundle", PASSPHRASE)
    laptop.reps.add(Rep(name="Someone typing meanwhile"))
    before = dump(laptop)
    with pytest.raises(StalePreview):
        apply_import(laptop, preview)
    assert dump(laptop) == before


def test_resolutions_must_name_conflicts_and_choices(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    entry = branch.entries.all()[0]
    branch.entries.edit(entry.id, notes="a")
    laptop.entries.edit(entry.id, notes="b")
    export(laptop, tmp_path / "2.bundle")
    preview = preview_import(branch, tmp_path / "2.bundle", PASSPHRASE)
    with pytest.raises(UnionrepError, match="mine or theirs"):
        apply_import(branch, preview, {entry.id: "both"})
    with pytest.raises(UnionrepError, match="not a record in conflict"):
        apply_import(branch, preview, {entry.id: "mine", branch.reps.all()[0].id: "mine"})


def test_a_theirs_choice_that_breaks_a_rule_is_refused_whole(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    entry = branch.entries.all()[0]
    branch.entries.edit(entry.id, notes="kept here")
    laptop.entries.edit(entry.id, notes="changed there")
    export(laptop, tmp_path / "2.bundle")

    def invalidate(payload):  # their version now logs 30 hours in one entry
        section = payload["tables"]["entries"]
        for row in section["rows"]:
            if row[section["columns"].index("id")] == entry.id:
                row[section["columns"].index("minutes")] = 30 * 60
                row[section["columns"].index("start_time")] = None
                row[section["columns"].index("end_time")] = None

    rewrite(tmp_path / "2.bundle", invalidate)
    preview = preview_import(branch, tmp_path / "2.bundle", PASSPHRASE)  # mine is fine as it stands
    before = dump(branch)
    with pytest.raises(RecordRejected, match="hours"):
        apply_import(branch, preview, "theirs")
    assert dump(branch) == before


def test_disputes_travel_with_their_stages(branch, laptop, tmp_path):
    entry = branch.entries.all()[2]
    dispute = branch.disputes.open(entry.id, dt.date(2025, 9, 20), reasons="Short staffed").result
    branch.disputes.escalate(dispute.id, dt.date(2025, 9, 30), "Head of Service")
    preview, _ = exchange(branch, laptop, tmp_path / "1.bundle")
    assert {s.table for s in preview.added} >= {"disputes", "dispute_stages"}
    assert records(laptop) == records(branch)
    assert [s.number for s in laptop.disputes.stages(dispute.id)] == [0, 1]


def test_a_copied_database_is_told_to_take_its_own_identity(branch, tmp_path):
    branch.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy_path = tmp_path / "copy.db"
    shutil.copy(branch.store.db.execute("PRAGMA database_list").fetchone()[2], copy_path)
    copy = open_session(copy_path)
    export(branch, tmp_path / "1.bundle")
    with pytest.raises(BundleError, match="identity --new"):
        preview_import(copy, tmp_path / "1.bundle", PASSPHRASE)


def test_new_book_helper_gives_distinct_identities(tmp_path):
    from unionrep.exchange.versions import self_id

    one, two = new_book(tmp_path / "1.db"), new_book(tmp_path / "2.db")
    assert self_id(one.store.db) != self_id(two.store.db)


def test_entry_statuses_move_forward_across_the_exchange(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    approved = next(e for e in laptop.entries.all() if e.status == APPROVED)
    laptop.entries.edit(approved.id, status=TAKEN)
    exchange(laptop, branch, tmp_path / "2.bundle")
    assert branch.entries.get(approved.id).status == TAKEN
    assert dataclasses.asdict(branch.entries.get(approved.id)) == dataclasses.asdict(
        laptop.entries.get(approved.id))


@pytest.mark.skipif(crypto.cipher_module() is None, reason="SQLCipher is not installed")
def test_into_an_encrypted_database_and_what_sqlite_refuses_is_named(branch, tmp_path):
    sealed = Session(Store(connect(tmp_path / "sealed.db", create=True, encrypt=True,
                                   passphrase="database passphrase")))
    sealed.policy.init("denbighshire-2012")
    assert sealed.store.db.conn.unionrep_encrypted
    dispute = branch.disputes.open(branch.entries.all()[2].id, dt.date(2025, 9, 20)).result
    path = tmp_path / "all.bundle"
    export(branch, path)

    def odd_kind(payload):  # a kind the disputes table's CHECK constraint refuses
        section = payload["tables"]["disputes"]
        section["rows"][0][section["columns"].index("kind")] = "grumble"

    rewrite(path, odd_kind)
    before = dump(sealed)
    preview = preview_import(sealed, path, PASSPHRASE)
    with pytest.raises(RecordRejected) as caught:
        apply_import(sealed, preview)
    assert caught.value.table == "disputes" and caught.value.record_id == dispute.id
    assert "CHECK constraint failed" in str(caught.value)
    assert dump(sealed) == before
    export(branch, path, force=True)
    apply_import(sealed, preview_import(sealed, path, PASSPHRASE))
    assert records(sealed) == records(branch)


def test_a_bundle_from_an_older_version_without_a_column_keeps_ours(branch, laptop, tmp_path):
    exchange(branch, laptop, tmp_path / "1.bundle")
    first, second = branch.entries.all()[:2]
    branch.entries.edit(first.id, notes="Kept on the branch")
    exchange(branch, laptop, tmp_path / "2.bundle")
    laptop.entries.edit(first.id, purpose="Grievance appeal")
    export(laptop, tmp_path / "3.bundle")

    def without_notes(payload):  # as a unionrep from before entries had notes would write it
        section = payload["tables"]["entries"]
        i = section["columns"].index("notes")
        del section["columns"][i]
        for row in section["rows"]:
            del row[i]

    rewrite(tmp_path / "3.bundle", without_notes)
    preview = preview_import(branch, tmp_path / "3.bundle", PASSPHRASE)
    assert not preview.conflicts
    assert [(s.id, s.fields) for s in preview.changed] == [(first.id, ("purpose",))]
    apply_import(branch, preview)
    entry = branch.entries.get(first.id)
    assert (entry.purpose, entry.notes) == ("Grievance appeal", "Kept on the branch")
    assert branch.entries.get(second.id) == laptop.entries.get(second.id)
    # nothing looks changed afterwards
    export(branch, tmp_path / "4.bundle")
    assert not preview_import(laptop, tmp_path / "4.bundle", PASSPHRASE).conflicts


def test_the_preview_describes_records_in_welsh(branch, laptop, tmp_path) -> None:
    from unionrep.core import messages

    path = tmp_path / "branch.bundle"
    export(branch, path, None)
    preview = preview_import(laptop, path, None)
    added = [s for s in preview.added if s.table in ("entries", "toil", "assignments")]
    try:
        messages.set_lang("cy")
        welsh = [preview.names.describe(s.table, s.id, s.new) for s in added]
    finally:
        messages.set_lang(None)
    english = [preview.names.describe(s.table, s.id, s.new) for s in added]
    assert any(t.endswith(", 2:30 Dyletswyddau undeb llafur (cymerwyd)") for t in welsh)
    assert any("Gweithgareddau undeb (gwnaed cais)" in t for t in welsh)
    assert any(t.startswith("amser i ffwrdd yn lle a enillwyd 0:45") for t in welsh)
    assert any(t.startswith("rôl Cynrychiolydd iechyd a diogelwch Siân Ŵyn") for t in welsh)
    assert not [t for t in welsh if "TOIL" in t or "(taken)" in t or " duties" in t]
    assert any(t.endswith(", 2:30 duties (taken)") for t in english)  # English as before
