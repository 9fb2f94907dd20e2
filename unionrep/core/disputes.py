"""Disputes and escalation (RULES §5; clauses 6.2, 21, 22; TULRCA s.168–171).

A dispute is a refusal of time off (clause 21) or a complaint about operating the agreement (22.1).
It climbs a ladder one stage at a time; each stage records when it was raised, to whom, when a
response is due (N working days in Wales, the profile's `response_working_days`), the response and
the outcome. The Employment Tribunal time limit runs from the failure (refusal) date whatever the
stage, so every open dispute carries its last day and a rising flag as it nears.

Readings taken:

- Stage 0 is opened with the dispute. For a refusal it is the refusal itself: raised on the failure
  date with the manager who refused; reasons given at the refusal are its response, and with none
  given it stays unanswered (the written reasons 21.2 asks for are awaited). A response recorded at
  stage 0 of a refusal without reasons becomes the dispute's reasons. For a complaint stage 0 is
  raising it with the accountable manager or head of department (22.1).
- Only the current (highest) stage can be overdue: escalating supersedes an unanswered stage.
- Flags concern open disputes only; recording an outcome closes the dispute and clears them.
- While ACAS early conciliation is under way (Day A, no certificate yet) the clock is stopped and
  the true last day is at least a month after the certificate, so no deadline flag is raised; an
  information flag asks for Day B instead.
- "Within allowance" (6.2) is judged on the balance at the entry's date: the remaining amount of
  every capped allowance that would count the entry, and of the combined cap where it applies, is
  at least the entry's time. "On notice": for a conference at least `conference_notice_days`
  before the date, otherwise any notice given before the date.

The wording (stage, kind and outcome names, flags, confirmations) is in
unionrep.core.dispute_words; this module registers it with the messages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from unionrep.core import deadlines
from unionrep.core.caps import fmt_number
from unionrep.core.deadlines import (
    Deadline,
    add_working_days,
    days_cy,
    days_text,
    format_day,
    format_day_cy,
    tribunal_deadline,
)
from unionrep.core.dispute_words import DISPUTE_MESSAGES
from unionrep.core.entries import EARLIEST, LATEST
from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.flags import DATE_PARAMS, HIGH, INFO, URGENT, WARN, Flag, by_urgency, flag_day
from unionrep.core.messages import MESSAGES, t
from unionrep.core.messages_errors import Words
from unionrep.core.model import REFUSED, REQUESTED, Entry, Rep, new_id
from unionrep.store import records as store_mod

if TYPE_CHECKING:  # services imports this module to gather its flags
    from unionrep.core.services import Service

STAGES = ("refusal", "senior-manager", "head-of-hr", "tribunal")  # index = Dispute.stage
COMPLAINT_STAGES = ("accountable-manager", "head-of-hr")  # 22.1; index = Dispute.stage
OUTCOMES = ("resolved", "withdrawn", "claim-lodged", "out-of-time")
REFUSAL = "refusal"
COMPLAINT = "complaint"
KINDS = (REFUSAL, COMPLAINT)
TRIBUNAL = STAGES.index("tribunal")
MAX_TEXT = 5000
EDITABLE = ("reasons", "alternative", "people", "notes")


def ladder(kind: str) -> tuple[str, ...]:
    """The stages a dispute of `kind` climbs, in order."""
    return COMPLAINT_STAGES if kind == COMPLAINT else STAGES


def stage_label(kind: str, number: int, lang: str | None = None) -> str:
    """The name of stage `number` on the ladder of `kind`, e.g. 'Head of Strategic HR (21.3)'."""
    return t(f"dispute.{kind}.{ladder(kind)[number]}", lang)


def kind_label(kind: str, lang: str | None = None) -> str:
    return t(f"dispute.kind.{kind}", lang)


def outcome_label(outcome: str | None, lang: str | None = None) -> str:
    return t("dispute.open" if outcome is None else f"dispute.outcome.{outcome}", lang)


@dataclass
class Dispute:
    id: str
    rep_id: str
    entry_id: str | None
    kind: str  # "refusal" | "complaint" (22.1)
    failure_on: dt.date  # the refusal ("failure") date: the tribunal time limit runs from it
    reasons: str  # "" = none given (a flag, 21.2)
    alternative: str  # any alternative time offered
    people: str
    stage: int  # index into ladder(kind)
    outcome: str | None  # None while open
    acas_day_a: dt.date | None  # ACAS received the early conciliation notification
    acas_day_b: dt.date | None  # the certificate was received
    opened_on: dt.date
    notes: str

    @property
    def is_open(self) -> bool:
        return self.outcome is None

    @property
    def ladder(self) -> tuple[str, ...]:
        return ladder(self.kind)

    @property
    def stage_key(self) -> str:
        return self.ladder[self.stage]

    @property
    def at_last_stage(self) -> bool:
        return self.stage == len(self.ladder) - 1

    def stage_name(self, lang: str | None = None) -> str:
        return stage_label(self.kind, self.stage, lang)


@dataclass
class Stage:
    id: str
    dispute_id: str
    number: int
    raised_on: dt.date
    to_whom: str
    response_due: dt.date  # raised_on + N working days (settings.response_working_days)
    response_on: dt.date | None  # the day the response (or the outcome) was recorded
    response: str
    outcome: str | None

    @property
    def answered(self) -> bool:
        return self.response_on is not None

    @property
    def awaits_response(self) -> bool:
        """Whether a response is due at this stage: at the Employment Tribunal (21.4) none is — the
        claim runs to the tribunal's own timetable — so that stage has no response date."""
        return self.number != TRIBUNAL

    @property
    def due(self) -> dt.date | None:
        """The day a response is due, or None at the tribunal stage."""
        return self.response_due if self.awaits_response else None

    def response_due_rule(self, lang: str | None = None) -> str:
        """One line: how the response date was reached, naming any bank holidays skipped."""
        if not self.awaits_response:
            return t("dispute.response_due_none", lang)
        n = deadlines.working_days_between(self.raised_on, self.response_due)
        skipped = []
        day = self.raised_on
        while day < self.response_due:
            day += dt.timedelta(days=1)
            if deadlines.is_bank_holiday(day) and day.weekday() < 5:
                skipped.append(flag_day(day.isoformat(), lang))  # in Welsh '25 Mai 2026'
        holidays_text = t("dispute.response_due_holidays", lang, days=", ".join(skipped)) if skipped else ""
        return t("dispute.response_due", lang, raised=flag_day(self.raised_on.isoformat(), lang), n=n,
                 n_cy=days_cy(n), due=flag_day(self.response_due.isoformat(), lang), skipped=holidays_text)


