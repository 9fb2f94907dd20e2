"""A rep whose Pro Forma has every field filled (nothing is asked before it is made)."""

from __future__ import annotations


def fill_proforma_fields(session, rep_id: str) -> None:
    """Every field of the rep's Pro Forma filled, so none is asked for before it is made."""
    session.reps.edit(rep_id, union_name="UNSAIN Cymru", employee_no="E1042", manager="Rhodri Prydderch",
                      head_of_service="Elinor Huws")
    session.store.set_meta("director_name", "Gareth Owen")
    session.store.set_meta("head_of_hr_name", "Nia Pugh")
