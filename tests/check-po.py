#!/usr/bin/env python3
"""A translation compiles with `msgfmt --check -c` (format strings, plural
forms header, header fields), declares the plural forms its language needs,
and ships no fuzzy entries (unreviewed guesses are never shown anyway).

usage: check-po.py MSGFMT PO_FILE"""

import os
import re
import subprocess
import sys

msgfmt, po = sys.argv[1], sys.argv[2]
lang = os.path.splitext(os.path.basename(po))[0]
failures = []

run = subprocess.run([msgfmt, "--check", "-c", "--statistics", "-o", os.devnull, po],
                     capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
print(run.stderr.strip())
if run.returncode != 0:
    failures.append(f"msgfmt --check failed for {po}")

stats = run.stderr
fuzzy = re.search(r"(\d+) fuzzy", stats)
if fuzzy and int(fuzzy.group(1)) > 0:
    failures.append(f"{po}: {fuzzy.group(1)} fuzzy entries (review them, then drop the fuzzy flag)")
translated = re.search(r"(\d+) translated", stats)
if not translated or int(translated.group(1)) < 100:
    failures.append(f"{po}: hardly translated")

with open(po, encoding="utf-8") as f:
    text = f.read()
NPLURALS = {"ru": "3", "fa": "2"}
m = re.search(r"Plural-Forms: nplurals=(\d+);", text)
if lang in NPLURALS and (not m or m.group(1) != NPLURALS[lang]):
    failures.append(f"{po}: Plural-Forms must have nplurals={NPLURALS[lang]}")
if f'"Language: {lang}\\n"' not in text:
    failures.append(f"{po}: the Language header is not {lang}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {lang}")
