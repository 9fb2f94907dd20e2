"""unionrep.collector: many long-lived objects moved to the collector's oldest generation at once."""

from __future__ import annotations

import gc

from unionrep.collector import to_oldest_generation


def _generation_of(obj: object) -> int | None:
    return next((g for g in (0, 1, 2) if any(o is obj for o in gc.get_objects(g))), None)


def test_new_objects_go_to_the_oldest_generation_and_stay_collectable() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        made = [[n] for n in range(100)]
        assert _generation_of(made) == 0
        to_oldest_generation()
        assert _generation_of(made) == 2
        assert gc.get_freeze_count() == 0  # in a generation the collector walks: not frozen for good
    finally:
        if was:
            gc.enable()


def test_objects_frozen_by_someone_else_stay_frozen() -> None:
    held = [[]]
    gc.freeze()
    try:
        to_oldest_generation()
        assert gc.is_tracked(held) and _generation_of(held) is None  # still frozen
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
