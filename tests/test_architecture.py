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


# The store keeps records and knows no rules: of the core it reads only what describes a record
# (the records, the errors it raises, what a log filter is, what text a row may hold).
STORE_READS_OF_CORE = {"unionrep.core.model", "unionrep.core.errors", "unionrep.core.log_filter",
                       "unionrep.core.text"}


def core_modules_imported(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("unionrep.core.")}
        elif isinstance(node, ast.ImportFrom) and node.module == "unionrep.core":
            found |= {f"unionrep.core.{a.name}" for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("unionrep.core."):
            found.add(node.module or "")
    return found


def test_the_finder_of_core_imports_sees_every_form() -> None:
    sample = ("import unionrep.core.caps\nfrom unionrep.core import policy\n"
              "from unionrep.core.model import Rep\nfrom unionrep.corelike import x\n"
              "import unionrep.corelike\n")
    assert core_modules_imported(sample) == {"unionrep.core.caps", "unionrep.core.policy",
                                             "unionrep.core.model"}


def test_the_store_reads_only_the_cores_records_not_its_rules() -> None:
    beyond: dict[str, set[str]] = {}
    for path in (ROOT / "store").rglob("*.py"):
        for module in core_modules_imported(path.read_text(encoding="utf-8")) - STORE_READS_OF_CORE:
            beyond.setdefault(module, set()).add(path.name)
    assert beyond == {}


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



# -- the store's and core's modules import what they need at the top, without a cycle ----------------


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it loads: at the top, or in a top-level `if`/`try` (such as
    `if TYPE_CHECKING:`), but not inside a function or class."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If | ast.Try):
            pending += node.body + node.orelse + getattr(node, "finalbody", [])
            pending += [stmt for handler in getattr(node, "handlers", []) for stmt in handler.body]
    return found


def _imported_modules(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The modules an import statement names, absolute (a relative import resolved in `package`)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        base = f"{parent}.{base}" if base else parent
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def inner_imports(source: str, name: str, package: str) -> list[str]:
    """Where `source` imports unionrep inside a function or class: a cycle dodged, not solved. (A
    third-party module imported late, because it is optional or slow to load, is not one.)"""
    tree = ast.parse(source)
    top = {id(node) for node in _top_level_imports(tree)}
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in top:
            modules = _imported_modules(node, package)
            if any(m == "unionrep" or m.startswith("unionrep.") for m in modules):
                problems.append(f"{name}:{node.lineno}: imports {modules[0]} inside a function")
    return problems


def import_cycle(sources: dict[str, str], package: str) -> list[str]:
    """A cycle of top-level imports among the modules `sources` (module name → source), as the
    modules around it, first one repeated at the end; [] when there is none."""
    graph: dict[str, set[str]] = {}
    for module, source in sources.items():
        tree = ast.parse(source)
        graph[module] = {m for node in _top_level_imports(tree) for m in _imported_modules(node, package)
                         if m in sources and m != module}
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str]:
        if module in path:
            return [*path[path.index(module):], module]
        if module in done:
            return []
        for needed in sorted(graph[module]):
            cycle = visit(needed, [*path, module])
            if cycle:
                return cycle
        done.add(module)
        return []

    for module in sorted(graph):
        cycle = visit(module, [])
        if cycle:
            return cycle
    return []


def test_the_finders_see_inner_imports_and_cycles() -> None:
    sample = (
        "from typing import TYPE_CHECKING\n"
        "from unionrep.store import crypto\n"
        "if TYPE_CHECKING:\n"
        "    from unionrep.store.records import Store\n"
        "def f():\n"
        "    from unionrep.store.health import check\n"
        "    from . import backup\n"
        "    import keyring\n"
        "class C:\n"
        "    import unionrep.paths\n"
    )
    assert inner_imports(sample, "s.py", "unionrep.store") == [
        "s.py:6: imports unionrep.store.health inside a function",
        "s.py:7: imports unionrep.store inside a function",
        "s.py:10: imports unionrep.paths inside a function"]
    three = {"p.a": "from p import b\n", "p.b": "import p.c\n", "p.c": "from .a import x\n"}
    assert import_cycle(three, "p") == ["p.a", "p.b", "p.c", "p.a"]
    three["p.c"] = "def late():\n    from .a import x\n"
    assert import_cycle(three, "p") == []


def _sources(package: str) -> dict[str, str]:
    return {f"unionrep.{package}.{path.stem}": path.read_text(encoding="utf-8")
            for path in sorted((ROOT / package).glob("*.py")) if path.stem != "__init__"}


@pytest.mark.parametrize("package", ["store", "core"])
def test_the_store_and_core_import_unionrep_only_at_the_top_of_a_module(package: str) -> None:
    problems = []
    for module, source in _sources(package).items():
        problems += inner_imports(source, module, f"unionrep.{package}")
    assert problems == []


@pytest.mark.parametrize("package", ["store", "core"])
def test_the_modules_of_the_store_and_core_import_each_other_without_a_cycle(package: str) -> None:
    assert import_cycle(_sources(package), f"unionrep.{package}") == []
