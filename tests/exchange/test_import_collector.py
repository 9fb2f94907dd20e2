"""What an import makes goes to the garbage collector's oldest generation when the import ends, so
that the collector's next young collections do not each walk a hundred thousand live records."""

from __future__ import annotations

import gc

import pytest
from exchange_helpers import PASSPHRASE, export

from unionrep.exchange import preview_import


@pytest.fixture
def bundle(branch, tmp_path):
    path = tmp_path / "all.bundle"
    export(branch, path)
    return path


def tracked(generations):
    return {id(o) for generation in generations for o in gc.get_objects(generation)}


def test_the_records_a_preview_keeps_are_in_the_oldest_generation(laptop, bundle):
    preview = preview_import(laptop, bundle, PASSPHRASE)
    assert gc.isenabled()
    kept = [id(record) for record in preview.bundle.records.values()]
    assert kept
    assert not tracked((0, 1)) & set(kept)
    assert set(kept) <= tracked((2,))  # still the collector's: a cycle among them would be collected


def test_objects_frozen_by_someone_else_stay_frozen(laptop, bundle):
    held = [[]]  # frozen below: tracked, but in none of the three generations
    gc.freeze()
    try:
        preview_import(laptop, bundle, PASSPHRASE)
        assert gc.is_tracked(held)
        assert id(held) not in tracked((0, 1, 2))
    finally:
        gc.unfreeze()


def test_a_collector_switched_off_stays_off(laptop, bundle):
    gc.disable()
    try:
        preview_import(laptop, bundle, PASSPHRASE)
        assert not gc.isenabled()
    finally:
        gc.enable()
