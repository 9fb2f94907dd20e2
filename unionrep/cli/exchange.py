"""unionrep-cli export / import (bundles between installations), csv, ics entries, exchange identity.

The bundle passphrase comes from UNIONREP_BUNDLE_PASSPHRASE, else from a prompt (asked twice on
export). An import with conflicts and no --resolve writes nothing, shows both versions of each
conflict, and exits with status 3. A long import shows how far it is on a terminal's stderr
(never with --json), and Ctrl-C stops it where it is with nothing changed.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from unionrep.app.exchange import ExchangeService
from unionrep.cli.render import echo
from unionrep.core.entries import parse_optional_date, parse_year
from unionrep.core.errors import ValidationError
from unionrep.exchange import Selection
from unionrep.exchange.csv_entries import parse_mapping
from unionrep.exchange.merge import MINE, THEIRS, Conflict, Step
from unionrep.exchange.messages import t
from unionrep.exchange.progress import Progress
from unionrep.exchange.report import ImportPreview, Names
from unionrep.files import check_target

if TYPE_CHECKING:
    from unionrep.cli.main import Context

PASSPHRASE_ENV = "UNIONREP_BUNDLE_PASSPHRASE"
EXIT_CONFLICTS = 3
SHOWN = 25  # lines of each kind shown in the text preview
ANSWERS = {"m": MINE, "mine": MINE, "y": MINE, "yma": MINE, "t": THEIRS, "theirs": THEIRS, "yno": THEIRS}


def _passphrase(*, confirm: bool) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    first = getpass.getpass(t("passphrase.prompt"))
    if confirm:
        ExchangeService.check_passphrase(first)
        if getpass.getpass(t("passphrase.again")) != first:
            raise ValidationError("passphrase", "the two passphrases differ")
    return first


def cmd_export(ctx: Context) -> None:
    a = ctx.args
    selection = Selection(rep=a.rep, start=parse_optional_date(a.start, "from"),
                          end=parse_optional_date(a.end, "to"))
    session = ctx.session
    if a.rep:
        session.reps.find(a.rep)  # an unknown rep is refused before the passphrase is asked
    check_target(a.file, ctx.db_path, force=a.force)  # and so is a file that may not be written
    passphrase = None if a.plain else _passphrase(confirm=True)
    report = session.exchange.export(a.file, passphrase, selection, force=a.force)
    if a.plain:
        echo(t("plain.warning", path=a.file), err=True)
    ctx.out(report.to_json(), report.text)


def cmd_import(ctx: Context) -> None:
    a = ctx.args
    session = ctx.session
    encrypted = ctx.session.exchange.needs_passphrase(a.file)
    passphrase = _passphrase(confirm=False) if encrypted else None
    with cancellable(not ctx.json) as progress:
        preview = session.exchange.preview(a.file, passphrase, progress=progress)
    if not encrypted:
        echo(t("plain.imported"), err=True)
    data = preview.to_json()
    if a.dry_run:
        ctx.out({**data, "dry_run": True}, lambda: _preview_text(preview) + "\n" + t("import.dry_run"))
        return
    if preview.conflicts and not a.resolve:
        message = t("import.unresolved", count=len(preview.conflicts))
        if ctx.json:
            print(json.dumps({"error": message, **data}, ensure_ascii=False))
        else:
            echo(_preview_text(preview))
            echo(f"unionrep-cli: error: {message}", err=True)
        raise SystemExit(EXIT_CONFLICTS)
    choices: dict[str, str] | str = a.resolve or {}
    shown = False
    if a.resolve == "ask":
        if not ctx.json:
            echo(_preview_text(preview))
            shown = True
        choices = _ask(preview)
    with cancellable(not ctx.json) as progress:
        report = session.exchange.apply(preview, choices, progress=progress)
    before = _preview_text(preview) + "\n" if report.written and not shown else ""
    ctx.out({**data, "result": report.to_json()}, lambda: before + report.text(preview.names))
    session.exchange.checkpoint()  # once the outcome is shown: the import is on disk already


@contextlib.contextmanager
def cancellable(show: bool) -> Iterator[Progress]:
    """A progress callback for a long import or preview: Ctrl-C (SIGINT) meanwhile stops it at its
    next report, so it ends as a refused import does (ImportCancelled: nothing changed) rather than
    wherever the interrupt fell; with `show`, and stderr a terminal, a line on stderr says how far
    it is."""
    stopped = threading.Event()
    shown = show and sys.stderr.isatty()
    width = 0

    def progress(done: int, total: int, stage: str) -> bool:
        nonlocal width
        if shown:
            what = t(f"import.stage.{stage}")
            line = t("import.progress", stage=what, done=f"{done:,}", total=f"{total:,}") if total else what
            sys.stderr.write("\r" + line.ljust(width))
            sys.stderr.flush()
            width = max(width, len(line))
        return not stopped.is_set()

    handled = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, lambda *_: stopped.set()) if handled else None
    try:
        yield progress
    finally:
        if handled:
            signal.signal(signal.SIGINT, previous)
        if shown and width:
            sys.stderr.write("\r" + " " * width + "\r")
            sys.stderr.flush()


def _ask(preview: ImportPreview) -> dict[str, str]:
    names = preview.names
    choices = {}
    for conflict in preview.conflicts:
        echo(_conflict_text(conflict, names), err=True)
        while conflict.id not in choices:
            echo(t("import.ask"), end="", err=True, flush=True)
            line = sys.stdin.readline()
            if not line:
                raise ValidationError("resolve", "no answer given; nothing was written")
            choices[conflict.id] = ANSWERS.get(line.strip().lower(), "")
            if not choices[conflict.id]:
                del choices[conflict.id]
    return choices


def _fields(row: dict[str, Any] | None, fields: tuple[str, ...]) -> str:
    if row is None:
        return t("import.gone")
    keys = fields or tuple(k for k in row if k != "id" and row[k] not in (None, ""))
    return ", ".join(f"{k}={row.get(k)!r}" for k in keys)


def _conflict_text(conflict: Conflict, names: Names) -> str:
    what = names.describe(conflict.table, conflict.id, conflict.mine or conflict.theirs)
    lines = [t("import.conflict", what=what, kind=t(f"conflict.{conflict.kind}"))]
    lines.append(t("import.mine", fields=_fields(conflict.mine, conflict.fields)))
    lines.append(t("import.theirs", fields=_fields(conflict.theirs, conflict.fields)))
    if conflict.dependants:
        lines.append(t("import.depends", count=len(conflict.dependants)))
        lines += [f"        {names.describe(tb, i)}" for tb, i in conflict.dependants[:SHOWN]]
    return "\n".join(lines)


def _step_lines(steps: list[Step], key: str, names: Names) -> list[str]:
    lines = []
    for step in steps[:SHOWN]:
        what = names.describe(step.table, step.id, step.new or step.old)
        lines.append(t(key, what=what, fields=", ".join(step.fields)))
    if len(steps) > SHOWN:
        lines.append(t("import.more", count=len(steps) - SHOWN))
    return lines


def _preview_text(preview: ImportPreview) -> str:
    b = preview.bundle
    names = preview.names
    lines = [t("import.heading", origin=b.origin_label or b.origin_id, created=b.created_at,
               added=len(preview.added), changed=len(preview.changed), deleted=len(preview.deletions),
               conflicts=len(preview.conflicts), kept=preview.plan.kept, same=preview.plan.same)]
    lines += _step_lines(preview.added, "import.added", names)
    lines += _step_lines(preview.changed, "import.changed", names)
    lines += _step_lines(preview.deletions, "import.deleted", names)
    lines += [_conflict_text(c, names) for c in preview.conflicts]
    lines += [t("import.overlap", what=names.describe("entries", a), other=names.describe("entries", b))
              for a, b in preview.overlaps]
    return "\n".join(lines)


def cmd_identity(ctx: Context) -> None:
    peers = ctx.session.exchange.identity(ctx.args.new, ctx.args.label)
    me = peers[0]
    if ctx.args.new:
        ctx.session.sync.new_identity()
    printed = ctx.session.sync.fingerprint()

    def text() -> str:
        lines = [t("identity.show", id=me["id"], label=me["label"]),
                 t("identity.fingerprint", fingerprint=printed)]
        lines += [t("identity.peer", id=p["id"], label=p["label"], last=p["last_import_at"] or "—")
                  for p in peers[1:]]
        return "\n".join(lines)

    ctx.out({"id": me["id"], "fingerprint": printed, "label": me["label"], "peers": peers[1:]}, text)


def cmd_csv_export(ctx: Context) -> None:
    a = ctx.args
    year = None if a.year is None else parse_year(a.year)
    count = ctx.session.exchange.export_csv(a.file, a.rep, year, force=a.force)
    ctx.out({"file": a.file, "entries": count}, t("csv.exported", count=count, path=a.file))


def cmd_csv_import(ctx: Context) -> None:
    a = ctx.args
    session = ctx.session
    checked = session.exchange.read_csv(a.file, parse_mapping(a.map), a.rep)
    data: dict[str, Any] = checked.to_json()
    lines = [t("csv.mapping", mapping=", ".join(f"{k}={v}" for k, v in checked.mapping.items())),
             t("csv.summary", added=len(checked.entries), same=len(checked.already), bad=len(checked.bad))]
    lines += [t("csv.bad_row", row=b.row, column=b.column, rule=b.rule) for b in checked.bad]
    if a.dry_run:
        ctx.out({**data, "dry_run": True}, "\n".join([*lines, t("import.dry_run")]))
        return
    if checked.bad and not a.skip_bad:
        if ctx.json:
            print(json.dumps({"error": t("csv.refused", count=len(checked.bad)), **data}, ensure_ascii=False))
        else:
            echo("\n".join(lines))
            echo(f"unionrep-cli: error: {t('csv.refused', count=len(checked.bad))}", err=True)
        raise SystemExit(1)
    with cancellable(not ctx.json) as progress:
        added = session.exchange.import_csv(checked, skip_bad=a.skip_bad, progress=progress)
    ctx.out({**data, "imported": added}, "\n".join([*lines, t("csv.imported", added=added)]))


def cmd_ics_entries(ctx: Context) -> None:
    a = ctx.args
    count = ctx.session.exchange.export_calendar(a.file, a.rep, parse_optional_date(a.start, "from"),
                                                 parse_optional_date(a.end, "to"), force=a.force)
    ctx.out({"file": a.file, "events": count}, t("ics.exported", count=count, path=a.file))


def _group(subparsers: Any, name: str, help_text: str) -> Any:
    """The sub-commands of `name`, made here or by another command module."""
    parser = subparsers.choices.get(name)
    if parser is None:
        parser = subparsers.add_parser(name, help=help_text)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True,
                                 parser_class=type(parser))


def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(subparsers, "export", cmd_export,
                "write a bundle of records for another unionrep (encrypted with a passphrase)")
    p.add_argument("file", help="the bundle file to write")
    p.add_argument("--rep", help="only this rep's records (id or exact name)")
    p.add_argument("--from", dest="start", help="only entries and TOIL on or after this date")
    p.add_argument("--to", dest="end", help="only entries and TOIL on or before this date")
    p.add_argument("--plain", action="store_true",
                   help="do not encrypt (the file then holds members' data in the clear)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")

    p = command(subparsers, "import", cmd_import,
                "take in a bundle from another unionrep: shows what changes, writes in one go")
    p.add_argument("file", help="the bundle file")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--resolve", choices=("mine", "theirs", "ask"),
                   help="for records changed on both sides: keep mine, take theirs, or ask for each")

    exchange = _group(subparsers, "exchange", "this installation's identity for bundles")
    p = command(exchange, "identity", cmd_identity, "show (or renew) this installation's identity")
    p.add_argument("--new", action="store_true",
                   help="a fresh identity: for a database copied from another computer")
    p.add_argument("--label", help="a name for this installation, shown to those importing its bundles")

    csv_group = _group(subparsers, "csv", "time-off entries as a spreadsheet (CSV)")
    p = command(csv_group, "export", cmd_csv_export, "write entries to a CSV file for Excel")
    p.add_argument("file")
    p.add_argument("--rep", help="only this rep's entries")
    p.add_argument("--year", help="only the year starting in YEAR, e.g. 2025 for 2025/26")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p = command(csv_group, "import", cmd_csv_import, "add entries from a spreadsheet (CSV)")
    p.add_argument("file")
    p.add_argument("--map", help="FIELD=HEADER pairs, e.g. date=Date,hours=Hours (others are detected)")
    p.add_argument("--rep", help="give every row to this rep (for a sheet without a rep column)")
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.add_argument("--skip-bad", action="store_true", help="import the good rows, leaving out the bad")

    ics_group = _group(subparsers, "ics", "calendars (.ics)")
    p = command(ics_group, "entries", cmd_ics_entries, "approved and taken time off as a calendar")
    p.add_argument("file")
    p.add_argument("--rep", help="only this rep's time off")
    p.add_argument("--from", dest="start", help="from this date")
    p.add_argument("--to", dest="end", help="to this date")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
