"""The ledger rules' sentences in both languages: the Welsh of their errors (merged into ERRORS_CY)
and their messages (merged into MESSAGES)."""

from __future__ import annotations

LEDGER_ERRORS_CY: dict[str, str] = {
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
}
