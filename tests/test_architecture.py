"""House rules: the core free of Qt, the GUI free of SQL and of the store, the layers free of cycles."""

import ast
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1] / "unionrep"
QT_FREE = ["core", "store", "app", "pdf", "exchange", "cli", "i18n"]


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



def test_opening_a_book_does_not_load_the_pdf_renderer():
    """reportlab comes with the first document made, not with every session (the app's start)."""
    code = ("import sys\nimport unionrep.app.session\n"
            "loaded = [m for m in sys.modules if m.startswith(('reportlab', 'unionrep.pdf.proforma'))]\n"
            "assert not loaded, loaded\n")
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


# -- the GUI is a shell: no SQL and no store in it ---------------------------------------------------

GUI = ROOT / "gui"
GENERATED = ("forms", "rc_unionrep.py")
SQL = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|PRAGMA|CREATE\s+(TABLE|INDEX)"
                 r"|DROP\s+TABLE|ALTER\s+TABLE)\b")


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes (prose that may name SQL, not SQL that runs)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def store_problems(source: str, name: str) -> list[str]:
    """Where `source` holds SQL, imports unionrep.store, or reaches a service's store."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if SQL.search(node.value):
                problems.append(f"{name}:{node.lineno}: SQL {node.value[:40]!r}")
        elif isinstance(node, ast.Import):
            problems += [f"{name}:{node.lineno}: imports {a.name}" for a in node.names
                         if a.name == "unionrep.store" or a.name.startswith("unionrep.store.")]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "unionrep.store" or node.module.startswith("unionrep.store."):
                problems.append(f"{name}:{node.lineno}: imports {node.module}")
            elif node.module == "unionrep" and any(a.name == "store" for a in node.names):
                problems.append(f"{name}:{node.lineno}: imports unionrep.store")
        elif isinstance(node, ast.Attribute) and node.attr == "store":
            problems.append(f"{name}:{node.lineno}: reaches .store")
    return problems


def test_the_finder_sees_sql_and_the_store_but_not_prose() -> None:
    sample = (
        '"""Counts with SELECT COUNT(*), read in prose."""\n'
        "from unionrep.store import backup\n"
        "import unionrep.store.records\n"
        "from unionrep import store\n"
        "def f(db, service):\n"
        '    """PRAGMA data_version, in a docstring."""\n'
        '    db.execute("SELECT 1 FROM entries")\n'
        '    db.execute(f"DELETE FROM [{table}] WHERE id = ?")\n'
        '    return service.store, "Select a rep", "update the list"\n'
    )
    assert sorted(store_problems(sample, "sample.py")) == [
        "sample.py:2: imports unionrep.store", "sample.py:3: imports unionrep.store.records",
        "sample.py:4: imports unionrep.store", "sample.py:7: SQL 'SELECT 1 FROM entries'",
        "sample.py:8: SQL 'DELETE FROM ['", "sample.py:9: reaches .store"]


def test_no_gui_module_holds_sql_or_imports_the_store() -> None:
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        relative = path.relative_to(GUI)
        if relative.parts[0] in GENERATED:
            continue
        problems += store_problems(path.read_text(encoding="utf-8"), str(relative))
    assert problems == []
@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_the_import_contracts_are_kept():
    """pyproject.toml's contracts: gui/cli → app → pdf/exchange → store → core, and no way back."""
    result = subprocess.run(["lint-imports"], capture_output=True, text=True, cwd=ROOT.parent, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]

