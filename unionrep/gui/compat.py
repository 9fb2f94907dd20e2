"""Work-arounds for faults in the Qt bindings, kept in one place.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a wrapped method that
returns nothing (setText, addItem, setData...), so after a few thousand calls None's count reaches
zero and Python aborts ("none_dealloc: deallocating None"). Python 3.12 made None immortal (PEP 683),
which is why the fault shows only on older Pythons; PySide6 6.11 does not have it. Where the fault
is present, None is given a reference count no run of the app can use up — what PEP 683 does for 3.12.
"""

from __future__ import annotations

import ctypes
import sys

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
    # ob_refcnt is the first field of every CPython object, at the address id() gives
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
