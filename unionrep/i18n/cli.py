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
