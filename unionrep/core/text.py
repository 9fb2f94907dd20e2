"""Control characters: refused in what is stored, made visible in what is printed.

A name, purpose or bundle label holding ESC, BEL or another control character would, printed raw to
a terminal, let whoever typed it (or sent the bundle) clear the screen, recolour it or overwrite a
line to fake what it says. So every text field refuses the C0 controls (U+0000–U+001F, NUL among
them), DEL and the C1 controls (U+0080–U+009F, which some terminals also obey); a field that may hold
several lines (notes, a purpose...) keeps line feeds and tabs. printable() shows any control that
reached a terminal anyway (an older database, a file name) as a visible escape such as \\x1b.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from unionrep.core.errors import ValidationError

# fields written by people that may run over several lines
MULTILINE_FIELDS = frozenset({"notes", "purpose", "response", "reason", "people", "details", "text",
                              "summary", "outcome_notes", "body", "address"})

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps \t (09) and \n (0a)


def control_at(value: str, *, multiline: bool = False) -> int | None:
    """Where the first control character a field may not hold is, or None."""
    found = (_CONTROLS_BUT_LINES if multiline else _CONTROLS).search(value)
    return None if found is None else found.start()


def check_no_controls(field: str, value: Any, *, multiline: bool | None = None) -> Any:
    """`value` unchanged, or a ValidationError naming the field and the character."""
    if not isinstance(value, str):
        return value
    lines = field in MULTILINE_FIELDS if multiline is None else multiline
    position = control_at(value, multiline=lines)
    if position is not None:
        raise ValidationError(field, "must not contain the control character {char} (character {n})",
                              char=f"U+{ord(value[position]):04X}", n=position + 1)
    return value


def check_row_text(row: Mapping[str, Any]) -> None:
    """check_no_controls() on every text value of a record about to be stored."""
    for name, value in row.items():
        if isinstance(value, str):
            check_no_controls(name, value)


def printable(text: str) -> str:
    """`text` with every control character but the line feed shown as a visible escape (\\x1b),
    safe to print to a terminal."""
    return _CONTROLS_BUT_NEWLINE.sub(lambda m: _shown(m.group()), text)


_CONTROLS_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SHOWN = {"\t": "\\t", "\r": "\\r"}


def _shown(char: str) -> str:
    return _SHOWN.get(char, f"\\x{ord(char):02x}")
