#!/usr/bin/env bash
# Runs every check on a fresh Debian machine with the Rust toolchain: installs the system
# packages the tests need (we are root), then formatting, lints, all tests, and the real window
# under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The window at run time (winit and glow load these with dlopen), and Xvfb for the smoke test.
  apt-get install -y -qq --no-install-recommends \
    xvfb xauth libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 \
    libegl1 libgl1 libgl1-mesa-dri >/dev/null
fi

# Tests never touch the real user folders.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
export CARGO_TERM_COLOR=never

echo "== cargo fmt --check"
cargo fmt --check
echo "== cargo clippy"
cargo clippy --locked --all-targets -- -D warnings
echo "== cargo test"
cargo test --locked

echo "== the app in a real window under Xvfb, with garbage in its data folder"
data=$(mktemp -d)
mkdir -p "$data/cases"
cp tests/fixtures/case-v1.ron "$data/cases/c20261101-090000-0001.ron"
head -c 4096 /dev/urandom >"$data/cases/c20261101-090000-0002.ron"
printf '(schema: 99, case: ())' >"$data/cases/c20261101-090000-0003.ron"
: >"$data/cases/c20261101-090000-0004.ron"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
  target/debug/massage-coverage --data-dir "$data" --exit-after-frames 20
ls "$data/cases"
test -f "$data/cases/c20261101-090000-0001.ron" || { echo "the good case is gone"; exit 1; }
test "$(ls "$data/cases" | grep -c '\.corrupt-')" -eq 2 || { echo "garbage files were not moved aside"; exit 1; }
cmp -s <(printf '(schema: 99, case: ())') "$data/cases/c20261101-090000-0003.ron" \
  || { echo "the newer-schema file was changed"; exit 1; }
echo "smoke test: the window opened and closed, the good case kept, 2 garbage files moved aside"
echo "All checks passed."
