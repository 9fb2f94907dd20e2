"""Escalation letters for a dispute (RULES §5; clauses 6.2, 18.1, 21.2–21.4, 22.1; TULRCA
s.168–171).

A refusal climbs: the manager who refused (21.2: the reasons, in writing) → the appropriate
senior manager (21.3) → the Head of Strategic HR (21.3) → the Employment Tribunal (21.4, no
letter: a claim follows ACAS early conciliation). A complaint about operating the agreement
(22.1) goes to the accountable manager or head of department, then the Head of Strategic HR.

``letter_data`` gathers the facts from the database into a ``LetterData`` of plain values
(sentences as (cy, en) pairs); ``render_letter`` lays it out. In bilingual mode the full Welsh
letter comes first, then the full English letter (Welsh Language Standards practice).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, TableStyle

from unionrep.core.deadlines import Deadline
from unionrep.core.disputes import COMPLAINT, Dispute, Stage, ladder
from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep
from unionrep.pdf import context as ctx
from unionrep.pdf import styles as st
from unionrep.pdf.labels import (
    Bilingual,
    check_mode,
    date_pair,
    duration_pair,
    format_date,
    join,
    label_pair,
)
from unionrep.pdf.layout import CONTENT_W, DejaVuTable, Furniture, build_pdf, field_table, gap, para, text
from unionrep.pdf.letter_texts import _days, same, sentence, words

if TYPE_CHECKING:  # the application layer passes itself in
    from unionrep.app.disputes import DisputeService
    from unionrep.app.facade import Service

# ------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One piece of the letter's body: a heading, a paragraph, a bullet, a note, or a table
    (``rows`` of cells; with ``header`` the first row holds column headings)."""

    kind: str  # "heading" | "para" | "bullet" | "note" | "facts" | "table"
    words: Bilingual = Bilingual("", "")  # noqa: RUF009 — an immutable tuple
    rows: tuple[tuple[Bilingual, ...], ...] = ()


@dataclass(frozen=True)
class LetterData:
    """A letter as plain values; every text a (cy, en) pair."""

    reference: str
    date: dt.date
    sender: tuple[Bilingual, ...]  # first line: the rep's name
    addressee: tuple[Bilingual, ...]
    addressee_name: str  # "" → "Dear Sir or Madam"
    subject: Bilingual
    body: tuple[Block, ...]
    signer: str
    signer_lines: tuple[Bilingual, ...] = ()
    copy_to: tuple[str, ...] = ()
    title: Bilingual = words("title")  # noqa: RUF009 — an immutable tuple
    lang: str = "bilingual"
    organisation: Bilingual | None = None  # the PDF's Author, as on every unionrep document

    def __post_init__(self) -> None:
        check_mode(self.lang)
        for block in self.body:
            if block.kind not in ("heading", "para", "bullet", "note", "facts", "table"):
                raise ValueError(f"body: unknown block kind {block.kind!r}")


# ------------------------------------------------------------------------------------------
# gathering the facts
# ------------------------------------------------------------------------------------------


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


def _capacity(service: Service, rep: Rep, role: str | None) -> Bilingual:
    union = ctx.union_name(service, rep)
    if role is None:
        return same(union) if union else Bilingual("cynrychiolydd undeb llafur", "trade union representative")
    name = ctx.role_pair(service, role)
    return Bilingual(f"{name.cy} ({union})", f"{name.en} ({union})") if union else name


def _main_role(service: Service, rep: Rep, entry: Entry | None, on: dt.date) -> str | None:
    if entry is not None:
        return entry.role
    held = [a.role for a in service.assignments(rep.id) if a.held_on(on)]
    return held[0] if held else None


def _default_addressee(service: Service, dispute: Dispute, rep: Rep, number: int) -> str:
    key = ladder(dispute.kind)[number]
    if key == "head-of-hr":
        return ctx.meta(service, "head_of_hr_name")
    if key == "senior-manager":
        return rep.head_of_service
    return dispute.people or (rep.manager if dispute.kind != COMPLAINT else rep.head_of_service)


