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

The wording (stage, kind and outcome names, flags, confirmations) is the catalogue's
(unionrep.i18n.disputes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionrep.core import deadlines
from unionrep.core.deadlines import (
    days_cy,
    days_text,
)
from unionrep.core.entries import EARLIEST, LATEST
from unionrep.core.errors import ValidationError
from unionrep.core.flags import DATE_PARAMS, Flag, flag_day
from unionrep.core.messages import t

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


DATE_FIELDS = frozenset({"failure_on", "acas_day_a", "acas_day_b", "opened_on", "raised_on", "response_due",
                         "response_on"})  # a dispute's and a stage's fields that hold dates


def check_day(field: str, day: dt.date) -> None:
    if not isinstance(day, dt.date):
        raise ValidationError(field, "{day!r} is not a date", day=day)
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(field, "{day} is outside the years 1990–2100", day=day.isoformat())


def check_text(field: str, value: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if len(value) > MAX_TEXT:
        raise ValidationError(field, "must be at most {limit:,} characters", limit=MAX_TEXT)
    return value.strip()

