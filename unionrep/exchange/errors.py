"""Why a bundle or a spreadsheet is refused. Every error is shown to the user as it stands."""

from __future__ import annotations

from typing import Any

from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.exchange.messages import t
from unionrep.i18n import CATALOGUE, say


def record_name(table: str, lang: str | None = None) -> str:
    return say(f"record.{table}", lang) if f"record.{table}" in CATALOGUE else table


class BundleError(UnionrepError):
    """The bundle cannot be read: `reason` is one of the codes in docs/bundle-format.md."""

    def __init__(self, reason: str, /, **params: Any) -> None:
        super().__init__(f"bundle.{reason}", **params)
        self.reason = reason

    def text(self, lang: str | None = None) -> str:
        return t(self.template, lang, **self.params)


class RecordRejected(ValidationError):
    """A record of a bundle breaks a rule that user input must keep; the bundle is refused.
    `rule` is a template of messages_errors filled with `params`, as for ValidationError."""

    def __init__(self, table: str, record_id: str, field: str, rule: str, /, **params: Any) -> None:
        super().__init__(field, rule, **params)
        self.table = table
        self.record_id = record_id

    @classmethod
    def from_error(cls, table: str, record_id: str, exc: ValidationError) -> RecordRejected:
        """The rule `exc` broke, said of a record of the bundle."""
        return cls(table, record_id, exc.field, exc.template, **exc.params)

    def text(self, lang: str | None = None) -> str:
        return t("bundle.record", lang, record=record_name(self.table, lang), id=self.record_id,
                 field=self.field, rule=self.rule_text(lang))


class ConflictsPending(UnionrepError):
    """Records changed on both sides and no choice was given for them."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__("import.unresolved", count=len(ids))
        self.ids = ids

    def text(self, lang: str | None = None) -> str:
        return t(self.template, lang, **self.params)


class StalePreview(UnionrepError):
    """The database changed between the preview and the import."""

    def __init__(self) -> None:
        super().__init__("import.stale")

    def text(self, lang: str | None = None) -> str:
        return t(self.template, lang)
