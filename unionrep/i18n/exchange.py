"""What exchange tells the user (bundles, spreadsheets, calendars)."""

from __future__ import annotations

from unionrep.i18n.text import Text

# The calendar's events for disputes
ICS_TEXTS: dict[str, Text] = {
    "ics.dispute.response": Text(
        en="Response due: {stage} — {rep}",
        cy="Ymateb yn ddyledus: {stage} — {rep}",
    ),
    "ics.dispute.tribunal": Text(
        en="Last day to present a tribunal claim — {rep}",
        cy="Y diwrnod olaf i gyflwyno hawliad i'r tribiwnlys — {rep}",
    ),
    "ics.dispute.alarm_days": Text(en="{summary}: in {days_n}", cy="{summary}: ymhen {days_n}"),
    "ics.dispute.alarm_tomorrow": Text(en="{summary}: tomorrow", cy="{summary}: yfory"),
    "ics.dispute.alarm_today": Text(en="{summary}: today", cy="{summary}: heddiw"),
    "ics.dispute.raised": Text(en="Raised on {raised} with {whom}.", cy="Codwyd ar {raised} gyda {whom}."),
    "ics.dispute.raised_plain": Text(en="Raised on {raised}.", cy="Codwyd ar {raised}."),
}
