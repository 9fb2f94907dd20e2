"""What unionrep-cli says in its human (not --json) output."""

from __future__ import annotations

from unionrep.i18n.text import Text

# Labels of `unionrep-cli dispute show`
CLI_DISPUTE_LABELS: dict[str, Text] = {
    "cli.dispute.failure_on": Text(en="failure (refusal) date", cy="dyddiad y methiant (gwrthod)"),
    "cli.dispute.entry": Text(en="entry", cy="cofnod"),
    "cli.dispute.reasons": Text(en="reasons given", cy="rhesymau a roddwyd"),
    "cli.dispute.alternative": Text(en="alternative offered", cy="dewis arall a gynigiwyd"),
    "cli.dispute.people": Text(en="people involved", cy="pobl dan sylw"),
    "cli.dispute.acas_day_a": Text(en="ACAS Day A", cy="Diwrnod A ACAS"),
    "cli.dispute.acas_day_b": Text(en="ACAS Day B", cy="Diwrnod B ACAS"),
    "cli.dispute.notes": Text(en="notes", cy="nodiadau"),
    "cli.dispute.raised": Text(en="raised {day}", cy="codwyd {day}"),
    "cli.dispute.raised_with": Text(en="raised {day} with {whom}", cy="codwyd {day} gyda {whom}"),
    "cli.dispute.answered": Text(en="answered {day}", cy="atebwyd {day}"),
    "cli.dispute.due": Text(en="response due {day}", cy="ymateb yn ddyledus {day}"),
    "cli.dispute.no_due": Text(en="no response due at this step", cy="dim ymateb yn ddyledus ar y cam hwn"),
}

# check, backup, restore, recover, encrypt and passphrase
CLI_RELIABILITY: dict[str, Text] = {
    "cli.check.ok": Text(
        en="{path}: whole — integrity and foreign keys checked, schema version {version}, {enc}",
        cy="{path}: yn gyfan — gwiriwyd cywirdeb ac allweddi estron, fersiwn sgema {version}, {enc}",
    ),
    "cli.check.bad": Text(
        en="{path}: {n} problem(s) found (schema version {version}, {enc}):",
        cy="{path}: canfuwyd {n} problem (fersiwn sgema {version}, {enc}):",
    ),
    "cli.encrypted": Text(en="encrypted", cy="wedi'i hamgryptio"),
    "cli.plain": Text(en="NOT encrypted", cy="HEB EI HAMGRYPTIO"),
    "cli.backup.done": Text(
        en="Backed up {path} to {dest} ({enc})",
        cy="Gwnaed copi wrth gefn o {path} yn {dest} ({enc})",
    ),
    "cli.backup.none": Text(en="No backups of {path} yet.", cy="Dim copïau wrth gefn o {path} eto."),
    "cli.backup.keep": Text(
        en="Keeping the newest {keep} automatic backups of {path}",
        cy="Yn cadw'r {keep} copi wrth gefn awtomatig diweddaraf o {path}",
    ),
    "cli.restore.done": Text(
        en="Restored {backup} to {path}; the previous database is kept as {aside}",
        cy="Adferwyd {backup} i {path}; mae'r gronfa ddata flaenorol wedi'i chadw fel {aside}",
    ),
    "cli.restore.fresh": Text(en="Restored {backup} to {path}", cy="Adferwyd {backup} i {path}"),
    "cli.recover.none": Text(
        en="no backup of {path} validates; nothing was changed. Name one with 'unionrep-cli recover FILE'",
        cy="nid oes copi wrth gefn o {path} sy'n ddilys; nid oes dim wedi newid. Enwch un gyda "
           "'unionrep-cli recover FFEIL'",
    ),
    "cli.recover.ok_db": Text(
        en="{path} is whole, so there is nothing to recover; use 'unionrep-cli restore FILE' to go back "
           "to a backup anyway",
        cy="mae {path} yn gyfan, felly nid oes dim i'w adfer; defnyddiwch 'unionrep-cli restore FFEIL' i "
           "fynd yn ôl at gopi wrth gefn beth bynnag",
    ),
    "cli.recover.done": Text(
        en="Recovered {path} from {backup}; the damaged file is kept, untouched, as {aside}",
        cy="Adferwyd {path} o {backup}; mae'r ffeil a ddifrodwyd wedi'i chadw, heb ei chyffwrdd, fel {aside}",
    ),
    "cli.encrypt.done": Text(
        en="Encrypted {path}{keyring}; {n} backup(s) encrypted too",
        cy="Amgryptiwyd {path}{keyring}; amgryptiwyd {n} copi wrth gefn hefyd",
    ),
    "cli.encrypt.keyring": Text(
        en=" (the key is kept in the system keyring)",
        cy=" (cedwir yr allwedd yng nghylch allweddi'r system)",
    ),
    "cli.passphrase.done": Text(
        en="Changed the passphrase of {path}; {n} backup(s) re-keyed too",
        cy="Newidiwyd cyfrinymadrodd {path}; newidiwyd allwedd {n} copi wrth gefn hefyd",
    ),
}

