"""Bundles exchanged with other installations (export, preview an import, apply it), and the
entries as a spreadsheet or a calendar.

An import writes many rows at once through the exchange's own audited writer; it is not a step of
the undo history (a later undo is checked against the rows as the import left them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from unionrep.app.base import AppService
from unionrep.core.model import Entry
from unionrep.exchange import api, versions
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N
from unionrep.exchange.report import ExportReport, ImportPreview, ImportReport


class ExchangeService(AppService):
    def export(self, path: Path | str, passphrase: str | None,
               selection: api.Selection | None = None, *, scrypt_n: int = DEFAULT_SCRYPT_N,
               force: bool = False) -> ExportReport:
        return api.export_bundle(self.session.legacy, path, passphrase, selection, scrypt_n=scrypt_n,
                                 force=force)

    def preview(self, path: Path | str, passphrase: str | None) -> ImportPreview:
        return api.preview_import(self.session.legacy, path, passphrase)

    def apply(self, preview: ImportPreview,
              resolutions: Mapping[str, str] | str | None = None) -> ImportReport:
        report = api.apply_import(self.session.legacy, preview, resolutions)
        self.session.forget_profile()
        return report

    def identity(self, new: bool = False, label: str | None = None) -> list[dict[str, Any]]:
        """This installation's identity for bundles (a new one with `new`, or a new `label`), then
        the installations whose bundles were read here."""
        return versions.set_identity(self.store.db, new, label)

    # -- spreadsheets and calendars ----------------------------------------------------------------

    def entries_csv(self, entries: list[Entry], lang: str | None = None) -> bytes:
        """The CSV file of `entries` in the order given (the rows the window's log shows), as
        `unionrep-cli csv import` reads it back."""
        from unionrep.exchange.csv_entries import chosen_entries_csv

        return chosen_entries_csv(self.session.legacy, entries, lang)

    def calendar(self, rep: str | None = None, start: dt.date | None = None, end: dt.date | None = None,
                 lang: str | None = None) -> tuple[bytes, int]:
        """(the .ics file, how many events) of approved and taken time off, for one rep or all."""
        from unionrep.exchange.calendar_entries import entries_calendar  # icalendar, when asked

        return entries_calendar(self.session.legacy, rep, start, end, lang)
