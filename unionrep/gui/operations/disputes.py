"""The buttons of the Disputes view: escalate, record a response, ACAS dates, a letter, a complaint.

Each is one change of the Session's disputes, put on the undo stack (undone only while nothing
since rests on it; an outcome recorded by mistake can also be put right by reopening the dispute).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from unionrep.core import disputes as dispute_rules
from unionrep.gui.commands import RunChange
from unionrep.gui.dialogs.form_dialog import Field, FormDialog
from unionrep.gui.views.base import show_error

if TYPE_CHECKING:
    from unionrep.gui.views.disputes_view import DisputesView


def _t(text: str) -> str:
    return QCoreApplication.translate("DisputeActions", text)


def _run(view: DisputesView, title: str, fields: list[Field], action: Any, name: str,
         intro: str = "") -> None:
    def submit(values: dict[str, Any]) -> None:
        view.ctx.execute(RunChange(view.ctx, title, lambda: action(values)))

    dialog = FormDialog(title, fields, submit, view, intro=intro)
    dialog.setObjectName(name)
    view.open_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def escalate(view: DisputesView) -> None:
    d = view.current_dispute()
    if d is None:
        return
    disputes = view.disputes
    _run(view, _t("Take the dispute to the next stage"),
         [Field("on", _t("&Raised on:"), "date", view.ctx.today()),
          Field("to", _t("&With:"), placeholder=_t("the senior manager's or officer's name"))],
         lambda v: disputes.escalate(d.id, v["on"], v["to"]), "escalateDialog")


def respond(view: DisputesView) -> None:
    d = view.current_dispute()
    if d is None:
        return
    disputes = view.disputes
    outcomes: list[tuple[str, Any]] = [(_t("Still open"), None)]
    outcomes += [(dispute_rules.outcome_label(o, view.ctx.lang), o) for o in dispute_rules.OUTCOMES]
    _run(view, _t("Record the response"),
         [Field("on", _t("&Received on:"), "date", view.ctx.today()),
          Field("response", _t("&Response:"), "multiline"),
          Field("outcome", _t("&Outcome:"), "choice", None, outcomes)],
         lambda v: disputes.respond(d.id, v["on"], v["response"], v["outcome"]), "respondDialog")


def acas(view: DisputesView) -> None:
    d = view.current_dispute()
    if d is None:
        return
    disputes = view.disputes
    _run(view, _t("ACAS early conciliation"),
         [Field("a", _t("Day &A (ACAS received it):"), "date", d.acas_day_a or view.ctx.today()),
          Field("b", _t("Day &B (certificate):"), "optional_date", d.acas_day_b)],
         lambda v: disputes.acas(d.id, v["a"], v["b"]), "acasDialog",
         intro=_t("Early conciliation stops the tribunal clock: the days from Day A to Day B are added, and "
                  "the deadline is never less than one month after Day B."))


def complaint(view: DisputesView) -> None:
    disputes, ctx = view.disputes, view.ctx
    reps = [(r.name, r.id) for r in ctx.session.reps.all(include_ended=False)]
    if not reps:
        show_error(view, _t("Add a rep first."), _t("New complaint"))
        return
    _run(view, _t("A complaint about operating the agreement (clause 22.1)"),
         [Field("rep", _t("&Rep:"), "choice", reps[0][1], reps),
          Field("on", _t("&About what happened on:"), "date", ctx.today()),
          Field("reasons", _t("&What happened:"), "multiline"),
          Field("people", _t("&People involved:"))],
         lambda v: disputes.open(None, v["on"], v["reasons"], rep=v["rep"], people=v["people"],
                                 kind="complaint"), "complaintDialog")


def letter(view: DisputesView) -> None:
    """Save the letter for a step of the dispute (any step raised, or the next), in the language
    chosen, as a PDF (unionrep.gui.operations.documents)."""
    from unionrep.gui.operations.documents import ask_letter

    ask_letter(view)
