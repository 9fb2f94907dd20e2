"""What exchange tells the user (bundles, spreadsheets, calendars)."""

from __future__ import annotations

from unionrep.i18n.text import Text

# The calendar's events for disputes
ICS_TEXTS: dict[str, Text] = {
    "ics.dispute.response": Text(
        en="Response due: {stage} — {rep}",
        cy="Ymateb yn ddyledus: {stage} — {rep}",
    ),
    "ics.dispute.tribunal": Text(
        en="Last day to present a tribunal claim — {rep}",
        cy="Y diwrnod olaf i gyflwyno hawliad i'r tribiwnlys — {rep}",
    ),
    "ics.dispute.alarm_days": Text(en="{summary}: in {days_n}", cy="{summary}: ymhen {days_n}"),
    "ics.dispute.alarm_tomorrow": Text(en="{summary}: tomorrow", cy="{summary}: yfory"),
    "ics.dispute.alarm_today": Text(en="{summary}: today", cy="{summary}: heddiw"),
    "ics.dispute.raised": Text(en="Raised on {raised} with {whom}.", cy="Codwyd ar {raised} gyda {whom}."),
    "ics.dispute.raised_plain": Text(en="Raised on {raised}.", cy="Codwyd ar {raised}."),
}

# A spreadsheet's column headers, in the order of the exported columns
CSV_COLUMNS: dict[str, Text] = {
    "csv.column.id": Text(en="Id", cy="Id"),
    "csv.column.reference": Text(en="Reference", cy="Cyfeirnod"),
    "csv.column.rep_id": Text(en="Rep id", cy="Id cynrychiolydd"),
    "csv.column.rep": Text(en="Rep", cy="Cynrychiolydd"),
    "csv.column.employee_no": Text(en="Employee no", cy="Rhif cyflogai"),
    "csv.column.role": Text(en="Role", cy="Rôl"),
    "csv.column.category": Text(en="Category", cy="Categori"),
    "csv.column.date": Text(en="Date", cy="Dyddiad"),
    "csv.column.start": Text(en="Start", cy="Dechrau"),
    "csv.column.end": Text(en="End", cy="Diwedd"),
    "csv.column.minutes": Text(en="Minutes", cy="Munudau"),
    "csv.column.hours": Text(en="Hours", cy="Oriau"),
    "csv.column.status": Text(en="Status", cy="Statws"),
    "csv.column.paid": Text(en="Paid", cy="Â thâl"),
    "csv.column.purpose": Text(en="Purpose", cy="Diben"),
    "csv.column.location": Text(en="Location", cy="Lleoliad"),
    "csv.column.notice_on": Text(en="Notice given", cy="Rhybudd wedi'i roi"),
    "csv.column.case_ref": Text(en="Case ref", cy="Cyfeirnod achos"),
    "csv.column.conference": Text(en="Conference", cy="Cynhadledd"),
    "csv.column.political": Text(en="Political", cy="Gwleidyddol"),
    "csv.column.notes": Text(en="Notes", cy="Nodiadau"),
}

# What a table's record is called in messages
RECORD_NAMES: dict[str, Text] = {
    "record.reps": Text(en="rep", cy="cynrychiolydd"),
    "record.assignments": Text(en="role assignment", cy="aseiniad rôl"),
    "record.entries": Text(en="entry", cy="cofnod"),
    "record.extensions": Text(en="extension", cy="estyniad"),
    "record.toil": Text(en="TOIL record", cy="cofnod amser i ffwrdd yn lle"),
    "record.disputes": Text(en="dispute", cy="anghydfod"),
    "record.dispute_stages": Text(en="dispute stage", cy="cam anghydfod"),
    "record.rep_hours": Text(en="weekly hours", cy="oriau'r wythnos"),
}

