"""Undo and redo in the application layer, without Qt: each action is one ChangeSet; undoing it is
a new change, checked like any write, and refused with the reason (nothing written) where a rule
forbids it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from unionrep.app.session import open_session
from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep, Toil

D = dt.date


def everything(session) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, so a refused undo can be shown to change nothing at all."""
    db = session.store.db
    return {table: list(db.query(f"SELECT * FROM [{table}]")) for table in db.table_names()}


@pytest.fixture
def rep(session) -> Rep:
    rep = session.reps.add(Rep(name="Nia Wyn Edwards")).result
    session.roles.assign(rep.id, "steward", D(2025, 4, 1))
    return rep


def _entry(rep: Rep, hours: float = 2, status: str = "taken", day: int = 1) -> Entry:
    return Entry(rep.id, "steward", D(2025, 10, day), int(hours * 60), "duties", status=status)


def test_a_write_returns_the_rows_it_touched_and_what_they_are(session, rep) -> None:
    change = session.entries.add(_entry(rep))
    assert change.action == "entry.add" and change.label("en") == "Log time"
    assert change.label("cy") == "Cofnodi amser"
    [row] = change.rows
    assert (row.table, row.row_id, row.before) == ("entries", change.result.id, None)
    assert row.after is not None and row.after["minutes"] == 120
    assert change.kinds == ["entries"]


def test_opening_a_dispute_on_a_request_is_one_change_of_three_rows(session, rep) -> None:
    entry = session.entries.add(_entry(rep, status="requested")).result
    change = session.disputes.open(entry.id, D(2025, 10, 2), "No cover")
    assert [(r.table, r.before is None) for r in change.rows] == [
        ("entries", False), ("disputes", True), ("dispute_stages", True)]
    assert change.rows[0].before["status"] == "requested" and change.rows[0].after["status"] == "refused"
    assert change.kinds == ["disputes", "entries"]


def test_undo_a_deletion_puts_the_entry_back_exactly_and_redo_deletes_it_again(session, rep) -> None:
    entry = session.entries.add(_entry(rep)).result
    session.entries.delete(entry.id)
    undone = session.history.undo()
    assert undone.action == "undo" and undone.result.action == "entry.delete"
    assert session.entries.get(entry.id) == entry
    session.history.redo()
    assert session.entries.all() == []
    # created, deleted, put back, deleted: every step in the audit trail
    assert [h["field"] for h in session.store.history(entry.id)] == ["*", "*", "*", "*"]


def test_undo_takes_back_the_hours_from_the_balance(session, rep) -> None:
    session.entries.add(_entry(rep, hours=2.5))
    used = session.balances.of(rep.id, D(2025, 10, 31)).to_json()["allowances"][0]["used"]
    assert used == 2.5
    session.history.undo()
    assert session.balances.of(rep.id, D(2025, 10, 31)).to_json()["allowances"][0]["used"] == 0


def test_undo_of_a_policy_change_brings_the_old_profile_back(session) -> None:
    before = session.profile.settings.response_working_days
    session.policy.set("settings.response_working_days", str(before + 5))
    assert session.profile.settings.response_working_days == before + 5
    session.history.undo()
    assert session.profile.settings.response_working_days == before


def test_an_undo_under_a_dispute_is_refused_and_changes_nothing(session, rep) -> None:
    draft = session.entries.add(_entry(rep, status="draft")).result
    sent = session.entries.edit(draft.id, status="requested")
    session.disputes.open(draft.id, D(2025, 10, 2), "Short staffed")  # the request refused with it
    kept = everything(session)
    with pytest.raises(ValidationError) as refused:
        session.history.undo(sent.id)
    assert refused.value.field == "entry" and "has a dispute" in refused.value.rule
    assert "mae anghydfod" in refused.value.text("cy")
    assert everything(session) == kept


