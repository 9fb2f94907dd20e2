#!/usr/bin/env bash
# Smoke-run a built bundle offscreen: the version, the demo's screenshots, and a Pro Forma written by
# the bundled unionrep-cli into a new database (plain, then encrypted). Nothing outside a temporary
# folder is touched.
#
#   bash packaging/smoke.sh dist/unionrep [EXPECTED_VERSION]
set -euo pipefail
BUNDLE=$(cd "${1:?usage: smoke.sh BUNDLE_DIR [VERSION]}" && pwd)
EXPECTED=${2:-}
APP=$BUNDLE/unionrep
CLI=$BUNDLE/unionrep-cli
TMP=$(mktemp -d "${TMPDIR:-/tmp}/unionrep-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# as on a machine with no Python of its own: no virtual environment, no Python path
unset VIRTUAL_ENV PYTHONPATH PYTHONHOME || true
export PATH=/usr/bin:/bin
# the user's own data folder, settings and keyring stay out of it
export HOME=$TMP/home XDG_CONFIG_HOME=$TMP/config XDG_DATA_HOME=$TMP/data XDG_CACHE_HOME=$TMP/cache
export UNIONREP_DATA_DIR=$TMP/unionrep-data QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
unset UNIONREP_DB UNIONREP_PASSPHRASE UNIONREP_PLAIN || true
mkdir -p "$HOME"

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }

step "versions"
app_version=$("$APP" --version) || fail "unionrep --version exited $?"
cli_version=$("$CLI" --version) || fail "unionrep-cli --version exited $?"
echo "$app_version / $cli_version"
case "$app_version" in "unionrep "[0-9]*) ;; *) fail "unionrep --version printed '$app_version'" ;; esac
[ -z "$EXPECTED" ] || [ "$app_version" = "unionrep $EXPECTED" ] || fail "'$app_version', expected $EXPECTED"
[ "$cli_version" = "$app_version" ] || fail "unionrep-cli says '$cli_version'"

step "PDFium (the Pro Forma preview) is in the bundle"
[ -n "$(find "$BUNDLE" \( -name "libpdfium.so*" -o -name "pdfium.dll" -o -name "libpdfium.dylib" \) | head -n 1)" ] \
  || fail "no PDFium library (pypdfium2_raw) in the bundle"

step "the demo, every view to a PNG"
"$APP" --demo --screenshot "$TMP/shots" > "$TMP/shots.log" 2>&1 || { cat "$TMP/shots.log"; fail "unionrep --demo --screenshot exited $?"; }
# proforma-preview.png is the demo's first request's Pro Forma rendered by PDFium in the bundle: so
# pypdfium2 is there, loads its library, and renders a page
for view in dashboard log reps requests disputes settings quick-entry proforma-preview; do
  png=$TMP/shots/$view.png
  [ -s "$png" ] || fail "no $view.png"
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$view.png is not a PNG"
  [ "$(wc -c < "$png")" -gt 10000 ] || fail "$view.png is nearly empty"
done
ls "$TMP/shots"

proforma() {  # DB: init, a rep, a role, an entry, its Pro Forma
  local db=$1 pdf=$2 entry
  "$CLI" --db "$db" init
  "$CLI" --db "$db" rep add --name "Siân Ŵyn" --weekly-hours 22.5 --school --scp 10
  "$CLI" --db "$db" role assign "Siân Ŵyn" steward --from 2025-09-01
  entry=$("$CLI" --db "$db" --json log add "Siân Ŵyn" --role steward --date 2025-10-02 --start 09:00 \
    --end 12:30 --category duties --purpose "Grievance hearing" --location "County Hall" --status requested \
    | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p')
  [ -n "$entry" ] || fail "log add printed no id"
  "$CLI" --db "$db" proforma "$entry" -o "$pdf"
  [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
  [ "$(wc -c < "$pdf")" -gt 5000 ] || fail "$pdf is nearly empty"
  "$CLI" --db "$db" --json check | grep -q '"ok": true' || fail "check of $db"
}

step "unionrep-cli: a Pro Forma from a new plain database"
UNIONREP_PLAIN=1 proforma "$TMP/plain.db" "$TMP/plain.pdf"

step "unionrep-cli: the same, encrypted (SQLCipher)"
UNIONREP_PASSPHRASE="smoke test passphrase" proforma "$TMP/secret.db" "$TMP/secret.pdf" < /dev/null
head -c 16 "$TMP/secret.db" | grep -q "SQLite format 3" && fail "secret.db is not encrypted"

step "the licence is in the bundle"
licence=$(find "$BUNDLE" -maxdepth 2 -name LICENSE -type f | head -n 1)
[ -n "$licence" ] && grep -q "GNU GENERAL PUBLIC LICENSE" "$licence" || fail "no GPL LICENSE in the bundle"

# each library finds the others through its own RPATH ($ORIGIN/…), with no LD_LIBRARY_PATH: so the
# bundle's layout is whole, whatever the bootloader adds at run time
step "the Qt libraries the bundle ships resolve, and no link is broken"
missing=$(find "$BUNDLE" -name "*.so*" -type f -print0 | xargs -0 -n 50 env LD_LIBRARY_PATH= ldd 2>/dev/null \
  | grep "not found" | grep -E "libQt6|libicu|libpyside|libshiboken|libpython" | sort -u || true)
[ -z "$missing" ] || fail "unresolved: $missing"
broken=$(find -L "$BUNDLE" -type l)
[ -z "$broken" ] || fail "broken links: $broken"

echo "smoke: passed"
