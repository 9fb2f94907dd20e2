"""The one message catalogue: every entry complete in both languages, its placeholders the same in
each, no key defined twice, and no table of (English, Welsh) texts left outside unionrep.i18n."""

from __future__ import annotations

import ast
import pathlib
import string

import pytest

from unionrep import i18n
from unionrep.core.model import STATUSES
from unionrep.i18n import CATALOGUE, Text, say, set_lang, text
from unionrep.i18n.catalogue import gathered
from unionrep.i18n.cli_help import ARGPARSE, CLI_HELP, CLI_HELP_PREFIXES
from unionrep.i18n.dates import MONTHS, MONTHS_SHORT, WEEKDAYS
from unionrep.i18n.errors import ERRORS

# Families keyed by their English (gettext style: an error's template, a help string)
BY_ENGLISH = {"ERRORS": ERRORS, "CLI_HELP": CLI_HELP, "CLI_HELP_PREFIXES": CLI_HELP_PREFIXES,
              "ARGPARSE": ARGPARSE}

ROOT = pathlib.Path(i18n.__file__).resolve().parents[1]
I18N = ROOT / "i18n"

def every_entry() -> list[tuple[str, Text]]:
    entries = list(CATALOGUE.items())
    entries += [(f"{name}: {entry.en}", entry) for name, family in BY_ENGLISH.items() for entry in family]
    entries += [(f"month {n}", month) for n, month in enumerate(MONTHS, start=1)]
    entries += [(f"month {n} (short)", month) for n, month in enumerate(MONTHS_SHORT, start=1)]
    entries += [(f"weekday {n}", day) for n, day in enumerate(WEEKDAYS)]
    return entries


def fields(template: str) -> set[str]:
    """The placeholders of a template; a Welsh count said with its mutation, {days_n} or {n_cy},
    stands for the English {days} or {n}."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {name.removesuffix("_n").removesuffix("_cy") for name in names}


def test_every_entry_has_english_and_welsh() -> None:
    for key, entry in every_entry():
        assert isinstance(entry, Text), key
        assert entry.en.strip() and entry.cy.strip(), key


def test_the_placeholders_agree_between_the_languages() -> None:
    for key, entry in every_entry():
        assert fields(entry.en) == fields(entry.cy), f"{key}: {entry.en!r} / {entry.cy!r}"


def test_the_placeholder_check_can_fail() -> None:
    assert fields("{rep}: {days} days") == fields("{rep}: {days_n}")
    assert fields("{rep} on {date}") != fields("{rep} ar {day}")


def _literal_keys(tree: ast.AST) -> list[tuple[str, int]]:
    """The constant keys of every dict literal whose values are Text(...) entries."""
    keys = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and _is_text_call(value):
                    keys.append((key.value, key.lineno))
    return keys


def test_no_key_is_defined_twice() -> None:
    # a dict literal keeps the last of two equal keys without a word, so the source is read
    seen: dict[str, str] = {}
    twice = []
    for path in sorted(I18N.glob("*.py")):
        for key, line in _literal_keys(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.name}:{line}"
            if key in seen:
                twice.append(f"{key!r} at {seen[key]} and {where}")
            seen.setdefault(key, where)
    assert twice == []
    assert set(seen) == set(CATALOGUE)
    for name, family in BY_ENGLISH.items():
        english = [entry.en for entry in family]
        assert sorted({e for e in english if english.count(e) > 1}) == [], name

def test_families_that_share_a_key_are_refused() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        gathered({"a": Text("A", "A")}, {"a": Text("B", "B")})


def test_say_fills_each_language_with_its_own_words() -> None:
    assert say("pdf.page", "cy", page=1, total=2) == "Tudalen 1 o 2"
    assert say("pdf.hours_only", "en", h=3, hours=text("pdf.word_hours")) == "3 hours"
    assert say("pdf.hours_only", "cy", h=3, hours=text("pdf.word_hours")) == "3 awr"
    try:
        set_lang("cy")
        assert say("status.requested") == "gwnaed cais"
        set_lang("en")
        assert say("status.requested") == "requested"
    finally:
        set_lang(None)


def test_each_status_is_named_once_for_every_shell() -> None:
    assert {f"status.{s}" for s in STATUSES} == {k for k in CATALOGUE if k.startswith("status.")}


# -- no table of texts outside unionrep.i18n ------------------------------------------------------


def _is_pair(node: ast.AST) -> bool:
    return (isinstance(node, ast.Tuple) and len(node.elts) == 2
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts))


def _is_text_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    name = getattr(node.func, "id", getattr(node.func, "attr", None))
    arguments = [*node.args, *(k.value for k in node.keywords)]
    return name in {"Text", "Bilingual", "Words"} and len(arguments) == 2 and all(
        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments)


def _is_colour(node: ast.AST) -> bool:
    return _is_pair(node) and all(e.value.startswith("#") for e in node.elts)  # type: ignore[attr-defined]


def tables_of_texts(source: str) -> list[int]:
    """The lines of dict literals that hold texts in two languages: two or more (en, cy) or (cy, en)
    pairs or Text/Bilingual/Words of literals, or texts keyed by language ({"en": …, "cy": …})."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Dict) or not node.values:
            continue
        pairs = len(node.values) >= 2 and all(
            (_is_pair(v) and not _is_colour(v)) or _is_text_call(v) for v in node.values)
        keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
        by_language = {"en", "cy"} <= keys and all(not isinstance(v, ast.Constant) for v in node.values)
        if pairs or by_language:
            found.append(node.lineno)
    return found


def test_the_table_finder_sees_each_shape_and_not_other_data() -> None:
    assert tables_of_texts('T = {"a": ("yes", "ie"), "b": ("no", "na")}') == [1]
    assert tables_of_texts('T = {"a": Text(en="yes", cy="ie"), "b": Text("no", "na")}') == [1]
    assert tables_of_texts('T = {"en": ("Jan", "Feb"), "cy": ("Ion", "Chwef")}') == [1]
    assert tables_of_texts('C = {"error": ("#9b2c24", "#ff9b8f"), "ok": ("#000", "#fff")}') == []
    assert tables_of_texts('N = {"cy": "Cymraeg", "en": "English"}') == []
    assert tables_of_texts('A = {"h": ("hours", "hrs", "h"), "m": ("minutes", "mins", "m")}') == []


def test_no_module_outside_i18n_holds_a_table_of_texts() -> None:
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("i18n/", "gui/forms/")) or relative == "gui/rc_unionrep.py":
            continue
        lines = tables_of_texts(path.read_text(encoding="utf-8"))
        if lines:
            found[relative] = lines
    assert found == {}
