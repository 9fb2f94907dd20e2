"""The ledger rules' sentences in both languages: the Welsh of their errors (merged into ERRORS_CY)
and their messages (merged into MESSAGES)."""

from __future__ import annotations

LEDGER_ERRORS_CY: dict[str, str] = {
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
    "rep.did_you_mean": ("did you mean {names}?", "ai {names} oedd gennych mewn golwg?"),
    "explain.pro_rata_by_day": (
        "pro rata by day: {parts} of {full} h full time, over the year's {days} days",
        "pro rata fesul diwrnod: {parts} o {full} awr llawn amser, dros {days} diwrnod y flwyddyn"),
    "explain.secondment_by_day": (
        "secondment {percent}% of {hours} h contracted while held, by the hours in force each day",
        "secondiad {percent}% o {hours} awr dan gontract tra'i dalwyd, yn ôl yr oriau ar bob diwrnod"),
}
