"""Make a realistic synthetic unionrep database for benchmarks.

    python tests/perf/make_db.py [--reps 1000] [--years 3] [--entries 1000000] [--disputes N]
                                 [--encrypted] [--seed 1] OUT.db

School and non-school reps, part-timers, one to three roles each (a few branch secretaries on
secondment), entries spread over the years with a realistic mix of categories and statuses, some
refusals, a few hundred disputes (refusals climbing the ladder, complaints, some settled, some with
ACAS dates), agreed extensions and time off in lieu. The file is plain SQLite unless --encrypted
(SQLCipher; the passphrase from UNIONREP_PASSPHRASE).

Rows are written in bulk straight into the migrated schema, so the audit trail holds only the
set-up; that is what a database imported from elsewhere looks like. The load is quick because:
the entries' own ids are drawn in ascending order (random-looking UUIDs, one to a slice of the id
space) so their primary-key index fills page by page; the entries' bulk load
(`schema_totals.bulk_load`) leaves their other indexes and the year-totals insert trigger out, then
builds each index by one sort and sums the totals once at the end; the file is new,
so the load runs with a memory journal and no syncs, and the database is switched to WAL (the
app's mode) at the end; and rows come from precomputed tables indexed by cheap random numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from unionrep.app.session import Session
from unionrep.core.deadlines import add_working_days
from unionrep.core.model import now_iso
from unionrep.core.periods import year_of
from unionrep.store.connection import connect
from unionrep.store.records import Store
from unionrep.store.schema_totals import bulk_load

FIRST = ["Siân", "Dafydd", "Gwenllïan", "Rhys", "Mari", "Owain", "Eleri", "Huw", "Ffion", "Gareth",
         "Nia", "Iwan", "Catrin", "Llŷr", "Elin", "Geraint", "Lowri", "Aled", "Bethan", "Emyr"]
LAST = ["Roberts", "Hughes", "Jones", "Llewelyn", "Tudur", "Pritchard", "Vaughan", "Davies", "Morgan",
        "Parry", "Edwards", "Rowlands", "Williams", "Evans", "Owen", "Lloyd", "Ŵyn", "Thomas"]
ROLE_SETS = [["steward"], ["steward"], ["steward", "health-safety"], ["steward", "learning"],
             ["health-safety"], ["learning"], ["steward", "health-safety", "learning"],
             ["steward", "info-consultation"], ["equality", "steward"]]
CATEGORIES = {
    "steward": (["duties", "activities", "training", "meeting", "casework", "council-training",
                 "industrial-action"], [50, 15, 5, 15, 8, 5, 2]),
    "health-safety": (["hs-functions", "training", "duties"], [60, 20, 20]),
    "learning": (["functions", "training"], [75, 25]),
    "info-consultation": (["functions", "training"], [75, 25]),
    "equality": (["duties", "training"], [80, 20]),
    "branch-secretary": (["duties", "casework", "meeting", "activities"], [55, 20, 15, 10]),
}
STATUSES = (["taken", "approved", "requested", "refused", "withdrawn", "draft"], [85, 5, 4, 2, 2, 2])
PURPOSES = ["Grievance hearing", "Disciplinary investigation", "Sickness absence review",
            "Branch meeting", "Safety inspection", "Learning fair", "Consultation on restructure",
            "Casework preparation", "Regional committee", "Joint consultative committee"]
LOCATIONS = ["County Hall, Ruthin", "Caledfryn, Denbigh", "Russell House, Rhyl", "Depot", "Online"]
STARTS = (540, 570, 600, 780, 810)
LENGTHS = (30, 60, 90, 120, 180, 240, 420)
NOTICE_DAYS = (3, 7, 14, 21, 28)
BATCH = 50_000
SECRETARY_SHARE = 0.01  # reps who are branch secretaries on secondment

REP_COLUMNS = ("id name employee_no job department workplace union_name email weekly_minutes "
               "full_time_minutes school academic_start scp hourly_rate_pence manager manager_email "
               "head_of_service head_of_service_email ended_on notes created_at updated_at").split()
ASSIGNMENT_COLUMNS = ("id rep_id role start_on end_on notified_on secondment_percent notes created_at "
                      "updated_at").split()
ENTRY_COLUMNS = ("id rep_id role date start_time end_time minutes category paid purpose location "
                 "notice_on status case_ref conference political notes created_at updated_at").split()
EXTENSION_COLUMNS = ("id rep_id role case_ref extra_minutes agreed_on agreed_by review_on notes "
                     "created_at updated_at").split()
TOIL_COLUMNS = "id rep_id date kind minutes reason entry_id created_at updated_at".split()
DISPUTE_COLUMNS = ("id rep_id entry_id kind failure_on reasons alternative people stage outcome "
                   "acas_day_a acas_day_b opened_on notes created_at updated_at").split()
STAGE_COLUMNS = ("id dispute_id number raised_on to_whom response_due response_on response outcome "
                 "created_at updated_at").split()


def _insert(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


VERSION_MASK = ~((0xF000 << 64) | (0xC000 << 48))
VERSION_BITS = (4 << 76) | (0x8000 << 48)


def _uuid(value: int) -> str:
    """A version-4 UUID from 128 random bits (the version and variant bits set, as uuid.uuid4 does)."""
    h = f"{value & VERSION_MASK | VERSION_BITS:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Ids:
    """Random UUIDs; ascending() draws n of them in ascending order, one in each n-th of the space
    (the top 48 bits, which the version and variant bits leave alone, already order them)."""

    def __init__(self, rng: random.Random) -> None:
        self.bits = rng.getrandbits

    def one(self) -> str:
        return _uuid(self.bits(128))

    def ascending(self, n: int) -> Iterator[str]:
        width = (1 << 128) // max(n, 1)
        bits = self.bits
        for i in range(n):
            yield _uuid(i * width + bits(128) % width)


def _weighted(choices: list[str], weights: list[int]) -> list[str]:
    """A table to index with a uniform random number: each choice repeated by its weight."""
    return [c for c, w in zip(choices, weights, strict=True) for _ in range(w)]


def make(path: Path, reps: int, years: int, entries: int, seed: int = 1, *,
         encrypt: bool | None = None, disputes: int | None = None) -> dict[str, Any]:
    """Build the database at `path` (which must not exist). `encrypt` None follows the
    environment, as unionrep does (UNIONREP_PLAIN=1 for plain); `disputes` None: a few hundred
    for a large database, fewer for a small one."""
    started = time.perf_counter()
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    rng = random.Random(seed)
    ids = Ids(rng)
    db = connect(path, create=True, encrypt=encrypt)
    session = Session(Store(db))
    session.policy.init("denbighshire-2012")
    conn = db.conn
    # a new file: nothing to protect until it is complete
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    today = dt.date.today()
    this_year = year_of(today)
    first_day = this_year.start.replace(year=this_year.start.year - (years - 1))
    span = (today - first_day).days
    stamp = now_iso()
    phases: dict[str, float] = {}

    def phase(name: str, since: float) -> float:
        now = time.perf_counter()
        phases[name] = round(now - since, 2)
        return now

    mark = time.perf_counter()
    rep_rows, assignment_rows, held = [], [], []
    extension_rows, toil_rows = [], []
    for i in range(reps):
        rep_id = ids.one()
        school = rng.random() < 0.3
        weekly = rng.choice([37 * 60] * 6 + [int(22.5 * 60), 30 * 60, int(18.5 * 60), 25 * 60])
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1}"
        scp = rng.choice([None, rng.randint(2, 40)])
        rate = None if scp is not None or rng.random() < 0.5 else rng.randint(1100, 2600)
        rep_rows.append((rep_id, name, f"E{100000 + i}", "", "", "", "", "", weekly, 37 * 60,
                         int(school), "09-01", scp, rate, "Manager", "", "", "", None, "", stamp, stamp))
        roles = list(rng.choice(ROLE_SETS))
        if rng.random() < SECRETARY_SHARE:
            roles = ["branch-secretary", "steward"]
        for role in roles:
            start = first_day - dt.timedelta(days=rng.randint(0, 400))
            percent = str(rng.choice([20, 50, 100])) if role == "branch-secretary" else None
            assignment_rows.append((ids.one(), rep_id, role, start.isoformat(), None,
                                    start.isoformat(), percent, "", stamp, stamp))
        if "steward" in roles and rng.random() < 0.02:
            agreed = today - dt.timedelta(days=rng.randint(10, 300))
            review = agreed + dt.timedelta(days=rng.choice([60, 90, 180]))
            extension_rows.append((ids.one(), rep_id, "steward", f"CASE-{i:05d}",
                                   rng.choice([600, 1200, 2400]), agreed.isoformat(), "Head of Service",
                                   review.isoformat(), "", stamp, stamp))
        if rng.random() < 0.1:
            for _ in range(rng.randint(1, 4)):
                day = first_day + dt.timedelta(days=rng.randrange(span))
                toil_rows.append((ids.one(), rep_id, day.isoformat(), "earned", rng.choice([30, 60, 90]),
                                  "Meeting ran past normal finish", None, stamp, stamp))
        held.append((rep_id, roles))
    with db.atomic():
        conn.executemany(_insert("reps", REP_COLUMNS), rep_rows)
        conn.executemany(_insert("assignments", ASSIGNMENT_COLUMNS), assignment_rows)
        conn.executemany(_insert("extensions", EXTENSION_COLUMNS), extension_rows)
        conn.executemany(_insert("toil", TOIL_COLUMNS), toil_rows)
    mark = phase("reps_s", mark)

    inserted = _load_entries(db, rng, ids, held, entries, first_day, span, stamp, phases)
    mark = time.perf_counter()
    wanted = default_disputes(entries) if disputes is None else disputes
    opened = _add_disputes(db, rng, ids, wanted, today, stamp)
    mark = phase("disputes_s", mark)
    db.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    phase("finish_s", mark)
    return {"reps": reps, "entries": inserted, "disputes": opened,
            "encrypted": path.read_bytes()[:16] != b"SQLite format 3\0",
            "seconds": round(time.perf_counter() - started, 2), "phases": phases}


def _load_entries(db: Any, rng: random.Random, ids: Ids, held: list[tuple[str, list[str]]], entries: int,
                  first_day: dt.date, span: int, stamp: str, phases: dict[str, float]) -> int:
    """Write the entries; `phases` gets the seconds spent making and inserting the rows, summing the
    year totals, and building the indexes."""
    mark = time.perf_counter()
    conn = db.conn
    rand = rng.random
    # every (rep, role) pair with its category table, picked uniformly by rep then by role
    choices = [(rep_id, role, _weighted(*CATEGORIES[role])) for rep_id, roles in held for role in roles]
    per_rep = [[c for c in choices if c[0] == rep_id] for rep_id, _ in held]
    statuses = _weighted(*STATUSES)
    n_statuses = len(statuses)
    days = [(first_day + dt.timedelta(days=d)).isoformat() for d in range(span)]
    notices = {(d, n): (first_day + dt.timedelta(days=d - n)).isoformat()
               for d in range(span) for n in NOTICE_DAYS}
    times = [(f"{s // 60:02d}:{s % 60:02d}", f"{(s + m) // 60:02d}:{(s + m) % 60:02d}", m)
             for s in STARTS for m in LENGTHS]
    n_times, n_notice, n_reps = len(times), len(NOTICE_DAYS), len(held)
    n_purposes, n_locations = len(PURPOSES), len(LOCATIONS)
    sql = _insert("entries", ENTRY_COLUMNS)

    def rows() -> Iterator[tuple[Any, ...]]:
        for n, entry_id in enumerate(ids.ascending(entries)):
            options = per_rep[int(rand() * n_reps)]
            rep_id, role, categories = options[int(rand() * len(options))]
            category = categories[int(rand() * len(categories))]
            d = int(rand() * span)
            start, end, minutes = times[int(rand() * n_times)]
            yield (entry_id, rep_id, role, days[d], start, end, minutes, category,
                   0 if category == "industrial-action" else 1, PURPOSES[n % n_purposes],
                   LOCATIONS[n % n_locations], notices[d, NOTICE_DAYS[int(rand() * n_notice)]],
                   statuses[int(rand() * n_statuses)], "",
                   1 if category == "activities" and n % 9 == 0 else 0, 0, "", stamp, stamp)

    inserted = 0
    with bulk_load(db):  # the entries' indexes made afterwards, the year totals summed once
        source = rows()
        while True:
            batch = [row for _, row in zip(range(BATCH), source, strict=False)]
            if not batch:
                break
            conn.executemany(sql, batch)
            inserted += len(batch)
        phases["entry_rows_s"] = round(time.perf_counter() - mark, 2)
        loaded = time.perf_counter()
    phases["entry_indexes_and_totals_s"] = round(time.perf_counter() - loaded, 2)
    return inserted


def _add_disputes(db: Any, rng: random.Random, ids: Ids, wanted: int, today: dt.date, stamp: str) -> int:
    """Refused entries of the last year become disputes at every stage of the ladder (some settled,
    some at ACAS), and a few complaints about operating the agreement."""
    conn = db.conn
    refused = conn.execute(
        "SELECT id, rep_id, date FROM entries WHERE status = 'refused' AND date >= ? ORDER BY id LIMIT ?",
        [(today - dt.timedelta(days=365)).isoformat(), wanted]).fetchall()
    reps = [r[0] for r in conn.execute("SELECT id FROM reps ORDER BY id").fetchall()]
    disputes, stages = [], []
    for n, (entry_id, rep_id, day) in enumerate(refused):
        complaint = n % 10 == 9
        kind = "complaint" if complaint else "refusal"
        failure = min(dt.date.fromisoformat(day), today)
        if complaint:
            entry_id, rep_id = None, reps[n % len(reps)]
        top = rng.choice([0, 0, 1]) if complaint else rng.choice([0, 0, 1, 1, 2, 3])
        outcome = rng.choice([None, None, None, "resolved", "withdrawn"])
        acas_a = acas_b = None
        if top == 3:
            acas_a = failure + dt.timedelta(days=rng.randint(20, 60))
            if rng.random() < 0.5:
                acas_b = acas_a + dt.timedelta(days=rng.randint(14, 42))
            if acas_a > today:
                acas_a = acas_b = None
        dispute_id = ids.one()
        reasons = "" if rng.random() < 0.2 else "Service needs on the day"
        disputes.append((dispute_id, rep_id, entry_id, kind, failure.isoformat(), reasons, "", "", top,
                         outcome, acas_a and acas_a.isoformat(), acas_b and acas_b.isoformat(),
                         failure.isoformat(), "", stamp, stamp))
        raised = failure
        for number in range(top + 1):
            due = add_working_days(raised, 10)
            last = number == top
            answered = not last or outcome is not None or rng.random() < 0.3
            response_on = min(raised + dt.timedelta(days=rng.randint(1, 20)), today) if answered else None
            stages.append((ids.one(), dispute_id, number, raised.isoformat(), "Senior manager",
                           due.isoformat(), response_on and response_on.isoformat(),
                           "Reply received" if answered else "", outcome if last else None, stamp, stamp))
            raised = min((response_on or raised) + dt.timedelta(days=rng.randint(1, 10)), today)
    with db.atomic():
        conn.executemany(_insert("disputes", DISPUTE_COLUMNS), disputes)
        conn.executemany(_insert("dispute_stages", STAGE_COLUMNS), stages)
    return len(disputes)


def default_disputes(entries: int) -> int:
    """A few hundred for a large database, fewer for a small one."""
    return min(300, entries // 1000 + 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--reps", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--disputes", type=int, help="disputes to open (default: a few hundred at most)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true",
                        help="an SQLCipher database; the passphrase from UNIONREP_PASSPHRASE")
    args = parser.parse_args(argv)
    if args.reps < 1 or args.years < 1 or args.entries < 0:
        parser.error("--reps and --years must be at least 1, --entries at least 0")
    if args.encrypted and not os.environ.get("UNIONREP_PASSPHRASE"):
        parser.error("--encrypted takes the passphrase from UNIONREP_PASSPHRASE; set it")
    print(json.dumps(make(args.out, args.reps, args.years, args.entries, args.seed,
                          encrypt=args.encrypted, disputes=args.disputes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
