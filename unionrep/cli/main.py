"""unionrep-cli: the command line, a thin shell over the application layer (unionrep.app.Session).

Every command takes --db PATH (default: UNIONREP_DB, then the user data folder) and --json
(machine output on stdout; errors as {"error": "..."} with a non-zero exit).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, NoReturn

from unionrep import __version__
from unionrep.app.session import DEFAULT_POLICY, Session, open_session
from unionrep.cli import disputes as cli_disputes
from unionrep.cli import documents as cli_documents
from unionrep.cli import exchange as cli_exchange
from unionrep.cli import history as cli_history
from unionrep.cli import reliability as cli_reliability
from unionrep.cli import settings as cli_settings
from unionrep.cli import sync as cli_sync
from unionrep.cli.lang import (
    HelpFormatter,
    category_name,
    choose_lang,
    install_argparse_words,
    role_name,
    say,
    status_name,
)
from unionrep.cli.render import (
    _balance_text,
    _effects_text,
    _log_show_text,
    _rep_show_text,
    echo,
    hours_text,
    table,
)
from unionrep.core import messages, pay
from unionrep.core import policy as policy_mod
from unionrep.core.caps import fmt_number
from unionrep.core.effects import entry_effects
from unionrep.core.entries import (
    minutes_between,
    parse_date,
    parse_extra_hours,
    parse_hours,
    parse_optional_date,
    parse_weekly_hours,
)
from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.core.messages import t
from unionrep.core.model import STATUSES, TAKEN, Entry, Extension, Rep, Toil
from unionrep.paths import resolve_db
from unionrep.store.connection import DB_ERRORS, as_database_error, file_error

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + 13  # 141, as the shell reports a program stopped by SIGPIPE


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing and exiting, so --json can report the error, and
    says its help in the current language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self.db_path: Path = resolve_db(getattr(args, "db", None))
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            if not self.db_path.exists():
                raise UnionrepError("no database at {path}; create one with 'unionrep-cli init'",
                                    path=self.db_path)
            self._session = open_session(self.db_path)
        return self._session

    @property
    def service(self) -> Any:
        """The old single-object API, for the command groups that still take it (documents,
        bundles and CSV, whose functions are written against it)."""
        return self.session.legacy

    def out(self, data: Any, text: str | Callable[[], str]) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            echo(text() if callable(text) else text)


def _hours_arg(args: argparse.Namespace) -> tuple[int, str | None, str | None]:
    if args.hours is not None and (args.start or args.end):
        raise ValidationError("hours", "give --hours or --start/--end, not both")
    if args.hours is not None:
        return parse_hours(args.hours), None, None
    if not (args.start and args.end):
        raise ValidationError("hours", "give --hours H, or both --start HH:MM and --end HH:MM")
    return minutes_between(args.start, args.end), args.start, args.end


def _int_arg(text: str, field: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValidationError(field, "{text!r} is not a whole number", text=text) from None


# -- commands ----------------------------------------------------------------------------------


def cmd_init(ctx: Context) -> None:
    from unionrep.store.connection import connect
    from unionrep.store.records import Store

    policy_id = ctx.args.policy
    policy_mod.shipped_profile_data(policy_id)  # validates the name before a file is made
    if ctx.db_path.exists():
        session = Session(Store(connect(ctx.db_path)))
        if session.initialised:
            raise UnionrepError("a database already exists at {path}; nothing changed", path=ctx.db_path)
    else:
        session = Session(Store(connect(ctx.db_path, create=True)))
    session.policy.init(policy_id)
    ctx.out({"db": str(ctx.db_path), "policy": policy_id},
            t("done.init", path=ctx.db_path, policy=policy_id))


REP_FIELDS = {
    "employee_no": "employee-no", "job": "job", "department": "department", "workplace": "workplace",
    "union_name": "union", "email": "email", "manager": "manager", "manager_email": "manager-email",
    "head_of_service": "head-of-service", "head_of_service_email": "head-of-service-email",
    "notes": "notes",
}


def _rep_changes(args: argparse.Namespace, session: Session) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if getattr(args, "name", None) is not None:
        changes["name"] = args.name
    for attr in REP_FIELDS:
        value = getattr(args, attr, None)
        if value is not None:
            changes[attr] = value
    if args.weekly_hours is not None:
        changes["weekly_minutes"] = parse_weekly_hours(args.weekly_hours, "weekly-hours")
    if args.full_time_hours is not None:
        changes["full_time_minutes"] = parse_weekly_hours(args.full_time_hours, "full-time-hours")
    if args.school is not None:
        changes["school"] = args.school
    if args.academic_start is not None:
        changes["academic_start"] = args.academic_start
    if args.scp is not None:
        changes["scp"] = _int_arg(args.scp, "scp")
        changes["hourly_rate_pence"] = None
    if args.hourly_rate is not None:
        changes["hourly_rate_pence"] = pay.parse_money_pence(args.hourly_rate, "hourly-rate")
        changes["scp"] = None
    if args.scp is not None and args.hourly_rate is not None:
        raise ValidationError("scp", "give --scp or --hourly-rate, not both")
    return changes


def cmd_rep_add(ctx: Context) -> None:
    session = ctx.session
    changes = _rep_changes(ctx.args, session)
    full_time = int(session.profile.settings.full_time_hours * 60)
    changes.setdefault("full_time_minutes", full_time)
    changes.setdefault("weekly_minutes", changes["full_time_minutes"])
    changes.setdefault("academic_start", session.profile.settings.academic_year_start)
    rep = session.reps.add(Rep(**changes)).result
    ctx.out({"id": rep.id}, say("rep.added", name=rep.name, id=rep.id))


def cmd_rep_edit(ctx: Context) -> None:
    session = ctx.session
    rep = session.reps.find(ctx.args.rep)
    changes = _rep_changes(ctx.args, session)
    if ctx.args.ended_on is not None:
        changes["ended_on"] = parse_optional_date(ctx.args.ended_on, "ended-on")
    if not changes:
        raise ValidationError("rep edit", "name at least one field to change")
    hours_from = parse_optional_date(ctx.args.hours_from, "from")
    if hours_from is not None and "weekly_minutes" not in changes:
        raise ValidationError("from", "goes with --weekly-hours: the day the new hours start")
    updated = session.reps.edit(rep.id, hours_from, **changes).result
    ctx.out({"id": updated.id}, say("rep.saved", name=updated.name))


def _rep_dict(rep: Rep, session: Session) -> dict[str, Any]:
    return {
        "id": rep.id, "name": rep.name, "employee_no": rep.employee_no, "job": rep.job,
        "department": rep.department, "workplace": rep.workplace, "union": rep.union_name,
        "email": rep.email,
        "weekly_hours": round(rep.weekly_minutes / 60, 2),
        "full_time_hours": round(rep.full_time_minutes / 60, 2), "school": rep.school,
        "academic_start": rep.academic_start, "scp": rep.scp,
        "hourly_rate": None if rep.hourly_rate_pence is None else rep.hourly_rate_pence / 100,
        "manager": rep.manager, "manager_email": rep.manager_email,
        "head_of_service": rep.head_of_service, "head_of_service_email": rep.head_of_service_email,
        "ended_on": None if rep.ended_on is None else rep.ended_on.isoformat(),
        "hours": [{"from": h.from_on.isoformat(), "weekly_hours": fmt_number(Fraction(h.weekly_minutes, 60))}
                  for h in session.reps.hours(rep.id)],
        "roles": [
            {"id": a.id, "role": a.role, "from": a.start_on.isoformat(),
             "to": None if a.end_on is None else a.end_on.isoformat(),
             "notified_on": None if a.notified_on is None else a.notified_on.isoformat(),
             "secondment_percent": None if a.secondment_percent is None else float(a.secondment_percent)}
            for a in session.roles.assignments(rep.id)
        ],
    }


def cmd_rep_list(ctx: Context) -> None:
    reps = ctx.session.reps.all(include_ended=ctx.args.all)
    data = [{"id": r.id, "name": r.name, "employee_no": r.employee_no, "school": r.school,
             "weekly_hours": round(r.weekly_minutes / 60, 2),
             "ended_on": None if r.ended_on is None else r.ended_on.isoformat()} for r in reps]

    def text() -> str:
        if not reps:
            return say("rep.none")
        headers = [say(f"col.{c}") for c in ("id", "name", "weekly_hours", "ended")]
        return table(headers, [[r.id, r.name, hours_text(r.weekly_minutes),
                                "" if r.ended_on is None else str(r.ended_on)] for r in reps])

    ctx.out(data, text)


def cmd_rep_show(ctx: Context) -> None:
    session = ctx.session
    rep = session.reps.find(ctx.args.rep)
    data = _rep_dict(rep, session)
    ctx.out(data, lambda: _rep_show_text(rep, data, session.profile))


def cmd_role_assign(ctx: Context) -> None:
    a = ctx.args
    percent = None
    if a.secondment_percent is not None:
        try:
            percent = Fraction(a.secondment_percent)
        except ValueError:
            raise ValidationError("secondment-percent", "{text!r} is not a number",
                                  text=a.secondment_percent) from None
    start = parse_date(a.start, "from") if a.start else dt.date.today()
    assignment = ctx.session.roles.assign(
        a.rep, a.role, start, parse_optional_date(a.end, "to"),
        parse_optional_date(a.notice_on, "notice-on"), percent).result
    ctx.out({"id": assignment.id},
            say("role.assigned", role=role_name(ctx.session.profile, a.role), start=assignment.start_on))


def cmd_role_end(ctx: Context) -> None:
    a = ctx.args
    day = parse_date(a.on, "on") if a.on else dt.date.today()
    assignment = ctx.session.roles.end(a.rep, a.role, day).result
    ctx.out({"id": assignment.id}, say("role.ended", role=role_name(ctx.session.profile, a.role), day=day))


def cmd_log_add(ctx: Context) -> None:
    a = ctx.args
    session = ctx.session
    rep = session.reps.find(a.rep)
    minutes, start, end = _hours_arg(a)
    category = session.profile.categories.get(a.category)
    paid = not a.unpaid
    if a.unpaid is False and category is not None and not category.default_paid and not a.paid:
        paid = False  # categories that are unpaid unless agreed start unpaid
    entry = Entry(
        rep_id=rep.id, role=a.role, date=parse_date(a.date, "date"), minutes=minutes,
        category=a.category, paid=paid, start_time=start, end_time=end, purpose=a.purpose or "",
        location=a.location or "", notice_on=parse_optional_date(a.notice_on, "notice-on"),
        status=a.status, case_ref=a.case_ref or "", conference=a.conference,
        political=a.political, notes=a.notes or "",
    )
    before, after, new_flags = session.balances.preview(entry)
    session.entries.add(entry, a.allow_overlap)
    warnings = [f.text() for f in new_flags]
    ctx.out({"id": entry.id, "warnings": warnings},
            lambda: "\n".join([say("log.logged", hours=hours_text(minutes), rep=rep.name, date=entry.date,
                                   id=entry.id),
                               *_effects_text(entry_effects(before, after), warnings, session.profile)]))


def cmd_log_edit(ctx: Context) -> None:
    a = ctx.args
    changes: dict[str, Any] = {}
    if a.date is not None:
        changes["date"] = parse_date(a.date, "date")
    if a.hours is not None or a.start or a.end:
        minutes, start, end = _hours_arg(a)
        changes.update(minutes=minutes, start_time=start, end_time=end)
    for attr in ("role", "category", "purpose", "location", "status", "case_ref", "notes"):
        value = getattr(a, attr)
        if value is not None:
            changes[attr] = value
    if a.notice_on is not None:
        changes["notice_on"] = parse_optional_date(a.notice_on, "notice-on")
    if a.paid:
        changes["paid"] = True
    if a.unpaid:
        changes["paid"] = False
    if not changes:
        raise ValidationError("log edit", "name at least one field to change")
    entry = ctx.session.entries.edit(a.entry, a.allow_overlap, **changes).result
    ctx.out({"id": entry.id}, say("log.saved", id=entry.id))


def cmd_log_delete(ctx: Context) -> None:
    entry = ctx.session.entries.get(ctx.args.entry)
    if not ctx.args.yes:  # ask first, or be told to go ahead
        if not sys.stdin.isatty():
            raise ValidationError("yes", "add --yes to delete without being asked (there is no terminal "
                                         "to ask on); 'unionrep-cli undo' puts a deleted entry back")
        question = say("log.confirm", reference=entry.reference, hours=hours_text(entry.minutes),
                       rep=ctx.session.reps.find(entry.rep_id).name, date=entry.date)
        answer = input(question).strip().lower()
        if answer not in ("y", "yes", "i", "ie"):
            ctx.out({"id": entry.id, "deleted": False}, say("log.kept"))
            return
    ctx.session.entries.delete(entry.id)
    ctx.out({"id": entry.id, "deleted": True}, say("log.deleted", id=entry.id))


def _entry_dict(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id, "reference": e.reference, "rep": e.rep_id, "role": e.role,
        "date": e.date.isoformat(), "start": e.start_time, "end": e.end_time,
        "minutes": e.minutes, "hours": round(e.minutes / 60, 2), "category": e.category,
        "paid": e.paid, "purpose": e.purpose, "location": e.location,
        "notice_on": None if e.notice_on is None else e.notice_on.isoformat(), "status": e.status,
        "case_ref": e.case_ref, "conference": e.conference, "political": e.political,
        "notes": e.notes,
    }


def cmd_log_list(ctx: Context) -> None:
    a = ctx.args
    session = ctx.session
    rep = session.reps.find(a.rep) if a.rep else None
    year = None
    if a.year is not None:
        start_year = _int_arg(a.year, "year")
        if not 1990 <= start_year <= 2100:
            raise ValidationError("year", "{year} is outside the years 1990–2100", year=start_year)
        if rep is not None:
            year = rep.year_of(dt.date(start_year, *rep.year_start()))
        else:
            from unionrep.core.periods import year_by_label

            year = year_by_label(start_year)
    if a.status is not None and a.status not in STATUSES:
        raise ValidationError("status", "must be one of {choices}", choices=", ".join(STATUSES))
    entries = session.entries.all(rep.id if rep else None, year, a.status)
    names = {r.id: r.name for r in session.reps.all()}

    def text() -> str:
        if not entries:
            return say("log.none")
        profile = session.profile
        headers = [say(f"col.{c}") for c in ("date", "hours", "rep", "role", "category", "status", "id")]
        return table(headers, [
            [str(e.date), hours_text(e.minutes), names.get(e.rep_id, e.rep_id)[:24],
             role_name(profile, e.role)[:28], category_name(profile, e.category)[:28],
             status_name(e.status), e.id] for e in entries])

    ctx.out([_entry_dict(e) for e in entries], text)


def cmd_log_show(ctx: Context) -> None:
    session = ctx.session
    entry = session.entries.get(ctx.args.entry)
    data = _entry_dict(entry)
    data["history"] = [
        {"at": h["at"], "field": h["field"], "old": h["old"], "new": h["new"]}
        for h in session.store.history(entry.id)
    ]
    ctx.out(data, lambda: _log_show_text(data, session.profile))


def cmd_balance(ctx: Context) -> None:
    on = parse_date(ctx.args.on, "on") if ctx.args.on else dt.date.today()
    balance = ctx.session.balances.of(ctx.args.rep, on)
    ctx.out(balance.to_json(), lambda: _balance_text(balance, ctx.session.profile))


def cmd_flags(ctx: Context) -> None:
    on = parse_date(ctx.args.on, "on") if ctx.args.on else dt.date.today()
    flags = ctx.session.balances.flags(on)
    ctx.out([{"code": f.code, "severity": f.severity, "rep": f.rep_id, "subject": f.subject_kind,
              "id": f.subject_id, "text": f.text()} for f in flags],
            lambda: "\n".join(f"! {f.text()}" for f in flags) or say("flags.none"))


def cmd_policy_list(ctx: Context) -> None:
    names = policy_mod.shipped_profiles()
    ctx.out(names, "\n".join(names))


def cmd_policy_show(ctx: Context) -> None:
    data = ctx.session.policy.data()
    ctx.out(data, json.dumps(data, ensure_ascii=False, indent=2))


def cmd_policy_set(ctx: Context) -> None:
    ctx.session.policy.set(ctx.args.key, ctx.args.value)
    ctx.out({"key": ctx.args.key, "value": ctx.args.value},
            say("policy.set", key=ctx.args.key, value=ctx.args.value))


def cmd_extension_add(ctx: Context) -> None:
    a = ctx.args
    x = Extension(
        rep_id=a.rep, role=a.role, case_ref=a.case, extra_minutes=parse_extra_hours(a.hours, "hours"),
        agreed_on=parse_date(a.agreed_on, "agreed-on"), agreed_by=a.agreed_by or "",
        review_on=parse_optional_date(a.review_on, "review-on"), notes=a.notes or "",
    )
    ctx.session.roles.add_extension(x)
    ctx.out({"id": x.id}, say("extension.recorded", case=x.case_ref, time=hours_text(x.extra_minutes)))


def cmd_toil_add(ctx: Context) -> None:
    a = ctx.args
    toil = Toil(rep_id=a.rep, date=parse_date(a.date, "date"), kind=a.kind,
                minutes=parse_hours(a.hours, "hours"), reason=a.reason or "")
    ctx.session.entries.add_toil(toil)
    ctx.out({"id": toil.id}, say("toil.recorded", kind=a.kind, time=hours_text(toil.minutes)))


# -- the parser --------------------------------------------------------------------------------


def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: $UNIONREP_DB, then the user data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable output")

    parser = Parser(prog="unionrep-cli", parents=[common],
                    description="Keep a union rep's facility time from the command line.")
    parser.add_argument("--version", action="version", version=f"unionrep {__version__}")
    parser.add_argument("--lang", dest="ui_lang", choices=("cy", "en"), default=argparse.SUPPRESS,
                        help="the language of messages and help, given before the command: cy (Cymraeg) "
                             "or en (English); default: UNIONREP_LANG, then the system locale")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=Parser)

    def command(parent: Any, name: str, fn: Callable[[Context], None], help_text: str) -> Parser:
        p: Parser = parent.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(fn=fn)
        return p

    p = command(sub, "init", cmd_init, "create a database with a policy profile")
    p.add_argument("--policy", default=DEFAULT_POLICY, help=f"profile id (default {DEFAULT_POLICY})")

    rep = sub.add_parser("rep", help="add, list, show and edit reps").add_subparsers(
        dest="rep_command", metavar="ACTION", required=True, parser_class=Parser)

    def rep_fields(p: Parser, *, adding: bool) -> None:
        p.add_argument("--name", required=adding)
        for attr, flag in REP_FIELDS.items():
            p.add_argument(f"--{flag}", dest=attr)
        p.add_argument("--weekly-hours", help="contracted hours a week (default: full time)")
        p.add_argument("--full-time-hours", help="full-time hours a week (default from the profile, 37)")
        school = p.add_mutually_exclusive_group()
        school.add_argument("--school", dest="school", action="store_true", default=None,
                            help="school-based: years follow the academic year")
        school.add_argument("--not-school", dest="school", action="store_false")
        p.add_argument("--academic-start", help="MM-DD the academic year starts (default 09-01)")
        p.add_argument("--scp", help="NJC spinal column point (sets the hourly rate)")
        p.add_argument("--hourly-rate", help="hourly rate in pounds, instead of an SCP")

    rep_fields(command(rep, "add", cmd_rep_add, "add a rep"), adding=True)
    p = command(rep, "edit", cmd_rep_edit, "change a rep's details")
    p.add_argument("rep", help="the rep's id or exact name")
    rep_fields(p, adding=False)
    p.add_argument("--ended-on", help="the day the rep stood down (empty to clear)")
    p.add_argument("--from", dest="hours_from",
                   help="the day new --weekly-hours start (default: from the start, for every year)")
    p = command(rep, "list", cmd_rep_list, "list reps")
    p.add_argument("--all", action="store_true", help="include reps who have stood down")
    p = command(rep, "show", cmd_rep_show, "show a rep and their roles")
    p.add_argument("rep")

    role = sub.add_parser("role", help="assign and end roles").add_subparsers(
        dest="role_command", metavar="ACTION", required=True, parser_class=Parser)
    p = command(role, "assign", cmd_role_assign, "give a rep a role")
    p.add_argument("rep")
    p.add_argument("role")
    p.add_argument("--from", dest="start", help="first day (default today)")
    p.add_argument("--to", dest="end", help="last day (default: open)")
    p.add_argument("--notice-on", help="the day the union told the employer in writing (4.1–4.2)")
    p.add_argument("--notified-on", dest="notice_on", help=argparse.SUPPRESS)  # its old name
    p.add_argument("--secondment-percent", help="branch secretary: share of contracted time (13.1)")
    p = command(role, "end", cmd_role_end, "end a rep's role")
    p.add_argument("rep")
    p.add_argument("role")
    p.add_argument("--on", help="last day held (default today)")

    log = sub.add_parser("log", help="time-off entries").add_subparsers(
        dest="log_command", metavar="ACTION", required=True, parser_class=Parser)

    def entry_fields(p: Parser, *, adding: bool) -> None:
        p.add_argument("--role", required=adding, help="the role the time is for (a role id, e.g. steward)")
        p.add_argument("--date", required=adding, help="the day of the time off, YYYY-MM-DD")
        p.add_argument("--hours", help="duration, e.g. 2.5 or 2:30")
        p.add_argument("--start", help="HH:MM")
        p.add_argument("--end", help="HH:MM")
        p.add_argument("--category", default="duties" if adding else None,
                       help="the category (a category id, e.g. duties)")
        p.add_argument("--purpose", help="what the time is for")
        p.add_argument("--location", help="where it takes place")
        p.add_argument("--notice-on", help="the day notice was given")
        p.add_argument("--status", default=TAKEN if adding else None, help=" | ".join(STATUSES))
        p.add_argument("--case-ref", help="the case reference, if any")
        p.add_argument("--notes", help="notes")
        paid = p.add_mutually_exclusive_group()
        paid.add_argument("--unpaid", action="store_true", help="the time is unpaid")
        paid.add_argument("--paid", action="store_true",
                          help="the time is paid (for a category unpaid unless agreed)")

    p = command(log, "add", cmd_log_add, "log time off")
    p.add_argument("rep", help="the rep's id or exact name")
    entry_fields(p, adding=True)
    p.add_argument("--conference", action="store_true", help="a conference: 3 weeks' notice (12.5)")
    p.add_argument("--political", action="store_true", help="political activity (not covered, 12.5)")
    p.add_argument("--allow-overlap", action="store_true",
                   help="log it even if it overlaps or repeats another entry of the rep's that day")
    p = command(log, "edit", cmd_log_edit, "change an entry (or move it along the status flow)")
    p.add_argument("entry")
    entry_fields(p, adding=False)
    p.add_argument("--allow-overlap", action="store_true",
                   help="keep the change even if the entry then overlaps or repeats another of that day")
    p = command(log, "delete", cmd_log_delete, "delete an entry (kept in the audit trail)")
    p.add_argument("--yes", action="store_true", help="delete without asking (needed with no terminal)")
    p.add_argument("entry")
    p = command(log, "list", cmd_log_list, "list entries")
    p.add_argument("rep", nargs="?")
    p.add_argument("--year", help="the year starting in YEAR, e.g. 2025 for 2025/26")
    p.add_argument("--status")
    p = command(log, "show", cmd_log_show, "show an entry and its history")
    p.add_argument("entry")

    p = command(sub, "balance", cmd_balance, "a rep's allowances for the year")
    p.add_argument("rep")
    p.add_argument("--on", help="the year containing this date (default today)")

    p = command(sub, "flags", cmd_flags, "everything that needs attention")
    p.add_argument("--on", help="as of this date (default today)")

    pol = sub.add_parser("policy", help="policy profiles").add_subparsers(
        dest="policy_command", metavar="ACTION", required=True, parser_class=Parser)
    command(pol, "list", cmd_policy_list, "the shipped profiles")
    command(pol, "show", cmd_policy_show, "the profile in use")
    p = command(pol, "set", cmd_policy_set, "change a setting of the profile in use")
    p.add_argument("key", help="settings.X, allowances.ID.X, combined.X or organisation.X")
    p.add_argument("value")

    ext = sub.add_parser("extension", help="extensions for complex cases (11.1–11.2)").add_subparsers(
        dest="extension_command", metavar="ACTION", required=True, parser_class=Parser)
    p = command(ext, "add", cmd_extension_add, "record an agreed extension")
    p.add_argument("rep")
    p.add_argument("--role", required=True)
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--hours", required=True)
    p.add_argument("--agreed-on", required=True)
    p.add_argument("--agreed-by")
    p.add_argument("--review-on")
    p.add_argument("--notes")

    toil = sub.add_parser("toil", help="time off in lieu (14.3–14.4)").add_subparsers(
        dest="toil_command", metavar="ACTION", required=True, parser_class=Parser)
    p = command(toil, "add", cmd_toil_add, "record TOIL earned or taken")
    p.add_argument("rep")
    p.add_argument("--date", required=True)
    p.add_argument("--hours", required=True)
    p.add_argument("--kind", choices=("earned", "taken"), required=True)
    p.add_argument("--reason")

    for group in COMMAND_GROUPS:
        group.register(sub, command)
    return parser


# The command groups beyond the ledger, each a module with register(subparsers, command).
COMMAND_GROUPS = (cli_disputes, cli_documents, cli_exchange, cli_history, cli_reliability, cli_settings,
                  cli_sync)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    want_json = "--json" in args_list
    messages.set_lang(choose_lang(args_list))  # before the parser is built: its help is in it
    install_argparse_words()
    try:
        args = build_parser().parse_args(args_list)
        ctx = Context(args)
        args.fn(ctx)
        sys.stdout.flush()  # here, so that a reader gone away is met inside main()
        return int(getattr(ctx, "exit_code", 0))
    except UsageError as exc:
        return _fail(str(exc), want_json, EXIT_USAGE)
    except UnionrepError as exc:
        return _fail(str(exc), want_json, EXIT_ERROR)
    except DB_ERRORS as exc:
        found = as_database_error(exc, None)
        return _fail(str(found) if found else say("db_refused", detail=exc), want_json, EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail(say("interrupted"), want_json, 130)
    except BrokenPipeError:
        return _reader_gone()
    except OSError as exc:  # a folder given as --db, a file not ours...: said as the store says it
        return _fail(str(file_error(exc)), want_json, EXIT_ERROR)
    finally:
        messages.set_lang(None)


def _reader_gone() -> int:
    """The program reading the output stopped (`unionrep-cli log list | head -1`): end quietly, as
    a program stopped by SIGPIPE does. stdout is pointed at /dev/null first, so that Python's own
    flush at exit does not complain again (the recipe in the docs of Python's signal module)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # a stdout with no file (tests)
        stdout = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, stdout)
        finally:
            os.close(devnull)
    return EXIT_BROKEN_PIPE


def _fail(message: str, want_json: bool, code: int) -> int:
    if want_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    else:
        echo(f"unionrep-cli: {say('error')}: {message}", err=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
