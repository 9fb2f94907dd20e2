"""The generated forms and resources are exactly what resources/build.py makes from ui/ and resources/
(they are committed; nobody edits them by hand)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("pyside6-uic") is None or shutil.which("pyside6-rcc") is None,
                    reason="the PySide6 tools are not installed")
def test_generated_files_match_their_sources(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "resources" / "build.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.py"))
    assert Path("unionrep/gui/rc_unionrep.py") in made
    forms = {p.name for p in made if p.parent == Path("unionrep/gui/forms")}
    assert forms == {f"ui_{ui.stem}.py" for ui in (ROOT / "ui").glob("*.ui")}
    for relative in made:
        fresh = _without_tool_version((tmp_path / relative).read_text(encoding="utf-8"))
        committed = _without_tool_version((ROOT / relative).read_text(encoding="utf-8"))
        assert fresh == committed, f"{relative} is out of date: run python resources/build.py"


def _without_tool_version(text: str) -> str:
    """The header line naming the uic/rcc version that wrote the file: another PySide6 release
    writing the same output is not a change of source."""
    return re.sub(r"(?m)^(## Created by: .*?|# Created by: .*?)version [0-9.]+$", r"\1version", text)


def test_every_icon_is_in_the_resource_file() -> None:
    qrc = (ROOT / "resources" / "unionrep.qrc").read_text(encoding="utf-8")
    for icon in (ROOT / "resources" / "icons").glob("*.svg"):
        assert f"icons/{icon.name}" in qrc


def test_pyside_is_imported_only_by_the_gui() -> None:
    allowed = {ROOT / "unionrep" / "__main__.py"}
    offenders = []
    for path in (ROOT / "unionrep").rglob("*.py"):
        if "gui" in path.relative_to(ROOT / "unionrep").parts or path in allowed:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "PySide6" or n.startswith("PySide6.") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_version_without_qt() -> None:
    out = subprocess.run([sys.executable, "-m", "unionrep", "--version"], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.startswith("unionrep ")
