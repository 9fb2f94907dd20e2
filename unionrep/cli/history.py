"""unionrep-cli undo / redo / history: take back the last change (made through either shell), do
it again, or list the recent changes.

`undo` takes back the last change still done (or, given its id from `history`, an earlier one
nothing since rests on); the undo is checked like any write and refused, changing nothing, where
the rules forbid it. With --json, `undo` and `redo` print {"id", "action", "undid"|"redid", "kinds",
"rows"} and `history` prints {"changes": [{"id", "at", "action", "label", "state", "target",
"kinds", "rows"}]}.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from unionrep.app.changes import ChangeSet, action_label
from unionrep.core.messages import MESSAGES, t
from unionrep.store.changelog import LoggedChange

if TYPE_CHECKING:
    from unionrep.cli.main import Context


def _done(ctx: Context, change: ChangeSet[LoggedChange], key: str, verb: str) -> None:
    target = change.result
    data = {"id": change.id, "action": target.action, verb: target.id, "kinds": change.kinds,
            "rows": [r.to_json() for r in change.rows]}
    ctx.out(data, t(key, action=action_label(target.action), when=target.at))


def cmd_undo(ctx: Context) -> None:
    _done(ctx, ctx.session.history.undo(ctx.args.change), "undo.done", "undid")


def cmd_redo(ctx: Context) -> None:
    _done(ctx, ctx.session.history.redo(ctx.args.change), "redo.done", "redid")


def _label(change: LoggedChange, labels: dict[str, str]) -> str:
    label = action_label(change.action)
    if change.target is not None:
        label = t("history.target", action=label, target=labels.get(change.target, change.target))
    return label


def cmd_history(ctx: Context) -> None:
    changes = ctx.session.history.recent(ctx.args.limit)
    actions = {c.id: action_label(c.action) for c in changes}
    data = {"changes": [
        {"id": c.id, "at": c.at, "action": c.action, "label": _label(c, actions), "state": c.state,
         "target": c.target, "kinds": list(c.kinds), "rows": len(c.rows)} for c in changes]}

    def text() -> str:
        if not changes:
            return t("history.empty")
        return "\n".join(
            f"{c.at}  {c.id[:8]}  {_label(c, actions)} {_state(c.state)}".rstrip()
            for c in changes)

    ctx.out(data, text)


def _limit(text: str) -> int:
    from unionrep.core.errors import ValidationError

    try:
        value = int(text)
    except ValueError:
        raise ValidationError("limit", "{text!r} is not a whole number", text=text) from None
    if not 1 <= value <= 500:
        raise ValidationError("limit", "must be from 1 to 500")
    return value


def register(subparsers: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(subparsers, "undo", cmd_undo, "take back the last change (made here or in the app)")
    p.add_argument("change", nargs="?", metavar="CHANGE", help="an earlier change's id, from history")
    p = command(subparsers, "redo", cmd_redo, "do again the change undone last")
    p.add_argument("change", nargs="?", metavar="CHANGE", help="an undone change's id, from history")
    p = command(subparsers, "history", cmd_history, "the recent changes, newest first")
    p.add_argument("--limit", type=_limit, default=20, help="how many (default 20)")


def _state(state: str) -> str:
    """What `history` adds after a change in this state: "(undone)", or nothing for one in force."""
    key = f"history.state.{state}"
    return t(key) if key in MESSAGES else ""
