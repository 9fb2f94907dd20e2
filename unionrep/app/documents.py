"""Documents rendered from the book: Pro Forma requests, dispute letters, statements, summaries."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from unionrep.app.base import AppService
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
