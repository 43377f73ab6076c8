#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The shortcuts with a Russian or Kazakh keyboard layout active, on an X server of the
# test's own: the national layout first and English second (as a newsroom's computers are
# set up), and Russian alone. type.py presses keys by their place on the keyboard; the
# story they make must be saved with the Cyrillic letters the layout gives and with what
# the shortcuts did (Ctrl+N, Ctrl+A/C/V in the headline, Ctrl+Alt+2 in the body, Ctrl+S).
#   run-layouts.sh NEWSROOM_EXECUTABLE
set -u
newsroom=$1
here=$(cd "$(dirname "$0")" && pwd)
status=0
for layout in ru,us kz,us ru; do
    work=$(mktemp -d)
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    export NEWSROOM_DATABASE="sqlite:$work/newsroom.db" NEWSROOM_EXECUTABLE="$newsroom" NEWSROOM_WORK="$work"
    export QT_QPA_PLATFORM=xcb NEWSROOM_LAYOUT="$layout" NEWSROOM_TYPIST="${layout%%,*}"
    headline=приветпривет
    [ "$NEWSROOM_TYPIST" = kz ] && headline=приветәприветә
    # Named, so the window opens on it without the setup assistant of a new newsroom.
    "$newsroom" init --name "Тестовая редакция" >/dev/null || { echo "keyboard layouts: newsroom init failed" >&2; exit 1; }
    # -noreset: without it the server goes back to its US keyboard when the last client
    # (setxkbmap) leaves, before the window connects.
    xvfb-run -a -s "-noreset -screen 0 1366x768x24" sh -c '
        setxkbmap -layout "$NEWSROOM_LAYOUT" || exit 3
        python3 -c "
from Xlib import display
sym = display.Display().keycode_to_keysym(42, 0)
raise SystemExit(0 if sym == 0x6d0 else \"the keyboard map did not take: %#x on the G key\" % sym)" || exit 3
        "$NEWSROOM_EXECUTABLE" >"$NEWSROOM_WORK/app.log" 2>&1 &
        app=$!
        python3 "$0" "$NEWSROOM_TYPIST"
        typed=$?
        for _ in $(seq 1 40); do
            [ $typed -ne 0 ] && break
            "$NEWSROOM_EXECUTABLE" show 1 >"$NEWSROOM_WORK/story.txt" 2>/dev/null && break
            sleep 0.25
        done
        kill $app 2>/dev/null
        wait $app 2>/dev/null
        exit $typed
    ' "$here/type.py"
    ran=$?
    if [ $ran -ne 0 ]; then
        echo "keyboard layouts ($layout): driving the window failed ($ran)" >&2
        sed 's/^/  window: /' "$work/app.log" >&2
        status=1
    elif ! head -n 1 "$work/story.txt" 2>/dev/null | grep -qx "$headline" \
        || ! grep -qx '## привет' "$work/story.txt"; then
        echo "keyboard layouts ($layout): expected headline «$headline» and a body line «## привет», the newsroom has:" >&2
        sed 's/^/  story: /' "$work/story.txt" >&2 2>/dev/null
        sed 's/^/  window: /' "$work/app.log" >&2
        status=1
    else
        echo "keyboard layouts ($layout): Ctrl+N, Ctrl+A/C/V, Ctrl+Alt+2 and Ctrl+S worked; headline «$headline», body «## привет»"
    fi
    rm -rf "$work"
done
exit $status
