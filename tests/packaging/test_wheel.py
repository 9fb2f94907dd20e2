"""A wheel built from this tree holds everything unionrep reads at run time, and the app runs from it
installed in a clean virtual environment.

The environment gets the wheel alone (--no-deps); its dependencies (PySide6, reportlab, …) are
taken from the environment running the tests, through a .pth file — as `python -m venv
--system-site-packages` would, but also when the tests themselves run in a virtual environment —
so nothing is downloaded. The repository's own unionrep is not on that path: only the wheel's.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# what the app reads from its own package, besides the Python modules
PACKAGE_DATA = [
    "unionrep/pdf/fonts/DejaVuSans.ttf",
    "unionrep/pdf/fonts/DejaVuSans-Bold.ttf",
    "unionrep/pdf/fonts/DejaVuSans-Oblique.ttf",
    "unionrep/pdf/fonts/DejaVuSans-BoldOblique.ttf",
    "unionrep/pdf/fonts/LICENSE-DejaVu.txt",
    "unionrep/policies/denbighshire-2012.toml",
    "unionrep/policies/primary-care-2022.toml",
    "unionrep/data/njc-2023-24.csv",
    "unionrep/help/guide.en.md",
    "unionrep/help/guide.cy.md",
    # the icons and the compiled Welsh translation (.qm) are inside the generated resource module
    "unionrep/gui/rc_unionrep.py",
]

# run inside the installed environment: each resource opens from the installed package
RESOURCE_CHECK = """
import os, sys
from pathlib import Path
import unionrep
assert Path(unionrep.__file__).resolve().is_relative_to(Path(sys.prefix).resolve()), unionrep.__file__
from PySide6.QtCore import QCoreApplication, QFile, QTranslator
app = QCoreApplication([])
from unionrep.gui import rc_unionrep
for name in (":/icons/unionrep.svg", ":/icons/help.svg", ":/translations/unionrep_cy.qm"):
    assert QFile.exists(name), name
translator = QTranslator()
assert translator.load(":/translations/unionrep_cy.qm")
assert translator.translate("MainWindow", "Dashboard") == "Dangosfwrdd"
from unionrep.help import guide
assert guide("cy").startswith("# Canllaw")
from unionrep.core.policy import load_shipped, shipped_profiles
assert {"denbighshire-2012", "primary-care-2022"} <= set(shipped_profiles())
load_shipped("denbighshire-2012")
from unionrep.core.pay import load_spine
assert len(load_spine()) > 40
from unionrep.pdf.fonts import register_fonts
register_fonts()
print("resources ok")
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(out), "-q",
               "--disable-pip-version-check"]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-build-isolation")  # the build backend is here already: nothing to fetch
    subprocess.run(command, check=True, capture_output=True, text=True)
    (found,) = out.glob("unionrep-*.whl")
    return found


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UNIONREP_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "share"),
               XDG_CACHE_HOME=str(home / "cache"), UNIONREP_DATA_DIR=str(home / "data"),
               UNIONREP_PLAIN="1", UNIONREP_NO_KEYRING="1", UNIONREP_LANG="en", QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scripts folder of a new virtual environment with the wheel installed."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             check=True, capture_output=True, text=True).stdout.strip()
    outer = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    (Path(purelib) / "_outer_environment.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    "--disable-pip-version-check", str(wheel)], check=True, capture_output=True, text=True)
    return scripts


def _run(args: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    home.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(args, capture_output=True, text=True, env=_clean_env(home), cwd=cwd, timeout=300)
    assert result.returncode == 0, f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_holds_the_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in PACKAGE_DATA if name not in names]
    assert missing == []


def test_wheel_holds_every_file_of_the_package_in_git(wheel: Path) -> None:
    listed = subprocess.run(["git", "ls-files", "unionrep"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = [line for line in listed.stdout.splitlines() if (ROOT / line).exists()]
    assert tracked
    assert [name for name in tracked if name not in names] == []


def test_wheel_ships_the_gpl_and_declares_it(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (licence,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        text = archive.read(licence).decode()
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        headers = archive.read(metadata).decode().split("\n\n", 1)[0].splitlines()
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "License-Expression: GPL-3.0-or-later" in headers
    assert "License-File: LICENSE" in headers


def test_wheel_declares_both_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(name).decode()
    assert "[gui_scripts]\nunionrep = unionrep.__main__:main" in text  # no console window on Windows
    assert "[console_scripts]\nunionrep-cli = unionrep.cli.main:main" in text


def test_installed_versions_come_from_the_metadata(installed: Path, wheel: Path, tmp_path: Path) -> None:
    version = wheel.name.split("-")[1]
    for script in ("unionrep", "unionrep-cli"):
        out = _run([str(installed / script), "--version"], tmp_path / "home", tmp_path).stdout
        assert out.strip() == f"unionrep {version}"


def test_installed_package_reads_its_resources(installed: Path, tmp_path: Path) -> None:
    out = _run([str(installed / "python"), "-c", RESOURCE_CHECK], tmp_path / "home", tmp_path).stdout
    assert "resources ok" in out


def test_installed_app_opens_the_demo(installed: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    _run([str(installed / "unionrep"), "--demo", "--screenshot", str(shots)], tmp_path / "home", tmp_path)
    for view in ("dashboard", "log", "reps", "requests", "disputes", "settings", "quick-entry"):
        png = shots / f"{view}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", view
        assert png.stat().st_size > 10_000, view
