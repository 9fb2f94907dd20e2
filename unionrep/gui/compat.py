"""Work-arounds for faults in the Qt bindings, kept in one place.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a wrapped method that
returns nothing (setText, addItem, setData...), so after a few thousand calls None's count reaches
zero and Python aborts ("none_dealloc: deallocating None"). Python 3.12 made None immortal (PEP 683),
which is why the fault shows only on older Pythons; PySide6 6.11 does not have it. Where the fault
is present, None is given a reference count no run of the app can use up — what PEP 683 does for 3.12.

PySide6's import hook (its `__feature__` support) asks of every module imported after Qt whether
its source names PySide6, through `inspect.getsource`: linecache, tokenize and a list of lines, for
each of the ~150 modules the window imports, 8–10 ms of every start. The same question is
answered by reading the file's bytes (`read_source_quickly`).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

PROBE_CALLS = 16
HEADROOM = 1 << 48


def none_loses_references() -> bool:
    """Whether calling a void Qt method takes references from None (measured, not guessed)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - PROBE_CALLS // 2


def protect_none() -> bool:
    """Make None's reference count unexhaustible where the bindings leak it; True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not none_loses_references():
        return False
    import ctypes  # only here: an import of ~1.5 ms that a start with sound bindings goes without

    # ob_refcnt is the first field of every CPython object, at the address id() gives
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True


FEATURE_MODULE = "shibokensupport.feature"


def mentions_pyside(module: ModuleType, asked_before: Any) -> bool:
    """What PySide6's `_mod_uses_pyside` answers (whether the module's source names PySide6), read
    from the file's bytes; modules without a source file are left to the bindings' own answer."""
    path = getattr(module, "__file__", None)
    if not (isinstance(path, str) and path.endswith(".py")):
        return bool(asked_before(module))
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return bool(asked_before(module))


def read_source_quickly() -> bool:
    """Answer the bindings' import hook from the file's bytes; False where the bindings have no
    such hook (another version), and nothing is changed."""
    feature = sys.modules.get(FEATURE_MODULE)
    asked_before = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or asked_before is None or getattr(asked_before, "quick", False):
        return False

    def quick(module: ModuleType) -> bool:
        return mentions_pyside(module, asked_before)

    quick.quick = True  # type: ignore[attr-defined]
    quick.asked_before = asked_before  # type: ignore[attr-defined]
    feature._mod_uses_pyside = quick  # type: ignore[attr-defined]
    return True
