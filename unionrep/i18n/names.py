"""The names of things every shell shows: an entry's status and the kinds of value a field takes,
said once here for the core, the command line, the documents, exchange and the window. (Role and
category names belong to the policy profile, which carries both languages for each.)"""

from __future__ import annotations

from unionrep.i18n.text import Text

# An entry's status (RULES §3), as it is said in running text; documents and the window start it
# with a capital (text.capitalised).
STATUS_NAMES: dict[str, Text] = {
    "status.draft": Text(en="draft", cy="drafft"),
    "status.requested": Text(en="requested", cy="gwnaed cais"),
    "status.approved": Text(en="approved", cy="cymeradwywyd"),
    "status.refused": Text(en="refused", cy="gwrthodwyd"),
    "status.withdrawn": Text(en="withdrawn", cy="tynnwyd yn ôl"),
    "status.taken": Text(en="taken", cy="cymerwyd"),
}

# What a value must be, as an error says it (the Welsh as it reads after "yn")
VALUE_KINDS: dict[str, Text] = {
    "kind.text": Text(en="text", cy="destun"),
    "kind.true_or_false": Text(en="true or false", cy="true neu false"),
    "kind.whole_number": Text(en="a whole number", cy="rhif cyfan"),
    "kind.number": Text(en="a number", cy="rhif"),
    "kind.list": Text(en="a list", cy="rhestr"),
    "kind.table": Text(en="a table", cy="dabl"),
    "kind.date": Text(en="a date", cy="ddyddiad"),
    "kind.value": Text(en="a value", cy="werth"),
}

# How a spreadsheet and the command line's output say true, false and nothing
WORDS: dict[str, Text] = {
    "word.yes": Text(en="yes", cy="ie"),
    "word.no": Text(en="no", cy="na"),
    "word.none": Text(en="none", cy="dim"),
}
