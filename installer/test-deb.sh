#!/usr/bin/env bash
# Installs the .deb that `mvn -Pinstaller package` left in target/installer/, checks the installed
# command line, desktop entry, file type and window, and removes the package again, pass or fail.
#
# Needs root (dpkg, unshare), xvfb-run, xdotool and the package's dependencies (libgtk-3-0, xdg-utils).
# Set SCREENSHOT=path.png to keep a screenshot of the installed app's window (taken with ImageMagick's import).
set -uo pipefail
cd "$(dirname "$0")/.."
project_dir=$(pwd)
# without import the picture was silently not taken and the old one stayed
if [ -n "${SCREENSHOT:-}" ] && ! command -v import >/dev/null; then
  echo "installer: SCREENSHOT needs ImageMagick's import (apt-get install imagemagick)"; exit 1
fi

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1"; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
finish() { echo "installer: $passed passed, $failed failed"; [ "$failed" = 0 ]; exit; }

debs=(target/installer/costbench_*.deb)
if [ ! -f "${debs[0]}" ] || [ "${#debs[@]}" != 1 ]; then
  echo "installer: expected one target/installer/costbench_*.deb; run mvn -Pinstaller package -DskipTests first"; exit 1
fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
installed() { [ "$(dpkg-query -W -f='${db:Status-Status}' costbench 2>/dev/null)" = installed ]; }
if installed; then
  echo "installer: costbench is already installed here; not touching it"; exit 1
fi

work=$(mktemp -d)
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill -- -"$app_pid" 2>/dev/null
  # never leave the package installed, whatever happened above
  if installed; then dpkg -r costbench >/dev/null 2>&1 || dpkg --remove --force-all costbench >/dev/null 2>&1; fi
  dpkg --purge costbench >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

echo "Installing $deb ($(du -h "$deb" | cut -f1), version $version)"
if ! dpkg -i "$deb"; then fail "dpkg -i $deb"; finish; fi
pass "dpkg -i installs the package"

# --- the command line through the installed launcher, from a folder that is not the project
cd "$work"
cp "$project_dir/examples/web-shop.costbench.json" "$work/design.costbench.json"
check "costbench is on the PATH" test "$(command -v costbench)" = /usr/bin/costbench
out=$(costbench --version 2>&1)
check "costbench --version prints $version (got: ${out%%$'\n'*})" grep -qF "$version" <<<"$out"
priced=$(costbench price design.costbench.json 2>"$work/price.err"); rc=$?
check "costbench price exits 0 (stderr: $(head -c 300 "$work/price.err"))" test "$rc" = 0
check "costbench price shows dollar figures" grep -q '\$[0-9]' <<<"$priced"
# the installed app on its trimmed runtime prices exactly as the jar does on the full JDK
expected=$("${JAVA_HOME:-/usr}/bin/java" -jar "$project_dir/target/costbench.jar" price design.costbench.json 2>/dev/null)
check "costbench price matches java -jar target/costbench.jar price" test "$priced" = "$expected"
costbench import-prices --data-dir "$work/imported" "$project_dir/src/test/resources/importer/aws" >"$work/import.out" 2>&1; rc=$?
check "costbench import-prices writes the user's catalog (got $rc: $(tail -n 1 "$work/import.out"))" \
  sh -c "[ $rc = 0 ] && [ -f '$work/imported/'\"\$(cat '$work/imported/catalog.current')\"'/catalog.json' ]"
costbench price missing.costbench.json >"$work/bad.out" 2>&1; rc=$?
check "a missing file exits 2 naming the file (got $rc: $(head -c 200 "$work/bad.out"))" \
  sh -c "[ $rc = 2 ] && grep -q 'missing.costbench.json' '$work/bad.out' && ! grep -q 'Exception' '$work/bad.out'"

# --- desktop integration
desktop=/usr/share/applications/costbench-Costbench.desktop
check "menu entry installed" test -f "$desktop"
check "menu entry in Office;Finance" grep -qx 'Categories=Office;Finance;' "$desktop"
check "menu entry passes a double-clicked file (Exec ... %f)" grep -qx 'Exec=/opt/costbench/bin/Costbench %f' "$desktop"
check "menu entry handles application/x-costbench+json" grep -qx 'MimeType=application/x-costbench+json;' "$desktop"
check "menu entry icon is the Costbench icon" cmp -s /opt/costbench/lib/Costbench.png "$project_dir/icons/app/costbench-256.png"
check "file type *.costbench.json registered" grep -q 'pattern="\*.costbench.json"' /usr/share/mime/packages/costbench-Costbench-MimeInfo.xml

# --- the window: the desktop entry's command with a design, no network, a fresh user data folder
data="$work/data"
touch "$work/stamp"
XDG_DATA_HOME="$data" setsid xvfb-run -a -s "-screen 0 1400x900x24" \
  sh -c 'date +%s%N >"$2/started"
         unshare -n -- /opt/costbench/bin/Costbench "$1" >"$2/app.log" 2>&1 & app=$!
         for i in $(seq 1 600); do
           if id=$(xdotool search --onlyvisible --name "Costbench" 2>/dev/null | head -1) && [ -n "$id" ]; then
             date +%s%N >"$2/shown"; xdotool getwindowname "$id" >"$2/title"; break
           fi
           sleep 0.1
         done
         # the window paints before the design is read; the workbench then opens it and notes it in the user data
         if [ -s "$2/shown" ]; then
           for i in $(seq 1 600); do [ -n "$(ls -A "$4" 2>/dev/null)" ] && break; sleep 0.1; done
         fi
         # let the first pricing and layout settle before the picture
         if [ -s "$2/shown" ] && [ -n "$3" ]; then sleep 8; import -window root "$3"; fi
         kill $app' \
  sh "$work/design.costbench.json" "$work" "${SCREENSHOT:+$project_dir/$SCREENSHOT}" "$data/costbench" &
app_pid=$!
wait "$app_pid"; app_pid=
if [ -s "$work/shown" ]; then
  pass "window visible with no network, $(( ($(cat "$work/shown") - $(cat "$work/started")) / 1000000 )) ms after launch"
  check "window title names the design (got: $(cat "$work/title"))" grep -q '^design.costbench.json — Costbench$' "$work/title"
else
  fail "window did not show within 60 s; app output: $(head -c 1500 "$work/app.log")"
fi
check "no uncaught exception in the app's output" sh -c "! grep -qE '^Exception in|^Caused by|^\s+at ' '$work/app.log'"
check "no warning from JavaFX or the JDK at start (got: $(grep -i -m 1 warning "$work/app.log"))" sh -c "! grep -qi warning '$work/app.log'"
check "user data went to the user data folder (\$XDG_DATA_HOME/costbench)" test -n "$(ls -A "$data/costbench" 2>/dev/null)"
check "nothing written inside /opt/costbench" test -z "$(find /opt/costbench -newer "$work/stamp" -print -quit)"

# --- removal
cd "$project_dir"
if dpkg -r costbench >/dev/null && ! installed; then pass "dpkg -r removes the package"; else fail "dpkg -r costbench"; fi
check "/usr/bin/costbench gone" test ! -e /usr/bin/costbench
check "/opt/costbench gone" test ! -e /opt/costbench
check "menu entry gone" test ! -e "$desktop"
finish
