"""Python's cyclic garbage collector around work that makes many objects which all live long: a
start of the window, an import.

New objects start in the collector's youngest generation, whose next collections walk every one
of them only to find them alive (0.1 s for an import's hundred thousand records; ~25 ms for what a
start makes). Moved to the oldest generation at once, they are walked only by its rare full
collections, and still freed (by reference counting, or by one of those) once unused."""

from __future__ import annotations

import gc


def to_oldest_generation() -> None:
    """Move every object the collector tracks to its oldest generation (gc.freeze, then
    gc.unfreeze: two moves of whole lists). Nothing is done where something else has frozen
    objects, which unfreezing would thaw."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
