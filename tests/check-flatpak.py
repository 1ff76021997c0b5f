#!/usr/bin/env python3
"""The Flatpak manifest cannot be built offline; check what can be checked:
it parses; its app id, command and runtime match the meson project; Byline
is built from the local tree with its tests run; every downloaded source is
pinned by a checksum; and the sandbox holes are only those the README
justifies — no host filesystem, no raw session or system bus, no direct
Secret Service access (libsecret goes through the portal)."""

import json
import os
import re
import sys

root = sys.argv[1]
failures = []


def read(*parts):
    with open(os.path.join(root, *parts), encoding="utf-8") as f:
        return f.read()


meson = read("meson.build")
app_id = re.search(r"^app_id\s*=\s*'([^']+)'", meson, re.M).group(1)
# (the program on PATH; the window's byline-gui is in libexecdir)
exe = re.search(r"byline_exe = executable\('([^']+)'", read("src", "meson.build")).group(1)

path = os.path.join(root, "flatpak", app_id + ".json")
try:
    manifest = json.loads(read("flatpak", app_id + ".json"))
except (OSError, ValueError) as e:
    print(f"{path}: {e}")
    sys.exit(1)

if manifest.get("id", manifest.get("app-id")) != app_id:
    failures.append(f"manifest id {manifest.get('id')!r} != meson app_id {app_id!r}")
if manifest.get("command") != exe:
    failures.append(f"command {manifest.get('command')!r} != the meson executable {exe!r}")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    failures.append("runtime/sdk must be org.gnome.Platform/org.gnome.Sdk")
version = str(manifest.get("runtime-version", ""))
# A current GNOME release: 47 (autumn 2024) or newer; never "master"
if not version.isdigit() or int(version) < 47:
    failures.append(f"runtime-version {version!r} is not a current GNOME release (>= 47)")

# The sandbox: each hole is listed and justified in the README's table.
FORBIDDEN = [
    (r"--filesystem=(host|host-os|host-etc|home|~|/)", "host filesystem access (use the file chooser portal)"),
    (r"--socket=(session-bus|system-bus)", "the whole bus"),
    (r"--socket=x11$", "X11 without Wayland (use fallback-x11)"),
    (r"--device=all", "every device"),
    (r"--talk-name=org\.freedesktop\.secrets", "direct Secret Service access (libsecret uses the portal)"),
    (r"--(talk|own)-name=org\.freedesktop\.Flatpak", "escaping the sandbox"),
    (r"--talk-name=\*", "talking to any bus name"),
]
finish_args = manifest.get("finish-args", [])
for arg in finish_args:
    for pattern, why in FORBIDDEN:
        if re.match(pattern, arg):
            failures.append(f"finish-arg {arg}: {why}")
for needed in ("--share=network", "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
    if needed not in finish_args:
        failures.append(f"finish-args lack {needed}")

readme = read("README.md")
for arg in finish_args:
    if not re.search(r"^\|\s*`" + re.escape(arg) + r"`\s*\|\s*\S", readme, re.M):
        failures.append(f"finish-arg {arg} is not justified in README.md's permissions table")

modules = manifest.get("modules", [])
if not modules or modules[-1].get("name") != "byline":
    failures.append("the last module must be byline")
else:
    byline = modules[-1]
    if {"type": "dir", "path": ".."} not in byline.get("sources", []):
        failures.append("byline must build from the local tree ({\"type\": \"dir\", \"path\": \"..\"})")
    if byline.get("buildsystem") != "meson":
        failures.append("byline must build with meson")
    if byline.get("run-tests") is not True:
        failures.append("byline must run its tests (\"run-tests\": true)")


def check_sources(module):
    name = module.get("name")
    for source in module.get("sources", []):
        if isinstance(source, str):
            failures.append(f"module {name}: external source file {source} cannot be checked")
            continue
        kind = source.get("type")
        if kind in ("archive", "file") and "url" in source:
            if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                failures.append(f"module {name}: {source.get('url')} without a sha256")
            if not source["url"].startswith("https://"):
                failures.append(f"module {name}: {source.get('url')} is not https")
        elif kind == "git":
            if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
                failures.append(f"module {name}: git source without a pinned commit")
        elif kind == "dir" and name != "byline":
            failures.append(f"module {name}: only byline builds from the local tree")
    for sub in module.get("modules", []):
        check_sources(sub)


for module in modules:
    if isinstance(module, str):
        failures.append(f"module file {module} cannot be checked")
        continue
    check_sources(module)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {app_id}, runtime {manifest['runtime']}//{version}, {len(modules)} modules, "
      f"{len(finish_args)} finish-args, all justified")
