#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a system keychain of its own: called inside `dbus-run-session`, it
# starts gnome-keyring's Secret Service with a fresh, unlocked keyring in a throwaway
# home, runs the test, and removes it all. The person's own keychain is never touched.
set -u
home=$(mktemp -d)
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset PGPASSWORD
# The first unlock creates the login keyring, with a throwaway password.
if ! printf 'newsroom-tests' | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
    echo "with-keyring: gnome-keyring-daemon did not start" >&2
    rm -rf "$home"
    exit 1
fi
"$@"
status=$?
rm -rf "$home"
exit $status
