"""Parts of unionrep that may not be installed in this build: disputes and PDF documents.

Each is imported lazily, when a view needs it; a missing module gives a clear "not available"
state instead of an error at start-up.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unionrep.app.facade import Service

DISPUTES_MODULE = "unionrep.core.disputes"
DOCUMENTS_MODULE = "unionrep.pdf.documents"


def _load(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # Only the module itself being absent means "not available": a broken import inside it
        # is a real error and is raised.
        if exc.name is not None and (name == exc.name or name.startswith(exc.name + ".")):
            return None
        raise


def disputes_module() -> ModuleType | None:
    return _load(DISPUTES_MODULE)


def documents_module() -> ModuleType | None:
    return _load(DOCUMENTS_MODULE)


def documents_available() -> bool:
    """Whether documents can be made, without importing them before they are first wanted (they
    bring reportlab, a tenth of a second to import): what a button made at start-up asks."""
    if DOCUMENTS_MODULE in sys.modules:
        return documents_module() is not None
    try:
        return importlib.util.find_spec(DOCUMENTS_MODULE) is not None
    except ModuleNotFoundError:  # unionrep.pdf itself is not in this build
        return False


def dispute_service(service: Service) -> Any | None:
    """The disputes of `service`'s session, or None when disputes are not in this build."""
    if disputes_module() is None:
        return None
    from unionrep.app.facade import DisputeService

    return DisputeService(service)
