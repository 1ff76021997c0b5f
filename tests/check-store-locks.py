#!/usr/bin/env python3
"""Fails when a store function declares a statement (g_autoptr(BylineStmt))
before it takes the store's lock (BYLINE_STORE_LOCK) in the same scope.

Cleanups run in the reverse order of their declarations: a statement
declared before the lock is reset and its bindings cleared after the lock
is released, while another thread may be using the same cached statement
(sqlite3_clear_bindings() freeing what that thread bound: a double free
under AddressSanitizer, or that thread's query run without its values).
A statement must be declared after the lock. A helper with no lock of its
own is called with its caller's held, and is not checked."""

import glob
import os
import re
import sys

source_root = sys.argv[1]
DECL = re.compile(r'^(\s*)g_autoptr\s*\(BylineStmt\)')
LOCK = re.compile(r'^(\s*)BYLINE_STORE_LOCK\s*\(')
failures = []
checked = 0

for path in sorted(glob.glob(os.path.join(source_root, "src", "core", "*.c"))):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    start = None
    for i, line in enumerate(lines):
        if line == "{":
            start = i
        elif line == "}" and start is not None:
            body = range(start + 1, i)
            locks = [(k, len(LOCK.match(lines[k]).group(1))) for k in body if LOCK.match(lines[k])]
            if locks:
                for k in body:
                    m = DECL.match(lines[k])
                    if not m:
                        continue
                    checked += 1
                    if not any(lk < k and indent <= len(m.group(1)) for lk, indent in locks):
                        failures.append(f"{path}:{k + 1}: statement declared before the store's lock")
            start = None

if checked == 0:
    failures.append("no store function checked: are the sources where they should be?")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{checked} statements declared after the store's lock")
