"""Bundles exchanged with other installations: export, preview an import, apply it.

An import writes many rows at once through the exchange's own audited writer; it is not a step of
the undo history (a later undo is checked against the rows as the import left them)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from unionrep.app.base import AppService
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

