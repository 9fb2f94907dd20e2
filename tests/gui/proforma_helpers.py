"""A rep whose Pro Forma has every field filled (nothing is asked before it is made)."""

from __future__ import annotations


def fill_proforma_fields(service, rep_id: str) -> None:
    """Every field of the rep's Pro Forma filled, so none is asked for before it is made."""
    service.edit_rep(rep_id, union_name="UNSAIN Cymru", employee_no="E1042", manager="Rhodri Prydderch",
                     head_of_service="Elinor Huws")
    service.store.set_meta("director_name", "Gareth Owen")
    service.store.set_meta("head_of_hr_name", "Nia Pugh")
