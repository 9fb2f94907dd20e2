"""unionrep-cli's language: --lang, else UNIONREP_LANG, else the system locale, else English; its
help and argparse's own words in that language; and the names of roles, categories, statuses and
units as the human (not --json) output shows them."""

from __future__ import annotations

import argparse
import copy
import os
from collections.abc import Sequence
from typing import Any

from unionrep.cli.help_cy import ARGPARSE_CY, HELP_CY, HELP_PREFIXES_CY
from unionrep.core.messages import LANGS, current_lang, system_lang, t
from unionrep.core.policy import Profile

STATUS_NAMES: dict[str, tuple[str, str]] = {
    "draft": ("draft", "drafft"), "requested": ("requested", "gwnaed cais"),
    "approved": ("approved", "cymeradwywyd"), "refused": ("refused", "gwrthodwyd"),
    "withdrawn": ("withdrawn", "tynnwyd yn ôl"), "taken": ("taken", "cymerwyd"),
}


# Options of unionrep-cli itself that take a value (so that the value is not taken for the command).
_VALUE_OPTIONS = ("--db", "--lang")


def lang_from_argv(argv: Sequence[str]) -> str | None:
    """The value of the global --lang, given before the command (a document's own --lang comes
    after it), if it is one of LANGS."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGS else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGS else None
        if not arg.startswith("-") or arg == "--":
            return None  # the command: what follows is its own
        i += 2 if arg in _VALUE_OPTIONS else 1
    return None


def choose_lang(argv: Sequence[str]) -> str:
    """--lang, then UNIONREP_LANG, then the system locale (LC_ALL, LC_MESSAGES, LANG), then English."""
    asked = lang_from_argv(argv)
    if asked is not None:
        return asked
    env = os.environ.get("UNIONREP_LANG", "").strip().lower()[:2]
    return env if env in LANGS else system_lang()


def help_text(text: str) -> str:
    """A help string or description in the current language (its English where none is known)."""
    if current_lang() != "cy" or not text:
        return text
    if text in HELP_CY:
        return HELP_CY[text]
    for prefix, welsh in HELP_PREFIXES_CY.items():
        if text.startswith(prefix):
            return welsh + text[len(prefix):]
    return ARGPARSE_CY.get(text, text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, saying each help string and description in the current language."""

    def _expand_help(self, action: argparse.Action) -> str:
        if action.help:
            action = copy.copy(action)
            action.help = help_text(str(action.help))
        return super()._expand_help(action)

    def _format_text(self, text: str) -> str:
        return super()._format_text(help_text(text))


def _gettext(message: str) -> str:
    return ARGPARSE_CY.get(message, message) if current_lang() == "cy" else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install_argparse_words() -> None:
    """Make argparse say its own words ("usage:", "the following arguments are required") in the
    current language: argparse looks up `_` and `ngettext` in its module when it speaks."""
    setattr(argparse, "_", _gettext)  # noqa: B010 — argparse's module-level gettext hook
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010


# -- names in the output -----------------------------------------------------------------------


def lang() -> str:
    return current_lang()


def role_name(profile: Profile, role_id: str) -> str:
    role = profile.roles.get(role_id)
    return role.name(lang()) if role is not None else role_id


def category_name(profile: Profile, category_id: str) -> str:
    category = profile.categories.get(category_id)
    return category.name(lang()) if category is not None else category_id


def status_name(status: str) -> str:
    en, cy = STATUS_NAMES.get(status, (status, status))
    return cy if lang() == "cy" else en


def unit_name(unit: str) -> str:
    try:
        return t(f"unit.{unit}")
    except KeyError:
        return unit


# What `rep show` and `log show` call each field (the English is the field's id, spaced).
FIELD_LABELS_CY: dict[str, str] = {
    "employee_no": "rhif cyflogai", "job": "swydd", "department": "adran", "workplace": "gweithle",
    "union": "undeb", "email": "e-bost", "weekly_hours": "oriau'r wythnos",
    "full_time_hours": "oriau llawn amser yr wythnos", "school": "ysgol",
    "academic_start": "dechrau'r flwyddyn academaidd", "scp": "pwynt colofn (SCP)",
    "hourly_rate": "cyfradd yr awr", "manager": "rheolwr", "manager_email": "e-bost y rheolwr",
    "head_of_service": "pennaeth y gwasanaeth", "head_of_service_email": "e-bost pennaeth y gwasanaeth",
    "ended_on": "wedi gorffen ar", "id": "id", "reference": "cyfeirnod", "rep": "cynrychiolydd",
    "role": "rôl", "date": "dyddiad", "start": "dechrau", "end": "diwedd", "minutes": "munudau",
    "hours": "oriau", "category": "categori", "paid": "â thâl", "purpose": "diben", "location": "lleoliad",
    "notice_on": "dyddiad y rhybudd", "status": "statws", "case_ref": "cyfeirnod yr achos",
    "conference": "cynhadledd", "political": "gwleidyddol", "notes": "nodiadau",
}


def field_label(key: str, english: str) -> str:
    """The field `key` called `english` in English, in the current language."""
    return FIELD_LABELS_CY.get(key, english) if lang() == "cy" else english


