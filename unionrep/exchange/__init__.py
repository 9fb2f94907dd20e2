"""Exchange between unionrep installations, with no server: bundles, spreadsheets and calendars.

The bundle API (unionrep.exchange.api) is what the CLI and the GUI call:
export_bundle, preview_import, outcome (what chosen resolutions would write), apply_import;
docs/bundle-format.md describes the file.
"""

from unionrep.exchange.api import Selection, apply_import, export_bundle, outcome, preview_import
from unionrep.exchange.errors import BundleError, ConflictsPending, RecordRejected, StalePreview
from unionrep.exchange.report import ExportReport, ImportPreview, ImportReport

__all__ = [
    "BundleError",
    "ConflictsPending",
    "ExportReport",
    "ImportPreview",
    "ImportReport",
    "RecordRejected",
    "Selection",
    "StalePreview",
    "apply_import",
    "export_bundle",
    "outcome",
    "preview_import",
]
