"""The change history's words: the names of the user's actions, the command line's words for
undo, redo and history, and what a refused undo says of a change."""

from __future__ import annotations

from unionrep.i18n.text import Text

CHANGE_TEXTS: dict[str, Text] = {
    "action.rep.add": Text(en="Add rep", cy="Ychwanegu cynrychiolydd"),
    "action.rep.edit": Text(en="Edit rep", cy="Golygu cynrychiolydd"),
    "action.rep.delete": Text(en="Delete rep", cy="Dileu cynrychiolydd"),
    "action.role.assign": Text(en="Assign role", cy="Neilltuo rôl"),
    "action.role.end": Text(en="End role", cy="Dod â rôl i ben"),
    "action.role.edit": Text(en="Edit role", cy="Golygu rôl"),
    "action.role.delete": Text(en="Delete role", cy="Dileu rôl"),
    "action.extension.add": Text(en="Add extension", cy="Ychwanegu estyniad"),
    "action.extension.edit": Text(en="Edit extension", cy="Golygu estyniad"),
    "action.extension.review": Text(en="Record extension review", cy="Cofnodi adolygiad estyniad"),
    "action.entry.add": Text(en="Log time", cy="Cofnodi amser"),
    "action.entry.edit": Text(en="Edit entry", cy="Golygu cofnod"),
    "action.entry.status": Text(en="Change an entry's status", cy="Newid statws cofnod"),
    "action.entry.delete": Text(en="Delete entry", cy="Dileu cofnod"),
    "action.toil.add": Text(en="Record TOIL", cy="Cofnodi amser i ffwrdd yn lle"),
    "action.dispute.open": Text(en="Open a dispute", cy="Agor anghydfod"),
    "action.dispute.escalate": Text(en="Escalate a dispute", cy="Uwchgyfeirio anghydfod"),
    "action.dispute.respond": Text(en="Record a response", cy="Cofnodi ymateb"),
    "action.dispute.reopen": Text(en="Reopen a dispute", cy="Ailagor anghydfod"),
    "action.dispute.acas": Text(en="Record ACAS dates", cy="Cofnodi dyddiadau ACAS"),
    "action.dispute.edit": Text(en="Edit a dispute", cy="Golygu anghydfod"),
    "action.policy.init": Text(en="Create the book", cy="Creu'r llyfr"),
    "action.policy.set": Text(en="Change the policy", cy="Newid y polisi"),
    "action.policy.replace": Text(en="Change the policy", cy="Newid y polisi"),
    "action.setting.set": Text(en="Change a setting", cy="Newid gosodiad"),
    "action.meta.set": Text(en="Change your details", cy="Newid eich manylion"),
    "action.undo": Text(en="Undo", cy="Dadwneud"),
    "action.redo": Text(en="Redo", cy="Ail-wneud"),
    # the command line
    "undo.done": Text(en="Undone: {action} ({when})", cy="Wedi dadwneud: {action} ({when})"),
    "redo.done": Text(en="Redone: {action} ({when})", cy="Wedi ail-wneud: {action} ({when})"),
    "history.empty": Text(en="No changes yet.", cy="Dim newidiadau eto."),
    "history.state.undone": Text(en="(undone)", cy="(wedi'i ddadwneud)"),
    "history.state.dropped": Text(en="(undone)", cy="(wedi'i ddadwneud)"),
    "history.target": Text(en="{action}: {target}", cy="{action}: {target}"),
}

# What a dispute's changes since its opening are called when an undo is refused ("escalated", …)
CHANGE_SINCE_OPENING: dict[str, Text] = {
    "change.since_opening.stage": Text(en="escalated", cy="wedi'i uwchgyfeirio"),
    "change.since_opening.acas": Text(en="ACAS dates recorded", cy="dyddiadau ACAS wedi'u cofnodi"),
    "change.since_opening.response": Text(en="a response recorded", cy="ymateb wedi'i gofnodi"),
    "change.since_opening.outcome": Text(en="an outcome recorded", cy="canlyniad wedi'i gofnodi"),
    "change.since_opening.details": Text(en="its details edited", cy="ei fanylion wedi'u golygu"),
}

# The state of a change, as a refusal to undo or redo it names it
CHANGE_STATES: dict[str, Text] = {
    "change.state.done": Text(en="done", cy="wedi'i wneud"),
    "change.state.undone": Text(en="undone", cy="wedi'i ddadwneud"),
    "change.state.dropped": Text(en="replaced by a later change", cy="wedi'i ddisodli gan newid diweddarach"),
    "change.state.undo": Text(en="an undo", cy="dadwneud"),
    "change.state.redo": Text(en="a redo", cy="ail-wneud"),
}
