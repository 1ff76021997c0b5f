#!/usr/bin/env python3
"""GNOME Shell's search provider, over D-Bus, as the Shell calls it.

In a private session bus (build-aux/dbus-session.conf: nothing is activated,
so the application is started here, as D-Bus activation would start it, with
--gapplication-service) and on the test's X display: seed a temporary store
with drafts through the command line, then call
org.gnome.Shell.SearchProvider2 with gdbus and check the results, their metas,
and that activating a result opens that story in a window (the window is
named after the headline; xdotool finds it by the application's pid)."""

import os
import re
import subprocess
import sys
import tempfile
import time
import unittest

BYLINE = os.environ.get("BYLINE", "byline")
APP_ID = "app.byline.Byline"
PROVIDER = "/app/byline/Byline/SearchProvider"
IFACE = "org.gnome.Shell.SearchProvider2"

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import privatebus  # noqa: E402

privatebus.enter(__file__)


def gdbus_call(method, *args, dest=APP_ID, path=PROVIDER, iface=IFACE):
    proc = subprocess.run(["gdbus", "call", "--session", "--dest", dest, "--object-path", path,
                           "--method", f"{iface}.{method}", *args],
                          capture_output=True, text=True, timeout=30)
    if proc.returncode != 0:
        raise AssertionError(f"{method} failed: {proc.stderr}")
    return proc.stdout.strip()


def strings(output):
    """The strings of a gdbus `(['1', '2'],)` answer."""
    return re.findall(r"'((?:[^'\\]|\\.)*)'", output)


def gvariant_strv(items):
    return "[" + ", ".join("'" + item.replace("'", "\\'") + "'" for item in items) + "]"


class SearchProviderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="byline-search-provider-")
        env = privatebus.isolated_env(cls.tmp, drop=())
        cls.env = env

        def new(markdown, *args):
            proc = subprocess.run([BYLINE, "new", "--from", "-", *args], input=markdown,
                                  capture_output=True, text=True, env=env, check=True)
            return proc.stdout.strip()

        cls.ferries = new("# Harbour city expands electric ferry fleet\n\n"
                          "Six battery-electric ferries join the harbour routes; "
                          "commuters wait on the quay.\n",
                          "--standfirst", "Six new ferries by next summer")
        cls.buses = new("# خط جدید اتوبوس برقی در تهران\n\n"
                        "شهرداری تهران از راه‌اندازی خط تازه اتوبوس برقی خبر داد.\n",
                        "--language", "fa")
        cls.budget = new("# Council passes the budget\n\nThe city council voted on the budget.\n")

        cls.app = subprocess.Popen([BYLINE, "--gapplication-service"], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            owner = gdbus_call("NameHasOwner", f"'{APP_ID}'", dest="org.freedesktop.DBus",
                               path="/org/freedesktop/DBus", iface="org.freedesktop.DBus")
            if "true" in owner:
                break
            if cls.app.poll() is not None:
                raise AssertionError(f"byline exited: {cls.app.communicate()}")
            time.sleep(0.1)
        else:
            raise AssertionError("byline never owned its bus name")

    @classmethod
    def tearDownClass(cls):
        privatebus.stop(cls.app, cls.tmp)

    def window_titles(self):
        """Names of the application's visible windows."""
        proc = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)],
                              capture_output=True, text=True)
        titles = []
        for window in proc.stdout.split():
            name = subprocess.run(["xdotool", "getwindowname", window], capture_output=True, text=True)
            titles.append(name.stdout.strip())
        return titles

    def wait_for_title(self, title, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if title in self.window_titles():
                return True
            time.sleep(0.1)
        return False

    def search(self, *terms):
        return strings(gdbus_call("GetInitialResultSet", gvariant_strv(terms)))

    def test_1_search_without_window(self):
        # Prefixes, as typed in the overview
        self.assertEqual(self.search("ferr"), [self.ferries])
        self.assertEqual(self.search("Harb", "quay"), [self.ferries])
        # The body and the headline; every term must match
        self.assertEqual(sorted(self.search("budget")), [self.budget])
        self.assertEqual(self.search("ferry", "budget"), [])
        # Persian words
        self.assertEqual(self.search("اتوبوس"), [self.buses])
        # Nothing typed, nothing found; FTS syntax is plain text
        self.assertEqual(self.search(" "), [])
        self.assertEqual(self.search('"ferry', "OR", "NEAR("), [])
        # Searching shows no window
        self.assertEqual(self.window_titles(), [])

    def test_2_subsearch(self):
        everything = [self.ferries, self.buses, self.budget]
        self.assertEqual(strings(gdbus_call("GetSubsearchResultSet", gvariant_strv(everything),
                                            gvariant_strv(["council"]))), [self.budget])
        # Only among the previous results
        self.assertEqual(strings(gdbus_call("GetSubsearchResultSet", gvariant_strv([self.buses]),
                                            gvariant_strv(["council"]))), [])

    def test_3_metas(self):
        self.search("quay")
        metas = gdbus_call("GetResultMetas", gvariant_strv([self.ferries, self.buses]))
        self.assertIn(f"'id': <'{self.ferries}'>", metas)
        self.assertIn("'name': <'Harbour city expands electric ferry fleet'>", metas)
        # The snippet is the description, without the store's [ ] marks
        description = re.search(r"'description': <'([^']*)'>", metas).group(1)
        self.assertIn("quay", description)
        self.assertNotIn("[", description)
        # An id from no search of ours: headline and standfirst from the store
        self.assertIn("'name': <'خط جدید اتوبوس برقی در تهران'>", metas)
        self.assertEqual(metas.count("'id'"), 2)
        # Unknown ids are left out
        self.assertNotIn("'id'", gdbus_call("GetResultMetas", gvariant_strv(["999999"])))

    def test_4_activate_opens_the_story(self):
        gdbus_call("ActivateResult", f"'{self.ferries}'", gvariant_strv(["ferr"]), "0")
        self.assertTrue(self.wait_for_title("Harbour city expands electric ferry fleet"),
                        self.window_titles())

        # The same application action, straight over org.gtk.Actions
        gdbus_call("Activate", "'open-article'", f"[<int64 {self.buses}>]", "{}",
                   path="/app/byline/Byline", iface="org.gtk.Actions")
        self.assertTrue(self.wait_for_title("خط جدید اتوبوس برقی در تهران"), self.window_titles())
        self.assertEqual(len(self.window_titles()), 1)

    def test_5_launch_search_and_comment_queue(self):
        gdbus_call("LaunchSearch", gvariant_strv(["ferry", "quay"]), "0")
        gdbus_call("Activate", "'comment-queue'", "[]", "{}",
                   path="/app/byline/Byline", iface="org.gtk.Actions")
        # Still one window, still alive
        time.sleep(0.3)
        self.assertIsNone(self.app.poll())
        self.assertEqual(len(self.window_titles()), 1)

        # The desktop file's New Story action, as D-Bus activation runs it
        gdbus_call("Activate", "'new-article'", "[]", "{}",
                   path="/app/byline/Byline", iface="org.gtk.Actions")
        self.assertTrue(self.wait_for_title("Untitled Story"), self.window_titles())


if __name__ == "__main__":
    unittest.main(verbosity=2)
