"""The Welsh of unionrep-cli's help (every help= and description, keyed by its English) and of
argparse's own words. tests/cli/test_cli_welsh.py checks every help string has its Welsh."""

from __future__ import annotations

HELP_CY: dict[str, str] = {
    "Keep a union rep's facility time from the command line.":
        "Cadw amser cyfleuster cynrychiolydd undeb o'r llinell orchymyn.",
    "show this help message and exit": "dangos y neges gymorth hon a gadael",
    "database file (default: $UNIONREP_DB, then the user data folder)":
        "ffeil y gronfa ddata (diofyn: $UNIONREP_DB, yna ffolder data'r defnyddiwr)",
    "machine-readable output": "allbwn i'w ddarllen gan beiriant",
    "show program's version number and exit": "dangos rhif fersiwn y rhaglen a gadael",
    ("the language of messages and help, given before the command: cy (Cymraeg) or en (English); "
     "default: UNIONREP_LANG, then the system locale"):
        ("iaith y negeseuon a'r cymorth, o flaen y gorchymyn: cy (Cymraeg) neu en (English); diofyn: "
         "UNIONREP_LANG, yna locale y system"),
    "create a database with a policy profile": "creu cronfa ddata gyda phroffil polisi",
    "add, list, show and edit reps": "ychwanegu, rhestru, dangos a golygu cynrychiolwyr",
    "assign and end roles": "neilltuo rolau a dod â nhw i ben",
    "time-off entries": "cofnodion amser i ffwrdd",
    "a rep's allowances for the year": "lwfansau cynrychiolydd am y flwyddyn",
    "everything that needs attention": "popeth sydd angen sylw",
    "policy profiles": "proffiliau polisi",
    "extensions for complex cases (11.1–11.2)": "estyniadau ar gyfer achosion cymhleth (11.1–11.2)",
    "time off in lieu (14.3–14.4)": "amser i ffwrdd yn lle (14.3–14.4)",
    "refusals and complaints: the ladder, ACAS and tribunal deadlines (21, 22)":
        "gwrthodiadau a chwynion: yr ysgol, ACAS a therfynau amser y tribiwnlys (21, 22)",
    "write the Pro Forma Request for an entry (18.1, 18.3)":
        "ysgrifennu Cais Pro Fforma ar gyfer cofnod (18.1, 18.3)",
    "write the letter for a step of a dispute (21, 22)":
        "ysgrifennu'r llythyr ar gyfer cam mewn anghydfod (21, 22)",
    "write a rep's yearly statement": "ysgrifennu datganiad blynyddol cynrychiolydd",
    "write the branch's facility time summary": "ysgrifennu crynodeb amser cyfleuster y gangen",
    "write a bundle of records for another unionrep (encrypted with a passphrase)":
        "ysgrifennu bwndel o gofnodion ar gyfer unionrep arall (wedi'i amgryptio â chyfrinymadrodd)",
    "take in a bundle from another unionrep: shows what changes, writes in one go":
        "derbyn bwndel o unionrep arall: yn dangos beth sy'n newid, ac yn ysgrifennu ar unwaith",
    "this installation's identity for bundles": "hunaniaeth y gosodiad hwn ar gyfer bwndeli",
    "time-off entries as a spreadsheet (CSV)": "cofnodion amser i ffwrdd fel taenlen (CSV)",
    "calendars (.ics)": "calendrau (.ics)",
    "check the database is whole (SQLite integrity and foreign-key checks); changes nothing":
        ("gwirio bod y gronfa ddata'n gyfan (gwiriadau cyfanrwydd ac allweddi estron SQLite); nid yw'n "
         "newid dim"),
    "back up the database (to FILE, or to the backups folder beside it)":
        "gwneud copi wrth gefn o'r gronfa ddata (i FILE, neu i'r ffolder copïau wrth gefn wrth ei hochr)",
    "replace the database with a backup, after checking it; the current one is kept aside":
        "rhoi copi wrth gefn yn lle'r gronfa ddata, ar ôl ei wirio; cedwir yr un presennol o'r neilltu",
    "move a damaged database aside untouched and restore a backup (default: the newest good one)":
        ("symud cronfa ddata sydd wedi'i difrodi o'r neilltu heb ei chyffwrdd, ac adfer copi wrth gefn "
         "(diofyn: yr un da diweddaraf)"),
    ("encrypt a plain database (and its backups) in place; passphrase from UNIONREP_PASSPHRASE or a "
     "prompt"):
        ("amgryptio cronfa ddata blaen (a'i chopïau wrth gefn) yn ei lle; y cyfrinymadrodd o "
         "UNIONREP_PASSPHRASE neu anogwr"),
    "the passphrase of an encrypted database": "cyfrinymadrodd cronfa ddata wedi'i hamgryptio",
    "your details and the documents' settings": "eich manylion a gosodiadau'r dogfennau",
    "profile id (default denbighshire-2012)": "id y proffil (diofyn denbighshire-2012)",
    "add a rep": "ychwanegu cynrychiolydd",
    "change a rep's details": "newid manylion cynrychiolydd",
    "list reps": "rhestru cynrychiolwyr",
    "show a rep and their roles": "dangos cynrychiolydd a'i rolau",
    "contracted hours a week (default: full time)": "oriau dan gontract yr wythnos (diofyn: llawn amser)",
    "full-time hours a week (default from the profile, 37)":
        "oriau llawn amser yr wythnos (diofyn o'r proffil, 37)",
    "school-based: years follow the academic year":
        "mewn ysgol: mae'r blynyddoedd yn dilyn y flwyddyn academaidd",
    "MM-DD the academic year starts (default 09-01)": "MM-DD dechrau'r flwyddyn academaidd (diofyn 09-01)",
    "NJC spinal column point (sets the hourly rate)":
        "pwynt colofn cyflog y Cyd-gyngor Cenedlaethol (NJC) (yn gosod y gyfradd yr awr)",
    "hourly rate in pounds, instead of an SCP": "cyfradd yr awr mewn punnoedd, yn lle pwynt colofn (SCP)",
    "the rep's id or exact name": "id y cynrychiolydd neu ei union enw",
    "the day the rep stood down (empty to clear)":
        "y diwrnod y camodd y cynrychiolydd i lawr (gwag i glirio)",
    "include reps who have stood down": "cynnwys cynrychiolwyr sydd wedi camu i lawr",
    "give a rep a role": "rhoi rôl i gynrychiolydd",
    "end a rep's role": "dod â rôl cynrychiolydd i ben",
    "first day (default today)": "diwrnod cyntaf (diofyn heddiw)",
    "last day (default: open)": "diwrnod olaf (diofyn: agored)",
    "the day the union told the employer in writing (4.1–4.2)":
        "y diwrnod y rhoddodd yr undeb wybod i'r cyflogwr yn ysgrifenedig (4.1–4.2)",
    "branch secretary: share of contracted time (13.1)":
        "ysgrifennydd cangen: cyfran o'r amser dan gontract (13.1)",
    "last day held (default today)": "y diwrnod olaf y daliwyd hi (diofyn heddiw)",
    "log time off": "cofnodi amser i ffwrdd",
    "change an entry (or move it along the status flow)": "newid cofnod (neu ei symud ymlaen drwy'r statws)",
    "delete an entry (kept in the audit trail)": "dileu cofnod (fe'i cedwir yn y trywydd archwilio)",
    "list entries": "rhestru cofnodion",
    "show an entry and its history": "dangos cofnod a'i hanes",
    "duration, e.g. 2.5 or 2:30": "hyd, e.e. 2.5 neu 2:30",
    "HH:MM": "HH:MM",
    "the role the time is for (a role id, e.g. steward)":
        "y rôl y mae'r amser ar ei chyfer (id rôl, e.e. steward)",
    "the day of the time off, YYYY-MM-DD": "diwrnod yr amser i ffwrdd, BBBB-MM-DD",
    "the category (a category id, e.g. duties)": "y categori (id categori, e.e. duties)",
    "what the time is for": "diben yr amser",
    "where it takes place": "ble mae'n digwydd",
    "the case reference, if any": "cyfeirnod yr achos, os oes un",
    "notes": "nodiadau",
    "the time is unpaid": "amser heb dâl ydyw",
    "the time is paid (for a category unpaid unless agreed)":
        "amser â thâl ydyw (ar gyfer categori heb dâl oni chytunir)",
    "the day notice was given": "y diwrnod y rhoddwyd rhybudd",
    "delete without asking (needed with no terminal)": "dileu heb ofyn (angen heb derfynell)",
    "a .csv of one header row and one record a row, for a spreadsheet or pandas":
        "ffeil .csv ag un rhes pennawd ac un cofnod ym mhob rhes, i daenlen neu pandas",
    "draft | requested | approved | refused | withdrawn | taken":
        ("draft (drafft) | requested (gwnaed cais) | approved (cymeradwywyd) | refused (gwrthodwyd) | "
         "withdrawn (tynnwyd yn ôl) | taken (cymerwyd)"),
    "a conference: 3 weeks' notice (12.5)": "cynhadledd: rhybudd o 3 wythnos (12.5)",
    "political activity (not covered, 12.5)": "gweithgarwch gwleidyddol (heb ei gynnwys, 12.5)",
    "the year starting in YEAR, e.g. 2025 for 2025/26":
        "y flwyddyn sy'n dechrau yn YEAR, e.e. 2025 ar gyfer 2025/26",
    "the year containing this date (default today)": "y flwyddyn sy'n cynnwys y dyddiad hwn (diofyn heddiw)",
    "as of this date (default today)": "ar y dyddiad hwn (diofyn heddiw)",
    "the shipped profiles": "y proffiliau sydd wedi'u cynnwys",
    "the profile in use": "y proffil sy'n cael ei ddefnyddio",
    "change a setting of the profile in use": "newid un o osodiadau'r proffil sy'n cael ei ddefnyddio",
    "settings.X, allowances.ID.X, combined.X or organisation.X":
        "settings.X, allowances.ID.X, combined.X neu organisation.X",
    "record an agreed extension": "cofnodi estyniad y cytunwyd arno",
    "case reference": "cyfeirnod yr achos",
    "record TOIL earned or taken": "cofnodi amser i ffwrdd yn lle a enillwyd neu a gymerwyd",
    "open a dispute from a refused entry, or a complaint (22.1)":
        "agor anghydfod o gofnod a wrthodwyd, neu gŵyn (22.1)",
    "take a dispute to the next step of the ladder": "mynd ag anghydfod i gam nesaf yr ysgol",
    "record the response at the current step; an outcome closes it":
        "cofnodi'r ymateb yn y cam presennol; mae canlyniad yn ei gau",
    "undo an outcome recorded by mistake": "dadwneud canlyniad a gofnodwyd trwy gamgymeriad",
    "record ACAS early conciliation (Day A, Day B)": "cofnodi cymodi cynnar ACAS (Diwrnod A, Diwrnod B)",
    "change the reasons, alternative offered, people or notes":
        "newid y rhesymau, y dewis arall a gynigiwyd, y bobl neu'r nodiadau",
    "list disputes": "rhestru anghydfodau",
    "show a dispute, its steps, deadline and history":
        "dangos anghydfod, ei gamau, ei derfyn amser a'i hanes",
    "what needs attention in open disputes": "beth sydd angen sylw mewn anghydfodau agored",
    "export response dates and tribunal deadlines as a calendar":
        "allforio dyddiadau ymateb a therfynau amser y tribiwnlys fel calendr",
    "the last day to present a tribunal claim (TULRCA s.171)":
        "y diwrnod olaf i gyflwyno hawliad i'r tribiwnlys (TULRCA a.171)",
    "the refused (or requested) entry; omit with --rep --complaint":
        "y cofnod a wrthodwyd (neu y gwnaed cais amdano); hepgorwch gyda --rep --complaint",
    "the refusal (failure) date; the time limit runs from it":
        "dyddiad y gwrthod (y methiant); mae'r terfyn amser yn rhedeg ohono",
    "the reasons given (omit if none were: clause 21.2)":
        "y rhesymau a roddwyd (hepgorwch os na roddwyd rhai: cymal 21.2)",
    "any alternative time offered": "unrhyw amser arall a gynigiwyd",
    "the people involved (the manager who refused …)": "y bobl dan sylw (y rheolwr a wrthododd …)",
    "the rep (id or exact name), for a complaint without an entry":
        "y cynrychiolydd (id neu union enw), ar gyfer cwyn heb gofnod",
    "a complaint about operating the agreement (22.1)": "cwyn am weithredu'r cytundeb (22.1)",
    "the day the first step was raised (default: the refusal date)":
        "y diwrnod y codwyd y cam cyntaf (diofyn: dyddiad y gwrthod)",
    "the dispute's id (or a unique start of it)": "id yr anghydfod (neu ddechrau unigryw ohono)",
    "the day it was raised (default today)": "y diwrnod y'i codwyd (diofyn heddiw)",
    "the person it was raised with": "y person y'i codwyd gydag ef",
    "the day of the response (default today)": "diwrnod yr ymateb (diofyn heddiw)",
    "what was said": "beth a ddywedwyd",
    "the day ACAS received the notification": "y diwrnod y cafodd ACAS yr hysbysiad",
    "the day the certificate was received": "y diwrnod y daeth y dystysgrif i law",
    "only disputes still open": "dim ond anghydfodau sy'n dal ar agor",
    "only this rep's": "dim ond rhai'r cynrychiolydd hwn",
    "count days left from this date (default today)":
        "cyfrif y dyddiau sy'n weddill o'r dyddiad hwn (diofyn heddiw)",
    "the export date (default today)": "dyddiad yr allforio (diofyn heddiw)",
    "the failure (refusal) date": "dyddiad y methiant (y gwrthod)",
    "ACAS early conciliation Day A": "Diwrnod A cymodi cynnar ACAS",
    "ACAS early conciliation Day B": "Diwrnod B cymodi cynnar ACAS",
    "the time limit in months (default 3, or the profile's with --db)":
        "y terfyn amser mewn misoedd (diofyn 3, neu un y proffil gyda --db)",
    "the entry's id (or a unique start of it, 6 characters or more)":
        "id y cofnod (neu ddechrau unigryw ohono, 6 nod neu fwy)",
    "the file to write (.pdf)": "y ffeil i'w hysgrifennu (.pdf)",
    "the file to write (.pdf or .csv)": "y ffeil i'w hysgrifennu (.pdf neu .csv)",
    "bilingual (Welsh first), cy or en (default: the document_language setting, else bilingual)":
        ("bilingual (dwyieithog, Cymraeg yn gyntaf), cy neu en (diofyn: y gosodiad document_language, neu "
         "bilingual)"),
    "replace the file if it exists": "disodli'r ffeil os yw'n bodoli",
    ("the step: 1 senior manager, 2 Head of Strategic HR (0: the manager who refused); for a complaint "
     "0 accountable manager, 1 Head of Strategic HR"):
        ("y cam: 1 uwch reolwr, 2 Pennaeth AD Strategol (0: y rheolwr a wrthododd); ar gyfer cwyn 0 y "
         "rheolwr atebol, 1 Pennaeth AD Strategol"),
    "the year starting in YEAR (2025 for 2025/26)": "y flwyddyn sy'n dechrau yn YEAR (2025 ar gyfer 2025/26)",
    "add the four facility time tables of SI 2017/328 (voluntary)":
        "ychwanegu pedwar tabl amser cyfleuster OS 2017/328 (gwirfoddol)",
    "the total pay bill in pounds (default: the pay_bill setting)":
        "cyfanswm y bil cyflog mewn punnoedd (diofyn: y gosodiad pay_bill)",
    "the bundle file to write": "ffeil y bwndel i'w hysgrifennu",
    "only this rep's records (id or exact name)": "dim ond cofnodion y cynrychiolydd hwn (id neu union enw)",
    "only entries and TOIL on or after this date":
        "dim ond cofnodion ac amser i ffwrdd yn lle ar y dyddiad hwn neu ar ei ôl",
    "only entries and TOIL on or before this date":
        "dim ond cofnodion ac amser i ffwrdd yn lle ar y dyddiad hwn neu cyn hynny",
    "do not encrypt (the file then holds members' data in the clear)":
        "peidio ag amgryptio (bydd data'r aelodau yn y ffeil heb ei ddiogelu)",
    "the bundle file": "ffeil y bwndel",
    "show what would change; write nothing": "dangos beth fyddai'n newid; peidio ag ysgrifennu dim",
    "for records changed on both sides: keep mine, take theirs, or ask for each":
        ("ar gyfer cofnodion a newidiwyd ar y ddwy ochr: cadw fy rhai i (mine), cymryd eu rhai nhw "
         "(theirs), neu ofyn am bob un (ask)"),
    "show (or renew) this installation's identity": "dangos (neu adnewyddu) hunaniaeth y gosodiad hwn",
    "a fresh identity: for a database copied from another computer":
        "hunaniaeth newydd: ar gyfer cronfa ddata a gopïwyd o gyfrifiadur arall",
    "a name for this installation, shown to those importing its bundles":
        "enw ar gyfer y gosodiad hwn, a ddangosir i'r rhai sy'n mewnforio ei fwndeli",
    "write entries to a CSV file for Excel": "ysgrifennu cofnodion i ffeil CSV ar gyfer Excel",
    "add entries from a spreadsheet (CSV)": "ychwanegu cofnodion o daenlen (CSV)",
    "only this rep's entries": "dim ond cofnodion y cynrychiolydd hwn",
    "only the year starting in YEAR, e.g. 2025 for 2025/26":
        "dim ond y flwyddyn sy'n dechrau yn YEAR, e.e. 2025 ar gyfer 2025/26",
    "FIELD=HEADER pairs, e.g. date=Date,hours=Hours (others are detected)":
        "parau MAES=PENNAWD, e.e. date=Dyddiad,hours=Oriau (caiff y lleill eu canfod)",
    "give every row to this rep (for a sheet without a rep column)":
        "rhoi pob rhes i'r cynrychiolydd hwn (ar gyfer taflen heb golofn cynrychiolydd)",
    "check and report; write nothing": "gwirio ac adrodd; peidio ag ysgrifennu dim",
    "import the good rows, leaving out the bad": "mewnforio'r rhesi da, gan adael y rhai gwael allan",
    "approved and taken time off as a calendar": "amser i ffwrdd a gymeradwywyd ac a gymerwyd fel calendr",
    "only this rep's time off": "dim ond amser i ffwrdd y cynrychiolydd hwn",
    "from this date": "o'r dyddiad hwn",
    "to this date": "hyd y dyddiad hwn",
    "SQLite's quick_check only (what the app runs at start)":
        "quick_check SQLite yn unig (yr hyn y mae'r ap yn ei redeg wrth gychwyn)",
    "where to write the backup (must not exist)":
        "ble i ysgrifennu'r copi wrth gefn (rhaid iddo beidio â bodoli)",
    "list the backups in the backups folder": "rhestru'r copïau wrth gefn yn y ffolder copïau wrth gefn",
    "keep the newest N automatic backups (stored in the database; default 10)":
        "cadw'r N copi wrth gefn awtomatig diweddaraf (wedi'i gadw yn y gronfa ddata; diofyn 10)",
    "the backup to restore": "y copi wrth gefn i'w adfer",
    "change the passphrase (and its backups'); the new one from UNIONREP_NEW_PASSPHRASE or a prompt":
        ("newid y cyfrinymadrodd (a chyfrinymadrodd ei chopïau wrth gefn); yr un newydd o "
         "UNIONREP_NEW_PASSPHRASE neu anogwr"),
    "show every setting": "dangos pob gosodiad",
    "change a setting (an empty VALUE clears it)": "newid gosodiad (mae VALUE gwag yn ei glirio)",
    "take back the last change (made here or in the app)":
        "dadwneud y newid diwethaf (a wnaed yma neu yn yr ap)",
    "an earlier change's id, from history": "id newid cynharach, o'r hanes",
    "do again the change undone last": "ail-wneud y newid a ddadwnaed ddiwethaf",
    "an undone change's id, from history": "id newid a ddadwnaed, o'r hanes",
    "the recent changes, newest first": "y newidiadau diweddar, y mwyaf newydd yn gyntaf",
    "how many (default 20)": "faint (rhagosodiad 20)",
}

