"""The Welsh of the errors' rule templates, keyed by the English template word for word (see
messages_errors). Keep the {placeholders} as they are in the English."""

from __future__ import annotations

ERRORS_CY: dict[str, str] = {
    # command line
    "give --hours or --start/--end, not both": "rhowch --hours neu --start/--end, nid y ddau",
    "give --hours H, or both --start HH:MM and --end HH:MM":
        "rhowch --hours H, neu --start HH:MM a --end HH:MM ill dau",
    "must be in whole pence": "rhaid iddo fod mewn ceiniogau cyfan",
    "give --scp or --hourly-rate, not both": "rhowch --scp neu --hourly-rate, nid y ddau",
    "name at least one field to change": "enwch o leiaf un maes i'w newid",
    "is for a .csv file (not {fmt})": "mae ar gyfer ffeil .csv (nid {fmt})",
    "add --yes to delete without being asked (there is no terminal to ask on); 'unionrep-cli undo' puts "
    "a deleted entry back":
        "ychwanegwch --yes i ddileu heb i chi gael eich holi (nid oes terfynell i ofyn arni); mae "
        "'unionrep-cli undo' yn rhoi cofnod a ddilëwyd yn ôl",
    "must be one of {choices}": "rhaid iddo fod yn un o {choices}",
    "is not a whole number of minutes": "nid yw'n nifer cyfan o funudau",
    "{text!r} is not an amount of money": "nid yw {text!r} yn swm o arian",
    "{text!r} is not a whole number": "nid yw {text!r} yn rhif cyfan",
    "a database already exists at {path}; nothing changed":
        "mae cronfa ddata eisoes yn {path}; dim wedi newid",
    "no database at {path}; create one with 'unionrep-cli init'":
        "dim cronfa ddata yn {path}; crëwch un gyda 'unionrep-cli init'",
    "{year} is outside the years 1990–2100": "mae {year} y tu allan i'r blynyddoedd 1990–2100",
    "{text!r} is not a number": "nid yw {text!r} yn rhif",
    "must be between 1 and 24": "rhaid iddo fod rhwng 1 a 24",
    "Day A (ACAS received the notification) is needed with --acas-b":
        "mae angen Diwrnod A (y diwrnod y cafodd ACAS yr hysbysiad) gyda --acas-b",
    "cannot write {path}: {reason}": "methu ysgrifennu {path}: {reason}",
    "must end in {wanted} (not {name!r})": "rhaid iddo orffen gyda {wanted} (nid {name!r})",
    "must be more than £0": "rhaid iddo fod yn fwy na £0",
    "no such folder: {folder}": "dim ffolder o'r fath: {folder}",
    "{path} is a folder": "ffolder yw {path}",
    "{path} already exists; add --force to replace it":
        "mae {path} yn bodoli eisoes; ychwanegwch --force i'w disodli",
    "cannot use {text!r}: {reason}": "methu defnyddio {text!r}: {reason}",
    "{text!r} is not a year, e.g. 2025 for 2025/26":
        "nid yw {text!r} yn flwyddyn, e.e. 2025 ar gyfer 2025/26",
    "{text!r} is not a step number (0, 1, 2 …)": "nid yw {text!r} yn rhif cam (0, 1, 2 …)",
    "the two passphrases differ": "mae'r ddau gyfrinymadrodd yn wahanol",
    "no answer given; nothing was written": "ni roddwyd ateb; ni ysgrifennwyd dim",
    "{text!r} is not a year": "nid yw {text!r} yn flwyddyn",
    # deadlines and disputes
    "the time limit must be at least 1 month": "rhaid i'r terfyn amser fod o leiaf 1 mis",
    "Day A (ACAS received the notification) is needed when Day B is given":
        "mae angen Diwrnod A (y diwrnod y cafodd ACAS yr hysbysiad) pan roddir Diwrnod B",
    ("Day B (certificate received, {day_b}) cannot be before Day A (ACAS received the notification, "
     "{day_a})"):
        ("ni all Diwrnod B (cael y dystysgrif, {day_b}) fod cyn Diwrnod A (y diwrnod y cafodd ACAS yr "
         "hysbysiad, {day_a})"),
    "a time limit must be at least 1 month": "rhaid i derfyn amser fod o leiaf 1 mis",
    "two time limits take effect on {day}": "mae dau derfyn amser yn dod i rym ar {day}",
    "{day!r} is not a date": "nid yw {day!r} yn ddyddiad",
    "{day} is outside the years 1990–2100": "mae {day} y tu allan i'r blynyddoedd 1990–2100",
    "must be text": "rhaid iddo fod yn destun",
    "must be at most {limit:,} characters": "rhaid iddo fod yn {limit:,} nod ar y mwyaf",
    "must be one of {choices} (not {value!r})": "rhaid iddo fod yn un o {choices} (nid {value!r})",
    "{day} is before the failure date {failure}": "mae {day} cyn dyddiad y methiant {failure}",
    "{id} is closed ({outcome}); reopen it first": "mae {id} ar gau ({outcome}); ailagorwch ef yn gyntaf",
    "the dispute is already at {stage}, the last step; record the outcome instead":
        "mae'r anghydfod eisoes wedi cyrraedd {stage}, y cam olaf; cofnodwch y canlyniad yn lle hynny",
    "{day} is before the current step was raised on {raised}":
        "mae {day} cyn i'r cam presennol gael ei godi ar {raised}",
    "{day} is before the step was raised on {raised}": "mae {day} cyn i'r cam gael ei godi ar {raised}",
    "this step already has a response recorded on {day}; give a new response or an outcome":
        "mae ymateb eisoes wedi'i gofnodi ar gyfer y cam hwn ar {day}; rhowch ymateb newydd neu ganlyniad",
    "{id} is open already": "mae {id} ar agor eisoes",
    "cannot be edited here (only {choices})": "ni ellir ei olygu yma (dim ond {choices})",
    "{key!r} matches {count} disputes; give more of the id":
        "mae {key!r} yn cyfateb i {count} anghydfod; rhowch fwy o'r id",
    "give the refused entry, or the rep for a complaint under clause 22.1":
        "rhowch y cofnod a wrthodwyd, neu'r cynrychiolydd ar gyfer cwyn dan gymal 22.1",
    "a refusal dispute opens from the refused entry; without one it is a complaint under clause 22.1":
        "mae anghydfod am wrthod yn agor o'r cofnod a wrthodwyd; hebddo, cwyn dan gymal 22.1 ydyw",
    "{day} is before the request was made on {asked}": "mae {day} cyn i'r cais gael ei wneud ar {asked}",
    "is {status}; only a requested or refused entry can be disputed as a refusal":
        ("ei statws yw {status}; dim ond cofnod y gwnaed cais amdano neu a wrthodwyd y gellir dadlau yn ei "
         "gylch fel gwrthodiad"),
    "already has an open dispute ({id})": "mae ganddo anghydfod agored eisoes ({id})",
    "the certificate date {day_b} is before Day A {day_a}":
        "mae dyddiad y dystysgrif {day_b} cyn Diwrnod A {day_a}",
    # entries
    "{text!r} is not a time written HH:MM (00:00–23:59)":
        "nid yw {text!r} yn amser ar ffurf HH:MM (00:00–23:59)",
    "must be more than zero": "rhaid iddo fod yn fwy na sero",
    "cannot be more than 24 hours in one entry": "ni all fod yn fwy na 24 awr mewn un cofnod",
    "{raw} hours is not a whole number of minutes": "nid yw {raw} awr yn nifer cyfan o funudau",
    "must be more than 0 and at most 80 hours a week":
        "rhaid iddo fod yn fwy na 0 ac yn 80 awr yr wythnos ar y mwyaf",
    "{end} is not after the start {start}": "nid yw {end} ar ôl y dechrau {start}",
    "a {old} entry can become {allowed} (not {new})": "gall cofnod {old} ddod yn {allowed} (nid {new})",
    "a {old} entry can become nothing: it is final (not {new})":
        "ni all cofnod {old} newid: mae'n derfynol (nid {new})",
    "{value!r} is not a role of this profile ({choices})":
        "nid yw {value!r} yn rôl yn y proffil hwn ({choices})",
    "{value!r} is not a category of this profile ({choices})":
        "nid yw {value!r} yn gategori yn y proffil hwn ({choices})",
    "must be more than zero and at most 24 hours": "rhaid iddo fod yn fwy na sero ac yn 24 awr ar y mwyaf",
    "is outside the years 1990–2100": "mae y tu allan i'r blynyddoedd 1990–2100",
    "{category} is never paid (clause {clause}; TULRCA s.170)":
        "ni thelir byth am {category} (cymal {clause}; TULRCA a.170)",
    "do not match the start and end times": "nid ydynt yn cyfateb i'r amseroedd dechrau a gorffen",
    "cannot be after the date of the time off": "ni all fod ar ôl dyddiad yr amser i ffwrdd",
    "{rep} does not hold the role {role} on {date} (assign it first: unionrep-cli role assign)":
        "nid oes gan {rep} y rôl {role} ar {date} (neilltuwch hi yn gyntaf: unionrep-cli role assign)",
    "{text!r} is not a real date written YYYY-MM-DD":
        "nid yw {text!r} yn ddyddiad go iawn ar ffurf BBBB-MM-DD",
    "{raw!r} is not a number of hours (like 2.5 or 2:30)":
        "nid yw {raw!r} yn nifer o oriau (fel 2.5 neu 2:30)",
    "{raw!r} is not a number of hours": "nid yw {raw!r} yn nifer o oriau",
    # pay
    "must be a spinal column point from {low} to {high} on the {spine} pay spine (not {value!r})":
        "rhaid iddo fod yn bwynt colofn o {low} i {high} ar golofn gyflog {spine} (nid {value!r})",
    "give either an SCP or an hourly rate, not both":
        "rhowch naill ai bwynt colofn (SCP) neu gyfradd yr awr, nid y ddau",
    "must be a whole number of minutes": "rhaid iddo fod yn nifer cyfan o funudau",
    "must not be negative": "ni chaiff fod yn negyddol",
    "must be a whole number of pence": "rhaid iddo fod yn nifer cyfan o geiniogau",
    "must be more than 0": "rhaid iddo fod yn fwy na 0",
    # policy profiles
    "must be a date YYYY-MM-DD": "rhaid iddo fod yn ddyddiad BBBB-MM-DD",
    "no shipped profile called {value!r} (have: {choices})":
        "dim proffil wedi'i gynnwys o'r enw {value!r} (ar gael: {choices})",
    "is required": "mae'n ofynnol",
    "must be a whole number": "rhaid iddo fod yn rhif cyfan",
    "must be {kind}": "rhaid iddo fod yn {kind}",
    "must be a number": "rhaid iddo fod yn rhif",
    "must be a table of keys": "rhaid iddo fod yn dabl o allweddi",
    "is not a key a profile may have": "nid yw'n allwedd y caiff proffil ei chael",
    "must list at least one role": "rhaid iddo restru o leiaf un rôl",
    "must list at least one category": "rhaid iddo restru o leiaf un categori",
    "is not a setting this version knows": "nid yw'n osodiad y mae'r fersiwn hwn yn ei adnabod",
    "must be more than 0 and at most 168": "rhaid iddo fod yn fwy na 0 ac yn 168 ar y mwyaf",
    "must be a list of text": "rhaid iddo fod yn rhestr o destun",
    "not valid TOML: {detail}": "nid yw'n TOML dilys: {detail}",
    "must be a number, not {value!r}": "rhaid iddo fod yn rhif, nid {value!r}",
    "names no category of this profile: {value!r}": "nid yw'n enwi categori yn y proffil hwn: {value!r}",
    "must be a table": "rhaid iddo fod yn dabl",
    "{value!r} appears twice": "mae {value!r} yn ymddangos ddwywaith",
    "is not a key an allowance may have": "nid yw'n allwedd y caiff lwfans ei chael",
    "names no role of this profile: {value!r}": "nid yw'n enwi rôl yn y proffil hwn: {value!r}",
    "must be 1 or more for a bonus_after payment": "rhaid iddo fod yn 1 neu fwy ar gyfer taliad bonus_after",
    "{value!r} is not a month and day written MM-DD": "nid yw {value!r} yn fis a diwrnod ar ffurf MM-DD",
    "must be between {low} and {high}": "rhaid iddo fod rhwng {low} a {high}",
    "must be a date YYYY-MM-DD, not {value!r}": "rhaid iddo fod yn ddyddiad BBBB-MM-DD, nid {value!r}",
    "must be {unit} to join the combined cap": "rhaid iddo fod yn {unit} i ymuno â'r cap cyfunol",
    "a year cannot start on 29 February": "ni all blwyddyn ddechrau ar 29 Chwefror",
    "this profile has no combined cap": "nid oes cap cyfunol gan y proffil hwn",
    "is not a key that can be set (settings.X, allowances.ID.X, combined.X, organisation.X)":
        "nid yw'n allwedd y gellir ei gosod (settings.X, allowances.ID.X, combined.X, organisation.X)",
    "no allowance with id {value!r}": "dim lwfans gyda'r id {value!r}",
    # services
    "this database has no policy profile": "nid oes proffil polisi yn y gronfa ddata hon",
    "must not be empty": "ni chaiff fod yn wag",
    "must be at most 200 characters": "rhaid iddo fod yn 200 nod ar y mwyaf",
    "must be more than 0 and at most 80": "rhaid iddo fod yn fwy na 0 ac yn 80 ar y mwyaf",
    "cannot be more than the full-time hours": "ni all fod yn fwy na'r oriau llawn amser",
    "give an SCP or an hourly rate, not both": "rhowch bwynt colofn (SCP) neu gyfradd yr awr, nid y ddau",
    "must be more than £0 and less than £1,000 an hour":
        "rhaid iddo fod yn fwy na £0 ac yn llai na £1,000 yr awr",
    "{rep} has time-off records; end the rep instead of deleting":
        ("mae gan {rep} gofnodion amser i ffwrdd; dewch â chyfnod y cynrychiolydd i ben yn hytrach na'i "
         "ddileu"),
    "{value!r} is not an email address": "nid yw {value!r} yn gyfeiriad e-bost",
    "{number} is already {rep}'s": "mae {number} eisoes yn perthyn i {rep}",
    "{key!r} names {count} reps; use the rep's id":
        "mae {key!r} yn enwi {count} cynrychiolydd; defnyddiwch id y cynrychiolydd",
    "is not a field of a rep": "nid yw'n faes cynrychiolydd",
    "{end} is before the start {start}": "mae {end} cyn y dechrau {start}",
    "{rep} holds no open {role} role to end": "nid oes gan {rep} rôl {role} agored i'w dirwyn i ben",
    "{end} is before the role started on {start}": "mae {end} cyn i'r rôl ddechrau ar {start}",
    "{rep} has {role} time logged on {date}, after {end}":
        "mae gan {rep} amser {role} wedi'i gofnodi ar {date}, ar ôl {end}",
    "{rep} has {role} time logged on {date}, before {start}":
        "mae gan {rep} amser {role} wedi'i gofnodi ar {date}, cyn {start}",
    "{day} cannot be in the future: it is the day the employer was told in writing":
        "ni all {day} fod yn y dyfodol: dyma'r diwrnod y rhoddwyd gwybod i'r cyflogwr yn ysgrifenedig",
    "{rep}'s {role} role starts on {start}, after {ended}":
        "mae rôl {role} {rep} yn dechrau ar {start}, ar ôl {ended}",
    "{rep}'s {role} role runs to {end}, after {ended}":
        "mae rôl {role} {rep} yn parhau tan {end}, ar ôl {ended}",
    "is not a field of a role assignment you can change":
        "nid yw'n faes aseiniad rôl y gallwch ei newid",
    "is not a field of an extension you can change": "nid yw'n faes estyniad y gallwch ei newid",
    "the next review must come after the review of {date}":
        "rhaid i'r adolygiad nesaf ddod ar ôl adolygiad {date}",
    "time is logged under {role}; end the role instead":
        "mae amser wedi'i gofnodi dan {role}; dewch â'r rôl i ben yn lle hynny",
    "is not a field of an entry": "nid yw'n faes cofnod",
    "has a dispute; keep the entry while the dispute is on record":
        "mae anghydfod yn ei gylch; cadwch y cofnod tra bo'r anghydfod ar gofnod",
    "{value!r} is not a role of this profile": "nid yw {value!r} yn rôl yn y proffil hwn",
    "must be more than zero and at most 2,000 hours":
        "rhaid iddo fod yn fwy na sero ac yn 2,000 awr ar y mwyaf",
    "an extension needs the case reference it was agreed for":
        "mae angen cyfeirnod yr achos y cytunwyd yr estyniad ar ei gyfer",
    "cannot be before the day it was agreed": "ni all fod cyn y diwrnod y cytunwyd arno",
    "must be earned or taken": "rhaid iddo fod yn earned neu taken",
    "{role} is not a seconded role": "nid yw {role} yn rôl secondiad",
    "must be more than 0 and at most 100": "rhaid iddo fod yn fwy na 0 ac yn 100 ar y mwyaf",
    "{rep} already holds {role} from {start}; end that first":
        "mae gan {rep} y rôl {role} eisoes o {start}; dewch â honno i ben yn gyntaf",
    "{rep} already holds {role} from {start} to {end}; end that first":
        "mae gan {rep} y rôl {role} eisoes o {start} hyd {end}; dewch â honno i ben yn gyntaf",
    "only {owed} h of TOIL is owed to {rep}":
        "dim ond {owed} awr o amser i ffwrdd yn lle sy'n ddyledus i {rep}",
    # settings
    "must be at most {max} characters": "rhaid iddo fod yn {max} nod ar y mwyaf",
    "must be one line of text": "rhaid iddo fod yn un llinell o destun",
    "must be an e-mail address, e.g. name@example.org":
        "rhaid iddo fod yn gyfeiriad e-bost, e.e. enw@example.org",
    "must be bilingual, cy or en (not {value!r})": "rhaid iddo fod yn bilingual, cy neu en (nid {value!r})",
    "must be steward or branch (not {value!r})": "rhaid iddo fod yn steward neu branch (nid {value!r})",
    "must be an existing image file (no file at {path})":
        "rhaid iddo fod yn ffeil delwedd sy'n bodoli (dim ffeil yn {path})",
    "must be a PNG or JPEG image ({name} is neither)":
        "rhaid iddo fod yn ddelwedd PNG neu JPEG (nid yw {name} yn un o'r ddau)",
    "unknown setting {key!r}; the settings are: {known}":
        "gosodiad anhysbys {key!r}; y gosodiadau yw: {known}",
    "cannot read {path}: {reason}": "methu darllen {path}: {reason}",
    "{value!r} is not an amount of money": "nid yw {value!r} yn swm o arian",
    # store, backups, encryption
    "{path} already exists; choose a new name": "mae {path} yn bodoli eisoes; dewiswch enw newydd",
    "no backup file at {path}": "dim ffeil copi wrth gefn yn {path}",
    "is the database itself; choose a backup": "dyma'r gronfa ddata ei hun; dewiswch gopi wrth gefn",
    "an in-memory database has no file to back up":
        "nid oes ffeil i'w chopïo wrth gefn gan gronfa ddata yn y cof",
    "is the database itself; choose another file": "dyma'r gronfa ddata ei hun; dewiswch ffeil arall",
    "folder {folder} does not exist": "nid yw'r ffolder {folder} yn bodoli",
    "must be at least {n} characters": "rhaid iddo fod o leiaf {n} nod",
    "must not contain a NUL character": "ni chaiff gynnwys nod NUL",
    "{path} is already encrypted": "mae {path} wedi'i amgryptio eisoes",
    "{path} is empty; 'unionrep-cli init' makes an encrypted one":
        "mae {path} yn wag; mae 'unionrep-cli init' yn creu un wedi'i hamgryptio",
    "{path} is not encrypted; encrypt it with 'unionrep-cli encrypt'":
        "nid yw {path} wedi'i amgryptio; amgryptiwch hi gyda 'unionrep-cli encrypt'",
    "give the new passphrase (set {env}, or run the command in a terminal to be asked)":
        ("rhowch y cyfrinymadrodd newydd (gosodwch {env}, neu rhedwch y gorchymyn mewn terfynell i gael "
         "eich holi)"),
    # exchange
    "{end} is before --from {start}": "mae {end} cyn --from {start}",
    "is empty (give hours, minutes, or start and end)":
        "mae'n wag (rhowch oriau, munudau, neu ddechrau a gorffen)",
    "{text!r} is not yes or no": "nid yw {text!r} yn ie neu na",
    "the spreadsheet is empty": "mae'r daenlen yn wag",
    "no column for {missing}: name it with --map {first}=HEADER (the file has {headers})":
        "dim colofn ar gyfer {missing}: enwch hi gyda --map {first}=PENNAWD (mae gan y ffeil {headers})",
    "no rep {name!r} here (add the rep first)":
        "dim cynrychiolydd {name!r} yma (ychwanegwch y cynrychiolydd yn gyntaf)",
    "is empty, and {rep} holds {roles} on {date}": "mae'n wag, ac mae gan {rep} y rolau {roles} ar {date}",
    "is empty, and {rep} holds no role on {date}": "mae'n wag, ac nid oes gan {rep} rôl ar {date}",
    "is empty": "mae'n wag",
    "{count} row(s) are not valid; nothing was imported": "nid yw {count} rhes yn ddilys; ni fewnforiwyd dim",
    "{value!r} is not FIELD=HEADER": "nid yw {value!r} yn MAES=PENNAWD",
    "{value!r} is not a field of an entry ({choices})": "nid yw {value!r} yn faes cofnod ({choices})",
    "the file has no column {header!r} (it has {headers})":
        "nid oes colofn {header!r} yn y ffeil (mae ganddi {headers})",
    "{name!r} names {count} reps: give the employee number":
        "mae {name!r} yn enwi {count} cynrychiolydd: rhowch y rhif cyflogai",
    "{text!r} is not a real date (day/month/year)":
        "nid yw {text!r} yn ddyddiad go iawn (diwrnod/mis/blwyddyn)",
    "is a record of {table} here": "mae'n gofnod yn {table} yma",
    "{id} is not a record in conflict in this bundle": "nid yw {id} yn gofnod sy'n gwrthdaro yn y bwndel hwn",
    "{id}: the choice must be mine or theirs (not {value!r})":
        "{id}: rhaid i'r dewis fod yn mine neu theirs (nid {value!r})",
    "the database refused it ({detail})": "gwrthododd y gronfa ddata ef ({detail})",
    "other records still refer to it ({detail})": "mae cofnodion eraill yn dal i gyfeirio ato ({detail})",
    "a value cannot be read ({detail})": "ni ellir darllen gwerth ({detail})",
    "refers to {id}, which is not a record of {table} here nor in the bundle":
        "mae'n cyfeirio at {id}, nad yw'n gofnod yn {table} yma nac yn y bwndel",
    "overlaps the {role} role held from {start}": "mae'n gorgyffwrdd â'r rôl {role} a ddelir o {start}",
    "{value} is already used by {holder}": "mae {value} eisoes yn cael ei ddefnyddio gan {holder}",
    "must have a value": "rhaid iddo gael gwerth",
    "{value!r} is not {kind}": "nid yw {value!r} yn {kind}",
    "refers to {id}, which the import would delete":
        "mae'n cyfeirio at {id}, y byddai'r mewnforio yn ei ddileu",
    # documents
    "must be pdf or csv (not {value!r})": "rhaid iddo fod yn pdf neu csv (nid {value!r})",
    "the setting names no image file: {path}": "nid yw'r gosodiad yn enwi ffeil delwedd: {path}",
    "the setting {value!r} is not an amount of money": "nid yw'r gosodiad {value!r} yn swm o arian",
    "must be a year from 1990 to 2099 (not {value!r})":
        "rhaid iddo fod yn flwyddyn o 1990 i 2099 (nid {value!r})",
    ("the dispute is at step {stage}; a letter can be made for a step already raised (0 to {stage}) or "
     "the next one ({next})"):
        ("mae'r anghydfod yng ngham {stage}; gellir gwneud llythyr ar gyfer cam a godwyd eisoes (0 i "
         "{stage}) neu'r un nesaf ({next})"),
    "must be a step of the {kind} ladder, 0 to {last}": "rhaid iddo fod yn gam ar ysgol {kind}, 0 i {last}",
    "the Employment Tribunal step has no letter: a claim (form ET1) follows ACAS early conciliation":
        ("nid oes llythyr ar gyfer cam y Tribiwnlys Cyflogaeth: mae hawliad (ffurflen ET1) yn dilyn cymodi "
         "cynnar ACAS"),
    # (templates with an apostrophe)
    "the entry is {owner}'s, not {rep}'s": "mae'r cofnod yn perthyn i {owner}, nid i {rep}",
    "must be 'role:ID' or 'category:ID'": "rhaid iddo fod yn 'role:ID' neu 'category:ID'",
    "this database has no policy profile; run 'unionrep-cli init'":
        "nid oes proffil polisi yn y gronfa ddata hon; rhedwch 'unionrep-cli init'",
    "{value!r} is not a record's id": "nid yw {value!r} yn id cofnod",
    # undo and redo (unionrep.app.history, unionrep.cli.history)
    "there is nothing to undo": "does dim i'w ddadwneud",
    "there is nothing to redo": "does dim i'w ail-wneud",
    "no change {id} in the history": "dim newid {id} yn yr hanes",
    "“{action}” ({id}) cannot be {done} now: it is {state}":
        "ni ellir {done} “{action}” ({id}) nawr: mae'n {state}",
    "has been changed since “{action}”, so that step cannot be taken back or done again":
        "mae wedi newid ers “{action}”, felly ni ellir dadwneud na hail-wneud y cam hwnnw",
    "the entry for {date} has a dispute, which rests on the entry as it is now; record the dispute's "
    "outcome instead":
        "mae anghydfod ar y cofnod ar gyfer {date}, sy'n dibynnu ar y cofnod fel y mae nawr; cofnodwch "
        "ganlyniad yr anghydfod yn lle hynny",
    "the dispute has moved on since it was opened ({changes}), so it stays on record with the refusal; "
    "record its outcome instead":
        "mae'r anghydfod wedi symud ymlaen ers ei agor ({changes}), felly mae'n aros ar gofnod gyda'r "
        "gwrthodiad; cofnodwch ei ganlyniad yn lle hynny",
    "{rep} has roles or records added since; take those back first":
        "mae gan {rep} rolau neu gofnodion a ychwanegwyd wedyn; dadwnewch y rheini yn gyntaf",
    "must be from 1 to 500": "rhaid iddo fod rhwng 1 a 500",
    "other records rest on it now; take those back first":
        "mae cofnodion eraill yn dibynnu arno nawr; dadwnewch y rheini yn gyntaf",
    # the branch folder (sync)
    "{path} is not a folder": "nid yw {path} yn ffolder",
    "must be mine or theirs": "rhaid iddo fod yn mine neu theirs",
    ("no installation with the id or fingerprint {key} has been seen in the branch folder (run unionrep-cli "
     "sync FOLDER first)"):
        ("ni welwyd unrhyw osodiad â'r id neu'r ôl bys {key} yn ffolder y gangen (rhedwch unionrep-cli sync "
         "FOLDER yn gyntaf)"),
    "cannot write {path}: a file of that name is already there":
        "ni ellir ysgrifennu {path}: mae ffeil o'r enw hwnnw yno eisoes",
    "{key} fits more than one installation: give the whole fingerprint":
        "mae {key} yn cyfateb i fwy nag un gosodiad: rhowch yr ôl bys cyfan",
}
