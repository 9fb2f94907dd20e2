"""How far a long import has got, and how to stop it.

A caller passes `progress(done, total, stage)`; the import calls it as it goes (often enough to
follow, a few hundred times for a hundred thousand records) and stops when it returns False,
raising ImportCancelled. A preview writes nothing, and an import writes in one transaction, so a
stop anywhere leaves the database exactly as it was. `total` 0 means "not counted" (a step that
cannot say how far it is, such as saving to disk).

Stages, in order: "open" (decrypting and reading the bundle), "check" (checking each record
against this database's rules), "compare" (overlaps with the entries here), then, for an import,
"write" (the records), "audit" (their audit rows) and "save" (versions, totals, the commit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from unionrep.core.errors import UnionrepError
from unionrep.exchange.messages import t

T = TypeVar("T")
Progress = Callable[[int, int, str], object]
STAGES = ("open", "check", "compare", "write", "audit", "save")
EVERY = 2_000  # records between two reports


class ImportCancelled(UnionrepError):
    """The import was stopped part-way: nothing was written."""

    def __init__(self) -> None:
        super().__init__("import.cancelled")

    def text(self, lang: str | None = None) -> str:
        return t(self.template, lang)


class Tracker:
    """Passes reports on to a progress callback (or nowhere) and stops when it says so."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.progress = progress

    def report(self, done: int, total: int, stage: str) -> None:
        if self.progress is not None and self.progress(done, total, stage) is False:
            raise ImportCancelled()

    def counting(self, items: Iterable[T], total: int, stage: str, start: int = 0) -> Iterator[T]:
        """`items`, reporting every EVERY of them as `start` + how many were taken, of `total`."""
        if self.progress is None:
            yield from items
            return
        done = start
        for item in items:
            yield item
            done += 1
            if done % EVERY == 0:
                self.report(done, total, stage)


NO_PROGRESS = Tracker()