# Help that ends in a list of ids: the Welsh of the words before the list.
HELP_PREFIXES_CY: dict[str, str] = {
    "one of: ": "un o: ",
}

# argparse's own messages (its gettext msgids, Python 3.11–3.13).
ARGPARSE_CY: dict[str, str] = {
    "usage: ": "defnydd: ",
    "positional arguments": "ymresymiadau safleol",
    "options": "opsiynau",
    "optional arguments": "opsiynau",
    "show this help message and exit": "dangos y neges gymorth hon a gadael",
    "show program's version number and exit": "dangos rhif fersiwn y rhaglen a gadael",
    "the following arguments are required: %s": "mae angen yr ymresymiadau canlynol: %s",
    "unrecognized arguments: %s": "ymresymiadau anhysbys: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "dewis annilys: %(value)r (dewiswch o %(choices)s)",
    "argument %(argument_name)s: %(message)s": "ymresymiad %(argument_name)s: %(message)s",
    "expected one argument": "disgwylid un ymresymiad",
    "expected at least one argument": "disgwylid o leiaf un ymresymiad",
    "expected at most one argument": "disgwylid un ymresymiad ar y mwyaf",
    "expected %s argument": "disgwylid %s ymresymiad",
    "expected %s arguments": "disgwylid %s ymresymiad",
    "not allowed with argument %s": "ni chaniateir gyda'r ymresymiad %s",
    "one of the arguments %s is required": "mae angen un o'r ymresymiadau %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsiwn amwys: gallai %(option)s gyfateb i %(matches)s",
    "ignored explicit argument %r": "anwybyddwyd yr ymresymiad penodol %r",
    "invalid %(type)s value: %(value)r": "gwerth %(type)s annilys: %(value)r",
    "can't open '%(filename)s': %(error)s": "methu agor '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: gwall: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "is-orchymyn anhysbys %(parser_name)r (dewisiadau: %(choices)s)",
    "unexpected option string: %s": "llinyn opsiwn annisgwyl: %s",
}
