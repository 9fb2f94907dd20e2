"""unionrep-cli sync FOLDER (one round with the branch's shared folder), exchange trust PEER,
exchange untrust PEER and exchange peers (the installations seen there, and which are trusted).

The branch passphrase comes from UNIONREP_BUNDLE_PASSPHRASE, else the one kept with the branch folder
in Settings, else a prompt.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from unionrep.cli.exchange import PASSPHRASE_ENV, _group
from unionrep.exchange.envelope import DEFAULT_SCRYPT_N
from unionrep.exchange.messages import t

if TYPE_CHECKING:
    import argparse

    from unionrep.cli.main import Context

SCRYPT_N = DEFAULT_SCRYPT_N  # the key derivation's cost for the files written; tests lower it



def _branch_passphrase(ctx: Context) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    kept = ctx.session.sync.folder().passphrase
    return kept or getpass.getpass(t("passphrase.prompt"))


def cmd_sync(ctx: Context) -> None:
    report = ctx.session.sync.round(ctx.args.folder, _branch_passphrase(ctx), resolve=ctx.args.resolve,
                        scrypt_n=SCRYPT_N)
    ctx.out(report.to_json(), report.text)


def cmd_trust(ctx: Context) -> None:
    peer = ctx.session.sync.trust(ctx.args.peer)
    ctx.out(peer.to_json(),
            t("trust.done", label=peer.label or "—", id=peer.id, fingerprint=peer.fingerprint))


def cmd_untrust(ctx: Context) -> None:
    peer = ctx.session.sync.untrust(ctx.args.peer)
    ctx.out(peer.to_json(),
            t("trust.withdrawn", label=peer.label or "—", id=peer.id, fingerprint=peer.fingerprint))


def cmd_peers(ctx: Context) -> None:
    seen = ctx.session.sync.peers()

    def text() -> str:
        if not seen:
            return t("trust.none")
        return "\n".join(t("trust.peer", fingerprint=p.fingerprint, id=p.id, label=p.label,
                           state=t("trust.trusted" if p.trusted else "trust.untrusted")) for p in seen)

    ctx.out({"peers": [p.to_json() for p in seen]}, text)


def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(subparsers, "sync", cmd_sync,
                "one round with the branch's shared folder: send this installation's changes, "
                "apply the others'")
    p.add_argument("folder", help="the folder the branch shares (OneDrive, Nextcloud, Syncthing…)")
    p.add_argument("--resolve", choices=("mine", "theirs"),
                   help="settle the conflicts held back: keep mine or take theirs")
    exchange = _group(subparsers, "exchange", "this installation's identity for bundles")
    p = command(exchange, "trust", cmd_trust, "trust an installation seen in the branch folder")
    p.add_argument("peer", help="its id or its key's fingerprint, as `exchange identity` prints them")
    p = command(exchange, "untrust", cmd_untrust,
                "withdraw trust from an installation (a stolen or retired laptop): its files are skipped "
                "from then on; nothing already applied is removed")
    p.add_argument("peer", help="its id or its key's fingerprint, as `exchange identity` prints them")
    command(exchange, "peers", cmd_peers, "the installations seen in the branch folder")
