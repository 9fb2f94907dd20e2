"""Schema migrations for the reliability feature (registered with unionrep.store.migrations.migration)."""

from __future__ import annotations

import sqlite_utils  # noqa: F401

from unionrep.store.migrations import migration  # noqa: F401
