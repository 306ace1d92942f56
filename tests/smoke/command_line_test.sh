#!/usr/bin/env bash
# The real program's command line (issue 9, items 9 and 16): an empty value
# or conflicting options end at once with exit status 2 and one line on
# stderr (before the fix some opened the window and waited for ever); a FILE
# that cannot be opened still shows the window, then exits with status 1.
# A FIFO as settings.json does not stop the start-up.
#
#   command_line_test.sh ETAPPE_BINARY
# Needs Xvfb (the hangs only happen with a display); skips (77) without it.
set -u

etappe=${1:?usage: command_line_test.sh ETAPPE_BINARY}
command -v Xvfb >/dev/null || { echo "SKIP: Xvfb not installed"; exit 77; }

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" HOME="$work/home"
mkdir -p "$HOME"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start"; exit 1; }
export DISPLAY=":$(cat "$work/display")"

failures=0
# expect STATUS ARGS...: runs with a time limit; checks the status and that
# stderr is a single line.
expect() {
    local want=$1
    shift
    timeout 20 "$etappe" "$@" >"$work/out" 2>"$work/err" </dev/null
    local status=$?
    local lines
    lines=$(wc -l <"$work/err")
    if [ "$status" -ne "$want" ]; then
        echo "FAIL: etappe $* exited with $status, expected $want (124: it hung)"
        sed 's/^/    /' "$work/err"
        failures=$((failures + 1))
    elif [ "$lines" -ne 1 ]; then
        echo "FAIL: etappe $* wrote $lines lines to stderr, expected one:"
        sed 's/^/    /' "$work/err"
        failures=$((failures + 1))
    else
        echo "ok ($status): etappe $* -> $(cat "$work/err")"
    fi
}

expect 2 --check ''
expect 2 --export-ics ''
expect 2 --brief '' --out "$work/brief.md"
expect 2 ''
expect 2 --sample --check "$work/p.etappe"
expect 2 --brief Strassberger
expect 2 --out "$work/brief.md" --sample
expect 2 "$work/a.etappe" "$work/b.etappe"
expect 2 --lang de --lang en --sample --frames 1
# The window opens and shows why; the status says the file was not opened.
expect 1 "$work/missing.etappe" --frames 3

# A FIFO as settings.json (issue 9, item 10): before the fix the start-up
# waited for a writer for ever. Now the window starts and quits after its frames.
mkdir -p "$XDG_CONFIG_HOME/etappe"
mkfifo "$XDG_CONFIG_HOME/etappe/settings.json"
timeout 20 "$etappe" --sample --frames 3 >"$work/out" 2>"$work/err" </dev/null
status=$?
if [ "$status" -ne 0 ] || [ ! -p "$XDG_CONFIG_HOME/etappe/settings.json" ]; then
    echo "FAIL: with a FIFO as settings.json etappe exited with $status (124: it hung), or replaced the FIFO"
    failures=$((failures + 1))
else
    echo "ok (0): a FIFO as settings.json is passed over"
fi
rm -f "$XDG_CONFIG_HOME/etappe/settings.json"

[ "$failures" -eq 0 ] && echo "OK"
[ "$failures" -eq 0 ]
