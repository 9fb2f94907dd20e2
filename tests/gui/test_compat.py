"""The work-arounds for the Qt bindings: PySide6's import hook answered from the file's bytes."""

from __future__ import annotations

import sys
import textwrap
import types

import pytest

import unionrep.gui  # noqa: F401 — installs the work-arounds
from unionrep.gui import compat


def hook() -> types.FunctionType:
    feature = sys.modules.get(compat.FEATURE_MODULE)
    if feature is None:
        pytest.skip("these bindings have no __feature__ import hook")
    return feature._mod_uses_pyside


def test_the_hook_answers_as_the_bindings_do_for_every_module_loaded():
    import unionrep.store.connection  # noqa: F401 — one that does not name PySide6

    quick = hook()
    assert getattr(quick, "quick", False), "the import hook still reads every module's source"
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 100
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: bool(quick.asked_before(m)) for m in modules}
    # both kinds are among them: the window's modules name PySide6, the store's do not
    assert answers["unionrep.gui.compat"] is True
    assert answers["unionrep.store.connection"] is False
    assert answers["sys"] is False  # built in: no source


def test_a_module_whose_file_is_gone_gets_the_bindings_own_answer(tmp_path):
    quick = hook()
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert quick(gone) is bool(quick.asked_before(gone)) is False


def test_installing_twice_changes_nothing():
    before = hook()
    assert compat.read_source_quickly() is False
    assert hook() is before


def test_importing_the_window_reads_no_module_through_linecache(new_process):
    code = textwrap.dedent("""
        import linecache
        import unionrep.gui
        read = []
        updatecache = linecache.updatecache
        linecache.updatecache = lambda name, *a: read.append(name) or updatecache(name, *a)
        import unionrep.gui.main_window
        print(len(read))
    """)
    assert int(new_process(code).split()[-1]) == 0
