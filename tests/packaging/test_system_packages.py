"""The README's system packages: enough for Qt's X11 platform, and exactly what CI installs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APT_LINE = "sudo apt-get update && sudo apt-get install -y "
CI_TOOLS = {"xvfb", "binutils", "desktop-file-utils", "appstream", "syncthing",
            "at-spi2-core", "python3-pyatspi"}


def readme_packages() -> list[str]:
    lines = [line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
             if line.startswith(APT_LINE)]
    assert len(lines) == 1, "the README names its system packages on one apt-get line"
    return lines[0][len(APT_LINE):].split()


def ci_packages() -> list[str]:
    """APT_PACKAGES as .ci/run computes it (its own lines, run by bash in the repository)."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assignments = "\n".join(line for line in script.splitlines()
                            if line.startswith(("README_PACKAGES=", "CI_PACKAGES=", "APT_PACKAGES=")))
    out = subprocess.run(["bash", "-c", f'{assignments}\necho "$APT_PACKAGES"'], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def test_ci_installs_the_readme_packages_and_only_its_own_tools_beside_them() -> None:
    readme = readme_packages()
    ci = ci_packages()
    assert ci[:len(readme)] == readme
    assert set(ci) - set(readme) == CI_TOOLS


def test_the_readme_names_every_library_the_x11_platform_needs_by_name() -> None:
    # the ones Qt's xcb plugin and libQt6XcbQpa link that a bare Debian 12 lacks (ldd, resolved with dpkg -S)
    for package in ("libgl1", "libegl1", "libglib2.0-0", "libfontconfig1", "libxkbcommon0",
                    "libxkbcommon-x11-0", "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4",
                    "libxcb-keysyms1", "libxcb-shape0", "libxcb-xkb1", "poppler-utils", "python3-venv"):
        assert package in readme_packages()


def _qt_xcb_libraries() -> list[Path]:
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    return [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]


@pytest.mark.skipif(not all(shutil.which(t) for t in ("ldd", "dpkg", "apt-cache")),
                    reason="needs ldd, dpkg and apt-cache (Debian or Ubuntu)")
def test_every_system_library_of_the_xcb_platform_comes_with_a_readme_package() -> None:
    """Each library ldd finds outside PySide6 for the xcb plugin belongs to a package that the
    README's packages bring in (themselves or as their dependencies), on this machine's release."""
    libraries = [lib for lib in _qt_xcb_libraries() if lib.exists()]
    if not libraries:
        pytest.skip("this PySide6 has no xcb platform plugin")
    needed: set[str] = set()
    for library in libraries:
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if "=>" in parts and "/PySide6/" not in line:  # "not found" too: no package owns it
                needed.add(parts[0])
    assert needed, "ldd found no system libraries"
    closure = set(subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
         "--no-breaks", "--no-replaces", "--no-enhances", *readme_packages()],
        capture_output=True, text=True, check=True).stdout.split())
    owners = {}
    for soname in needed:  # by name: with merged /usr, ldd's /lib path is not the one dpkg lists
        found = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True)
        owners[soname] = {line.split(":")[0] for line in found.stdout.splitlines()}
    unexplained = {soname: sorted(packages) for soname, packages in owners.items()
                   if not packages & closure}
    assert not unexplained, f"libraries no README package brings in: {unexplained}"