def _request_facts(service: Service, entry: Entry, dispute: Dispute,
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
        (words("f.category"), ctx.category_pair(service, entry.category)),
        (words("f.pay"), label_pair("paid" if entry.paid else "unpaid")),
    ]
    if entry.notice_on is not None:
        n = (entry.date - entry.notice_on).days
        given = sentence("notice_day" if n == 1 else "notice_days", date=date_pair(entry.notice_on),
                         n=_days(n))
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


def letter_data(service: Service, dispute_id: str, stage: int, mode: str,
                today: dt.date) -> LetterData:
    """The letter for step ``stage`` of a dispute, from the database."""
    ds = service.session.disputes
    dispute = ds.get(dispute_id)
    current, date, due = _stage_to_write(ds, dispute, stage, today)
    rep = service.find_rep(dispute.rep_id)
    entry = service.get_entry(dispute.entry_id) if dispute.entry_id else None
    kind = "complaint" if dispute.kind == COMPLAINT else "refusal"
    org = ctx.organisation(service)
    role = _main_role(service, rep, entry, dispute.failure_on)
    capacity = _capacity(service, rep, role)
    when = date_pair(entry.date) if entry is not None else date_pair(dispute.failure_on)
    n = ds.response_days()

    body: list[Block] = [Block("para", sentence(f"open.{kind}.{stage}", capacity=capacity, org=org,
                                                date=when, failure=date_pair(dispute.failure_on)))]
    body.append(Block("heading", words("h.facts")))
    if kind == "refusal" and entry is not None:
        body.append(Block("facts", rows=tuple(_request_facts(service, entry, dispute))))
    else:
        request = [] if entry is None else _request_facts(service, entry, dispute, refusal=False)
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
    months = service.profile.tribunal_limit_months(dispute.failure_on)
    clauses = ["c.6.2", "c.18.1", "c.21"] if kind == "refusal" else (
        ["c.22", "c.6.2"] if entry is not None else ["c.22"])
    body.append(Block("heading", words("h.clauses")))
    body += [Block("bullet", words(key)) for key in clauses]
    body += [Block("bullet", words(key)) for key in _statute(entry)]
    body.append(Block("bullet", words("s171", months=months)))

    body.append(Block("heading", words("h.ask")))
    due_pair = date_pair(due)
    if kind == "complaint":
        ask = sentence("ask.complaint", n=_days(n), due=due_pair)
    elif stage == 0:
        ask = sentence("ask.refusal.0", n=_days(n), due=due_pair)
    elif entry is not None and entry.date >= date:
        ask = sentence("ask.grant", date=when, n=_days(n), due=due_pair)
    else:
        ask = sentence("ask.passed", date=when, n=_days(n), due=due_pair)
    body.append(Block("para", ask))
    body += _tribunal(dispute, deadline)
    body.append(Block("para", words("closing")))

    to_whom = current.to_whom if current is not None and current.to_whom else \
        _default_addressee(service, dispute, rep, stage)
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


# ------------------------------------------------------------------------------------------
# layout
# ------------------------------------------------------------------------------------------


def _pick(pair: Bilingual, lang: str) -> str:
    return pair.cy if lang == "cy" else pair.en


def _lines(lines: Sequence[Bilingual], lang: str, *, bold_first: bool = False) -> str:
    out = []
    for i, line in enumerate(lines):
        words_ = escape(_pick(line, lang))
        out.append(f"<b>{words_}</b>" if bold_first and i == 0 else words_)
    return "<br/>".join(out)


def _one_letter(d: LetterData, lang: str) -> list[Flowable]:
    """The whole letter in one language."""
    half = CONTENT_W / 2
    top = DejaVuTable(
        [[para(_lines(d.addressee, lang), "letter_block", cache=False),
          para(_lines(d.sender, lang, bold_first=True), "letter_block", cache=False)]],
        colWidths=[half + 10 * mm, half - 10 * mm],
    )
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *st.FLUSH]))
    ref = escape(f"{_pick(words('our_ref'), lang)} {d.reference}")
    story: list[Flowable] = [
        top,
        gap(7 * mm),
        para(f"{escape(format_date(d.date, lang))}<br/>{ref}", "letter_block", cache=False),
        gap(6 * mm),
    ]
    dear = words("dear", name=d.addressee_name) if d.addressee_name else words("dear_unnamed")
    story.append(para(escape(_pick(dear, lang)), "letter", cache=False))
    story.append(para(escape(_pick(d.subject, lang)), "letter_subject", cache=False))
    for block in d.body:
        story += _block(block, lang)
    yours = words("yours" if d.addressee_name else "yours_unnamed")
    sign = [
        para(escape(_pick(yours, lang)), "letter"),
        gap(14 * mm),
        para(f"<b>{escape(d.signer)}</b><br/>{_lines(d.signer_lines, lang)}", "letter_block", cache=False),
    ]
    if d.copy_to:
        sign += [gap(5 * mm), para(escape(f"{_pick(words('copy_to'), lang)}: " + "; ".join(d.copy_to)),
                                   "letter_block", cache=False)]
    story.append(KeepTogether(sign))
    return story


