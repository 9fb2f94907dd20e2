"""What packaging/ ships beside the code: the Linux .desktop entry and AppStream metainfo, and the
app icon drawn for each platform."""

from __future__ import annotations

import configparser
import hashlib
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
APP_ID = "io.github.unionrep.unionrep"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_gui_entry_point() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in PROJECT["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Comment[cy]"] != entry["Comment"]


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    binaries = {b.text for b in root.iter("binary")}
    assert binaries == set(PROJECT["gui-scripts"]) | set(PROJECT["scripts"])
    # every version gets its release notes: the newest release is this version
    assert root.find("releases/release").get("version") == PROJECT["version"]  # type: ignore[union-attr]
    welsh = root.find("summary[@{http://www.w3.org/XML/1998/namespace}lang='cy']")
    assert welsh is not None and welsh.text != root.findtext("summary")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_sizes(size: int) -> None:
    assert _png_size(ICONS / f"unionrep-{size}.png") == (size, size)


def test_windows_icon_holds_every_size() -> None:
    data = (ICONS / "unionrep.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # a width of 0 means 256
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_macos_icon_is_an_icns() -> None:
    data = (ICONS / "unionrep.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    assert b"ic10" in data  # the 1024-pixel (512@2x) image


def test_icons_were_drawn_from_the_app_icon_as_it_is() -> None:
    recorded, source = (ICONS / "source.sha256").read_text(encoding="utf-8").split()
    assert hashlib.sha256((ROOT / source).read_bytes()).hexdigest() == recorded, (
        f"{source} changed: run python packaging/icons/make_icons.py")
