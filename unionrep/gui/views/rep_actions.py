"""What the buttons on a rep's page do: each asks in a small dialog, then runs an undoable command."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from unionrep.core.entries import parse_hours
from unionrep.core.errors import ValidationError
from unionrep.core.model import Extension, Toil
from unionrep.gui.commands import AddRecord, AssignRole, EditRep, EndRole
from unionrep.gui.dialogs.form_dialog import Field, FormDialog
from unionrep.gui.views.base import show_error

if TYPE_CHECKING:
    from unionrep.gui.views.rep_page import RepPage


def _t(text: str) -> str:
    return QCoreApplication.translate("RepActions", text)


def _big_hours(text: str) -> int:
    """Hours that may run past a day (an extension of 20 h): whole minutes, more than zero."""
    try:
        minutes = Fraction(text.strip()) * 60
    except (ValueError, ZeroDivisionError):
        raise ValidationError("hours", _t("{text!r} is not a number of hours").format(text=text)) from None
    if minutes <= 0 or minutes.denominator != 1:
        raise ValidationError("hours", _t("must be more than zero, in whole minutes"))
    return int(minutes)


def _open(page: RepPage, dialog: FormDialog, name: str) -> FormDialog:
    dialog.setObjectName(name)
    page.open_dialog = dialog  # type: ignore[attr-defined]  # kept for tests and for focus
    dialog.open()
    return dialog


def edit_rep(page: RepPage) -> None:
    if page.rep is None:
        return
    from unionrep.gui.dialogs.rep_dialog import RepDialog

    dialog = RepDialog(page.ctx, page.rep.id, parent=page)
    page.open_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def end_or_reinstate(page: RepPage) -> None:
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    if rep.ended_on is not None:
        try:
            ctx.execute(EditRep(ctx, rep.id, {"ended_on": None}, _t("Reinstate rep")))
        except Exception as exc:  # a UnionrepError, shown rather than raised
            show_error(page, exc)
        return

    def submit(values: dict[str, Any]) -> None:
        ctx.execute(EditRep(ctx, rep.id, {"ended_on": values["on"]}, _t("End rep")))

    _open(page, FormDialog(
        _t("End {name} as a rep").format(name=rep.name),
        [Field("on", _t("&Ended on:"), "date", ctx.today())], submit, page,
        intro=_t("The rep's records stay; they no longer appear on the dashboard. Roles still open "
                 "can be ended on the Roles tab.")), "endRepDialog")


def assign_role(page: RepPage) -> None:
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    profile = ctx.service.profile
    roles = [(r.name(ctx.lang), rid) for rid, r in profile.roles.items()]

    def submit(values: dict[str, Any]) -> None:
        percent = None
        if values["percent"]:
            try:
                percent = Fraction(values["percent"].rstrip("%").strip())
            except (ValueError, ZeroDivisionError):
                raise ValidationError("secondment-percent", _t("{text!r} is not a number").format(
                    text=values["percent"])) from None
        ctx.execute(AssignRole(ctx, rep.id, values["role"], values["from"], values["to"],
                               values["notified"], percent))

    _open(page, FormDialog(
        _t("Assign a role to {name}").format(name=rep.name),
        [Field("role", _t("&Role:"), "choice", roles[0][1] if roles else None, roles),
         Field("from", _t("&From:"), "date", ctx.today()),
         Field("to", _t("&To:"), "optional_date", None),
         Field("notified", _t("&Notified on:"), "optional_date", ctx.today(),
               help=_t("The day the union told the employer in writing (clauses 4.1–4.2)")),
         Field("percent", _t("&Secondment %:"), placeholder=_t("branch secretary only, e.g. 50"))],
        submit, page), "assignRoleDialog")


def end_role(page: RepPage) -> None:
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    open_roles = [a for a in ctx.service.assignments(rep.id) if a.end_on is None]
    if not open_roles:
        show_error(page, _t("{name} holds no open role to end.").format(name=rep.name), _t("End role"))
        return
    chosen = page.current_assignment()
    default = chosen.role if chosen is not None and chosen.end_on is None else open_roles[0].role
    choices = [(ctx.service.profile.roles[a.role].name(ctx.lang) if a.role in ctx.service.profile.roles
                else a.role, a.role) for a in open_roles]

    def submit(values: dict[str, Any]) -> None:
        ctx.execute(EndRole(ctx, rep.id, values["role"], values["on"]))

    _open(page, FormDialog(
        _t("End a role of {name}").format(name=rep.name),
        [Field("role", _t("&Role:"), "choice", default, choices),
         Field("on", _t("&Last day:"), "date", ctx.today())], submit, page), "endRoleDialog")


def add_extension(page: RepPage) -> None:
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    held = list(dict.fromkeys(a.role for a in ctx.service.assignments(rep.id)))
    roles = [(ctx.service.profile.roles[r].name(ctx.lang), r) for r in held if r in ctx.service.profile.roles]

    def submit(values: dict[str, Any]) -> None:
        if not values["role"]:
            raise ValidationError("role", _t("assign a role first"))
        minutes = _big_hours(values["hours"])
        ctx.execute(AddRecord(ctx, Extension(rep.id, values["role"], values["case"], minutes,
                                             values["agreed_on"], values["agreed_by"], values["review"])))

    _open(page, FormDialog(
        _t("Extension for {name}").format(name=rep.name),
        [Field("role", _t("&Role:"), "choice", roles[0][1] if roles else None, roles),
         Field("case", _t("&Case reference:"), placeholder=_t("e.g. EQ-PAY-2025")),
         Field("hours", _t("Extra &hours:"), placeholder="20"),
         Field("agreed_on", _t("&Agreed on:"), "date", ctx.today()),
         Field("agreed_by", _t("Agreed &by:")),
         Field("review", _t("Re&view on:"), "optional_date", None)],
        submit, page, intro=_t("Hours above the allowance agreed at the start of a detailed project or a "
                               "complex case (clauses 11.1–11.2).")), "extensionDialog")


def add_toil(page: RepPage) -> None:
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return

    def submit(values: dict[str, Any]) -> None:
        ctx.execute(AddRecord(ctx, Toil(rep.id, values["date"], values["kind"],
                                        parse_hours(values["hours"], "hours"), values["reason"])))

    _open(page, FormDialog(
        _t("Time off in lieu for {name}").format(name=rep.name),
        [Field("date", _t("&Date:"), "date", ctx.today()),
         Field("kind", _t("&Kind:"), "choice", "earned", [(_t("Earned"), "earned"), (_t("Taken"), "taken")]),
         Field("hours", _t("&Hours:"), placeholder="1.5"),
         Field("reason", _t("&Reason:"), placeholder=_t("e.g. the consultative meeting ran past 5pm"))],
        submit, page, intro=_t("A management meeting that runs past normal finish, or is held on a day off, "
                               "earns the same time back (clauses 14.3–14.4).")), "toilDialog")
