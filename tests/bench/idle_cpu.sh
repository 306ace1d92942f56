#!/usr/bin/env bash
# Idle CPU of the real program: starts it under Xvfb with the sample case,
# lets it settle, then reads its CPU time (all threads, so Mesa's llvmpipe
# workers count too; Xvfb itself does not) over a quiet interval.
#
#   tests/bench/idle_cpu.sh [ETAPPE_BINARY] [extra arguments...]
# Environment: SETTLE_SECONDS (3), MEASURE_SECONDS (10), TARGET_PERCENT (1).
# Exit status: 0 below the target, 1 above it, 2 when the run itself failed.
set -u

binary=${1:-build/app/etappe}
shift || true
extra_args=("$@")
[ ${#extra_args[@]} -eq 0 ] && extra_args=(--sample)
settle=${SETTLE_SECONDS:-3}
measure=${MEASURE_SECONDS:-10}
target=${TARGET_PERCENT:-1}

if [ ! -x "$binary" ]; then
    echo "idle_cpu: no executable at $binary" >&2
    exit 2
fi

work=$(mktemp -d)
launcher_pid=
cleanup() {
    if [ -s "$work/pid" ]; then kill "$(cat "$work/pid")" 2>/dev/null; fi
    if [ -n "$launcher_pid" ]; then wait "$launcher_pid" 2>/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT

# Temp XDG dirs: the measurement must never read or write the user's data.
mkdir -p "$work/data" "$work/config"
# The inner shell records its own pid and then becomes the program, so the
# pid is the program's, not xvfb-run's or Xvfb's.
# shellcheck disable=SC2016  # $$ and $@ belong to the inner shell
XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    bash -c 'echo $$ > "$0"; exec "$@"' "$work/pid" "$binary" "${extra_args[@]}" \
    >"$work/out.log" 2>&1 &
launcher_pid=$!

cpu_ticks() {
    # Fields after the ")" that ends the command name: utime is the 12th, stime the 13th.
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    awk '{ print $12 + $13 }' <<<"$stat"
}

sleep "$settle"
pid=$(cat "$work/pid" 2>/dev/null)
if [ -z "$pid" ] || ! start=$(cpu_ticks "$pid"); then
    echo "idle_cpu: the program did not start or exited early:" >&2
    cat "$work/out.log" >&2
    exit 2
fi
sleep "$measure"
if ! end=$(cpu_ticks "$pid"); then
    echo "idle_cpu: the program exited during the measurement:" >&2
    cat "$work/out.log" >&2
    exit 2
fi

hz=$(getconf CLK_TCK)
percent=$(awk -v t=$((end - start)) -v hz="$hz" -v s="$measure" 'BEGIN { printf "%.2f", 100 * t / hz / s }')
echo "idle CPU: $percent % of one core (target < $target %) over ${measure} s, $((end - start)) ticks at $hz Hz"
awk -v p="$percent" -v t="$target" 'BEGIN { exit !(p < t) }'
