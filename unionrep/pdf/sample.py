"""A realistic, invented Pro Forma for previews, the demo branch, tests and benchmarks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction
from typing import Any

from unionrep.pdf.labels import Bilingual
from unionrep.pdf.proforma import AllowanceRow, ProFormaData


def sample_proforma_data(**overrides: Any) -> ProFormaData:
    """An invented request (no real person); any field can be overridden by keyword."""
    data = ProFormaData(
        reference="PF-2026-0042",
        organisation=Bilingual("Cyngor Sir Ddinbych", "Denbighshire County Council"),
        union="UNSAIN Cymru / UNISON Cymru Wales",
        rep_name="Gwenllïan Ŵyn ap Dafydd Ŷr",
        employee_number="E104729",
        roles=(
            Bilingual("Swyddog cangen / stiward", "Branch officer / steward"),
            Bilingual("Cynrychiolydd iechyd a diogelwch", "Health and safety rep"),
        ),
        manager_name="Rhodri Llŷr Prydderch",
        head_of_service_name="Siân Elinor Huws",
        entry_date=dt.date(2026, 6, 14),
        start_time="09:30",
        end_time="12:00",
        duration_minutes=150,
        location="Neuadd y Sir, Rhuthun — Ystafell Bwyllgor 2",
        purpose=(
            "Cynrychioli aelod mewn gwrandawiad disgyblu (ŵyr i'r aelod yn dyst); "
            "paratoi gyda'r swyddog rhanbarthol ynghylch adolygiad ŷd y cynllun shifftiau."
        ),
        category=Bilingual(
            "Dyletswyddau undeb llafur (trafod, cynrychioli, disgyblu, cwyno)",
            "TU duties (negotiation, representation, discipline, grievance)",
        ),
        paid=True,
        notice_given_on=dt.date(2026, 5, 20),
        year_label="2026/27",
        allowances=(
            AllowanceRow(
                name=Bilingual("Swyddog cangen / stiward", "Branch officer / steward"),
                unit="hours",
                allowance=Fraction(6081, 100),
                used_before=Fraction(25, 2),
                used_after=Fraction(15),
            ),
            AllowanceRow(
                name=Bilingual("Cap cyfunol", "Combined cap"),
                unit="hours",
                allowance=130,
                used_before=Fraction(45, 2),
                used_after=Fraction(25),
            ),
        ),
        status="requested",
        case_reference="DISC-2026-017",
    )
    return dataclasses.replace(data, **overrides) if overrides else data
