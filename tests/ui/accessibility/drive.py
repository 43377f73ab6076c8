#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the Newsroom window over AT-SPI with pyatspi, as an assistive tool does:
New Story, the headline and the body set through the editable-text interface (what
dictation and automation tools call), read back, then Save."""

import sys
import time

import pyatspi

HEADLINE = "Аким ответил на вопросы жителей"
BODY = "Встреча прошла в акимате.\n\nЖители спросили о дорогах."


def wait_for(what, find, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.25)
    sys.exit(f"drive.py: {what} never appeared on the accessibility bus")


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and "newsroom" in (app.name or "").lower():
            return app
    return None


def descendant(root, role, name):
    """The first showing descendant with that role and accessible name."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            if node.getRole() == role and node.name == name and node.getState().contains(pyatspi.STATE_SHOWING):
                return node
            stack.extend(child for child in node if child is not None)
        except Exception:  # a node that went away while walking
            continue
    return None


def press(app, name):
    button = wait_for(f"the {name} button", lambda: descendant(app, pyatspi.ROLE_PUSH_BUTTON, name))
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click", "SetFocus") or i == 0:
            action.doAction(i)
            return
    sys.exit(f"drive.py: the {name} button offers no action")


def set_text(app, role, name, text):
    field = wait_for(f"the {name} field", lambda: descendant(app, role, name))
    field.queryEditableText().setTextContents(text)
    # What a screen reader reads back is what was set.
    got = wait_for(f"{name} read back", lambda: field if field.queryText().getText(0, -1) == text else None, 10)
    return got


def main():
    app = wait_for("the Newsroom window", application)
    press(app, "New Story")
    set_text(app, pyatspi.ROLE_TEXT, "Headline", HEADLINE)
    set_text(app, pyatspi.ROLE_TEXT, "Body", BODY)
    press(app, "Save")
    print("drive.py: headline and body set over AT-SPI, Save pressed")


if __name__ == "__main__":
    main()
