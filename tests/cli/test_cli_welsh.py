"""unionrep-cli in Welsh: --lang, UNIONREP_LANG and the system locale choose the language; errors,
help (argparse's own words too) and the human output are Welsh; --json stays as DESIGN.md has it."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from unionrep.cli import main as cli
from unionrep.cli.lang import choose_lang, lang_from_argv
from unionrep.i18n.cli_help import HELP_CY, HELP_PREFIXES_CY

CLI = shutil.which("unionrep-cli")
needs_cli = pytest.mark.skipif(CLI is None, reason="unionrep-cli is not installed")


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [CLI] if CLI else [sys.executable, "-m", "unionrep.cli"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _help_strings(parser: argparse.ArgumentParser) -> set[str]:
    found: set[str] = set()
    for p in _parsers(parser):
        if p.description:
            found.add(p.description)
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                found.add(action.help)
            if isinstance(action, argparse._SubParsersAction):
                found.update(c.help for c in action._choices_actions if c.help)
    return found


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_help_string_has_welsh() -> None:
    missing = sorted(h for h in _help_strings(cli.build_parser())
                     if h not in HELP_CY and not any(h.startswith(p) for p in HELP_PREFIXES_CY))
    assert missing == []


@needs_cli
@pytest.mark.parametrize("command", [[], ["log", "add"]], ids=["top", "log-add"])
def test_help_is_welsh_with_lang_cy(command: list[str]) -> None:
    english = run_cli(*command, "--help", env={"UNIONREP_LANG": "en"})
    welsh = run_cli("--lang", "cy", *command, "--help")
    assert english.returncode == welsh.returncode == 0, welsh.stderr
    assert english.stdout.startswith("usage: ") and "show this help message and exit" in english.stdout
    text = _flat(welsh.stdout)
    assert welsh.stdout.startswith("defnydd: unionrep-cli")
    assert "dangos y neges gymorth hon a gadael" in text and "opsiynau:" in text
    for word in ("usage:", "options:", "positional arguments", "show this help"):
        assert word not in text
    shown_english = [en for en, cy in HELP_CY.items()
                     if en != cy and len(en.split()) >= 3 and _flat(en) in _flat(english.stdout)]
    assert shown_english, "the English help shows help strings of the catalogue"
    for en in shown_english:
        assert _flat(en) not in text, en
        assert _flat(HELP_CY[en]) in text, HELP_CY[en]


@needs_cli
def test_a_bad_entry_in_welsh_is_refused_and_changes_nothing(tmp_path) -> None:
    db = str(tmp_path / "cangen.db")
    assert run_cli("--db", db, "init").returncode == 0
    assert run_cli("--db", db, "rep", "add", "--name", "Siân Ŵyn").returncode == 0
    assert run_cli("--db", db, "role", "assign", "Siân Ŵyn", "steward",
                   "--from", "2025-04-01").returncode == 0
    before = run_cli("--db", db, "--json", "log", "list").stdout

    result = run_cli("--db", db, "--lang", "cy", "log", "add", "Siân Ŵyn", "--role", "steward",
                     "--date", "2025-05-02", "--hours", "30")
    assert result.returncode == 1
    assert result.stderr.strip() == "unionrep-cli: gwall: hours: ni all fod yn fwy na 24 awr mewn un cofnod"
    assert run_cli("--db", db, "--json", "log", "list").stdout == before == "[]\n"

    as_json = run_cli("--db", db, "--json", "--lang", "cy", "log", "add", "Siân Ŵyn", "--role", "steward",
                      "--date", "2025-02-30", "--hours", "2")
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout) == {
        "error": "date: nid yw '2025-02-30' yn ddyddiad go iawn ar ffurf BBBB-MM-DD"}

    missing = run_cli("--db", db, "--lang", "cy", "log", "add", "Siân Ŵyn")
    assert missing.returncode == 2
    assert "mae angen yr ymresymiadau canlynol: --role, --date" in missing.stderr
    assert run_cli("--db", db, "--json", "log", "list").stdout == "[]\n"


@needs_cli
def test_the_system_locale_chooses_welsh_when_nothing_else_does(tmp_path) -> None:
    db = str(tmp_path / "missing.db")
    base = {"UNIONREP_LANG": "", "LC_ALL": "", "LC_MESSAGES": ""}
    welsh = run_cli("--db", db, "flags", env={**base, "LANG": "cy_GB.UTF-8"})
    assert welsh.returncode == 1
    assert "dim cronfa ddata yn" in welsh.stderr and welsh.stderr.startswith("unionrep-cli: gwall: ")
    english = run_cli("--db", db, "flags", env={**base, "LANG": "cy_GB.UTF-8", "LC_ALL": "en_GB.UTF-8"})
    assert "no database at" in english.stderr
    said = {"UNIONREP_LANG": "en", "LANG": "cy_GB"}
    assert "no database at" in run_cli("--db", db, "flags", env=said).stderr
    assert "dim cronfa ddata" in run_cli("--db", db, "flags", env={"UNIONREP_LANG": "cy"}).stderr
    asked = run_cli("--lang", "en", "--db", db, "flags", env={"UNIONREP_LANG": "cy"})
    assert "no database at" in asked.stderr


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("UNIONREP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert choose_lang([]) == "en"
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    assert choose_lang(["flags"]) == "cy"
    monkeypatch.setenv("LC_MESSAGES", "en_GB.UTF-8")
    assert choose_lang(["flags"]) == "en"
    monkeypatch.setenv("UNIONREP_LANG", "cy")
    assert choose_lang(["flags"]) == "cy"
    assert choose_lang(["--lang", "en", "flags"]) == "en"
    assert choose_lang(["--db", "x.db", "--lang=en", "flags"]) == "en"
    # a document's own --lang (bilingual | cy | en) comes after the command and is not the CLI's
    assert lang_from_argv(["proforma", "abc123", "--lang", "en", "-o", "x.pdf"]) is None
    assert lang_from_argv(["--db", "--lang", "flags"]) is None  # "--lang" here is the database's name


def test_human_output_names_roles_categories_statuses_and_units_in_welsh(db_path, capsys) -> None:
    def run(*args: str) -> str:
        assert cli.main(["--db", str(db_path), *args]) == 0
        return capsys.readouterr().out

    run("init")
    run("rep", "add", "--name", "Siân Ŵyn")
    run("role", "assign", "Siân Ŵyn", "steward", "--from", "2025-04-01")
    run("log", "add", "Siân Ŵyn", "--role", "steward", "--date", "2025-05-02", "--hours", "2.5",
        "--status", "approved")
    listed = run("--lang", "cy", "log", "list")
    assert "Swyddog cangen / stiward" in listed and "Dyletswyddau undeb llafur" in listed
    assert "cymeradwywyd" in listed and "steward " not in listed and "approved" not in listed
    balance = run("--lang", "cy", "balance", "Siân Ŵyn", "--on", "2025-06-01")
    assert "Swyddog cangen / stiward" in balance
    assert "lwfans 100:00 (100.00 awr): defnyddiwyd 2:30 (2.50 awr)" in balance
    assert "amser â thâl eleni" in balance and "used" not in balance
    assert "100.00 awr y flwyddyn" in balance and "a year" not in balance
    english = run("balance", "Siân Ŵyn", "--on", "2025-06-01")
    assert "Branch officer / steward" in english
    assert "allowance 100:00 (100.00 h): used 2:30 (2.50 h)" in english

    as_json = [json.loads(run(*lang, "--json", "balance", "Siân Ŵyn", "--on", "2025-06-01"))
               for lang in ([], ["--lang", "cy"])]
    assert as_json[0] == as_json[1]
    assert as_json[1]["allowances"][0]["role"] == "steward" and as_json[1]["allowances"][0]["unit"] == "hours"
    assert as_json[1]["allowances"][0]["basis"] == ["100.00 hours a year"]
    entries = json.loads(run("--lang", "cy", "--json", "log", "list"))
    assert entries[0]["role"] == "steward" and entries[0]["status"] == "approved"

    shown = run("--lang", "cy", "log", "show", entries[0]["id"])
    assert "rôl: Swyddog cangen / stiward" in shown and "statws: cymeradwywyd" in shown
    assert "â thâl: ie" in shown and "hanes:" in shown
    assert "role: Branch officer / steward" in run("log", "show", entries[0]["id"])
    rep = run("--lang", "cy", "rep", "show", "Siân Ŵyn")
    assert "oriau'r wythnos: 37.0" in rep and "Swyddog cangen / stiward  2025-04-01 – nawr" in rep
    assert "weekly hours: 37.0" in run("rep", "show", "Siân Ŵyn")