@dataclass(frozen=True)
class RefusalCheck:
    """Clause 6.2: was the refused request within allowance and on notice?"""

    within_allowance: bool
    on_notice: bool
    explain: tuple[str, ...]

    @property
    def unreasonable(self) -> bool:
        return self.within_allowance and self.on_notice


@dataclass(frozen=True)
class DisputeFlag(Flag):
    """A Flag whose stage name is put into the message in the language it is shown in."""

    def text(self, lang: str | None = None) -> str:
        params = {k: flag_day(v, lang) if k in DATE_PARAMS else v for k, v in self.params.items()}
        if "stage_key" in params:
            kind, number = params.pop("stage_key")
            whom = params.pop("to_whom", "")
            params["stage"] = stage_label(kind, number, lang) + (f", {whom}" if whom else "")
        if isinstance(params.get("days"), int):
            params["days_n"] = days_text(params["days"], lang)  # '1 day', '2 ddiwrnod'
        return t(f"flag.{self.code}", lang, **params)


# The store writes any dataclass it knows the table of; dates are read back as dates.
store_mod.TABLES[Dispute] = "disputes"
store_mod.TABLES[Stage] = "dispute_stages"
store_mod.DATE_FIELDS.update({"failure_on", "acas_day_a", "acas_day_b", "opened_on", "raised_on",
                              "response_due", "response_on"})
# The stage, kind and outcome names, flags and confirmations used below and by the command line.
MESSAGES.update(DISPUTE_MESSAGES)


def _check_day(field: str, day: dt.date) -> None:
    if not isinstance(day, dt.date):
        raise ValidationError(field, "{day!r} is not a date", day=day)
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(field, "{day} is outside the years 1990–2100", day=day.isoformat())


