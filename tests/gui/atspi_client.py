"""Run by tests/gui/test_atspi.py with the system's Python (where python3-pyatspi lives): find the
running unionrep over AT-SPI, as Orca would, press each view's button in the side bar, and print
as JSON, for each view, what a screen reader finds there."""

import json
import sys
import time

import pyatspi


def find_app(name: str, wait: float = 60):
    end = time.time() + wait
    while time.time() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name and app.childCount:
                return app
        time.sleep(0.5)
    return None


ROWS_READ = 40  # of a long table or list, the first cells: enough to judge, and quick over D-Bus


def nodes(node, depth: int = 0):
    if node is None or depth > 60:
        return
    yield node
    many = node.getRoleName() in ("table", "list", "tree table")
    for index in range(min(node.childCount, ROWS_READ) if many else node.childCount):
        yield from nodes(node.getChildAtIndex(index), depth + 1)


def shown(app) -> list[dict]:
    found = []
    for node in nodes(app):
        states = node.getState()
        if states.contains(pyatspi.STATE_SHOWING):
            found.append({"role": node.getRoleName(), "name": node.name,
                          "focusable": states.contains(pyatspi.STATE_FOCUSABLE)})
    return found


def press(app, name: str) -> bool:
    for node in nodes(app):
        # a view's button in the side bar is checkable: a check box to AT-SPI
        if node.name == name and node.getRoleName() in ("push button", "toggle button", "check box"):
            action = node.queryAction()
            names = [action.getName(i).lower() for i in range(action.nActions)]
            for wanted in ("press", "click"):  # a click, as the mouse gives; "toggle" only ticks it
                if wanted in names:
                    action.doAction(names.index(wanted))
                    return True
    return False


def main() -> None:
    app = find_app("unionrep")
    if app is None:
        print(json.dumps({"error": "unionrep did not appear on the accessibility bus"}))
        return
    views = {}
    for view in sys.argv[1:]:
        if not press(app, view):
            views[view] = None
            continue
        time.sleep(1.5)
        views[view] = shown(app)
    print(json.dumps(views))


main()
