"""Before a Pro Forma is made: its fields that would print "Heb ei nodi / Not stated" (the union,
the line manager…), offered to be filled in first. What is typed is saved (undoably) to the rep's
record or the settings, where every later Pro Forma finds it; what is left empty stays "Not stated"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from unionrep.gui.commands import EditRep, SetMeta
from unionrep.gui.context import AppContext
from unionrep.gui.dialogs.form_dialog import Field, FormDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("ProFormaGaps", text)


def fill_then(parent: QWidget, ctx: AppContext, entry_id: str, then: Callable[[], None]) -> FormDialog | None:
    """`then()` at once where nothing is missing; else a form of the empty fields first, and
    `then()` once it is accepted (Cancel: no Pro Forma)."""
    from unionrep.pdf.labels import label_pair

    gaps = ctx.session.documents.proforma_gaps(entry_id)
    if not gaps:
        then()
        return None
    rep_id = ctx.service.get_entry(entry_id).rep_id
    lang = 0 if ctx.lang == "cy" else 1
    fields = [Field(gap.name, label_pair(gap.label)[lang] + ":") for gap in gaps]

    def submit(values: dict[str, Any]) -> None:
        typed = {gap.name: str(values[gap.name]).strip() for gap in gaps if str(values[gap.name]).strip()}
        rep_changes = {g.name: typed[g.name] for g in gaps if g.kept_in == "rep" and g.name in typed}
        if rep_changes:
            ctx.execute(EditRep(ctx, rep_id, rep_changes))
        for gap in gaps:
            if gap.kept_in == "setting" and gap.name in typed:
                ctx.execute(SetMeta(ctx, gap.name, typed[gap.name]))
        then()

    dialog = FormDialog(
        _t("Before the Pro Forma is made"), fields, submit, parent,
        intro=_t("These would print as \"Not stated\". Fill in what you know: it is kept for every "
                 "Pro Forma after this one. Anything left empty stays \"Not stated\"."),
        ok_text=_t("&Make the Pro Forma"))
    dialog.setObjectName("proformaGapsDialog")
    dialog.open()
    return dialog
