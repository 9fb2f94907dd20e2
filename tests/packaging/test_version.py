"""The version the app shows (unionrep.__version__, written in the source so that the start reads no
package metadata) is the project's, as pyproject.toml gives it to the wheel's metadata."""

from __future__ import annotations

import tomllib
from pathlib import Path

import unionrep

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_the_version_in_the_source_is_the_projects() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert unionrep.__version__ == project["version"]
