"""Every label printed on a unionrep document, in Welsh and English, and how to show it.

Labels live in one dict, ``LABELS``, keyed by a short id, each a ``(cy, en)`` pair. A document is
rendered in one of three modes (``MODES``): ``"bilingual"`` (Welsh first, then English — the
Welsh Language Standards' order), ``"cy"`` or ``"en"``.

Terms follow the Welsh text of the Time Off and Facilities Agreement (clauses 18 and 21:
"Pro Fforma Cais", "diben cyffredinol", "Pennaeth Gwasanaeth", "Pennaeth AD Strategol") and
usual Welsh public-sector forms.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple
from xml.sax.saxutils import escape

from unionrep.core.deadlines import days_cy

Mode = Literal["bilingual", "cy", "en"]
MODES: tuple[str, ...] = ("bilingual", "cy", "en")

# Grey used for the English half of a stacked bilingual label (see styles.GREY_TEXT).
SECONDARY_HEX = "#56636b"


class Bilingual(NamedTuple):
    """A piece of text in both languages. A plain ``(cy, en)`` tuple works wherever this does."""

    cy: str
    en: str


LABELS: dict[str, tuple[str, str]] = {
    # -- document ---------------------------------------------------------------------------
    "title": ("Pro Fforma Cais am Amser i Ffwrdd", "Pro Forma Request for Time Off"),
    "proforma": ("Pro Fforma Cais", "Pro Forma Request"),
    "agreement": (
        "Cytundeb Amser i Ffwrdd a Chyfleusterau – cymalau 18.1 a 18.3",
        "Time Off and Facilities Agreement – clauses 18.1 and 18.3",
    ),
    "intro": (
        "Rhaid i gynrychiolwyr gael caniatâd eu rheolwr cyn cymryd amser i ffwrdd, gan nodi'r "
        "diben cyffredinol, y lleoliad, yr amser a'r hyd (cymal 18.1).",
        "Representatives must obtain their manager's permission before taking time off, "
        "stating the general purpose, location, time and duration (clause 18.1).",
    ),
    "time_off": ("Amser i ffwrdd", "Time off"),
    "reference": ("Cyfeirnod", "Reference"),
    "status": ("Statws", "Status"),
    "page": ("Tudalen {page} o {total}", "Page {page} of {total}"),
    "organisation": ("Sefydliad", "Organisation"),
    "logo": ("Logo", "Logo"),
    # -- representative ---------------------------------------------------------------------
    "section_rep": ("Manylion y cynrychiolydd", "Representative's details"),
    "representative": ("Cynrychiolydd", "Representative"),
    "name": ("Enw", "Name"),
    "employee_number": ("Rhif cyflogai", "Employee number"),
    "union": ("Undeb llafur", "Trade union"),
    "roles": ("Rôl(au)", "Role(s)"),
    "line_manager": ("Rheolwr llinell", "Line manager"),
    "head_of_service": ("Pennaeth Gwasanaeth", "Head of Service"),
    "director": ("Cyfarwyddwr", "Director"),
    "head_of_hr": ("Pennaeth AD Strategol", "Head of Strategic HR"),
    "rep_signature": ("Llofnod y cynrychiolydd", "Representative's signature"),
    # -- time requested ---------------------------------------------------------------------
    "section_time": ("Yr amser i ffwrdd y gofynnir amdano", "Time off requested"),
    "date": ("Dyddiad", "Date"),
    "start": ("Amser dechrau", "Start time"),
    "end": ("Amser gorffen", "End time"),
    "times": ("Dechrau – gorffen", "Start – end"),
    "duration": ("Hyd", "Duration"),
    "location": ("Lleoliad", "Location"),
    "purpose": ("Diben cyffredinol", "General purpose"),
    "category": ("Categori", "Category"),
    "pay": ("Tâl", "Pay"),
    "paid": ("Gyda thâl", "Paid"),
    "unpaid": ("Di-dâl", "Unpaid"),
    "notice": ("Rhybudd a roddwyd ar", "Notice given on"),
    "notice_days": ("{n_cy} o rybudd", "{n} days' notice"),  # n_cy: '2 ddiwrnod' (days_cy)
    "notice_day": ("{n_cy} o rybudd", "{n} day's notice"),
    "not_given": ("Heb ei roi", "Not given"),
    "not_stated": ("Heb ei nodi", "Not stated"),
    "case_reference": ("Cyfeirnod achos", "Case reference"),
    "none": ("Dim", "None"),
    "no_allowance": ("Nid oes lwfans yn berthnasol", "No allowance applies"),
    "total": ("Cyfanswm", "Total"),
    "combined_cap": ("Cap cyfunol", "Combined cap"),
    # -- allowance --------------------------------------------------------------------------
    "section_allowance": ("Lwfans eleni ({year})", "Allowance this year ({year})"),
    "allowance": ("Lwfans", "Allowance"),
    "year": ("Blwyddyn", "Year"),
    "used": ("Defnyddiwyd", "Used"),
    "remaining": ("Yn weddill", "Remaining"),
    "before": ("Cyn y cais hwn", "Before this request"),
    "after": ("Ar ôl y cais hwn", "After this request"),
    "this_request": ("Y cais hwn", "This request"),
    "no_limit": ("Dim terfyn", "No limit"),
    "allowance_note": (
        "Defnyddiwyd = amser a gymeradwywyd neu a gymerwyd eleni.",
        "Used = time approved or taken this year.",
    ),
    "unit_hours": ("oriau", "hours"),
    "unit_sessions": ("sesiynau", "sessions"),
    "unit_meetings": ("cyfarfodydd", "meetings"),
    "unit_days": ("diwrnodau", "days"),
    # -- decision ---------------------------------------------------------------------------
    "section_decision": ("Penderfyniad y rheolwr llinell", "Line manager's decision"),
    "decision": ("Penderfyniad", "Decision"),
    "approved": ("Cymeradwywyd", "Approved"),
    "refused": ("Gwrthodwyd", "Refused"),
    "reasons": ("Rhesymau", "Reasons"),
    "reasons_hint": (
        "Rhaid eu rhoi'n ysgrifenedig os gwrthodir y cais (cymal 21.2)",
        "Must be given in writing if the request is refused (clause 21.2)",
    ),
    "alternative": ("Amser arall a gynigir", "Alternative time offered"),
    # -- routing (clause 18.3) --------------------------------------------------------------
    "section_routing": ("Llwybr y ffurflen (cymal 18.3)", "Routing of this form (clause 18.3)"),
    "post": ("Swydd", "Post"),
    "action": ("Cam gweithredu", "Action"),
    "signature": ("Llofnod", "Signature"),
    "copy": ("copi", "copy"),
    "action_manager": ("Penderfynu ac anfon copi ymlaen", "Decides and sends a copy on"),
    "action_head_of_service": ("Copi i'w gofnodi", "Copy for recording"),
    "action_director": ("Anfon copi at AD Strategol", "Sends a copy to Strategic HR"),
    "action_head_of_hr": ("Copi i'w fonitro", "Copy for monitoring"),
    # -- yearly statement and branch summary (RULES §3, §6) ---------------------------------
    "statement_title": ("Datganiad blynyddol amser cyfleuster", "Yearly facility time statement"),
    "summary_title": ("Crynodeb amser cyfleuster y gangen", "Branch facility time summary"),
    "statement_intro": (
        "Cytundeb Amser i Ffwrdd a Chyfleusterau – amser a gymeradwywyd neu a gymerwyd, y lwfansau a'r gost",
        "Time Off and Facilities Agreement – time approved or taken, allowances and cost",
    ),
    "year_of": ("Blwyddyn {year}", "Year {year}"),
    "period": ("Cyfnod", "Period"),
    "year_basis": ("Sail y flwyddyn", "Year basis"),
    "basis_april": ("Ebrill – Mawrth", "April – March"),
    "basis_academic": ("Blwyddyn academaidd", "Academic year"),
    "weekly_hours": ("Oriau contract yr wythnos", "Contracted hours a week"),
    "hourly_rate": ("Cyfradd yr awr", "Hourly rate"),
    "rate_scp": ("{rate} (pwynt {scp}, {spine})", "{rate} (SCP {scp}, {spine})"),
    "no_rate": ("Dim cyfradd wedi'i chofnodi", "No rate recorded"),
    "role": ("Rôl", "Role"),
    "held": ("Cyfnod y rôl", "Role held"),
    "ongoing": ("ymlaen", "onwards"),
    "section_allowances": ("Lwfansau", "Allowances"),
    "section_by_role": ("Oriau fesul rôl", "Hours by role"),
    "section_by_category": ("Oriau fesul categori", "Hours by category"),
    "section_by_month": ("Oriau fesul mis", "Hours by month"),
    "section_extensions": ("Estyniadau (cymalau 11.1–11.2)", "Extensions (clauses 11.1–11.2)"),
    "section_toil": ("Amser i ffwrdd yn lle (cymalau 14.3–14.4)", "Time off in lieu (clauses 14.3–14.4)"),
    "section_cost": ("Cost amser cyfleuster (cymal 16.1)", "Cost of facility time (clause 16.1)"),
    "section_payments": ("Taliadau sy'n ddyledus", "Payments due"),
    "section_details": ("Manylion", "Details"),
    "pending": ("Yn aros am ateb", "Pending"),
    "used_hours": ("Oriau a ddefnyddiwyd", "Hours used"),
    "pending_hours": ("Oriau yn aros am ateb", "Hours pending"),
    "unit": ("Uned", "Unit"),
    "month": ("Mis", "Month"),
    "case_ref": ("Cyfeirnod achos", "Case reference"),
    "extra": ("Ychwanegol", "Extra"),
    "agreed_on": ("Cytunwyd ar", "Agreed on"),
    "agreed_by": ("Cytunwyd gan", "Agreed by"),
    "review_on": ("Adolygu ar", "Review on"),
    "no_extensions": ("Dim estyniadau eleni", "No extensions this year"),
    "no_payments": ("Dim taliadau", "No payments"),
    "no_time": ("Dim amser wedi'i gofnodi", "No time recorded"),
    "toil_earned": ("Wedi'i ennill eleni", "Earned this year"),
    "toil_taken": ("Wedi'i gymryd eleni", "Taken this year"),
    "toil_balance": ("Yn ddyledus ar ddiwedd y flwyddyn", "Owed at the end of the year"),
    "item": ("Eitem", "Item"),
    "hours": ("Oriau", "Hours"),
    "amount": ("Swm", "Amount"),
    "paid_hours": ("Oriau cyfleuster â thâl", "Paid facility hours"),
    "cost": ("Cost", "Cost"),
    "kind": ("Math", "Kind"),
    "payment_per_year": ("Y flwyddyn", "Per year"),
    "payment_per_meeting": ("Y cyfarfod", "Per meeting"),
    "payment_bonus_after": ("Bonws ar ôl cyfarfodydd", "Bonus after meetings"),
    "payment_per_half_day": ("Yr hanner diwrnod", "Per half day"),
    "reps": ("Cynrychiolwyr", "Representatives"),
    "section_reps": ("Y cynrychiolwyr", "The representatives"),
    "section_rep_allowances": ("Lwfansau pob cynrychiolydd", "Each representative's allowances"),
    "section_totals": ("Cyfansymiau", "Totals"),
    "combined_used": ("Cap cyfunol: defnyddiwyd / cap", "Combined cap: used / cap"),
    "share_of_cap": ("% o'r cap", "% of cap"),
    "reps_count": ("Nifer y cynrychiolwyr", "Number of representatives"),
    "rate_missing": (
        "Dim cyfradd tâl wedi'i chofnodi ar gyfer {n} cynrychiolydd: nid yw eu hamser wedi'i gostio",
        "No pay rate recorded for {n} representative(s): their time is not costed",
    ),
    "years_used": ("Blynyddoedd", "Years"),
    # -- the four facility time tables (SI 2017/328, voluntary) ------------------------------
    "si_note": (
        "Gwirfoddol, at ddibenion monitro yn unig: mae cyrff datganoledig Cymru wedi'u heithrio o "
        "Reoliadau Undebau Llafur (Amser Cyfleuster) 2017 (OS 2017/328).",
        "Voluntary, for monitoring only: Welsh devolved bodies are exempt from the Trade Union "
        "(Facility Time Publication Requirements) Regulations 2017 (SI 2017/328).",
    ),
    "si_officials": ("Tabl 1 – Swyddogion undeb perthnasol", "Table 1 – Relevant union officials"),
    "si_officials_n": (
        "Nifer y gweithwyr a oedd yn swyddogion undeb perthnasol yn ystod y cyfnod",
        "Number of employees who were relevant union officials during the period",
    ),
    "si_fte": ("Nifer cyfwerth ag amser llawn", "Full-time equivalent employee number"),
    "si_bands": ("Tabl 2 – Canran yr amser a dreuliwyd ar amser cyfleuster",
                 "Table 2 – Percentage of time spent on facility time"),
    "si_band": ("Canran yr amser", "Percentage of time"),
    "si_employees": ("Nifer y gweithwyr", "Number of employees"),
    "si_bands_note": (
        "Cyfran = oriau cyfleuster â thâl ÷ oriau contract y flwyddyn (oriau'r wythnos × diwrnodau'r "
        "flwyddyn ÷ 7).",
        "Share = paid facility hours ÷ contracted hours in the year (weekly hours × days in the "
        "year ÷ 7).",
    ),
    "si_pay_bill": ("Tabl 3 – Canran o'r bil cyflog a wariwyd ar amser cyfleuster",
                    "Table 3 – Percentage of pay bill spent on facility time"),
    "si_total_cost": ("Cyfanswm cost amser cyfleuster", "Total cost of facility time"),
    "si_total_pay_bill": ("Cyfanswm y bil cyflog", "Total pay bill"),
    "si_pay_share": (
        "Canran y bil cyflog a wariwyd ar amser cyfleuster",
        "Percentage of the total pay bill spent on facility time",
    ),
    "si_activities": ("Tabl 4 – Gweithgareddau undeb llafur â thâl", "Table 4 – Paid trade union activities"),
    "si_activities_share": (
        "Amser ar weithgareddau undeb llafur â thâl fel canran o gyfanswm yr oriau cyfleuster â thâl",
        "Time spent on paid trade union activities as a percentage of total paid facility time hours",
    ),
    "value": ("Gwerth", "Value"),
    "not_given_pay_bill": ("Heb ei roi", "Not given"),
    # -- statuses (RULES §3) ----------------------------------------------------------------
    "status_draft": ("Drafft", "Draft"),
    "status_requested": ("Gwnaed cais", "Requested"),
    "status_approved": ("Cymeradwywyd", "Approved"),
    "status_refused": ("Gwrthodwyd", "Refused"),
    "status_withdrawn": ("Tynnwyd yn ôl", "Withdrawn"),
    "status_taken": ("Cymerwyd", "Taken"),
    # -- units of time ----------------------------------------------------------------------
    "hours_minutes": ("{h} awr {m} munud", "{h} {hours} {m} {minutes}"),
    "hours_only": ("{h} awr", "{h} {hours}"),
    "minutes_only": ("{m} munud", "{m} {minutes}"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "cy": (
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "cy": (
        "Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau",
        "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul",
    ),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

UNITS = ("hours", "sessions", "meetings", "days")


def check_mode(mode: str) -> Mode:
    """Return ``mode`` if it is one of ``MODES``; otherwise raise ValueError naming it."""
    if mode not in MODES:
        raise ValueError(f"language mode must be one of {', '.join(MODES)}, not {mode!r}")
    return mode  # type: ignore[return-value]


def label_pair(key: str, **fmt: object) -> Bilingual:
    """The (cy, en) pair for ``key``, with ``str.format`` fields filled in."""
    cy, en = LABELS[key]
    if fmt:
        cy, en = cy.format(**fmt), en.format(**fmt)
    return Bilingual(cy, en)


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
    if lang not in MONTHS:
        raise ValueError(f"date language must be cy, en or bilingual, not {lang!r}")
    text = f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"
    return f"{WEEKDAYS[lang][d.weekday()]} {text}" if weekday else text


def date_pair(d: dt.date, *, weekday: bool = False) -> Bilingual:
    """A date in both languages."""
    return Bilingual(format_date(d, "cy", weekday=weekday), format_date(d, "en", weekday=weekday))


def duration_pair(minutes: int) -> Bilingual:
    """Whole minutes as words: ``2 awr 30 munud`` / ``2 hours 30 minutes``."""
    if minutes < 0:
        raise ValueError(f"duration must not be negative, not {minutes} minutes")
    h, m = divmod(minutes, 60)
    names = {
        "hours": "hour" if h == 1 else "hours",
        "minutes": "minute" if m == 1 else "minutes",
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
    key = f"status_{status}"
    return label_pair(key) if key in LABELS else Bilingual(status, status)


def unit_pair(unit: str) -> Bilingual:
    """The plural name of an allowance unit (``hours``, ``sessions``, ``meetings``, ``days``)."""
    key = f"unit_{unit}"
    return label_pair(key) if key in LABELS else Bilingual(unit, unit)
