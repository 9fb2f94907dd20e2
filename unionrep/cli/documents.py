"""unionrep-cli proforma / letter / statement / summary: the documents, written to a file.

The format follows the output file's extension (.pdf, or .csv where a CSV exists); an existing
file is replaced only with --force, and every file is written to a temporary file beside it
and renamed into place, so a failed run never leaves half a document. With --json each command
prints {"path": ..., "pages": N} (pages is null for a CSV); `proforma` adds "empty_fields", the
fields printed "Not stated", and without --json says on stderr how to fill them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep.core.entries import parse_year
from unionrep.core.errors import ValidationError
from unionrep.core.messages import current_lang, t
from unionrep.core.messages_errors import Words
from unionrep.files import check_target, write_file
from unionrep.pdf.labels import MODES

if TYPE_CHECKING:
    from unionrep.app.document_data.proforma import ProFormaGap
    from unionrep.cli.main import Context


_PAGE = re.compile(rb"/Type /Page[^s]")


def count_pages(pdf: bytes) -> int:
    """Pages in a PDF that reportlab wrote (one uncompressed page object per page)."""
    return len(_PAGE.findall(pdf))


def output_path(text: str, formats: tuple[str, ...], force: bool, db_path: Path) -> tuple[Path, str]:
    """The output file and its format, checked before anything is rendered."""
    path = Path(text).expanduser()
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in formats:
        wanted = Words(" or ".join(f".{f}" for f in formats), " neu ".join(f".{f}" for f in formats))
        raise ValidationError("-o/--output", "must end in {wanted} (not {name!r})", wanted=wanted,
                              name=path.name)
    return check_target(path, db_path, force=force, field="-o/--output"), suffix


def _finish(ctx: Context, path: Path, fmt: str, data: bytes, more: dict[str, Any] | None = None) -> None:
    write_file(path, data, db_path=ctx.db_path, force=ctx.args.force, field="-o/--output")
    pages = count_pages(data) if fmt == "pdf" else None
    if pages is None:
        text = t("documents.wrote_csv", path=path)
    else:
        text = t("documents.wrote_pdf_one" if pages == 1 else "documents.wrote_pdf", path=path, pages=pages)
    ctx.out({"path": str(path), "pages": pages, **(more or {})}, text)




def _pay_bill(text: str | None) -> Fraction | None:
    if text is None:
        return None
    try:
        amount = Fraction(text.replace(",", "").strip().lstrip("£"))
    except (ValueError, ZeroDivisionError):
        raise ValidationError("pay-bill", "{text!r} is not an amount of money", text=text) from None
    if amount <= 0:
        raise ValidationError("pay-bill", "must be more than £0")
    return amount


# -- commands ----------------------------------------------------------------------------------


def cmd_proforma(ctx: Context) -> None:
    a = ctx.args
    path, fmt = output_path(a.output, ("pdf",), a.force, ctx.db_path)
    _finish(ctx, path, fmt, ctx.session.documents.proforma(a.entry, a.lang),
            {"empty_fields": [gap.label for gap in _say_gaps(ctx, a.entry)]})


def _say_gaps(ctx: Context, entry_id: str) -> list[ProFormaGap]:
    """The Pro Forma's empty fields, and (to stderr, so --json's stdout stays one object) the
    commands that fill them."""
    from unionrep.pdf.labels import label_pair

    gaps = ctx.session.documents.proforma_gaps(entry_id)
    if gaps and not ctx.json:
        lang = 0 if current_lang() == "cy" else 1
        names = ", ".join(label_pair(gap.label)[lang] for gap in gaps)
        rep = ctx.session.reps.find(ctx.session.entries.get(entry_id).rep_id)
        options = " ".join(f'{gap.option} "…"' for gap in gaps if gap.kept_in == "rep")
        lines = [t("documents.gaps", fields=names)]
        if options:
            lines.append(f'  unionrep-cli rep edit "{rep.name}" {options}')
        lines += [f'  unionrep-cli settings set {gap.option} "…"' for gap in gaps if gap.kept_in == "setting"]
        print("\n".join(lines), file=sys.stderr)
    return gaps


def cmd_letter(ctx: Context) -> None:
    a = ctx.args
    path, fmt = output_path(a.output, ("pdf",), a.force, ctx.db_path)
    try:
        stage = int(a.stage) - 1  # numbered from 1, as `dispute show` shows the steps
    except ValueError:
        raise ValidationError("stage", "{text!r} is not a step number (1, 2, 3 …)", text=a.stage) from None
    _finish(ctx, path, fmt, ctx.session.documents.letter(a.dispute, stage, a.lang))


def cmd_statement(ctx: Context) -> None:
    a = ctx.args
    path, fmt = output_path(a.output, ("pdf", "csv"), a.force, ctx.db_path)
    data = ctx.session.documents.statement(a.rep, parse_year(a.year), fmt, a.lang, flat=_flat(a, fmt))
    _finish(ctx, path, fmt, data)


def cmd_summary(ctx: Context) -> None:
    a = ctx.args
    path, fmt = output_path(a.output, ("pdf", "csv"), a.force, ctx.db_path)
    data = ctx.session.documents.branch_summary(parse_year(a.year), fmt, a.lang, tables=a.tables,
                                                pay_bill=_pay_bill(a.pay_bill), flat=_flat(a, fmt))
    _finish(ctx, path, fmt, data)


def _flat(args: argparse.Namespace, fmt: str) -> bool:
    if args.flat and fmt != "csv":
        raise ValidationError("flat", "is for a .csv file (not {fmt})", fmt=f".{fmt}")
    return bool(args.flat)


# -- the parser --------------------------------------------------------------------------------


def _flat_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--flat", action="store_true",
                   help="a .csv of one header row and one record a row, for a spreadsheet or pandas")


def _common(p: argparse.ArgumentParser, formats: str) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=f"the file to write ({formats})")
    p.add_argument("--lang", choices=MODES, default=None,
                   help="bilingual (Welsh first), cy or en (default: the document_language setting, "
                        "else bilingual)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")


def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(subparsers, "proforma", cmd_proforma, "write the Pro Forma Request for an entry (18.1, 18.3)")
    p.add_argument("entry", help="the entry's id (or a unique start of it, 6 characters or more)")
    _common(p, ".pdf")

    p = command(subparsers, "letter", cmd_letter, "write the letter for a step of a dispute (21, 22)")
    p.add_argument("dispute", help="the dispute's id (or a unique start of it)")
    p.add_argument("--stage", required=True,
                   help="the step, as 'dispute show' numbers it: 2 senior manager, 3 Head of Strategic HR "
                        "(1: the manager who refused); for a complaint 1 accountable manager, 2 Head of "
                        "Strategic HR")
    _common(p, ".pdf")

    p = command(subparsers, "statement", cmd_statement, "write a rep's yearly statement")
    p.add_argument("rep", help="the rep's id or exact name")
    p.add_argument("--year", required=True, help="the year starting in YEAR (2025 for 2025/26)")
    _flat_option(p)
    _common(p, ".pdf or .csv")

    p = command(subparsers, "summary", cmd_summary, "write the branch's facility time summary")
    p.add_argument("--year", required=True, help="the year starting in YEAR (2025 for 2025/26)")
    p.add_argument("--tables", action="store_true",
                   help="add the four facility time tables of SI 2017/328 (voluntary)")
    p.add_argument("--pay-bill", help="the total pay bill in pounds (default: the pay_bill setting)")
    _flat_option(p)
    _common(p, ".pdf or .csv")
