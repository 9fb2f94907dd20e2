"""Shared fixtures. Qt must run offscreen (pytest-qt aborts without a display otherwise)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UNIONREP_LANG", "en")

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from unionrep.app.session import Session, open_session
from unionrep.core.model import Rep

# Hypothesis's 200 ms deadline per example, and its health check on slow data generation, are
# timing assertions in disguise: on a slow or busy machine they fail correct code. Neither applies.
hypothesis_settings.register_profile("unionrep", deadline=None,
                                     suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("unionrep")


@pytest.fixture(autouse=True)
def _private_dirs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder, settings or keyring from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("UNIONREP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("UNIONREP_DB", raising=False)
    monkeypatch.delenv("UNIONREP_PASSPHRASE", raising=False)
    # The store's own tests (tests/store) run with encryption, the default; elsewhere test databases
    # are plain so that each open skips SQLCipher's key derivation.
    monkeypatch.setenv("UNIONREP_NO_KEYRING", "1")
    if request.node.path.parent.name != "store":
        monkeypatch.setenv("UNIONREP_PLAIN", "1")
    else:
        monkeypatch.delenv("UNIONREP_PLAIN", raising=False)
        monkeypatch.setenv("UNIONREP_PASSPHRASE", "unionrep test passphrase")


@pytest.fixture(autouse=True)
def _core_language():
    """A test that switches the core's language (the GUI's Welsh, the CLI's --lang) leaves it as
    UNIONREP_LANG says afterwards."""
    from unionrep.core import messages

    yield
    messages.set_lang(None)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "branch.db"


@pytest.fixture
def session(db_path) -> Iterator[Session]:
    """A new branch database; its connection is closed after the test (a long run would otherwise
    hold three files open per test — the database, its WAL and its shared memory — and run out)."""
    book = open_session(db_path, create=True)
    book.policy.init("denbighshire-2012")
    yield book
    book.store.db.close()


@pytest.fixture
def make_rep(session):
    def make(name: str = "Gwenllïan Ŵyn", weekly_hours: float = 37, school: bool = False,
             roles: tuple[tuple[str, str], ...] = (("steward", "2020-04-01"),), **extra) -> Rep:
        rep = session.reps.add(Rep(name=name, weekly_minutes=int(weekly_hours * 60), school=school,
                                   **extra)).result
        for role, start in roles:
            session.roles.assign(rep.id, role, dt.date.fromisoformat(start))
        return rep

    return make


@pytest.fixture
def new_process() -> Callable[..., str]:
    """Run Python code in a new interpreter, with this one's import path and environment (plus any
    variables given), as a user's process starts afresh: what it imports, what a first use finds.
    Gives its standard output; a failure fails the test with the process's own error output."""
    def run(code: str, **env: str) -> str:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                                env={**os.environ, **env, "PYTHONPATH": os.pathsep.join(sys.path)})
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run
