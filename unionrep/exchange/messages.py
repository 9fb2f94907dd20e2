"""What exchange tells the user — bundles, spreadsheets, calendars — in English and Welsh."""

from __future__ import annotations

from typing import Any

from unionrep.core.messages import current_lang

MESSAGES: dict[str, tuple[str, str]] = {
    # why a bundle is refused (docs/bundle-format.md lists the codes)
    "bundle.not_bundle": (
        "this file is not a unionrep bundle",
        "nid bwndel unionrep yw'r ffeil hon",
    ),
    "bundle.truncated": (
        "the bundle is incomplete: the file was cut short (copy it again from the original)",
        "mae'r bwndel yn anghyflawn: cafodd y ffeil ei thorri'n fyr (copïwch hi eto o'r gwreiddiol)",
    ),
    "bundle.trailing": (
        "the bundle has {extra} bytes more than it should: it was changed after it was made",
        "mae gan y bwndel {extra} beit yn fwy nag y dylai: cafodd ei newid ar ôl ei greu",
    ),
    "bundle.newer": (
        "the bundle is in format {version}, made by a newer unionrep; this one reads format {supported}: "
        "update unionrep",
        "mae'r bwndel yn fformat {version}, wedi'i greu gan fersiwn mwy newydd o unionrep; mae'r un hwn "
        "yn darllen fformat {supported}: diweddarwch unionrep",
    ),
    "bundle.older": (
        "the bundle is in format {version}, which this unionrep no longer reads "
        "(it reads format {supported})",
        "mae'r bwndel yn fformat {version}, nad yw'r fersiwn hwn o unionrep yn ei ddarllen mwyach "
        "(mae'n darllen fformat {supported})",
    ),
    "bundle.header": (
        "the bundle's header is not valid ({detail})",
        "nid yw pennawd y bwndel yn ddilys ({detail})",
    ),
    "bundle.header_damaged": (
        "the bundle's header was damaged or changed",
        "cafodd pennawd y bwndel ei ddifrodi neu ei newid",
    ),
    "bundle.cipher": (
        "the bundle is sealed with {cipher}, which this unionrep does not know",
        "mae'r bwndel wedi'i selio gyda {cipher}, nad yw'r fersiwn hwn o unionrep yn ei adnabod",
    ),
    "bundle.needs_passphrase": (
        "the bundle is encrypted: give its passphrase",
        "mae'r bwndel wedi'i amgryptio: rhowch ei gyfrinymadrodd",
    ),
    "bundle.passphrase": (
        "the passphrase is wrong for this bundle",
        "mae'r cyfrinymadrodd yn anghywir ar gyfer y bwndel hwn",
    ),
    "bundle.tampered": (
        "the bundle was changed or damaged after it was made; nothing was imported",
        "cafodd y bwndel ei newid neu ei ddifrodi ar ôl ei greu; ni fewnforiwyd dim",
    ),
    "bundle.too_large": (
        "the bundle's contents are larger than unionrep will open",
        "mae cynnwys y bwndel yn fwy nag y bydd unionrep yn ei agor",
    ),
    "bundle.payload": (
        "the bundle's contents do not follow format {version}: {where}: {rule}",
        "nid yw cynnwys y bwndel yn dilyn fformat {version}: {where}: {rule}",
    ),
    "bundle.own": (
        "this bundle was made by this installation (or by a copy of its database); if this database was "
        "copied from another computer, give it an identity of its own: unionrep-cli exchange identity --new",
        "cafodd y bwndel hwn ei wneud gan y gosodiad hwn (neu gan gopi o'i gronfa ddata); os copïwyd y "
        "gronfa ddata hon o gyfrifiadur arall, rhowch hunaniaeth ei hun iddi: "
        "unionrep-cli exchange identity --new",
    ),
    "bundle.no_table": (
        "the bundle holds {table}, which this database does not have: update unionrep",
        "mae'r bwndel yn cynnwys {table}, nad yw yn y gronfa ddata hon: diweddarwch unionrep",
    ),
    "bundle.record": (
        "bundle refused: {record} {id}: {field}: {rule}",
        "gwrthodwyd y bwndel: {record} {id}: {field}: {rule}",
    ),
    "bundle.read": (
        "cannot read {path}: {reason}",
        "methu darllen {path}: {reason}",
    ),
    "passphrase.short": (
        "must be at least {n} characters",
        "rhaid iddo fod o leiaf {n} nod",
    ),
    "passphrase.mismatch": (
        "the two passphrases differ; nothing was exported",
        "mae'r ddau gyfrinymadrodd yn wahanol; ni allforiwyd dim",
    ),
    "passphrase.prompt": ("Bundle passphrase: ", "Cyfrinymadrodd y bwndel: "),
    "passphrase.again": ("The same passphrase again: ", "Yr un cyfrinymadrodd eto: "),
    "plain.warning": (
        "warning: {path} is NOT encrypted. It holds members' personal data (special category data under "
        "UK GDPR); keep it off e-mail and shared drives, and delete it once it has been imported.",
        "rhybudd: NID yw {path} wedi'i amgryptio. Mae'n cynnwys data personol aelodau (data categori "
        "arbennig o dan GDPR y DU); peidiwch â'i hanfon drwy e-bost na'i rhoi ar yriant a rennir. "
        "Dilëwch y ffeil ar ôl ei mewnforio.",
    ),
    "plain.imported": (
        "note: this bundle was not encrypted",
        "nodyn: nid oedd y bwndel hwn wedi'i amgryptio",
    ),
    # import
    "import.unresolved": (
        "{count} record(s) changed on both sides: choose with --resolve mine|theirs|ask; nothing was written",
        "newidiwyd {count} cofnod ar y ddwy ochr: dewiswch gyda --resolve mine|theirs|ask; "
        "ni ysgrifennwyd dim",
    ),
    "import.stale": (
        "the database changed since the preview: preview the bundle again",
        "newidiodd y gronfa ddata ers y rhagolwg: dangoswch ragolwg o'r bwndel eto",
    ),
    "import.resolution": (
        "{id}: the choice must be mine or theirs (not {value!r})",
        "{id}: rhaid i'r dewis fod yn mine neu theirs (nid {value!r})",
    ),
    "import.not_conflict": (
        "{id} is not a record in conflict in this bundle",
        "nid yw {id} yn gofnod sy'n gwrthdaro yn y bwndel hwn",
    ),
    "import.heading": (
        "Bundle from {origin}, made {created}: {added} to add, {changed} to change, {deleted} to delete, "
        "{conflicts} in conflict, {kept} newer here, {same} the same",
        "Bwndel gan {origin}, wedi'i wneud {created}: {added} i'w hychwanegu, {changed} i'w newid, "
        "{deleted} i'w dileu, {conflicts} yn gwrthdaro, {kept} yn fwy newydd yma, {same} yr un fath",
    ),
    "import.added": ("  + add {what}", "  + ychwanegu {what}"),
    "import.changed": ("  ~ change {what}: {fields}", "  ~ newid {what}: {fields}"),
    "import.deleted": ("  - delete {what}", "  - dileu {what}"),
    "import.cascade": ("  - delete {what} (it depends on {parent})",
                       "  - dileu {what} (mae'n dibynnu ar {parent})"),
    "import.restored": ("  + keep {what} (kept with {parent})",
                        "  + cadw {what} (wedi'i gadw gyda {parent})"),
    "import.conflict": ("  ! conflict: {what} — {kind}", "  ! gwrthdaro: {what} — {kind}"),
    "import.mine": ("      here:  {fields}", "      yma:   {fields}"),
    "import.theirs": ("      there: {fields}", "      yno:   {fields}"),
    "import.depends": ("      {count} record(s) depend on it", "      mae {count} cofnod yn dibynnu arno"),
    "import.gone": ("(deleted)", "(wedi'i ddileu)"),
    "import.more": ("  … and {count} more", "  … a {count} arall"),
    "import.ask": ("Keep [m]ine, or take [t]heirs? ", "Cadw [m]y un i, neu gymryd [t]eu hun nhw? "),
    "import.done": (
        "Imported: {added} added, {changed} changed, {deleted} deleted, {resolved} conflict(s) resolved",
        "Mewnforiwyd: {added} wedi'u hychwanegu, {changed} wedi'u newid, {deleted} wedi'u dileu, "
        "datryswyd {resolved} gwrthdaro",
    ),
    "import.dry_run": ("Dry run: nothing was written.", "Rhediad prawf: ni ysgrifennwyd dim."),
    "import.nothing": ("Nothing to import: this database already has everything in the bundle.",
                       "Dim i'w fewnforio: mae gan y gronfa ddata hon bopeth yn y bwndel eisoes."),
    "conflict.both-changed": ("changed here and there", "newidiwyd yma ac yno"),
    "conflict.changed-here-deleted-there": ("changed here, deleted there", "newidiwyd yma, dilëwyd yno"),
    "conflict.deleted-here-changed-there": ("deleted here, changed there", "dilëwyd yma, newidiwyd yno"),
    "conflict.deleted-with-dependants": (
        "deleted on one side while the other added records that depend on it",
        "dilëwyd ar un ochr tra ychwanegodd y llall gofnodion sy'n dibynnu arno",
    ),
    "conflict.same-version": (
        "two different records carry the same version (was a database copied?)",
        "mae dau gofnod gwahanol yn dwyn yr un fersiwn (a gopïwyd cronfa ddata?)",
    ),
    "describe.reps": ("rep {name}", "cynrychiolydd {name}"),
    "describe.entries": ("entry {ref}: {rep}, {date}, {hours} {category} ({status})",
                         "cofnod {ref}: {rep}, {date}, {hours} {category} ({status})"),
    "describe.assignments": ("role {role} of {rep} from {start}", "rôl {role} {rep} o {start}"),
    "describe.extensions": ("extension {case} of {rep}", "estyniad {case} {rep}"),
    "describe.toil": ("TOIL {kind} {hours} on {date} for {rep}",
                      "amser i ffwrdd yn lle {kind} {hours} ar {date} i {rep}"),
    "describe.disputes": ("dispute of {rep} from {date}", "anghydfod {rep} o {date}"),
    "export.done": (
        "Exported {records} record(s) and {deleted} deletion(s) to {path} ({sealed})",
        "Allforiwyd {records} cofnod a {deleted} dilead i {path} ({sealed})",
    ),
    "export.encrypted": ("encrypted", "wedi'i amgryptio"),
    "export.plain": ("NOT encrypted", "HEB ei amgryptio"),
    "identity.show": ("This installation: {id} {label}", "Y gosodiad hwn: {id} {label}"),
    "identity.peer": ("  exchanged with {id} {label} (last import {last})",
                      "  wedi cyfnewid gyda {id} {label} (mewnforio diwethaf {last})"),
    # spreadsheets and calendars
    "csv.exported": ("Wrote {count} entries to {path}", "Ysgrifennwyd {count} cofnod i {path}"),
    "csv.bad_row": ("  row {row}, column {column}: {rule}", "  rhes {row}, colofn {column}: {rule}"),
    "csv.refused": (
        "{count} row(s) are not valid; nothing was imported (use --skip-bad to import the others)",
        "nid yw {count} rhes yn ddilys; ni fewnforiwyd dim (defnyddiwch --skip-bad i fewnforio'r lleill)",
    ),
    "csv.summary": (
        "{added} entries to add, {same} already here, {bad} bad row(s)",
        "{added} cofnod i'w hychwanegu, {same} yma eisoes, {bad} rhes wael",
    ),
    "csv.imported": ("Imported {added} entries", "Mewnforiwyd {added} cofnod"),
    "csv.mapping": ("Columns: {mapping}", "Colofnau: {mapping}"),
    "ics.exported": ("Wrote {count} events to {path}", "Ysgrifennwyd {count} digwyddiad i {path}"),
    "ics.calendar": ("Facility time", "Amser cyfleuster"),
    "ics.calendar_rep": ("Facility time: {rep}", "Amser cyfleuster: {rep}"),
    "ics.summary": ("Facility time: {rep} — {category}", "Amser cyfleuster: {rep} — {category}"),
    "ics.description": (
        "{role}; {hours} h; {status}; ref. {reference}",
        "{role}; {hours} awr; {status}; cyf. {reference}",
    ),
    "status.draft": ("draft", "drafft"),
    "status.requested": ("requested", "gwnaed cais"),
    "status.approved": ("approved", "cymeradwywyd"),
    "status.refused": ("refused", "gwrthodwyd"),
    "status.withdrawn": ("withdrawn", "tynnwyd yn ôl"),
    "status.taken": ("taken", "cymerwyd"),
    "toil.earned": ("earned", "a enillwyd"),
    "toil.taken": ("taken", "a gymerwyd"),
}


def t(key: str, lang: str | None = None, **params: Any) -> str:
    en, cy = MESSAGES[key]
    template = cy if (lang or current_lang()) == "cy" else en
    return template.format(**params)


def _register_sync_messages() -> None:
    from unionrep.exchange.sync_messages import SYNC_MESSAGES

    MESSAGES.update(SYNC_MESSAGES)


_register_sync_messages()