def _check_text(field: str, value: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if len(value) > MAX_TEXT:
        raise ValidationError(field, "must be at most {limit:,} characters", limit=MAX_TEXT)
    return value.strip()


def _measure(unit: str, minutes: int, rep: Rep, session_minutes: int) -> Fraction:
    """An entry's time in an allowance's unit (as the ledger measures it)."""
    if unit == "hours":
        return Fraction(minutes, 60)
    if unit == "days":
        return Fraction(minutes) / rep.daily_minutes if rep.weekly_minutes else Fraction(0)
    if unit == "sessions":
        return Fraction(minutes, session_minutes)
    return Fraction(1)  # meetings: one entry is one meeting


class DisputeService:
    """Disputes of one database: opening, escalating, answering, ACAS dates, deadlines and flags.

    Every method validates its input before it writes, and writes in one transaction, so a
    rejected call changes nothing.
    """

    def __init__(self, service: Service) -> None:
        self.service = service
        self.store = service.store

    # -- reading -------------------------------------------------------------------------------

    def disputes(self, open_only: bool = False, rep_id: str | None = None) -> list[Dispute]:
        where, params = ["1"], []
        if open_only:
            where.append("outcome IS NULL")
        if rep_id is not None:
            where.append("rep_id = ?")
            params.append(self.service.find_rep(rep_id).id)
        return self.store.select(Dispute, " AND ".join(where), params, order="failure_on, rowid")

    def disputes_for_entry(self, entry_id: str) -> list[Dispute]:
        return self.store.select(Dispute, "entry_id = ?", [entry_id], order="failure_on, rowid")

    def get(self, dispute_id: str) -> Dispute:
        """A dispute by its id, or by a unique prefix of it (at least 4 characters)."""
        key = (dispute_id or "").strip()
        found = self.store.get(Dispute, key) if key else None
        if found is not None:
            return found
        if len(key) >= 4:
            matches = self.store.select(Dispute, "id LIKE ?", [key.replace("%", "").replace("_", "") + "%"])
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise ValidationError("dispute", "{key!r} matches {count} disputes; give more of the id",
                                      key=key, count=len(matches))
        raise NotFoundError("dispute", dispute_id)

    def stages(self, dispute_id: str) -> list[Stage]:
        dispute = self.get(dispute_id)
        return self.store.select(Stage, "dispute_id = ?", [dispute.id], order="number")

    def current_stage(self, dispute: Dispute) -> Stage:
        rows = self.store.select(Stage, "dispute_id = ? AND number = ?", [dispute.id, dispute.stage])
        if not rows:
            raise NotFoundError("dispute stage", f"{dispute.id} #{dispute.stage}")
        return rows[0]

    def history(self, dispute_id: str) -> list[dict[str, Any]]:
        """The audit trail of the dispute and its stages, oldest first."""
        dispute = self.get(dispute_id)
        ids = [dispute.id] + [s.id for s in self.stages(dispute.id)]
        rows = [row for row_id in ids for row in self.store.history(row_id)]
        return sorted(rows, key=lambda r: str(r["at"]))

    # -- dates ---------------------------------------------------------------------------------

    def response_days(self) -> int:
        return self.service.profile.settings.response_working_days

    def response_due(self, raised_on: dt.date) -> dt.date:
        return add_working_days(raised_on, self.response_days())

    def limit_rule(self, failure_on: dt.date) -> tuple[int, str]:
        """The tribunal time limit in months for a failure on `failure_on`, and why (English)."""
        months, why, _ = self.limit_explained(failure_on)
        return months, why

    def limit_explained(self, failure_on: dt.date) -> tuple[int, str, str]:
        """The time limit in months in force on `failure_on`, and why, in English and Welsh."""
        months = self.service.profile.tribunal_limit_months(failure_on)
        in_force = [lim for lim in self.service.profile.settings.tribunal_limits
                    if lim.effective_from <= failure_on]
        if not in_force:
            return (months,
                    f"time limit {months} months: no limit in the profile was in force on "
                    f"{format_day(failure_on)}, so the statutory default applies",
                    f"terfyn amser {months} mis: nid oedd terfyn yn y proffil mewn grym ar "
                    f"{format_day_cy(failure_on)}, felly mae'r rhagosodiad statudol yn berthnasol")
        latest = max(in_force, key=lambda lim: lim.effective_from)
        return (months,
                f"time limit {months} months (the policy's setting \u201cTribunal time limits\u201d: "
                f"{latest.months} months for failures from {format_day(latest.effective_from)})",
                f"terfyn amser {months} mis (gosodiad y polisi \u201cTerfynau amser y tribiwnlys\u201d: "
                f"{latest.months} mis ar gyfer methiannau o {format_day_cy(latest.effective_from)} ymlaen)")

    def deadline(self, dispute: Dispute) -> Deadline:
        """The last day to present a tribunal claim (RULES §5), with the limit from the profile."""
        months, why, why_cy = self.limit_explained(dispute.failure_on)
        result = tribunal_deadline(dispute.failure_on, months, dispute.acas_day_a, dispute.acas_day_b)
        steps = (why, *result.steps)
        return dataclasses.replace(result, rule="; ".join(steps), steps=steps,
                                   steps_cy=(why_cy, *result.steps_cy))

    def days_left(self, dispute: Dispute, today: dt.date) -> int | None:
        """Calendar days from `today` to the last day (0 on it, negative after); None out of time."""
        last_day = self.deadline(dispute).last_day
        return None if last_day is None else deadlines.days_until(today, last_day)

    # -- writing -------------------------------------------------------------------------------

    def open(self, entry_id: str | None, failure_on: dt.date, reasons: str = "", *, rep: str | None = None,
             alternative: str = "", people: str = "", kind: str | None = None,
             raised_on: dt.date | None = None, opened_on: dt.date | None = None,
             notes: str = "") -> Dispute:
        """Open a dispute from a refused (or requested) entry, or with `rep=` a complaint (22.1).

        `kind` defaults to a refusal with an entry and a complaint without one. A requested entry
        is moved to refused in the same transaction. `raised_on` (default: the failure date) is
        the day stage 0 was raised — for a complaint, with the accountable manager.
        """
        entry: Entry | None = None
        if entry_id is not None and entry_id.strip():
            entry = self.service.get_entry(entry_id.strip())
        if kind is None:
            kind = REFUSAL if entry is not None else COMPLAINT
        if kind not in KINDS:
            raise ValidationError("kind", "must be one of {choices} (not {value!r})",
                                  choices=", ".join(KINDS), value=kind)
        if entry is None:
            if rep is None or not rep.strip():
                raise ValidationError(
                    "entry", "give the refused entry, or the rep for a complaint under clause 22.1")
            if kind == REFUSAL:
                raise ValidationError(
                    "entry", "a refusal dispute opens from the refused entry; without one it is a "
                             "complaint under clause 22.1")
            owner = self.service.find_rep(rep)
        else:
            owner = self.service.find_rep(entry.rep_id)
            if rep is not None and rep.strip() and self.service.find_rep(rep).id != owner.id:
                raise ValidationError("rep", "the entry is {owner}'s, not {rep}'s", owner=owner.name, rep=rep)
        _check_day("refused-on", failure_on)
        stage0_on = failure_on if raised_on is None else raised_on
        _check_day("raised-on", stage0_on)
        if stage0_on < failure_on:
            raise ValidationError("raised-on", "{day} is before the failure date {failure}",
                                  day=stage0_on.isoformat(), failure=failure_on.isoformat())
        if entry is not None:
            if entry.notice_on is not None and failure_on < entry.notice_on:
                raise ValidationError("refused-on", "{day} is before the request was made on {asked}",
                                      day=failure_on.isoformat(), asked=entry.notice_on.isoformat())
            if kind == REFUSAL and entry.status not in (REQUESTED, REFUSED):
                raise ValidationError(
                    "entry", "is {status}; only a requested or refused entry can be disputed as a refusal",
                    status=entry.status)
            already = [d for d in self.disputes_for_entry(entry.id) if d.is_open]
            if already:
                raise ValidationError("entry", "already has an open dispute ({id})", id=already[0].id)
        reasons = _check_text("reasons", reasons)
        alternative = _check_text("alternative", alternative)
        people = _check_text("people", people)
        notes = _check_text("notes", notes)
        opened = opened_on or dt.date.today()
        _check_day("opened-on", opened)

        dispute = Dispute(
            id=new_id(), rep_id=owner.id, entry_id=None if entry is None else entry.id, kind=kind,
            failure_on=failure_on, reasons=reasons, alternative=alternative, people=people, stage=0,
            outcome=None, acas_day_a=None, acas_day_b=None, opened_on=opened, notes=notes,
        )
        answered = kind == REFUSAL and bool(reasons)
        first = Stage(
            id=new_id(), dispute_id=dispute.id, number=0, raised_on=stage0_on, to_whom=people,
            response_due=self.response_due(stage0_on),
            response_on=failure_on if answered else None, response=reasons if answered else "",
            outcome=None,
        )
        with self.store.atomic():
            if entry is not None and kind == REFUSAL and entry.status == REQUESTED:
                self.service.edit_entry(entry.id, status=REFUSED)
            self.store.insert(dispute)
            self.store.insert(first)
        return dispute

    def changes_since_opening(self, opened: Dispute, first: Stage) -> list[str]:
        """What has been recorded on a dispute since it was opened as `opened`, with `first` its
        stage 0: any of "stage" (escalated), "acas", "response", "outcome", "details" (reasons,
        alternative, people or notes edited); empty if nothing."""
        current = self.get(opened.id)
        stages = self.stages(opened.id)
        changed = []
        if current.stage != opened.stage or len(stages) != 1:
            changed.append("stage")
        if (current.acas_day_a, current.acas_day_b) != (opened.acas_day_a, opened.acas_day_b):
            changed.append("acas")
        now_first = stages[0] if stages else None
        if now_first is None or (now_first.response_on, now_first.response) != (first.response_on,
                                                                                first.response):
            changed.append("response")
        if current.outcome is not None or (now_first is not None and now_first.outcome is not None):
            changed.append("outcome")
        if "response" not in changed and any(getattr(current, f) != getattr(opened, f) for f in EDITABLE):
            changed.append("details")
        return changed

    def take_back(self, opened: Dispute, first: Stage,
                  entry_before: Entry | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
        """Take back the opening of a dispute nothing has been recorded on since (an undo): delete
        it and its stage 0 and put the entry back as `entry_before` (the request the opening
        refused), in one transaction. Returns the deleted rows (dispute, stage) for `put_back`."""
        changed = self.changes_since_opening(opened, first)
        if changed:
            raise ValidationError(
                "dispute", "{id} has changed since it was opened ({changed}), so it stays on record; record "
                           "its outcome instead", id=opened.id, changed=", ".join(changed))
        with self.store.atomic():
            stage_row = self.store.delete(Stage, first.id)
            dispute_row = self.store.delete(Dispute, opened.id)
            if entry_before is not None:
                self.store.update(entry_before)
        return dispute_row, stage_row

    def put_back(self, dispute_row: dict[str, Any], stage_row: dict[str, Any],
                 entry_after: Entry | None = None) -> None:
        """Open a taken-back dispute again exactly as it was (a redo), with the entry as it was then."""
        with self.store.atomic():
            if entry_after is not None:
                self.store.update(entry_after)
            self.store.restore_row(Dispute, dispute_row)
            self.store.restore_row(Stage, stage_row)

    def _open_dispute(self, dispute_id: str) -> Dispute:
        dispute = self.get(dispute_id)
        if not dispute.is_open:
            raise ValidationError(
                "dispute", "{id} is closed ({outcome}); reopen it first", id=dispute.id,
                outcome=Words(outcome_label(dispute.outcome, "en"), outcome_label(dispute.outcome, "cy")))
        return dispute

    def escalate(self, dispute_id: str, raised_on: dt.date, to_whom: str = "") -> Stage:
        """Take the dispute to the next stage of its ladder."""
        dispute = self._open_dispute(dispute_id)
        if dispute.at_last_stage:
            raise ValidationError(
                "stage", "the dispute is already at {stage}, the last step; record the outcome instead",
                stage=Words(stage_label(dispute.kind, dispute.stage, "en"),
                            stage_label(dispute.kind, dispute.stage, "cy")))
        _check_day("on", raised_on)
        current = self.current_stage(dispute)
        if raised_on < current.raised_on:
            raise ValidationError("on", "{day} is before the current step was raised on {raised}",
                                  day=raised_on.isoformat(), raised=current.raised_on.isoformat())
        to_whom = _check_text("to", to_whom)
        stage = Stage(
            id=new_id(), dispute_id=dispute.id, number=dispute.stage + 1, raised_on=raised_on,
            to_whom=to_whom, response_due=self.response_due(raised_on), response_on=None,
            response="", outcome=None,
        )
        with self.store.atomic():
            self.store.insert(stage)
            self.store.update(dataclasses.replace(dispute, stage=stage.number))
        return stage

    def respond(self, dispute_id: str, on: dt.date, response: str = "", outcome: str | None = None) -> Stage:
        """Record the response at the current stage; an outcome closes the dispute."""
        dispute = self._open_dispute(dispute_id)
        if outcome is not None and outcome not in OUTCOMES:
            raise ValidationError("outcome", "must be one of {choices} (not {value!r})",
                                  choices=", ".join(OUTCOMES), value=outcome)
        _check_day("on", on)
        response = _check_text("response", response)
        stage = self.current_stage(dispute)
        if on < stage.raised_on:
            raise ValidationError("on", "{day} is before the step was raised on {raised}",
                                  day=on.isoformat(), raised=stage.raised_on.isoformat())
        if stage.answered and not response and outcome is None:
            raise ValidationError(
                "response", "this step already has a response recorded on {day}; give a new response "
                            "or an outcome", day=stage.response_on)
        if response or not stage.answered:
            updated = dataclasses.replace(stage, response_on=on, response=response, outcome=outcome)
        else:
            updated = dataclasses.replace(stage, outcome=outcome)
        changes: dict[str, Any] = {}
        if outcome is not None:
            changes["outcome"] = outcome
        if dispute.kind == REFUSAL and dispute.stage == 0 and response and not dispute.reasons:
            changes["reasons"] = response  # the written reasons 21.2 asks for have arrived
        with self.store.atomic():
            self.store.update(updated)
            if changes:
                self.store.update(dataclasses.replace(dispute, **changes))
        return updated

    def reopen(self, dispute_id: str) -> Dispute:
        """Undo an outcome recorded by mistake: the dispute is open again at the same stage."""
        dispute = self.get(dispute_id)
        if dispute.is_open:
            raise ValidationError("dispute", "{id} is open already", id=dispute.id)
        stage = self.current_stage(dispute)
        reopened = dataclasses.replace(dispute, outcome=None)
        with self.store.atomic():
            self.store.update(dataclasses.replace(stage, outcome=None))
            self.store.update(reopened)
        return reopened

    def acas(self, dispute_id: str, day_a: dt.date, day_b: dt.date | None = None) -> Dispute:
        """Record ACAS early conciliation: Day A (notification received), Day B (certificate)."""
        dispute = self.get(dispute_id)
        _check_day("day-a", day_a)
        if day_b is not None:
            _check_day("day-b", day_b)
            if day_b < day_a:
                raise ValidationError("day-b", "the certificate date {day_b} is before Day A {day_a}",
                                      day_b=day_b.isoformat(), day_a=day_a.isoformat())
        updated = dataclasses.replace(dispute, acas_day_a=day_a, acas_day_b=day_b)
        self.deadline(updated)  # raises, naming the field, before anything is written
        self.store.update(updated)
        return updated

    def edit(self, dispute_id: str, **changes: str) -> Dispute:
        """Change the recorded reasons, alternative offered, people involved or notes."""
        dispute = self.get(dispute_id)
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise ValidationError(unknown[0], "cannot be edited here (only {choices})",
                                  choices=", ".join(EDITABLE))
        clean: dict[str, Any] = {name: _check_text(name, value) for name, value in changes.items()}
        updated = dataclasses.replace(dispute, **clean)
        self.store.update(updated)
        return updated

    # -- clause 6.2 ----------------------------------------------------------------------------

    def refusal_check(self, dispute: Dispute) -> RefusalCheck | None:
        """Whether a refused request was within allowance and on notice (6.2); None if the
        dispute has no entry or the entry's category is never paid (industrial action)."""
        if dispute.entry_id is None:
            return None
        entry = self.store.get(Entry, dispute.entry_id)
        if entry is None:
            return None
        profile = self.service.profile
        category = profile.categories.get(entry.category)
        if category is None or category.paid == "never":
            return None
        rep = self.service.find_rep(entry.rep_id)
        balance = self.service.balance(rep.id, entry.date)
        ledger = self.service.ledger(rep)
        session = profile.settings.session_minutes
        explain: list[str] = []
        within = True
        counted_roles: list[str] = []
        for b in balance.allowances:
            a = b.allowance
            if a.kind != "cap" or b.cap is None or entry.category not in ledger.counted_categories(a):
                continue
            if a.scope_kind == "role" and a.scope != entry.role:
                continue
            if a.scope_kind == "role":
                counted_roles.append(a.scope)
            needed = _measure(a.unit, entry.minutes, rep, session)
            remaining = b.cap - b.used
            ok = remaining >= needed
            within = within and ok
            explain.append(f"{a.id}: {fmt_number(remaining)} {a.unit} remaining, "
                           f"{fmt_number(needed)} asked: {'within' if ok else 'over'}")
        combined = balance.combined
        if combined is not None and entry.role in combined.members and entry.role in counted_roles:
            needed = _measure(combined.unit, entry.minutes, rep, session)
            ok = combined.remaining >= needed
            within = within and ok
            explain.append(f"combined cap: {fmt_number(combined.remaining)} {combined.unit} remaining, "
                           f"{fmt_number(needed)} asked: {'within' if ok else 'over'}")
        if not explain:
            explain.append(f"{entry.category} time counts against no capped allowance")
        if entry.notice_on is None:
            on_notice = False
            explain.append("no notice date recorded")
        elif entry.conference:
            needed_days = profile.settings.conference_notice_days
            given = (entry.date - entry.notice_on).days
            on_notice = given >= needed_days
            explain.append(f"conference: {given} days' notice given, {needed_days} needed (12.5)")
        else:
            on_notice = entry.notice_on < entry.date
            explain.append(f"notice given on {entry.notice_on.isoformat()} for {entry.date.isoformat()}")
        return RefusalCheck(within, on_notice, tuple(explain))

    # -- flags ---------------------------------------------------------------------------------

    def flags(self, today: dt.date, lang: str | None = None) -> list[Flag]:
        """What needs attention in open disputes, most severe first."""
        reps = {r.id: r for r in self.service.reps()}
        flags: list[Flag] = []
        for dispute in self.disputes(open_only=True):
            rep = reps.get(dispute.rep_id)
            if rep is not None:
                flags += self._flags_of(dispute, rep, today, lang)
        return by_urgency(flags, today)

    def flags_of(self, dispute: Dispute, today: dt.date, lang: str | None = None) -> list[Flag]:
        if not dispute.is_open:
            return []
        return self._flags_of(dispute, self.service.find_rep(dispute.rep_id), today, lang)

    def _flags_of(self, dispute: Dispute, rep: Rep, today: dt.date, lang: str | None) -> list[Flag]:
        flags: list[Flag] = []

        def flag(code: str, severity: int, **params: Any) -> None:
            flags.append(DisputeFlag(code, severity, "dispute", dispute.id, rep.id,
                                     {"rep": rep.name, **params}))

        entry = None if dispute.entry_id is None else self.store.get(Entry, dispute.entry_id)
        entry_date = dispute.failure_on.isoformat() if entry is None else entry.date.isoformat()
        stage = self.current_stage(dispute)
        overdue = stage.awaits_response and not stage.answered and today > stage.response_due
        no_reasons = dispute.kind == REFUSAL and not dispute.reasons
        if no_reasons:
            # Still awaited at the refusal step once its response was due: as pressing as an
            # overdue step, and flagged once (not again as dispute_stage_overdue below).
            late = overdue and stage.number == 0
            flag("dispute_no_reasons", HIGH if late else WARN, date=entry_date,
                 failure=dispute.failure_on.isoformat())
        # The tribunal step awaits no response: its deadline flags below are what matter there.
        if overdue and not (no_reasons and stage.number == 0):
            flag("dispute_stage_overdue", HIGH, stage_key=(dispute.kind, stage.number),
                 to_whom=stage.to_whom, raised=stage.raised_on.isoformat(),
                 due=stage.response_due.isoformat(), stage_id=stage.id)
        deadline = self.deadline(dispute)
        if deadline.out_of_time:
            base = tribunal_deadline(dispute.failure_on, self.limit_rule(dispute.failure_on)[0]).last_day
            flag("dispute_out_of_time", URGENT, day_a=str(dispute.acas_day_a),
                 last_day=str(base))
        elif deadline.acas_pending:
            flag("dispute_acas_pending", INFO, day_a=str(dispute.acas_day_a))
        elif deadline.last_day is not None:
            left = deadlines.days_until(today, deadline.last_day)
            alert = deadlines.deadline_alerts(deadline.last_day, today)
            params = {"last_day": deadline.last_day.isoformat(), "days": abs(left)}
            if alert == deadlines.ALERT_PASSED:
                flag("dispute_deadline_passed", URGENT, **params)
            elif left == 0:
                flag("dispute_deadline_today", URGENT, **params)
            elif alert is not None:
                severity = {deadlines.ALERT_7: URGENT, deadlines.ALERT_14: HIGH, deadlines.ALERT_30: WARN}
                flag(f"dispute_deadline_{alert}", severity[alert], **params)
        if dispute.kind == REFUSAL:
            check = self.refusal_check(dispute)
            if check is not None and check.unreasonable:
                flag("dispute_unreasonable_refusal", HIGH, date=entry_date)
        return flags
