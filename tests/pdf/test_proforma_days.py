"""The Pro Forma's allowance table (RULES §4: used and remaining before and after the request) for
council training in days (RULES §3), for a rep whose hours changed (RULES §1): each entry is measured
by the hours in force on its day.

37 h a week to 30 Sep 2025 (a day = 444 min, 7.4 h), 18.5 h from 1 Oct 2025 (a day = 222 min, 3.7 h)."""

from __future__ import annotations

import datetime as dt
import re

from pdfread import needs_poppler, text

from unionrep.core.model import Entry, Rep

D = dt.date


@needs_poppler
def test_a_request_after_the_change_is_measured_by_the_new_day(session) -> None:
    rep = session.reps.add(Rep(name="Nia Wyn Edwards")).result
    session.roles.assign(rep.id, "steward", D(2020, 4, 1))
    session.reps.edit(rep.id, weekly_minutes=int(18.5 * 60), hours_from=D(2025, 10, 1))
    for day, minutes in ((D(2025, 6, 10), 444), (D(2025, 6, 11), 444), (D(2025, 11, 5), 222)):
        session.entries.add(Entry(rep.id, "steward", day, minutes, "council-training"))
    request = session.entries.add(Entry(rep.id, "steward", D(2026, 1, 14), 444, "council-training",
                                        status="requested")).result
    page = text(session.documents.proforma(request.id, "en"))
    row = next(line for line in page.splitlines() if len(re.findall(r"\d+\.\d\d", line)) == 6
               and "council training" in line.lower())
    # allowance 5; used before 888 ÷ 444 + 222 ÷ 222 = 3, remaining 2; this request 444 ÷ 222 = 2;
    # used after 3 + 2 = 5, remaining 0
    assert re.findall(r"\d+\.\d\d", row) == ["5.00", "3.00", "2.00", "2.00", "5.00", "0.00"]
