#!/usr/bin/python3
"""Prints the accessibility tree that WebKitGTK publishes over AT-SPI for the
running Postvett page, as one JSON document: what Orca reads.

    /usr/bin/python3 tests/a11y/atspi_tree.py [--app NAME] [--wait SECONDS]

Each node: role (AT-SPI's role name), name, description, states (the set
AT-SPI reports: checked, expanded, selected, enabled, invalid-entry,
required, modal, focusable, ...), attributes (object attributes: the
heading level, xml-roles, ...), locale (the node's language), relations
(labelled-by, described-by, ... as the ids of their targets), extents (x,
y, width, height on the screen), text (the node's own text, for leaves),
id (the DOM id WebKit exposes, when the element has one) and children.

The tree starts at the page's document (role "document web"); the window's
chrome around it is left out. Run it on the session bus of the app (the
e2e harness runs it inside the test's dbus session).
"""

import argparse
import json
import sys
import time

import pyatspi


def states(acc):
    try:
        return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
    except Exception:
        return []


def attributes(acc):
    try:
        return dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)
    except Exception:
        return {}


def extents(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return [e.x, e.y, e.width, e.height]
    except Exception:
        return None


def own_text(acc):
    try:
        t = acc.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return None


def locale(acc):
    try:
        return acc.get_object_locale() or None
    except Exception:
        return None


class Walker:
    def __init__(self):
        self.keys = {}
        self.count = 0

    def key(self, acc):
        # A stable handle for relation targets within one dump.
        k = id(acc)
        attrs = attributes(acc)
        return attrs.get("id") or f"n{hash((acc.getRole(), acc.name, k)) & 0xffffffff:x}"

    def relations(self, acc):
        out = {}
        try:
            for r in acc.getRelationSet():
                name = pyatspi.relationToString(r.getRelationType())
                out[name] = [self.key(r.getTarget(i)) for i in range(r.getNTargets())]
        except Exception:
            pass
        return out

    def node(self, acc, depth=0):
        self.count += 1
        attrs = attributes(acc)
        n = {
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "states": states(acc),
            "attributes": attrs,
            "locale": locale(acc),
            "relations": self.relations(acc),
            "extents": extents(acc),
            "id": attrs.get("id"),
            "children": [],
        }
        text = own_text(acc)
        if text:
            # Children are embedded as U+FFFC in their parent's text.
            n["text"] = text.replace("\ufffc", " ")
        if depth < 80:
            for i in range(acc.childCount):
                child = acc.getChildAtIndex(i)
                if child is not None:
                    n["children"].append(self.node(child, depth + 1))
        return n


def find_document(app):
    """The page's document below the app (breadth first)."""
    queue = [app]
    while queue:
        acc = queue.pop(0)
        if acc is None:
            continue
        try:
            if acc.getRoleName() in ("document web", "document frame"):
                return acc
            queue.extend(acc.getChildAtIndex(i) for i in range(acc.childCount))
        except Exception:
            continue
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", default="postvett")
    ap.add_argument("--wait", type=float, default=10.0)
    args = ap.parse_args()
    deadline = time.monotonic() + args.wait
    doc = None
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        apps = [a for a in apps if a is not None and (a.name or "").lower().startswith(args.app)]
        for a in apps:
            doc = find_document(a)
            if doc is not None:
                break
        if doc is not None:
            break
        time.sleep(0.2)
    if doc is None:
        names = []
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
        except Exception as e:
            names = [f"(no registry: {e})"]
        print(f"no document of an app named {args.app!r} on the AT-SPI bus; apps: {names}", file=sys.stderr)
        return 2
    w = Walker()
    tree = w.node(doc)
    json.dump({"nodes": w.count, "tree": tree}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