def test_an_entry_a_dispute_rests_on_is_not_deleted_by_an_undo(session, rep) -> None:
    added = session.entries.add(_entry(rep, status="refused"))
    session.disputes.open(added.result.id, D(2025, 10, 2), "No cover")  # the entry itself unchanged
    kept = everything(session)
    with pytest.raises(ValidationError, match="has a dispute; keep the entry"):
        session.history.undo(added.id)
    assert everything(session) == kept


def test_a_role_with_time_logged_under_it_is_not_taken_back(session) -> None:
    rep = session.reps.add(Rep(name="Owain Prys")).result
    assigned = session.roles.assign(rep.id, "steward", D(2025, 4, 1))
    session.entries.add(_entry(rep))
    kept = everything(session)
    with pytest.raises(ValidationError, match="time is logged under steward"):
        session.history.undo(assigned.id)
    assert everything(session) == kept


def test_toil_earned_that_was_taken_is_not_taken_back(session, rep) -> None:
    # earned 2 h, then took 2 h: undoing the 2 h earned would leave 2 h taken of 0 h earned
    earned = session.entries.add_toil(Toil(rep.id, D(2025, 6, 1), "earned", 120))
    session.entries.add_toil(Toil(rep.id, D(2025, 6, 8), "taken", 120))
    kept = everything(session)
    # 0 h earned - 2 h taken on 8 June = -2 h: TOIL is taken only once earned
    with pytest.raises(ValidationError, match=r"TOIL balance would be -2\.00 h on 2025-06-08"):
        session.history.undo(earned.id)
    assert everything(session) == kept


def test_an_undo_of_a_record_changed_since_is_refused(session, rep) -> None:
    entry = session.entries.add(_entry(rep)).result
    first = session.entries.edit(entry.id, purpose="Casework")
    session.entries.edit(entry.id, purpose="Grievance hearing")
    kept = everything(session)
    with pytest.raises(ValidationError, match="has been changed since “Edit entry”"):
        session.history.undo(first.id)
    assert everything(session) == kept


def test_a_new_change_ends_what_could_be_redone(session, rep) -> None:
    session.entries.add(_entry(rep, day=1))
    session.history.undo()
    session.entries.add(_entry(rep, day=2))
    with pytest.raises(ValidationError, match="there is nothing to redo"):
        session.history.redo()


def test_nothing_to_undo_in_a_new_book(session) -> None:
    with pytest.raises(ValidationError, match="there is nothing to undo"):
        session.history.undo()  # creating the book is not a step that can be taken back


def test_the_history_outlives_the_session(session, db_path, rep) -> None:
    entry = session.entries.add(_entry(rep)).result
    session.store.db.close()
    again = open_session(db_path)
    assert [c.action for c in again.history.recent(3)] == ["entry.add", "role.assign", "rep.add"]
    again.history.undo()
    assert again.entries.all() == [] and entry.id not in {e.id for e in again.entries.all()}
    again.store.db.close()


def test_undo_reads_an_entrys_disputes_before_the_disputes_service_is_made(tmp_path, new_process) -> None:
    """A new process whose first dispute-related read is an undo's check (the session makes its
    services when first asked for): the store knows the disputes' table all the same."""
    code = ("import datetime as dt, sys\n"
            "from unionrep.app.session import open_session\n"
            "from unionrep.core.model import Entry, Rep\n"
            f"book = open_session({str(tmp_path / 'book.db')!r}, create=True)\n"
            "book.policy.init('denbighshire-2012')\n"
            "rep = book.reps.add(Rep(name='Nia')).result\n"
            "book.roles.assign(rep.id, 'steward', dt.date(2025, 4, 1))\n"
            "entry = book.entries.add(Entry(rep.id, 'steward', dt.date(2025, 10, 2), 150, 'duties')).result\n"
            "book.entries.delete(entry.id)\n"
            "assert 'unionrep.app.disputes' not in sys.modules\n"
            "book.history.undo()\n"
            "print(book.entries.get(entry.id).minutes)\n")
    assert new_process(code, UNIONREP_PLAIN="1").split() == ["150"]  # the deleted entry is back
