"""A realistic demo branch: a dozen reps over two years, for `unionrep --demo` and the screenshots.

Built fresh in a throw-away file each time, with a fixed random seed so every run shows the same
branch relative to `today`.
"""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction
from pathlib import Path

from unionrep.app.session import Session, open_session
from unionrep.core.entries import parse_time
from unionrep.core.model import APPROVED, REFUSED, REQUESTED, TAKEN, Entry, Extension, Rep, Toil
from unionrep.core.periods import year_of

# name, job, department, workplace, weekly hours, school, scp, roles (role, months before year start)
REPS: list[tuple[str, str, str, str, float, bool, int | None, list[tuple[str, int]]]] = [
    ("Siân Ŵyn Roberts", "Teaching assistant", "Education", "Ysgol Glan Clwyd", 22.5, True, 7,
     [("steward", 30), ("health-safety", 6)]),
    ("Dafydd ap Gwilym Hughes", "Refuse driver", "Highways", "Kinmel Park depot", 37, False, 9,
     [("steward", 40), ("health-safety", 40), ("learning", 20)]),
    ("Gwenllïan Ŷr Jones", "Social worker", "Social Services", "Russell House, Rhyl", 37, False, 26,
     [("branch-secretary", 20), ("steward", 50)]),
    ("Rhys Llewelyn", "Library assistant", "Customers & Communities", "Ruthin Library", 18.5, False, 5,
     [("learning", 15)]),
    ("Mari Tudur", "School cook", "Education", "Ysgol Bro Dyfrdwy", 25, True, 4, [("steward", 18)]),
    ("Owain Pritchard", "Planning officer", "Planning", "County Hall, Ruthin", 37, False, 23,
     [("steward", 26), ("info-consultation", 10)]),
    ("Eleri Vaughan", "Care worker", "Social Services", "Llys Awelon, Ruthin", 30, False, 8,
     [("steward", 14), ("equality", 3)]),
    ("Huw Davies", "Grounds maintenance", "Highways", "Denbigh depot", 37, False, 6,
     [("health-safety", 60)]),
    ("Ffion Morgan", "Finance officer", "Finance", "County Hall, Ruthin", 37, False, 17,
     [("steward", 4)]),
    ("Gareth Parry", "Caretaker", "Education", "Ysgol Brynhyfryd", 37, True, 5,
     [("steward", 30), ("health-safety", 30)]),
    ("Nia Wyn Edwards", "Housing officer", "Housing", "Caledfryn, Denbigh", 29.6, False, 19,
     [("steward", 9)]),
    ("Iwan Rowlands", "Leisure attendant", "Leisure", "Rhyl Pavilion", 37, False, 3,
     [("steward", 36), ("learning", 36)]),
]

MANAGERS = ["Helen Pritchard", "Alun Evans", "Catrin Lloyd", "Mark Williams", "Bethan Owen"]
PURPOSES = {
    "duties": ["Grievance hearing for a member", "Disciplinary investigation meeting",
               "Representing a member at a sickness review", "Preparing a grievance case",
               "Negotiation on the new rota"],
    "training": ["TUC stage 1 reps course", "Union course: casework skills", "IOSH refresher"],
    "functions": ["Learning needs survey", "Consultation on service redesign"],
    "activities": ["Branch executive meeting", "Regional committee", "Workplace members' meeting"],
    "hs-functions": ["Depot safety inspection", "Accident investigation", "Risk assessment review"],
    "meeting": ["Joint consultative committee", "Management restructure meeting"],
    "casework": ["Equal pay case preparation", "Restructure consultation case"],
    "council-training": ["Mandatory data protection training"],
}
LOCATIONS = ["County Hall, Ruthin", "Caledfryn, Denbigh", "Russell House, Rhyl", "Branch office, Rhyl",
             "Kinmel Park depot", "Online (Teams)"]


def _category_for(role: str, rng: random.Random) -> str:
    if role == "health-safety":
        return rng.choice(["training", "hs-functions", "duties"])
    if role in ("learning", "info-consultation"):
        return rng.choice(["functions", "functions", "training"])
    return rng.choices(["duties", "activities", "training", "meeting", "casework", "council-training"],
                       [8, 3, 1, 2, 1, 1])[0]


ROLE_HOURS = {"steward": 100, "health-safety": 30, "learning": 30, "info-consultation": 30,
              "equality": 30}


