"""The ledger rules' sentences in both languages: the Welsh of their errors (merged into ERRORS_CY)
and their messages (merged into MESSAGES)."""

from __future__ import annotations

LEDGER_ERRORS_CY: dict[str, str] = {
    "goes with --weekly-hours: the day the new hours start":
        "mae'n mynd gyda --weekly-hours: y diwrnod y mae'r oriau newydd yn dechrau",
    "with this entry {hours} would be logged on {date}, more than the 24 hours of a day":
        "gyda'r cofnod hwn byddai {hours} wedi'u cofnodi ar {date}, mwy na 24 awr diwrnod",
    "overlaps entry {ref} ({start}–{end}) on {date}, so the time would be counted twice; allow the "
    "overlap if both are meant":
        "mae'n gorgyffwrdd â chofnod {ref} ({start}–{end}) ar {date}, felly byddai'r amser yn cael ei "
        "gyfrif ddwywaith; caniatewch y gorgyffwrdd os yw'r ddau yn fwriadol",
    "repeats entry {ref} (the same day, role, hours, category and purpose); allow the overlap if both "
    "are meant":
        "mae'n ailadrodd cofnod {ref} (yr un diwrnod, rôl, oriau, categori a diben); caniatewch y "
        "gorgyffwrdd os yw'r ddau yn fwriadol",
    "{key!r} fits {count} reps ({reps}); use an id or employee number":
        "mae {key!r} yn cyfateb i {count} cynrychiolydd ({reps}); defnyddiwch id neu rif cyflogai",
    "{other} is already a current rep's name; give both reps their employee numbers to tell them apart":
        "mae {other} eisoes yn enw cynrychiolydd presennol; rhowch eu rhifau cyflogai i'r ddau i'w "
        "gwahaniaethu",
    "{day} is before 1990": "mae {day} cyn 1990",
    "{rep} stood down on {ended}: nothing can be logged after that day (not {date})":
        "camodd {rep} i lawr ar {ended}: ni ellir cofnodi dim ar ôl y diwrnod hwnnw (nid {date})",
    "{rep}'s TOIL balance would be {balance} h on {day}: TOIL taken may use only TOIL earned on or "
    "before that day (clauses 14.3–14.4)":
        "byddai balans amser i ffwrdd yn lle {rep} yn {balance} awr ar {day}: dim ond amser yn lle a "
        "enillwyd ar y diwrnod hwnnw neu cyn hynny y gellir ei gymryd (cymalau 14.3–14.4)",
    "{rep} does not hold the role {role} in {year}, the year the extension was agreed":
        "nid yw {rep} yn dal y rôl {role} yn {year}, y flwyddyn y cytunwyd ar yr estyniad",
}

LEDGER_MESSAGES: dict[str, tuple[str, str]] = {
    "pay.basis_scp": ("SCP {scp}: {salary} a year ÷ {weeks} weeks ÷ {hours} h",
                      "SCP {scp}: {salary} y flwyddyn ÷ {weeks} wythnos ÷ {hours} awr"),
    "pay.basis_rate": ("{rate} an hour", "{rate} yr awr"),
    "pay.cost": ("{money} = {hours} h × ({basis})", "{money} = {hours} awr × ({basis})"),
    "effect.amounts": ("{used} used, {pending} pending", "{used} wedi'u defnyddio, {pending} yn aros"),
    "effect.capped": ("{name}: now {now} of {cap} {unit}; after this entry {after} ({left} {unit} left)",
                      "{name}: nawr {now} o {cap} {unit}; ar ôl y cofnod hwn {after} ({left} {unit} ar ôl)"),
    "effect.no_cap": ("{name}: now {now} {unit}; after this entry {after} (no cap set)",
                      "{name}: nawr {now} {unit}; ar ôl y cofnod hwn {after} (dim cap wedi'i osod)"),
    "effect.none": ("This entry counts against no allowance.",
                    "Nid yw'r cofnod hwn yn cyfrif yn erbyn unrhyw lwfans."),
    "effect.combined": ("Combined cap", "Cap cyfunol"),
    "flag.overlap": (
        "{rep}: entries {ref} and {other} on {date} overlap or repeat each other — time may be counted twice",
        "{rep}: mae cofnodion {ref} a {other} ar {date} yn gorgyffwrdd neu'n ailadrodd ei gilydd — gall "
        "amser gael ei gyfrif ddwywaith"),
    "rep.did_you_mean": ("did you mean {names}?", "ai {names} oedd gennych mewn golwg?"),
    "explain.pro_rata_by_day": (
        "pro rata by day: {parts} of {full} h full time, over the year's {days} days",
        "pro rata fesul diwrnod: {parts} o {full} awr llawn amser, dros {days} diwrnod y flwyddyn"),
    "explain.secondment_by_day": (
        "secondment {percent}% of {hours} h contracted while held, by the hours in force each day",
        "secondiad {percent}% o {hours} awr dan gontract tra'i dalwyd, yn ôl yr oriau ar bob diwrnod"),
}
