"""The disputes' records in the store: their tables, and their fields read back as dates.

The store writes and reads any dataclass it is told the table of. It knows the core's records
(core.model) of itself, but not a dispute's or a stage's: core.disputes holds the disputes' rules
too, which the store does not read. Every module of the application layer that reads or writes a
dispute or a stage through the store imports this one, so that the store knows them whichever of
the session's services was made first.
"""

from __future__ import annotations

from unionrep.core.disputes import DATE_FIELDS, Dispute, Stage
from unionrep.store import records as store_records

store_records.TABLES[Dispute] = "disputes"
store_records.TABLES[Stage] = "dispute_stages"
store_records.DATE_FIELDS.update(DATE_FIELDS)