def _block(block: Block, lang: str) -> list[Flowable]:
    if block.kind == "heading":
        return [para(escape(_pick(block.words, lang)), "letter_heading")]
    if block.kind == "bullet":
        return [para(text(_pick(block.words, lang)), "letter_bullet", cache=False, bullet="•")]
    if block.kind == "note":
        return [para(text(_pick(block.words, lang)), "letter_note", cache=False)]
    if block.kind == "para":
        return [para(text(_pick(block.words, lang)), "letter", cache=False)]
    if block.kind == "facts":
        label_w = 50 * mm
        rows = [[para(f"<b>{escape(_pick(r[0], lang))}</b>", "cell"),
                 para(text(_pick(r[1], lang)), "cell", cache=False)] for r in block.rows]
        return [field_table(rows, [label_w, CONTENT_W - label_w], label_cols=(0,), splitInRow=1),
                gap(3 * mm)]
    # a table with a heading row
    widths = [12 * mm, 34 * mm, 56 * mm]
    widths.append(CONTENT_W - sum(widths))
    cells: list[list[Any]] = []
    for i, row in enumerate(block.rows):
        style = "cell_bold" if i == 0 else "cell"
        cells.append([para(text(_pick(c, lang)), style, cache=False) for c in row])
    table = field_table(cells, widths, label_cols=(), repeatRows=1, splitInRow=1,
                        extra=[("BACKGROUND", (0, 0), (-1, 0), st.TEAL_LIGHT)])
    return [table, gap(3 * mm)]


def render_letter(data: LetterData, *, invariant: bool = True) -> bytes:
    """The letter as PDF bytes: Welsh then English in bilingual mode, or one language."""
    langs = ["cy", "en"] if data.lang == "bilingual" else [data.lang]
    story: list[Flowable] = []
    for i, lang in enumerate(langs):
        if i:
            story.append(PageBreak())
        story += _one_letter(data, lang)
    title = join(data.title, data.lang)
    return build_pdf(
        story,
        furniture=Furniture(data.lang, data.reference, title),
        title=f"{title} – {data.reference}",
        subject=join(data.subject, data.lang),
        author="" if data.organisation is None else join(data.organisation, data.lang),
        invariant=invariant,
    )


def sample_letter_data(**overrides: Any) -> LetterData:
    """An invented letter (no real person) for previews and tests."""
    data = LetterData(
        reference="UR-1A2B3C4D5E-D0F1E2-1",
        date=dt.date(2026, 3, 20),
        sender=(same("Gwenllïan Ŵyn ap Dafydd Ŷr"),
                Bilingual("Swyddog cangen / stiward (UNSAIN Cymru)",
                          "Branch officer / steward (UNISON Cymru)"),
                same("Neuadd y Sir, Rhuthun")),
        addressee=(same("Siân Elinor Huws"), words("post.refusal.1"),
                   Bilingual("Cyngor Sir Ddinbych", "Denbighshire County Council")),
        addressee_name="Siân Elinor Huws",
        subject=sentence("subject.refusal.1", date=date_pair(dt.date(2026, 3, 12))),
        body=(
            Block("para", words("no_reasons")),
            Block("heading", words("h.clauses")),
            Block("bullet", words("c.6.2")),
        ),
        signer="Gwenllïan Ŵyn ap Dafydd Ŷr",
        signer_lines=(Bilingual("Swyddog cangen / stiward", "Branch officer / steward"),),
    )
    return dataclasses.replace(data, **overrides) if overrides else data


__all__ = ["Block", "LetterData", "letter_data", "render_letter", "sample_letter_data"]
