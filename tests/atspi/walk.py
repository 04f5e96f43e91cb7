#!/usr/bin/env python3
"""Walks the accessibility tree of a running Convene window as a screen
reader sees it, through AT-SPI (pyatspi), and checks it.

usage: walk.py [--dump] [--pid PID] [--title TITLE] [--counts "5 communities, ..."]

--title   the name the window must carry (the map's title).
--counts  what `convene check` printed after "ok — "; each kind's number of
          nodes on the map must match.
--pid     the Convene process to read (default: any).
--click   also click the first community through AT-SPI and check that it
          is selected and has the accessibility focus; then click a
          boundary with tensions and walk into them with the arrow keys.
--dump    print the whole tree first.

Exit status 0 when every check passes; each failure is printed on its own
line starting with "FAIL". Waits up to 20 seconds for the window to appear.
"""
import argparse
import subprocess
import sys
import time

import pyatspi

# Roles a person can act on: each must have a name.
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LINK,
}

# Roles whose name is the text of a heading or line inside them.
NAMED_BY_TEXT = {pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT}

# What `convene check` calls each kind, and how a map item's name starts.
KINDS = {
    "communities": "Community: ",
    "stakeholders": "Stakeholder: ",
    "boundaries": "Boundary: ",
    "tensions": "Tension: ",
    "activities": "Activity: ",
}


def find_app(pid=None, timeout=30.0):
    """The Convene application on the bus (the one with process `pid`, if
    given), once its window has content."""
    start = time.time()
    while time.time() - start < timeout:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is None or app.name != "convene" or app.childCount == 0:
                    continue
                if pid is not None and app.get_process_id() != pid:
                    continue
                frame = app.getChildAtIndex(0)
                if frame is not None and frame.childCount > 0:
                    return app
            except Exception:  # an application that has just gone away
                continue
        time.sleep(0.3)
    return None


def walk(node, depth=0, out=None):
    """Every node under `node`, depth first, as (depth, node)."""
    if out is None:
        out = []
    out.append((depth, node))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, out)
    return out


def value_of(node):
    """The value a node exposes through the Text or Value interface, if any."""
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        pass
    try:
        return str(node.queryValue().currentValue)
    except NotImplementedError:
        return None


def describe(node):
    states = node.getState()
    marks = [
        name
        for state, name in [
            (pyatspi.STATE_FOCUSED, "focused"),
            (pyatspi.STATE_SELECTED, "selected"),
            (pyatspi.STATE_EXPANDABLE, "expandable"),
            (pyatspi.STATE_EXPANDED, "expanded"),
            (pyatspi.STATE_CHECKED, "checked"),
        ]
        if states.contains(state)
    ]
    parts = [node.getRoleName(), repr(node.name)]
    if node.description:
        parts.append("desc=" + repr(node.description))
    value = value_of(node)
    if value:
        parts.append("value=" + repr(value))
    if marks:
        parts.append("[" + ", ".join(marks) + "]")
    return " ".join(parts)


def parse_counts(text):
    """{"communities": 5, ...} from "5 communities, 3 stakeholders, ..."."""
    counts = {}
    for part in text.split(","):
        words = part.split()
        if len(words) != 2:
            continue
        number, kind = words
        if kind == "community":
            kind = "communities"
        elif kind == "activity":
            kind = "activities"
        elif not kind.endswith("s"):
            kind += "s"
        counts[kind] = int(number)
    return counts


