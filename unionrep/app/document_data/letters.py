"""The facts of a dispute's escalation letter (RULES §5; clauses 6.2, 18.1, 21.2–21.4, 22.1;
TULRCA s.168–171), gathered from the book into the ``LetterData`` of plain values (sentences as
(cy, en) pairs) that unionrep.pdf.letters lays out.

A refusal climbs: the manager who refused (21.2: the reasons, in writing) → the appropriate
senior manager (21.3) → the Head of Strategic HR (21.3) → the Employment Tribunal (21.4, no
letter: a claim follows ACAS early conciliation). A complaint about operating the agreement
(22.1) goes to the accountable manager or head of department, then the Head of Strategic HR.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from unionrep.app.document_data import context as ctx
from unionrep.core.deadlines import Deadline
from unionrep.core.disputes import COMPLAINT, Dispute, Stage, ladder
from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep
from unionrep.pdf.labels import Bilingual, date_pair, duration_pair, label_pair
from unionrep.pdf.letter_texts import days_pair, same, sentence, words
from unionrep.pdf.letters import Block, LetterData

if TYPE_CHECKING:
    from unionrep.app.disputes import DisputeService
    from unionrep.app.session import Session


def _stage_to_write(ds: DisputeService, dispute: Dispute, number: int,
                    today: dt.date) -> tuple[Stage | None, dt.date, dt.date]:
    """The stage the letter is for (None: the next one, not yet raised), its date and the day
    a response is due."""
    steps = ladder(dispute.kind)
    if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number < len(steps):
        raise ValidationError("stage", "must be a step of the {kind} ladder, 0 to {last}", kind=dispute.kind,
                              last=len(steps) - 1)
    if dispute.kind != COMPLAINT and steps[number] == "tribunal":
        raise ValidationError(
            "stage", "the Employment Tribunal step has no letter: a claim (form ET1) follows ACAS "
                     "early conciliation")
    stages = {s.number: s for s in ds.stages(dispute.id)}
    if number in stages:
        stage = stages[number]
        return stage, stage.raised_on, stage.response_due
    if number == dispute.stage + 1 and dispute.is_open:
        return None, today, ds.response_due(today)
    raise ValidationError(
        "stage", "the dispute is at step {stage}; a letter can be made for a step already raised "
                 "(0 to {stage}) or the next one ({next})", stage=dispute.stage, next=dispute.stage + 1)


def _capacity(session: Session, rep: Rep, role: str | None) -> Bilingual:
    union = ctx.union_name(session, rep)
    if role is None:
        return same(union) if union else Bilingual("cynrychiolydd undeb llafur", "trade union representative")
    name = ctx.role_pair(session, role)
    return Bilingual(f"{name.cy} ({union})", f"{name.en} ({union})") if union else name


def _main_role(session: Session, rep: Rep, entry: Entry | None, on: dt.date) -> str | None:
    if entry is not None:
        return entry.role
    held = [a.role for a in session.roles.assignments(rep.id) if a.held_on(on)]
    return held[0] if held else None


def _default_addressee(session: Session, dispute: Dispute, rep: Rep, number: int) -> str:
    key = ladder(dispute.kind)[number]
    if key == "head-of-hr":
        return ctx.meta(session, "head_of_hr_name")
    if key == "senior-manager":
        return rep.head_of_service
    return dispute.people or (rep.manager if dispute.kind != COMPLAINT else rep.head_of_service)


def _request_facts(session: Session, entry: Entry, dispute: Dispute,
                   refusal: bool = True) -> list[tuple[Bilingual, ...]]:
    rows: list[tuple[Bilingual, ...]] = [
        (words("f.date"), date_pair(entry.date, weekday=True)),
    ]
    if entry.start_time or entry.end_time:
        rows.append((words("f.times"), same(f"{entry.start_time or '?'}–{entry.end_time or '?'}")))
    rows += [
        (words("f.duration"), duration_pair(entry.minutes)),
        (words("f.location"), same(entry.location) if entry.location.strip() else label_pair("not_stated")),
        (words("f.purpose"), same(entry.purpose) if entry.purpose.strip() else label_pair("not_stated")),
        (words("f.category"), ctx.category_pair(session, entry.category)),
        (words("f.pay"), label_pair("paid" if entry.paid else "unpaid")),
    ]
    if entry.notice_on is not None:
        n = (entry.date - entry.notice_on).days
        given = sentence("notice_day" if n == 1 else "notice_days", date=date_pair(entry.notice_on),
                         n=days_pair(n))
        rows.append((words("f.requested"), given))
    if not refusal:
        return [*rows, (words("f.proforma"), same(entry.reference))]
    rows.append((words("f.refused"), date_pair(dispute.failure_on)))
    if dispute.people:
        rows.append((words("f.refused_by"), same(dispute.people)))
    rows.append((words("f.reasons"), same(dispute.reasons) if dispute.reasons else words("f.no_reasons")))
    rows.append((words("f.alternative"), same(dispute.alternative) if dispute.alternative else words("none")))
    rows.append((words("f.proforma"), same(entry.reference)))
    return rows


def _complaint_facts(dispute: Dispute) -> list[tuple[Bilingual, ...]]:
    rows: list[tuple[Bilingual, ...]] = [(words("f.failure"), date_pair(dispute.failure_on))]
    if dispute.notes:
        rows.append((words("f.matter"), same(dispute.notes)))
    if dispute.people:
        rows.append((words("f.people"), same(dispute.people)))
    if dispute.reasons:
        rows.append((words("f.management"), same(dispute.reasons)))
    return rows


def _history(dispute: Dispute, stages: Sequence[Stage], number: int) -> list[Block]:
    """The earlier steps of the ladder (not the refusal itself, which the facts give)."""
    first = 1 if dispute.kind != COMPLAINT else 0
    earlier = [s for s in stages if first <= s.number < number]
    if not earlier:
        return []
    post = "post." + ("complaint" if dispute.kind == COMPLAINT else "refusal")
    rows: list[tuple[Bilingual, ...]] = [
        (words("s.step"), words("s.raised"), words("s.with"), words("s.response")),
    ]
    for s in earlier:
        if s.response_on is None:
            answer = sentence("s.no_response", due=date_pair(s.response_due))
        elif s.response:
            answer = sentence("s.answered", date=date_pair(s.response_on), response=s.response)
        else:
            answer = sentence("s.answered_blank", date=date_pair(s.response_on))
        whom = words(f"{post}.{s.number}")
        if s.to_whom:
            whom = Bilingual(f"{s.to_whom} ({whom.cy})", f"{s.to_whom} ({whom.en})")
        rows.append((same(str(s.number)), date_pair(s.raised_on), whom, answer))
    return [Block("heading", words("h.so_far")), Block("table", rows=tuple(rows))]


def _statute(entry: Entry | None) -> list[str]:
    if entry is None:
        return ["s168"]
    keys = []
    if entry.role == "health-safety":
        keys.append("reg4")
    if entry.role == "learning":
        keys.append("s168A")
    elif entry.category == "activities":
        keys.append("s170")
    elif entry.role != "health-safety":
        keys.append("s168")
    return keys


def _tribunal(dispute: Dispute, deadline: Deadline) -> list[Block]:
    if deadline.out_of_time:
        return []
    failure = date_pair(dispute.failure_on)
    if deadline.acas_pending and dispute.acas_day_a is not None:
        return [Block("heading", words("h.tribunal")),
                Block("para", sentence("tribunal.acas_pending", day_a=date_pair(dispute.acas_day_a)))]
    if deadline.last_day is None:
        return []
    key = "tribunal.complaint" if dispute.kind == COMPLAINT else "tribunal.refusal"
    blocks = [Block("heading", words("h.tribunal")),
              Block("para", sentence(key, failure=failure, last_day=date_pair(deadline.last_day)))]
    # the arithmetic, without the first step (which names the profile setting used)
    steps_en = deadline.steps[1:] or deadline.steps
    steps_cy = deadline.steps_cy[1:] if len(deadline.steps_cy) > 1 else deadline.steps_cy
    if steps_en:
        rule = Bilingual("; ".join(steps_cy) or "; ".join(steps_en), "; ".join(steps_en))
        blocks.append(Block("note", sentence("tribunal.how", rule=rule)))
    return blocks


def letter_data(session: Session, dispute_id: str, stage: int, mode: str,
                today: dt.date) -> LetterData:
    """The letter for step ``stage`` of a dispute, from the database."""
    ds = session.disputes
    dispute = ds.get(dispute_id)
    current, date, due = _stage_to_write(ds, dispute, stage, today)
    rep = session.reps.find(dispute.rep_id)
    entry = session.entries.get(dispute.entry_id) if dispute.entry_id else None
    kind = "complaint" if dispute.kind == COMPLAINT else "refusal"
    org = ctx.organisation(session)
    role = _main_role(session, rep, entry, dispute.failure_on)
    capacity = _capacity(session, rep, role)
    when = date_pair(entry.date) if entry is not None else date_pair(dispute.failure_on)
    n = ds.response_days()

    body: list[Block] = [Block("para", sentence(f"open.{kind}.{stage}", capacity=capacity, org=org,
                                                date=when, failure=date_pair(dispute.failure_on)))]
    body.append(Block("heading", words("h.facts")))
    if kind == "refusal" and entry is not None:
        body.append(Block("facts", rows=tuple(_request_facts(session, entry, dispute))))
    else:
        request = [] if entry is None else _request_facts(session, entry, dispute, refusal=False)
        body.append(Block("facts", rows=(*_complaint_facts(dispute), *request)))
    if kind == "refusal" and entry is not None:
        if entry.purpose.strip() and entry.location.strip() and entry.notice_on is not None:
            body.append(Block("para", words("told_manager")))
        check = ds.refusal_check(dispute)
        year = rep.year_of(entry.date).label
        if check is not None and check.within_allowance:
            body.append(Block("para", words("within_on_notice" if check.on_notice else "within", year=year)))
        body.append(Block("para", words("reasons_not_accepted" if dispute.reasons else "no_reasons")))
        if not dispute.alternative:
            body.append(Block("para", words("no_alternative")))
    body += _history(dispute, ds.stages(dispute.id), stage)

    deadline = ds.deadline(dispute)
    months = session.profile.tribunal_limit_months(dispute.failure_on)
    clauses = ["c.6.2", "c.18.1", "c.21"] if kind == "refusal" else (
        ["c.22", "c.6.2"] if entry is not None else ["c.22"])
    body.append(Block("heading", words("h.clauses")))
    body += [Block("bullet", words(key)) for key in clauses]
    body += [Block("bullet", words(key)) for key in _statute(entry)]
    body.append(Block("bullet", words("s171", months=months)))

    body.append(Block("heading", words("h.ask")))
    due_pair = date_pair(due)
    if kind == "complaint":
        ask = sentence("ask.complaint", n=days_pair(n), due=due_pair)
    elif stage == 0:
        ask = sentence("ask.refusal.0", n=days_pair(n), due=due_pair)
    elif entry is not None and entry.date >= date:
        ask = sentence("ask.grant", date=when, n=days_pair(n), due=due_pair)
    else:
        ask = sentence("ask.passed", date=when, n=days_pair(n), due=due_pair)
    body.append(Block("para", ask))
    body += _tribunal(dispute, deadline)
    body.append(Block("para", words("closing")))

    to_whom = current.to_whom if current is not None and current.to_whom else \
        _default_addressee(session, dispute, rep, stage)
    post = words(f"post.{kind}.{stage}")
    if to_whom.casefold() in (post.cy.casefold(), post.en.casefold(), "head of strategic hr",
                              "pennaeth ad strategol"):
        to_whom = ""  # a post, not a name: "Dear Sir or Madam"
    addressee = tuple(x for x in (same(to_whom) if to_whom else None, post, org) if x is not None)
    sender = tuple(same(x) for x in (rep.name,) if x) + tuple(
        x for x in (capacity, same(rep.workplace) if rep.workplace else None,
                    same(rep.department) if rep.department else None,
                    same(rep.email) if rep.email else None) if x is not None)
    earlier = [s.to_whom for s in ds.stages(dispute.id) if 0 < s.number < stage and s.to_whom]
    prefix = entry.reference if entry is not None else "UR"
    return LetterData(
        reference=f"{prefix}-D{dispute.id.replace('-', '')[:6].upper()}-{stage}",
        date=date,
        sender=sender,
        addressee=addressee,
        addressee_name=to_whom,
        subject=sentence(f"subject.{kind}.{stage}", date=when),
        body=tuple(body),
        signer=rep.name,
        signer_lines=(capacity,),
        copy_to=tuple(dict.fromkeys(earlier)),
        lang=mode,
        organisation=org,
    )
