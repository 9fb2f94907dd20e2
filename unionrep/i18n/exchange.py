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

# A spreadsheet's column headers, in the order of the exported columns
CSV_COLUMNS: dict[str, Text] = {
    "csv.column.id": Text(en="Id", cy="Id"),
    "csv.column.reference": Text(en="Reference", cy="Cyfeirnod"),
    "csv.column.rep_id": Text(en="Rep id", cy="Id cynrychiolydd"),
    "csv.column.rep": Text(en="Rep", cy="Cynrychiolydd"),
    "csv.column.employee_no": Text(en="Employee no", cy="Rhif cyflogai"),
    "csv.column.role": Text(en="Role", cy="Rôl"),
    "csv.column.category": Text(en="Category", cy="Categori"),
    "csv.column.date": Text(en="Date", cy="Dyddiad"),
    "csv.column.start": Text(en="Start", cy="Dechrau"),
    "csv.column.end": Text(en="End", cy="Diwedd"),
    "csv.column.minutes": Text(en="Minutes", cy="Munudau"),
    "csv.column.hours": Text(en="Hours", cy="Oriau"),
    "csv.column.status": Text(en="Status", cy="Statws"),
    "csv.column.paid": Text(en="Paid", cy="Â thâl"),
    "csv.column.purpose": Text(en="Purpose", cy="Diben"),
    "csv.column.location": Text(en="Location", cy="Lleoliad"),
    "csv.column.notice_on": Text(en="Notice given", cy="Rhybudd wedi'i roi"),
    "csv.column.case_ref": Text(en="Case ref", cy="Cyfeirnod achos"),
    "csv.column.conference": Text(en="Conference", cy="Cynhadledd"),
    "csv.column.political": Text(en="Political", cy="Gwleidyddol"),
    "csv.column.notes": Text(en="Notes", cy="Nodiadau"),
}

# What a table's record is called in messages
RECORD_NAMES: dict[str, Text] = {
    "record.reps": Text(en="rep", cy="cynrychiolydd"),
    "record.assignments": Text(en="role assignment", cy="aseiniad rôl"),
    "record.entries": Text(en="entry", cy="cofnod"),
    "record.extensions": Text(en="extension", cy="estyniad"),
    "record.toil": Text(en="TOIL record", cy="cofnod amser i ffwrdd yn lle"),
    "record.disputes": Text(en="dispute", cy="anghydfod"),
    "record.dispute_stages": Text(en="dispute stage", cy="cam anghydfod"),
}
