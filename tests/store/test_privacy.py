"""Nothing leaves the laptop: a whole command-line session runs with network sockets forbidden, and
no module of the app imports a network library."""

from __future__ import annotations

import ast
import json
import socket
from pathlib import Path

import pytest

import unionrep
from unionrep.cli import main as cli
from unionrep.store import crypto

NETWORK_MODULES = {"socket", "ssl", "urllib.request", "http.client", "http.server", "ftplib", "smtplib",
                   "poplib", "imaplib", "telnetlib", "xmlrpc.client", "requests", "httpx", "aiohttp",
                   "urllib3", "websocket", "websockets", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"}


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = socket.AF_INET, *args: object, **kwargs: object) -> None:
            if family != getattr(socket, "AF_UNIX", None):
                attempts.append(f"socket({family})")
                raise NetworkUsed("the app opened a network socket")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"connect{args[:1]}")
        raise NetworkUsed("the app looked up or connected to a host")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_a_whole_session_opens_no_network_socket(tmp_path, no_network, capsys, monkeypatch):
    db = tmp_path / "data" / "branch.db"

    def call(*args: str) -> object:
        code = cli.main(["--db", str(db), "--json", *args])
        out = capsys.readouterr().out
        assert code == 0, (args, out)
        return json.loads(out)

    monkeypatch.setattr(crypto, "encrypt_by_default", lambda: True)
    call("init")
    rep = call("rep", "add", "--name", "Siân Ŵyn", "--weekly-hours", "22.5", "--scp", "7")["id"]
    call("role", "assign", rep, "steward", "--from", "2025-09-01")
    entry = call("log", "add", rep, "--role", "steward", "--date", "2025-10-02", "--hours", "2.5")["id"]
    call("log", "edit", entry, "--purpose", "Gwrandawiad")
    call("balance", rep, "--on", "2025-10-31")
    call("flags")
    assert call("check")["ok"] is True
    made = call("backup")["backup"]
    call("restore", made)
    monkeypatch.setenv("UNIONREP_NEW_PASSPHRASE", "a new passphrase for the branch")
    call("passphrase", "change")
    monkeypatch.setenv("UNIONREP_PASSPHRASE", "a new passphrase for the branch")
    assert call("log", "list")[0]["purpose"] == "Gwrandawiad"
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", "a bundle passphrase for the test")
    bundle = tmp_path / "branch.bundle"
    call("export", str(bundle))
    assert bundle.exists()
    assert no_network == []


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_module_of_the_app_imports_a_network_library():
    package = Path(unionrep.__file__).parent
    offenders = {}
    for path in package.rglob("*.py"):
        bad = {m for m in imported_modules(path)
               if m in NETWORK_MODULES or any(m.startswith(n + ".") for n in NETWORK_MODULES)}
        if bad:
            offenders[str(path.relative_to(package))] = sorted(bad)
    assert offenders == {}
