"""Every key the code looks up by name is in the catalogue: a misspelt key fails here, not in front
of a user who chose Welsh."""

from __future__ import annotations

import ast
import pathlib

from unionrep import i18n
from unionrep.i18n import CATALOGUE

ROOT = pathlib.Path(i18n.__file__).resolve().parents[1]

# (module a lookup function comes from, its name) → the prefix it puts before the key
LOOKUPS: dict[tuple[str, str], str] = {
    ("unionrep.i18n", "say"): "",
    ("unionrep.i18n", "text"): "",
    ("unionrep.core.messages", "t"): "",
    ("unionrep.exchange.messages", "t"): "",
    ("unionrep.pdf.labels", "label"): "pdf.",
    ("unionrep.pdf.labels", "label_pair"): "pdf.",
    ("unionrep.pdf.labels", "label_markup"): "pdf.",
    ("unionrep.pdf.letter_texts", "words"): "letter.",
    ("unionrep.pdf.letter_texts", "sentence"): "letter.",
}


def looked_up_keys(source: str) -> list[tuple[str, int]]:
    """The literal keys passed to a catalogue lookup imported into this module (prefix added)."""
    tree = ast.parse(source)
    prefixes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if (node.module, alias.name) in LOOKUPS:
                    prefixes[alias.asname or alias.name] = LOOKUPS[node.module, alias.name]
    keys = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
            continue
        first = node.args[0]
        if node.func.id in prefixes and isinstance(first, ast.Constant) and isinstance(first.value, str):
            keys.append((prefixes[node.func.id] + first.value, node.lineno))
    return keys


def test_the_finder_sees_a_lookup_through_its_import() -> None:
    source = ("from unionrep.i18n import say as s\nfrom unionrep.pdf.labels import label\n"
              "s('a.b', x=1)\nlabel('name')\nother('c.d')\n")
    assert looked_up_keys(source) == [("a.b", 3), ("pdf.name", 4)]


def test_every_key_looked_up_by_name_is_in_the_catalogue() -> None:
    missing, seen = [], 0
    for path in sorted(ROOT.rglob("*.py")):
        for key, line in looked_up_keys(path.read_text(encoding="utf-8")):
            seen += 1
            if key not in CATALOGUE:
                missing.append(f"{path.relative_to(ROOT)}:{line}: {key}")
    assert missing == []
    assert seen > 100  # the finder finds the code's lookups