# `unionrep-cli pdf …` and `csv …`
CLI_DOCUMENTS: dict[str, Text] = {
    "documents.wrote_pdf": Text(
        en="Wrote {path} ({pages} pages)",
        cy="Ysgrifennwyd {path} ({pages} tudalen)",
    ),
    "documents.wrote_pdf_one": Text(en="Wrote {path} (1 page)", cy="Ysgrifennwyd {path} (1 dudalen)"),
    "documents.wrote_csv": Text(en="Wrote {path}", cy="Ysgrifennwyd {path}"),
    "documents.gaps": Text(
        en="note: the Pro Forma says \"Not stated\" for: {fields}. Fill them in with:",
        cy="nodyn: mae'r Pro Fforma yn dweud \"Heb ei nodi\" am: {fields}. Llenwch nhw gyda:",
    ),
}

# `unionrep-cli settings`
CLI_SETTINGS: dict[str, Text] = {
    "settings.set": Text(en="Set {name} = {value}", cy="Gosodwyd {name} = {value}"),
    "settings.cleared": Text(en="Cleared {name}", cy="Cliriwyd {name}"),
    "settings.unset": Text(en="(not set)", cy="(heb ei osod)"),
}

# unionrep-cli's own sentences
CLI_TEXT: dict[str, Text] = {
    "cli.error": Text(en="error", cy="gwall"),
    "cli.rep.hours": Text(en="Weekly hours", cy="Oriau'r wythnos"),
    "cli.rep.hours_start": Text(
        en="{hours} h a week from the start",
        cy="{hours} awr yr wythnos o'r dechrau",
    ),
    "cli.rep.hours_from": Text(en="{hours} h a week from {date}", cy="{hours} awr yr wythnos o {date}"),
    "cli.rep.added": Text(en="Added rep {name} ({id})", cy="Ychwanegwyd y cynrychiolydd {name} ({id})"),
    "cli.rep.saved": Text(en="Saved rep {name}", cy="Cadwyd y cynrychiolydd {name}"),
    "cli.rep.none": Text(
        en="No reps yet: add one with 'unionrep-cli rep add --name NAME'",
        cy="Dim cynrychiolwyr eto: ychwanegwch un gyda 'unionrep-cli rep add --name NAME'",
    ),
    "cli.rep.ended": Text(en="(ended)", cy="(wedi gorffen)"),
    "cli.rep.roles": Text(en="roles", cy="rolau"),
    "cli.rep.now": Text(en="now", cy="nawr"),
    "cli.role.assigned": Text(en="Assigned {role} from {start}", cy="Neilltuwyd {role} o {start}"),
    "cli.role.ended": Text(en="Ended {role} on {day}", cy="Daeth {role} i ben ar {day}"),
    "cli.log.logged": Text(
        en="Logged {hours} for {rep} on {date} ({id})",
        cy="Cofnodwyd {hours} i {rep} ar {date} ({id})",
    ),
    "cli.log.saved": Text(en="Saved entry {id}", cy="Cadwyd y cofnod {id}"),
    "cli.log.deleted": Text(en="Deleted entry {id}", cy="Dilëwyd y cofnod {id}"),
    "cli.log.none": Text(en="No entries.", cy="Dim cofnodion."),
    "cli.log.confirm": Text(
        en="Delete entry {reference} ({hours} for {rep} on {date})? 'unionrep-cli undo' puts it back. [y/N] ",
        cy="Dileu'r cofnod {reference} ({hours} i {rep} ar {date})? Mae 'unionrep-cli undo' yn ei roi'n "
           "ôl. [i/N] ",
    ),
    "cli.log.kept": Text(en="Nothing deleted.", cy="Ni ddilëwyd dim."),
    "cli.hours.both": Text(en="{hm} ({decimal} h)", cy="{hm} ({decimal} awr)"),
    "cli.col.date": Text(en="date", cy="dyddiad"),
    "cli.col.hours": Text(en="hours", cy="oriau"),
    "cli.col.rep": Text(en="rep", cy="cynrychiolydd"),
    "cli.col.role": Text(en="role", cy="rôl"),
    "cli.col.category": Text(en="category", cy="categori"),
    "cli.col.status": Text(en="status", cy="statws"),
    "cli.col.id": Text(en="id", cy="id"),
    "cli.col.name": Text(en="name", cy="enw"),
    "cli.col.weekly_hours": Text(en="hours a week", cy="oriau'r wythnos"),
    "cli.col.ended": Text(en="stood down", cy="wedi camu i lawr"),
    "cli.col.refused_on": Text(en="refused on", cy="gwrthodwyd ar"),
    "cli.col.stage": Text(en="step", cy="cam"),
    "cli.col.outcome": Text(en="outcome", cy="canlyniad"),
    "cli.col.tribunal_by": Text(en="tribunal claim by", cy="hawliad tribiwnlys erbyn"),
    "cli.col.made_at": Text(en="made", cy="gwnaed"),
    "cli.col.reason": Text(en="why", cy="pam"),
    "cli.col.file": Text(en="file", cy="ffeil"),
    "cli.log.history": Text(en="history:", cy="hanes:"),
    "cli.balance.head": Text(en="{rep} — {year} ({start} to {end})", cy="{rep} — {year} ({start} i {end})"),
    "cli.balance.no_cap": Text(en="no cap", cy="dim cap"),
    "cli.balance.allowance": Text(en="allowance", cy="lwfans"),
    "cli.balance.required": Text(en="required", cy="gofynnol"),
    "cli.balance.line": Text(
        en="{word} {cap}: used {used}{pending}{remaining}",
        cy="{word} {cap}: defnyddiwyd {used}{pending}{remaining}",
    ),
    "cli.balance.pending": Text(en=", pending {amount}", cy=", yn aros {amount}"),
    "cli.balance.remaining": Text(en=", remaining {amount}", cy=", ar ôl {amount}"),
    "cli.balance.combined": Text(
        en="combined cap {cap}: used {used}, remaining {remaining}",
        cy="cap cyfunol {cap}: defnyddiwyd {used}, ar ôl {remaining}",
    ),
    "cli.balance.paid": Text(en="paid time this year: {time}", cy="amser â thâl eleni: {time}"),
    "cli.balance.cost": Text(en=", cost {cost}", cy=", cost {cost}"),
    "cli.balance.toil": Text(en="TOIL owed: {time}", cy="amser i ffwrdd yn lle sy'n ddyledus: {time}"),
    "cli.balance.payment": Text(
        en="payment {role} {kind}: £{amount} ({explain})",
        cy="taliad {role} {kind}: £{amount} ({explain})",
    ),
    "cli.flags.none": Text(en="Nothing needs attention.", cy="Does dim angen sylw."),
    "cli.policy.set": Text(en="Set {key} = {value}", cy="Gosodwyd {key} = {value}"),
    "cli.extension.recorded": Text(
        en="Recorded extension {case} of {time}",
        cy="Cofnodwyd estyniad {case} o {time}",
    ),
    "cli.toil.recorded": Text(
        en="Recorded TOIL {kind} {time}",
        cy="Cofnodwyd amser i ffwrdd yn lle ({kind}) {time}",
    ),
    "cli.interrupted": Text(
        en="interrupted; nothing was written",
        cy="torrwyd ar draws; ni ysgrifennwyd dim",
    ),
    "cli.db_refused": Text(
        en="the database refused the change: {detail}",
        cy="gwrthododd y gronfa ddata y newid: {detail}",
    ),
}

