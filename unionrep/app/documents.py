"""Documents made from the book: Pro Forma requests, dispute letters, statements and summaries.

The app gathers, the pdf package renders: each ``*_data`` method reads the book into the plain
values of unionrep.app.document_data, and the document methods hand them to unionrep.pdf for the
bytes to write. ``mode`` is ``"bilingual"`` (Welsh first), ``"cy"`` or ``"en"``; left out (None),
the book's ``document_language`` setting applies, else bilingual.

The gathering modules are imported when a document is first made: they bring reportlab, which a
session that makes no document never needs.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TYPE_CHECKING

from unionrep.app.base import AppService
from unionrep.core.errors import ValidationError

if TYPE_CHECKING:
    from unionrep.app.document_data.proforma import ProFormaGap
    from unionrep.pdf.letters import LetterData
    from unionrep.pdf.proforma import ProFormaData
    from unionrep.pdf.statements import Document


class DocumentService(AppService):
    # -- the Pro Forma (RULES §4) -----------------------------------------------------------------

    def proforma_data(self, entry_id: str, mode: str | None = None) -> ProFormaData:
        """Every field of the Pro Forma for one entry, resolved from the book."""
        from unionrep.app.document_data.proforma import proforma_data

        return proforma_data(self.session, entry_id, mode)

    def proforma_gaps(self, entry_id: str) -> list[ProFormaGap]:
        """The Pro Forma's fields for ``entry_id`` that are empty, so would print "Not stated"."""
        from unionrep.app.document_data.proforma import proforma_gaps

        return proforma_gaps(self.session, entry_id)

    def proforma(self, entry_id: str, mode: str | None = None) -> bytes:
        """The Pro Forma Request for ``entry_id`` as PDF bytes."""
        from unionrep.pdf.proforma import render_proforma

        return render_proforma(self.proforma_data(entry_id, mode))

    # -- dispute letters (RULES §5) ---------------------------------------------------------------

    def letter_data(self, dispute_id: str, stage: int, mode: str | None = None, *,
                    today: dt.date | None = None) -> LetterData:
        from unionrep.app.document_data import context
        from unionrep.app.document_data.letters import letter_data

        return letter_data(self.session, dispute_id, stage, context.document_mode(self.session, mode),
                           today or dt.date.today())

    def letter(self, dispute_id: str, stage: int, mode: str | None = None, *,
               today: dt.date | None = None) -> bytes:
        """The letter for ``stage`` of a dispute: Welsh then English, or one language. A stage
        already raised is dated the day it was raised; the next stage, not yet raised, is drafted
        with ``today``'s date (default: today) and the response date that would follow."""
        from unionrep.pdf.letters import render_letter

        return render_letter(self.letter_data(dispute_id, stage, mode, today=today))

    # -- statements and the branch summary (RULES §1–3, §6) ---------------------------------------

    def statement_data(self, rep_key: str, start_year: int, mode: str | None = None) -> Document:
        from unionrep.app.document_data import context
        from unionrep.app.document_data.statements import statement_data

        return statement_data(self.session, rep_key, _year_number(start_year),
                              context.document_mode(self.session, mode))

    def statement(self, rep_key: str, start_year: int, fmt: str = "pdf", mode: str | None = None, *,
                  flat: bool = False) -> bytes:
        """A rep's statement for the year starting in ``start_year`` (their own year basis), PDF or
        CSV; ``flat``: a CSV of one header row and one record a row (tidy_csv) instead of sections."""
        from unionrep.app.document_data import context

        data = self.statement_data(rep_key, start_year, mode)
        return _rendered(data, context.document_format(fmt), flat)

    def summary_data(self, start_year: int, mode: str | None = None, *, tables: bool = False,
                     pay_bill: Fraction | None = None) -> Document:
        from unionrep.app.document_data import context
        from unionrep.app.document_data.statements import summary_data

        return summary_data(self.session, _year_number(start_year), context.document_mode(self.session, mode),
                            tables=tables, pay_bill=context.pay_bill(self.session, pay_bill))

    def branch_summary(self, start_year: int, fmt: str = "pdf", mode: str | None = None, *,
                       tables: bool = False, pay_bill: Fraction | None = None, flat: bool = False) -> bytes:
        """Every rep's year starting in ``start_year``, PDF or CSV; with ``tables`` the four facility
        time tables of SI 2017/328 (``pay_bill`` in pounds, else the ``pay_bill`` setting); ``flat``
        as for ``statement``."""
        from unionrep.app.document_data import context

        data = self.summary_data(start_year, mode, tables=tables, pay_bill=pay_bill)
        return _rendered(data, context.document_format(fmt), flat)


def _rendered(data: Document, fmt: str, flat: bool) -> bytes:
    if flat and fmt == "csv":
        from unionrep.pdf.tidy_csv import render_tidy_csv

        return render_tidy_csv(data)
    from unionrep.pdf.statements import render_statement

    return render_statement(data, fmt)


def _year_number(start_year: int) -> int:
    if isinstance(start_year, bool) or not isinstance(start_year, int) or not 1990 <= start_year <= 2099:
        raise ValidationError("year", "must be a year from 1990 to 2099 (not {value!r})", value=start_year)
    return start_year
