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
from unionrep.cli.render import table
from unionrep.i18n import say as say_text
from unionrep.store import backup as backups
from unionrep.store import crypto, health
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


@reports_file_errors
def cmd_check(ctx: Context) -> None:
    path = ctx.db_path
    if not path.exists():
        raise DatabaseError("missing", path)
    try:
        if ctx.args.quick:
            diagnosis = health.quick_check(path, prompt=crypto.default_prompt())
            if diagnosis.status not in (health.OK, "damaged"):
                raise DatabaseError(diagnosis.status, path, diagnosis.detail)
            found = diagnosis.problems or ([diagnosis.detail] if diagnosis.detail else [])
            report = health.CheckReport(path, found, [], diagnosis.schema_version or 0,
                                        bool(diagnosis.encrypted))
        else:
            report = health.check(path)
    except DatabaseError as exc:
        raise _explained(exc, path) from None

    def text() -> str:
        if report.ok:
            return say("check.ok", path=path, version=report.schema_version, enc=_enc(report.encrypted))
        lines = [say("check.bad", path=path, n=len(report.problems()), version=report.schema_version,
                     enc=_enc(report.encrypted))]
        lines += [f"  {p}" for p in report.problems()]
        return "\n".join(lines)

    if report.ok or ctx.json:
        ctx.out(report.to_json(), text)
    if not report.ok:
        if not ctx.json:
            # The problems on stdout, then the error (stderr, exit 1) from unionrep.cli.main.
            print(text())
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
        dest = backups.backup(path, a.file)
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
        diagnosis = health.diagnose(path)
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
    result = crypto.encrypt_database(ctx.db_path)
    ctx.out({"db": str(result.path), "encrypted": True, "backups": [str(p) for p in result.backups],
             "keyring": result.kept_in_keyring},
            say("encrypt.done", path=result.path, n=len(result.backups),
                keyring=say("encrypt.keyring") if result.kept_in_keyring else ""))


@reports_file_errors
def cmd_passphrase_change(ctx: Context) -> None:
    done = crypto.change_passphrase(ctx.db_path)
    ctx.out({"db": str(ctx.db_path), "backups": [str(p) for p in done]},
            say("passphrase.done", path=ctx.db_path, n=len(done)))


def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(subparsers, "check", cmd_check,
                "check the database is whole (SQLite integrity and foreign-key checks); changes nothing")
    p.add_argument("--quick", action="store_true",
                   help="SQLite's quick_check only (what the app runs at start)")

    p = command(subparsers, "backup", cmd_backup,
                "back up the database (to FILE, or to the backups folder beside it)")
    p.add_argument("file", nargs="?", metavar="FILE", help="where to write the backup (must not exist)")
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
