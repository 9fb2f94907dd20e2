"""The core's message catalogue: every sentence the command line and documents show, in English
and Welsh. The GUI uses Qt's tr() for its own strings and this catalogue for flags and errors.
"""

from __future__ import annotations

import os
from typing import Any

LANGS = ("en", "cy")

MESSAGES: dict[str, tuple[str, str]] = {
    # flags
    "flag.over": (
        "{rep}: {allowance} over the allowance — {used} of {cap} {unit} used",
        "{rep}: {allowance} dros y lwfans — {used} o {cap} {unit} wedi'u defnyddio",
    ),
    "flag.near": (
        "{rep}: {allowance} near the allowance — {remaining} {unit} left of {cap}",
        "{rep}: {allowance} yn agos at y lwfans — {remaining} {unit} ar ôl o {cap}",
    ),
    "flag.pending_over": (
        "{rep}: {allowance} — requests awaiting an answer would take the total to {total} of {cap} {unit}",
        "{rep}: {allowance} — byddai ceisiadau sy'n aros am ateb yn mynd â'r cyfanswm i {total} o {cap} {unit}",
    ),
    "flag.combined_over": (
        "{rep}: over the combined cap — {used} of {cap} {unit} used",
        "{rep}: dros y cap cyfunol — {used} o {cap} {unit} wedi'u defnyddio",
    ),
    "flag.combined_near": (
        "{rep}: near the combined cap — {remaining} {unit} left of {cap}",
        "{rep}: yn agos at y cap cyfunol — {remaining} {unit} ar ôl o {cap}",
    ),
    "flag.short_notice": (
        "{rep}: conference on {date} with {days} days' notice (clause 12.5 asks for {needed})",
        "{rep}: cynhadledd ar {date} gyda {days_n} o rybudd (mae cymal 12.5 yn gofyn am {needed})",
    ),
    "flag.no_notice": (
        "{rep}: conference on {date} with no notice date recorded (clause 12.5 asks for {needed} days)",
        "{rep}: cynhadledd ar {date} heb ddyddiad rhybudd (mae cymal 12.5 yn gofyn am {needed_n})",
    ),
    "flag.political": (
        "{rep}: entry on {date} looks like political activity, which the agreement does not cover (clause 12.5)",
        "{rep}: mae'r cofnod ar {date} yn edrych fel gweithgarwch gwleidyddol, nad yw'r cytundeb yn ei gynnwys (cymal 12.5)",
    ),
    "flag.industrial_action": (
        "{rep}: industrial action on {date} recorded — never paid, excluded from paid totals",
        "{rep}: gweithredu diwydiannol ar {date} wedi'i gofnodi — byth yn cael ei dalu, heb ei gynnwys yng nghyfansymiau â thâl",
    ),
    "flag.extension_review": (
        "{rep}: extension {case} is due for review on {date}",
        "{rep}: mae estyniad {case} i'w adolygu ar {date}",
    ),
    "flag.extension_review_overdue": (
        "{rep}: extension {case} was due for review on {date}",
        "{rep}: roedd estyniad {case} i'w adolygu ar {date}",
    ),
    "flag.secondment": (
        "{rep}: seconded as {role} since {date} — past {months} months, the old post cannot be returned to (clause 13.2)",
        "{rep}: ar secondiad fel {role} ers {date} — dros {months} mis, ni ellir dychwelyd i'r hen swydd (cymal 13.2)",
    ),
    "flag.pending_request": (
        "{rep}: request for {date} has waited {days} days for an answer",
        "{rep}: mae cais ar gyfer {date} wedi aros {days_n} am ateb",
    ),
    # errors
    "error.not_found": ("{kind} not found: {key}", "Heb ddod o hyd i {kind}: {key}"),
    "error.ambiguous": (
        "{kind} {key!r} matches more than one record; use its id",
        "Mae {kind} {key!r} yn cyfateb i fwy nag un cofnod; defnyddiwch ei id",
    ),
    "error.no_database": (
        "no database at {path}; create one with 'unionrep-cli init'",
        "dim cronfa ddata yn {path}; crëwch un gyda 'unionrep-cli init'",
    ),
    "error.exists": (
        "a database already exists at {path}; nothing changed",
        "mae cronfa ddata eisoes yn {path}; dim wedi newid",
    ),
    # how an allowance's amount was reached (caps.py; a balance's "basis")
    "explain.a_year": ("{amount} {unit} a year", "{amount} {unit} y flwyddyn"),
    "explain.no_percent": ("no secondment percentage recorded", "dim canran secondiad wedi'i chofnodi"),
    "explain.extension": ("+ {amount} {unit} agreed extension", "+ {amount} {unit} o estyniad y cytunwyd arno"),
    "explain.extensions": ("+ {amount} {unit} agreed extensions",
                           "+ {amount} {unit} o estyniadau y cytunwyd arnynt"),
    "explain.secondment": ("secondment {percent}% of {hours} h a week over {days} days",
                           "secondiad {percent}% o {hours} awr yr wythnos dros {days} diwrnod"),
    "explain.no_allowance": ("no allowance set for this role", "dim lwfans wedi'i osod ar gyfer y rôl hon"),
    "explain.pro_rata": ("pro rata {hours}/{full} h a week", "pro rata {hours}/{full} awr yr wythnos"),
    "explain.part_year": ("part year: role held {held} of {days} days",
                          "rhan o flwyddyn: y rôl wedi'i dal am {held} o {days} diwrnod"),
    "explain.combined": ("{amount} {unit} in total for {roles}", "{amount} {unit} i gyd ar gyfer {roles}"),
    "explain.combined_pro_rata": ("combined cap pro rata", "cap cyfunol pro rata"),
    "explain.pay_year": ("£{amount} a year", "£{amount} y flwyddyn"),
    "explain.pay_part_year": ("£{amount} a year, role held {held} of {days} days",
                              "£{amount} y flwyddyn, y rôl wedi'i dal am {held} o {days} diwrnod"),
    "explain.pay_meetings": ("{count} × £{amount}", "{count} × £{amount}"),
    "explain.pay_bonus": ("£{amount} after {after} meetings ({meetings} so far)",
                          "£{amount} ar ôl {after} cyfarfod ({meetings} hyd yma)"),
    "explain.pay_half_days": ("{sessions} half days × £{amount}", "{sessions} hanner diwrnod × £{amount}"),
    "explain.pay_half_days_range": ("{sessions} half days × £{amount}–£{top}",
                                    "{sessions} hanner diwrnod × £{amount}–£{top}"),
    # units
    "unit.hours": ("hours", "awr"),
    "unit.days": ("days", "diwrnod"),
    "unit.sessions": ("sessions", "sesiwn"),
    "unit.meetings": ("meetings", "cyfarfod"),
    # done messages for the CLI
    "done.init": ("Created {path} with the {policy} policy profile", "Crëwyd {path} gyda phroffil polisi {policy}"),
    "done.saved": ("Saved {what} {id}", "Cadwyd {what} {id}"),
    "done.deleted": ("Deleted {what} {id}", "Dilëwyd {what} {id}"),
}

from unionrep.core.messages_ledger import LEDGER_MESSAGES  # noqa: E402

MESSAGES.update(LEDGER_MESSAGES)

_chosen: str | None = None


def set_lang(lang: str | None) -> None:
    """Fix the language of every message (the GUI's choice, the CLI's --lang); None: follow
    UNIONREP_LANG again."""
    global _chosen
    _chosen = lang if lang in LANGS else None


def current_lang() -> str:
    """The language set with set_lang, else UNIONREP_LANG, else English."""
    if _chosen is not None:
        return _chosen
    lang = os.environ.get("UNIONREP_LANG", "").strip().lower()[:2]
    return lang if lang in LANGS else "en"


def system_lang() -> str:
    """The system locale's language: the first of LC_ALL, LC_MESSAGES and LANG that is set;
    Welsh where it starts with "cy" (cy_GB.UTF-8), else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return "cy" if value.lower().startswith("cy") else "en"
    return "en"


def t(key: str, lang: str | None = None, **params: Any) -> str:
    """The message `key` in `lang` (default: UNIONREP_LANG, else English), filled with params."""
    en, cy = MESSAGES[key]
    template = cy if (lang or current_lang()) == "cy" else en
    return template.format(**params)
