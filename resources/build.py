"""Regenerate the GUI's generated files (never edit them by hand):

- ui/*.ui                        → unionrep/gui/forms/ui_*.py      (pyside6-uic)
- resources/translations/*.ts    → *.qm, compiled into the resource file (pyside6-lrelease)
- resources/unionrep.qrc         → unionrep/gui/rc_unionrep.py     (pyside6-rcc)

    python resources/build.py                # write into this checkout
    python resources/build.py --out DIR      # write under DIR instead (the test compares the two)
    python resources/build.py --update-ts    # first refresh the .ts files from the sources (update_ts.py)

The output does not depend on file times, so a rebuild of unchanged sources changes nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
RESOURCES = ROOT / "resources"
GUI = Path("unionrep") / "gui"
FORMS = GUI / "forms"
RC_FILE = GUI / "rc_unionrep.py"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 (pip install pyside6-essentials)")
    return found


def _run(args: list[str], **kwargs: object) -> None:
    subprocess.run(args, check=True, **kwargs)  # type: ignore[call-overload]


def build_forms(out: Path) -> list[Path]:
    written = []
    target = out / FORMS
    target.mkdir(parents=True, exist_ok=True)
    for ui in sorted(UI_DIR.glob("*.ui")):
        dest = target / f"ui_{ui.stem}.py"
        # run from ui/ so the header names the file alone, not this machine's path
        _run([_tool("pyside6-uic"), ui.name, "-o", str(dest)], cwd=UI_DIR)
        written.append(dest)
    return written


def build_resources(out: Path) -> Path:
    dest = out / RC_FILE
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(RESOURCES / "icons", work / "icons")
        shutil.copy(RESOURCES / "unionrep.qrc", work / "unionrep.qrc")
        (work / "translations").mkdir()
        for ts in sorted((RESOURCES / "translations").glob("*.ts")):
            _run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                  str(work / "translations" / f"{ts.stem}.qm")])
        env = {**os.environ, "QT_RCC_SOURCE_DATE_OVERRIDE": "1"}
        _run([_tool("pyside6-rcc"), "--compress-algo", "zlib", "unionrep.qrc", "-o", str(dest)],
             cwd=work, env=env)
    return dest


def update_translations() -> None:
    """Refresh the .ts files from the sources (resources/update_ts.py), keeping every translation."""
    _run([sys.executable, str(RESOURCES / "update_ts.py")])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT,
                        help="write under this folder (default: the checkout)")
    parser.add_argument("--update-ts", action="store_true",
                        help="refresh the .ts files from the sources first")
    args = parser.parse_args(argv)
    if args.update_ts:
        update_translations()
    for path in [*build_forms(args.out), build_resources(args.out)]:
        print(path.relative_to(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