def shown_value(value: Any) -> str:
    """A value as the human output shows it: in Welsh, yes/no for true/false and "dim" for none."""
    if lang() == "cy":
        if isinstance(value, bool):
            return "ie" if value else "na"
        if value is None:
            return "dim"
    return str(value)


def say(key: str, /, **params: Any) -> str:
    """A sentence of the command line's output (CLI_TEXT) in the current language."""
    en, cy = CLI_TEXT[key]
    return (cy if lang() == "cy" else en).format(**params)


CLI_TEXT: dict[str, tuple[str, str]] = {
    "error": ("error", "gwall"),
    "rep.added": ("Added rep {name} ({id})", "Ychwanegwyd y cynrychiolydd {name} ({id})"),
    "rep.saved": ("Saved rep {name}", "Cadwyd y cynrychiolydd {name}"),
    "rep.none": ("No reps yet: add one with 'unionrep-cli rep add --name NAME'",
                 "Dim cynrychiolwyr eto: ychwanegwch un gyda 'unionrep-cli rep add --name NAME'"),
    "rep.ended": ("(ended)", "(wedi gorffen)"),
    "rep.roles": ("roles", "rolau"),
    "rep.now": ("now", "nawr"),
    "role.assigned": ("Assigned {role} from {start}", "Neilltuwyd {role} o {start}"),
    "role.ended": ("Ended {role} on {day}", "Daeth {role} i ben ar {day}"),
    "log.logged": ("Logged {hours} for {rep} on {date} ({id})",
                   "Cofnodwyd {hours} i {rep} ar {date} ({id})"),
    "log.saved": ("Saved entry {id}", "Cadwyd y cofnod {id}"),
    "log.deleted": ("Deleted entry {id}", "Dilëwyd y cofnod {id}"),
    "log.none": ("No entries.", "Dim cofnodion."),
    "log.confirm": ("Delete entry {reference} ({hours} for {rep} on {date})? 'unionrep-cli undo' puts it "
                    "back. [y/N] ",
                    "Dileu'r cofnod {reference} ({hours} i {rep} ar {date})? Mae 'unionrep-cli undo' yn ei "
                    "roi'n ôl. [i/N] "),
    "log.kept": ("Nothing deleted.", "Ni ddilëwyd dim."),
    "hours.both": ("{hm} ({decimal} h)", "{hm} ({decimal} awr)"),
    "col.date": ("date", "dyddiad"),
    "col.hours": ("hours", "oriau"),
    "col.rep": ("rep", "cynrychiolydd"),
    "col.role": ("role", "rôl"),
    "col.category": ("category", "categori"),
    "col.status": ("status", "statws"),
    "col.id": ("id", "id"),
    "col.name": ("name", "enw"),
    "col.weekly_hours": ("hours a week", "oriau'r wythnos"),
    "col.ended": ("stood down", "wedi camu i lawr"),
    "col.refused_on": ("refused on", "gwrthodwyd ar"),
    "col.stage": ("step", "cam"),
    "col.outcome": ("outcome", "canlyniad"),
    "col.tribunal_by": ("tribunal claim by", "hawliad tribiwnlys erbyn"),
    "col.made_at": ("made", "gwnaed"),
    "col.reason": ("why", "pam"),
    "col.file": ("file", "ffeil"),
    "log.history": ("history:", "hanes:"),
    "balance.head": ("{rep} — {year} ({start} to {end})", "{rep} — {year} ({start} i {end})"),
    "balance.no_cap": ("no cap", "dim cap"),
    "balance.allowance": ("allowance", "lwfans"),
    "balance.required": ("required", "gofynnol"),
    "balance.line": ("{word} {cap}: used {used}{pending}{remaining}",
                     "{word} {cap}: defnyddiwyd {used}{pending}{remaining}"),
    "balance.pending": (", pending {amount}", ", yn aros {amount}"),
    "balance.remaining": (", remaining {amount}", ", ar ôl {amount}"),
    "balance.combined": ("combined cap {cap}: used {used}, remaining {remaining}",
                         "cap cyfunol {cap}: defnyddiwyd {used}, ar ôl {remaining}"),
    "balance.paid": ("paid time this year: {time}", "amser â thâl eleni: {time}"),
    "balance.cost": (", cost £{cost}", ", cost £{cost}"),
    "balance.toil": ("TOIL owed: {time}", "amser i ffwrdd yn lle sy'n ddyledus: {time}"),
    "balance.payment": ("payment {role} {kind}: £{amount} ({explain})",
                        "taliad {role} {kind}: £{amount} ({explain})"),
    "flags.none": ("Nothing needs attention.", "Does dim angen sylw."),
    "policy.set": ("Set {key} = {value}", "Gosodwyd {key} = {value}"),
    "extension.recorded": ("Recorded extension {case} of {time}", "Cofnodwyd estyniad {case} o {time}"),
    "toil.recorded": ("Recorded TOIL {kind} {time}", "Cofnodwyd amser i ffwrdd yn lle ({kind}) {time}"),
    "interrupted": ("interrupted; nothing was written", "torrwyd ar draws; ni ysgrifennwyd dim"),
    "db_refused": ("the database refused the change: {detail}",
                   "gwrthododd y gronfa ddata y newid: {detail}"),
}
