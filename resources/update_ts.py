"""Refresh resources/translations/*.ts from the GUI's sources (what pyside6-lupdate does, for the way
this code marks strings), keeping every translation already made.

    python resources/update_ts.py           # add new strings (unfinished), drop ones no longer used
    python resources/update_ts.py --check   # exit 1 if a .ts is out of date or has untranslated strings

unionrep_cy.ts holds the Welsh; unionrep_en.ts the English, each translation equal to its source
(this script fills those in), so that English is a translation loaded like any other and a string
missing from either file is caught the same way.

Strings are found in three forms, each with its context:
- `_t("text")` in a module whose `_t` returns `QCoreApplication.translate("Context", text)`;
- `QCoreApplication.translate("Context", "text")` written out (also in the generated forms);
- `self.tr("text")` in a class: the context is the class's name.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "unionrep" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"

Messages = dict[str, dict[str, None]]  # context → sources, in the order first seen

# Qt's own words on the standard buttons (Qt ships no Welsh for them)
QT_STRINGS = {"QPlatformTheme": ["OK", "&OK", "Save", "&Save", "Cancel", "&Cancel", "Close", "&Close",
                                 "&Yes", "&No", "Apply", "Help", "Discard"]}


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translate_context(node: ast.AST) -> str | None:
    """The context of a `QCoreApplication.translate("Context", ...)`-style call."""
    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return _string(node.args[0])
    return None


def _marker_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for inner in ast.walk(node):
                context = _translate_context(inner)
                if context is not None:
                    return context
    return None


def extract(path: Path, found: Messages) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    marker = _marker_context(tree)

    def add(context: str, source: str | None) -> None:
        if source:
            found.setdefault(context, {})[source] = None

    def visit(node: ast.AST, class_name: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                context = _translate_context(child)
                if context is not None and len(child.args) >= 2:
                    add(context, _string(child.args[1]))
                elif isinstance(func, ast.Name) and func.id == "_t" and marker and child.args:
                    add(marker, _string(child.args[0]))
                elif (isinstance(func, ast.Attribute) and func.attr == "tr" and class_name
                      and isinstance(func.value, ast.Name) and func.value.id == "self" and child.args):
                    add(class_name, _string(child.args[0]))
            visit(child, class_name)

    visit(tree, None)


def collect() -> Messages:
    found: Messages = {}
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "rc_unionrep.py":
            continue
        extract(path, found)
    for context, sources in QT_STRINGS.items():
        for source in sources:
            found.setdefault(context, {})[source] = None
    return found


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    done: dict[tuple[str, str], str] = {}
    if not path.exists():
        return done
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if text and (translation is None or translation.get("type") not in ("unfinished", "obsolete")):
                done[(name, message.findtext("source") or "")] = text
    return done


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def render_ts(messages: Messages, done: dict[tuple[str, str], str], language: str) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en_GB">']
    for context in sorted(messages):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for source in messages[context]:
            lines += ["    <message>", f"        <source>{_escape(source)}</source>"]
            translation = done.get((context, source))
            if translation:
                lines.append(f"        <translation>{_escape(translation)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if anything is missing")
    parser.add_argument("--translations", type=Path, default=TRANSLATIONS,
                        help="the folder of .ts files (default: resources/translations)")
    args = parser.parse_args(argv)
    messages = collect()
    status = 0
    for ts in sorted(args.translations.glob("*.ts")):
        language = ET.parse(ts).getroot().get("language", "cy_GB")
        done = read_ts(ts)
        missing = [(c, s) for c in messages for s in messages[c] if (c, s) not in done]
        if language.startswith("en") and not args.check:
            # the sources are English already: each new string is its own translation
            done.update({key: key[1] for key in missing})
            missing = []
        text = render_ts(messages, done, language)
        if args.check:
            if text != ts.read_text(encoding="utf-8") or missing:
                print(f"{ts.name}: {len(missing)} untranslated; out of date: "
                      f"{text != ts.read_text(encoding='utf-8')}")
                for context, source in missing[:20]:
                    print(f"  [{context}] {source}")
                status = 1
        else:
            ts.write_text(text, encoding="utf-8")
            print(f"{ts.name}: {sum(len(v) for v in messages.values())} strings, {len(missing)} untranslated")
    return status


if __name__ == "__main__":
    sys.exit(main())
