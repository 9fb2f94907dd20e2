"""Moving an entry along its statuses (draft → requested → approved | refused | withdrawn;
approved → taken), shared by the log and the requests view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from unionrep.core.errors import UnionrepError
from unionrep.core.model import TRANSITIONS
from unionrep.gui.commands import EditEntry
from unionrep.gui.context import AppContext
from unionrep.gui.views.base import show_error


def _t(text: str) -> str:
    return QCoreApplication.translate("EntryActions", text)


def verb(status: str) -> str:
    """The button text that moves an entry to `status`."""
    return {
        "requested": _t("Send as a request"),
        "approved": _t("Record approval"),
        "refused": _t("Record refusal…"),
        "withdrawn": _t("Withdraw"),
        "taken": _t("Mark as taken"),
    }.get(status, status)


def next_statuses(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def change_status(ctx: AppContext, entry_id: str, status: str, parent: QWidget) -> bool:
    """Move the entry to `status` (undoable). A request sent today records today as the notice date
    if none was given. Returns whether it was done."""
    entry = ctx.session.entries.get(entry_id)
    changes: dict[str, object] = {"status": status}
    if status == "requested" and entry.notice_on is None and ctx.today() <= entry.date:
        changes["notice_on"] = ctx.today()
    try:
        ctx.execute(EditEntry(ctx, entry_id, changes, verb(status).rstrip("…")))
    except UnionrepError as exc:
        show_error(parent, exc)
        return False
    return True
