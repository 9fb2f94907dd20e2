"""Why a bundle or a spreadsheet is refused. Every error is shown to the user as it stands."""

from __future__ import annotations

from typing import Any

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.exchange.messages import t

# What a table's record is called in messages.
RECORD_NAMES = {
    "reps": "rep", "assignments": "role assignment", "entries": "entry", "extensions": "extension",
    "toil": "TOIL record", "disputes": "dispute", "dispute_stages": "dispute stage",
}


def record_name(table: str) -> str:
    return RECORD_NAMES.get(table, table)


class BundleError(UnionrepError):
    """The bundle cannot be read: `reason` is one of the codes in docs/bundle-format.md."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(t(f"bundle.{reason}", **params))
        self.reason = reason


class RecordRejected(ValidationError):
    """A record of a bundle breaks a rule that user input must keep; the bundle is refused."""

    def __init__(self, table: str, record_id: str, field: str, rule: str) -> None:
        super().__init__(field, rule)
        self.table = table
        self.record_id = record_id
        self.args = (t("bundle.record", record=record_name(table), id=record_id, field=field, rule=rule),)

    def __str__(self) -> str:
        return str(self.args[0])


class ConflictsPending(UnionrepError):
    """Records changed on both sides and no choice was given for them."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(t("import.unresolved", count=len(ids)))
        self.ids = ids


class StalePreview(UnionrepError):
    """The database changed between the preview and the import."""

    def __init__(self) -> None:
        super().__init__(t("import.stale"))
