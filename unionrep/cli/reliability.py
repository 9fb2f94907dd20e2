"""unionrep-cli check | backup | restore | recover | encrypt | passphrase change: keeping the data
whole, backed up and private.

None of these migrate a database they only read: check and backup open the file read-only, so
they work on a damaged file or one from a newer unionrep and never change it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unionrep.cli.lang import say as column
from unionrep.cli.render import echo, table
from unionrep.i18n import say as say_text
from unionrep.store import backup as backups
from unionrep.store import crypto, encryption, health, leftovers
from unionrep.store.connection import DatabaseError, reports_file_errors

if TYPE_CHECKING:
    from unionrep.cli.main import Context

EXIT_PROBLEM = 1


def say(key: str, **params: Any) -> str:
    return say_text(f"cli.{key}", **params)


def _enc(encrypted: bool) -> str:
    return say("encrypted" if encrypted else "plain")


def _explained(exc: DatabaseError, path: Path) -> DatabaseError:
    """A wrong passphrase may really be a damaged first page: diagnose() tells them apart."""
    if exc.kind != "wrong_passphrase":
        return exc
    diagnosis = health.diagnose(path)
    if diagnosis.status == "damaged":
        return DatabaseError("damaged", path, diagnosis.detail)
    return exc


def _missing(path: Path) -> DatabaseError:
    """No database at `path`, naming the database an interrupted restore kept aside, if any."""
    kept = leftovers.find(path).kept
    if kept:
        return DatabaseError("missing", path, message=say("missing.kept", path=path, kept=kept[0]))
    return DatabaseError("missing", path)


def _leftover_lines(found: leftovers.Leftovers) -> list[str]:
    return ([say("leftover.plain", path=p) for p in found.plain]
            + [say("leftover.half_made", path=p) for p in found.half_made]
            + [say("leftover.kept", path=p) for p in found.kept]
            + ([say("leftover.changing", path=found.changing)] if found.changing else []))


@reports_file_errors
def cmd_check(ctx: Context) -> None:
    path = ctx.db_path
    if not path.exists():
        raise _missing(path)
    found = leftovers.find(path)
    try:
        if ctx.args.quick:
            diagnosis = health.quick_check(path, prompt=crypto.default_prompt())
            if diagnosis.status not in (health.OK, "damaged"):
                raise DatabaseError(diagnosis.status, path, diagnosis.detail)
            problems = diagnosis.problems or ([diagnosis.detail] if diagnosis.detail else [])
            report = health.CheckReport(path, problems, [], diagnosis.schema_version or 0,
                                        bool(diagnosis.encrypted))
        else:
            report = health.check(path)
    except DatabaseError as exc:
        raise _explained(exc, path) from None

    whole = report.ok and not found.plain  # an unencrypted copy of an encrypted database is a leak
    data = {**report.to_json(), "ok": whole, "plain_copies": [str(p) for p in found.plain],
            "half_made": [str(p) for p in found.half_made], "kept": [str(p) for p in found.kept],
            "passphrase_change_unfinished": found.changing is not None}

    def text() -> str:
        notes = [f"  {line}" for line in _leftover_lines(found)]
        if report.ok:
            return "\n".join([say("check.ok", path=path, version=report.schema_version,
                                  enc=_enc(report.encrypted)), *notes])
        lines = [say("check.bad", path=path, n=len(report.problems()), version=report.schema_version,
                     enc=_enc(report.encrypted))]
        lines += [f"  {p}" for p in report.problems()]
        return "\n".join([*lines, *notes])

    if whole or ctx.json:
        ctx.out(data, text)
    if found.plain and report.ok and not ctx.json:
        echo(text())
        raise DatabaseError("sqlite", path, message=say("leftover.plain", path=found.plain[0]))
    if not whole:
        if not ctx.json:
            # The problems on stdout, then the error (stderr, exit 1) from unionrep.cli.main.
            echo(text())
            raise DatabaseError("damaged", path, f"{len(report.problems())} problem(s)")
        ctx.exit_code = EXIT_PROBLEM  # type: ignore[attr-defined]  # honoured by cli.main


@reports_file_errors
def cmd_backup(ctx: Context) -> None:
    a = ctx.args
    path = ctx.db_path
    if a.list:
        found = backups.list_backups(path)
        ctx.out([b.to_json() for b in found],
                lambda: table([column(f"col.{c}") for c in ("made_at", "reason", "file")],
                              [[f"{b.made_at:%Y-%m-%d %H:%M:%S}", b.reason, str(b.path)] for b in found])
                if found else say("backup.none", path=path))
        return
    if a.keep is not None:
        keep = backups.parse_keep(a.keep)
        ctx.session.settings.put(backups.BACKUP_KEEP_KEY, str(keep), action="setting.set")
        backups.rotate(path, keep)
        if a.file is None:
            ctx.out({"keep": keep}, say("backup.keep", keep=keep, path=path))
            return
    if not path.exists():
        raise DatabaseError("missing", path)
    try:
        dest = backups.backup(path, a.file, force=a.force)
    except DatabaseError as exc:
        raise _explained(exc, path) from None
    encrypted = crypto.file_kind(dest) == "encrypted"
    ctx.out({"backup": str(dest), "db": str(path), "encrypted": encrypted},
            say("backup.done", path=path, dest=dest, enc=_enc(encrypted)))


@reports_file_errors
def cmd_restore(ctx: Context) -> None:
    path = ctx.db_path
    source = Path(ctx.args.file).expanduser()
    aside = backups.restore(path, source)
    data = {"db": str(path), "restored": str(source), "previous": None if aside is None else str(aside)}
    ctx.out(data, say("restore.done", backup=source, path=path, aside=aside) if aside
            else say("restore.fresh", backup=source, path=path))


@reports_file_errors
def cmd_recover(ctx: Context) -> None:
    path = ctx.db_path
    if ctx.args.file is None:
        if not path.exists() and leftovers.find(path).kept:
            raise _missing(path)
        # opened as any command would open it (asking for the passphrase where there is a terminal):
        # a database that opens and checks whole is never treated as damaged
        diagnosis = health.diagnose(path, prompt=crypto.default_prompt())
        if diagnosis.ok:
            raise DatabaseError("sqlite", path, message=say("recover.ok_db", path=path))
        source = backups.newest_good_backup(path)
        if source is None:
            raise DatabaseError("sqlite", path, message=say("recover.none", path=path))
    else:
        source = Path(ctx.args.file).expanduser()
    aside = backups.recover_from_backup(path, source)
    ctx.out({"db": str(path), "restored": str(source), "damaged": None if aside is None else str(aside)},
            say("recover.done", path=path, backup=source, aside=aside) if aside
            else say("restore.fresh", backup=source, path=path))


@reports_file_errors
def cmd_encrypt(ctx: Context) -> None:
    result = encryption.encrypt_database(ctx.db_path)
    ctx.out({"db": str(result.path), "encrypted": True, "backups": [str(p) for p in result.backups],
             "keyring": result.kept_in_keyring},
            say("encrypt.done", path=result.path, n=len(result.backups),
                keyring=say("encrypt.keyring") if result.kept_in_keyring else ""))


@reports_file_errors
def cmd_passphrase_change(ctx: Context) -> None:
    done = encryption.change_passphrase(ctx.db_path)
    others = [b.path for b in backups.list_backups(ctx.db_path)
              if b.path not in done and crypto.file_kind(b.path) == "encrypted"]
    lines = [say("passphrase.done", path=ctx.db_path, n=len(done))]
    if others:
        lines += [say("passphrase.others"), *(f"  {p}" for p in others)]
    ctx.out({"db": str(ctx.db_path), "backups": [str(p) for p in done],
             "other_passphrase": [str(p) for p in others]}, "\n".join(lines))


def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(subparsers, "check", cmd_check,
                "check the database is whole (SQLite integrity and foreign-key checks); changes nothing")
    p.add_argument("--quick", action="store_true",
                   help="SQLite's quick_check only (what the app runs at start)")

    p = command(subparsers, "backup", cmd_backup,
                "back up the database (to FILE, or to the backups folder beside it)")
    p.add_argument("file", nargs="?", metavar="FILE", help="where to write the backup (must not exist)")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.add_argument("--list", action="store_true", help="list the backups in the backups folder")
    p.add_argument("--keep", metavar="N",
                   help=f"keep the newest N automatic backups (stored in the database; default "
                        f"{backups.DEFAULT_KEEP})")

    p = command(subparsers, "restore", cmd_restore,
                "replace the database with a backup, after checking it; the current one is kept aside")
    p.add_argument("file", metavar="FILE", help="the backup to restore")

    p = command(subparsers, "recover", cmd_recover,
                "move a damaged database aside untouched and restore a backup (default: the newest good one)")
    p.add_argument("file", nargs="?", metavar="FILE", help="the backup to restore")

    command(subparsers, "encrypt", cmd_encrypt,
            "encrypt a plain database (and its backups) in place; passphrase from UNIONREP_PASSPHRASE "
            "or a prompt")

    group = subparsers.add_parser("passphrase", help="the passphrase of an encrypted database")
    sub = group.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True,
                               parser_class=type(group))
    command(sub, "change", cmd_passphrase_change,
            "change the passphrase (and its backups'); the new one from UNIONREP_NEW_PASSPHRASE or a prompt")
