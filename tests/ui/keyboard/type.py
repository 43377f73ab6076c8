#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keys pressed by their place on the keyboard (X keycodes, as a person's fingers press
them) into the Newsroom window, with whatever layout the X server has (run-layouts.sh sets
a Russian or Kazakh one):

  Ctrl+N                 a new story
  g h b d t n [2]        the headline: «привет» (and «ә» from the 2 key on a Kazakh keyboard)
  Ctrl+A, Ctrl+C, End, Ctrl+V
                         the text field's own keys: the headline doubles
  Tab Tab g h b d t n    the body: «привет»
  Ctrl+Alt+2             the editor's Subheading: the line becomes «## привет»
  Ctrl+S                 saved

Usage: type.py ru|kz   (DISPLAY names the server)"""

import sys
import time

from Xlib import X, display
from Xlib.ext import xtest

# The X keycodes of the keys (evdev + 8), named by what a US keyboard prints on them.
KEYCODES = {
    **{letter: 24 + i for i, letter in enumerate("qwertyuiop")},
    **{letter: 38 + i for i, letter in enumerate("asdfghjkl")},
    **{letter: 52 + i for i, letter in enumerate("zxcvbnm")},
    **{digit: 10 + i for i, digit in enumerate("1234567890")},
    "Tab": 23, "Control_L": 37, "Alt_L": 64, "End": 115,
}


def newsroom_window(d):
    """The first viewable top-level window whose name holds "Newsroom"."""
    stack = list(d.screen().root.query_tree().children)
    while stack:
        window = stack.pop()
        try:
            name = window.get_wm_name()
            if isinstance(name, bytes):
                name = name.decode("utf-8", "replace")
            if name and "Newsroom" in name and window.get_attributes().map_state == X.IsViewable:
                return window
            stack.extend(window.query_tree().children)
        except Exception:  # a window that went away meanwhile
            continue
    return None


def key(d, name, press):
    xtest.fake_input(d, X.KeyPress if press else X.KeyRelease, KEYCODES[name])
    d.sync()


def tap(d, *names):
    """Hold the first keys, tap the last one, let go in reverse order."""
    for name in names:
        key(d, name, True)
    for name in reversed(names):
        key(d, name, False)
    time.sleep(0.3)


def type_keys(d, names):
    for name in names:
        tap(d, name)


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("ru", "kz"):
        sys.exit(__doc__)
    layout = sys.argv[1]
    d = display.Display()
    deadline = time.time() + 30
    window = None
    while window is None and time.time() < deadline:
        window = newsroom_window(d)
        time.sleep(0.25)
    if window is None:
        sys.exit("type.py: the Newsroom window never appeared")
    time.sleep(1.5)  # the newsroom opens and the list fills
    window.set_input_focus(X.RevertToParent, X.CurrentTime)
    d.sync()
    time.sleep(0.5)
    tap(d, "Control_L", "n")
    time.sleep(1.0)
    type_keys(d, "ghbdtn" + ("2" if layout == "kz" else ""))
    tap(d, "Control_L", "a")
    tap(d, "Control_L", "c")
    tap(d, "End")
    tap(d, "Control_L", "v")
    tap(d, "Tab")
    tap(d, "Tab")
    type_keys(d, "ghbdtn")
    tap(d, "Control_L", "Alt_L", "2")
    tap(d, "Control_L", "s")
    print("type.py: keys pressed")


if __name__ == "__main__":
    main()
