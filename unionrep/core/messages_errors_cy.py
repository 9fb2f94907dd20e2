"""The Welsh of the errors' rule templates, keyed by the English template: the catalogue's
(unionrep.i18n.errors)."""

from __future__ import annotations

from unionrep.i18n.errors import ERRORS_CY

__all__ = ["ERRORS_CY"]
