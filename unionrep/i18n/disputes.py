"""The wording of disputes (RULES §5): the names of the ladders' stages, the kinds and the
outcomes, the response-date line, the dispute flags and the command line's confirmations."""

from __future__ import annotations

from unionrep.i18n.text import Text

DISPUTE_TEXTS: dict[str, Text] = {
    # the ladders (RULES §5; clauses 21.2–21.4 and 22.1)
    "dispute.refusal.refusal": Text(
        en="Refusal, with written reasons (21.2)",
        cy="Gwrthod, gyda rhesymau ysgrifenedig (21.2)",
    ),
    "dispute.refusal.senior-manager": Text(
        en="Appropriate senior manager (21.3)",
        cy="Uwch reolwr priodol (21.3)",
    ),
    "dispute.refusal.head-of-hr": Text(en="Head of Strategic HR (21.3)", cy="Pennaeth AD Strategol (21.3)"),
    "dispute.refusal.tribunal": Text(en="Employment Tribunal (21.4)", cy="Tribiwnlys Cyflogaeth (21.4)"),
    "dispute.complaint.accountable-manager": Text(
        en="Accountable manager or head of department (22.1)",
        cy="Rheolwr atebol neu bennaeth yr adran (22.1)",
    ),
    "dispute.complaint.head-of-hr": Text(en="Head of Strategic HR (22.1)", cy="Pennaeth AD Strategol (22.1)"),
    "dispute.kind.refusal": Text(en="Refusal of time off (21)", cy="Gwrthod amser i ffwrdd (21)"),
    "dispute.kind.complaint": Text(
        en="Complaint about operating the agreement (22.1)",
        cy="Cwyn am weithredu'r cytundeb (22.1)",
    ),
    "dispute.open": Text(en="Open", cy="Ar agor"),
    "dispute.outcome.resolved": Text(en="Resolved: time granted", cy="Wedi'i ddatrys: amser wedi'i ganiatáu"),
    "dispute.outcome.withdrawn": Text(en="Withdrawn", cy="Wedi'i dynnu'n ôl"),
    "dispute.outcome.claim-lodged": Text(
        en="Claim lodged with the Employment Tribunal",
        cy="Hawliad wedi'i gyflwyno i'r Tribiwnlys Cyflogaeth",
    ),
    "dispute.outcome.out-of-time": Text(en="Out of time", cy="Y tu allan i'r terfyn amser"),
    "dispute.response_due": Text(
        en="{raised} + {n} working days = {due} (weekends and bank holidays in Wales do not count{skipped})",
        cy="{raised} + {n_cy} gwaith = {due} (nid yw penwythnosau a gwyliau banc yng Nghymru yn "
           "cyfrif{skipped})",
    ),
    "dispute.response_due_none": Text(
        en="no response is due at the Employment Tribunal step: the claim follows the tribunal's own "
           "timetable (the last day to present it is shown with the deadline)",
        cy="nid oes ymateb yn ddyledus ar gam y Tribiwnlys Cyflogaeth: mae'r hawliad yn dilyn amserlen y "
           "tribiwnlys ei hun (dangosir y diwrnod olaf i'w gyflwyno gyda'r terfyn amser)",
    ),
    "dispute.response_due_holidays": Text(
        en="; bank holidays in this period: {days}",
        cy="; gwyliau banc yn y cyfnod hwn: {days}",
    ),
    # flags
    "flag.dispute_no_reasons": Text(
        en="{rep}: the request for {date} was refused on {failure} with no reasons recorded — clause "
           "21.2 says the manager must explain the reasons",
        cy="{rep}: gwrthodwyd y cais ar gyfer {date} ar {failure} heb gofnodi rheswm — mae cymal 21.2 yn "
           "dweud bod rhaid i'r rheolwr egluro'r rheswm neu'r rhesymau",
    ),
    "flag.dispute_stage_overdue": Text(
        en="{rep}: no response at the step '{stage}' raised on {raised} — it was due on {due}",
        cy="{rep}: dim ymateb ar y cam '{stage}' a godwyd ar {raised} — roedd yn ddyledus ar {due}",
    ),
    "flag.dispute_deadline_30": Text(
        en="{rep}: {days_n} left to present a tribunal claim — the last day is {last_day}",
        cy="{rep}: {days_n} ar ôl i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth — y diwrnod olaf yw "
           "{last_day}",
    ),
    "flag.dispute_deadline_14": Text(
        en="{rep}: only {days_n} left to present a tribunal claim — the last day is {last_day}",
        cy="{rep}: dim ond {days_n} ar ôl i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth — y diwrnod olaf "
           "yw {last_day}",
    ),
    "flag.dispute_deadline_7": Text(
        en="{rep}: only {days_n} left to present a tribunal claim — the last day is {last_day}",
        cy="{rep}: dim ond {days_n} ar ôl i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth — y diwrnod olaf "
           "yw {last_day}",
    ),
    "flag.dispute_deadline_today": Text(
        en="{rep}: today, {last_day}, is the last day to present a tribunal claim",
        cy="{rep}: heddiw, {last_day}, yw'r diwrnod olaf i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth",
    ),
    "flag.dispute_deadline_passed": Text(
        en="{rep}: the last day to present a tribunal claim was {last_day} ({days_n} ago)",
        cy="{rep}: y diwrnod olaf i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth oedd {last_day} ({days_n} "
           "yn ôl)",
    ),
    "flag.dispute_out_of_time": Text(
        en="{rep}: ACAS was notified on {day_a}, after the last day ({last_day}), so early conciliation "
           "cannot extend it — the tribunal claim is out of time",
        cy="{rep}: cafodd ACAS ei hysbysu ar {day_a}, ar ôl y diwrnod olaf ({last_day}), felly ni all "
           "cymodi cynnar ei ymestyn — mae'r hawliad i'r tribiwnlys y tu allan i'r terfyn amser",
    ),
    "flag.dispute_acas_pending": Text(
        en="{rep}: ACAS early conciliation began on {day_a} — record Day B when the certificate arrives "
           "(the time limit is paused until then)",
        cy="{rep}: dechreuodd cymodi cynnar ACAS ar {day_a} — cofnodwch Ddiwrnod B pan ddaw'r dystysgrif "
           "(mae'r terfyn amser wedi'i oedi tan hynny)",
    ),
    "flag.dispute_unreasonable_refusal": Text(
        en="{rep}: the request for {date} was within the allowance and on notice, yet refused — clause "
           "6.2: requests for time off will not be unreasonably refused",
        cy="{rep}: roedd y cais ar gyfer {date} o fewn y lwfans a chyda rhybudd, ond cafodd ei wrthod — "
           "cymal 6.2: ni fydd ceisiadau am amser i ffwrdd yn cael eu gwrthod yn afresymol",
    ),
    # the command line
    "dispute.done.open": Text(
        en="Opened dispute {id} ({kind}) for {rep}",
        cy="Agorwyd anghydfod {id} ({kind}) ar gyfer {rep}",
    ),
    "dispute.done.escalate": Text(
        en="Escalated dispute {id}: step {number}, {stage}; response due {due}",
        cy="Uwchgyfeiriwyd anghydfod {id}: cam {number}, {stage}; ymateb yn ddyledus {due}",
    ),
    "dispute.done.escalate_no_due": Text(
        en="Escalated dispute {id}: step {number}, {stage}; no response is due at this step",
        cy="Uwchgyfeiriwyd anghydfod {id}: cam {number}, {stage}; nid oes ymateb yn ddyledus ar y cam hwn",
    ),
    "dispute.done.respond": Text(
        en="Recorded a response on dispute {id} (step {number}, {stage})",
        cy="Cofnodwyd ymateb ar anghydfod {id} (cam {number}, {stage})",
    ),
    "dispute.done.closed": Text(
        en="Dispute {id} closed: {outcome}",
        cy="Anghydfod {id} wedi'i gau: {outcome}",
    ),
    "dispute.done.reopened": Text(en="Dispute {id} is open again", cy="Mae anghydfod {id} ar agor eto"),
    "dispute.done.edit": Text(en="Saved dispute {id}", cy="Cadwyd anghydfod {id}"),
    "dispute.done.acas": Text(
        en="Recorded ACAS early conciliation on dispute {id}",
        cy="Cofnodwyd cymodi cynnar ACAS ar anghydfod {id}",
    ),
    "dispute.done.ics": Text(
        en="Wrote {count} calendar events to {path}",
        cy="Ysgrifennwyd {count} digwyddiad calendr i {path}",
    ),
    "dispute.none": Text(en="No disputes.", cy="Dim anghydfodau."),
    "dispute.nothing": Text(
        en="Nothing in the disputes needs attention.",
        cy="Does dim yn yr anghydfodau sydd angen sylw.",
    ),
    "dispute.last_day": Text(
        en="Last day to present a tribunal claim: {day}",
        cy="Y diwrnod olaf i gyflwyno hawliad i'r tribiwnlys: {day}",
    ),
    "dispute.no_last_day": Text(
        en="Out of time: there is no last day",
        cy="Y tu allan i'r terfyn amser: does dim diwrnod olaf",
    ),
    "dispute.days_left": Text(en="{days_n} left", cy="{days_n} ar ôl"),
    "dispute.limit_passed": Text(
        en="the time limit passed on {day}",
        cy="aeth y terfyn amser heibio ar {day}",
    ),
    "dispute.acas_pending": Text(
        en="ACAS early conciliation under way: the clock is stopped",
        cy="Cymodi cynnar ACAS ar y gweill: mae'r cloc wedi'i atal",
    ),
}
