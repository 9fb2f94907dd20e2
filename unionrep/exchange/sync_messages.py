"""What a sync round through the branch folder tells the user, in English and Welsh (registered in
unionrep.exchange.messages.MESSAGES, so `t` says them)."""

from __future__ import annotations

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    # why a file of the branch folder was skipped
    "sync.skip.incomplete": (
        "still arriving (the file is cut short); it is read on a later round once whole",
        "yn dal i gyrraedd (mae'r ffeil wedi'i thorri'n fyr); caiff ei darllen mewn rownd arall pan fydd "
        "yn gyfan",
    ),
    "sync.skip.not_sync": ("not a unionrep sync file", "nid ffeil gysoni unionrep yw hon"),
    "sync.skip.newer": (
        "made by a newer unionrep (format {version}; this one reads format {supported}): update unionrep",
        "wedi'i gwneud gan fersiwn mwy newydd o unionrep (fformat {version}; mae'r un hwn yn darllen "
        "fformat {supported}): diweddarwch unionrep",
    ),
    "sync.skip.damaged": (
        "damaged or changed after it was written",
        "wedi'i difrodi neu ei newid ar ôl ei hysgrifennu",
    ),
    "sync.skip.signature": (
        "its signature does not match: it was changed after it was written",
        "nid yw ei llofnod yn cyfateb: cafodd ei newid ar ôl ei hysgrifennu",
    ),
    "sync.skip.untrusted": (
        "from an installation not trusted here (fingerprint {fingerprint}); check the fingerprint with "
        "its owner, then: unionrep-cli exchange trust {fingerprint}",
        "gan osodiad nad yw'n cael ei drystio yma (ôl bys {fingerprint}); gwiriwch yr ôl bys gyda'i "
        "berchennog, yna: unionrep-cli exchange trust {fingerprint}",
    ),
    "sync.skip.other_key": (
        "signed with another key than the one trusted for this installation (fingerprint {fingerprint})",
        "wedi'i llofnodi ag allwedd wahanol i'r un a drystir ar gyfer y gosodiad hwn (ôl bys {fingerprint})",
    ),
    "sync.skip.copy": (
        "a copy the sync service made; nothing in it is applied twice (the original is read instead)",
        "copi a wnaeth y gwasanaeth cysoni; ni chymhwysir dim ynddo ddwywaith (darllenir y gwreiddiol "
        "yn lle)",
    ),
    "sync.skip.waiting": (
        "waits for file {missing} of the same installation, which has not arrived yet",
        "yn aros am ffeil {missing} yr un gosodiad, nad yw wedi cyrraedd eto",
    ),
    "sync.skip.wrong_place": (
        "its header names another installation or number than its folder and name",
        "mae ei phennawd yn enwi gosodiad neu rif gwahanol i'w ffolder a'i henw",
    ),
    "sync.skip.stale": (
        "the database changed during the round; it is applied on the next round",
        "newidiodd y gronfa ddata yn ystod y rownd; caiff ei chymhwyso yn y rownd nesaf",
    ),
    "sync.skip.twin": (
        "in this installation's folder but not written by this database: it was restored from a backup "
        "(then all is well: numbers go on after it), or copied to another computer (then give the copy an "
        "identity of its own there: unionrep-cli exchange identity --new)",
        "yn ffolder y gosodiad hwn ond heb ei hysgrifennu gan y gronfa ddata hon: cafodd ei hadfer o gopi "
        "wrth gefn (popeth yn iawn felly: mae'r rhifau'n parhau ar ei hôl), neu ei chopïo i gyfrifiadur "
        "arall (rhowch hunaniaeth ei hun i'r copi yno felly: unionrep-cli exchange identity --new)",
    ),
    "sync.skip.held": (
        "held back: {count} conflict(s) to resolve first",
        "wedi'i dal yn ôl: {count} gwrthdaro i'w datrys yn gyntaf",
    ),
    # the round
    "sync.done": (
        "Sent {sent} record(s) in {files} file(s); received {received} change(s) from {applied} file(s)",
        "Anfonwyd {sent} cofnod mewn {files} ffeil; derbyniwyd {received} newid o {applied} ffeil",
    ),
    "sync.in_step": ("In step with the branch: nothing to send or receive",
                     "Yn gyson â'r gangen: dim i'w anfon na'i dderbyn"),
    "sync.removed": ("Removed {count} file(s) of this installation that every trusted peer has applied",
                     "Tynnwyd {count} ffeil o'r gosodiad hwn y mae pob gosodiad a drystir wedi'u cymhwyso"),
    "sync.skipped": ("  skipped {file}: {why}", "  hepgorwyd {file}: {why}"),
    "sync.conflicts": (
        "{count} conflict(s) to resolve, from {peer}: unionrep-cli sync FOLDER --resolve mine|theirs, "
        "or open unionrep",
        "{count} gwrthdaro i'w datrys, gan {peer}: unionrep-cli sync FOLDER --resolve mine|theirs, "
        "neu agorwch unionrep",
    ),
    # trust
    "identity.fingerprint": ("Fingerprint: {fingerprint}", "Ôl bys: {fingerprint}"),
    "trust.done": ("Trusted {label} ({id}), fingerprint {fingerprint}",
                   "Yn trystio {label} ({id}), ôl bys {fingerprint}"),
    "trust.peer": ("  {fingerprint}  {id}  {label}  {state}", "  {fingerprint}  {id}  {label}  {state}"),
    "trust.trusted": ("trusted", "yn cael ei drystio"),
    "trust.untrusted": ("not trusted", "heb ei drystio"),
    "trust.none": ("No other installation has been seen in a branch folder yet",
                   "Ni welwyd unrhyw osodiad arall mewn ffolder cangen eto"),
}
