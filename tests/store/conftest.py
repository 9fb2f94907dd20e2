"""Fixtures for the reliability tests: a populated branch database, plain and encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest
from dbkit import PASSPHRASE, make_branch

from unionrep.store import crypto


@pytest.fixture(autouse=True)
def _passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test here gets its passphrase from the environment and never touches a real keyring."""
    monkeypatch.setenv("UNIONREP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("UNIONREP_NO_KEYRING", "1")
    monkeypatch.delenv("UNIONREP_PLAIN", raising=False)
    monkeypatch.delenv("UNIONREP_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(crypto, "_default_prompt", crypto.no_prompt)


@pytest.fixture(params=["plain", "encrypted"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def branch(tmp_path: Path, mode: str) -> Path:
    """An initialised, populated database at tmp/data/branch.db (plain or encrypted)."""
    return make_branch(tmp_path / "data" / "branch.db", mode)

