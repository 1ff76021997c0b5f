"""Shared by the UI tests that run the application as a process: each runs
in its own D-Bus session (a config from build-aux/ that activates nothing,
or only the accessibility bus) on the test's X display, with private
HOME/XDG dirs and drafts database."""

import os
import shutil
import subprocess
import sys

SOURCE_ROOT = os.environ.get("BYLINE_SOURCE_ROOT", ".")


def enter(script, conf="dbus-session.conf"):
    """Re-runs @script under dbus-run-session with build-aux/@conf, once;
    exits 77 (skip) without a display unless BYLINE_REQUIRE_DISPLAY is set."""
    if os.environ.get("BYLINE_TEST_PRIVATE_BUS") == "1":
        return
    if not os.environ.get("DISPLAY"):
        if os.environ.get("BYLINE_REQUIRE_DISPLAY"):
            sys.exit("No display, but BYLINE_REQUIRE_DISPLAY is set")
        print("no display: skipped")
        sys.exit(77)
    os.environ["BYLINE_TEST_PRIVATE_BUS"] = "1"
    os.execvp("dbus-run-session", ["dbus-run-session",
                                   "--config-file=" + os.path.join(SOURCE_ROOT, "build-aux", conf), "--",
                                   sys.executable, os.path.abspath(script)] + sys.argv[1:])


def isolated_env(tmp, drop=()):
    """The test's environment with HOME, XDG dirs and BYLINE_DB under @tmp."""
    env = dict(os.environ)
    for var in drop:
        env.pop(var, None)
    env.update({
        "HOME": tmp,
        "XDG_DATA_HOME": os.path.join(tmp, "data"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
        "BYLINE_DB": os.path.join(tmp, "byline.db"),
    })
    return env


def stop(app, tmp):
    """Ends the application started with stdout/stderr pipes, removes @tmp,
    and fails if it logged a critical (G_DEBUG=fatal-criticals would also
    have killed it)."""
    if app.poll() is None:
        app.terminate()
    try:
        _, err = app.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        app.kill()
        _, err = app.communicate()
    shutil.rmtree(tmp, ignore_errors=True)
    assert "CRITICAL" not in (err or ""), err
