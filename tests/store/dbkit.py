"""Helpers for the reliability tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from unionrep.app.session import Session
from unionrep.core.model import Entry, Rep
from unionrep.store import crypto
from unionrep.store.connection import connect
from unionrep.store.health import open_readonly
from unionrep.store.records import Store

PASSPHRASE = "correct horse battery staple"


def populate(session: Session, reps: int = 3, entries: int = 4) -> list[str]:
    """Reps with a steward role and a few entries each; returns the entry ids."""
    ids = []
    for i in range(reps):
        rep = session.reps.add(Rep(name=f"Cynrychiolydd {i} Ŵyn", weekly_minutes=37 * 60, school=False,
                                   notes="Achos aelod: cyfrinachol")).result
        session.roles.assign(rep.id, "steward", dt.date(2024, 4, 1))
        for j in range(entries):
            entry = Entry(rep_id=rep.id, role="steward", date=dt.date(2025, 5, 1) + dt.timedelta(days=j),
                          minutes=90, category="duties", paid=True, purpose="Grievance hearing",
                          location="County Hall")
            session.entries.add(entry)
            ids.append(entry.id)
    return ids


def make_branch(path: Path, mode: str, **kwargs: Any) -> Path:
    db = connect(path, create=True, encrypt=(mode == "encrypted"))
    session = Session(Store(db))
    session.policy.init("denbighshire-2012")
    populate(session, **kwargs)
    db.conn.close()
    return path


def dump(path: Path, passphrase: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read without writing a byte."""
    with open_readonly(path, passphrase=passphrase, prompt=crypto.no_prompt) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{n}"').fetchall()), key=repr)
                for n in names}


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()

