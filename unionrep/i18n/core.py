"""The core's sentences: flags, errors, how an allowance was reached, units and the command
line's confirmations."""

from __future__ import annotations

from unionrep.i18n.text import Text

CORE_MESSAGES: dict[str, Text] = {
    # the ledger's rules: hours by day, overlaps, effects of an entry, costs, finding a rep
    "pay.basis_scp": Text(
        en="SCP {scp}: {salary} a year ÷ {weeks} weeks ÷ {hours} h",
        cy="SCP {scp}: {salary} y flwyddyn ÷ {weeks} wythnos ÷ {hours} awr",
    ),
    "pay.basis_rate": Text(en="{rate} an hour", cy="{rate} yr awr"),
    "pay.cost": Text(en="{money} = {hours} h × ({basis})", cy="{money} = {hours} awr × ({basis})"),
    "effect.amounts": Text(
        en="{used} used, {pending} pending",
        cy="{used} wedi'u defnyddio, {pending} yn aros",
    ),
    "effect.capped": Text(
        en="{name}: now {now} of {cap} {unit}; after this entry {after} ({left} {unit} left)",
        cy="{name}: nawr {now} o {cap} {unit}; ar ôl y cofnod hwn {after} ({left} {unit} ar ôl)",
    ),
    "effect.no_cap": Text(
        en="{name}: now {now} {unit}; after this entry {after} (no cap set)",
        cy="{name}: nawr {now} {unit}; ar ôl y cofnod hwn {after} (dim cap wedi'i osod)",
    ),
    "effect.none": Text(
        en="This entry counts against no allowance.",
        cy="Nid yw'r cofnod hwn yn cyfrif yn erbyn unrhyw lwfans.",
    ),
    "effect.combined": Text(en="Combined cap", cy="Cap cyfunol"),
    "flag.overlap": Text(
        en="{rep}: entries {ref} and {other} on {date} overlap or repeat each other — time may be counted "
           "twice",
        cy="{rep}: mae cofnodion {ref} a {other} ar {date} yn gorgyffwrdd neu'n ailadrodd ei gilydd — gall "
           "amser gael ei gyfrif ddwywaith",
    ),
    "rep.did_you_mean": Text(en="did you mean {names}?", cy="ai {names} oedd gennych mewn golwg?"),
    "explain.pro_rata_by_day": Text(
        en="pro rata by day: {parts} of {full} h full time, over the year's {days} days",
        cy="pro rata fesul diwrnod: {parts} o {full} awr llawn amser, dros {days} diwrnod y flwyddyn",
    ),
    "explain.days_by_hours": Text(
        en="a day is a fifth of the weekly hours in force on the entry's date: {parts}",
        cy="diwrnod yw un rhan o bump o'r oriau wythnosol sydd mewn grym ar ddyddiad y cofnod: {parts}",
    ),
    "explain.secondment_by_day": Text(
        en="secondment {percent}% of {hours} h contracted while held, by the hours in force each day",
        cy="secondiad {percent}% o {hours} awr dan gontract tra'i dalwyd, yn ôl yr oriau ar bob diwrnod",
    ),
    # flags
    "flag.over": Text(
        en="{rep}: {allowance} over the allowance — {used} of {cap} {unit} used",
        cy="{rep}: {allowance} dros y lwfans — {used} o {cap} {unit} wedi'u defnyddio",
    ),
    "flag.near": Text(
        en="{rep}: {allowance} near the allowance — {remaining} {unit} left of {cap}",
        cy="{rep}: {allowance} yn agos at y lwfans — {remaining} {unit} ar ôl o {cap}",
    ),
    "flag.pending_over": Text(
        en="{rep}: {allowance} — requests awaiting an answer would take the total to {total} of {cap} {unit}",
        cy="{rep}: {allowance} — byddai ceisiadau sy'n aros am ateb yn mynd â'r cyfanswm i {total} o "
           "{cap} {unit}",
    ),
    "flag.combined_over": Text(
        en="{rep}: over the combined cap — {used} of {cap} {unit} used",
        cy="{rep}: dros y cap cyfunol — {used} o {cap} {unit} wedi'u defnyddio",
    ),
    "flag.combined_near": Text(
        en="{rep}: near the combined cap — {remaining} {unit} left of {cap}",
        cy="{rep}: yn agos at y cap cyfunol — {remaining} {unit} ar ôl o {cap}",
    ),
    "flag.short_notice": Text(
        en="{rep}: conference on {date} with {days} days' notice (clause 12.5 asks for {needed})",
        cy="{rep}: cynhadledd ar {date} gyda {days_n} o rybudd (mae cymal 12.5 yn gofyn am {needed})",
    ),
    "flag.no_notice": Text(
        en="{rep}: conference on {date} with no notice date recorded (clause 12.5 asks for {needed} days)",
        cy="{rep}: cynhadledd ar {date} heb ddyddiad rhybudd (mae cymal 12.5 yn gofyn am {needed_n})",
    ),
    "flag.political": Text(
        en="{rep}: entry on {date} looks like political activity, which the agreement does not cover "
           "(clause 12.5)",
        cy="{rep}: mae'r cofnod ar {date} yn edrych fel gweithgarwch gwleidyddol, nad yw'r cytundeb yn "
           "ei gynnwys (cymal 12.5)",
    ),
    "flag.industrial_action": Text(
        en="{rep}: industrial action on {date} recorded — never paid, excluded from paid totals",
        cy="{rep}: gweithredu diwydiannol ar {date} wedi'i gofnodi — byth yn cael ei dalu, heb ei "
           "gynnwys yng nghyfansymiau â thâl",
    ),
    "flag.extension_review": Text(
        en="{rep}: extension {case} is due for review on {date}",
        cy="{rep}: mae estyniad {case} i'w adolygu ar {date}",
    ),
    "flag.extension_review_overdue": Text(
        en="{rep}: extension {case} was due for review on {date}",
        cy="{rep}: roedd estyniad {case} i'w adolygu ar {date}",
    ),
    "flag.secondment": Text(
        en="{rep}: seconded as {role} since {date} — past {months} months, the old post cannot be "
           "returned to (clause 13.2)",
        cy="{rep}: ar secondiad fel {role} ers {date} — dros {months} mis, ni ellir dychwelyd i'r hen "
           "swydd (cymal 13.2)",
    ),
    "flag.pending_request": Text(
        en="{rep}: request for {date} has waited {days} days for an answer",
        cy="{rep}: mae cais ar gyfer {date} wedi aros {days_n} am ateb",
    ),
    # errors
    "error.not_found": Text(en="{kind} not found: {key}", cy="Heb ddod o hyd i {kind}: {key}"),
    "error.ambiguous": Text(
        en="{kind} {key!r} matches more than one record; use its id",
        cy="Mae {kind} {key!r} yn cyfateb i fwy nag un cofnod; defnyddiwch ei id",
    ),
    "error.no_database": Text(
        en="no database at {path}; create one with 'unionrep-cli init'",
        cy="dim cronfa ddata yn {path}; crëwch un gyda 'unionrep-cli init'",
    ),
    "error.exists": Text(
        en="a database already exists at {path}; nothing changed",
        cy="mae cronfa ddata eisoes yn {path}; dim wedi newid",
    ),
    # how an allowance's amount was reached (caps.py; a balance's "basis")
    "explain.a_year": Text(en="{amount} {unit} a year", cy="{amount} {unit} y flwyddyn"),
    "explain.no_percent": Text(
        en="no secondment percentage recorded",
        cy="dim canran secondiad wedi'i chofnodi",
    ),
    "explain.extension": Text(
        en="+ {amount} {unit} agreed extension",
        cy="+ {amount} {unit} o estyniad y cytunwyd arno",
    ),
    "explain.extensions": Text(
        en="+ {amount} {unit} agreed extensions",
        cy="+ {amount} {unit} o estyniadau y cytunwyd arnynt",
    ),
    "explain.secondment": Text(
        en="secondment {percent}% of {hours} h a week over {days} days",
        cy="secondiad {percent}% o {hours} awr yr wythnos dros {days} diwrnod",
    ),
    "explain.no_allowance": Text(
        en="no allowance set for this role",
        cy="dim lwfans wedi'i osod ar gyfer y rôl hon",
    ),
    "explain.pro_rata": Text(
        en="pro rata {hours}/{full} h a week",
        cy="pro rata {hours}/{full} awr yr wythnos",
    ),
    "explain.part_year": Text(
        en="part year: role held {held} of {days} days",
        cy="rhan o flwyddyn: y rôl wedi'i dal am {held} o {days} diwrnod",
    ),
    "explain.combined": Text(
        en="{amount} {unit} in total for {roles}",
        cy="{amount} {unit} i gyd ar gyfer {roles}",
    ),
    "explain.combined_pro_rata": Text(en="combined cap pro rata", cy="cap cyfunol pro rata"),
    "explain.pay_year": Text(en="£{amount} a year", cy="£{amount} y flwyddyn"),
    "explain.pay_part_year": Text(
        en="£{amount} a year, role held {held} of {days} days",
        cy="£{amount} y flwyddyn, y rôl wedi'i dal am {held} o {days} diwrnod",
    ),
    "explain.pay_meetings": Text(en="{count} × £{amount}", cy="{count} × £{amount}"),
    "explain.pay_bonus": Text(
        en="£{amount} after {after} meetings ({meetings} so far)",
        cy="£{amount} ar ôl {after} cyfarfod ({meetings} hyd yma)",
    ),
    "explain.pay_half_days": Text(
        en="{sessions} half days × £{amount}",
        cy="{sessions} hanner diwrnod × £{amount}",
    ),
    "explain.pay_half_days_range": Text(
        en="{sessions} half days × £{amount}–£{top}",
        cy="{sessions} hanner diwrnod × £{amount}–£{top}",
    ),
    # units
    "unit.hours": Text(en="hours", cy="awr"),
    "unit.days": Text(en="days", cy="diwrnod"),
    "unit.sessions": Text(en="sessions", cy="sesiwn"),
    "unit.meetings": Text(en="meetings", cy="cyfarfod"),
    # done messages for the CLI
    "done.init": Text(
        en="Created {path} with the {policy} policy profile",
        cy="Crëwyd {path} gyda phroffil polisi {policy}",
    ),
    "done.saved": Text(en="Saved {what} {id}", cy="Cadwyd {what} {id}"),
    "done.deleted": Text(en="Deleted {what} {id}", cy="Dilëwyd {what} {id}"),
}
