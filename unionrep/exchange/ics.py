"""Calendar export (.ics) of dispute dates, so reminders fire even when the app is closed.

One all-day event for each open stage's response date and for each open dispute's last day to
present a tribunal claim, each with display alarms at 09:00 on days before. UIDs are built from
the stage and dispute ids, so importing a newer export updates the events rather than duplicating
them; SEQUENCE counts the audited changes of the row, so calendars take the newer version.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from icalendar import Alarm, Calendar, Event

from unionrep.core.deadlines import days_text
from unionrep.core.disputes import Dispute, Stage, stage_label
from unionrep.core.messages import current_lang
from unionrep.i18n import say

if TYPE_CHECKING:  # the application layer passes itself in
    from unionrep.app.disputes import DisputeService

PRODID = "-//unionrep//disputes//EN"
UID_DOMAIN = "unionrep"
# Days before the event on which an alarm fires, at 09:00 local time.
TRIBUNAL_ALARM_DAYS = (30, 14, 7, 1)
RESPONSE_ALARM_DAYS = (1, 0)
ALARM_HOUR = 9


def _t(key: str, lang: str, **params: object) -> str:
    return say(f"ics.dispute.{key}", lang, **params)


def stage_uid(stage: Stage) -> str:
    return f"{stage.id}-response@{UID_DOMAIN}"


def tribunal_uid(dispute: Dispute) -> str:
    return f"{dispute.id}-tribunal@{UID_DOMAIN}"


def _alarm(summary: str, days_before: int, lang: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    # An all-day event starts at midnight: 09:00 N days before is midnight − (N days − 9 hours).
    alarm.add("trigger", -(dt.timedelta(days=days_before) - dt.timedelta(hours=ALARM_HOUR)))
    if days_before == 0:
        text = _t("alarm_today", lang, summary=summary)
    elif days_before == 1:
        text = _t("alarm_tomorrow", lang, summary=summary)
    else:
        text = _t("alarm_days", lang, summary=summary, days_n=days_text(days_before, lang))
    alarm.add("description", text)
    return alarm


def _event(uid: str, day: dt.date, summary: str, description: str, stamp: dt.datetime, sequence: int,
           alarm_days: tuple[int, ...], lang: str) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    event.add("sequence", sequence)
    for days in alarm_days:
        event.add_component(_alarm(summary, days, lang))
    return event


def _sequence(service: DisputeService, *row_ids: str) -> int:
    return sum(len(service.store.history(row_id)) for row_id in row_ids)


def export_ics(dispute_service: DisputeService, today: dt.date, lang: str | None = None) -> bytes:
    """The open disputes' response dates and tribunal last days as an iCalendar file."""
    language = lang or current_lang()
    stamp = dt.datetime.combine(today, dt.time(0, 0), tzinfo=dt.UTC)
    names = {r.id: r.name for r in dispute_service.session.reps.all()}
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for dispute in dispute_service.disputes(open_only=True):
        rep = names.get(dispute.rep_id, dispute.rep_id)
        stage = dispute_service.current_stage(dispute)
        if not stage.answered and stage.due is not None:  # the tribunal step awaits no response
            label = stage_label(dispute.kind, stage.number, language)
            summary = _t("response", language, stage=label, rep=rep)
            raised = (_t("raised", language, raised=stage.raised_on.isoformat(), whom=stage.to_whom)
                      if stage.to_whom else _t("raised_plain", language, raised=stage.raised_on.isoformat()))
            calendar.add_component(_event(
                stage_uid(stage), stage.response_due, summary,
                f"{raised} {stage.response_due_rule(language)}", stamp,
                _sequence(dispute_service, stage.id), RESPONSE_ALARM_DAYS, language))
        deadline = dispute_service.deadline(dispute)
        if deadline.last_day is not None:
            summary = _t("tribunal", language, rep=rep)
            calendar.add_component(_event(
                tribunal_uid(dispute), deadline.last_day, summary, deadline.text(language), stamp,
                _sequence(dispute_service, dispute.id), TRIBUNAL_ALARM_DAYS, language))
    data: bytes = calendar.to_ical()
    return data
