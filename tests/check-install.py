#!/usr/bin/env python3
"""Installs the build into a temporary DESTDIR (`meson install --destdir`)
and checks the tree a Debian package or Flatpak would ship: the binary (and
that the command line links no GTK), the window's program in libexecdir,
desktop file, metainfo, icons, schema, D-Bus service, search provider and
translations. Then runs `appstreamcli compose --no-net` over it, as
Flathub's builder does, which fails on e.g. a missing icon.

usage: check-install.py SOURCE_ROOT BUILD_ROOT"""

import configparser
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

source_root, build_root = sys.argv[1], sys.argv[2]
APP_ID = "app.byline.Byline"
failures = []


def linguas():
    with open(os.path.join(source_root, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f if not line.startswith("#") for w in line.split()]


with tempfile.TemporaryDirectory(prefix="byline-install-") as destdir:
    env = dict(os.environ, DESTDIR=destdir)
    run = subprocess.run(["meson", "install", "-C", build_root, "--no-rebuild", "--quiet",
                          "--destdir", destdir], env=env, capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr)
        sys.exit(1)

    binaries = glob.glob(os.path.join(destdir, "**", "bin", "byline"), recursive=True)
    if len(binaries) != 1:
        print(f"expected one bin/byline under {destdir}, found {binaries}")
        sys.exit(1)
    prefix = os.path.dirname(os.path.dirname(binaries[0]))
    real_prefix = "/" + os.path.relpath(prefix, destdir)
    share = os.path.join(prefix, "share")

    def need(rel, what):
        path = os.path.join(share, rel)
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            failures.append(f"missing {what}: share/{rel}")
            return None
        return path

    if not os.access(binaries[0], os.X_OK):
        failures.append("bin/byline is not executable")

    # `byline` is the command line and starts the window, a program of its
    # own in libexecdir: a command must not load GTK, WebKit or GStreamer.
    if os.path.exists(os.path.join(build_root, "src", "byline-gui")):
        gui = glob.glob(os.path.join(prefix, "libexec", "**", "byline-gui"), recursive=True)
        if len(gui) != 1 or not os.access(gui[0], os.X_OK):
            failures.append(f"expected one executable libexec/byline-gui, found {gui}")
    readelf = shutil.which("readelf")
    if readelf:
        dynamic = subprocess.run([readelf, "-d", binaries[0]], capture_output=True, text=True).stdout
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)
        if not needed:
            failures.append("readelf shows no libraries for bin/byline")
        for lib in needed:
            if re.match(r"lib(gtk|gdk|adwaita|webkit|javascriptcore|gst|gtksourceview)", lib):
                failures.append(f"bin/byline (the command line) links {lib}")

    desktop = need(f"applications/{APP_ID}.desktop", "desktop file")
    need(f"metainfo/{APP_ID}.metainfo.xml", "AppStream metainfo")
    need(f"icons/hicolor/scalable/apps/{APP_ID}.svg", "scalable app icon")
    need(f"icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg", "symbolic app icon")
    need(f"glib-2.0/schemas/{APP_ID}.gschema.xml", "GSettings schema")
    service = need(f"dbus-1/services/{APP_ID}.service", "D-Bus service file")
    provider = need(f"gnome-shell/search-providers/{APP_ID}.search-provider.ini", "search provider")

    languages = linguas()
    for lang in ("fa", "ru"):
        if lang not in languages:
            failures.append(f"po/LINGUAS lacks {lang}")
    for lang in languages:
        need(f"locale/{lang}/LC_MESSAGES/byline.mo", f"{lang} translation")

    if service:
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(service)
        exec_line = parser.get("D-BUS Service", "Exec", fallback="")
        if parser.get("D-BUS Service", "Name", fallback="") != APP_ID:
            failures.append("the D-Bus service does not name the app id")
        if not exec_line.startswith(os.path.join(real_prefix, "bin", "byline") + " "):
            failures.append(f"the D-Bus service runs {exec_line!r}, not the installed binary")
    if provider:
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(provider)
        section = "Shell Search Provider"
        if (parser.get(section, "DesktopId", fallback="") != APP_ID + ".desktop"
                or parser.get(section, "BusName", fallback="") != APP_ID
                or parser.get(section, "ObjectPath", fallback="") != "/app/byline/Byline/SearchProvider"
                or parser.get(section, "Version", fallback="") != "2"):
            failures.append("the search provider .ini does not match the application's object")
    if desktop:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str
        parser.read(desktop, encoding="utf-8")
        entry = parser["Desktop Entry"]
        if entry.get("DBusActivatable") != "true" or entry.get("StartupNotify") != "true":
            failures.append("the desktop file must be DBusActivatable and StartupNotify")
        for lang in ("fa", "ru"):
            for key in ("Comment", "GenericName", "Keywords"):
                if f"{key}[{lang}]" not in entry:
                    failures.append(f"the installed desktop file has no {key}[{lang}]")
        for action in ("new-article", "comment-queue"):
            if f"Desktop Action {action}" not in parser:
                failures.append(f"the desktop file lacks the {action} action")
            elif "Name[fa]" not in parser[f"Desktop Action {action}"]:
                failures.append(f"the {action} action is not translated to fa")

    compose = shutil.which("appstreamcli")
    if compose:
        out = os.path.join(destdir, "compose-out")
        run = subprocess.run([compose, "compose", "--no-net", "--no-color", "--prefix=" + real_prefix,
                              "--origin=byline", "--result-root=" + out, destdir],
                             capture_output=True, text=True)
        report = run.stdout + run.stderr
        print(report)
        if run.returncode != 0:
            failures.append("appstreamcli compose failed")
        catalog = glob.glob(os.path.join(out, "**", "*.xml*"), recursive=True)
        icons = glob.glob(os.path.join(out, "**", "icons", "**", APP_ID + ".png"), recursive=True)
        if not catalog:
            failures.append("appstreamcli compose wrote no catalog")
        if not icons:
            failures.append("appstreamcli compose found no app icon to cache")
        for word in ("icon-not-found", "metainfo-validation-error", "desktop-file-error", "file-read-error"):
            if word in report:
                failures.append(f"appstreamcli compose reports {word}")

# The metainfo's screenshots are the PNGs build-aux/screenshots makes
with open(os.path.join(source_root, "data", APP_ID + ".metainfo.xml.in"), encoding="utf-8") as f:
    shots = re.findall(r"<image>[^<]*/([^/<]+\.png)</image>", f.read())
if len(shots) < 2:
    failures.append("the metainfo names fewer than two screenshots")
for shot in shots:
    path = os.path.join(source_root, "data", "screenshots", shot)
    if not os.path.isfile(path) or os.path.getsize(path) < 10000:
        failures.append(f"screenshot {shot} is not in data/screenshots/ (run build-aux/screenshots)")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok: installed tree complete" + (", composes" if compose else ""))