# bundles, spreadsheets and calendars: what exchange tells the user
EXCHANGE_MESSAGES: dict[str, Text] = {
    # why a bundle is refused (docs/bundle-format.md lists the codes)
    "bundle.not_bundle": Text(
        en="this file is not a unionrep bundle",
        cy="nid bwndel unionrep yw'r ffeil hon",
    ),
    "bundle.truncated": Text(
        en="the bundle is incomplete: the file was cut short (copy it again from the original)",
        cy="mae'r bwndel yn anghyflawn: cafodd y ffeil ei thorri'n fyr (copïwch hi eto o'r gwreiddiol)",
    ),
    "bundle.trailing": Text(
        en="the bundle has {extra} bytes more than it should: it was changed after it was made",
        cy="mae gan y bwndel {extra} beit yn fwy nag y dylai: cafodd ei newid ar ôl ei greu",
    ),
    "bundle.newer": Text(
        en="the bundle is in format {version}, made by a newer unionrep; this one reads format "
           "{supported}: update unionrep",
        cy="mae'r bwndel yn fformat {version}, wedi'i greu gan fersiwn mwy newydd o unionrep; mae'r un "
           "hwn yn darllen fformat {supported}: diweddarwch unionrep",
    ),
    "bundle.older": Text(
        en="the bundle is in format {version}, which this unionrep no longer reads (it reads format "
           "{supported})",
        cy="mae'r bwndel yn fformat {version}, nad yw'r fersiwn hwn o unionrep yn ei ddarllen mwyach "
           "(mae'n darllen fformat {supported})",
    ),
    "bundle.header": Text(
        en="the bundle's header is not valid ({detail})",
        cy="nid yw pennawd y bwndel yn ddilys ({detail})",
    ),
    "bundle.header_damaged": Text(
        en="the bundle's header was damaged or changed",
        cy="cafodd pennawd y bwndel ei ddifrodi neu ei newid",
    ),
    "bundle.cipher": Text(
        en="the bundle is sealed with {cipher}, which this unionrep does not know",
        cy="mae'r bwndel wedi'i selio gyda {cipher}, nad yw'r fersiwn hwn o unionrep yn ei adnabod",
    ),
    "bundle.needs_passphrase": Text(
        en="the bundle is encrypted: give its passphrase",
        cy="mae'r bwndel wedi'i amgryptio: rhowch ei gyfrinymadrodd",
    ),
    "bundle.passphrase": Text(
        en="the passphrase is wrong for this bundle",
        cy="mae'r cyfrinymadrodd yn anghywir ar gyfer y bwndel hwn",
    ),
    "bundle.tampered": Text(
        en="the bundle was changed or damaged after it was made; nothing was imported",
        cy="cafodd y bwndel ei newid neu ei ddifrodi ar ôl ei greu; ni fewnforiwyd dim",
    ),
    "bundle.too_large": Text(
        en="the bundle's contents are larger than unionrep will open: its {packed} MB unpack to more than "
           "{limit} MB",
        cy="mae cynnwys y bwndel yn fwy nag y bydd unionrep yn ei agor: mae ei {packed} MB yn dadbacio i "
           "fwy na {limit} MB",
    ),
    "bundle.file_too_large": Text(
        en="{path} is {size} MB, larger than any bundle unionrep opens ({limit} MB at most)",
        cy="mae {path} yn {size} MB, yn fwy nag unrhyw fwndel y mae unionrep yn ei agor ({limit} MB ar y "
           "mwyaf)",
    ),
    "bundle.too_deep": Text(
        en="the bundle's contents are nested more deeply than any bundle unionrep writes",
        cy="mae cynnwys y bwndel wedi'u nythu'n ddyfnach nag unrhyw fwndel y mae unionrep yn ei ysgrifennu",
    ),
    "bundle.payload": Text(
        en="the bundle's contents do not follow format {version}: {where}: {rule}",
        cy="nid yw cynnwys y bwndel yn dilyn fformat {version}: {where}: {rule}",
    ),
    "bundle.own": Text(
        en="this bundle was made by this installation (or by a copy of its database); if this database "
           "was copied from another computer, give it an identity of its own: unionrep-cli exchange "
           "identity --new",
        cy="cafodd y bwndel hwn ei wneud gan y gosodiad hwn (neu gan gopi o'i gronfa ddata); os copïwyd "
           "y gronfa ddata hon o gyfrifiadur arall, rhowch hunaniaeth ei hun iddi: unionrep-cli exchange "
           "identity --new",
    ),
    "bundle.no_table": Text(
        en="the bundle holds {table}, which this database does not have: update unionrep",
        cy="mae'r bwndel yn cynnwys {table}, nad yw yn y gronfa ddata hon: diweddarwch unionrep",
    ),
    "bundle.record": Text(
        en="bundle refused: {record} {id}: {field}: {rule}",
        cy="gwrthodwyd y bwndel: {record} {id}: {field}: {rule}",
    ),
    "bundle.read": Text(en="cannot read {path}: {reason}", cy="methu darllen {path}: {reason}"),
    "passphrase.short": Text(en="must be at least {n} characters", cy="rhaid iddo fod o leiaf {n} nod"),
    "passphrase.mismatch": Text(
        en="the two passphrases differ; nothing was exported",
        cy="mae'r ddau gyfrinymadrodd yn wahanol; ni allforiwyd dim",
    ),
    "passphrase.prompt": Text(en="Bundle passphrase: ", cy="Cyfrinymadrodd y bwndel: "),
    "passphrase.again": Text(en="The same passphrase again: ", cy="Yr un cyfrinymadrodd eto: "),
    "plain.warning": Text(
        en="warning: {path} is NOT encrypted. It holds members' personal data (special category data "
           "under UK GDPR); keep it off e-mail and shared drives, and delete it once it has been "
           "imported.",
        cy="rhybudd: NID yw {path} wedi'i amgryptio. Mae'n cynnwys data personol aelodau (data categori "
           "arbennig o dan GDPR y DU); peidiwch â'i hanfon drwy e-bost na'i rhoi ar yriant a rennir. "
           "Dilëwch y ffeil ar ôl ei mewnforio.",
    ),
    "plain.imported": Text(
        en="note: this bundle was not encrypted",
        cy="nodyn: nid oedd y bwndel hwn wedi'i amgryptio",
    ),
    # import
    "import.unresolved": Text(
        en="{count} record(s) changed on both sides: choose with --resolve mine|theirs|ask; nothing was "
           "written",
        cy="newidiwyd {count} cofnod ar y ddwy ochr: dewiswch gyda --resolve mine|theirs|ask; ni "
           "ysgrifennwyd dim",
    ),
    "import.stale": Text(
        en="the database changed since the preview: preview the bundle again",
        cy="newidiodd y gronfa ddata ers y rhagolwg: dangoswch ragolwg o'r bwndel eto",
    ),
    "import.cancelled": Text(
        en="the import was cancelled; nothing was changed",
        cy="canslwyd y mewnforio; ni newidiwyd dim",
    ),
    "import.progress": Text(en="{stage}: {done} of {total}", cy="{stage}: {done} o {total}"),
    "import.stage.open": Text(en="Opening the bundle", cy="Agor y bwndel"),
    "import.stage.check": Text(en="Checking the records", cy="Gwirio'r cofnodion"),
    "import.stage.compare": Text(en="Looking for overlaps", cy="Chwilio am orgyffwrdd"),
    "import.stage.write": Text(en="Writing the records", cy="Ysgrifennu'r cofnodion"),
    "import.stage.audit": Text(en="Writing the audit trail", cy="Ysgrifennu'r trywydd archwilio"),
    "import.stage.save": Text(en="Saving", cy="Cadw"),
    "import.resolution": Text(
        en="{id}: the choice must be mine or theirs (not {value!r})",
        cy="{id}: rhaid i'r dewis fod yn mine neu theirs (nid {value!r})",
    ),
    "import.not_conflict": Text(
        en="{id} is not a record in conflict in this bundle",
        cy="nid yw {id} yn gofnod sy'n gwrthdaro yn y bwndel hwn",
    ),
    "import.heading": Text(
        en="Bundle from {origin}, made {created}: {added} to add, {changed} to change, {deleted} to "
           "delete, {conflicts} in conflict, {kept} newer here, {same} the same",
        cy="Bwndel gan {origin}, wedi'i wneud {created}: {added} i'w hychwanegu, {changed} i'w newid, "
           "{deleted} i'w dileu, {conflicts} yn gwrthdaro, {kept} yn fwy newydd yma, {same} yr un fath",
    ),
    "import.added": Text(en="  + add {what}", cy="  + ychwanegu {what}"),
    "import.changed": Text(en="  ~ change {what}: {fields}", cy="  ~ newid {what}: {fields}"),
    "import.deleted": Text(en="  - delete {what}", cy="  - dileu {what}"),
    "import.cascade": Text(
        en="  - delete {what} (it depends on {parent})",
        cy="  - dileu {what} (mae'n dibynnu ar {parent})",
    ),
    "import.restored": Text(
        en="  + keep {what} (kept with {parent})",
        cy="  + cadw {what} (wedi'i gadw gyda {parent})",
    ),
    "import.conflict": Text(en="  ! conflict: {what} — {kind}", cy="  ! gwrthdaro: {what} — {kind}"),
    "import.mine": Text(en="      here:  {fields}", cy="      yma:   {fields}"),
    "import.theirs": Text(en="      there: {fields}", cy="      yno:   {fields}"),
    "import.depends": Text(
        en="      {count} record(s) depend on it",
        cy="      mae {count} cofnod yn dibynnu arno",
    ),
    "import.gone": Text(en="(deleted)", cy="(wedi'i ddileu)"),
    "import.more": Text(en="  … and {count} more", cy="  … a {count} arall"),
    "import.ask": Text(en="Keep [m]ine, or take [t]heirs? ", cy="Cadw [m]y un i, neu gymryd [t]eu hun nhw? "),
    "import.done": Text(
        en="Imported: {added} added, {changed} changed, {deleted} deleted, {resolved} conflict(s) resolved",
        cy="Mewnforiwyd: {added} wedi'u hychwanegu, {changed} wedi'u newid, {deleted} wedi'u dileu, "
           "datryswyd {resolved} gwrthdaro",
    ),
    "import.dry_run": Text(en="Dry run: nothing was written.", cy="Rhediad prawf: ni ysgrifennwyd dim."),
    "import.nothing": Text(
        en="Nothing to import: this database already has everything in the bundle.",
        cy="Dim i'w fewnforio: mae gan y gronfa ddata hon bopeth yn y bwndel eisoes.",
    ),
    "conflict.both-changed": Text(en="changed here and there", cy="newidiwyd yma ac yno"),
    "conflict.changed-here-deleted-there": Text(
        en="changed here, deleted there",
        cy="newidiwyd yma, dilëwyd yno",
    ),
    "conflict.deleted-here-changed-there": Text(
        en="deleted here, changed there",
        cy="dilëwyd yma, newidiwyd yno",
    ),
    "conflict.deleted-with-dependants": Text(
        en="deleted on one side while the other added records that depend on it",
        cy="dilëwyd ar un ochr tra ychwanegodd y llall gofnodion sy'n dibynnu arno",
    ),
    "conflict.same-version": Text(
        en="two different records carry the same version (was a database copied?)",
        cy="mae dau gofnod gwahanol yn dwyn yr un fersiwn (a gopïwyd cronfa ddata?)",
    ),
    "describe.reps": Text(en="rep {name}", cy="cynrychiolydd {name}"),
    "describe.entries": Text(
        en="entry {ref}: {rep}, {date}, {hours} {category} ({status})",
        cy="cofnod {ref}: {rep}, {date}, {hours} {category} ({status})",
    ),
    "describe.assignments": Text(en="role {role} of {rep} from {start}", cy="rôl {role} {rep} o {start}"),
    "describe.extensions": Text(en="extension {case} of {rep}", cy="estyniad {case} {rep}"),
    "describe.toil": Text(
        en="TOIL {kind} {hours} on {date} for {rep}",
        cy="amser i ffwrdd yn lle {kind} {hours} ar {date} i {rep}",
    ),
    "describe.disputes": Text(en="dispute of {rep} from {date}", cy="anghydfod {rep} o {date}"),
    "describe.rep_hours": Text(
        en="{hours} a week for {rep} from {date}",
        cy="{hours} yr wythnos i {rep} o {date}",
    ),
    "import.overlap": Text(
        en="! {what} overlaps or repeats {other}: the time may be counted twice (it is imported all the "
           "same, and listed under flags)",
        cy="! mae {what} yn gorgyffwrdd â {other} neu'n ei ailadrodd: gall yr amser gael ei gyfrif "
           "ddwywaith (caiff ei fewnforio er hynny, a'i restru dan y baneri)",
    ),
    "export.done": Text(
        en="Exported {records} record(s) and {deleted} deletion(s) to {path} ({sealed})",
        cy="Allforiwyd {records} cofnod a {deleted} dilead i {path} ({sealed})",
    ),
    "export.encrypted": Text(en="encrypted", cy="wedi'i amgryptio"),
    "export.plain": Text(en="NOT encrypted", cy="HEB ei amgryptio"),
    "identity.show": Text(en="This installation: {id} {label}", cy="Y gosodiad hwn: {id} {label}"),
    "identity.peer": Text(
        en="  exchanged with {id} {label} (last import {last})",
        cy="  wedi cyfnewid gyda {id} {label} (mewnforio diwethaf {last})",
    ),
    # spreadsheets and calendars
    "csv.exported": Text(en="Wrote {count} entries to {path}", cy="Ysgrifennwyd {count} cofnod i {path}"),
    "csv.bad_row": Text(
        en="  row {row}, column {column}: {rule}",
        cy="  rhes {row}, colofn {column}: {rule}",
    ),
    "csv.refused": Text(
        en="{count} row(s) are not valid; nothing was imported (use --skip-bad to import the others)",
        cy="nid yw {count} rhes yn ddilys; ni fewnforiwyd dim (defnyddiwch --skip-bad i fewnforio'r lleill)",
    ),
    "csv.summary": Text(
        en="{added} entries to add, {same} already here, {bad} bad row(s)",
        cy="{added} cofnod i'w hychwanegu, {same} yma eisoes, {bad} rhes wael",
    ),
    "csv.imported": Text(en="Imported {added} entries", cy="Mewnforiwyd {added} cofnod"),
    "csv.mapping": Text(en="Columns: {mapping}", cy="Colofnau: {mapping}"),
    "ics.exported": Text(en="Wrote {count} events to {path}", cy="Ysgrifennwyd {count} digwyddiad i {path}"),
    "ics.calendar": Text(en="Facility time", cy="Amser cyfleuster"),
    "ics.calendar_rep": Text(en="Facility time: {rep}", cy="Amser cyfleuster: {rep}"),
    "ics.summary": Text(en="Facility time: {rep} — {category}", cy="Amser cyfleuster: {rep} — {category}"),
    "ics.description": Text(
        en="{role}; {hours} h; {status}; ref. {reference}",
        cy="{role}; {hours} awr; {status}; cyf. {reference}",
    ),
    "toil.earned": Text(en="earned", cy="a enillwyd"),
    "toil.taken": Text(en="taken", cy="a gymerwyd"),
}


