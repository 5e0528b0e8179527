#!/usr/bin/env bash
# Start-up figures for BENCHMARKS.md: the release app and a minimal eframe window built from the
# same dependencies (examples/minimal_window.rs), each started RUNS times under Xvfb, taking
# turns. Each run paints its first frame and closes itself (--exit-after-frames 1).
#
# Prints, for each program, the median wall time from start to exit after the first painted
# frame, the median peak memory (RSS), and the app's ratio to the minimal window; then the CPU
# time each uses over IDLE_SECONDS of doing nothing in an open window (a window that keeps
# repainting shows up there).
#
#   bash scripts/bench-startup.sh            # builds release first (about 7 minutes when clean)
#   RUNS=15 SKIP_BUILD=1 bash scripts/bench-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-7}
IDLE_SECONDS=${IDLE_SECONDS:-3}
app=target/release/massage-coverage
minimal=target/release/examples/minimal_window

# One X server for every run, so that its own start-up is not counted.
if [[ -z ${DISPLAY:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install xvfb xauth)"; exit 1; }
  exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$@"
fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)"; exit 1; }

if [[ -z ${SKIP_BUILD:-} ]]; then
  cargo build --release --locked --bin massage-coverage --example minimal_window
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/xdg

# One run of "$@": prints "<wall ms> <peak RSS KiB>".
run_once() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" \
    || { echo "run failed: $*" >&2; cat "$work/stderr" >&2; return 1; }
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(tail -n 1 "$work/time")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Warm the page cache once for each, then take turns so that drift hits both alike.
run_once "$app" --data-dir "$work/data" --exit-after-frames 1 >/dev/null
run_once "$minimal" --exit-after-frames 1 >/dev/null
: >"$work/app.txt"
: >"$work/minimal.txt"
for ((i = 1; i <= RUNS; i++)); do
  rm -rf "$work/data"
  run_once "$app" --data-dir "$work/data" --exit-after-frames 1 >>"$work/app.txt"
  run_once "$minimal" --exit-after-frames 1 >>"$work/minimal.txt"
done

app_ms=$(cut -d' ' -f1 "$work/app.txt" | median)
app_kb=$(cut -d' ' -f2 "$work/app.txt" | median)
min_ms=$(cut -d' ' -f1 "$work/minimal.txt" | median)
min_kb=$(cut -d' ' -f2 "$work/minimal.txt" | median)
echo "start-up to the first painted frame and exit, $RUNS runs each, medians (all runs in ms / KiB):"
printf '  %-16s %6s ms  %8s KiB peak RSS   (%s)\n' app "$app_ms" "$app_kb" "$(tr '\n' ',' <"$work/app.txt" | sed 's/,$//; s/,/; /g')"
printf '  %-16s %6s ms  %8s KiB peak RSS   (%s)\n' minimal-window "$min_ms" "$min_kb" "$(tr '\n' ',' <"$work/minimal.txt" | sed 's/,$//; s/,/; /g')"
awk -v a="$app_ms" -v m="$min_ms" -v ak="$app_kb" -v mk="$min_kb" \
  'BEGIN { printf "  ratio app / minimal: time %.2fx, memory %.2fx (target: within 1.2x)\n", a / m, ak / mk }'

# CPU time (user + system, in clock ticks) of a process from /proc.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Idle: open the window, let it settle for a second, then count the CPU it uses while idle.
idle_cpu_ms() {
  "$@" >/dev/null 2>&1 &
  local pid=$! before after hz
  sleep 1
  before=$(cpu_ticks "$pid")
  sleep "$IDLE_SECONDS"
  after=$(cpu_ticks "$pid")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  hz=$(getconf CLK_TCK)
  echo $(((after - before) * 1000 / hz))
}
rm -rf "$work/data"
echo "CPU time used while idle for ${IDLE_SECONDS} s in an open window (one frame costs a few ms on llvmpipe):"
echo "  app             $(idle_cpu_ms "$app" --data-dir "$work/data") ms"
echo "  minimal-window  $(idle_cpu_ms "$minimal") ms"
