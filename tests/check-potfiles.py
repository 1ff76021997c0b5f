#!/usr/bin/env python3
"""Fails when a file with translatable strings is missing from po/POTFILES.in,
or POTFILES.in names a file that does not exist."""

import os
import re
import sys

root = sys.argv[1]
MARKERS = {
    ".c": re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\('),
    ".ui": re.compile(r'translatable="yes"'),
    ".in": re.compile(r'.'),   # desktop and metainfo templates are always translatable
    ".xml": re.compile(r'<summary>|<description>'),
}

with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

failures = []
for path in sorted(listed):
    if not os.path.exists(os.path.join(root, path)):
        failures.append(f"POTFILES.in names {path}, which does not exist")

for top in ("src", "data"):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for name in files:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            ext = os.path.splitext(name)[1]
            if ext == ".xml" and not name.endswith(".gschema.xml"):
                continue
            if ext == ".in" and not (name.endswith(".desktop.in") or name.endswith(".metainfo.xml.in")):
                continue
            marker = MARKERS.get(ext)
            if marker is None:
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if ext == ".c":
                # Ignore comments so that a commented mention does not count.
                text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
            if marker.search(text) and rel not in listed:
                failures.append(f"{rel} has translatable strings but is not in po/POTFILES.in")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {len(listed)} files listed, all present, none missing")