def check(app, title, counts):
    failures = []
    frame = app.getChildAtIndex(0)
    nodes = walk(frame)
    if title is not None and frame.name != title:
        failures.append(f"the window is named {frame.name!r}, not {title!r}")

    if title is not None and frame.name == title:
        print(f"ok: the window is named {title!r}")
    interactive = [n for _, n in nodes if n.getRole() in INTERACTIVE]
    lists = [n for n in interactive if n.getRole() == pyatspi.ROLE_COMBO_BOX]
    print(f"checking {len(interactive)} things to act on, drop-down lists among them: {len(lists)}")
    for _, node in nodes:
        role = node.getRole()
        if role in INTERACTIVE and not node.name.strip():
            failures.append(f"a {node.getRoleName()} has no name: {describe(node)}")
        if role == pyatspi.ROLE_COMBO_BOX:
            # A value through AT-SPI, or (where egui cannot set one) a name
            # that carries it after a colon: "Severity: 4".
            value = value_of(node)
            if not value and ": " not in node.name:
                failures.append(f"a combo box carries no value: {describe(node)}")

    for kind, wanted in counts.items():
        prefix = KINDS.get(kind)
        if prefix is None:
            continue
        found = sum(1 for _, n in nodes if n.name.startswith(prefix))
        if found != wanted:
            note = ""
            if kind == "tensions" and found == 0:
                note = " (tensions have no nodes of their own yet)"
            failures.append(f"{found} {kind} in the tree, `convene check` says {wanted}{note}")
        else:
            word = {"communities": "community", "activities": "activity"}.get(kind, kind[:-1])
            print(f"ok: {found} {word if found == 1 else kind}")

    # A field's visible label may share the field's name; any other two
    # nodes with one name are two things a listener cannot tell apart.
    names = {}
    for _, node in nodes:
        if node.name and node.getRole() not in (pyatspi.ROLE_SEPARATOR,):
            names.setdefault(node.name, []).append(node)
    for name, same in sorted(names.items()):
        labels = [n for n in same if n.getRole() == pyatspi.ROLE_LABEL]
        others = [n for n in same if n.getRole() != pyatspi.ROLE_LABEL]
        # A dialog or an alert is named by the heading or line it shows.
        named_by_label = [n for n in others if n.getRole() in INTERACTIVE or n.getRole() in NAMED_BY_TEXT]
        clash = len(others) > 1 or len(labels) > 1 or (labels and others and not named_by_label)
        if clash:
            roles = ", ".join(n.getRoleName() for n in same)
            failures.append(f"different nodes share the name {name!r}: {roles}")
    return failures


def shows_name(node, name):
    """Whether `node` is the inspector's Name field holding `name`; a node
    the program has since taken away shows nothing."""
    try:
        return node.getRole() == pyatspi.ROLE_ENTRY and node.name == "Name" and value_of(node) == name
    except Exception:  # the node is gone: the tree changed while we looked
        return False


def is_focused(node):
    """Whether `node` has the accessibility focus (a node gone has not)."""
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSED)
    except Exception:  # the node is gone
        return False


def first_community(frame):
    """The first community on the map under `frame`, in the tree's order, or
    None when there is none."""
    return next(
        (n for _, n in walk(frame) if n.name.startswith(KINDS["communities"])), None
    )


def check_tab(app):
    """Tab, pressed as a person would (through the X server), reaches an
    item on the map at the first press: one of the canvas's children gets
    the accessibility focus. Gives back the failures."""
    item = first_community(app.getChildAtIndex(0))
    if item is None:
        return ["no community on the map"]
    canvas = item.parent
    for stop in range(1, 121):
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        time.sleep(0.05)
        for k in range(canvas.childCount):
            child = canvas.getChildAtIndex(k)
            if child is not None and is_focused(child):
                if stop > 1:
                    return [f"the map should be the first Tab stop; it took {stop}"]
                print(f"ok: the first Tab reaches the map, on {child.name!r}")
                return []
    return ["120 presses of Tab never reached an item on the map"]


