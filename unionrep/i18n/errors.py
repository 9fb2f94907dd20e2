"""The errors' words. An error carries its English template and its parameters (gettext style: the
English is the key); ERRORS gives each template its Welsh, with the same {placeholders}.
tests/core/test_error_catalogue.py walks the source and fails on a rule with no Welsh here."""

from __future__ import annotations

from unionrep.i18n.errors_rules import RULE_ERRORS
from unionrep.i18n.text import Text

# What NotFoundError says, by the kind of record
NOT_FOUND: dict[str, Text] = {
    "not_found.rep": Text(en="rep not found: {key}", cy="heb ddod o hyd i gynrychiolydd: {key}"),
    "not_found.entry": Text(en="entry not found: {key}", cy="heb ddod o hyd i gofnod: {key}"),
    "not_found.dispute": Text(en="dispute not found: {key}", cy="heb ddod o hyd i anghydfod: {key}"),
    "not_found.dispute stage": Text(
        en="dispute stage not found: {key}",
        cy="heb ddod o hyd i gam anghydfod: {key}",
    ),
    "not_found.role assignment": Text(
        en="role assignment not found: {key}",
        cy="heb ddod o hyd i aseiniad rôl: {key}",
    ),
    "not_found.extension": Text(en="extension not found: {key}", cy="heb ddod o hyd i estyniad: {key}"),
    "not_found.TOIL record": Text(
        en="TOIL record not found: {key}",
        cy="heb ddod o hyd i gofnod amser i ffwrdd yn lle: {key}",
    ),
    "not_found.backup": Text(en="backup not found: {key}", cy="heb ddod o hyd i gopi wrth gefn: {key}"),
}

# What a policy profile's error begins with
ERROR_WORDS: dict[str, Text] = {
    "error.profile_prefix": Text(en="policy profile", cy="proffil polisi"),
}

