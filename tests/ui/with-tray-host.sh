#!/bin/sh
# Runs a test program on a private Xvfb display with a system tray host (trayer), so that
# QSystemTrayIcon finds a tray: with-tray-host.sh PROGRAM [ARGUMENTS...]
# Exits 77 (CTest: skipped) when Xvfb or trayer is missing, except under CI=true, where the
# tray tests must run: installer/debian-deps.sh installs both.
set -u
for tool in Xvfb trayer; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed (installer/debian-deps.sh installs it)" >&2
        [ "${CI:-}" = true ] && exit 1
        exit 77
    fi
done
work=$(mktemp -d)
xvfb=""
tray=""
cleanup() {
    [ -n "$tray" ] && kill "$tray" 2>/dev/null
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
# Xvfb picks a free display and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
tries=0
while [ ! -s "$work/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb" 2>/dev/null; then
        echo "Xvfb did not start:" >&2
        cat "$work/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
DISPLAY=":$(cat "$work/display")"
export DISPLAY
trayer --edge top --align right --widthtype request --height 24 >"$work/trayer.log" 2>&1 &
tray=$!
# The test waits for the tray to appear (BXT_TRAY_HOST) and fails when it does not.
BXT_TRAY_HOST=trayer QT_QPA_PLATFORM=xcb "$@"
