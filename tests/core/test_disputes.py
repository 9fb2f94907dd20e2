"""The dispute engine (RULES §5; clauses 6.2, 21, 22): the ladder, response dates, the tribunal
deadline from the profile, ACAS dates, flags, bad input, and the calendar export."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from icalendar import Calendar

from unionrep.app.disputes import DisputeService
from unionrep.core import disputes as disputes_mod
from unionrep.core.deadlines import add_working_days, tribunal_deadline
from unionrep.core.disputes import (
    COMPLAINT_STAGES,
    OUTCOMES,
    STAGES,
    stage_label,
)
from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.messages import MESSAGES
from unionrep.core.model import Entry, Rep
from unionrep.core.severity import HIGH, INFO, URGENT, WARN
from unionrep.exchange.ics import export_ics

D = dt.date
FAILURE = D(2026, 5, 12)  # a Tuesday; last day 11 Aug 2026
LAST_DAY = D(2026, 8, 11)
ENTRY_DAY = D(2026, 5, 20)
NOTICE_DAY = D(2026, 5, 1)


@pytest.fixture
def ds(session) -> DisputeService:
    return session.disputes


@pytest.fixture
def rep(make_rep) -> Rep:
    return make_rep("Siân Ŵyn")


def log(session, rep: Rep, day: D = ENTRY_DAY, hours: float = 3, *, status: str = "requested",
        notice_on: D | None = NOTICE_DAY, role: str = "steward", category: str = "duties",
        **extra: Any) -> Entry:
    return session.entries.add(Entry(rep_id=rep.id, role=role, date=day, minutes=int(hours * 60),
                                     category=category, status=status, notice_on=notice_on, **extra)).result


def snapshot(session) -> dict[str, list[dict[str, Any]]]:
    db = session.store.db
    return {table: list(db.query(f"SELECT * FROM [{table}] ORDER BY id"))
            for table in ("disputes", "dispute_stages", "entries", "audit")}


def codes(flags) -> set[str]:
    return {f.code for f in flags}


# --- Opening ---------------------------------------------------------------------------------


def test_open_from_a_requested_entry_refuses_it_and_opens_stage_0(session, ds, rep):
    entry = log(session, rep)
    before = dt.date.today()
    dispute = ds.open(entry.id, FAILURE, people="Mr Jones, line manager", alternative="Next Tuesday").result

    assert session.entries.get(entry.id).status == "refused"
    changes = [h for h in session.store.history(entry.id) if h["field"] == "status"]
    assert [(h["old"], h["new"]) for h in changes] == [("requested", "refused")]

    stored = ds.get(dispute.id)
    assert stored == dispute
    assert (stored.kind, stored.stage, stored.outcome, stored.rep_id, stored.entry_id) == (
        "refusal", 0, None, rep.id, entry.id)
    assert stored.failure_on == FAILURE
    assert before <= stored.opened_on <= dt.date.today()  # opened today (a run may pass midnight)
    assert stored.alternative == "Next Tuesday"

    [first] = ds.stages(dispute.id)
    assert (first.number, first.raised_on, first.to_whom) == (0, FAILURE, "Mr Jones, line manager")
    # No reasons given: the written reasons (21.2) are awaited, due 10 working days later; Spring
    # bank holiday Monday 25 May 2026 does not count.
    assert first.response_on is None
    assert first.response_due == D(2026, 5, 27)
    assert "2026-05-25" in first.response_due_rule()
    assert stage_label("refusal", 0) == "Refusal, with written reasons (21.2)"


def test_open_with_reasons_records_them_as_the_refusals_response(session, ds, rep):
    entry = log(session, rep)
    dispute = ds.open(entry.id, FAILURE, "Service pressures on the ward").result
    [first] = ds.stages(dispute.id)
    assert first.response_on == FAILURE and first.response == "Service pressures on the ward"
    assert dispute.reasons == "Service pressures on the ward"


def test_open_from_an_already_refused_entry_leaves_it_refused(session, ds, rep):
    entry = log(session, rep, status="refused")
    audit_before = len(session.store.history(entry.id))
    dispute = ds.open(entry.id, FAILURE, "No cover").result
    assert session.entries.get(entry.id).status == "refused"
    assert len(session.store.history(entry.id)) == audit_before
    assert ds.get(dispute.id[:8]).id == dispute.id  # a unique prefix finds it


def test_opening_is_one_transaction(session, ds, rep, monkeypatch):
    entry = log(session, rep)
    before = snapshot(session)
    real_insert = session.store.insert

    def failing_insert(record: Any) -> None:
        if isinstance(record, disputes_mod.Stage):
            raise RuntimeError("disk full")
        real_insert(record)

    monkeypatch.setattr(session.store, "insert", failing_insert)
    with pytest.raises(RuntimeError):
        ds.open(entry.id, FAILURE)
    assert snapshot(session) == before
    assert session.entries.get(entry.id).status == "requested"


def test_a_complaint_has_its_own_ladder(session, ds, rep):
    complaint = ds.open(None, D(2026, 3, 2), rep=rep.name, raised_on=D(2026, 3, 4),
                        people="Head of Adult Services").result
    assert complaint.kind == "complaint" and complaint.entry_id is None
    assert complaint.ladder == COMPLAINT_STAGES == ("accountable-manager", "head-of-hr")
    assert complaint.stage_name() == "Accountable manager or head of department (22.1)"
    assert complaint.stage_name("cy") == "Rheolwr atebol neu bennaeth yr adran (22.1)"
    [first] = ds.stages(complaint.id)
    assert first.raised_on == D(2026, 3, 4) and first.response_due == D(2026, 3, 18)

    second = ds.escalate(complaint.id, D(2026, 3, 20), "Head of Strategic HR").result
    assert second.number == 1
    assert ds.get(complaint.id).stage_name() == "Head of Strategic HR (22.1)"
    before = snapshot(session)
    with pytest.raises(ValidationError) as info:
        ds.escalate(complaint.id, D(2026, 4, 20))
    assert info.value.field == "stage"
    assert snapshot(session) == before


# --- Escalating and responding ---------------------------------------------------------------


def test_escalate_twice_numbers_the_stages_and_skips_the_welsh_bank_holiday(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    senior = ds.escalate(dispute.id, D(2026, 5, 15), "Ms Evans, Head of Service").result
    hr = ds.escalate(dispute.id, D(2026, 5, 20), "Head of Strategic HR").result

    assert (senior.number, hr.number) == (1, 2)
    assert ds.get(dispute.id).stage == 2
    assert ds.get(dispute.id).stage_key == "head-of-hr"
    # Fri 15 May + 10 working days: 18–22, 26–29 May (25 May is a bank holiday), 1 Jun.
    assert senior.response_due == D(2026, 6, 1)
    assert senior.response_due != D(2026, 5, 15) + dt.timedelta(days=14)
    # Wed 20 May + 10: 21, 22, 26–29 May, 1–4 Jun.
    assert hr.response_due == D(2026, 6, 4)
    assert [s.number for s in ds.stages(dispute.id)] == [0, 1, 2]
    assert "bank holidays in this period: 2026-05-25" in senior.response_due_rule()
    assert "gwyliau banc yn y cyfnod hwn: 25 Mai 2026" in senior.response_due_rule("cy")


def test_response_days_come_from_the_profile(session, ds, rep):
    session.policy.set("settings.response_working_days", "5")
    dispute = ds.open(log(session, rep).id, FAILURE).result
    stage = ds.escalate(dispute.id, D(2026, 5, 15)).result
    assert stage.response_due == add_working_days(D(2026, 5, 15), 5) == D(2026, 5, 22)


def test_respond_with_an_outcome_closes_the_dispute(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    ds.escalate(dispute.id, D(2026, 5, 15), "Ms Evans")
    answered = ds.respond(dispute.id, D(2026, 5, 22), "Will reconsider next week").result
    assert answered.response_on == D(2026, 5, 22) and answered.outcome is None
    assert ds.get(dispute.id).is_open

    closed = ds.respond(dispute.id, D(2026, 5, 29), outcome="resolved").result
    # Only an outcome: the response already recorded stays.
    assert (closed.response, closed.response_on, closed.outcome) == (
        "Will reconsider next week", D(2026, 5, 22), "resolved")
    assert ds.get(dispute.id).outcome == "resolved"
    assert ds.disputes(open_only=True) == []
    assert [d.id for d in ds.disputes()] == [dispute.id]
    assert ds.flags(D(2026, 8, 10)) == []

    reopened = ds.reopen(dispute.id).result
    assert reopened.is_open and ds.current_stage(reopened).outcome is None


def test_escalating_to_the_tribunal_then_recording_the_claim(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    for day in (D(2026, 5, 15), D(2026, 6, 2), D(2026, 7, 1)):
        ds.escalate(dispute.id, day)
    assert ds.get(dispute.id).stage == STAGES.index("tribunal") == 3
    assert ds.get(dispute.id).at_last_stage
    before = snapshot(session)
    with pytest.raises(ValidationError) as info:
        ds.escalate(dispute.id, D(2026, 7, 2))
    assert info.value.field == "stage"
    assert snapshot(session) == before
    ds.respond(dispute.id, D(2026, 7, 3), "ET1 presented", outcome="claim-lodged")
    assert ds.get(dispute.id).outcome == "claim-lodged"


def test_a_response_at_the_refusal_stage_supplies_the_missing_reasons(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE).result
    assert "dispute_no_reasons" in codes(ds.flags(D(2026, 5, 13)))
    ds.respond(dispute.id, D(2026, 5, 14), "No cover for the clinic")
    assert ds.get(dispute.id).reasons == "No cover for the clinic"
    assert "dispute_no_reasons" not in codes(ds.flags(D(2026, 5, 14)))


# --- The tribunal deadline -------------------------------------------------------------------


def test_deadline_and_days_left(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE).result
    deadline = ds.deadline(dispute)
    assert deadline.last_day == LAST_DAY == tribunal_deadline(FAILURE).last_day
    assert deadline.steps[0].startswith("time limit 3 months")
    assert deadline.rule == "; ".join(deadline.steps)
    assert ds.days_left(dispute, D(2026, 8, 1)) == 10
    assert ds.days_left(dispute, LAST_DAY) == 0
    assert ds.days_left(dispute, D(2026, 8, 12)) == -1


def test_acas_dates_change_the_deadline(session, ds, make_rep):
    # The public case: failure 16 Jan 2014, Day A 11 Apr, Day B 11 May → 11 Jun 2014.
    rep = make_rep("Steward since 2010", roles=(("steward", "2010-04-01"),))
    entry = log(session, rep, D(2014, 1, 20), notice_on=D(2014, 1, 6))
    dispute = ds.open(entry.id, D(2014, 1, 16), "No cover").result
    assert ds.deadline(dispute).last_day == D(2014, 4, 15)

    pending = ds.acas(dispute.id, D(2014, 4, 11)).result
    assert ds.deadline(pending).acas_pending and ds.deadline(pending).last_day == D(2014, 4, 15)

    done = ds.acas(dispute.id, D(2014, 4, 11), D(2014, 5, 11)).result
    assert ds.get(dispute.id).acas_day_b == D(2014, 5, 11)
    assert ds.deadline(done).last_day == D(2014, 6, 11)
    assert "the last day becomes 11 Jun 2014" in ds.deadline(done).rule

    late = ds.acas(dispute.id, D(2014, 4, 16), D(2014, 5, 16)).result
    assert ds.deadline(late).out_of_time and ds.deadline(late).last_day is None
    assert ds.days_left(late, D(2014, 5, 1)) is None
    assert "dispute_out_of_time" in codes(ds.flags(D(2014, 5, 1)))


def _with_limits(session, limits: list[dict[str, Any]]) -> None:
    stored = session.store.policy_data()
    data = dict(stored[1])
    data["settings"] = {**data["settings"], "tribunal_limits": limits}
    session.policy.replace(stored[0], data)


def test_six_month_limit_from_its_effective_date_through_the_profile(session, ds, rep):
    _with_limits(session, [{"months": 3, "from": "1992-07-16"}, {"months": 6, "from": "2026-10-01"}])
    before = ds.open(log(session, rep, D(2026, 10, 5), notice_on=D(2026, 9, 1)).id, D(2026, 9, 30)).result
    on = ds.open(log(session, rep, D(2026, 10, 6), notice_on=D(2026, 9, 1)).id, D(2026, 10, 1)).result
    assert ds.deadline(before).last_day == D(2026, 12, 29)
    assert ds.deadline(on).last_day == D(2027, 3, 31)
    assert "time limit 6 months" in ds.deadline(on).rule
    assert "from 1 Oct 2026" in ds.deadline(on).rule
    assert "time limit 3 months" in ds.deadline(before).rule
    assert ds.deadline(on).text("cy").startswith(
        "terfyn amser 6 mis (gosodiad y polisi \u201cTerfynau amser y tribiwnlys\u201d: 6 mis ar gyfer "
        "methiannau o 1 Hydref 2026 ymlaen); 1 Hydref 2026 + 6 mis − 1 diwrnod = 31 Mawrth 2027")


def test_limit_before_every_effective_date_is_three_months(session, ds, rep):
    _with_limits(session, [{"months": 6, "from": "2026-10-01"}])
    dispute = ds.open(log(session, rep).id, FAILURE).result
    assert ds.deadline(dispute).last_day == LAST_DAY
    assert "statutory default" in ds.deadline(dispute).steps[0]


# --- Flags -----------------------------------------------------------------------------------


def test_no_reasons_flag_appears_and_disappears(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE).result
    [flag] = [f for f in ds.flags(D(2026, 5, 13)) if f.code == "dispute_no_reasons"]
    assert (flag.severity, flag.subject_kind, flag.subject_id, flag.rep_id) == (
        WARN, "dispute", dispute.id, rep.id)
    assert "21.2" in flag.text() and "cymal 21.2" in flag.text("cy")
    ds.edit(dispute.id, reasons="No cover")
    assert "dispute_no_reasons" not in codes(ds.flags(D(2026, 5, 13)))


def test_stage_overdue_flag_appears_after_the_due_date_and_clears_on_response(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    stage = ds.escalate(dispute.id, D(2026, 5, 15), "Ms Evans").result
    assert "dispute_stage_overdue" not in codes(ds.flags(stage.response_due))
    [flag] = [f for f in ds.flags(D(2026, 6, 2)) if f.code == "dispute_stage_overdue"]
    assert flag.severity == HIGH
    assert flag.text() == ("Siân Ŵyn: no response at the step 'Appropriate senior manager (21.3), Ms Evans' "
                           "raised on 2026-05-15 — it was due on 2026-06-01")
    assert flag.text("cy") == ("Siân Ŵyn: dim ymateb ar y cam 'Uwch reolwr priodol (21.3), Ms Evans' "
                               "a godwyd ar 15 Mai 2026 — roedd yn ddyledus ar 1 Mehefin 2026")
    ds.respond(dispute.id, D(2026, 6, 3), "Refusal upheld")
    assert "dispute_stage_overdue" not in codes(ds.flags(D(2026, 6, 4)))


def test_an_unanswered_stage_is_superseded_by_escalating(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    ds.escalate(dispute.id, D(2026, 5, 15))
    ds.escalate(dispute.id, D(2026, 6, 2))  # stage 1 never answered
    overdue = [f for f in ds.flags(D(2026, 6, 10)) if f.code == "dispute_stage_overdue"]
    assert overdue == []


@pytest.mark.parametrize(
    ("today", "code", "severity"),
    [
        (D(2026, 7, 11), None, None),  # 31 days before
        (D(2026, 7, 12), "dispute_deadline_30", WARN),
        (D(2026, 7, 27), "dispute_deadline_30", WARN),  # 15 days
        (D(2026, 7, 28), "dispute_deadline_14", HIGH),
        (D(2026, 8, 4), "dispute_deadline_7", URGENT),
        (D(2026, 8, 10), "dispute_deadline_7", URGENT),
        (LAST_DAY, "dispute_deadline_today", URGENT),
        (D(2026, 8, 12), "dispute_deadline_passed", URGENT),
    ],
)
def test_tribunal_deadline_flags_rise_in_severity(session, ds, rep, today, code, severity):
    ds.open(log(session, rep).id, FAILURE, "Short staffed")
    found = [f for f in ds.flags(today) if f.code.startswith("dispute_deadline")]
    if code is None:
        assert found == []
        return
    [flag] = found
    assert (flag.code, flag.severity) == (code, severity)
    assert "2026-08-11" in flag.text() and "11 Awst 2026" in flag.text("cy")
    assert flag.text("cy") != flag.text("en")


def test_deadline_flag_text(session, ds, rep):
    ds.open(log(session, rep).id, FAILURE, "Short staffed")
    [flag] = [f for f in ds.flags(D(2026, 7, 28)) if f.code == "dispute_deadline_14"]
    assert flag.text() == ("Siân Ŵyn: only 14 days left to present a tribunal claim — "
                           "the last day is 2026-08-11")
    assert flag.text("cy") == ("Siân Ŵyn: dim ond 14 diwrnod ar ôl i gyflwyno hawliad i'r Tribiwnlys "
                               "Cyflogaeth — y diwrnod olaf yw 11 Awst 2026")


def test_acas_under_way_replaces_the_deadline_flag_with_a_reminder(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    assert "dispute_deadline_7" in codes(ds.flags(D(2026, 8, 5)))
    ds.acas(dispute.id, D(2026, 8, 3))
    flags = ds.flags(D(2026, 8, 5))
    assert not any(f.code.startswith("dispute_deadline") for f in flags)
    [pending] = [f for f in flags if f.code == "dispute_acas_pending"]
    assert pending.severity == INFO and "2026-08-03" in pending.text()
    ds.acas(dispute.id, D(2026, 8, 3), D(2026, 9, 10))  # + 38 days → 18 Sep; one month after B: 10 Oct
    assert ds.deadline(ds.get(dispute.id)).last_day == D(2026, 10, 10)
    assert codes(ds.flags(D(2026, 9, 12))) & {"dispute_deadline_30", "dispute_acas_pending"} == {
        "dispute_deadline_30"}


def test_unreasonable_refusal_flag_within_allowance_and_on_notice(session, ds, rep):
    entry = log(session, rep)
    dispute = ds.open(entry.id, FAILURE, "Short staffed").result
    check = ds.refusal_check(dispute)
    assert check is not None and check.within_allowance and check.on_notice
    [flag] = [f for f in ds.flags(D(2026, 5, 13)) if f.code == "dispute_unreasonable_refusal"]
    assert flag.severity == HIGH and "6.2" in flag.text() and "afresymol" in flag.text("cy")


def test_unreasonable_refusal_at_the_edge_of_the_allowance(session, ds, rep):
    for day in (D(2026, 4, 7), D(2026, 4, 8), D(2026, 4, 9), D(2026, 4, 10)):
        log(session, rep, day, 24, status="taken", notice_on=None)
    log(session, rep, D(2026, 4, 14), 1, status="approved", notice_on=None)  # 97 h used, 3 h left
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    assert "dispute_unreasonable_refusal" in codes(ds.flags(D(2026, 5, 13)))
    log(session, rep, D(2026, 4, 15), 0.5, status="approved", notice_on=None)  # 2.5 h left < 3 h
    check = ds.refusal_check(dispute)
    assert check is not None and not check.within_allowance and check.on_notice
    assert "dispute_unreasonable_refusal" not in codes(ds.flags(D(2026, 5, 13)))


def test_refusal_is_not_flagged_over_the_combined_cap(session, ds, make_rep):
    rep = make_rep("Dafydd", roles=(("steward", "2020-04-01"), ("learning", "2020-04-01"),
                                    ("health-safety", "2020-04-01")))
    day = D(2026, 4, 6)
    for hours, role in ((24, "steward"), (24, "steward"), (24, "steward"), (18, "steward"),
                        (24, "learning"), (6, "learning"), (8, "health-safety")):
        day += dt.timedelta(days=1)
        log(session, rep, day, hours, status="taken", notice_on=None, role=role)
    # steward 90 of 100 h; combined 128 of 130 h: 3 h more breaks the combined cap.
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    check = ds.refusal_check(dispute)
    assert check is not None and not check.within_allowance
    assert any(line.startswith("combined cap: 2.00 hours remaining") for line in check.explain)
    assert "dispute_unreasonable_refusal" not in codes(ds.flags(D(2026, 5, 13)))


@pytest.mark.parametrize(
    ("notice_on", "conference", "on_notice"),
    [
        (None, False, False),
        (D(2026, 5, 20), False, False),  # notice on the day itself is no notice
        (D(2026, 5, 19), False, True),
        (D(2026, 5, 1), True, False),  # conference: 19 days' notice, 21 needed (12.5)
        (D(2026, 4, 29), True, True),  # 21 days
    ],
)
def test_on_notice(session, ds, rep, notice_on, conference, on_notice):
    entry = log(session, rep, notice_on=notice_on, conference=conference, category="activities")
    dispute = ds.open(entry.id, D(2026, 5, 20), "Short staffed").result
    check = ds.refusal_check(dispute)
    assert check is not None and check.within_allowance and check.on_notice is on_notice
    assert ("dispute_unreasonable_refusal" in codes(ds.flags(D(2026, 5, 21)))) is on_notice


def test_complaints_carry_no_refusal_flags_but_do_carry_the_deadline(session, ds, rep):
    complaint = ds.open(None, FAILURE, rep=rep.id, kind="complaint").result
    assert codes(ds.flags(D(2026, 8, 5))) == {"dispute_deadline_7", "dispute_stage_overdue"}
    ds.respond(complaint.id, D(2026, 5, 20), "Will look into it")
    assert codes(ds.flags(D(2026, 8, 5))) == {"dispute_deadline_7"}


def test_flags_are_sorted_most_severe_first(session, ds, rep):
    ds.open(log(session, rep).id, FAILURE)
    severities = [f.severity for f in ds.flags(D(2026, 8, 5))]
    assert severities == sorted(severities, reverse=True) and severities[0] == URGENT


def test_every_message_has_real_welsh():
    keys = [k for k in MESSAGES if k.startswith(("flag.dispute", "dispute."))]
    assert len(keys) > 30
    for key in keys:
        en, cy = MESSAGES[key]
        assert cy and cy != en, key
    for outcome in OUTCOMES:
        assert f"dispute.outcome.{outcome}" in MESSAGES


def test_the_tribunal_step_has_no_response_due_and_is_never_overdue(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    for day in (D(2026, 5, 15), D(2026, 6, 2)):
        ds.escalate(dispute.id, day)
    tribunal = ds.escalate(dispute.id, D(2026, 7, 1), "Employment Tribunal, Cardiff").result
    assert not tribunal.awaits_response and tribunal.due is None
    assert "no response is due at the Employment Tribunal step" in tribunal.response_due_rule()
    assert "nid oes ymateb yn ddyledus" in tribunal.response_due_rule("cy")
    # weeks after ten working days: no "no response" flag, but the deadline flags stay
    flags = ds.flags(D(2026, 8, 5))
    assert codes(flags) == {"dispute_deadline_7", "dispute_unreasonable_refusal"}
    assert [s.due is not None for s in ds.stages(dispute.id)] == [True, True, True, False]


def test_a_refusal_without_reasons_is_flagged_once_at_the_refusal_step(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE).result  # no reasons; stage 0 due 27 May 2026
    [before] = [f for f in ds.flags(D(2026, 5, 27)) if f.code == "dispute_no_reasons"]
    assert before.severity == WARN
    late = ds.flags(D(2026, 5, 28))
    assert codes(late) == {"dispute_no_reasons", "dispute_unreasonable_refusal"}
    [flag] = [f for f in late if f.code == "dispute_no_reasons"]
    assert flag.severity == HIGH  # as pressing as the overdue step it stands for
    # escalated: the unanswered senior manager is flagged on its own
    ds.escalate(dispute.id, D(2026, 5, 28), "Ms Evans")
    assert {"dispute_no_reasons", "dispute_stage_overdue"} <= codes(ds.flags(D(2026, 6, 20)))


def test_the_nearest_deadline_comes_first_within_a_severity(session, ds, rep, make_rep):
    from unionrep.core.flags import Flag, by_urgency

    today = D(2026, 7, 30)
    # 12 days before the last day (11 Aug): HIGH, and an overdue extension review, also HIGH
    ds.open(log(session, rep).id, FAILURE, "Short staffed")
    review = Flag("extension_review_overdue", HIGH, "extension", "x", rep.id,
                  {"rep": rep.name, "case": "C-1", "date": "2026-07-20"})
    over = Flag("over", HIGH, "rep", rep.id, rep.id, {})
    urgent = Flag("dispute_deadline_passed", URGENT, "dispute", "d", rep.id, {"last_day": "2026-07-01"})
    ordered = by_urgency([over, review, *ds.flags(today), urgent], today)
    assert [f.code for f in ordered[:4]] == ["dispute_deadline_passed", "dispute_deadline_14",
                                             "extension_review_overdue", "over"]
    assert next(f.code for f in ds.flags(today)) == "dispute_deadline_14"


def test_day_counts_read_right_in_both_languages(session, ds, rep):
    from unionrep.core.deadlines import days_cy, days_text

    assert [days_cy(n) for n in (1, 2, 3, 10)] == ["1 diwrnod", "2 ddiwrnod", "3 diwrnod", "10 diwrnod"]
    assert (days_text(1), days_text(2, "en"), days_text(2, "cy")) == ("1 day", "2 days", "2 ddiwrnod")
    ds.open(log(session, rep).id, FAILURE, "Short staffed")  # last day 11 Aug 2026
    [two] = [f for f in ds.flags(D(2026, 8, 9)) if f.code == "dispute_deadline_7"]
    assert "only 2 days left to present a tribunal claim" in two.text("en")
    assert "dim ond 2 ddiwrnod ar ôl i gyflwyno hawliad" in two.text("cy")
    [one] = [f for f in ds.flags(D(2026, 8, 10)) if f.code == "dispute_deadline_7"]
    assert "only 1 day left" in one.text("en") and "dim ond 1 diwrnod ar ôl" in one.text("cy")
    [passed] = [f for f in ds.flags(D(2026, 8, 13)) if f.code == "dispute_deadline_passed"]
    assert passed.text("en").endswith("(2 days ago)")
    assert passed.text("cy").endswith("(2 ddiwrnod yn ôl)")


# --- Taking back an opening (undo) -----------------------------------------------------------


def test_an_opening_nothing_was_recorded_on_can_be_taken_back_and_put_back(session, ds, rep):
    entry = log(session, rep)
    dispute = ds.open(entry.id, FAILURE, "No cover").result
    opened, [first] = ds.get(dispute.id), ds.stages(dispute.id)
    assert ds.changes_since_opening(opened, first) == []
    session.history.undo()
    assert ds.disputes() == [] and session.entries.get(entry.id).status == "requested"
    session.history.redo()
    assert ds.get(dispute.id) == opened and ds.stages(dispute.id) == [first]
    assert session.entries.get(entry.id).status == "refused"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda ds, d: ds.escalate(d.id, D(2026, 5, 15)).result, ["stage"]),
        (lambda ds, d: ds.acas(d.id, D(2026, 6, 1)).result, ["acas"]),
        (lambda ds, d: ds.respond(d.id, D(2026, 5, 14), "No cover").result, ["response"]),
        (lambda ds, d: ds.respond(d.id, D(2026, 5, 14), outcome="withdrawn").result, ["response", "outcome"]),
        (lambda ds, d: ds.edit(d.id, notes="Phoned the branch").result, ["details"]),
    ],
)
def test_an_opening_that_has_moved_on_is_not_taken_back(session, ds, rep, change, expected):
    entry = log(session, rep)
    dispute = ds.open(entry.id, FAILURE).result
    opening = session.log.last_done()
    opened, [first] = ds.get(dispute.id), ds.stages(dispute.id)
    change(ds, dispute)
    assert ds.changes_since_opening(opened, first) == expected
    kept = snapshot(session)
    with pytest.raises(ValidationError) as info:
        session.history.undo(opening.id)
    assert info.value.field == "dispute" and "stays on record" in info.value.rule
    assert snapshot(session) == kept


# --- Bad input: named field, nothing changed -------------------------------------------------


def _rejects(session, field: str, call) -> ValidationError:
    before = snapshot(session)
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.field == field
    assert snapshot(session) == before
    return info.value


def test_bad_input_names_the_field_and_changes_nothing(session, ds, rep, make_rep):
    requested = log(session, rep)
    _rejects(session, "refused-on", lambda: ds.open(requested.id, D(2026, 4, 30)).result)  # before notice
    _rejects(session, "entry", lambda: ds.open(None, FAILURE).result)
    _rejects(session, "entry", lambda: ds.open(None, FAILURE, rep=rep.id, kind="refusal").result)
    _rejects(session, "kind", lambda: ds.open(requested.id, FAILURE, kind="grievance").result)
    other = make_rep("Someone Else")
    _rejects(session, "rep", lambda: ds.open(requested.id, FAILURE, rep=other.id).result)
    _rejects(session, "reasons", lambda: ds.open(requested.id, FAILURE, "x" * 5001).result)
    _rejects(session, "refused-on", lambda: ds.open(requested.id, D(1899, 1, 1)).result)
    approved = log(session, rep, D(2026, 5, 21), status="approved")
    _rejects(session, "entry", lambda: ds.open(approved.id, FAILURE).result)
    draft = log(session, rep, D(2026, 5, 22), status="draft")
    _rejects(session, "entry", lambda: ds.open(draft.id, FAILURE).result)

    dispute = ds.open(requested.id, FAILURE, "Short staffed").result
    _rejects(session, "entry", lambda: ds.open(requested.id, FAILURE).result)  # already disputed
    _rejects(session, "on", lambda: ds.escalate(dispute.id, D(2026, 5, 11)).result)  # before stage 0
    _rejects(session, "outcome", lambda: ds.respond(dispute.id, D(2026, 5, 13), outcome="won").result)
    _rejects(session, "on", lambda: ds.respond(dispute.id, D(2026, 5, 1), "Too early").result)
    _rejects(session, "response", lambda: ds.respond(dispute.id, D(2026, 5, 13)).result)  # answered already
    _rejects(session, "day-b", lambda: ds.acas(dispute.id, D(2026, 6, 10), D(2026, 6, 9)).result)
    _rejects(session, "failure_on", lambda: ds.edit(dispute.id, failure_on="2026-01-01").result)
    _rejects(session, "dispute", lambda: ds.reopen(dispute.id).result)  # open already

    ds.respond(dispute.id, D(2026, 5, 14), outcome="withdrawn")
    _rejects(session, "dispute", lambda: ds.escalate(dispute.id, D(2026, 5, 15)).result)
    _rejects(session, "dispute", lambda: ds.respond(dispute.id, D(2026, 5, 15), "More").result)

    before = snapshot(session)
    with pytest.raises(NotFoundError):
        ds.escalate("no-such-dispute", D(2026, 5, 15))
    with pytest.raises(NotFoundError):
        ds.open("no-such-entry", FAILURE)
    with pytest.raises(NotFoundError):
        ds.get("")
    assert snapshot(session) == before


def test_an_entry_that_fails_validation_is_not_refused(session, ds, rep):
    entry = log(session, rep)
    # The role record is cut short behind the entry's back (session.roles.edit
    # refuses to leave logged time outside the role, so it is written straight to the store), and
    # the entry no longer validates: moving it to refused fails through session.entries.edit, and no
    # dispute is written either.
    [assignment] = session.roles.assignments(rep.id)
    session.store.update(dataclasses.replace(assignment, end_on=D(2026, 5, 1)))
    _rejects(session, "role", lambda: ds.open(entry.id, FAILURE).result)
    assert session.entries.get(entry.id).status == "requested"


# --- Calendar export -------------------------------------------------------------------------


def _events(data: bytes) -> dict[str, Any]:
    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_ics_has_response_dates_and_tribunal_days_with_alarms_and_stable_uids(session, ds, rep):
    dispute = ds.open(log(session, rep).id, FAILURE, "Short staffed").result
    stage = ds.escalate(dispute.id, D(2026, 5, 15), "Ms Evans").result
    closed = ds.open(log(session, rep, D(2026, 5, 27)).id, D(2026, 5, 13), "No cover").result
    ds.respond(closed.id, D(2026, 5, 14), outcome="withdrawn")

    first = _events(export_ics(ds, D(2026, 5, 16), "en"))
    assert set(first) == {f"{stage.id}-response@unionrep", f"{dispute.id}-tribunal@unionrep"}
    response = first[f"{stage.id}-response@unionrep"]
    assert response.decoded("dtstart") == D(2026, 6, 1)
    assert response.decoded("dtend") == D(2026, 6, 2)
    assert "Appropriate senior manager" in str(response["summary"])
    tribunal = first[f"{dispute.id}-tribunal@unionrep"]
    assert tribunal.decoded("dtstart") == LAST_DAY
    assert "TULRCA s.171" in str(tribunal["description"])
    triggers = sorted(a.decoded("trigger") for a in tribunal.walk("VALARM"))
    # 09:00 on the days before: 30, 14, 7 and 1 day(s) ahead of the all-day event.
    assert triggers == [-dt.timedelta(days=d) + dt.timedelta(hours=9) for d in (30, 14, 7, 1)]
    assert all(str(a["action"]) == "DISPLAY" for a in tribunal.walk("VALARM"))

    # ACAS moves the last day: same UID, later date, higher SEQUENCE; the answered stage drops out.
    ds.acas(dispute.id, D(2026, 7, 1), D(2026, 8, 1))
    ds.respond(dispute.id, D(2026, 5, 20), "Refusal upheld")
    second = _events(export_ics(ds, D(2026, 7, 2), "cy"))
    assert set(second) == {f"{dispute.id}-tribunal@unionrep"}
    moved = second[f"{dispute.id}-tribunal@unionrep"]
    assert moved.decoded("dtstart") == D(2026, 9, 11)
    assert int(moved["sequence"]) > int(tribunal["sequence"])
    assert "tribiwnlys" in str(moved["summary"])


def test_ics_of_an_empty_database_is_a_valid_calendar(session, ds):
    data = export_ics(ds, D(2026, 5, 16))
    calendar = Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0"
    assert calendar.walk("VEVENT") == []
