"""unionrep-cli's help in both languages (every help= and description; the English is the key)
and argparse's own words. tests/cli/test_cli_welsh.py checks every help string has its Welsh."""

from __future__ import annotations

from unionrep.i18n.text import Text

CLI_HELP: tuple[Text, ...] = (
    Text(
        en="Keep a union rep's facility time from the command line.",
        cy="Cadw amser cyfleuster cynrychiolydd undeb o'r llinell orchymyn.",
    ),
    Text(en="show this help message and exit", cy="dangos y neges gymorth hon a gadael"),
    Text(
        en="database file (default: $UNIONREP_DB, then the user data folder)",
        cy="ffeil y gronfa ddata (diofyn: $UNIONREP_DB, yna ffolder data'r defnyddiwr)",
    ),
    Text(en="machine-readable output", cy="allbwn i'w ddarllen gan beiriant"),
    Text(en="show program's version number and exit", cy="dangos rhif fersiwn y rhaglen a gadael"),
    Text(
        en="the language of messages and help, given before the command: cy (Cymraeg) or en (English); "
           "default: UNIONREP_LANG, then the system locale",
        cy="iaith y negeseuon a'r cymorth, o flaen y gorchymyn: cy (Cymraeg) neu en (English); diofyn: "
           "UNIONREP_LANG, yna locale y system",
    ),
    Text(en="create a database with a policy profile", cy="creu cronfa ddata gyda phroffil polisi"),
    Text(en="add, list, show and edit reps", cy="ychwanegu, rhestru, dangos a golygu cynrychiolwyr"),
    Text(en="assign and end roles", cy="neilltuo rolau a dod â nhw i ben"),
    Text(en="time-off entries", cy="cofnodion amser i ffwrdd"),
    Text(en="a rep's allowances for the year", cy="lwfansau cynrychiolydd am y flwyddyn"),
    Text(en="everything that needs attention", cy="popeth sydd angen sylw"),
    Text(en="policy profiles", cy="proffiliau polisi"),
    Text(
        en="extensions for complex cases (11.1–11.2)",
        cy="estyniadau ar gyfer achosion cymhleth (11.1–11.2)",
    ),
    Text(en="time off in lieu (14.3–14.4)", cy="amser i ffwrdd yn lle (14.3–14.4)"),
    Text(
        en="refusals and complaints: the ladder, ACAS and tribunal deadlines (21, 22)",
        cy="gwrthodiadau a chwynion: yr ysgol, ACAS a therfynau amser y tribiwnlys (21, 22)",
    ),
    Text(
        en="write the Pro Forma Request for an entry (18.1, 18.3)",
        cy="ysgrifennu Cais Pro Fforma ar gyfer cofnod (18.1, 18.3)",
    ),
    Text(
        en="write the letter for a step of a dispute (21, 22)",
        cy="ysgrifennu'r llythyr ar gyfer cam mewn anghydfod (21, 22)",
    ),
    Text(en="write a rep's yearly statement", cy="ysgrifennu datganiad blynyddol cynrychiolydd"),
    Text(en="write the branch's facility time summary", cy="ysgrifennu crynodeb amser cyfleuster y gangen"),
    Text(
        en="write a bundle of records for another unionrep (encrypted with a passphrase)",
        cy="ysgrifennu bwndel o gofnodion ar gyfer unionrep arall (wedi'i amgryptio â chyfrinymadrodd)",
    ),
    Text(
        en="take in a bundle from another unionrep: shows what changes, writes in one go",
        cy="derbyn bwndel o unionrep arall: yn dangos beth sy'n newid, ac yn ysgrifennu ar unwaith",
    ),
    Text(en="this installation's identity for bundles", cy="hunaniaeth y gosodiad hwn ar gyfer bwndeli"),
    Text(en="time-off entries as a spreadsheet (CSV)", cy="cofnodion amser i ffwrdd fel taenlen (CSV)"),
    Text(en="calendars (.ics)", cy="calendrau (.ics)"),
    Text(
        en="check the database is whole (SQLite integrity and foreign-key checks); changes nothing",
        cy="gwirio bod y gronfa ddata'n gyfan (gwiriadau cyfanrwydd ac allweddi estron SQLite); nid yw'n "
           "newid dim",
    ),
    Text(
        en="back up the database (to FILE, or to the backups folder beside it)",
        cy="gwneud copi wrth gefn o'r gronfa ddata (i FILE, neu i'r ffolder copïau wrth gefn wrth ei hochr)",
    ),
    Text(
        en="replace the database with a backup, after checking it; the current one is kept aside",
        cy="rhoi copi wrth gefn yn lle'r gronfa ddata, ar ôl ei wirio; cedwir yr un presennol o'r neilltu",
    ),
    Text(
        en="move a damaged database aside untouched and restore a backup (default: the newest good one)",
        cy="symud cronfa ddata sydd wedi'i difrodi o'r neilltu heb ei chyffwrdd, ac adfer copi wrth gefn "
           "(diofyn: yr un da diweddaraf)",
    ),
    Text(
        en="encrypt a plain database (and its backups) in place; passphrase from UNIONREP_PASSPHRASE or "
           "a prompt",
        cy="amgryptio cronfa ddata blaen (a'i chopïau wrth gefn) yn ei lle; y cyfrinymadrodd o "
           "UNIONREP_PASSPHRASE neu anogwr",
    ),
    Text(en="the passphrase of an encrypted database", cy="cyfrinymadrodd cronfa ddata wedi'i hamgryptio"),
    Text(en="your details and the documents' settings", cy="eich manylion a gosodiadau'r dogfennau"),
    Text(en="profile id (default denbighshire-2012)", cy="id y proffil (diofyn denbighshire-2012)"),
    Text(en="add a rep", cy="ychwanegu cynrychiolydd"),
    Text(en="change a rep's details", cy="newid manylion cynrychiolydd"),
    Text(en="list reps", cy="rhestru cynrychiolwyr"),
    Text(en="show a rep and their roles", cy="dangos cynrychiolydd a'i rolau"),
    Text(
        en="contracted hours a week (default: full time)",
        cy="oriau dan gontract yr wythnos (diofyn: llawn amser)",
    ),
    Text(
        en="full-time hours a week (default from the profile, 37)",
        cy="oriau llawn amser yr wythnos (diofyn o'r proffil, 37)",
    ),
    Text(
        en="school-based: years follow the academic year",
        cy="mewn ysgol: mae'r blynyddoedd yn dilyn y flwyddyn academaidd",
    ),
    Text(
        en="MM-DD the academic year starts (default 09-01)",
        cy="MM-DD dechrau'r flwyddyn academaidd (diofyn 09-01)",
    ),
    Text(
        en="NJC spinal column point (sets the hourly rate)",
        cy="pwynt colofn cyflog y Cyd-gyngor Cenedlaethol (NJC) (yn gosod y gyfradd yr awr)",
    ),
    Text(
        en="hourly rate in pounds, instead of an SCP",
        cy="cyfradd yr awr mewn punnoedd, yn lle pwynt colofn (SCP)",
    ),
    Text(en="the rep's id or exact name", cy="id y cynrychiolydd neu ei union enw"),
    Text(
        en="the day the rep stood down (empty to clear)",
        cy="y diwrnod y camodd y cynrychiolydd i lawr (gwag i glirio)",
    ),
    Text(en="include reps who have stood down", cy="cynnwys cynrychiolwyr sydd wedi camu i lawr"),
    Text(en="give a rep a role", cy="rhoi rôl i gynrychiolydd"),
    Text(en="end a rep's role", cy="dod â rôl cynrychiolydd i ben"),
    Text(en="first day (default today)", cy="diwrnod cyntaf (diofyn heddiw)"),
    Text(en="last day (default: open)", cy="diwrnod olaf (diofyn: agored)"),
    Text(
        en="the day the union told the employer in writing (4.1–4.2)",
        cy="y diwrnod y rhoddodd yr undeb wybod i'r cyflogwr yn ysgrifenedig (4.1–4.2)",
    ),
    Text(
        en="branch secretary: share of contracted time (13.1)",
        cy="ysgrifennydd cangen: cyfran o'r amser dan gontract (13.1)",
    ),
    Text(en="last day held (default today)", cy="y diwrnod olaf y daliwyd hi (diofyn heddiw)"),
    Text(en="log time off", cy="cofnodi amser i ffwrdd"),
    Text(
        en="change an entry (or move it along the status flow)",
        cy="newid cofnod (neu ei symud ymlaen drwy'r statws)",
    ),
    Text(
        en="delete an entry (kept in the audit trail)",
        cy="dileu cofnod (fe'i cedwir yn y trywydd archwilio)",
    ),
    Text(en="list entries", cy="rhestru cofnodion"),
    Text(en="show an entry and its history", cy="dangos cofnod a'i hanes"),
    Text(en="duration, e.g. 2.5 or 2:30", cy="hyd, e.e. 2.5 neu 2:30"),
    Text(en="HH:MM", cy="HH:MM"),
    Text(
        en="the role the time is for (a role id, e.g. steward)",
        cy="y rôl y mae'r amser ar ei chyfer (id rôl, e.e. steward)",
    ),
    Text(en="the day of the time off, YYYY-MM-DD", cy="diwrnod yr amser i ffwrdd, BBBB-MM-DD"),
    Text(en="the category (a category id, e.g. duties)", cy="y categori (id categori, e.e. duties)"),
    Text(en="what the time is for", cy="diben yr amser"),
    Text(en="where it takes place", cy="ble mae'n digwydd"),
    Text(en="the case reference, if any", cy="cyfeirnod yr achos, os oes un"),
    Text(en="notes", cy="nodiadau"),
    Text(en="the time is unpaid", cy="amser heb dâl ydyw"),
    Text(
        en="the time is paid (for a category unpaid unless agreed)",
        cy="amser â thâl ydyw (ar gyfer categori heb dâl oni chytunir)",
    ),
    Text(en="the day notice was given", cy="y diwrnod y rhoddwyd rhybudd"),
    Text(en="delete without asking (needed with no terminal)", cy="dileu heb ofyn (angen heb derfynell)"),
    Text(
        en="a .csv of one header row and one record a row, for a spreadsheet or pandas",
        cy="ffeil .csv ag un rhes pennawd ac un cofnod ym mhob rhes, i daenlen neu pandas",
    ),
    Text(
        en="draft | requested | approved | refused | withdrawn | taken",
        cy="draft (drafft) | requested (gwnaed cais) | approved (cymeradwywyd) | refused (gwrthodwyd) | "
           "withdrawn (tynnwyd yn ôl) | taken (cymerwyd)",
    ),
    Text(en="a conference: 3 weeks' notice (12.5)", cy="cynhadledd: rhybudd o 3 wythnos (12.5)"),
    Text(en="political activity (not covered, 12.5)", cy="gweithgarwch gwleidyddol (heb ei gynnwys, 12.5)"),
    Text(
        en="log it even if it overlaps or repeats another entry of the rep's that day",
        cy="ei gofnodi hyd yn oed os yw'n gorgyffwrdd â chofnod arall y cynrychiolydd y diwrnod hwnnw neu'n "
           "ei ailadrodd",
    ),
    Text(
        en="keep the change even if the entry then overlaps or repeats another of that day",
        cy="cadw'r newid hyd yn oed os yw'r cofnod wedyn yn gorgyffwrdd â chofnod arall o'r diwrnod hwnnw "
           "neu'n ei ailadrodd",
    ),
    Text(
        en="the day new --weekly-hours start (default: from the start, for every year)",
        cy="y diwrnod y mae'r --weekly-hours newydd yn dechrau (rhagosodiad: o'r dechrau, ar gyfer pob "
           "blwyddyn)",
    ),
    Text(
        en="the year starting in YEAR, e.g. 2025 for 2025/26",
        cy="y flwyddyn sy'n dechrau yn YEAR, e.e. 2025 ar gyfer 2025/26",
    ),
    Text(
        en="the year containing this date (default today)",
        cy="y flwyddyn sy'n cynnwys y dyddiad hwn (diofyn heddiw)",
    ),
    Text(en="as of this date (default today)", cy="ar y dyddiad hwn (diofyn heddiw)"),
    Text(en="the shipped profiles", cy="y proffiliau sydd wedi'u cynnwys"),
    Text(en="the profile in use", cy="y proffil sy'n cael ei ddefnyddio"),
    Text(
        en="change a setting of the profile in use",
        cy="newid un o osodiadau'r proffil sy'n cael ei ddefnyddio",
    ),
    Text(
        en="settings.X, allowances.ID.X, combined.X or organisation.X",
        cy="settings.X, allowances.ID.X, combined.X neu organisation.X",
    ),
    Text(en="record an agreed extension", cy="cofnodi estyniad y cytunwyd arno"),
    Text(en="case reference", cy="cyfeirnod yr achos"),
    Text(en="record TOIL earned or taken", cy="cofnodi amser i ffwrdd yn lle a enillwyd neu a gymerwyd"),
    Text(
        en="open a dispute from a refused entry, or a complaint (22.1)",
        cy="agor anghydfod o gofnod a wrthodwyd, neu gŵyn (22.1)",
    ),
    Text(en="take a dispute to the next step of the ladder", cy="mynd ag anghydfod i gam nesaf yr ysgol"),
    Text(
        en="record the response at the current step; an outcome closes it",
        cy="cofnodi'r ymateb yn y cam presennol; mae canlyniad yn ei gau",
    ),
    Text(en="undo an outcome recorded by mistake", cy="dadwneud canlyniad a gofnodwyd trwy gamgymeriad"),
    Text(
        en="record ACAS early conciliation (Day A, Day B)",
        cy="cofnodi cymodi cynnar ACAS (Diwrnod A, Diwrnod B)",
    ),
    Text(
        en="change the reasons, alternative offered, people or notes",
        cy="newid y rhesymau, y dewis arall a gynigiwyd, y bobl neu'r nodiadau",
    ),
    Text(en="list disputes", cy="rhestru anghydfodau"),
    Text(
        en="show a dispute, its steps, deadline and history",
        cy="dangos anghydfod, ei gamau, ei derfyn amser a'i hanes",
    ),
    Text(en="what needs attention in open disputes", cy="beth sydd angen sylw mewn anghydfodau agored"),
    Text(
        en="export response dates and tribunal deadlines as a calendar",
        cy="allforio dyddiadau ymateb a therfynau amser y tribiwnlys fel calendr",
    ),
    Text(
        en="the last day to present a tribunal claim (TULRCA s.171)",
        cy="y diwrnod olaf i gyflwyno hawliad i'r tribiwnlys (TULRCA a.171)",
    ),
    Text(
        en="the refused (or requested) entry; omit with --rep --complaint",
        cy="y cofnod a wrthodwyd (neu y gwnaed cais amdano); hepgorwch gyda --rep --complaint",
    ),
    Text(
        en="the refusal (failure) date; the time limit runs from it",
        cy="dyddiad y gwrthod (y methiant); mae'r terfyn amser yn rhedeg ohono",
    ),
    Text(
        en="the reasons given (omit if none were: clause 21.2)",
        cy="y rhesymau a roddwyd (hepgorwch os na roddwyd rhai: cymal 21.2)",
    ),
    Text(en="any alternative time offered", cy="unrhyw amser arall a gynigiwyd"),
    Text(
        en="the people involved (the manager who refused …)",
        cy="y bobl dan sylw (y rheolwr a wrthododd …)",
    ),
    Text(
        en="the rep (id or exact name), for a complaint without an entry",
        cy="y cynrychiolydd (id neu union enw), ar gyfer cwyn heb gofnod",
    ),
    Text(en="a complaint about operating the agreement (22.1)", cy="cwyn am weithredu'r cytundeb (22.1)"),
    Text(
        en="the day the first step was raised (default: the refusal date)",
        cy="y diwrnod y codwyd y cam cyntaf (diofyn: dyddiad y gwrthod)",
    ),
    Text(en="the dispute's id (or a unique start of it)", cy="id yr anghydfod (neu ddechrau unigryw ohono)"),
    Text(en="the day it was raised (default today)", cy="y diwrnod y'i codwyd (diofyn heddiw)"),
    Text(en="the person it was raised with", cy="y person y'i codwyd gydag ef"),
    Text(en="the day of the response (default today)", cy="diwrnod yr ymateb (diofyn heddiw)"),
    Text(en="what was said", cy="beth a ddywedwyd"),
    Text(en="the day ACAS received the notification", cy="y diwrnod y cafodd ACAS yr hysbysiad"),
    Text(en="the day the certificate was received", cy="y diwrnod y daeth y dystysgrif i law"),
    Text(en="only disputes still open", cy="dim ond anghydfodau sy'n dal ar agor"),
    Text(en="only this rep's", cy="dim ond rhai'r cynrychiolydd hwn"),
    Text(
        en="count days left from this date (default today)",
        cy="cyfrif y dyddiau sy'n weddill o'r dyddiad hwn (diofyn heddiw)",
    ),
    Text(en="the export date (default today)", cy="dyddiad yr allforio (diofyn heddiw)"),
    Text(en="the failure (refusal) date", cy="dyddiad y methiant (y gwrthod)"),
    Text(en="ACAS early conciliation Day A", cy="Diwrnod A cymodi cynnar ACAS"),
    Text(en="ACAS early conciliation Day B", cy="Diwrnod B cymodi cynnar ACAS"),
    Text(
        en="the time limit in months (default 3, or the profile's with --db)",
        cy="y terfyn amser mewn misoedd (diofyn 3, neu un y proffil gyda --db)",
    ),
    Text(
        en="the entry's id (or a unique start of it, 6 characters or more)",
        cy="id y cofnod (neu ddechrau unigryw ohono, 6 nod neu fwy)",
    ),
    Text(en="the file to write (.pdf)", cy="y ffeil i'w hysgrifennu (.pdf)"),
    Text(en="the file to write (.pdf or .csv)", cy="y ffeil i'w hysgrifennu (.pdf neu .csv)"),
    Text(
        en="bilingual (Welsh first), cy or en (default: the document_language setting, else bilingual)",
        cy="bilingual (dwyieithog, Cymraeg yn gyntaf), cy neu en (diofyn: y gosodiad document_language, "
           "neu bilingual)",
    ),
    Text(en="replace the file if it exists", cy="disodli'r ffeil os yw'n bodoli"),
    Text(
        en="the step, as 'dispute show' numbers it: 2 senior manager, 3 Head of Strategic HR (1: the "
           "manager who refused); for a complaint 1 accountable manager, 2 Head of Strategic HR",
        cy="y cam, fel y mae 'dispute show' yn ei rifo: 2 uwch reolwr, 3 Pennaeth AD Strategol (1: y "
           "rheolwr a wrthododd); ar gyfer cwyn 1 y rheolwr atebol, 2 Pennaeth AD Strategol",
    ),
    Text(
        en="the year starting in YEAR (2025 for 2025/26)",
        cy="y flwyddyn sy'n dechrau yn YEAR (2025 ar gyfer 2025/26)",
    ),
    Text(
        en="add the four facility time tables of SI 2017/328 (voluntary)",
        cy="ychwanegu pedwar tabl amser cyfleuster OS 2017/328 (gwirfoddol)",
    ),
    Text(
        en="the total pay bill in pounds (default: the pay_bill setting)",
        cy="cyfanswm y bil cyflog mewn punnoedd (diofyn: y gosodiad pay_bill)",
    ),
    Text(en="the bundle file to write", cy="ffeil y bwndel i'w hysgrifennu"),
    Text(
        en="only this rep's records (id or exact name)",
        cy="dim ond cofnodion y cynrychiolydd hwn (id neu union enw)",
    ),
    Text(
        en="only entries and TOIL on or after this date",
        cy="dim ond cofnodion ac amser i ffwrdd yn lle ar y dyddiad hwn neu ar ei ôl",
    ),
    Text(
        en="only entries and TOIL on or before this date",
        cy="dim ond cofnodion ac amser i ffwrdd yn lle ar y dyddiad hwn neu cyn hynny",
    ),
    Text(
        en="do not encrypt (the file then holds members' data in the clear)",
        cy="peidio ag amgryptio (bydd data'r aelodau yn y ffeil heb ei ddiogelu)",
    ),
    Text(en="the bundle file", cy="ffeil y bwndel"),
    Text(
        en="show what would change; write nothing",
        cy="dangos beth fyddai'n newid; peidio ag ysgrifennu dim",
    ),
    Text(
        en="for records changed on both sides: keep mine, take theirs, or ask for each",
        cy="ar gyfer cofnodion a newidiwyd ar y ddwy ochr: cadw fy rhai i (mine), cymryd eu rhai nhw "
           "(theirs), neu ofyn am bob un (ask)",
    ),
    Text(
        en="show (or renew) this installation's identity",
        cy="dangos (neu adnewyddu) hunaniaeth y gosodiad hwn",
    ),
    Text(
        en="a fresh identity: for a database copied from another computer",
        cy="hunaniaeth newydd: ar gyfer cronfa ddata a gopïwyd o gyfrifiadur arall",
    ),
    Text(
        en="a name for this installation, shown to those importing its bundles",
        cy="enw ar gyfer y gosodiad hwn, a ddangosir i'r rhai sy'n mewnforio ei fwndeli",
    ),
    Text(en="write entries to a CSV file for Excel", cy="ysgrifennu cofnodion i ffeil CSV ar gyfer Excel"),
    Text(en="add entries from a spreadsheet (CSV)", cy="ychwanegu cofnodion o daenlen (CSV)"),
    Text(en="only this rep's entries", cy="dim ond cofnodion y cynrychiolydd hwn"),
    Text(
        en="only the year starting in YEAR, e.g. 2025 for 2025/26",
        cy="dim ond y flwyddyn sy'n dechrau yn YEAR, e.e. 2025 ar gyfer 2025/26",
    ),
    Text(
        en="FIELD=HEADER pairs, e.g. date=Date,hours=Hours (others are detected)",
        cy="parau MAES=PENNAWD, e.e. date=Dyddiad,hours=Oriau (caiff y lleill eu canfod)",
    ),
    Text(
        en="give every row to this rep (for a sheet without a rep column)",
        cy="rhoi pob rhes i'r cynrychiolydd hwn (ar gyfer taflen heb golofn cynrychiolydd)",
    ),
    Text(en="check and report; write nothing", cy="gwirio ac adrodd; peidio ag ysgrifennu dim"),
    Text(
        en="import the good rows, leaving out the bad",
        cy="mewnforio'r rhesi da, gan adael y rhai gwael allan",
    ),
    Text(
        en="approved and taken time off as a calendar",
        cy="amser i ffwrdd a gymeradwywyd ac a gymerwyd fel calendr",
    ),
    Text(en="only this rep's time off", cy="dim ond amser i ffwrdd y cynrychiolydd hwn"),
    Text(en="from this date", cy="o'r dyddiad hwn"),
    Text(en="to this date", cy="hyd y dyddiad hwn"),
    Text(
        en="SQLite's quick_check only (what the app runs at start)",
        cy="quick_check SQLite yn unig (yr hyn y mae'r ap yn ei redeg wrth gychwyn)",
    ),
    Text(
        en="where to write the backup (must not exist)",
        cy="ble i ysgrifennu'r copi wrth gefn (rhaid iddo beidio â bodoli)",
    ),
    Text(
        en="list the backups in the backups folder",
        cy="rhestru'r copïau wrth gefn yn y ffolder copïau wrth gefn",
    ),
    Text(
        en="keep the newest N automatic backups (stored in the database; default 10)",
        cy="cadw'r N copi wrth gefn awtomatig diweddaraf (wedi'i gadw yn y gronfa ddata; diofyn 10)",
    ),
    Text(en="the backup to restore", cy="y copi wrth gefn i'w adfer"),
    Text(
        en="change the passphrase (and its backups'); the new one from UNIONREP_NEW_PASSPHRASE or a prompt",
        cy="newid y cyfrinymadrodd (a chyfrinymadrodd ei chopïau wrth gefn); yr un newydd o "
           "UNIONREP_NEW_PASSPHRASE neu anogwr",
    ),
    Text(en="show every setting", cy="dangos pob gosodiad"),
    Text(en="change a setting (an empty VALUE clears it)", cy="newid gosodiad (mae VALUE gwag yn ei glirio)"),
    Text(
        en="take back the last change (made here or in the app)",
        cy="dadwneud y newid diwethaf (a wnaed yma neu yn yr ap)",
    ),
    Text(en="an earlier change's id, from history", cy="id newid cynharach, o'r hanes"),
    Text(en="do again the change undone last", cy="ail-wneud y newid a ddadwnaed ddiwethaf"),
    Text(en="an undone change's id, from history", cy="id newid a ddadwnaed, o'r hanes"),
    Text(en="the recent changes, newest first", cy="y newidiadau diweddar, y mwyaf newydd yn gyntaf"),
    Text(en="how many (default 20)", cy="faint (rhagosodiad 20)"),
    # unionrep-cli sync, exchange trust, untrust and peers
    Text(
        en="one round with the branch's shared folder: send this installation's changes, apply the others'",
        cy="un rownd gyda ffolder a rennir y gangen: anfon newidiadau'r gosodiad hwn, cymhwyso rhai'r lleill",
    ),
    Text(
        en="the folder the branch shares (OneDrive, Nextcloud, Syncthing…)",
        cy="y ffolder y mae'r gangen yn ei rhannu (OneDrive, Nextcloud, Syncthing…)",
    ),
    Text(
        en="settle the conflicts held back: keep mine or take theirs",
        cy="datrys y gwrthdaro a ddaliwyd yn ôl: cadw fy un i (mine) neu gymryd eu rhai nhw (theirs)",
    ),
    Text(
        en="its id or its key's fingerprint, as `exchange identity` prints them",
        cy="ei id neu ôl bys ei allwedd, fel y mae `exchange identity` yn eu hargraffu",
    ),
    Text(
        en="trust an installation seen in the branch folder",
        cy="trystio gosodiad a welwyd yn ffolder y gangen",
    ),
    Text(
        en="withdraw trust from an installation (a stolen or retired laptop): its files are skipped from "
           "then on; nothing already applied is removed",
        cy="tynnu ymddiriedaeth yn ôl oddi wrth osodiad (gliniadur wedi'i ddwyn neu wedi ymddeol): caiff ei "
           "ffeiliau eu hepgor o hynny ymlaen; ni chaiff dim a gymhwyswyd eisoes ei ddileu",
    ),
    Text(
        en="the installations seen in the branch folder",
        cy="y gosodiadau a welwyd yn ffolder y gangen",
    ),
)

