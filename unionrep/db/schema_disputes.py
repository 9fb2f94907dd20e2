"""Schema migrations for the disputes feature (registered with unionrep.db.migrations.migration)."""

from __future__ import annotations

import sqlite_utils  # noqa: F401

from unionrep.db.migrations import migration  # noqa: F401
