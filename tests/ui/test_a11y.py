#!/usr/bin/python3
"""Accessibility of the main window, read through AT-SPI as a screen reader
reads it, and driven with real key presses.

Runs the application with a story open in a private session bus that can
start only the accessibility bus (build-aux/dbus-session-a11y.conf), then:
- every control (button, toggle, entry, text view, drop-down, check box,
  spin button) has an accessible name a screen reader can say — not empty,
  not a GTK type name, no mnemonic underscore;
- pressing Tab (and Ctrl+Tab to leave a text view, as GTK does) moves the
  keyboard focus through every pane: the drafts search, the headline, the
  story body and the details panel.

Needs /usr/bin/python3 with pyatspi (python3-pyatspi, at-spi2-core) and
xdotool for the key presses (XTest)."""

import os
import re
import subprocess
import sys
import tempfile
import time
import unittest

BYLINE = os.environ.get("BYLINE", "byline")
APP_ID = "app.byline.Byline"

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import privatebus  # noqa: E402

# G_DEBUG=fatal-criticals is for Byline: the app gets it (and stop() fails
# on any critical it logs), not this process, whose GLib is pyatspi's (a
# critical there killed the test with SIGTRAP twice here, right at
# startup, while the app was coming up on the accessibility bus)
APP_G_DEBUG = os.environ.setdefault("BYLINE_APP_G_DEBUG", os.environ.get("G_DEBUG", ""))
os.environ["G_DEBUG"] = ",".join(f for f in APP_G_DEBUG.split(",") if f and f != "fatal-criticals")

privatebus.enter(__file__, "dbus-session-a11y.conf")

import pyatspi  # noqa: E402 (only inside the private bus)

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_LINK,
}


def walk(acc, path=(), inside_combo=False):
    """(accessible, path of names, inside a drop-down's own parts)"""
    yield acc, path, inside_combo
    combo = inside_combo or acc.getRole() == pyatspi.ROLE_COMBO_BOX
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, path + (f"{acc.getRoleName()} {acc.name!r}",), combo)


def display_answers():
    """Whether the X display opens now (xdotool is an X client the tests
    already need)."""
    try:
        return subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


