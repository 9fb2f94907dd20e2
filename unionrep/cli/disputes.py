"""unionrep-cli dispute …: refusals and complaints, the escalation ladder, ACAS dates, tribunal
deadlines and the calendar export (RULES §5).

`dispute deadline` is arithmetic alone: it opens a database only when --db names one that exists
(to read the profile's time limit), and otherwise uses the statutory 3 months or --months.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from unionrep.cli.lang import say
from unionrep.cli.render import table
from unionrep.core.deadlines import (
    DEFAULT_LIMIT_MONTHS,
    Deadline,
    days_text,
    format_day,
    format_day_cy,
    tribunal_deadline,
)
from unionrep.core.disputes import (
    COMPLAINT,
    OUTCOMES,
    Dispute,
    Stage,
    kind_label,
    ladder,
    outcome_label,
    stage_label,
)
from unionrep.core.entries import parse_date, parse_optional_date
from unionrep.core.errors import ValidationError
from unionrep.core.flags import Flag
from unionrep.core.messages import current_lang, t
from unionrep.files import check_target, write_file
from unionrep.i18n import say as say_text

if TYPE_CHECKING:
    from unionrep.app.disputes import DisputeService
    from unionrep.cli.main import Context


def _l(key: str, **params: Any) -> str:
    return say_text(f"cli.dispute.{key}", **params)


def _day(text: str | None, field: str) -> dt.date:
    return parse_date(text, field) if text else dt.date.today()


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _deadline_dict(deadline: Deadline) -> dict[str, Any]:
    return {"last_day": _iso(deadline.last_day), "out_of_time": deadline.out_of_time,
            "acas_pending": deadline.acas_pending, "rule": deadline.rule, "steps": list(deadline.steps),
            "rule_cy": deadline.text("cy")}


def stage_dict(stage: Stage, kind: str) -> dict[str, Any]:
    return {
        "id": stage.id, "dispute": stage.dispute_id, "number": stage.number,
        "stage": ladder(kind)[stage.number],
        "label": stage_label(kind, stage.number), "raised_on": stage.raised_on.isoformat(),
        "to": stage.to_whom, "response_due": _iso(stage.due),
        "response_due_rule": stage.response_due_rule(), "response_on": _iso(stage.response_on),
        "response": stage.response, "outcome": stage.outcome,
    }


def _flag_dict(f: Flag) -> dict[str, Any]:
    return {"code": f.code, "severity": f.severity, "rep": f.rep_id, "subject": f.subject_kind,
            "id": f.subject_id, "text": f.text()}


def dispute_dict(ds: DisputeService, d: Dispute, today: dt.date, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": d.id, "rep": d.rep_id, "rep_name": names.get(d.rep_id, ""), "entry": d.entry_id,
        "kind": d.kind, "kind_label": kind_label(d.kind), "failure_on": d.failure_on.isoformat(),
        "reasons": d.reasons, "alternative": d.alternative, "people": d.people,
        "stage": d.stage, "stage_key": d.stage_key, "stage_label": d.stage_name(),
        "outcome": d.outcome, "outcome_label": outcome_label(d.outcome), "open": d.is_open,
        "acas_day_a": _iso(d.acas_day_a), "acas_day_b": _iso(d.acas_day_b),
        "opened_on": d.opened_on.isoformat(), "notes": d.notes,
        "deadline": _deadline_dict(ds.deadline(d)), "days_left": ds.days_left(d, today),
        "stages": [stage_dict(s, d.kind) for s in ds.stages(d.id)],
        "flags": [_flag_dict(f) for f in ds.flags_of(d, today)],
    }


def _summary_table(rows: list[dict[str, Any]]) -> str:
    """`dispute list` for a human: one dispute a row, under a header row."""
    headers = [say(f"col.{c}") for c in ("id", "rep", "refused_on", "stage", "outcome", "tribunal_by")]
    return table(headers, [
        [r["id"], r["rep_name"][:24], r["failure_on"], r["stage_label"][:40], r["outcome_label"],
         r["deadline"]["last_day"] or t("dispute.no_last_day")] for r in rows])


def _names(ctx: Context) -> dict[str, str]:
    return {r.id: r.name for r in ctx.session.reps.all()}


# -- commands ----------------------------------------------------------------------------------


def cmd_open(ctx: Context) -> None:
    a = ctx.args
    ds = ctx.session.disputes
    dispute = ds.open(
        a.entry, parse_date(a.refused_on, "refused-on"), a.reasons or "", rep=a.rep,
        alternative=a.alternative or "", people=a.people or "",
        kind=COMPLAINT if a.complaint else None,
        raised_on=parse_optional_date(a.raised_on, "raised-on"), notes=a.notes or "").result
    names = _names(ctx)
    ctx.out(dispute_dict(ds, dispute, dt.date.today(), names),
            t("dispute.done.open", id=dispute.id, kind=kind_label(dispute.kind),
              rep=names.get(dispute.rep_id, "")))


def cmd_escalate(ctx: Context) -> None:
    a = ctx.args
    ds = ctx.session.disputes
    stage = ds.escalate(a.dispute, _day(a.on, "on"), a.to or "").result
    kind = ds.get(stage.dispute_id).kind
    done = "dispute.done.escalate" if stage.due is not None else "dispute.done.escalate_no_due"
    ctx.out(stage_dict(stage, kind),
            t(done, id=stage.dispute_id, number=stage.number + 1,
              stage=stage_label(kind, stage.number), due=_iso(stage.due)))


def cmd_respond(ctx: Context) -> None:
    a = ctx.args
    ds = ctx.session.disputes
    outcome = a.outcome
    stage = ds.respond(a.dispute, _day(a.on, "on"), a.response or "", outcome).result
    dispute = ds.get(stage.dispute_id)

    def text() -> str:
        lines = [t("dispute.done.respond", id=dispute.id, number=stage.number + 1,
                   stage=stage_label(dispute.kind, stage.number))]
        if dispute.outcome is not None:
            lines.append(t("dispute.done.closed", id=dispute.id, outcome=outcome_label(dispute.outcome)))
        return "\n".join(lines)

    ctx.out({**stage_dict(stage, dispute.kind), "dispute_open": dispute.is_open}, text)


def cmd_reopen(ctx: Context) -> None:
    ds = ctx.session.disputes
    dispute = ds.reopen(ctx.args.dispute).result
    ctx.out(dispute_dict(ds, dispute, dt.date.today(), _names(ctx)),
            t("dispute.done.reopened", id=dispute.id))


def cmd_acas(ctx: Context) -> None:
    a = ctx.args
    ds = ctx.session.disputes
    dispute = ds.acas(a.dispute, parse_date(a.day_a, "day-a"),
                      parse_optional_date(a.day_b, "day-b")).result
    deadline = ds.deadline(dispute)

    def text() -> str:
        show_day = format_day_cy if current_lang() == "cy" else format_day
        last = (t("dispute.last_day", day=show_day(deadline.last_day)) if deadline.last_day
                else t("dispute.no_last_day"))
        return "\n".join([t("dispute.done.acas", id=dispute.id), last,
                          f"  {deadline.text(current_lang())}"])

    ctx.out(dispute_dict(ds, dispute, dt.date.today(), _names(ctx)), text)


def cmd_edit(ctx: Context) -> None:
    a = ctx.args
    changes = {name: getattr(a, name) for name in ("reasons", "alternative", "people", "notes")
               if getattr(a, name) is not None}
    if not changes:
        raise ValidationError("dispute edit", "name at least one field to change")
    ds = ctx.session.disputes
    dispute = ds.edit(a.dispute, **changes).result
    ctx.out(dispute_dict(ds, dispute, dt.date.today(), _names(ctx)), t("dispute.done.edit", id=dispute.id))


def cmd_list(ctx: Context) -> None:
    a = ctx.args
    ds = ctx.session.disputes
    today = _day(a.on, "on")
    names = _names(ctx)
    rows = [dispute_dict(ds, d, today, names)
            for d in ds.disputes(open_only=a.open, rep_id=a.rep)]
    ctx.out(rows, lambda: _summary_table(rows) if rows else t("dispute.none"))


def cmd_show(ctx: Context) -> None:
    a = ctx.args
    ds = ctx.session.disputes
    dispute = ds.get(a.dispute)
    data = dispute_dict(ds, dispute, _day(a.on, "on"), _names(ctx))
    data["history"] = [{"at": h["at"], "table": h["tbl"], "row": h["row_id"], "field": h["field"],
                        "old": h["old"], "new": h["new"]} for h in ds.history(dispute.id)]

    def text() -> str:
        lines = [f"{data['kind_label']} — {data['rep_name']}  ({data['id']})",
                 f"  {_l('failure_on')}: {data['failure_on']}   {data['outcome_label']}"]
        for key in ("entry", "reasons", "alternative", "people", "acas_day_a", "acas_day_b", "notes"):
            if data[key]:
                lines.append(f"  {_l(key)}: {data[key]}")
        deadline = data["deadline"]
        lines.append("  " + (t("dispute.last_day", day=deadline["last_day"]) if deadline["last_day"]
                             else t("dispute.no_last_day"))
                     + ("" if data["days_left"] is None else "  (" + _time_left(data) + ")"))
        lines.append(f"    {deadline['rule_cy'] if current_lang() == 'cy' else deadline['rule']}")
        for s in data["stages"]:
            if s["response_on"]:
                answer = _l("answered", day=s["response_on"])
                if s["response"]:
                    answer += f": {s['response']}"
            elif s["response_due"]:
                answer = _l("due", day=s["response_due"])
            else:
                answer = _l("no_due")
            raised = _l("raised_with" if s["to"] else "raised", day=s["raised_on"], whom=s["to"])
            lines.append(f"  {s['number'] + 1}. {s['label']}  {raised}; {answer}"
                         + (f" — {outcome_label(s['outcome'])}" if s["outcome"] else ""))
        lines += [f"  ! {f['text']}" for f in data["flags"]]
        return "\n".join(lines)

    ctx.out(data, text)


def _time_left(data: dict[str, Any]) -> str:
    """'12 days left', or for a last day gone by 'the time limit passed on 2026-06-14'."""
    left = data["days_left"]
    if left < 0:
        return t("dispute.limit_passed", day=data["deadline"]["last_day"])
    return t("dispute.days_left", days_n=days_text(left, current_lang()))


def cmd_flags(ctx: Context) -> None:
    flags = ctx.session.disputes.flags(_day(ctx.args.on, "on"))
    ctx.out([_flag_dict(f) for f in flags],
            lambda: "\n".join(f"! {f.text()}" for f in flags) or t("dispute.nothing"))


def cmd_ics(ctx: Context) -> None:
    a = ctx.args
    check_target(a.output, ctx.db_path, force=a.force, field="output")
    data = ctx.session.exchange.disputes_calendar(_day(a.on, "on"))
    target = write_file(a.output, data, db_path=ctx.db_path, force=a.force, field="output")
    count = data.count(b"BEGIN:VEVENT")
    ctx.out({"file": str(target), "events": count}, t("dispute.done.ics", count=count, path=target))


def _months(text: str) -> int:
    try:
        months = int(text)
    except ValueError:
        raise ValidationError("months", "{text!r} is not a whole number", text=text) from None
    if not 1 <= months <= 24:
        raise ValidationError("months", "must be between 1 and 24")
    return months


def cmd_deadline(ctx: Context) -> None:
    a = ctx.args
    failure = parse_date(a.failure, "failure")
    day_a = parse_optional_date(a.acas_a, "acas-a")
    day_b = parse_optional_date(a.acas_b, "acas-b")
    if day_b is not None and day_a is None:
        raise ValidationError("acas-a", "Day A (ACAS received the notification) is needed with --acas-b")
    why, why_cy = "", ""
    if a.months is not None:
        months = _months(a.months)
    elif ctx.db_path.exists():
        # The database found as for every command (--db, then UNIONREP_DB, then the data folder):
        # use its profile's time limit (an effective-date setting).
        months, why, why_cy = ctx.session.disputes.limit_explained(failure)
    else:
        months = DEFAULT_LIMIT_MONTHS
    result = tribunal_deadline(failure, months, day_a, day_b)
    rule = f"{why}; {result.rule}" if why else result.rule
    welsh = current_lang() == "cy"
    shown = (f"{why_cy}; {result.text('cy')}" if why_cy else result.text("cy")) if welsh else rule
    if result.last_day is None:
        data: dict[str, Any] = {"last_day": None, "out_of_time": True, "rule": rule}
        ctx.out(data, lambda: f"{t('dispute.no_last_day')}\n  {shown}")
        return
    last_day = result.last_day
    day_text = format_day_cy(last_day) if welsh else format_day(last_day)
    ctx.out({"last_day": last_day.isoformat(), "rule": rule},
            lambda: f"{t('dispute.last_day', day=day_text)}\n  {shown}")


# -- the parser --------------------------------------------------------------------------------

def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "dispute", help="refusals and complaints: the ladder, ACAS and tribunal deadlines (21, 22)")
    sub = group.add_subparsers(dest="dispute_command", metavar="ACTION", required=True,
                               parser_class=type(group))

    p = command(sub, "open", cmd_open, "open a dispute from a refused entry, or a complaint (22.1)")
    p.add_argument("entry", nargs="?", help="the refused (or requested) entry; omit with --rep --complaint")
    p.add_argument("--refused-on", required=True,
                   help="the refusal (failure) date; the time limit runs from it")
    p.add_argument("--reasons", help="the reasons given (omit if none were: clause 21.2)")
    p.add_argument("--alternative", help="any alternative time offered")
    p.add_argument("--people", help="the people involved (the manager who refused …)")
    p.add_argument("--rep", help="the rep (id or exact name), for a complaint without an entry")
    p.add_argument("--complaint", action="store_true",
                   help="a complaint about operating the agreement (22.1)")
    p.add_argument("--raised-on", help="the day the first step was raised (default: the refusal date)")
    p.add_argument("--notes")

    p = command(sub, "escalate", cmd_escalate, "take a dispute to the next step of the ladder")
    p.add_argument("dispute", help="the dispute's id (or a unique start of it)")
    p.add_argument("--on", help="the day it was raised (default today)")
    p.add_argument("--to", help="the person it was raised with")

    p = command(sub, "respond", cmd_respond, "record the response at the current step; an outcome closes it")
    p.add_argument("dispute")
    p.add_argument("--on", help="the day of the response (default today)")
    p.add_argument("--response", help="what was said")
    p.add_argument("--outcome", choices=OUTCOMES)

    p = command(sub, "reopen", cmd_reopen, "undo an outcome recorded by mistake")
    p.add_argument("dispute")

    p = command(sub, "acas", cmd_acas, "record ACAS early conciliation (Day A, Day B)")
    p.add_argument("dispute")
    p.add_argument("--day-a", required=True, help="the day ACAS received the notification")
    p.add_argument("--day-b", help="the day the certificate was received")

    p = command(sub, "edit", cmd_edit, "change the reasons, alternative offered, people or notes")
    p.add_argument("dispute")
    p.add_argument("--reasons")
    p.add_argument("--alternative")
    p.add_argument("--people")
    p.add_argument("--notes")

    p = command(sub, "list", cmd_list, "list disputes")
    p.add_argument("--open", action="store_true", help="only disputes still open")
    p.add_argument("--rep", help="only this rep's")
    p.add_argument("--on", help="count days left from this date (default today)")

    p = command(sub, "show", cmd_show, "show a dispute, its steps, deadline and history")
    p.add_argument("dispute")
    p.add_argument("--on", help="count days left from this date (default today)")

    p = command(sub, "flags", cmd_flags, "what needs attention in open disputes")
    p.add_argument("--on", help="as of this date (default today)")

    p = command(sub, "ics", cmd_ics, "export response dates and tribunal deadlines as a calendar")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument("--on", help="the export date (default today)")

    p = command(sub, "deadline", cmd_deadline, "the last day to present a tribunal claim (TULRCA s.171)")
    p.add_argument("--failure", required=True, help="the failure (refusal) date")
    p.add_argument("--acas-a", help="ACAS early conciliation Day A")
    p.add_argument("--acas-b", help="ACAS early conciliation Day B")
    p.add_argument("--months", help=f"the time limit in months (default {DEFAULT_LIMIT_MONTHS}, "
                                    "or the profile's with --db)")
