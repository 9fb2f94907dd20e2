"""The words of the core's rules when they refuse something (disputes and deadlines, entries, pay,
policy profiles, the services' checks, settings, the ledger), English then Welsh; part of
errors.ERRORS, with the same {placeholders} in both languages."""

from __future__ import annotations

from unionrep.i18n.text import Text

RULE_ERRORS: tuple[Text, ...] = (
    # deadlines and disputes
    Text(en="the time limit must be at least 1 month", cy="rhaid i'r terfyn amser fod o leiaf 1 mis"),
    Text(
        en="Day A (ACAS received the notification) is needed when Day B is given",
        cy="mae angen Diwrnod A (y diwrnod y cafodd ACAS yr hysbysiad) pan roddir Diwrnod B",
    ),
    Text(
        en="Day B (certificate received, {day_b}) cannot be before Day A (ACAS received the "
           "notification, {day_a})",
        cy="ni all Diwrnod B (cael y dystysgrif, {day_b}) fod cyn Diwrnod A (y diwrnod y cafodd ACAS yr "
           "hysbysiad, {day_a})",
    ),
    Text(en="a time limit must be at least 1 month", cy="rhaid i derfyn amser fod o leiaf 1 mis"),
    Text(en="two time limits take effect on {day}", cy="mae dau derfyn amser yn dod i rym ar {day}"),
    Text(en="{day!r} is not a date", cy="nid yw {day!r} yn ddyddiad"),
    Text(en="{day} is outside the years 1990–2100", cy="mae {day} y tu allan i'r blynyddoedd 1990–2100"),
    Text(en="must be text", cy="rhaid iddo fod yn destun"),
    Text(en="must be at most {limit:,} characters", cy="rhaid iddo fod yn {limit:,} nod ar y mwyaf"),
    Text(
        en="must be one of {choices} (not {value!r})",
        cy="rhaid iddo fod yn un o {choices} (nid {value!r})",
    ),
    Text(en="{day} is before the failure date {failure}", cy="mae {day} cyn dyddiad y methiant {failure}"),
    Text(
        en="{id} is closed ({outcome}); reopen it first",
        cy="mae {id} ar gau ({outcome}); ailagorwch ef yn gyntaf",
    ),
    Text(
        en="the dispute is already at {stage}, the last step; record the outcome instead",
        cy="mae'r anghydfod eisoes wedi cyrraedd {stage}, y cam olaf; cofnodwch y canlyniad yn lle hynny",
    ),
    Text(
        en="{day} is before the current step was raised on {raised}",
        cy="mae {day} cyn i'r cam presennol gael ei godi ar {raised}",
    ),
    Text(
        en="{day} is before the step was raised on {raised}",
        cy="mae {day} cyn i'r cam gael ei godi ar {raised}",
    ),
    Text(
        en="this step already has a response recorded on {day}; give a new response or an outcome",
        cy="mae ymateb eisoes wedi'i gofnodi ar gyfer y cam hwn ar {day}; rhowch ymateb newydd neu ganlyniad",
    ),
    Text(en="{id} is open already", cy="mae {id} ar agor eisoes"),
    Text(en="cannot be edited here (only {choices})", cy="ni ellir ei olygu yma (dim ond {choices})"),
    Text(
        en="{key!r} matches {count} disputes; give more of the id",
        cy="mae {key!r} yn cyfateb i {count} anghydfod; rhowch fwy o'r id",
    ),
    Text(
        en="give the refused entry, or the rep for a complaint under clause 22.1",
        cy="rhowch y cofnod a wrthodwyd, neu'r cynrychiolydd ar gyfer cwyn dan gymal 22.1",
    ),
    Text(
        en="a refusal dispute opens from the refused entry; without one it is a complaint under clause 22.1",
        cy="mae anghydfod am wrthod yn agor o'r cofnod a wrthodwyd; hebddo, cwyn dan gymal 22.1 ydyw",
    ),
    Text(
        en="{day} is before the request was made on {asked}",
        cy="mae {day} cyn i'r cais gael ei wneud ar {asked}",
    ),
    Text(
        en="is {status}; only a requested or refused entry can be disputed as a refusal",
        cy="ei statws yw {status}; dim ond cofnod y gwnaed cais amdano neu a wrthodwyd y gellir dadlau "
           "yn ei gylch fel gwrthodiad",
    ),
    Text(en="already has an open dispute ({id})", cy="mae ganddo anghydfod agored eisoes ({id})"),
    Text(
        en="the certificate date {day_b} is before Day A {day_a}",
        cy="mae dyddiad y dystysgrif {day_b} cyn Diwrnod A {day_a}",
    ),
    # entries
    Text(
        en="{text!r} is not a time written HH:MM (00:00–23:59)",
        cy="nid yw {text!r} yn amser ar ffurf HH:MM (00:00–23:59)",
    ),
    Text(en="must be more than zero", cy="rhaid iddo fod yn fwy na sero"),
    Text(en="cannot be more than 24 hours in one entry", cy="ni all fod yn fwy na 24 awr mewn un cofnod"),
    Text(en="{raw} hours is not a whole number of minutes", cy="nid yw {raw} awr yn nifer cyfan o funudau"),
    Text(
        en="must be more than 0 and at most 80 hours a week",
        cy="rhaid iddo fod yn fwy na 0 ac yn 80 awr yr wythnos ar y mwyaf",
    ),
    Text(en="{end} is not after the start {start}", cy="nid yw {end} ar ôl y dechrau {start}"),
    Text(
        en="a {old} entry can become {allowed} (not {new})",
        cy="gall cofnod {old} ddod yn {allowed} (nid {new})",
    ),
    Text(
        en="a {old} entry can become nothing: it is final (not {new})",
        cy="ni all cofnod {old} newid: mae'n derfynol (nid {new})",
    ),
    Text(
        en="{value!r} is not a role of this profile ({choices})",
        cy="nid yw {value!r} yn rôl yn y proffil hwn ({choices})",
    ),
    Text(
        en="{value!r} is not a category of this profile ({choices})",
        cy="nid yw {value!r} yn gategori yn y proffil hwn ({choices})",
    ),
    Text(
        en="must be more than zero and at most 24 hours",
        cy="rhaid iddo fod yn fwy na sero ac yn 24 awr ar y mwyaf",
    ),
    Text(en="is outside the years 1990–2100", cy="mae y tu allan i'r blynyddoedd 1990–2100"),
    Text(
        en="{category} is never paid (clause {clause}; TULRCA s.170)",
        cy="ni thelir byth am {category} (cymal {clause}; TULRCA a.170)",
    ),
    Text(
        en="do not match the start and end times",
        cy="nid ydynt yn cyfateb i'r amseroedd dechrau a gorffen",
    ),
    Text(en="cannot be after the date of the time off", cy="ni all fod ar ôl dyddiad yr amser i ffwrdd"),
    Text(
        en="{rep} does not hold the role {role} on {date} (assign it first: unionrep-cli role assign)",
        cy="nid oes gan {rep} y rôl {role} ar {date} (neilltuwch hi yn gyntaf: unionrep-cli role assign)",
    ),
    Text(
        en="{text!r} is not a real date written YYYY-MM-DD",
        cy="nid yw {text!r} yn ddyddiad go iawn ar ffurf BBBB-MM-DD",
    ),
    Text(
        en="{raw!r} is not a number of hours (like 2.5 or 2:30)",
        cy="nid yw {raw!r} yn nifer o oriau (fel 2.5 neu 2:30)",
    ),
    Text(en="{raw!r} is not a number of hours", cy="nid yw {raw!r} yn nifer o oriau"),
    # pay
    Text(
        en="must be a spinal column point from {low} to {high} on the {spine} pay spine (not {value!r})",
        cy="rhaid iddo fod yn bwynt colofn o {low} i {high} ar golofn gyflog {spine} (nid {value!r})",
    ),
    Text(
        en="give either an SCP or an hourly rate, not both",
        cy="rhowch naill ai bwynt colofn (SCP) neu gyfradd yr awr, nid y ddau",
    ),
    Text(en="must be a whole number of minutes", cy="rhaid iddo fod yn nifer cyfan o funudau"),
    Text(en="must not be negative", cy="ni chaiff fod yn negyddol"),
    Text(en="must be a whole number of pence", cy="rhaid iddo fod yn nifer cyfan o geiniogau"),
    Text(en="must be more than 0", cy="rhaid iddo fod yn fwy na 0"),
    # policy profiles
    Text(en="must be a date YYYY-MM-DD", cy="rhaid iddo fod yn ddyddiad BBBB-MM-DD"),
    Text(
        en="no shipped profile called {value!r} (have: {choices})",
        cy="dim proffil wedi'i gynnwys o'r enw {value!r} (ar gael: {choices})",
    ),
    Text(en="is required", cy="mae'n ofynnol"),
    Text(en="must be a whole number", cy="rhaid iddo fod yn rhif cyfan"),
    Text(en="must be {kind}", cy="rhaid iddo fod yn {kind}"),
    Text(en="must be a number", cy="rhaid iddo fod yn rhif"),
    Text(en="must be a table of keys", cy="rhaid iddo fod yn dabl o allweddi"),
    Text(en="is not a key a profile may have", cy="nid yw'n allwedd y caiff proffil ei chael"),
    Text(en="must list at least one role", cy="rhaid iddo restru o leiaf un rôl"),
    Text(en="must list at least one category", cy="rhaid iddo restru o leiaf un categori"),
    Text(en="is not a setting this version knows", cy="nid yw'n osodiad y mae'r fersiwn hwn yn ei adnabod"),
    Text(en="must be more than 0 and at most 168", cy="rhaid iddo fod yn fwy na 0 ac yn 168 ar y mwyaf"),
    Text(en="must be a list of text", cy="rhaid iddo fod yn rhestr o destun"),
    Text(en="not valid TOML: {detail}", cy="nid yw'n TOML dilys: {detail}"),
    Text(en="must be a number, not {value!r}", cy="rhaid iddo fod yn rhif, nid {value!r}"),
    Text(
        en="names no category of this profile: {value!r}",
        cy="nid yw'n enwi categori yn y proffil hwn: {value!r}",
    ),
    Text(en="must be a table", cy="rhaid iddo fod yn dabl"),
    Text(en="{value!r} appears twice", cy="mae {value!r} yn ymddangos ddwywaith"),
    Text(en="is not a key an allowance may have", cy="nid yw'n allwedd y caiff lwfans ei chael"),
    Text(en="names no role of this profile: {value!r}", cy="nid yw'n enwi rôl yn y proffil hwn: {value!r}"),
    Text(
        en="must be 1 or more for a bonus_after payment",
        cy="rhaid iddo fod yn 1 neu fwy ar gyfer taliad bonus_after",
    ),
    Text(
        en="{value!r} is not a month and day written MM-DD",
        cy="nid yw {value!r} yn fis a diwrnod ar ffurf MM-DD",
    ),
    Text(en="must be between {low} and {high}", cy="rhaid iddo fod rhwng {low} a {high}"),
    Text(
        en="must be a date YYYY-MM-DD, not {value!r}",
        cy="rhaid iddo fod yn ddyddiad BBBB-MM-DD, nid {value!r}",
    ),
    Text(en="must be {unit} to join the combined cap", cy="rhaid iddo fod yn {unit} i ymuno â'r cap cyfunol"),
    Text(en="a year cannot start on 29 February", cy="ni all blwyddyn ddechrau ar 29 Chwefror"),
    Text(en="this profile has no combined cap", cy="nid oes cap cyfunol gan y proffil hwn"),
    Text(
        en="is not a key that can be set (settings.X, allowances.ID.X, combined.X, organisation.X)",
        cy="nid yw'n allwedd y gellir ei gosod (settings.X, allowances.ID.X, combined.X, organisation.X)",
    ),
    Text(en="no allowance with id {value!r}", cy="dim lwfans gyda'r id {value!r}"),
    # services
    Text(en="this database has no policy profile", cy="nid oes proffil polisi yn y gronfa ddata hon"),
    Text(en="must not be empty", cy="ni chaiff fod yn wag"),
    Text(en="must be at most 200 characters", cy="rhaid iddo fod yn 200 nod ar y mwyaf"),
    Text(en="must be more than 0 and at most 80", cy="rhaid iddo fod yn fwy na 0 ac yn 80 ar y mwyaf"),
    Text(en="cannot be more than the full-time hours", cy="ni all fod yn fwy na'r oriau llawn amser"),
    Text(
        en="give an SCP or an hourly rate, not both",
        cy="rhowch bwynt colofn (SCP) neu gyfradd yr awr, nid y ddau",
    ),
    Text(
        en="must be more than £0 and less than £1,000 an hour",
        cy="rhaid iddo fod yn fwy na £0 ac yn llai na £1,000 yr awr",
    ),
    Text(
        en="{rep} has time-off records; end the rep instead of deleting",
        cy="mae gan {rep} gofnodion amser i ffwrdd; dewch â chyfnod y cynrychiolydd i ben yn hytrach "
           "na'i ddileu",
    ),
    Text(en="{value!r} is not an email address", cy="nid yw {value!r} yn gyfeiriad e-bost"),
    Text(en="{number} is already {rep}'s", cy="mae {number} eisoes yn perthyn i {rep}"),
    Text(en="is not a field of a rep", cy="nid yw'n faes cynrychiolydd"),
    Text(en="{end} is before the start {start}", cy="mae {end} cyn y dechrau {start}"),
    Text(
        en="{rep} holds no open {role} role to end",
        cy="nid oes gan {rep} rôl {role} agored i'w dirwyn i ben",
    ),
    Text(en="{end} is before the role started on {start}", cy="mae {end} cyn i'r rôl ddechrau ar {start}"),
    Text(
        en="{rep} has {role} time logged on {date}, after {end}",
        cy="mae gan {rep} amser {role} wedi'i gofnodi ar {date}, ar ôl {end}",
    ),
    Text(
        en="{rep} has {role} time logged on {date}, before {start}",
        cy="mae gan {rep} amser {role} wedi'i gofnodi ar {date}, cyn {start}",
    ),
    Text(
        en="{day} cannot be in the future: it is the day the employer was told in writing",
        cy="ni all {day} fod yn y dyfodol: dyma'r diwrnod y rhoddwyd gwybod i'r cyflogwr yn ysgrifenedig",
    ),
    Text(
        en="{rep}'s {role} role starts on {start}, after {ended}",
        cy="mae rôl {role} {rep} yn dechrau ar {start}, ar ôl {ended}",
    ),
    Text(
        en="{rep}'s {role} role runs to {end}, after {ended}",
        cy="mae rôl {role} {rep} yn parhau tan {end}, ar ôl {ended}",
    ),
    Text(
        en="is not a field of a role assignment you can change",
        cy="nid yw'n faes aseiniad rôl y gallwch ei newid",
    ),
    Text(en="is not a field of an extension you can change", cy="nid yw'n faes estyniad y gallwch ei newid"),
    Text(
        en="the next review must come after the review of {date}",
        cy="rhaid i'r adolygiad nesaf ddod ar ôl adolygiad {date}",
    ),
    Text(
        en="time is logged under {role}; end the role instead",
        cy="mae amser wedi'i gofnodi dan {role}; dewch â'r rôl i ben yn lle hynny",
    ),
    Text(en="is not a field of an entry", cy="nid yw'n faes cofnod"),
    Text(
        en="has a dispute; keep the entry while the dispute is on record",
        cy="mae anghydfod yn ei gylch; cadwch y cofnod tra bo'r anghydfod ar gofnod",
    ),
    Text(en="{value!r} is not a role of this profile", cy="nid yw {value!r} yn rôl yn y proffil hwn"),
    Text(
        en="must be more than zero and at most 2,000 hours",
        cy="rhaid iddo fod yn fwy na sero ac yn 2,000 awr ar y mwyaf",
    ),
    Text(
        en="an extension needs the case reference it was agreed for",
        cy="mae angen cyfeirnod yr achos y cytunwyd yr estyniad ar ei gyfer",
    ),
    Text(en="cannot be before the day it was agreed", cy="ni all fod cyn y diwrnod y cytunwyd arno"),
    Text(en="must be earned or taken", cy="rhaid iddo fod yn earned neu taken"),
    Text(en="{role} is not a seconded role", cy="nid yw {role} yn rôl secondiad"),
    Text(en="must be more than 0 and at most 100", cy="rhaid iddo fod yn fwy na 0 ac yn 100 ar y mwyaf"),
    Text(
        en="{rep} already holds {role} from {start}; end that first",
        cy="mae gan {rep} y rôl {role} eisoes o {start}; dewch â honno i ben yn gyntaf",
    ),
    Text(
        en="{rep} already holds {role} from {start} to {end}; end that first",
        cy="mae gan {rep} y rôl {role} eisoes o {start} hyd {end}; dewch â honno i ben yn gyntaf",
    ),
    # settings
    Text(en="must be at most {max} characters", cy="rhaid iddo fod yn {max} nod ar y mwyaf"),
    Text(en="must be one line of text", cy="rhaid iddo fod yn un llinell o destun"),
    Text(
        en="must be an e-mail address, e.g. name@example.org",
        cy="rhaid iddo fod yn gyfeiriad e-bost, e.e. enw@example.org",
    ),
    Text(
        en="must be bilingual, cy or en (not {value!r})",
        cy="rhaid iddo fod yn bilingual, cy neu en (nid {value!r})",
    ),
    Text(
        en="must be steward or branch (not {value!r})",
        cy="rhaid iddo fod yn steward neu branch (nid {value!r})",
    ),
    Text(
        en="must be an existing image file (no file at {path})",
        cy="rhaid iddo fod yn ffeil delwedd sy'n bodoli (dim ffeil yn {path})",
    ),
    Text(
        en="must be a PNG or JPEG image ({name} is neither)",
        cy="rhaid iddo fod yn ddelwedd PNG neu JPEG (nid yw {name} yn un o'r ddau)",
    ),
    Text(
        en="unknown setting {key!r}; the settings are: {known}",
        cy="gosodiad anhysbys {key!r}; y gosodiadau yw: {known}",
    ),
    Text(en="cannot read {path}: {reason}", cy="methu darllen {path}: {reason}"),
    # the ledger's rules (RULES §1, §3)
    Text(
        en="goes with --weekly-hours: the day the new hours start",
        cy="mae'n mynd gyda --weekly-hours: y diwrnod y mae'r oriau newydd yn dechrau",
    ),
    Text(
        en="with this entry {hours} would be logged on {date}, more than the 24 hours of a day",
        cy="gyda'r cofnod hwn byddai {hours} wedi'u cofnodi ar {date}, mwy na 24 awr diwrnod",
    ),
    Text(
        en="overlaps entry {ref} ({start}–{end}) on {date}, so the time would be counted twice; allow the "
           "overlap if both are meant",
        cy="mae'n gorgyffwrdd â chofnod {ref} ({start}–{end}) ar {date}, felly byddai'r amser yn cael ei "
           "gyfrif ddwywaith; caniatewch y gorgyffwrdd os yw'r ddau yn fwriadol",
    ),
    Text(
        en="repeats entry {ref} (the same day, role, hours, category and purpose); allow the overlap if "
           "both are meant",
        cy="mae'n ailadrodd cofnod {ref} (yr un diwrnod, rôl, oriau, categori a diben); caniatewch y "
           "gorgyffwrdd os yw'r ddau yn fwriadol",
    ),
    Text(
        en="{key!r} fits {count} reps ({reps}); use an id or employee number",
        cy="mae {key!r} yn cyfateb i {count} cynrychiolydd ({reps}); defnyddiwch id neu rif cyflogai",
    ),
    Text(
        en="{other} is already a current rep's name; give both reps their employee numbers to tell them "
           "apart",
        cy="mae {other} eisoes yn enw cynrychiolydd presennol; rhowch eu rhifau cyflogai i'r ddau i'w "
           "gwahaniaethu",
    ),
    Text(en="{day} is before 1990", cy="mae {day} cyn 1990"),
    Text(
        en="{rep} stood down on {ended}: nothing can be logged after that day (not {date})",
        cy="camodd {rep} i lawr ar {ended}: ni ellir cofnodi dim ar ôl y diwrnod hwnnw (nid {date})",
    ),
    Text(
        en="{rep}'s TOIL balance would be {balance} h on {day}: TOIL taken may use only TOIL earned on or "
           "before that day (clauses 14.3–14.4)",
        cy="byddai balans amser i ffwrdd yn lle {rep} yn {balance} awr ar {day}: dim ond amser yn lle a "
           "enillwyd ar y diwrnod hwnnw neu cyn hynny y gellir ei gymryd (cymalau 14.3–14.4)",
    ),
    Text(
        en="{rep} does not hold the role {role} in {year}, the year the extension was agreed",
        cy="nid yw {rep} yn dal y rôl {role} yn {year}, y flwyddyn y cytunwyd ar yr estyniad",
    ),
)
