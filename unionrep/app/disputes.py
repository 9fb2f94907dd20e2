"""Disputes and escalation (RULES §5): the service that opens, escalates and answers disputes and
reads their deadlines and flags. The rules themselves are in unionrep.core.disputes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from unionrep.app import dispute_tables  # noqa: F401 — the store's tables of disputes and stages
from unionrep.app.base import AppService
from unionrep.app.changes import ChangeSet
from unionrep.core import deadlines
from unionrep.core.caps import fmt_number
from unionrep.core.deadlines import Deadline, add_working_days, format_day, format_day_cy, tribunal_deadline
from unionrep.core.disputes import (
    COMPLAINT,
    EDITABLE,
    KINDS,
    OUTCOMES,
    REFUSAL,
    Dispute,
    DisputeFlag,
    RefusalCheck,
    Stage,
    check_day,
    check_text,
    outcome_label,
    stage_label,
)
from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.flags import Flag, by_urgency
from unionrep.core.messages_errors import Words
from unionrep.core.model import REFUSED, REQUESTED, Entry, Rep, new_id
from unionrep.core.severity import HIGH, INFO, URGENT, WARN


class DisputeService(AppService):
    """Disputes of one database: opening, escalating, answering, ACAS dates, deadlines and flags.

    Every method validates its input before it writes, and writes in one transaction, so a
    rejected call changes nothing.
    """

    # -- reading -------------------------------------------------------------------------------

    def disputes(self, open_only: bool = False, rep_id: str | None = None) -> list[Dispute]:
        where, params = ["1"], []
        if open_only:
            where.append("outcome IS NULL")
        if rep_id is not None:
            where.append("rep_id = ?")
            params.append(self.session.reps.find(rep_id).id)
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
        return self.profile.settings.response_working_days

    def response_due(self, raised_on: dt.date) -> dt.date:
        return add_working_days(raised_on, self.response_days())

    def limit_rule(self, failure_on: dt.date) -> tuple[int, str]:
        """The tribunal time limit in months for a failure on `failure_on`, and why (English)."""
        months, why, _ = self.limit_explained(failure_on)
        return months, why

    def limit_explained(self, failure_on: dt.date) -> tuple[int, str, str]:
        """The time limit in months in force on `failure_on`, and why, in English and Welsh."""
        months = self.profile.tribunal_limit_months(failure_on)
        in_force = [lim for lim in self.profile.settings.tribunal_limits
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
             notes: str = "") -> ChangeSet[Dispute]:
        """Open a dispute from a refused (or requested) entry, or with `rep=` a complaint (22.1).

        `kind` defaults to a refusal with an entry and a complaint without one. A requested entry
        is moved to refused in the same transaction. `raised_on` (default: the failure date) is
        the day stage 0 was raised — for a complaint, with the accountable manager.
        """
        entry: Entry | None = None
        if entry_id is not None and entry_id.strip():
            entry = self.session.entries.get(entry_id.strip())
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
            owner = self.session.reps.find(rep)
        else:
            owner = self.session.reps.find(entry.rep_id)
            if rep is not None and rep.strip() and self.session.reps.find(rep).id != owner.id:
                raise ValidationError("rep", "the entry is {owner}'s, not {rep}'s", owner=owner.name, rep=rep)
        check_day("refused-on", failure_on)
        stage0_on = failure_on if raised_on is None else raised_on
        check_day("raised-on", stage0_on)
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
        reasons = check_text("reasons", reasons)
        alternative = check_text("alternative", alternative)
        people = check_text("people", people)
        notes = check_text("notes", notes)
        opened = opened_on or dt.date.today()
        check_day("opened-on", opened)

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
        with self.session.change("dispute.open") as change:
            if entry is not None and kind == REFUSAL and entry.status == REQUESTED:
                self.session.entries.edit(entry.id, status=REFUSED)
            self.store.insert(dispute)
            self.store.insert(first)
            change.result = dispute
        return change

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

    def _open_dispute(self, dispute_id: str) -> Dispute:
        dispute = self.get(dispute_id)
        if not dispute.is_open:
            raise ValidationError(
                "dispute", "{id} is closed ({outcome}); reopen it first", id=dispute.id,
                outcome=Words(outcome_label(dispute.outcome, "en"), outcome_label(dispute.outcome, "cy")))
        return dispute

    def escalate(self, dispute_id: str, raised_on: dt.date, to_whom: str = "") -> ChangeSet[Stage]:
        """Take the dispute to the next stage of its ladder."""
        dispute = self._open_dispute(dispute_id)
        if dispute.at_last_stage:
            raise ValidationError(
                "stage", "the dispute is already at {stage}, the last step; record the outcome instead",
                stage=Words(stage_label(dispute.kind, dispute.stage, "en"),
                            stage_label(dispute.kind, dispute.stage, "cy")))
        check_day("on", raised_on)
        current = self.current_stage(dispute)
        if raised_on < current.raised_on:
            raise ValidationError("on", "{day} is before the current step was raised on {raised}",
                                  day=raised_on.isoformat(), raised=current.raised_on.isoformat())
        to_whom = check_text("to", to_whom)
        stage = Stage(
            id=new_id(), dispute_id=dispute.id, number=dispute.stage + 1, raised_on=raised_on,
            to_whom=to_whom, response_due=self.response_due(raised_on), response_on=None,
            response="", outcome=None,
        )
        with self.session.change("dispute.escalate") as change:
            self.store.insert(stage)
            self.store.update(dataclasses.replace(dispute, stage=stage.number))
            change.result = stage
        return change

    def respond(self, dispute_id: str, on: dt.date, response: str = "",
                outcome: str | None = None) -> ChangeSet[Stage]:
        """Record the response at the current stage; an outcome closes the dispute."""
        dispute = self._open_dispute(dispute_id)
        if outcome is not None and outcome not in OUTCOMES:
            raise ValidationError("outcome", "must be one of {choices} (not {value!r})",
                                  choices=", ".join(OUTCOMES), value=outcome)
        check_day("on", on)
        response = check_text("response", response)
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
        with self.session.change("dispute.respond") as change:
            self.store.update(updated)
            if changes:
                self.store.update(dataclasses.replace(dispute, **changes))
            change.result = updated
        return change

    def reopen(self, dispute_id: str) -> ChangeSet[Dispute]:
        """Undo an outcome recorded by mistake: the dispute is open again at the same stage."""
        dispute = self.get(dispute_id)
        if dispute.is_open:
            raise ValidationError("dispute", "{id} is open already", id=dispute.id)
        stage = self.current_stage(dispute)
        reopened = dataclasses.replace(dispute, outcome=None)
        with self.session.change("dispute.reopen") as change:
            self.store.update(dataclasses.replace(stage, outcome=None))
            self.store.update(reopened)
            change.result = reopened
        return change

    def acas(self, dispute_id: str, day_a: dt.date, day_b: dt.date | None = None) -> ChangeSet[Dispute]:
        """Record ACAS early conciliation: Day A (notification received), Day B (certificate)."""
        dispute = self.get(dispute_id)
        check_day("day-a", day_a)
        if day_b is not None:
            check_day("day-b", day_b)
            if day_b < day_a:
                raise ValidationError("day-b", "the certificate date {day_b} is before Day A {day_a}",
                                      day_b=day_b.isoformat(), day_a=day_a.isoformat())
        updated = dataclasses.replace(dispute, acas_day_a=day_a, acas_day_b=day_b)
        self.deadline(updated)  # raises, naming the field, before anything is written
        with self.session.change("dispute.acas") as change:
            self.store.update(updated)
            change.result = updated
        return change

    def edit(self, dispute_id: str, **changes: str) -> ChangeSet[Dispute]:
        """Change the recorded reasons, alternative offered, people involved or notes."""
        dispute = self.get(dispute_id)
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise ValidationError(unknown[0], "cannot be edited here (only {choices})",
                                  choices=", ".join(EDITABLE))
        clean: dict[str, Any] = {name: check_text(name, value) for name, value in changes.items()}
        updated = dataclasses.replace(dispute, **clean)
        with self.session.change("dispute.edit") as change:
            self.store.update(updated)
            change.result = updated
        return change

    # -- clause 6.2 ----------------------------------------------------------------------------

    def refusal_check(self, dispute: Dispute) -> RefusalCheck | None:
        """Whether a refused request was within allowance and on notice (6.2); None if the
        dispute has no entry or the entry's category is never paid (industrial action)."""
        if dispute.entry_id is None:
            return None
        entry = self.store.get(Entry, dispute.entry_id)
        if entry is None:
            return None
        profile = self.profile
        category = profile.categories.get(entry.category)
        if category is None or category.paid == "never":
            return None
        rep = self.session.reps.find(entry.rep_id)
        balance = self.session.balances.of(rep.id, entry.date)
        ledger = self.session.balances.ledger(rep)
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
            needed = ledger.measure(a.unit, entry.minutes, entry.date)
            remaining = b.cap - b.used
            ok = remaining >= needed
            within = within and ok
            explain.append(f"{a.id}: {fmt_number(remaining)} {a.unit} remaining, "
                           f"{fmt_number(needed)} asked: {'within' if ok else 'over'}")
        combined = balance.combined
        if combined is not None and entry.role in combined.members and entry.role in counted_roles:
            needed = ledger.measure(combined.unit, entry.minutes, entry.date)
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
        reps = {r.id: r for r in self.session.reps.all()}
        flags: list[Flag] = []
        for dispute in self.disputes(open_only=True):
            rep = reps.get(dispute.rep_id)
            if rep is not None:
                flags += self._flags_of(dispute, rep, today, lang)
        return by_urgency(flags, today)

    def flags_of(self, dispute: Dispute, today: dt.date, lang: str | None = None) -> list[Flag]:
        if not dispute.is_open:
            return []
        return self._flags_of(dispute, self.session.reps.find(dispute.rep_id), today, lang)

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