def _log_role(session: Session, rep: Rep, role: str, busy: float, first_year_start: dt.date,
              day: dt.date, rng: random.Random) -> None:
    """Log time for the role: most of last year's allowance, and `busy` of this year's by today."""
    assignment = next(a for a in session.roles.assignments(rep.id) if a.role == role)
    yearly = float(ROLE_HOURS[role] * 60)
    if role == "steward":
        yearly *= rep.weekly_minutes / rep.full_time_minutes
    this_year = rep.year_of(day)
    last_year = rep.year_of(this_year.start - dt.timedelta(days=1))
    for year, share, until in ((last_year, rng.uniform(0.55, 0.9), last_year.end),
                               (this_year, busy, day - dt.timedelta(days=2))):
        cursor = max(year.start, assignment.start_on)
        span = max((until - cursor).days, 1)
        per_day = yearly * share * (year.end - cursor).days / year.days / span
        owed = 0.0
        while True:
            step = rng.randint(4, 12)
            cursor += dt.timedelta(days=step)
            if cursor > until:
                break
            owed += per_day * step
            if cursor.weekday() >= 5 or owed < 45:
                continue
            length = int(min(owed, rng.choice([90, 120, 180, 240, 420])))
            length -= length % 15
            owed -= length
            _log_one(session, rep, role, cursor, length, day, rng)


def _log_one(session: Session, rep: Rep, role: str, when: dt.date, length: int, day: dt.date,
             rng: random.Random) -> None:
    category = _category_for(role, rng)
    start_minute = rng.choice([9 * 60, 9 * 60 + 30, 10 * 60, 13 * 60, 13 * 60 + 30])
    # after any time the rep has logged that day for another role: nothing counted twice
    that_day = session.entries.same_day(Entry(rep.id, role, when, 1, category))
    for other in sorted(that_day, key=lambda e: e.start_time or ""):
        if other.start_time and other.end_time and start_minute < parse_time(other.end_time, "end") \
                and parse_time(other.start_time, "start") < start_minute + length:
            start_minute = parse_time(other.end_time, "end")
    end_minute = min(start_minute + length, 23 * 60 + 59)
    session.entries.add(Entry(
        rep_id=rep.id, role=role, date=when, minutes=end_minute - start_minute,
        category=category, start_time=f"{start_minute // 60:02d}:{start_minute % 60:02d}",
        end_time=f"{end_minute // 60:02d}:{end_minute % 60:02d}",
        purpose=rng.choice(PURPOSES.get(category, PURPOSES["duties"])),
        location=rng.choice(LOCATIONS),
        notice_on=when - dt.timedelta(days=rng.choice([5, 7, 14, 21, 28, 35])),
        status=TAKEN if when < day - dt.timedelta(days=14) or rng.random() > 0.5 else APPROVED,
        conference=category == "activities" and rng.random() < 0.15,
    ))


def build_demo(path: Path, today: dt.date | None = None) -> Session:
    """Create the demo branch at `path` (which must not exist) and return its session."""
    day = today or dt.date.today()
    rng = random.Random(2012)
    session = open_session(path, create=True)
    session.policy.init("denbighshire-2012")
    session.store.set_meta("mode", "branch")
    session.store.set_meta("user_name", "Gwenllïan Ŷr Jones")
    session.store.set_meta("user_role", "Branch secretary")
    session.store.set_meta("union_name", "UNSAIN Cymru / UNISON Cymru")
    this_year = year_of(day)
    first_year_start = this_year.start.replace(year=this_year.start.year - 1)
    reps: list[tuple[Rep, list[str]]] = []
    with session.store.atomic():
        for i, (name, job, dept, place, hours, school, scp, roles) in enumerate(REPS):
            rep = session.reps.add(Rep(
                name=name, employee_no=f"DCC{40210 + i * 37}", job=job, department=dept,
                workplace=place, union_name="UNSAIN Cymru / UNISON Cymru",
                email=f"{name.split()[0].lower().replace('ŵ', 'w').replace('ï', 'i')}@example.org",
                weekly_minutes=int(hours * 60), school=school, scp=scp,
                manager=MANAGERS[i % len(MANAGERS)],
                manager_email=f"{MANAGERS[i % len(MANAGERS)].split()[0].lower()}@example.org",
                head_of_service="Nicola Stubbins" if i % 2 else "Geraint Davies",
            )).result
            held = []
            for role, months_before in roles:
                start = first_year_start - dt.timedelta(days=30 * months_before)
                if role == "equality":
                    start = this_year.start + dt.timedelta(days=180)
                    if start > day:
                        start = day - dt.timedelta(days=30)
                percent = Fraction(50) if role == "branch-secretary" else None
                session.roles.assign(rep.id, role, start, notified_on=start - dt.timedelta(days=14),
                                     secondment_percent=percent)
                held.append(role)
            reps.append((rep, held))
        session.policy.set("allowances.equality.amount", "30")

        for index, (rep, held) in enumerate(reps):
            # how much of each allowance the rep uses in a year; a few run close to or over a cap
            busy = [0.45, 0.8, 0.55, 0.7, 0.35, 0.93, 0.3, 0.6, 0.15, 0.62, 0.25, 1.04][index]
            for role in held:
                if role == "branch-secretary":
                    continue
                _log_role(session, rep, role, busy, first_year_start, day, rng)

        _requests(session, reps, day)
        _extras(session, reps, day, this_year.start)
    return session


