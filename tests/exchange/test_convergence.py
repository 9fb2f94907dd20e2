"""Two databases that start from the same bundle, take edits on both sides and swap bundles both ways
end with the same records; every record changed differently on both sides is a conflict, settled as
chosen."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import uuid
from pathlib import Path
from unittest import mock

from exchange_helpers import delete_rep, export, new_book, records
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from unionrep.app.session import Session
from unionrep.core.errors import ValidationError
from unionrep.core.model import STATUSES, TRANSITIONS, Entry, Rep
from unionrep.exchange import apply_import, preview_import
from unionrep.exchange.merge import DELETED_WITH_DEPENDANTS

FIRST_DAY = dt.date(2024, 4, 1)
PICK = st.integers(0, 3)  # few records, so that both sides often touch the same ones
WORDS = st.sampled_from(["Grievance", "Cyfarfod", "Inspection", "Gwrandawiad", "Branch meeting", ""])

# (what, which record, day, quarter hours, text); edits weigh more than additions
KINDS = ["edit_purpose", "edit_minutes", "next_status", "delete_entry", "edit_rep", "edit_purpose",
         "next_status", "add_entry", "delete_entry", "edit_rep", "add_entry", "add_rep", "delete_rep"]
operation = st.tuples(st.sampled_from(KINDS), PICK, st.integers(0, 700), st.integers(1, 16), WORDS)


def apply(service: Session, op: tuple, side: str = "") -> None:
    """Carry out one edit through the session's services, choosing records by position; edits the rules refuse
    (a rep with time logged cannot be deleted) are simply not made. Text written by a side is
    marked with it, so the two sides' edits of a record differ (odd quarter hours leave it out, so
    that both sides sometimes make the very same change)."""
    if op[3] % 2 == 0 and op[4]:
        op = (*op[:4], f"{op[4]} ({side})")
    kind, pick, day, quarters, text = op
    reps = sorted(service.reps.all(), key=lambda r: r.id)
    entries = sorted(service.entries.all(), key=lambda e: e.id)
    rep = reps[pick % len(reps)] if reps else None
    entry = entries[pick % len(entries)] if entries else None
    try:
        if kind == "add_entry" and rep:
            service.entries.add(Entry(rep.id, "steward", FIRST_DAY + dt.timedelta(days=day), quarters * 15,
                                    "duties", status=STATUSES[quarters % len(STATUSES)]))
        elif kind == "edit_purpose" and entry:
            service.entries.edit(entry.id, purpose=text)
        elif kind == "edit_minutes" and entry:
            service.entries.edit(entry.id, minutes=quarters * 15, start_time=None, end_time=None)
        elif kind == "next_status" and entry and TRANSITIONS[entry.status]:
            onward = TRANSITIONS[entry.status]
            service.entries.edit(entry.id, status=onward[quarters % len(onward)])
        elif kind == "delete_entry" and entry:
            service.entries.delete(entry.id)
        elif kind == "add_rep":
            added = service.reps.add(Rep(name=text or "Llŷr")).result
            service.roles.assign(added.id, "steward", FIRST_DAY)
        elif kind == "edit_rep" and rep:
            service.reps.edit(rep.id, notes=text)
        elif kind == "delete_rep" and rep and not service.entries.all(rep.id):
            delete_rep(service, rep.id)
    except ValidationError:
        pass


def content(service: Session) -> dict[str, dict]:
    return {i: row for i, (_, row) in records(service).items()}


def swap(source: Session, target: Session, path: Path, choose) -> dict[str, tuple[str, str]]:
    """Export from `source`, import into `target` settling each conflict with `choose`; returns
    {record id: (conflict kind, choice)}."""
    export(source, path, passphrase=None)
    preview = preview_import(target, path, None)
    choices = {c.id: choose(c) for c in preview.conflicts}
    apply_import(target, preview, choices)
    return {c.id: (c.kind, choices[c.id]) for c in preview.conflicts}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base_ops=st.lists(operation, max_size=3), ops_a=st.lists(operation, min_size=3, max_size=10),
       ops_b=st.lists(operation, min_size=3, max_size=10), data=st.data())
def test_two_branches_converge(base_ops, ops_a, ops_b, data):
    ids = random.Random(0)  # the same ids on every run of an example, so that it replays exactly

    def same_uuid4() -> uuid.UUID:
        return uuid.UUID(int=ids.getrandbits(128), version=4)

    with tempfile.TemporaryDirectory() as folder, mock.patch("uuid.uuid4", same_uuid4):
        root = Path(folder)
        origin = new_book(root / "origin.db")
        for name in ("Siân", "Dafydd"):
            rep = origin.reps.add(Rep(name=name)).result
            origin.roles.assign(rep.id, "steward", FIRST_DAY)
        for op in [("add_entry", 0, 10, 4, ""), ("add_entry", 1, 200, 8, ""), *base_ops]:
            apply(origin, op)
        a, b = new_book(root / "a.db"), new_book(root / "b.db")
        export(origin, root / "start.bundle", passphrase=None)
        for side in (a, b):
            apply_import(side, preview_import(side, root / "start.bundle", None))
        start = content(a)
        assert content(b) == start

        for op in ops_a:
            apply(a, op, "a")
        for op in ops_b:
            apply(b, op, "b")
        mine_a, mine_b = content(a), content(b)

        def choose(conflict):
            return data.draw(st.sampled_from(["mine", "theirs"]), label=f"choice for {conflict.kind}")

        settled = swap(a, b, root / "a-to-b.bundle", choose)
        for kind, choice in settled.values():
            event(f"conflict {kind}, {choice}")
        event(f"{min(len(settled), 3)}+ conflicts")
        back = swap(b, a, root / "b-to-a.bundle", choose)

        # every record both sides changed, differently, was a conflict; nothing else was
        both = {i for i in mine_a.keys() | mine_b.keys() | start.keys()
                if mine_a.get(i) != start.get(i) and mine_b.get(i) != start.get(i)
                and mine_a.get(i) != mine_b.get(i)}
        same_record = {i for i, (kind, _) in settled.items() if kind != DELETED_WITH_DEPENDANTS}
        assert same_record == both
        # the choices came back without a second question, and the two sides agree
        assert back == {}
        final = content(a)
        assert content(b) == final
        # each record settled as chosen, unless the choice on its rep carried it along
        for record_id, (kind, choice) in settled.items():
            chosen = mine_b.get(record_id) if choice == "mine" else mine_a.get(record_id)
            row = chosen or mine_a.get(record_id) or mine_b.get(record_id)
            if kind != DELETED_WITH_DEPENDANTS and row.get("rep_id") not in settled:
                assert final.get(record_id) == chosen
        # a record changed (added, edited, deleted) on one side only ends on both sides as that side
        # left it, not reverted to where it started, unless a choice on its rep carried it along
        one_sided = 0
        for record_id in mine_a.keys() | mine_b.keys() | start.keys():
            was, in_a, in_b = start.get(record_id), mine_a.get(record_id), mine_b.get(record_id)
            if (in_a == was) == (in_b == was):
                continue  # untouched, or changed on both sides
            edited = in_a if in_b == was else in_b
            row = edited or was
            assert row is not None
            if record_id in settled or row.get("rep_id") in settled:
                continue
            one_sided += 1
            assert final.get(record_id) == edited, (record_id, was, edited, final.get(record_id))
        event(f"{min(one_sided, 5)}+ one-sided changes")
        # and importing either bundle again changes nothing
        for side, path in ((b, root / "a-to-b.bundle"), (a, root / "b-to-a.bundle")):
            preview = preview_import(side, path, None)
            assert not (preview.added or preview.changed or preview.deletions or preview.conflicts)
