#!/usr/bin/env bash
# What the Orca screen reader says while a person walks Convene with the
# keyboard. A manual tool, not run by CI.
#
# Needs: apt-get install -y orca xvfb xdotool dbus at-spi2-core
# (Orca 43 on Debian 12 was used). No sound card is needed: Orca runs with
# no speech synthesizer at all and only logs what it would say.
#
# usage: tests/atspi/orca.sh [-b BINARY] [-m MAP] [-o OUT] [-t] [KEY...]
#   -b  the Convene program (default target/release/convene)
#   -m  the map to open (default examples/referral-guidelines.ron)
#   -o  where to write what Orca said (default orca-said.txt)
#   -t  afterwards, start the program again and press Tab until Orca reads
#       an item on the map, counting the stops
#   KEY an xdotool key name (F6, Down, Return, ctrl+f, Tab ...), or
#       type:WORDS to type text, or wait:SECONDS.
#       Default: F6 Down Right Right Return Tab Tab Tab Escape Home End
#
# ORCA_OWN_KEYS=1 lets Orca hear keys itself (see below), so that Orca's
# own commands work: KP_Enter (where am I), KP_Up (flat review: this
# line; send KP_Up, not KP_8, or xdotool turns Num Lock on), insert+t ...
#
# Examples:
#   tests/atspi/orca.sh -t                       the walk, then Tab stops
#   tests/atspi/orca.sh ctrl+f type:Suspicion Return Escape Return \
#     $(printf 'Tab %.0s' $(seq 30))             a tension's inspector
#
# Each step is written as "== KEY" followed by the lines Orca spoke after
# it, verbatim, and the whole is printed at the end. Orca's full debug log
# is kept next to OUT as OUT.log.
#
# How it works: a virtual X display (Xvfb, no window manager), a private
# D-Bus session with the AT-SPI bus marked enabled, Orca with its own
# settings in a throw-away home (speech server "none", braille off, so it
# never waits on a sound card or BrlAPI), then Convene; xdotool gives the
# window the keyboard and presses the keys. Orca writes "SPEECH OUTPUT:"
# lines to its debug log even when no synthesizer is present.
set -u

here=$(cd "$(dirname "$0")/../.." && pwd)
binary="$here/target/release/convene"
map="$here/examples/referral-guidelines.ron"
out="$PWD/orca-said.txt"
tabs=no
while getopts "b:m:o:t" opt; do
  case $opt in
    b) binary=$(realpath "$OPTARG") ;;
    m) map=$(realpath "$OPTARG") ;;
    o) out=$(realpath -m "$OPTARG") ;;
    t) tabs=yes ;;
    *) sed -n '2,30p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
