"""The crash test's two halves: a writer process, and the loop that kills it and checks the data.

The writer (``python crash_writer.py DB``) opens DB through the services, as the app does, and
writes without end: adds an entry, edits one, deletes one. Before each write it prints its intent
(``> A id``), after the write has committed it prints it done (``A id``), each line flushed. A
SIGKILL can land anywhere, so the last intent may or may not have happened; every write reported
done must be in the database.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve()
REP = "Ysgrifennwr Damwain"


def prepare(path: Path, *, encrypt: bool) -> Path:
    """A database with one steward to write for."""
    from unionrep.app.session import Session
    from unionrep.core.model import Rep
    from unionrep.store.connection import connect
    from unionrep.store.records import Store

    db = connect(path, create=True, encrypt=encrypt)
    session = Session(Store(db))
    session.policy.init("denbighshire-2012")
    rep = session.reps.add(Rep(name=REP, weekly_minutes=37 * 60, school=False)).result
    session.roles.assign(rep.id, "steward", dt.date(2020, 4, 1))
    db.conn.close()
    return path


def write_forever(path: Path, seed: int) -> None:
    from unionrep.app.session import open_session
    from unionrep.core.model import Entry

    rng = random.Random(seed)
    session = open_session(path)
    rep = session.reps.find(REP)
    mine: list[str] = []
    n = 0

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    say("ready")
    while True:
        n += 1
        roll = rng.random()
        if mine and roll < 0.2:
            target = rng.choice(mine)
            purpose = f"edited {seed}-{n}"
            say(f"> E {target} {purpose}")
            session.entries.edit(target, purpose=purpose)
            say(f"E {target} {purpose}")
        elif len(mine) > 5 and roll < 0.3:
            target = mine.pop(rng.randrange(len(mine)))
            say(f"> D {target}")
            session.entries.delete(target)
            say(f"D {target}")
        else:
            day = dt.date(2025, 4, 1) + dt.timedelta(days=n % 360)
            entry = Entry(rep_id=rep.id, role="steward", date=day, minutes=rng.choice([15, 30, 60, 90, 120]),
                          category="duties", paid=True, purpose=f"added {seed}-{n}")
            say(f"> A {entry.id} {entry.purpose}")
            session.entries.add(entry)
            mine.append(entry.id)
            say(f"A {entry.id} {entry.purpose}")


@dataclass
class Expected:
    """What the database must hold, from the lines the writers reported."""

    present: dict[str, str] = field(default_factory=dict)  # id -> purpose
    absent: set[str] = field(default_factory=set)
    reported: int = 0

    def apply(self, lines: list[str]) -> tuple[str, str, str] | None:
        """Take in one writer's output; returns its last write in flight (op, id, purpose), if any."""
        in_flight: tuple[str, str, str] | None = None
        for line in lines:
            if line == "ready":
                continue
            if line.startswith("> "):
                op, entry_id, *rest = line[2:].split(" ", 2)
                in_flight = (op, entry_id, rest[0] if rest else "")
                continue
            op, entry_id, *rest = line.split(" ", 2)
            self.reported += 1
            if op in ("A", "E"):
                self.present[entry_id] = rest[0]
            else:
                self.present.pop(entry_id, None)
                self.absent.add(entry_id)
            in_flight = None
        return in_flight

    def settle(self, in_flight: tuple[str, str, str] | None, rows: dict[str, str]) -> list[str]:
        """Problems: a reported write missing. The write in flight counts whichever way it went."""
        if in_flight is not None:
            op, entry_id, purpose = in_flight
            if op in ("A", "E") and rows.get(entry_id) == purpose:
                self.present[entry_id] = purpose
            elif op == "D" and entry_id not in rows:
                self.present.pop(entry_id, None)
                self.absent.add(entry_id)
        problems = [f"lost {i} ({p})" for i, p in self.present.items() if rows.get(i) != p]
        problems += [f"deleted {i} is back" for i in self.absent if i in rows]
        return problems


def spawn(path: Path, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(HERE), str(path), str(seed)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                            env=os.environ.copy())


def kill_once(path: Path, rng: random.Random, seed: int, expected: Expected) -> list[str]:
    """Start a writer, SIGKILL it at a random moment, and check the database; returns problems."""
    from unionrep.store.connection import connect
    from unionrep.store.health import check

    proc = spawn(path, seed)
    assert proc.stdout is not None
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0, 0.4))  # sometimes while it is still starting up
    else:
        first = proc.stdout.readline()
        if first.strip() != "ready":
            proc.kill()
            return [f"writer did not start: {first!r} {proc.communicate()[1][-2000:]}"]
        time.sleep(rng.uniform(0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    if proc.returncode != -signal.SIGKILL:
        return [f"writer ended by itself ({proc.returncode}): {err[-2000:]}"]
    lines = [line for line in out.split("\n")[:-1] if line]  # the text after the last newline is cut
    in_flight = expected.apply(lines)
    report = check(path)
    if not report.ok:
        return [f"check failed: {report.problems()}"]
    db = connect(path)  # opens (and would migrate): the database is usable
    rows = dict(db.execute("SELECT id, purpose FROM entries").fetchall())
    db.conn.close()
    return expected.settle(in_flight, rows)


def run_kills(path: Path, kills: int, seed: int = 0) -> tuple[Expected, list[str]]:
    rng = random.Random(seed)
    expected = Expected()
    problems: list[str] = []
    for i in range(kills):
        problems += kill_once(path, rng, seed * 100_000 + i, expected)
        if problems:
            break
    return expected, problems


if __name__ == "__main__":
    write_forever(Path(sys.argv[1]), int(sys.argv[2]))
