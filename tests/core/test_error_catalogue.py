"""Every error the core, the store, exchange, the PDFs and the command line raise has its rule as a
plain English template with a Welsh entry of the same {placeholders}."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import unionrep
from unionrep.core import messages
from unionrep.core.errors import NotFoundError, ProfileError, UnionrepError, ValidationError
from unionrep.core.messages_errors import render
from unionrep.i18n import CATALOGUE
from unionrep.i18n.errors import ERRORS_CY

ROOT = Path(unionrep.__file__).parent
# Which argument is the rule, by class; NotFoundError's first argument is a kind (not_found.* in the
# catalogue).
RULE_ARG = {"ValidationError": (1, "rule"), "ProfileError": (1, "rule"), "RecordRejected": (3, "rule"),
            "UnionrepError": (0, "message"), "NotFoundError": (0, "kind")}


def _constructions() -> list[tuple[str, str, ast.Call]]:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if "gui" in path.relative_to(ROOT).parts or path == ROOT / "core" / "errors.py":
            continue  # the GUI has Qt's tr(); errors.py defines the classes
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in RULE_ARG:
                found.append((f"{path.relative_to(ROOT.parent)}:{node.lineno}", name, node))
    return found


def _rule_node(name: str, call: ast.Call) -> ast.expr | None:
    index, keyword = RULE_ARG[name]
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _fields(template: str) -> set[str]:
    return {f"{name}!{conv}" for _, name, _, conv in string.Formatter().parse(template) if name is not None}


CALLS = _constructions()


def test_the_walk_finds_the_raise_sites() -> None:
    assert len(CALLS) > 150


@pytest.mark.parametrize(("where", "name", "call"), CALLS, ids=[c[0] for c in CALLS])
def test_rule_is_a_literal_with_welsh(where: str, name: str, call: ast.Call) -> None:
    rule = _rule_node(name, call)
    assert isinstance(rule, ast.Constant) and isinstance(rule.value, str), \
        f"{where}: {name}'s rule must be a plain literal (a template), not {ast.dump(rule) if rule else None}"
    template = rule.value
    if name == "NotFoundError":
        assert f"not_found.{template}" in CATALOGUE, f"{where}: no Welsh for the kind {template!r}"
        return
    assert template in ERRORS_CY, f"{where}: no Welsh in ERRORS_CY for {template!r}"
    assert _fields(ERRORS_CY[template]) == _fields(template), \
        f"{where}: the Welsh of {template!r} has other placeholders"
    given = {k.arg for k in call.keywords if k.arg is not None}
    if not any(k.arg is None for k in call.keywords):
        assert {f.split("!")[0] for f in _fields(template)} <= given, f"{where}: a placeholder is not given"


def test_catalogue_has_no_unused_entries() -> None:
    used = {_rule_node(name, call).value for _, name, call in CALLS  # type: ignore[union-attr]
            if isinstance(_rule_node(name, call), ast.Constant)}
    assert sorted(set(ERRORS_CY) - used) == []


def test_every_welsh_entry_is_welsh() -> None:
    for en, cy in ERRORS_CY.items():
        assert cy.strip() and cy != en, en


def test_errors_render_in_the_current_language(monkeypatch: pytest.MonkeyPatch) -> None:
    error = ValidationError("hours", "must be more than zero and at most 24 hours")
    monkeypatch.setenv("UNIONREP_LANG", "en")
    assert str(error) == "hours: must be more than zero and at most 24 hours"
    monkeypatch.setenv("UNIONREP_LANG", "cy")
    assert str(error) == f"hours: {ERRORS_CY[error.template]}"
    assert error.rule == ERRORS_CY[error.template]
    assert error.text("en") == "hours: must be more than zero and at most 24 hours"
    assert str(NotFoundError("rep", "Ann")) == "heb ddod o hyd i gynrychiolydd: Ann"
    profile = ProfileError("settings.x", "is not a setting this version knows")
    assert str(profile).startswith("proffil polisi: settings.x: ")
    assert render("{n} x", {"n": 3}, "en") == "3 x"
    assert str(UnionrepError("an already finished message")) == "an already finished message"


def test_set_lang_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI's language (texts.set_lang sets the core's) decides, whatever UNIONREP_LANG says."""
    monkeypatch.setenv("UNIONREP_LANG", "en")
    error = ValidationError("hours", "cannot be more than 24 hours in one entry")
    messages.set_lang("cy")
    assert str(error) == "hours: ni all fod yn fwy na 24 awr mewn un cofnod"
    messages.set_lang(None)
    assert str(error) == "hours: cannot be more than 24 hours in one entry"
