#!/usr/bin/env python3
"""Fails when src/core depends on GTK: a GTK header in its sources, or a GTK
include path or library in the flags meson uses to compile it."""

import json
import os
import re
import sys

source_root, build_root = sys.argv[1], sys.argv[2]
failures = []

FORBIDDEN_HEADERS = re.compile(r'#\s*include\s*[<"](gtk/|gdk/|adwaita\.h|gtksourceview|webkit)')
FORBIDDEN_FLAGS = re.compile(r'(gtk-4|gtk4|libadwaita|gtksourceview|webkitgtk|/gdk-pixbuf|graphene)')

core_dir = os.path.join(source_root, "src", "core")
for dirpath, _, files in os.walk(core_dir):
    for name in files:
        if name.endswith((".c", ".h")):
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                for lineno, line in enumerate(f, 1):
                    if FORBIDDEN_HEADERS.search(line):
                        failures.append(f"{path}:{lineno}: GTK header in core: {line.strip()}")

with open(os.path.join(build_root, "compile_commands.json"), encoding="utf-8") as f:
    commands = json.load(f)

core_units = [c for c in commands
              if os.path.normpath(os.path.join(c["directory"], c["file"])).startswith(core_dir + os.sep)]
if not core_units:
    failures.append("no compile commands for src/core found: is the build tree right?")
for c in core_units:
    cmd = c.get("command") or " ".join(c.get("arguments", []))
    m = FORBIDDEN_FLAGS.search(cmd)
    if m:
        failures.append(f"{c['file']}: compiled with a GTK flag ({m.group(0)})")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {len(core_units)} core compile units, none with GTK")
