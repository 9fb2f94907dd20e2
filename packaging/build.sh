#!/usr/bin/env bash
# Build the Linux bundle — dist/unionrep/, one folder holding `unionrep` (the app) and `unionrep-cli` —
# with PyInstaller, smoke-run it offscreen, and pack it as dist/unionrep-VERSION-linux-ARCH.tar.gz.
#
#   bash packaging/build.sh              build, smoke-run, pack
#   bash packaging/build.sh --no-smoke   build and pack only
#
# PYTHON chooses the interpreter (default python3, 3.11+; a virtual environment's python will do).
# PyInstaller, unionrep and every one of its dependencies go into a build environment of its own
# (build/packaging/venv) that sees no other environment's packages: PyInstaller keeps a wheel's
# layout (PySide6/Qt/lib/…, which the libraries' RPATHs name) only for packages in its own
# environment's site-packages, and the bundle must hold everything it needs whatever was active
# when it was built. UNIONREP_MAX_MB (default 200) is the most the unpacked bundle may weigh: a
# bigger one fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
WORK=$ROOT/build/packaging
DIST=$ROOT/dist
VENV=$WORK/venv
MAX_MB=${UNIONREP_MAX_MB:-200}
SMOKE=1
for arg in "$@"; do
  case "$arg" in
    --no-smoke) SMOKE=0 ;;
    *) echo "usage: bash packaging/build.sh [--no-smoke]" >&2; exit 2 ;;
  esac
done
started=$(date +%s)

echo "== build environment ($VENV)"
# nothing of an outer environment may leak in: not its path, not its packages
unset PYTHONPATH PYTHONHOME PYTHONSTARTUP PYTHONUSERBASE
export PYTHONNOUSERSITE=1
# an environment left by an older build.sh saw the outer packages (--system-site-packages and a .pth
# file): start again
if [ -f "$VENV/pyvenv.cfg" ] && grep -q "^include-system-site-packages *= *true" "$VENV/pyvenv.cfg"; then
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -r packaging/requirements-build.txt
# unionrep itself, freshly built from this tree as a regular install (its metadata gives
# `unionrep --version`), with its dependencies
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "$ROOT"
version=$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("unionrep"))')

echo "== PyInstaller (unionrep $version)"
rm -rf "$DIST/unionrep"
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/unionrep.spec \
  2> >(grep -v -e "Library not found: could not resolve" -e "required via ctypes not found" >&2)
BUNDLE=$DIST/unionrep

if [ "$SMOKE" = 1 ]; then
  echo "== smoke run"
  bash packaging/smoke.sh "$BUNDLE" "$version"
fi

echo "== pack"
arch=$(uname -m)
tarball=$DIST/unionrep-$version-linux-$arch.tar.gz
tar -C "$DIST" -czf "$tarball" unionrep
size_kb=$(du -sk "$BUNDLE" | cut -f1)
size_mb=$(( (size_kb + 1023) / 1024 ))
echo "bundle: $BUNDLE — $(du -sh "$BUNDLE" | cut -f1) unpacked, $(du -h "$tarball" | cut -f1) as $(basename "$tarball")"
echo "built in $(( $(date +%s) - started )) s"
if [ "$size_mb" -gt "$MAX_MB" ]; then
  echo "the bundle weighs $size_mb MB, more than UNIONREP_MAX_MB=$MAX_MB: see what grew (du -sh $BUNDLE/_internal/*)" >&2
  exit 1
fi
