"""What the store says when a database cannot be opened or used, and its passphrase prompts."""

from __future__ import annotations

from unionrep.i18n.text import Text

# Why a database cannot be opened or used (DatabaseError's kinds)
STORE_ERRORS: dict[str, Text] = {
    "store.ok": Text(en="the database {path} is whole", cy="mae'r gronfa ddata {path} yn gyfan"),
    "store.missing": Text(
        en="no database at {path}; create one with 'unionrep-cli init'",
        cy="dim cronfa ddata yn {path}; crëwch un gyda 'unionrep-cli init'",
    ),
    "store.damaged": Text(
        en="the database {path} is damaged ({detail}). Nothing has been changed. Restore a backup with "
           "'unionrep-cli restore FILE' (backups are in {backups}); 'unionrep-cli check' shows the "
           "damage",
        cy="mae'r gronfa ddata {path} wedi'i difrodi ({detail}). Nid oes dim wedi'i newid. Adferwch gopi "
           "wrth gefn gyda 'unionrep-cli restore FFEIL' (mae'r copïau wrth gefn yn {backups}); mae "
           "'unionrep-cli check' yn dangos y difrod",
    ),
    "store.wrong_passphrase": Text(
        en="the passphrase ({detail}) does not open {path}. Check it and try again; if it is right, the "
           "file is damaged or is not a unionrep database: restore a backup with 'unionrep-cli restore "
           "FILE'",
        cy="nid yw'r cyfrinymadrodd ({detail}) yn agor {path}. Gwiriwch ef a rhowch gynnig arall arni; "
           "os yw'n gywir, mae'r ffeil wedi'i difrodi neu nid yw'n gronfa ddata unionrep: adferwch gopi "
           "wrth gefn gyda 'unionrep-cli restore FFEIL'",
    ),
    "store.no_passphrase": Text(
        en="{path} is encrypted and no passphrase was given: set UNIONREP_PASSPHRASE, or run the command "
           "in a terminal to be asked for it",
        cy="mae {path} wedi'i hamgryptio ac ni roddwyd cyfrinymadrodd: gosodwch UNIONREP_PASSPHRASE, neu "
           "rhedwch y gorchymyn mewn terfynell i gael eich holi amdano",
    ),
    "store.no_passphrase_new": Text(
        en="a new database is encrypted, so it needs a passphrase, and none was given: set "
           "UNIONREP_PASSPHRASE, or run the command in a terminal to choose one (or set UNIONREP_PLAIN=1 "
           "to keep {path} unencrypted). Nothing was created",
        cy="mae cronfa ddata newydd wedi'i hamgryptio, felly mae angen cyfrinymadrodd arni, ac ni "
           "roddwyd un: gosodwch UNIONREP_PASSPHRASE, neu rhedwch y gorchymyn mewn terfynell i ddewis un "
           "(neu gosodwch UNIONREP_PLAIN=1 i gadw {path} heb ei hamgryptio). Ni chrëwyd dim",
    ),
    "store.not_unionrep": Text(
        en="{path} is not a unionrep database ({detail}); nothing was changed. Choose another file with "
           "--db, or create a new database with 'unionrep-cli init'",
        cy="nid yw {path} yn gronfa ddata unionrep ({detail}); nid oes dim wedi newid. Dewiswch ffeil "
           "arall gyda --db, neu crëwch gronfa ddata newydd gyda 'unionrep-cli init'",
    ),
    "store.newer_schema": Text(
        en="{path} was written by a newer version of unionrep (it has {detail}); nothing was changed. "
           "Install the newer version to open it",
        cy="ysgrifennwyd {path} gan fersiwn mwy newydd o unionrep (mae ganddi {detail}); nid oes dim "
           "wedi newid. Gosodwch y fersiwn mwy newydd i'w hagor",
    ),
    "store.needs_sqlcipher": Text(
        en="{path} is encrypted (or is not an SQLite file at all), and this installation cannot open "
           "encrypted databases because the sqlcipher3 package is missing: install it with 'pip install "
           "sqlcipher3'",
        cy="mae {path} wedi'i hamgryptio (neu nid yw'n ffeil SQLite o gwbl), ac ni all y gosodiad hwn "
           "agor cronfeydd data wedi'u hamgryptio gan nad yw'r pecyn sqlcipher3 ar gael: gosodwch ef "
           "gyda 'pip install sqlcipher3'",
    ),
    "store.plain_warning": Text(
        en="warning: the sqlcipher3 package is missing, so {path} is created UNENCRYPTED; install "
           "sqlcipher3 and run 'unionrep-cli encrypt' to encrypt it",
        cy="rhybudd: nid yw'r pecyn sqlcipher3 ar gael, felly mae {path} yn cael ei chreu HEB EI "
           "HAMGRYPTIO; gosodwch sqlcipher3 a rhedwch 'unionrep-cli encrypt' i'w hamgryptio",
    ),
    "store.in_use": Text(
        en="the database {path} is busy: another unionrep (the app, or another command) is using it "
           "({detail}). Nothing was written; close the other one, or try again in a moment",
        cy="mae'r gronfa ddata {path} yn brysur: mae unionrep arall (yr ap, neu orchymyn arall) yn ei "
           "defnyddio ({detail}). Nid ysgrifennwyd dim; caewch y llall, neu rhowch gynnig arall arni "
           "mewn munud",
    ),
    "store.disk_full": Text(
        en="the disk holding {path} is full; the last change was NOT saved. Free some space and try again",
        cy="mae'r ddisg sy'n dal {path} yn llawn; NI chadwyd y newid diwethaf. Rhyddhewch le a rhowch "
           "gynnig arall arni",
    ),
    "store.read_only": Text(
        en="{path} cannot be written ({detail}); nothing was saved. Check the file's permissions",
        cy="ni ellir ysgrifennu {path} ({detail}); ni chadwyd dim. Gwiriwch ganiatâd y ffeil",
    ),
    "store.checking": Text(
        en="{path} is still being checked, as it is at every start (a big file takes a moment); "
           "nothing was saved. Try again in a moment",
        cy="mae {path} yn dal i gael ei gwirio, fel ar bob cychwyn (mae ffeil fawr yn cymryd eiliad); "
           "ni chadwyd dim. Rhowch gynnig arall arni mewn munud",
    ),
    "store.unreadable": Text(
        en="{path} cannot be opened ({detail}). Check that the file and its folder exist and are yours",
        cy="ni ellir agor {path} ({detail}). Gwiriwch fod y ffeil a'i ffolder yn bodoli ac yn eiddo i chi",
    ),
    "store.io_error": Text(
        en="the disk reported an error reading or writing {path} ({detail}); the last change may not be "
           "saved. Run 'unionrep-cli check', and restore a backup with 'unionrep-cli restore FILE' if it "
           "reports damage",
        cy="adroddodd y ddisg wall wrth ddarllen neu ysgrifennu {path} ({detail}); efallai na chadwyd y "
           "newid diwethaf. Rhedwch 'unionrep-cli check', ac adferwch gopi wrth gefn gyda 'unionrep-cli "
           "restore FFEIL' os yw'n dangos difrod",
    ),
    "store.sqlite": Text(
        en="the database {path} reported an error: {detail}",
        cy="adroddodd y gronfa ddata {path} wall: {detail}",
    ),
}

