#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The window driven over the real accessibility bus, as a screen reader, dictation or an
# automation tool drives it: called inside `dbus-run-session`, it starts the AT-SPI bus
# and an X server of its own, opens the real window on a new newsroom, and has
# drive.py (pyatspi) make a story through it. Then `newsroom show` must have what was set.
#   run-scenario.sh NEWSROOM_EXECUTABLE
set -u
newsroom=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export NEWSROOM_DATABASE="sqlite:$work/newsroom.db"
app=
bus=
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null
    [ -n "$bus" ] && kill "$bus" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "accessibility scenario: $*" >&2
    [ -f "$work/app.log" ] && sed 's/^/  window: /' "$work/app.log" >&2
    exit 1
}

# Named, so the window opens on it without the setup assistant of a new newsroom.
"$newsroom" init --name "Тестовая редакция" >/dev/null || fail "newsroom init failed"

# The accessibility bus, as a desktop session starts it.
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$work/bus.log" 2>&1 &
bus=$!
for _ in $(seq 1 50); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
    sleep 0.2
done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 ||
    fail "the AT-SPI bus did not start"

# Everything that needs the X server runs under one xvfb-run.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb NEWSROOM_WORK="$work" NEWSROOM_EXECUTABLE="$newsroom"
xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
    "$NEWSROOM_EXECUTABLE" >"$NEWSROOM_WORK/app.log" 2>&1 &
    echo $! >"$NEWSROOM_WORK/app.pid"
    python3 "$0" "$NEWSROOM_WORK/app.pid"
    status=$?
    # The save lands while the window still runs: wait for it, then close the window.
    for _ in $(seq 1 80); do
        [ $status -ne 0 ] && break
        "$NEWSROOM_EXECUTABLE" show 1 >"$NEWSROOM_WORK/shown.txt" 2>/dev/null && break
        sleep 0.25
    done
    kill "$(cat "$NEWSROOM_WORK/app.pid")" 2>/dev/null
    exit $status
' "$here/drive.py" || fail "driving the window over AT-SPI failed"

# What the newsroom holds now is what was put in through the bus.
[ -s "$work/shown.txt" ] || fail "no story was saved"
shown=$(cat "$work/shown.txt")
echo "$shown" | grep -q "Аким ответил на вопросы жителей" || fail "the headline set over AT-SPI was not saved: $shown"
echo "$shown" | grep -q "Встреча прошла в акимате" || fail "the body set over AT-SPI was not saved: $shown"
echo "accessibility scenario: the story made over AT-SPI was saved with its headline and body"
