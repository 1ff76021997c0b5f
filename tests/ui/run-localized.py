#!/usr/bin/env python3
"""Runs a UI test program in a language: run-localized.py LANG PROGRAM [ARGS…]

Generates the language's locale with localedef into a private LOCPATH (the
machine need not have it; cached in the build tree), sets LANGUAGE/LC_ALL,
and points the program at the build tree's translations (BYLINE_LOCALEDIR)
and at the system's GSettings schemas beside Byline's (for the a11y
high-contrast key libadwaita follows)."""

import os
import subprocess
import sys
import tempfile

LOCALES = {"fa": "fa_IR", "ru": "ru_RU", "en": "en_GB"}

lang, program, args = sys.argv[1], sys.argv[2], sys.argv[3:]
build_root = os.environ["BYLINE_BUILD_ROOT"]
locpath = os.path.join(build_root, "test-locales")
name = LOCALES[lang] + ".UTF-8"
target = os.path.join(locpath, name)

if not os.path.isdir(target):
    os.makedirs(locpath, exist_ok=True)
    tmp = tempfile.mkdtemp(dir=locpath)
    # localedef exits 1 on warnings it still writes the locale for
    subprocess.run(["localedef", "-i", LOCALES[lang], "-f", "UTF-8", os.path.join(tmp, name)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.isfile(os.path.join(tmp, name, "LC_CTYPE")):
        sys.exit(f"localedef could not generate {name} (is the `locales` package installed?)")
    try:
        os.rename(os.path.join(tmp, name), target)
    except OSError:
        pass  # a parallel run made it first
    os.rmdir(tmp) if os.path.isdir(tmp) and not os.listdir(tmp) else None

env = dict(os.environ)
env.update({
    "LOCPATH": locpath,
    "LANGUAGE": lang,
    "LANG": name,
    "LC_ALL": name,
    "BYLINE_TEST_LANGUAGE": lang,
    "BYLINE_LOCALEDIR": os.path.join(build_root, "po"),
    "GSETTINGS_SCHEMA_DIR": os.pathsep.join([os.path.join(build_root, "data"), "/usr/share/glib-2.0/schemas"]),
})
os.execve(program, [program] + args, env)
