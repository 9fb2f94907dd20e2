#!/usr/bin/env bash
# Runs every benchmark script at a small size, to prove they work. No timing is asserted.
set -euo pipefail
cd "$(dirname "$0")"
for script in bench_*.py; do
  [ -e "$script" ] || continue
  echo "-- $script"
  python "$script" --small
done
echo "-- run.py, plot.py"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python run.py --small > "$out/small.json"
python plot.py "$out/small.json" --svg "$out/small.svg"
