#!/usr/bin/env python3
"""The Flatpak manifest cannot be built offline; check what can be checked:
it parses, names the meson project's app id and command, builds Byline from
the local tree, and grants no host filesystem access."""

import json
import os
import re
import sys

root = sys.argv[1]
failures = []

with open(os.path.join(root, "meson.build"), encoding="utf-8") as f:
    meson = f.read()
app_id = re.search(r"^app_id\s*=\s*'([^']+)'", meson, re.M).group(1)

path = os.path.join(root, "flatpak", app_id + ".json")
try:
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as e:
    print(f"{path}: {e}")
    sys.exit(1)

if manifest.get("id", manifest.get("app-id")) != app_id:
    failures.append(f"manifest id {manifest.get('id')!r} != meson app_id {app_id!r}")
if manifest.get("command") != "byline":
    failures.append(f"command {manifest.get('command')!r} != 'byline'")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    failures.append("runtime/sdk must be org.gnome.Platform/org.gnome.Sdk")

for arg in manifest.get("finish-args", []):
    if re.match(r"--filesystem=(host|home|~|/)", arg):
        failures.append(f"finish-arg {arg} grants host filesystem access")

modules = manifest.get("modules", [])
if not modules or modules[-1].get("name") != "byline":
    failures.append("the last module must be byline")
else:
    sources = modules[-1].get("sources", [])
    if {"type": "dir", "path": ".."} not in sources:
        failures.append("byline must build from the local tree ({\"type\": \"dir\", \"path\": \"..\"})")

for module in modules[:-1]:
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file") and not source.get("sha256"):
            failures.append(f"module {module.get('name')}: source without sha256")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {app_id}, {len(modules)} modules")
