"""Bundles exchanged with other installations (export, preview an import, apply it), and the
entries as a spreadsheet or a calendar.

An import writes many rows at once through the exchange's own audited writer; it is not a step of
the undo history (a later undo is checked against the rows as the import left them). A long
preview or import reports its progress to `progress(done, total, stage)` and stops, changing
nothing, when that returns False (unionrep.exchange.progress).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from unionrep.app.base import AppService
from unionrep.core.model import Entry
from unionrep.exchange import api, csv_entries, rows, versions
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N, FRAME_MAX, check_passphrase, is_encrypted
from unionrep.exchange.merge import Plan
from unionrep.exchange.progress import Progress
from unionrep.exchange.report import ExportReport, ImportPreview, ImportReport


class ExchangeService(AppService):
    def export(self, path: Path | str, passphrase: str | None,
               selection: api.Selection | None = None, *, scrypt_n: int = DEFAULT_SCRYPT_N,
               force: bool = False) -> ExportReport:
        return api.export_bundle(self.session, path, passphrase, selection, scrypt_n=scrypt_n, force=force)

    def preview(self, path: Path | str, passphrase: str | None, *,
                progress: Progress | None = None) -> ImportPreview:
        return api.preview_import(self.session, path, passphrase, progress=progress)

    @staticmethod
    def needs_passphrase(path: Path | str) -> bool:
        """Whether the bundle at `path` is encrypted (BundleError if it is not a bundle, or too big)."""
        return is_encrypted(api.read_bundle_file(path, FRAME_MAX))  # the header is enough

    @staticmethod
    def check_passphrase(passphrase: str) -> None:
        """Refuses (ValidationError) a passphrase too short to protect a bundle or the branch folder."""
        check_passphrase(passphrase)

    def outcome(self, preview: ImportPreview, resolutions: Mapping[str, str] | str | None = None) -> Plan:
        """What apply would write with these choices (checked; nothing written)."""
        return api.outcome(self.session, preview, resolutions)

    def apply(self, preview: ImportPreview, resolutions: Mapping[str, str] | str | None = None, *,
              progress: Progress | None = None) -> ImportReport:
        """Import what `preview` showed; call checkpoint() once the caller has shown the outcome."""
        report = api.apply_import(self.session, preview, resolutions, progress=progress)
        self.session.forget_profile()
        return report

    def checkpoint(self) -> None:
        """Move what an import wrote from the WAL into the database file (it is safe on disk
        before: this only spares the next write, or whoever opens the file next, from doing it)."""
        rows.checkpoint(self.store.db.conn)

    def identity(self, new: bool = False, label: str | None = None) -> list[dict[str, Any]]:
        """This installation's identity for bundles (a new one with `new`, or a new `label`), then
        the installations whose bundles were read here."""
        return versions.set_identity(self.store.db, new, label)

    # -- spreadsheets and calendars ----------------------------------------------------------------

    def export_csv(self, path: Path | str, rep: str | None = None, year: int | None = None, *,
                   force: bool = False) -> int:
        """Every entry (or one rep's, or one year's) as a CSV file at `path`; how many."""
        return csv_entries.export_entries_csv(self.session, path, rep, year, force=force)

    def read_csv(self, path: Path | str, mapping: dict[str, str] | None = None,
                 rep: str | None = None) -> csv_entries.CsvImport:
        """A spreadsheet of entries read and checked; writes nothing."""
        return csv_entries.read_entries_csv(self.session, path, mapping, rep)

    def import_csv(self, checked: csv_entries.CsvImport, skip_bad: bool = False, *,
                   progress: Progress | None = None) -> int:
        """Add the checked entries, in one transaction; how many."""
        return csv_entries.import_entries_csv(self.session, checked, skip_bad, progress=progress)

    def entries_csv(self, entries: list[Entry], lang: str | None = None) -> bytes:
        """The CSV file of `entries` in the order given (the rows the window's log shows), as
        `unionrep-cli csv import` reads it back."""
        return csv_entries.chosen_entries_csv(self.session, entries, lang)

    def export_calendar(self, path: Path | str, rep: str | None = None, start: dt.date | None = None,
                        end: dt.date | None = None, *, force: bool = False) -> int:
        """Approved and taken time off as an .ics file at `path`; how many events."""
        from unionrep.exchange.calendar_entries import export_entries_ics  # icalendar, when asked

        return export_entries_ics(self.session, path, rep, start, end, force=force)

    def calendar(self, rep: str | None = None, start: dt.date | None = None, end: dt.date | None = None,
                 lang: str | None = None) -> tuple[bytes, int]:
        """(the .ics file, how many events) of approved and taken time off, for one rep or all."""
        from unionrep.exchange.calendar_entries import entries_calendar  # icalendar, when asked

        return entries_calendar(self.session, rep, start, end, lang)

    def disputes_calendar(self, today: dt.date, lang: str | None = None) -> bytes:
        """The open disputes' response dates and tribunal last days as an .ics file."""
        from unionrep.exchange.ics import export_ics  # icalendar, when asked

        return export_ics(self.session.disputes, today, lang)
