"""unionrep-cli settings show / settings set KEY VALUE: the database's own settings (your details,
the documents' language, logo and pay bill). The policy profile's settings are `policy set`.

`settings set` checks the value first (a logo must be a PNG or JPEG file, a pay bill more than £0);
bad input names the key and the rule and writes nothing. An empty VALUE clears a setting.
With --json, `show` prints {"key": "value", ...} and `set` prints {"key": ..., "value": ...}.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from unionrep.core.messages import t
from unionrep.core.settings import SETTINGS

if TYPE_CHECKING:
    from unionrep.cli.main import Context


def cmd_settings_show(ctx: Context) -> None:
    values = ctx.session.settings.all()

    def text() -> str:
        width = max(len(k) for k in values)
        return "\n".join(f"{k:<{width}}  {v or t('settings.unset')}" for k, v in values.items())

    ctx.out(values, text)


def cmd_settings_set(ctx: Context) -> None:
    key = ctx.args.key
    kept = ctx.session.settings.set(key, ctx.args.value).result
    ctx.out({"key": key, "value": kept},
            t("settings.set", name=key, value=kept) if kept else t("settings.cleared", name=key))


def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser("settings", help="your details and the documents' settings")
    sub = group.add_subparsers(dest="settings_command", metavar="ACTION", required=True,
                               parser_class=type(group))
    command(sub, "show", cmd_settings_show, "show every setting")
    p = command(sub, "set", cmd_settings_set, "change a setting (an empty VALUE clears it)")
    p.add_argument("key", metavar="KEY", help="one of: " + ", ".join(SETTINGS))
    p.add_argument("value", metavar="VALUE")
