"""The real accessibility tree, as Orca reads it on Linux: the demo branch runs on an X server of its
own (Xvfb) with the AT-SPI bus, and the system's pyatspi walks each view (tests/gui/atspi_client.py).

Skipped where any piece is missing: Xvfb, dbus-daemon, at-spi2-core or python3-pyatspi.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
CLIENT = Path(__file__).with_name("atspi_client.py")
ROOT = Path(__file__).resolve().parents[2]
VIEWS = {
    "en": ["Dashboard", "Log", "Reps & roles", "Requests", "Disputes", "Settings"],
    "cy": ["Dangosfwrdd", "Cofnod", "Cynrychiolwyr a rolau", "Ceisiadau", "Anghydfodau", "Gosodiadau"],
}


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not LAUNCHER.exists() or not SYSTEM_PYTHON.exists():
        return "at-spi2-core is not installed"
    if subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return "python3-pyatspi is not installed"
    return None


@pytest.fixture
def desktop(tmp_path):
    """An X server and a session bus with the accessibility bus on it; the environment to use them."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    started: list[subprocess.Popen] = []
    try:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24"],
                                pass_fds=(write,), stderr=subprocess.DEVNULL)
        started.append(xvfb)
        os.close(write)
        with os.fdopen(read) as display_number:
            display = ":" + display_number.readline().strip()
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        started.append(bus)
        address = bus.stdout.readline().strip()
        env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
               "XDG_RUNTIME_DIR": str(tmp_path), "HOME": str(tmp_path)}
        started.append(subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        yield env, started
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_screen_reader_finds_a_name_for_every_control_of_every_view(desktop, lang) -> None:
    env, started = desktop
    app_env = {**env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
               "PYTHONPATH": str(ROOT)}
    started.append(subprocess.Popen([sys.executable, "-m", "unionrep", "--demo", "--lang", lang],
                                    env=app_env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL))
    # the system's Python, not this one: python3-pyatspi is installed for it
    client_env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    result = subprocess.run([SYSTEM_PYTHON, CLIENT, *VIEWS[lang]], env=client_env, capture_output=True,
                            text=True, timeout=240)
    found = json.loads(result.stdout or "{}")
    assert "error" not in found, found
    for view in VIEWS[lang]:
        shown = found.get(view)
        assert shown, f"{view}: not reached over AT-SPI"
        # a control without a name; an empty table cell is data, which Orca reads as "blank"
        unnamed = [node["role"] for node in shown if node["focusable"] and not node["name"].strip()
                   and node["role"] != "table cell"]
        assert unnamed == [], view
    requests = {(node["role"], node["name"]) for node in found[VIEWS[lang][3]]}
    assert ("push button", "Pro Forma…" if lang == "en" else "Pro Fforma…") in requests
    dashboard = {(node["role"], node["name"]) for node in found[VIEWS[lang][0]]}
    assert ("push button", "Iwan Rowlands") in dashboard  # a rep's name is a button, not a label