# Every error template, English then Welsh: the core's rules (errors_rules), then the shells', the
# files' and the exchanges'
ERRORS: tuple[Text, ...] = (
    *RULE_ERRORS,
    # command line
    Text(en="give --hours or --start/--end, not both", cy="rhowch --hours neu --start/--end, nid y ddau"),
    Text(
        en="give --hours H, or both --start HH:MM and --end HH:MM",
        cy="rhowch --hours H, neu --start HH:MM a --end HH:MM ill dau",
    ),
    Text(en="must be in whole pence", cy="rhaid iddo fod mewn ceiniogau cyfan"),
    Text(en="give --scp or --hourly-rate, not both", cy="rhowch --scp neu --hourly-rate, nid y ddau"),
    Text(en="name at least one field to change", cy="enwch o leiaf un maes i'w newid"),
    Text(en="is for a .csv file (not {fmt})", cy="mae ar gyfer ffeil .csv (nid {fmt})"),
    Text(
        en="add --yes to delete without being asked (there is no terminal to ask on); 'unionrep-cli "
           "undo' puts a deleted entry back",
        cy="ychwanegwch --yes i ddileu heb i chi gael eich holi (nid oes terfynell i ofyn arni); mae "
           "'unionrep-cli undo' yn rhoi cofnod a ddilëwyd yn ôl",
    ),
    Text(en="must be one of {choices}", cy="rhaid iddo fod yn un o {choices}"),
    Text(en="{text!r} is not an amount of money", cy="nid yw {text!r} yn swm o arian"),
    Text(en="{text!r} is not a whole number", cy="nid yw {text!r} yn rhif cyfan"),
    Text(
        en="a database already exists at {path}; nothing changed",
        cy="mae cronfa ddata eisoes yn {path}; dim wedi newid",
    ),
    Text(
        en="no database at {path}; create one with 'unionrep-cli init'",
        cy="dim cronfa ddata yn {path}; crëwch un gyda 'unionrep-cli init'",
    ),
    Text(en="{year} is outside the years 1990–2100", cy="mae {year} y tu allan i'r blynyddoedd 1990–2100"),
    Text(en="{text!r} is not a number", cy="nid yw {text!r} yn rhif"),
    Text(en="must be between 1 and 24", cy="rhaid iddo fod rhwng 1 a 24"),
    Text(
        en="Day A (ACAS received the notification) is needed with --acas-b",
        cy="mae angen Diwrnod A (y diwrnod y cafodd ACAS yr hysbysiad) gyda --acas-b",
    ),
    Text(en="cannot write {path}: {reason}", cy="methu ysgrifennu {path}: {reason}"),
    Text(en="must end in {wanted} (not {name!r})", cy="rhaid iddo orffen gyda {wanted} (nid {name!r})"),
    Text(en="must be more than £0", cy="rhaid iddo fod yn fwy na £0"),
    Text(en="no such folder: {folder}", cy="dim ffolder o'r fath: {folder}"),
    Text(en="{path} is a folder", cy="ffolder yw {path}"),
    Text(
        en="{path} already exists; add --force to replace it",
        cy="mae {path} yn bodoli eisoes; ychwanegwch --force i'w disodli",
    ),
    Text(en="cannot use {text!r}: {reason}", cy="methu defnyddio {text!r}: {reason}"),
    Text(
        en="{text!r} is not a year, e.g. 2025 for 2025/26",
        cy="nid yw {text!r} yn flwyddyn, e.e. 2025 ar gyfer 2025/26",
    ),
    Text(en="{text!r} is not a step number (1, 2, 3 …)", cy="nid yw {text!r} yn rhif cam (1, 2, 3 …)"),
    Text(en="the two passphrases differ", cy="mae'r ddau gyfrinymadrodd yn wahanol"),
    Text(en="no answer given; nothing was written", cy="ni roddwyd ateb; ni ysgrifennwyd dim"),
    # store, backups, encryption
    Text(
        en="{path} already exists; choose a new name",
        cy="mae {path} yn bodoli eisoes; dewiswch enw newydd",
    ),
    Text(en="no backup file at {path}", cy="dim ffeil copi wrth gefn yn {path}"),
    Text(
        en="is the database itself; choose a backup",
        cy="dyma'r gronfa ddata ei hun; dewiswch gopi wrth gefn",
    ),
    Text(
        en="an in-memory database has no file to back up",
        cy="nid oes ffeil i'w chopïo wrth gefn gan gronfa ddata yn y cof",
    ),
    Text(
        en="{path} is the database itself; choose another file",
        cy="{path} yw'r gronfa ddata ei hun; dewiswch ffeil arall",
    ),
    Text(
        en="{path} is the database's {suffix} file; choose another file",
        cy="{path} yw ffeil {suffix} y gronfa ddata; dewiswch ffeil arall",
    ),
    Text(
        en="{path} is in the database's backups folder {folder}; choose another folder",
        cy="mae {path} yn ffolder copïau wrth gefn y gronfa ddata {folder}; dewiswch ffolder arall",
    ),
    Text(
        en="the file says it is UTF-16 but is not; save it as CSV UTF-8 and try again",
        cy="mae'r ffeil yn dweud mai UTF-16 yw hi ond nid yw; cadwch hi fel CSV UTF-8 a rhowch gynnig "
           "arall",
    ),
    Text(en="row {row}: a cell is longer than {limit:,} characters",
         cy="rhes {row}: mae cell yn hirach na {limit:,} nod"),
    Text(en="row {row} cannot be read as CSV ({reason})",
         cy="ni ellir darllen rhes {row} fel CSV ({reason})"),
    Text(
        en="must not contain the control character {char} (character {n})",
        cy="ni chaiff gynnwys y nod rheoli {char} (nod {n})",
    ),
    Text(en="must be at least {n} characters", cy="rhaid iddo fod o leiaf {n} nod"),
    Text(en="must not contain a NUL character", cy="ni chaiff gynnwys nod NUL"),
    Text(en="{path} is already encrypted", cy="mae {path} wedi'i amgryptio eisoes"),
    Text(
        en="{path} is empty; 'unionrep-cli init' makes an encrypted one",
        cy="mae {path} yn wag; mae 'unionrep-cli init' yn creu un wedi'i hamgryptio",
    ),
    Text(
        en="{path} is not encrypted; encrypt it with 'unionrep-cli encrypt'",
        cy="nid yw {path} wedi'i amgryptio; amgryptiwch hi gyda 'unionrep-cli encrypt'",
    ),
    Text(
        en="give the new passphrase (set {env}, or run the command in a terminal to be asked)",
        cy="rhowch y cyfrinymadrodd newydd (gosodwch {env}, neu rhedwch y gorchymyn mewn terfynell i "
           "gael eich holi)",
    ),
    # exchange
    Text(en="{end} is before --from {start}", cy="mae {end} cyn --from {start}"),
    Text(
        en="is empty (give hours, minutes, or start and end)",
        cy="mae'n wag (rhowch oriau, munudau, neu ddechrau a gorffen)",
    ),
    Text(en="{text!r} is not yes or no", cy="nid yw {text!r} yn ie neu na"),
    Text(en="the spreadsheet is empty", cy="mae'r daenlen yn wag"),
    Text(
        en="no column for {missing}: name it with --map {first}=HEADER (the file has {headers})",
        cy="dim colofn ar gyfer {missing}: enwch hi gyda --map {first}=PENNAWD (mae gan y ffeil {headers})",
    ),
    Text(
        en="no rep {name!r} here (add the rep first)",
        cy="dim cynrychiolydd {name!r} yma (ychwanegwch y cynrychiolydd yn gyntaf)",
    ),
    Text(
        en="is empty, and {rep} holds {roles} on {date}",
        cy="mae'n wag, ac mae gan {rep} y rolau {roles} ar {date}",
    ),
    Text(
        en="is empty, and {rep} holds no role on {date}",
        cy="mae'n wag, ac nid oes gan {rep} rôl ar {date}",
    ),
    Text(en="is empty", cy="mae'n wag"),
    Text(
        en="{count} row(s) are not valid; nothing was imported",
        cy="nid yw {count} rhes yn ddilys; ni fewnforiwyd dim",
    ),
    Text(en="{value!r} is not FIELD=HEADER", cy="nid yw {value!r} yn MAES=PENNAWD"),
    Text(
        en="{value!r} is not a field of an entry ({choices})",
        cy="nid yw {value!r} yn faes cofnod ({choices})",
    ),
    Text(
        en="the file has no column {header!r} (it has {headers})",
        cy="nid oes colofn {header!r} yn y ffeil (mae ganddi {headers})",
    ),
    Text(
        en="{name!r} names {count} reps: give the employee number",
        cy="mae {name!r} yn enwi {count} cynrychiolydd: rhowch y rhif cyflogai",
    ),
    Text(
        en="{text!r} is not a real date (day/month/year)",
        cy="nid yw {text!r} yn ddyddiad go iawn (diwrnod/mis/blwyddyn)",
    ),
    Text(en="is a record of {table} here", cy="mae'n gofnod yn {table} yma"),
    Text(
        en="{id} is not a record in conflict in this bundle",
        cy="nid yw {id} yn gofnod sy'n gwrthdaro yn y bwndel hwn",
    ),
    Text(
        en="{id}: the choice must be mine or theirs (not {value!r})",
        cy="{id}: rhaid i'r dewis fod yn mine neu theirs (nid {value!r})",
    ),
    Text(en="the database refused it ({detail})", cy="gwrthododd y gronfa ddata ef ({detail})"),
    Text(
        en="other records still refer to it ({detail})",
        cy="mae cofnodion eraill yn dal i gyfeirio ato ({detail})",
    ),
    Text(en="a value cannot be read ({detail})", cy="ni ellir darllen gwerth ({detail})"),
    Text(
        en="refers to {id}, which is not a record of {table} here nor in the bundle",
        cy="mae'n cyfeirio at {id}, nad yw'n gofnod yn {table} yma nac yn y bwndel",
    ),
    Text(
        en="overlaps the {role} role held from {start}",
        cy="mae'n gorgyffwrdd â'r rôl {role} a ddelir o {start}",
    ),
    Text(
        en="{value} is already used by {holder}",
        cy="mae {value} eisoes yn cael ei ddefnyddio gan {holder}",
    ),
    Text(en="must have a value", cy="rhaid iddo gael gwerth"),
    Text(en="{value!r} is not {kind}", cy="nid yw {value!r} yn {kind}"),
    Text(
        en="refers to {id}, which the import would delete",
        cy="mae'n cyfeirio at {id}, y byddai'r mewnforio yn ei ddileu",
    ),
    # documents
    Text(en="must be pdf or csv (not {value!r})", cy="rhaid iddo fod yn pdf neu csv (nid {value!r})"),
    Text(en="the setting names no image file: {path}", cy="nid yw'r gosodiad yn enwi ffeil delwedd: {path}"),
    Text(
        en="the setting {value!r} is not an amount of money",
        cy="nid yw'r gosodiad {value!r} yn swm o arian",
    ),
    Text(
        en="must be a year from 1990 to 2099 (not {value!r})",
        cy="rhaid iddo fod yn flwyddyn o 1990 i 2099 (nid {value!r})",
    ),
    Text(
        en="the dispute is at step {stage}; a letter can be made for a step already raised (0 to "
           "{stage}) or the next one ({next})",
        cy="mae'r anghydfod yng ngham {stage}; gellir gwneud llythyr ar gyfer cam a godwyd eisoes (0 i "
           "{stage}) neu'r un nesaf ({next})",
    ),
    Text(
        en="must be a step of the {kind} ladder, 0 to {last}",
        cy="rhaid iddo fod yn gam ar ysgol {kind}, 0 i {last}",
    ),
    Text(
        en="the Employment Tribunal step has no letter: a claim (form ET1) follows ACAS early conciliation",
        cy="nid oes llythyr ar gyfer cam y Tribiwnlys Cyflogaeth: mae hawliad (ffurflen ET1) yn dilyn "
           "cymodi cynnar ACAS",
    ),
    # (templates with an apostrophe)
    Text(en="the entry is {owner}'s, not {rep}'s", cy="mae'r cofnod yn perthyn i {owner}, nid i {rep}"),
    Text(en="must be 'role:ID' or 'category:ID'", cy="rhaid iddo fod yn 'role:ID' neu 'category:ID'"),
    Text(
        en="this database has no policy profile; run 'unionrep-cli init'",
        cy="nid oes proffil polisi yn y gronfa ddata hon; rhedwch 'unionrep-cli init'",
    ),
    Text(en="{value!r} is not a record's id", cy="nid yw {value!r} yn id cofnod"),
    # undo and redo (unionrep.app.history, unionrep.cli.history)
    Text(en="there is nothing to undo", cy="does dim i'w ddadwneud"),
    Text(en="there is nothing to redo", cy="does dim i'w ail-wneud"),
    Text(en="no change {id} in the history", cy="dim newid {id} yn yr hanes"),
    Text(
        en="“{action}” ({id}) cannot be {done} now: it is {state}",
        cy="ni ellir {done} “{action}” ({id}) nawr: mae'n {state}",
    ),
    Text(
        en="has been changed since “{action}”, so that step cannot be taken back or done again",
        cy="mae wedi newid ers “{action}”, felly ni ellir dadwneud na hail-wneud y cam hwnnw",
    ),
    Text(
        en="the entry for {date} has a dispute, which rests on the entry as it is now; record the "
           "dispute's outcome instead",
        cy="mae anghydfod ar y cofnod ar gyfer {date}, sy'n dibynnu ar y cofnod fel y mae nawr; "
           "cofnodwch ganlyniad yr anghydfod yn lle hynny",
    ),
    Text(
        en="the dispute has moved on since it was opened ({changes}), so it stays on record with the "
           "refusal; record its outcome instead",
        cy="mae'r anghydfod wedi symud ymlaen ers ei agor ({changes}), felly mae'n aros ar gofnod gyda'r "
           "gwrthodiad; cofnodwch ei ganlyniad yn lle hynny",
    ),
    Text(
        en="{rep} has roles or records added since; take those back first",
        cy="mae gan {rep} rolau neu gofnodion a ychwanegwyd wedyn; dadwnewch y rheini yn gyntaf",
    ),
    Text(en="must be from 1 to 500", cy="rhaid iddo fod rhwng 1 a 500"),
    Text(
        en="other records rest on it now; take those back first",
        cy="mae cofnodion eraill yn dibynnu arno nawr; dadwnewch y rheini yn gyntaf",
    ),
    # the branch folder (unionrep.exchange.sync)
    Text(
        en="{path} is not a folder",
        cy="nid yw {path} yn ffolder",
    ),
    Text(
        en="must be mine or theirs",
        cy="rhaid iddo fod yn mine neu theirs",
    ),
    Text(
        en="no installation with the id or fingerprint {key} has been seen in the branch folder (run "
           "unionrep-cli sync FOLDER first)",
        cy="ni welwyd unrhyw osodiad â'r id neu'r ôl bys {key} yn ffolder y gangen (rhedwch unionrep-cli "
           "sync FOLDER yn gyntaf)",
    ),
    Text(
        en="cannot write {path}: a file of that name is already there",
        cy="ni ellir ysgrifennu {path}: mae ffeil o'r enw hwnnw yno eisoes",
    ),
    Text(
        en="{key} fits more than one installation: give the whole fingerprint",
        cy="mae {key} yn cyfateb i fwy nag un gosodiad: rhowch yr ôl bys cyfan",
    ),
    Text(
        en="{key} is not trusted here: there is no trust to withdraw",
        cy="nid yw {key} yn cael ei drystio yma: nid oes ymddiriedaeth i'w thynnu'n ôl",
    ),
)


# the Welsh of each English template
ERRORS_CY: dict[str, str] = {error.en: error.cy for error in ERRORS}