keys=("$@")
if [ ${#keys[@]} -eq 0 ]; then
  keys=(F6 Down Right Right Return Tab Tab Tab Escape Home End)
fi
for tool in Xvfb dbus-daemon xdotool orca /usr/libexec/at-spi-bus-launcher; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y orca xvfb xdotool)"; exit 2; }
done
[ -x "$binary" ] || { echo "no program at $binary (-b BINARY)"; exit 2; }
if pgrep -u "$(id -u)" -x orca >/dev/null; then
  # Orca refuses to start a second time for one user, on any display.
  echo "another Orca of this user is running; stop it first"; exit 2
fi

work=$(mktemp -d /tmp/convene-orca.XXXXXX)
log="$out.log"
pids=()
cleanup() {
  # Everything started here, and what D-Bus started for us (the AT-SPI
  # registry, dconf): the processes that carry our private bus address.
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    for p in $(grep -lzx "DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3); do
      [ "$p" != $$ ] && kill "$p" 2>/dev/null
    done
  fi
  [ -n "${bus_pid:-}" ] && kill "$bus_pid" 2>/dev/null
  [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# The display, the session bus and the AT-SPI bus.
exec 3<> "$work/xnum"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 2>"$work/xvfb.err" &
x_pid=$!
for _ in $(seq 100); do [ -s "$work/xnum" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$work/xnum")"
mkdir -p "$work/home/runtime" && chmod 700 "$work/home/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/home/runtime"
export NO_AT_BRIDGE=0 LIBGL_ALWAYS_SOFTWARE=1
unset WAYLAND_DISPLAY AT_SPI_BUS_ADDRESS
dbus-daemon --session --fork --print-address=1 --print-pid=1 >"$work/bus"
DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p "$work/bus")
bus_pid=$(sed -n 2p "$work/bus")
export DBUS_SESSION_BUS_ADDRESS
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
    string:IsEnabled variant:boolean:true >/dev/null 2>&1 && break
  sleep 0.2
done
gsettings set org.gnome.desktop.a11y.applications screen-reader-enabled true 2>/dev/null
gsettings set org.gnome.desktop.interface toolkit-accessibility true 2>/dev/null

# Orca's settings: no synthesizer (speech-dispatcher with no sound card
# hangs Orca after a few lines), no braille; it still logs what it says.
prefs="$HOME/.local/share/orca"
mkdir -p "$prefs"
cat >"$prefs/user-settings.conf" <<'EOF'
{
    "general": {
        "enableSpeech": true,
        "speechServerFactory": "none",
        "enableBraille": false,
        "enableBrailleMonitor": false,
        "enableSpeechMonitor": false
    },
    "profiles": {"default": {"profile": ["Default", "default"], "pronunciations": {}, "keybindings": {}}},
    "pronunciations": {},
    "keybindings": {}
}
EOF
# Orca reads this file at start: no fallback to speech-dispatcher, and a
# debug log written line by line (it is block-buffered otherwise, so what
# was said would show up seconds or keys late).
cat >"$prefs/orca-customizations.py" <<'EOF'
import orca.debug
import orca.settings
orca.settings.speechFactoryModules = []
if orca.debug.debugFile:
    orca.debug.debugFile.reconfigure(line_buffering=True)
EOF
if [ "${ORCA_OWN_KEYS:-}" = 1 ]; then
  # Orca 43 hears keys only from programs that pass them on through the
  # GTK accessibility bridge (or GTK 4); Convene (AccessKit) does not, so
  # Orca's own commands (Insert+..., the keypad) never reach it. This uses
  # Orca's newer way (X key grabs), as later Orca versions do for all.
  cat >>"$prefs/orca-customizations.py" <<'EOF'
import orca.event_manager
_set_key_handling = orca.event_manager.EventManager.setKeyHandling
orca.event_manager.EventManager.setKeyHandling = lambda self, new: _set_key_handling(self, True)
EOF
fi
rm -f "$log"
orca --debug-file="$log" >"$work/orca.out" 2>&1 &
pids+=($!)
disown $!
for _ in $(seq 100); do grep -q "SPEECH OUTPUT: 'Screen reader on" "$log" 2>/dev/null && break; sleep 0.2; done
grep -q "SPEECH OUTPUT" "$log" 2>/dev/null || { echo "Orca did not start:"; cat "$work/orca.out"; exit 1; }

: >"$out"
# What Orca spoke since line $1 of its log, one utterance a line.
spoken_since() {
  tail -n +"$(($1 + 1))" "$log" | grep -a "SPEECH OUTPUT: '" |
    sed -E "s/^.*SPEECH OUTPUT: '(.*)'( voice=[a-z]+)? ?\[?\{.*$/\1\2/; s/^.*SPEECH OUTPUT: '(.*)' *$/\1/"
}
# Waits until Orca's log has been still for a second (at most 10 s).
settle() {
  local last=-1 size stable=0
  for _ in $(seq 50); do
    size=$(stat -c %s "$log")
    if [ "$size" = "$last" ]; then stable=$((stable + 1)); else stable=0; fi
    [ $stable -ge 5 ] && return
    last=$size
    sleep 0.2
  done
}
# Writes what Orca said after step $1 (its log had $2 lines before).
record() {
  last_said=$(spoken_since "$2")
  { echo "== $1"; [ -n "$last_said" ] && echo "$last_said"; } >>"$out"
}
press() {
  local before
  before=$(wc -l <"$log")
  case $1 in
    type:*) xdotool type --delay 80 "${1#type:}" ;;
    wait:*) sleep "${1#wait:}" ;;
    *) xdotool key "$1" ;;
  esac
  sleep 0.3
  settle
  record "$1" "$before"
}
start_app() {
  local before window
  before=$(wc -l <"$log")
  "$binary" "$map" >"$work/app.out" 2>&1 &
  app_pid=$!
  pids+=($app_pid)
  disown $app_pid
  window=$(xdotool search --sync --onlyvisible --pid "$app_pid" | head -1)
  sleep 1
  xdotool windowfocus --sync "$window"
  # The first frame can take many seconds on a busy machine; keys pressed
  # before it are all handled at once. Orca names the window when the
  # program reports it active: wait for that (at most a minute).
  for _ in $(seq 300); do
    spoken_since "$before" | grep -q " frame\.$" && break
    sleep 0.2
  done
  settle
  record "(window appears and gets the keyboard)" "$before"
}

start_app
for key in "${keys[@]}"; do press "$key"; done

if [ $tabs = yes ]; then
  kill "$app_pid"
  while kill -0 "$app_pid" 2>/dev/null; do sleep 0.2; done
  echo "== (program started again: Tab from the window's start)" >>"$out"
  start_app
  for stop in $(seq 1 80); do
    press Tab
    if grep -Eq "^(Community|Stakeholder|Boundary|Tension|Activity|Note)[^:]*: .*push button" <<<"$last_said"; then
      echo "== the map reached after $stop presses of Tab" >>"$out"
      break
    fi
  done
fi
cat "$out"
