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
    xvfb xauth openbox x11-utils x11-apps xclip xdotool libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 \
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

# --- Proof (benchmarks, crash and fuzz testing, no network): reliability steps for CI. ---
# Crash safety at scale: 500 kills at random moments of a save (about 0.1 s each); prints how
# often the file held the old and the new version.
echo "== crash safety: 500 kills during saves"
MC_CRASH_ITERATIONS=500 cargo test --locked --test store_crash -- --nocapture

# Never send data: the real app, open under Xvfb (and a D-Bus session bus when there is one, for
# the screen-reader connection), must own no internet socket; only Unix sockets (the display,
# D-Bus). Prints every socket it found.
echo "== no internet socket: the sockets the running app owns"
socket_check_data=$(mktemp -d)
socket_check=$(mktemp)
cat >"$socket_check" <<'CHECK'
set -euo pipefail
app=$1 data=$2 inodes=""
"$app" --data-dir "$data" >/dev/null 2>&1 &
pid=$!
# Sample for about 2 s: a socket opened and closed again in between would also show up here.
for _ in $(seq 10); do
  sleep 0.2
  [[ -d /proc/$pid/fd ]] || { echo "the app exited early"; exit 1; }
  for fd in /proc/"$pid"/fd/*; do
    link=$(readlink "$fd" 2>/dev/null) || continue
    [[ $link == socket:* ]] && inodes+=" ${link//[^0-9]/}"
  done
done
inet=0 unix=0 netlink=0 unknown=0
inet_tables=(/proc/"$pid"/net/{tcp,tcp6,udp,udp6,raw,raw6})
for inode in $(tr ' ' '\n' <<<"$inodes" | sort -un); do
  if awk -v i="$inode" '$10 == i { found = 1 } END { exit !found }' "${inet_tables[@]}"; then
    echo "  INTERNET socket $inode:"
    awk -v i="$inode" '$10 == i' "${inet_tables[@]}"
    inet=$((inet + 1))
  elif awk -v i="$inode" '$7 == i { found = 1 } END { exit !found }' /proc/"$pid"/net/unix; then
    echo "  unix socket $inode $(awk -v i="$inode" '$7 == i { print ($8 == "" ? "(client end, no path)" : $8) }' /proc/"$pid"/net/unix)"
    unix=$((unix + 1))
  elif awk -v i="$inode" '$10 == i { found = 1 } END { exit !found }' /proc/"$pid"/net/netlink; then
    echo "  netlink socket $inode (to the kernel, not a network)"
    netlink=$((netlink + 1))
  else
    # Neither Unix nor netlink: an internet socket not bound yet does not show in the tables.
    echo "  UNKNOWN socket $inode"
    unknown=$((unknown + 1))
  fi
done
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "sockets the app owned while open: $unix unix, $netlink netlink, $inet internet, $unknown unknown"
[[ $inet -eq 0 && $unknown -eq 0 ]] || { echo "the app opened an internet (or unknown) socket"; exit 1; }
CHECK
session_bus=()
command -v dbus-run-session >/dev/null && session_bus=(dbus-run-session --)
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "${session_bus[@]}" \
  bash "$socket_check" target/debug/massage-coverage "$socket_check_data" 2>&1 \
  | grep -v 'Failed to set fd limit'
# --- end of the Proof steps ---

# --- Documents on paper: PDF checks with poppler and qpdf, and printing through a real CUPS
# spooler with a PDF printer (cups-pdf). Needs root (apt-get, cupsd); prints what it checks. ---
if [[ $(id -u) -eq 0 ]]; then
  if command -v apt-get >/dev/null; then
    echo "== documents: installing poppler-utils, qpdf, cups, cups-client, printer-driver-cups-pdf"
    apt-get install -y -qq --no-install-recommends \
      poppler-utils qpdf cups cups-client printer-driver-cups-pdf >/dev/null
  fi
  echo "== documents: PDF text (member ID, every question, blanks, footer), fonts embedded, qpdf --check, a 40-call case paginated inside the margins"
  cargo test --locked --test documents_pdf -- --ignored
  echo "== documents: starting cupsd with a cups-pdf printer named PDF"
  # cups-pdf reads its configuration for every job, so a running cupsd needs no restart.
  cups_pdf_out=/var/spool/cups-pdf/out
  sed -i 's|^#\{0,1\}Out .*|Out /var/spool/cups-pdf/out|' /etc/cups/cups-pdf.conf
  mkdir -p "$cups_pdf_out"
  # `lpstat -r` exits 0 either way; only its words tell.
  cups_running() { [[ $(LC_ALL=C lpstat -r 2>/dev/null) == "scheduler is running" ]]; }
  cupsd_pid=""
  if ! cups_running; then
    /usr/sbin/cupsd -f &
    cupsd_pid=$!
    trap '[[ -n $cupsd_pid ]] && kill "$cupsd_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 50); do cups_running && break; sleep 0.1; done
  fi
  cups_running || { echo "cupsd did not start"; exit 1; }
  echo "cupsd is running"
  # The settings the README asks a kiosk's clinic to set: CUPS keeps no job files or history.
  # cupsctl writes them to cupsd.conf and restarts the scheduler.
  cupsctl PreserveJobFiles=No PreserveJobHistory=No
  for _ in $(seq 50); do cups_running && break; sleep 0.1; done
  cups_running || { echo "cupsd did not come back after cupsctl"; exit 1; }
  grep -E '^PreserveJob(Files|History) No' /etc/cups/cupsd.conf
  # Prints a harmless "Printer drivers are deprecated" warning.
  lpadmin -p PDF -v cups-pdf:/ -E -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
  # Jobs left over from an earlier run on this machine would keep the queue busy.
  cancel -a PDF 2>/dev/null || true
  echo "== documents: massage-coverage print sends a checklist to PDF; the printed file has the same page count; a missing printer fails clearly; a paused printer is reported and its job purged; with the README's cupsd.conf a printed job leaves no file"
  MC_TEST_PRINTER=PDF CUPS_PDF_OUT="$cups_pdf_out" \
    cargo test --locked --test documents_print -- --ignored --nocapture --test-threads 1
  if [[ -n $cupsd_pid ]]; then
    kill "$cupsd_pid"
    wait "$cupsd_pid" 2>/dev/null || true
    cupsd_pid=""
  fi
else
  echo "== documents: PDF tool and printing checks SKIPPED: they need root to install poppler, qpdf and CUPS and to start cupsd"
fi
# --- end of the documents steps ---

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
echo "== the system ends the app (SIGTERM, SIGHUP, SIGINT) a moment after typing: the typed Member ID is in the case file"
timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test --locked --test proof_signals -- --ignored --nocapture --test-threads 1 2>&1 \
  | grep -v 'Failed to set fd limit'
echo "== kiosk: fullscreen under a window manager, and no file left behind"
command -v openbox >/dev/null && command -v xwininfo >/dev/null && command -v xdotool >/dev/null || {
  echo "openbox, xwininfo (x11-utils) and xdotool are needed; run this script as root so it installs them"
  exit 1
}
kiosk_home=$(mktemp -d)
mkdir -p "$kiosk_home/tmp"
wm_home=$(mktemp -d)
# Mesa's shader cache (the GPU driver's, no patient data) is switched off so that any file at
# all under the kiosk's home counts as a failure.
HOME=$kiosk_home XDG_DATA_HOME=$kiosk_home/data XDG_CONFIG_HOME=$kiosk_home/config \
XDG_CACHE_HOME=$kiosk_home/cache XDG_STATE_HOME=$kiosk_home/state TMPDIR=$kiosk_home/tmp \
MESA_SHADER_CACHE_DISABLE=true WM_HOME=$wm_home \
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    HOME=$WM_HOME XDG_CACHE_HOME=$WM_HOME openbox >/dev/null 2>&1 &
    sleep 1
    target/debug/massage-coverage kiosk --config assets/kiosk-example.ron &
    pid=$!
    sleep 4
    geometry=$(xwininfo -root -tree | grep massage-coverage-kiosk || true)
    echo "kiosk window: ${geometry:-not found}"
    xdotool mousemove 640 365 click 1   # Start
    sleep 1
    xdotool type "Zelda Quartermaine"
    sleep 1
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    [[ $geometry == *"1280x800+0+0"* ]] || { echo "the kiosk is not fullscreen"; exit 1; }
  '
left=$(find "$kiosk_home" -type f)
[[ -z $left ]] || { echo "the kiosk left files behind:"; echo "$left"; exit 1; }
echo "kiosk: fullscreen 1280x800 under openbox; files left in its home, data and temp folders: 0"
echo "== kiosk, the real binary under Xvfb and openbox: the idle wipe with no input shows the welcome screen pixel for pixel and empties PRIMARY; three wrong PINs stay locked after a restart"
timeout 600 xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test --locked --test proof_kiosk_x11 -- --ignored --nocapture --test-threads 1 2>&1 \
  | grep -v 'Failed to set fd limit'
echo "All checks passed."
