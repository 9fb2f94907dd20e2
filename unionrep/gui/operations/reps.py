"""What the buttons on a rep's page do: each asks in a small dialog, then runs an undoable command."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate

from unionrep.core.entries import parse_extra_hours, parse_hours
from unionrep.core.errors import ValidationError
from unionrep.core.flags import add_months
from unionrep.core.model import Extension, Toil
from unionrep.gui.commands import AddRecord, AssignRole, EditAssignment, EditExtension, EditRep, EndRole
from unionrep.gui.dialogs.form_dialog import Field, FormDialog
from unionrep.gui.texts import day_text, hours_of, num
from unionrep.gui.views.base import show_error

if TYPE_CHECKING:
    from unionrep.gui.views.rep_page import RepPage


REVIEW_MONTHS = 3  # "Reviewed today" proposes the next review this far on


def _t(text: str) -> str:
    return QCoreApplication.translate("RepActions", text)


def _percent(text: str) -> Fraction | None:
    """A secondment share, '50' or '50%'; empty for none."""
    if not text.strip():
        return None
    try:
        return Fraction(text.rstrip("%").strip())
    except (ValueError, ZeroDivisionError):
        raise ValidationError("secondment-percent",
                              _t("{text!r} is not a number").format(text=text)) from None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


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
    profile = ctx.session.profile
    roles = [(r.name(ctx.lang), rid) for rid, r in profile.roles.items()]

    def submit(values: dict[str, Any]) -> None:
        ctx.execute(AssignRole(ctx, rep.id, values["role"], values["from"], values["to"],
                               values["notified"], _percent(values["percent"])))

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
    open_roles = [a for a in ctx.session.roles.assignments(rep.id) if a.end_on is None]
    if not open_roles:
        show_error(page, _t("{name} holds no open role to end.").format(name=rep.name), _t("End role"))
        return
    chosen = page.current_assignment()
    default = chosen.role if chosen is not None and chosen.end_on is None else open_roles[0].role
    choices = [(ctx.session.profile.role_name(a.role, ctx.lang), a.role) for a in open_roles]

    def submit(values: dict[str, Any]) -> None:
        ctx.execute(EndRole(ctx, rep.id, values["role"], values["on"]))

    _open(page, FormDialog(
        _t("End a role of {name}").format(name=rep.name),
        [Field("role", _t("&Role:"), "choice", default, choices),
         Field("on", _t("&Last day:"), "date", ctx.today())], submit, page), "endRoleDialog")


def edit_role(page: RepPage) -> None:
    """Correct a role assignment: its dates, the day the employer was told, a secondment share."""
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    chosen = page.current_assignment()
    if chosen is None:
        show_error(page, _t("Choose the role to edit in the list first."), _t("Edit role"))
        return
    role = ctx.session.profile.role_name(chosen.role, ctx.lang)
    seconded = chosen.role in ctx.session.profile.roles and ctx.session.profile.roles[chosen.role].secondment
    fields = [Field("from", _t("&From:"), "date", chosen.start_on),
              Field("to", _t("&To:"), "optional_date", chosen.end_on),
              Field("notified", _t("&Notified on:"), "optional_date", chosen.notified_on,
                    help=_t("The day the union told the employer in writing (clauses 4.1–4.2)"))]
    if seconded or chosen.secondment_percent is not None:
        fields.append(Field("percent", _t("&Secondment %:"),
                            default="" if chosen.secondment_percent is None
                            else num(chosen.secondment_percent)))

    def submit(values: dict[str, Any]) -> None:
        changes: dict[str, Any] = {"start_on": values["from"], "end_on": values["to"],
                                   "notified_on": values["notified"]}
        if "percent" in values:
            changes["secondment_percent"] = _percent(values["percent"])
        changes = {k: v for k, v in changes.items() if getattr(chosen, k) != v}
        if changes:
            ctx.execute(EditAssignment(ctx, chosen.id, changes))

    title = _t("{role} held by {name}").format(role=role, name=rep.name)
    _open(page, FormDialog(title, fields, submit, page), "editRoleDialog")


def edit_extension(page: RepPage) -> None:
    """Change an extension's hours or agreement, set its next review, or record that it was
    reviewed today (clause 11.2: extensions are reviewed regularly)."""
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    chosen = page.current_extension()
    if chosen is None:
        show_error(page, _t("Choose the extension to edit in the list first."), _t("Edit extension"))
        return
    today = ctx.today()
    dialog = FormDialog(
        _t("Extension {case} for {name}").format(case=chosen.case_ref, name=rep.name),
        [Field("hours", _t("Extra &hours:"), default=hours_of(chosen.extra_minutes)),
         Field("agreed_on", _t("&Agreed on:"), "date", chosen.agreed_on),
         Field("agreed_by", _t("Agreed &by:"), default=chosen.agreed_by),
         Field("review", _t("&Next review on:"), "optional_date", chosen.review_on),
         Field("reviewed", _t("&Reviewed today ({day})").format(day=day_text(today)), "check", False,
               help=_t("Records the review and sets the next one: the review flag clears"))],
        lambda values: submit(values), page,
        intro=_t("Hours above the allowance agreed at the start of a detailed project or a "
                 "complex case, reviewed regularly (clauses 11.1–11.2)."))

    def reviewed(on: bool) -> None:
        # the review due is the one done today: the next is proposed a quarter on (it can be changed);
        # unticked, the review date goes back to what it was
        check, date = dialog.widget("review")
        check.setChecked(on or chosen.review_on is not None)
        date.setDate(_qdate(add_months(today, REVIEW_MONTHS) if on else chosen.review_on or today))

    dialog.widget("reviewed").toggled.connect(reviewed)

    def submit(values: dict[str, Any]) -> None:
        same = values["hours"] == hours_of(chosen.extra_minutes)  # shown rounded: unchanged is unchanged
        minutes = chosen.extra_minutes if same else parse_extra_hours(values["hours"])
        changes: dict[str, Any] = {"extra_minutes": minutes,
                                   "agreed_on": values["agreed_on"], "agreed_by": values["agreed_by"],
                                   "review_on": values["review"]}
        changes = {k: v for k, v in changes.items() if getattr(chosen, k) != v}
        if values["reviewed"]:
            changes["review_on"] = values["review"]
            ctx.execute(EditExtension(ctx, chosen.id, changes, reviewed_on=today))
        elif changes:
            ctx.execute(EditExtension(ctx, chosen.id, changes))

    _open(page, dialog, "editExtensionDialog")


def add_extension(page: RepPage) -> None:
    rep, ctx = page.rep, page.ctx
    if rep is None:
        return
    held = list(dict.fromkeys(a.role for a in ctx.session.roles.assignments(rep.id)))
    roles = [(ctx.session.profile.roles[r].name(ctx.lang), r) for r in held if r in ctx.session.profile.roles]

    def submit(values: dict[str, Any]) -> None:
        if not values["role"]:
            raise ValidationError("role", _t("assign a role first"))
        minutes = parse_extra_hours(values["hours"])
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
