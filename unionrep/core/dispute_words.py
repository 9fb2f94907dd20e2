"""The wording of disputes, in English and Welsh (RULES §5): the names of the ladders' stages,
the kinds and the outcomes, the response-date line, the dispute flags and the command line's
confirmations, as (English, Welsh) message templates keyed as unionrep.core.messages.t expects.

unionrep.core.disputes adds them to MESSAGES.
"""

from __future__ import annotations

DISPUTE_MESSAGES: dict[str, tuple[str, str]] = {
    # the ladders (RULES §5; clauses 21.2–21.4 and 22.1)
    "dispute.refusal.refusal": ("Refusal, with written reasons (21.2)",
                                "Gwrthod, gyda rhesymau ysgrifenedig (21.2)"),
    "dispute.refusal.senior-manager": ("Appropriate senior manager (21.3)", "Uwch reolwr priodol (21.3)"),
    "dispute.refusal.head-of-hr": ("Head of Strategic HR (21.3)", "Pennaeth AD Strategol (21.3)"),
    "dispute.refusal.tribunal": ("Employment Tribunal (21.4)", "Tribiwnlys Cyflogaeth (21.4)"),
    "dispute.complaint.accountable-manager": ("Accountable manager or head of department (22.1)",
                                              "Rheolwr atebol neu bennaeth yr adran (22.1)"),
    "dispute.complaint.head-of-hr": ("Head of Strategic HR (22.1)", "Pennaeth AD Strategol (22.1)"),
    "dispute.kind.refusal": ("Refusal of time off (21)", "Gwrthod amser i ffwrdd (21)"),
    "dispute.kind.complaint": ("Complaint about operating the agreement (22.1)",
                               "Cwyn am weithredu'r cytundeb (22.1)"),
    "dispute.open": ("Open", "Ar agor"),
    "dispute.outcome.resolved": ("Resolved: time granted", "Wedi'i ddatrys: amser wedi'i ganiatáu"),
    "dispute.outcome.withdrawn": ("Withdrawn", "Wedi'i dynnu'n ôl"),
    "dispute.outcome.claim-lodged": ("Claim lodged with the Employment Tribunal",
                                     "Hawliad wedi'i gyflwyno i'r Tribiwnlys Cyflogaeth"),
    "dispute.outcome.out-of-time": ("Out of time", "Y tu allan i'r terfyn amser"),
    "dispute.response_due": (
        "{raised} + {n} working days = {due} (weekends and bank holidays in Wales do not count{skipped})",
        "{raised} + {n_cy} gwaith = {due} (nid yw penwythnosau a gwyliau banc yng Nghymru "
        "yn cyfrif{skipped})",
    ),
    "dispute.response_due_none": (
        "no response is due at the Employment Tribunal step: the claim follows the tribunal's own "
        "timetable (the last day to present it is shown with the deadline)",
        "nid oes ymateb yn ddyledus ar gam y Tribiwnlys Cyflogaeth: mae'r hawliad yn dilyn amserlen y "
        "tribiwnlys ei hun (dangosir y diwrnod olaf i'w gyflwyno gyda'r terfyn amser)",
    ),
    "dispute.response_due_holidays": ("; bank holidays in this period: {days}",
                                      "; gwyliau banc yn y cyfnod hwn: {days}"),
    # flags
    "flag.dispute_no_reasons": (
        "{rep}: the request for {date} was refused on {failure} with no reasons recorded — "
        "clause 21.2 says the manager must explain the reasons",
        "{rep}: gwrthodwyd y cais ar gyfer {date} ar {failure} heb gofnodi rheswm — "
        "mae cymal 21.2 yn dweud bod rhaid i'r rheolwr egluro'r rheswm neu'r rhesymau",
    ),
    "flag.dispute_stage_overdue": (
        "{rep}: no response at the step '{stage}' raised on {raised} — it was due on {due}",
        "{rep}: dim ymateb ar y cam '{stage}' a godwyd ar {raised} — roedd yn ddyledus ar {due}",
    ),
    "flag.dispute_deadline_30": (
        "{rep}: {days_n} left to present a tribunal claim — the last day is {last_day}",
        "{rep}: {days_n} ar ôl i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth — "
        "y diwrnod olaf yw {last_day}",
    ),
    "flag.dispute_deadline_14": (
        "{rep}: only {days_n} left to present a tribunal claim — the last day is {last_day}",
        "{rep}: dim ond {days_n} ar ôl i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth — "
        "y diwrnod olaf yw {last_day}",
    ),
    "flag.dispute_deadline_7": (
        "{rep}: only {days_n} left to present a tribunal claim — the last day is {last_day}",
        "{rep}: dim ond {days_n} ar ôl i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth — "
        "y diwrnod olaf yw {last_day}",
    ),
    "flag.dispute_deadline_today": (
        "{rep}: today, {last_day}, is the last day to present a tribunal claim",
        "{rep}: heddiw, {last_day}, yw'r diwrnod olaf i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth",
    ),
    "flag.dispute_deadline_passed": (
        "{rep}: the last day to present a tribunal claim was {last_day} ({days_n} ago)",
        "{rep}: y diwrnod olaf i gyflwyno hawliad i'r Tribiwnlys Cyflogaeth oedd {last_day} "
        "({days_n} yn ôl)",
    ),
    "flag.dispute_out_of_time": (
        "{rep}: ACAS was notified on {day_a}, after the last day ({last_day}), so early conciliation "
        "cannot extend it — the tribunal claim is out of time",
        "{rep}: cafodd ACAS ei hysbysu ar {day_a}, ar ôl y diwrnod olaf ({last_day}), felly ni all "
        "cymodi cynnar ei ymestyn — mae'r hawliad i'r tribiwnlys y tu allan i'r terfyn amser",
    ),
    "flag.dispute_acas_pending": (
        "{rep}: ACAS early conciliation began on {day_a} — record Day B when the certificate arrives "
        "(the time limit is paused until then)",
        "{rep}: dechreuodd cymodi cynnar ACAS ar {day_a} — cofnodwch Ddiwrnod B pan ddaw'r dystysgrif "
        "(mae'r terfyn amser wedi'i oedi tan hynny)",
    ),
    "flag.dispute_unreasonable_refusal": (
        "{rep}: the request for {date} was within the allowance and on notice, yet refused — "
        "clause 6.2: requests for time off will not be unreasonably refused",
        "{rep}: roedd y cais ar gyfer {date} o fewn y lwfans a chyda rhybudd, ond cafodd ei wrthod — "
        "cymal 6.2: ni fydd ceisiadau am amser i ffwrdd yn cael eu gwrthod yn afresymol",
    ),
    # the command line
    "dispute.done.open": ("Opened dispute {id} ({kind}) for {rep}",
                          "Agorwyd anghydfod {id} ({kind}) ar gyfer {rep}"),
    "dispute.done.escalate": ("Escalated dispute {id}: step {number}, {stage}; response due {due}",
                              "Uwchgyfeiriwyd anghydfod {id}: cam {number}, {stage}; "
                              "ymateb yn ddyledus {due}"),
    "dispute.done.escalate_no_due": ("Escalated dispute {id}: step {number}, {stage}; no response is due "
                                     "at this step",
                                     "Uwchgyfeiriwyd anghydfod {id}: cam {number}, {stage}; nid oes "
                                     "ymateb yn ddyledus ar y cam hwn"),
    "dispute.done.respond": ("Recorded a response on dispute {id} (step {number}, {stage})",
                             "Cofnodwyd ymateb ar anghydfod {id} (cam {number}, {stage})"),
    "dispute.done.closed": ("Dispute {id} closed: {outcome}", "Anghydfod {id} wedi'i gau: {outcome}"),
    "dispute.done.reopened": ("Dispute {id} is open again", "Mae anghydfod {id} ar agor eto"),
    "dispute.done.edit": ("Saved dispute {id}", "Cadwyd anghydfod {id}"),
    "dispute.done.acas": ("Recorded ACAS early conciliation on dispute {id}",
                          "Cofnodwyd cymodi cynnar ACAS ar anghydfod {id}"),
    "dispute.done.ics": ("Wrote {count} calendar events to {path}",
                         "Ysgrifennwyd {count} digwyddiad calendr i {path}"),
    "dispute.none": ("No disputes.", "Dim anghydfodau."),
    "dispute.nothing": ("Nothing in the disputes needs attention.",
                        "Does dim yn yr anghydfodau sydd angen sylw."),
    "dispute.last_day": ("Last day to present a tribunal claim: {day}",
                         "Y diwrnod olaf i gyflwyno hawliad i'r tribiwnlys: {day}"),
    "dispute.no_last_day": ("Out of time: there is no last day",
                            "Y tu allan i'r terfyn amser: does dim diwrnod olaf"),
    "dispute.days_left": ("{days_n} left", "{days_n} ar ôl"),
    "dispute.limit_passed": ("the time limit passed on {day}", "aeth y terfyn amser heibio ar {day}"),
    "dispute.acas_pending": ("ACAS early conciliation under way: the clock is stopped",
                             "Cymodi cynnar ACAS ar y gweill: mae'r cloc wedi'i atal"),
}