# Help that ends in a list of ids: the words before the list
CLI_HELP_PREFIXES: tuple[Text, ...] = (
    Text(en="one of: ", cy="un o: "),
)

# argparse's own messages (its gettext msgids, Python 3.11–3.13)
ARGPARSE: tuple[Text, ...] = (
    Text(en="usage: ", cy="defnydd: "),
    Text(en="positional arguments", cy="ymresymiadau safleol"),
    Text(en="options", cy="opsiynau"),
    Text(en="optional arguments", cy="opsiynau"),
    Text(en="show this help message and exit", cy="dangos y neges gymorth hon a gadael"),
    Text(en="show program's version number and exit", cy="dangos rhif fersiwn y rhaglen a gadael"),
    Text(en="the following arguments are required: %s", cy="mae angen yr ymresymiadau canlynol: %s"),
    Text(en="unrecognized arguments: %s", cy="ymresymiadau anhysbys: %s"),
    Text(
        en="invalid choice: %(value)r (choose from %(choices)s)",
        cy="dewis annilys: %(value)r (dewiswch o %(choices)s)",
    ),
    Text(en="argument %(argument_name)s: %(message)s", cy="ymresymiad %(argument_name)s: %(message)s"),
    Text(en="expected one argument", cy="disgwylid un ymresymiad"),
    Text(en="expected at least one argument", cy="disgwylid o leiaf un ymresymiad"),
    Text(en="expected at most one argument", cy="disgwylid un ymresymiad ar y mwyaf"),
    Text(en="expected %s argument", cy="disgwylid %s ymresymiad"),
    Text(en="expected %s arguments", cy="disgwylid %s ymresymiad"),
    Text(en="not allowed with argument %s", cy="ni chaniateir gyda'r ymresymiad %s"),
    Text(en="one of the arguments %s is required", cy="mae angen un o'r ymresymiadau %s"),
    Text(
        en="ambiguous option: %(option)s could match %(matches)s",
        cy="opsiwn amwys: gallai %(option)s gyfateb i %(matches)s",
    ),
    Text(en="ignored explicit argument %r", cy="anwybyddwyd yr ymresymiad penodol %r"),
    Text(en="invalid %(type)s value: %(value)r", cy="gwerth %(type)s annilys: %(value)r"),
    Text(en="can't open '%(filename)s': %(error)s", cy="methu agor '%(filename)s': %(error)s"),
    Text(en="%(prog)s: error: %(message)s\n", cy="%(prog)s: gwall: %(message)s\n"),
    Text(
        en="unknown parser %(parser_name)r (choices: %(choices)s)",
        cy="is-orchymyn anhysbys %(parser_name)r (dewisiadau: %(choices)s)",
    ),
    Text(en="unexpected option string: %s", cy="llinyn opsiwn annisgwyl: %s"),
)


# the Welsh of each English text, as the help formatter looks them up
HELP_CY: dict[str, str] = {help.en: help.cy for help in CLI_HELP}
HELP_PREFIXES_CY: dict[str, str] = {prefix.en: prefix.cy for prefix in CLI_HELP_PREFIXES}
ARGPARSE_CY: dict[str, str] = {message.en: message.cy for message in ARGPARSE}
