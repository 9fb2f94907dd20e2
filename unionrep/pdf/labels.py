"""How a unionrep document shows its labels, dates and durations in Welsh and English.

The words are the catalogue's (unionrep.i18n: the labels are its "pdf.…" entries, keyed here
without the prefix). A document is rendered in one of three modes (``MODES``): ``"bilingual"``
(Welsh first, then English — the Welsh Language Standards' order), ``"cy"`` or ``"en"``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple
from xml.sax.saxutils import escape

from unionrep.core.deadlines import days_cy
from unionrep.i18n import CATALOGUE, Text, capitalised, text
from unionrep.i18n.dates import MONTHS, WEEKDAYS

Mode = Literal["bilingual", "cy", "en"]
MODES: tuple[str, ...] = ("bilingual", "cy", "en")

# Grey used for the English half of a stacked bilingual label (see styles.GREY_TEXT).
SECONDARY_HEX = "#56636b"


class Bilingual(NamedTuple):
    """A piece of text in both languages. A plain ``(cy, en)`` tuple works wherever this does."""

    cy: str
    en: str


UNITS = ("hours", "sessions", "meetings", "days")


def check_mode(mode: str) -> Mode:
    """Return ``mode`` if it is one of ``MODES``; otherwise raise ValueError naming it."""
    if mode not in MODES:
        raise ValueError(f"language mode must be one of {', '.join(MODES)}, not {mode!r}")
    return mode  # type: ignore[return-value]


def label_pair(key: str, **fmt: object) -> Bilingual:
    """The (cy, en) pair for the label ``key``, with ``str.format`` fields filled in (a Text
    field in each language's own words)."""
    return bilingual(text(f"pdf.{key}").filled(**fmt))


def bilingual(words: Text) -> Bilingual:
    """A catalogue entry (English, Welsh) as the documents hold it: Welsh first."""
    return Bilingual(words.cy, words.en)


def notice_pair(days: int) -> Bilingual:
    """'3 days' notice' / '3 diwrnod o rybudd', the Welsh count mutated as it is said ('2 ddiwrnod')."""
    return label_pair("notice_day" if days == 1 else "notice_days", n=days, n_cy=days_cy(days))


def join(pair: tuple[str, str], mode: str, sep: str = " / ") -> str:
    """One line of plain text: ``"cy / en"``, ``"cy"`` or ``"en"`` for the mode."""
    cy, en = pair
    if mode == "cy":
        return cy
    if mode == "en":
        return en
    check_mode(mode)
    return cy if cy == en else f"{cy}{sep}{en}"


def label(key: str, mode: str = "bilingual", sep: str = " / ", **fmt: object) -> str:
    """A label as plain text, e.g. ``label("name")`` → ``"Enw / Name"``."""
    return join(label_pair(key, **fmt), mode, sep)


def markup(
    pair: tuple[str, str],
    mode: str,
    *,
    stacked: bool = True,
    bold: bool = False,
    en_size: float | None = None,
    en_color: str = SECONDARY_HEX,
) -> str:
    """Paragraph markup (escaped) for a pair.

    Bilingual and ``stacked``: Welsh on the first line, English below in smaller grey;
    bilingual and not stacked: ``"Cymraeg / English"`` with the English grey.
    """
    cy, en = (escape(pair[0]), escape(pair[1]))
    if bold:
        cy, en = f"<b>{cy}</b>", f"<b>{en}</b>"
    if mode == "cy":
        return cy
    if mode == "en":
        return en
    check_mode(mode)
    if pair[0] == pair[1]:
        return cy
    size = f' size="{en_size:g}"' if en_size else ""
    tail = f'<font color="{en_color}"{size}>{en}</font>'
    return f"{cy}<br/>{tail}" if stacked else f"{cy} / {tail}"


def label_markup(
    key: str,
    mode: str,
    *,
    stacked: bool = True,
    bold: bool = False,
    en_size: float | None = None,
    en_color: str = SECONDARY_HEX,
    **fmt: object,
) -> str:
    """Paragraph markup for the label ``key`` (see :func:`markup`)."""
    return markup(
        label_pair(key, **fmt), mode, stacked=stacked, bold=bold, en_size=en_size,
        en_color=en_color,
    )


def format_date(d: dt.date, lang: str = "en", *, weekday: bool = False) -> str:
    """``14 Mehefin 2026`` (cy), ``14 June 2026`` (en), or both joined with " / " (bilingual).

    With ``weekday``: ``Dydd Sul 14 Mehefin 2026`` / ``Sunday 14 June 2026``.
    """
    if lang == "bilingual":
        return f"{format_date(d, 'cy', weekday=weekday)} / {format_date(d, 'en', weekday=weekday)}"
    if lang not in ("cy", "en"):
        raise ValueError(f"date language must be cy, en or bilingual, not {lang!r}")
    written = f"{d.day} {MONTHS[d.month - 1].said_in(lang)} {d.year}"
    return f"{WEEKDAYS[d.weekday()].said_in(lang)} {written}" if weekday else written


def date_pair(d: dt.date, *, weekday: bool = False) -> Bilingual:
    """A date in both languages."""
    return Bilingual(format_date(d, "cy", weekday=weekday), format_date(d, "en", weekday=weekday))


def duration_pair(minutes: int) -> Bilingual:
    """Whole minutes as words: ``2 awr 30 munud`` / ``2 hours 30 minutes``."""
    if minutes < 0:
        raise ValueError(f"duration must not be negative, not {minutes} minutes")
    h, m = divmod(minutes, 60)
    names = {
        "hours": text("pdf.word_hour" if h == 1 else "pdf.word_hours"),
        "minutes": text("pdf.word_minute" if m == 1 else "pdf.word_minutes"),
    }
    if h and m:
        key = "hours_minutes"
    elif h:
        key = "hours_only"
    else:
        key = "minutes_only"
    return label_pair(key, h=h, m=m, **names)


def status_pair(status: str) -> Bilingual:
    """The label of an entry status (``draft`` … ``taken``); unknown ids are shown as given."""
    key = f"status.{status}"
    return bilingual(capitalised(text(key))) if key in CATALOGUE else Bilingual(status, status)


def unit_pair(unit: str) -> Bilingual:
    """The plural name of an allowance unit (``hours``, ``sessions``, ``meetings``, ``days``)."""
    return label_pair(f"unit_{unit}") if f"pdf.unit_{unit}" in CATALOGUE else Bilingual(unit, unit)