def check_click(app):
    """An AT-SPI click on the first community selects it, as a mouse click
    does: the inspector shows its name and the accessibility focus moves to
    it. Gives back the failures."""
    frame = app.getChildAtIndex(0)
    community = first_community(frame)
    if community is None:
        return ["no community to click"]
    name = community.name[len(KINDS["communities"]):]
    try:
        action = community.queryAction()
        clicks = [i for i in range(action.nActions) if action.getName(i) in ("click", "default")]
        if not clicks:
            return [f"{community.name!r} offers no click"]
        action.doAction(clicks[0])
    except Exception as error:  # the application refused the action
        return [f"an AT-SPI click on {community.name!r} failed: {error}"]
    failures = []
    deadline = time.time() + 5
    while True:
        nodes = [n for _, n in walk(frame)]
        shown = any(shows_name(n, name) for n in nodes)
        if shown or time.time() > deadline:
            break
        time.sleep(0.3)
    if not shown:
        failures.append(f"an AT-SPI click on {community.name!r} did not select it (the inspector does not show it)")
    else:
        print(f"ok: an AT-SPI click on {community.name!r} opens it in the inspector")
        focused = [n for n in nodes if is_focused(n)]
        on_it = [n for n in focused if n.name == community.name]
        if not on_it:
            which = ", ".join(repr(n.name) for n in focused) or "nothing"
            failures.append(f"after selecting {community.name!r} the accessibility focus is on {which}")
        elif not on_it[0].description.startswith("selected"):
            said = on_it[0].description
            failures.append(f"{community.name!r} is selected but its description says {said!r}")
    return failures


def wait_for(test, seconds=5):
    """Polls `test` until it gives something true, or `seconds` pass;
    gives back its last answer."""
    deadline = time.time() + seconds
    while True:
        answer = test()
        if answer or time.time() > deadline:
            return answer
        time.sleep(0.2)


def focused_under(node):
    """The node under `node` (itself included) that has the accessibility
    focus, if any."""
    return next((n for _, n in walk(node) if is_focused(n)), None)


def check_tensions(app):
    """The keyboard reaches tensions as a person presses keys: an AT-SPI
    click on a boundary with tensions puts the map's ring there, Up (through
    the X server) moves the accessibility focus to one of its tensions,
    Enter selects it (its description says so), and Down comes back to the
    boundary. Gives back the failures."""
    frame = app.getChildAtIndex(0)
    boundary = next(
        (n for _, n in walk(frame) if n.name.startswith(KINDS["boundaries"]) and n.childCount > 0),
        None,
    )
    if boundary is None:
        return ["no boundary with tensions"]
    name = boundary.name
    try:
        action = boundary.queryAction()
        action.doAction(next(i for i in range(action.nActions) if action.getName(i) in ("click", "default")))
    except Exception as error:  # the application refused the action
        return [f"an AT-SPI click on {name!r} failed: {error}"]
    if not wait_for(lambda: is_focused(boundary)):
        return [f"after a click {name!r} does not have the accessibility focus"]
    subprocess.run(["xdotool", "key", "Up"], check=True)

    def focused_tension():
        node = focused_under(frame)
        return node if node is not None and node.name.startswith(KINDS["tensions"]) else None

    tension = wait_for(focused_tension)
    if tension is None:
        which = focused_under(frame)
        return [f"Up from {name!r} moves the focus to {which.name if which else 'nothing'!r}, not a tension"]
    said = tension.name
    subprocess.run(["xdotool", "key", "Return"], check=True)
    if not wait_for(lambda: is_focused(tension) and tension.description.startswith("selected")):
        return [f"Enter on {said!r} does not select it: {tension.description!r}"]
    subprocess.run(["xdotool", "key", "Down"], check=True)
    if not wait_for(lambda: is_focused(boundary)):
        which = focused_under(frame)
        return [f"Down from {said!r} goes to {which.name if which else 'nothing'!r}, not back to {name!r}"]
    print(f"ok: Up from {name!r} reaches {said!r}, Enter selects it, Down comes back")
    return []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", action="store_true")
    parser.add_argument("--title")
    parser.add_argument("--counts", default="")
    parser.add_argument("--pid", type=int)
    parser.add_argument("--click", action="store_true")
    parser.add_argument("--tab", action="store_true")
    args = parser.parse_args()

    app = find_app(args.pid)
    if app is None:
        print("FAIL: no Convene window on the accessibility bus")
        return 1
    if args.dump:
        for depth, node in walk(app):
            print("  " * depth + describe(node))
    failures = check(app, args.title, parse_counts(args.counts))
    if args.tab:
        failures += check_tab(app)
    if args.click:
        failures += check_click(app)
        failures += check_tensions(app)
    for failure in failures:
        print("FAIL: " + failure)
    if not failures:
        print("all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