# A round with the branch's shared folder (unionrep.exchange.sync)
SYNC_MESSAGES: dict[str, Text] = {
    "sync.skip.incomplete": Text(
        en="still arriving (the file is cut short); it is read on a later round once whole",
        cy="yn dal i gyrraedd (mae'r ffeil wedi'i thorri'n fyr); caiff ei darllen mewn rownd arall pan "
           "fydd yn gyfan",
    ),
    "sync.skip.not_sync": Text(
        en="not a unionrep sync file",
        cy="nid ffeil gysoni unionrep yw hon",
    ),
    "sync.skip.newer": Text(
        en="made by a newer unionrep (format {version}; this one reads format {supported}): update "
           "unionrep",
        cy="wedi'i gwneud gan fersiwn mwy newydd o unionrep (fformat {version}; mae'r un hwn yn darllen "
           "fformat {supported}): diweddarwch unionrep",
    ),
    "sync.skip.damaged": Text(
        en="damaged or changed after it was written",
        cy="wedi'i difrodi neu ei newid ar ôl ei hysgrifennu",
    ),
    "sync.skip.signature": Text(
        en="its signature does not match: it was changed after it was written",
        cy="nid yw ei llofnod yn cyfateb: cafodd ei newid ar ôl ei hysgrifennu",
    ),
    "sync.skip.untrusted": Text(
        en="from an installation not trusted here (fingerprint {fingerprint}); check the fingerprint with "
           "its owner, then: unionrep-cli exchange trust {fingerprint}",
        cy="gan osodiad nad yw'n cael ei drystio yma (ôl bys {fingerprint}); gwiriwch yr ôl bys gyda'i "
           "berchennog, yna: unionrep-cli exchange trust {fingerprint}",
    ),
    "sync.skip.other_key": Text(
        en="signed with another key than the one trusted for this installation (fingerprint {fingerprint})",
        cy="wedi'i llofnodi ag allwedd wahanol i'r un a drystir ar gyfer y gosodiad hwn (ôl bys "
           "{fingerprint})",
    ),
    "sync.skip.copy": Text(
        en="a copy the sync service made; nothing in it is applied twice (the original is read instead)",
        cy="copi a wnaeth y gwasanaeth cysoni; ni chymhwysir dim ynddo ddwywaith (darllenir y gwreiddiol "
           "yn lle)",
    ),
    "sync.skip.waiting": Text(
        en="waits for file {missing} of the same installation, which has not arrived yet",
        cy="yn aros am ffeil {missing} yr un gosodiad, nad yw wedi cyrraedd eto",
    ),
    "sync.skip.wrong_place": Text(
        en="its header names another installation or number than its folder and name",
        cy="mae ei phennawd yn enwi gosodiad neu rif gwahanol i'w ffolder a'i henw",
    ),
    "sync.skip.stale": Text(
        en="the database changed during the round; it is applied on the next round",
        cy="newidiodd y gronfa ddata yn ystod y rownd; caiff ei chymhwyso yn y rownd nesaf",
    ),
    "sync.skip.twin": Text(
        en="in this installation's folder but not written by this database: it was restored from a backup "
           "(then all is well: numbers go on after it), or copied to another computer (then give the copy "
           "an identity of its own there: unionrep-cli exchange identity --new)",
        cy="yn ffolder y gosodiad hwn ond heb ei hysgrifennu gan y gronfa ddata hon: cafodd ei hadfer o "
           "gopi wrth gefn (popeth yn iawn felly: mae'r rhifau'n parhau ar ei hôl), neu ei chopïo i "
           "gyfrifiadur arall (rhowch hunaniaeth ei hun i'r copi yno felly: unionrep-cli exchange "
           "identity --new)",
    ),
    "sync.skip.held": Text(
        en="held back: {count} conflict(s) to resolve first",
        cy="wedi'i dal yn ôl: {count} gwrthdaro i'w datrys yn gyntaf",
    ),
    "sync.done": Text(
        en="Sent {sent} record(s) in {files} file(s); received {received} change(s) from {applied} file(s)",
        cy="Anfonwyd {sent} cofnod mewn {files} ffeil; derbyniwyd {received} newid o {applied} ffeil",
    ),
    "sync.in_step": Text(
        en="In step with the branch: nothing to send or receive",
        cy="Yn gyson â'r gangen: dim i'w anfon na'i dderbyn",
    ),
    "sync.removed": Text(
        en="Removed {count} file(s) of this installation that every trusted peer has applied",
        cy="Tynnwyd {count} ffeil o'r gosodiad hwn y mae pob gosodiad a drystir wedi'u cymhwyso",
    ),
    "sync.skipped": Text(
        en="  skipped {file}: {why}",
        cy="  hepgorwyd {file}: {why}",
    ),
    "sync.conflicts": Text(
        en="{count} conflict(s) to resolve, from {peer}: unionrep-cli sync FOLDER --resolve mine|theirs, "
           "or open unionrep",
        cy="{count} gwrthdaro i'w datrys, gan {peer}: unionrep-cli sync FOLDER --resolve mine|theirs, neu "
           "agorwch unionrep",
    ),
    "identity.fingerprint": Text(
        en="Fingerprint: {fingerprint}",
        cy="Ôl bys: {fingerprint}",
    ),
    "trust.done": Text(
        en="Trusted {label} ({id}), fingerprint {fingerprint}",
        cy="Yn trystio {label} ({id}), ôl bys {fingerprint}",
    ),
    "trust.withdrawn": Text(
        en="No longer trusting {label} ({id}), fingerprint {fingerprint}: its files are skipped from the "
           "next round on. Nothing already applied from it is removed. To trust it again: unionrep-cli "
           "exchange trust {fingerprint}",
        cy="Dim yn trystio {label} ({id}) mwyach, ôl bys {fingerprint}: caiff ei ffeiliau eu hepgor o'r "
           "rownd nesaf ymlaen. Ni chaiff dim a gymhwyswyd ohono eisoes ei ddileu. I'w drystio eto: "
           "unionrep-cli exchange trust {fingerprint}",
    ),
    "trust.peer": Text(
        en="  {fingerprint}  {id}  {label}  {state}",
        cy="  {fingerprint}  {id}  {label}  {state}",
    ),
    "trust.trusted": Text(
        en="trusted",
        cy="yn cael ei drystio",
    ),
    "trust.untrusted": Text(
        en="not trusted",
        cy="heb ei drystio",
    ),
    "trust.none": Text(
        en="No other installation has been seen in a branch folder yet",
        cy="Ni welwyd unrhyw osodiad arall mewn ffolder cangen eto",
    ),
}
