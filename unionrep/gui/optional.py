"""The dispute engine as the undo commands (unionrep.gui.commands) still ask for it.

Disputes and documents always ship with unionrep, so nothing here is hedged against their absence;
every other module imports them directly. This module goes once the commands do the same.
"""

from __future__ import annotations

from unionrep.core.disputes import DisputeService
from unionrep.core.services import Service


def dispute_service(service: Service) -> DisputeService:
    return DisputeService(service)