class A11yTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="byline-a11y-")
        env = privatebus.isolated_env(cls.tmp, drop=("GTK_A11Y", "NO_AT_BRIDGE"))
        env["G_DEBUG"] = APP_G_DEBUG
        story = subprocess.run([BYLINE, "new", "--from", "-", "--standfirst", "Six new ferries",
                                "--byline", "Lena Okafor", "--section", "Transport"],
                               input="# Ferries go electric\n\nThe harbour gets six new ferries.\n",
                               capture_output=True, text=True, env=env, check=True).stdout.strip()

        cls.app, cls.root = cls.launch(env)
        if cls.root is None and "Cannot open a display" in cls.app_stderr and display_answers():
            # The X server refused the app a moment ago and answers again
            # now: once, the same launch again (said in the log, as the
            # first launch's stderr; a second refusal fails the test).
            print("byline could not open the display, which answers again; launching once more. "
                  f"Its stderr was:\n{cls.app_stderr}")
            cls.app, cls.root = cls.launch(env)
        if cls.root is None:
            raise AssertionError("byline never showed up on the accessibility bus "
                                 f"(exit status {cls.app.returncode}; the display "
                                 f"{'answers' if display_answers() else 'does not answer'}); "
                                 f"its stderr:\n{cls.app_stderr}")

        subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path", "/app/byline/Byline",
                        "--method", "org.gtk.Actions.Activate", "open-article", f"[<int64 {story}>]", "{}"],
                       check=True, capture_output=True, timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and cls.root.getChildAtIndex(0).name != "Ferries go electric":
            time.sleep(0.1)

    @classmethod
    def launch(cls, env):
        """(process, its application on the accessibility bus or None); on
        None the process has ended and cls.app_stderr holds its stderr."""
        app = subprocess.Popen([BYLINE], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 90  # generous: a loaded 2-core CI machine
        while time.monotonic() < deadline and app.poll() is None:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                acc = desktop.getChildAtIndex(i)
                if acc is not None and acc.name == "byline" and acc.childCount > 0:
                    return app, acc
            time.sleep(0.2)
        # Say why: the app may have died (its stderr), or run unseen
        if app.poll() is None:
            app.kill()
        _, cls.app_stderr = app.communicate(timeout=10)
        return app, None

    @classmethod
    def tearDownClass(cls):
        privatebus.stop(cls.app, cls.tmp)

    def frame(self):
        frame = self.root.getChildAtIndex(0)
        self.assertEqual(frame.getRole(), pyatspi.ROLE_FRAME)
        return frame

    def test_window_named_after_the_story(self):
        self.assertEqual(self.frame().name, "Ferries go electric")

    def test_every_control_has_a_name(self):
        unnamed = []
        controls = 0
        for acc, path, inside_combo in walk(self.frame()):
            if acc.getRole() not in CONTROLS or inside_combo:
                continue
            if not acc.getState().contains(pyatspi.STATE_FOCUSABLE):
                continue
            controls += 1
            name = acc.name or ""
            # A GTK type name (GtkToggleButton) is what is left without a label
            if not name.strip() or re.fullmatch(r"(Gtk|Adw|Byline)[A-Z]\w+", name) or "_" in name:
                unnamed.append(f"{acc.getRoleName()} {name!r} in {' > '.join(path[-3:])}")
        self.assertGreater(controls, 30)
        self.assertEqual(unnamed, [])

    def test_tab_reaches_every_pane(self):
        frame = self.frame()
        panes = {}
        focusable = []
        for acc, path, inside_combo in walk(frame):
            if not acc.getState().contains(pyatspi.STATE_FOCUSABLE):
                continue
            focusable.append(acc)
            if acc.getRole() == pyatspi.ROLE_ENTRY and acc.name == "Search Drafts":
                panes[acc] = "drafts search"
            elif acc.getRole() == pyatspi.ROLE_TEXT and acc.name == "Headline":
                panes[acc] = "headline"
            elif acc.getRole() == pyatspi.ROLE_TEXT and acc.name == "Story body":
                panes[acc] = "body"
            elif any("BylineMetadataPanel" in p for p in path):
                panes[acc] = "details panel"
        self.assertEqual(set(panes.values()), {"drafts search", "headline", "body", "details panel"})

        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)],
                                capture_output=True, text=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)

        def focused():
            for acc in focusable:
                if acc.getState().contains(pyatspi.STATE_FOCUSED):
                    return acc
            return None

        reached = []
        previous = focused()
        for _ in range(80):
            subprocess.run(["xdotool", "key", "--window", window, "Tab"], check=True)
            time.sleep(0.08)
            now = focused()
            if now is not None and previous is not None and now == previous:
                # Tab stays in a text view (a tab character): Ctrl+Tab leaves it
                subprocess.run(["xdotool", "key", "--window", window, "ctrl+Tab"], check=True)
                time.sleep(0.08)
                now = focused()
            if now in panes and panes[now] not in reached:
                reached.append(panes[now])
            if len(reached) == 4:
                break
            previous = now
        self.assertEqual(sorted(reached), ["body", "details panel", "drafts search", "headline"])

    def test_click_in_headline_and_standfirst(self):
        """A click in the headline or standfirst puts the cursor there: they
        lie over the top of the body, and the click used to go on to the
        body, which took the focus (and the typing) back."""
        fields = {}
        for acc, path, inside_combo in walk(self.frame()):
            if acc.getRole() == pyatspi.ROLE_TEXT and acc.name in ("Headline", "Standfirst", "Story body"):
                fields[acc.name] = acc
        self.assertEqual(set(fields), {"Headline", "Standfirst", "Story body"})

        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)],
                                capture_output=True, text=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)

        def click(acc):
            ext = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            subprocess.run(["xdotool", "mousemove", "--window", window,
                            str(ext.x + ext.width // 2), str(ext.y + ext.height // 2), "click", "1"], check=True)

        def focused(name, timeout=5):
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if fields[name].getState().contains(pyatspi.STATE_FOCUSED):
                    return True
                time.sleep(0.1)
            return False

        for name in ("Story body", "Standfirst", "Story body", "Headline"):
            click(fields[name])
            self.assertTrue(focused(name), f"a click in the {name} did not focus it")

        # A click on the headline's length meter, between the fields, is
        # nobody's: the body used to take it (and its cursor went to the top)
        meters = [acc for acc, path, inside_combo in walk(self.frame()) if acc.name == "Headline length"]
        self.assertEqual(len(meters), 1)
        body_text = fields["Story body"].queryText()
        body_text.setCaretOffset(40)
        time.sleep(0.3)
        before = body_text.caretOffset
        click(meters[0])
        time.sleep(0.5)
        self.assertFalse(focused("Story body", timeout=1), "a click on the headline meter focused the body")
        self.assertEqual(body_text.caretOffset, before)


if __name__ == "__main__":
    unittest.main(verbosity=2)