def _requests(session: Session, reps: list[tuple[Rep, list[str]]], day: dt.date) -> None:
    """Requests awaiting an answer, a few refusals, and a conference on short notice."""
    siân, dafydd, gwenllian, rhys, mari, owain = (r for r, _ in reps[:6])
    future = [day + dt.timedelta(days=d) for d in (4, 9, 12, 15, 20, 26)]
    session.entries.add(Entry(siân.id, "steward", future[0], 180, "duties", start_time="09:00",
                              end_time="12:00", purpose="Represent a member at a disciplinary hearing",
                              location="Ysgol Glan Clwyd", notice_on=day - dt.timedelta(days=2),
                              status=REQUESTED))
    session.entries.add(Entry(dafydd.id, "steward", future[2], 420, "activities", start_time="09:00",
                              end_time="16:00", purpose="Regional health conference",
                              location="Venue Cymru, Llandudno", notice_on=day - dt.timedelta(days=1),
                              status=REQUESTED, conference=True))
    session.entries.add(Entry(owain.id, "info-consultation", future[3], 120, "functions",
                              start_time="13:30", end_time="15:30",
                              purpose="Consultation on the planning service redesign",
                              location="County Hall, Ruthin", notice_on=day - dt.timedelta(days=10),
                              status=REQUESTED))
    session.entries.add(Entry(mari.id, "steward", future[1], 150, "duties", start_time="13:00",
                              end_time="15:30", purpose="Grievance meeting for two kitchen staff",
                              location="Ysgol Bro Dyfrdwy", notice_on=day, status="draft"))
    # refused requests: one with reasons, one without (a flag under 21.2)
    for rep, role, offset, reasons in (
        (rhys, "learning", 40, ""),
        (gwenllian, "steward", 75, "Service pressures during the inspection week"),
        (dafydd, "steward", 20, "Not enough drivers to cover the round"),
    ):
        when = day - dt.timedelta(days=offset)
        session.entries.add(Entry(rep.id, role, when, 240, "duties" if role == "steward" else "functions",
                                  start_time="09:00", end_time="13:00",
                                  purpose="Accompany a member at a formal grievance hearing"
                                  if role == "steward" else "Learning fair for depot staff",
                                  location="County Hall, Ruthin",
                                  notice_on=when - dt.timedelta(days=14), status=REFUSED,
                                  notes=reasons))
    _open_demo_disputes(session, day)


def _open_demo_disputes(session: Session, day: dt.date) -> None:
    disputes = session.disputes
    for entry in session.entries.all(status=REFUSED):
        refused_on = entry.date - dt.timedelta(days=7)
        rep = session.reps.find(entry.rep_id)
        dispute = disputes.open(entry.id, refused_on, entry.notes, people=rep.manager).result
        if entry.notes:
            disputes.escalate(dispute.id, refused_on + dt.timedelta(days=5), rep.head_of_service)
        if "inspection" in entry.notes:
            disputes.escalate(dispute.id, refused_on + dt.timedelta(days=25), "Catherine Roberts")


def _extras(session: Session, reps: list[tuple[Rep, list[str]]], day: dt.date, year_start: dt.date) -> None:
    dafydd = reps[1][0]
    owain = reps[5][0]
    session.roles.add_extension(Extension(dafydd.id, "steward", "EQ-PAY-2025", 20 * 60,
                                          agreed_on=year_start + dt.timedelta(days=20),
                                          agreed_by="Head of Strategic HR",
                                          review_on=day + dt.timedelta(days=9)))
    session.roles.add_extension(Extension(owain.id, "steward", "RESTRUCTURE-PLN", 10 * 60,
                                          agreed_on=year_start + dt.timedelta(days=60),
                                          agreed_by="Head of Planning", review_on=day - dt.timedelta(days=3)))
    for rep, _ in reps[:4]:
        session.entries.add_toil(Toil(rep.id, day - dt.timedelta(days=40), "earned", 150,
                                      "Joint consultative committee ran past 5pm"))
    session.entries.add_toil(Toil(reps[0][0].id, day - dt.timedelta(days=10), "taken", 60,
                                  "Took an hour back"))
