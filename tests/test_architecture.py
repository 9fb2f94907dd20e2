"""House rules that keep the core free of Qt, and the layers free of cycles."""

import ast
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1] / "unionrep"
QT_FREE = ["core", "store", "app", "pdf", "exchange", "cli"]


def test_qt_free_packages_import_no_pyside6_at_runtime():
    code = (
        "import sys, importlib, pkgutil, unionrep\n"
        f"for pkg in {['unionrep.' + name for name in QT_FREE]!r}:\n"
        "    m = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(getattr(m, '__path__', []), pkg + '.'):\n"
        "        if not info.name.endswith('.__main__'):\n"
        "            importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_pyside6_import_outside_the_gui():
    offenders = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] == "gui" or (relative.name == "__main__.py" and len(relative.parts) == 1):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "PySide6" for n in names):
                offenders.append(str(relative))
    assert offenders == []


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_the_import_contracts_are_kept():
    """pyproject.toml's contracts: gui/cli → app → pdf/exchange → store → core, and no way back."""
    result = subprocess.run(["lint-imports"], capture_output=True, text=True, cwd=ROOT.parent, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]

