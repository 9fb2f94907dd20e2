"""Make a realistic synthetic unionrep database for benchmarks.

    python tests/perf/make_db.py --reps 1000 --years 3 --entries 1000000 OUT.db

School and non-school reps, part-timers, several roles each, entries spread over the years with a
realistic mix of categories and statuses, some refusals. Rows are written in bulk straight into the
migrated schema (one transaction, executemany), so the audit trail holds only the set-up; that is
what a database imported from elsewhere looks like, and it keeps a million entries well under a
minute.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from unionrep.core.model import now_iso
from unionrep.core.periods import year_of
from unionrep.core.services import open_service

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
}
STATUSES = (["taken", "approved", "requested", "refused", "withdrawn", "draft"], [85, 5, 4, 2, 2, 2])
PURPOSES = ["Grievance hearing", "Disciplinary investigation", "Sickness absence review",
            "Branch meeting", "Safety inspection", "Learning fair", "Consultation on restructure",
            "Casework preparation", "Regional committee", "Joint consultative committee"]
LOCATIONS = ["County Hall, Ruthin", "Caledfryn, Denbigh", "Russell House, Rhyl", "Depot", "Online"]


REP_COLUMNS = ("id name employee_no job department workplace union_name email weekly_minutes "
               "full_time_minutes school academic_start scp hourly_rate_pence manager manager_email "
               "head_of_service head_of_service_email ended_on notes created_at updated_at").split()
ASSIGNMENT_COLUMNS = ("id rep_id role start_on end_on notified_on secondment_percent notes created_at "
                      "updated_at").split()
ENTRY_COLUMNS = ("id rep_id role date start_time end_time minutes category paid purpose location "
                 "notice_on status case_ref conference political notes created_at updated_at").split()


def _insert(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def make(path: Path, reps: int, years: int, entries: int, seed: int = 1) -> dict[str, float]:
    started = time.perf_counter()
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    rng = random.Random(seed)
    service = open_service(path, create=True)
    service.init("denbighshire-2012")
    db = service.store.db
    conn = db.conn
    today = dt.date.today()
    first_day = year_of(today).start.replace(year=year_of(today).start.year - (years - 1))
    span = (today - first_day).days
    stamp = now_iso()

    rep_rows, assignment_rows, held = [], [], []
    for i in range(reps):
        rep_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        school = rng.random() < 0.3
        weekly = rng.choice([37 * 60] * 6 + [int(22.5 * 60), 30 * 60, int(18.5 * 60), 25 * 60])
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1}"
        rep_rows.append((rep_id, name, f"E{100000 + i}", "", "", "", "", "", weekly, 37 * 60,
                         int(school), "09-01", rng.choice([None, rng.randint(2, 40)]), None,
                         "Manager", "", "", "", None, "", stamp, stamp))
        roles = rng.choice(ROLE_SETS)
        for role in roles:
            start = first_day - dt.timedelta(days=rng.randint(0, 400))
            assignment_rows.append((str(uuid.uuid4()), rep_id, role, start.isoformat(), None,
                                    start.isoformat(), None, "", stamp, stamp))
        held.append((rep_id, roles))
    with db.atomic():
        conn.executemany(_insert("reps", REP_COLUMNS), rep_rows)
        conn.executemany(_insert("assignments", ASSIGNMENT_COLUMNS), assignment_rows)

    statuses, status_weights = STATUSES
    purposes = PURPOSES
    locations = LOCATIONS
    batch = []
    inserted = 0
    sql = _insert("entries", ENTRY_COLUMNS)
    with db.atomic():
        for n in range(entries):
            rep_id, roles = held[rng.randrange(reps)]
            role = roles[rng.randrange(len(roles))]
            cats, weights = CATEGORIES[role]
            category = rng.choices(cats, weights)[0]
            day = first_day + dt.timedelta(days=rng.randrange(span))
            start = rng.choice((540, 570, 600, 780, 810))
            minutes = rng.choice((30, 60, 90, 120, 180, 240, 420))
            status = rng.choices(statuses, status_weights)[0]
            paid = 0 if category == "industrial-action" else 1
            batch.append((
                str(uuid.UUID(int=rng.getrandbits(128), version=4)), rep_id, role, day.isoformat(),
                f"{start // 60:02d}:{start % 60:02d}",
                f"{(start + minutes) // 60:02d}:{(start + minutes) % 60:02d}", minutes, category, paid,
                purposes[n % len(purposes)], locations[n % len(locations)],
                (day - dt.timedelta(days=rng.choice((3, 7, 14, 21, 28)))).isoformat(), status, "",
                int(category == "activities" and n % 9 == 0), 0, "", stamp, stamp,
            ))
            if len(batch) == 20000:
                conn.executemany(sql, batch)
                inserted += len(batch)
                batch.clear()
        conn.executemany(sql, batch)
        inserted += len(batch)
    db.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"reps": reps, "entries": inserted, "seconds": round(time.perf_counter() - started, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--reps", type=int, default=1000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.reps < 1 or args.years < 1 or args.entries < 0:
        parser.error("--reps and --years must be at least 1, --entries at least 0")
    print(json.dumps(make(args.out, args.reps, args.years, args.entries, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