# What `rep show` and `log show` call each field (the English is the field's id, spaced)
CLI_FIELDS: dict[str, Text] = {
    "cli.field.employee_no": Text(en="employee no", cy="rhif cyflogai"),
    "cli.field.job": Text(en="job", cy="swydd"),
    "cli.field.department": Text(en="department", cy="adran"),
    "cli.field.workplace": Text(en="workplace", cy="gweithle"),
    "cli.field.union": Text(en="union", cy="undeb"),
    "cli.field.email": Text(en="email", cy="e-bost"),
    "cli.field.weekly_hours": Text(en="weekly hours", cy="oriau'r wythnos"),
    "cli.field.full_time_hours": Text(en="full time hours", cy="oriau llawn amser yr wythnos"),
    "cli.field.school": Text(en="school", cy="ysgol"),
    "cli.field.academic_start": Text(en="academic start", cy="dechrau'r flwyddyn academaidd"),
    "cli.field.scp": Text(en="scp", cy="pwynt colofn (SCP)"),
    "cli.field.hourly_rate": Text(en="hourly rate", cy="cyfradd yr awr"),
    "cli.field.manager": Text(en="manager", cy="rheolwr"),
    "cli.field.manager_email": Text(en="manager email", cy="e-bost y rheolwr"),
    "cli.field.head_of_service": Text(en="head of service", cy="pennaeth y gwasanaeth"),
    "cli.field.head_of_service_email": Text(en="head of service email", cy="e-bost pennaeth y gwasanaeth"),
    "cli.field.ended_on": Text(en="ended on", cy="wedi gorffen ar"),
    "cli.field.id": Text(en="id", cy="id"),
    "cli.field.reference": Text(en="reference", cy="cyfeirnod"),
    "cli.field.rep": Text(en="rep", cy="cynrychiolydd"),
    "cli.field.role": Text(en="role", cy="rôl"),
    "cli.field.date": Text(en="date", cy="dyddiad"),
    "cli.field.start": Text(en="start", cy="dechrau"),
    "cli.field.end": Text(en="end", cy="diwedd"),
    "cli.field.minutes": Text(en="minutes", cy="munudau"),
    "cli.field.hours": Text(en="hours", cy="oriau"),
    "cli.field.category": Text(en="category", cy="categori"),
    "cli.field.paid": Text(en="paid", cy="â thâl"),
    "cli.field.purpose": Text(en="purpose", cy="diben"),
    "cli.field.location": Text(en="location", cy="lleoliad"),
    "cli.field.notice_on": Text(en="notice on", cy="dyddiad y rhybudd"),
    "cli.field.status": Text(en="status", cy="statws"),
    "cli.field.case_ref": Text(en="case ref", cy="cyfeirnod yr achos"),
    "cli.field.conference": Text(en="conference", cy="cynhadledd"),
    "cli.field.political": Text(en="political", cy="gwleidyddol"),
    "cli.field.notes": Text(en="notes", cy="nodiadau"),
}