# The passphrase prompts on the terminal
STORE_PROMPTS: dict[str, Text] = {
    "store.prompt.open": Text(en="Passphrase for {path}: ", cy="Cyfrinymadrodd ar gyfer {path}: "),
    "store.prompt.create": Text(
        en="Choose a passphrase for the new database {path} (at least {n} characters): ",
        cy="Dewiswch gyfrinymadrodd ar gyfer y gronfa ddata newydd {path} (o leiaf {n} nod): ",
    ),
    "store.prompt.create_keyring": Text(
        en="Choose a passphrase for the new database {path} (at least {n} characters; leave empty to let "
           "the keyring keep a generated key): ",
        cy="Dewiswch gyfrinymadrodd ar gyfer y gronfa ddata newydd {path} (o leiaf {n} nod; gadewch yn "
           "wag i gylch allweddi'r system gadw allwedd a gynhyrchwyd): ",
    ),
    "store.prompt.new": Text(
        en="New passphrase for {path} (at least {n} characters): ",
        cy="Cyfrinymadrodd newydd ar gyfer {path} (o leiaf {n} nod): ",
    ),
    "store.prompt.again": Text(en="Type it again: ", cy="Teipiwch ef eto: "),
    "store.prompt.mismatch": Text(
        en="The two passphrases differ.",
        cy="Mae'r ddau gyfrinymadrodd yn wahanol.",
    ),
}
