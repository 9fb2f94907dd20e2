"""Documents rendered from the book: Pro Forma requests, dispute letters, statements, summaries,
and the entries as a CSV file or a calendar."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from unionrep.app.base import AppService
from unionrep.core.model import Entry
from unionrep.pdf import documents as pdf_documents
from unionrep.pdf.documents import ProFormaGap


class DocumentService(AppService):
    def proforma(self, entry_id: str, mode: str | None = None) -> bytes:
        return pdf_documents.proforma_pdf(self.session.legacy, entry_id, mode)

    def letter(self, dispute_id: str, stage: int, mode: str | None = None, *,
               today: dt.date | None = None) -> bytes:
        return pdf_documents.letter_pdf(self.session.legacy, dispute_id, stage, mode, today=today)

    def proforma_gaps(self, entry_id: str) -> list[ProFormaGap]:
        """The Pro Forma's fields for the entry that would print "Not stated"."""
        return pdf_documents.proforma_gaps(self.session.legacy, entry_id)

    def statement(self, rep_key: str, start_year: int, fmt: str = "pdf", mode: str | None = None, *,
                  flat: bool = False) -> bytes:
        return pdf_documents.statement(self.session.legacy, rep_key, start_year, fmt, mode, flat=flat)

    def branch_summary(self, start_year: int, fmt: str = "pdf", mode: str | None = None, *,
                       tables: bool = False, pay_bill: Fraction | None = None, flat: bool = False) -> bytes:
        return pdf_documents.branch_summary(self.session.legacy, start_year, fmt, mode, tables=tables,
                                            pay_bill=pay_bill, flat=flat)

    def entries_csv(self, entries: list[Entry], lang: str | None = None) -> bytes:
        """The CSV file of `entries` in the order given, as `csv import` reads it back."""
        from unionrep.exchange.csv_entries import chosen_entries_csv

        return chosen_entries_csv(self.session.legacy, entries, lang)

    def calendar(self, rep: str | None = None, start: dt.date | None = None, end: dt.date | None = None,
                 lang: str | None = None) -> tuple[bytes, int]:
        """(the .ics file, how many events) of approved and taken time off, for one rep or all."""
        from unionrep.exchange.calendar_entries import entries_calendar  # icalendar, not at start-up

        return entries_calendar(self.session.legacy, rep, start, end, lang)
