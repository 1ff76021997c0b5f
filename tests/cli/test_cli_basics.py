#!/usr/bin/env python3
"""The dispatcher: --version, help, errors, --db, no display needed."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from bylinetest import BylineTestCase  # noqa: E402


class CliBasics(BylineTestCase):
    def test_version_without_display(self):
        proc = self.run_byline("--version", check=0)
        self.assertRegex(proc.stdout.strip(), r"^byline \d+\.\d+\.\d+$")
        self.assertEqual(proc.stderr, "")

    def test_version_command_matches_option(self):
        a = self.run_byline("--version", check=0).stdout
        b = self.run_byline("version", check=0).stdout
        self.assertEqual(a, b)

    def test_help_lists_commands(self):
        proc = self.run_byline("help", check=0)
        self.assertIn("Usage: byline", proc.stdout)
        self.assertIn("version", proc.stdout)
        self.assertIn("--db PATH", proc.stdout)

    def test_help_for_one_command(self):
        proc = self.run_byline("help", "version", check=0)
        self.assertIn("byline version", proc.stdout)

    def test_help_for_one_command_shows_its_options(self):
        # `byline help COMMAND` is `byline COMMAND --help`: the options, and
        # what a command takes beyond them (edit's fields)
        for args in (("help", "edit"), ("edit", "--help")):
            out = self.run_byline(*args, check=0).stdout
            self.assertIn("--set=FIELD=VALUE", out)
            self.assertIn("Change fields of a story", out)
            for field in ("headline", "bylines", "time_zone", "featured_image_caption", "in-review"):
                self.assertIn(field, out)
        out = self.run_byline("help", "list", check=0).stdout
        self.assertIn("--status=STATUS", out)
        self.assertIn("archived", out)
        self.assertIn("--password-stdin", self.run_byline("help", "account", check=0).stdout)

    def test_help_for_subcommands(self):
        # A command of subcommands prints its usage for --help (exit 0), and a
        # subcommand's usage names the program and the command, once
        for group in ("account", "comments"):
            for flag in ("--help", "-h"):
                proc = self.run_byline(group, flag, check=0)
                self.assertTrue(proc.stdout.startswith("Usage: byline " + group + " "), proc.stdout)
                self.assertEqual(proc.stderr, "")
        proc = self.run_byline("comments", "list", "--help", check=0)
        self.assertIn("byline comments list [OPTION", proc.stdout)
        proc = self.run_byline("publish", "--help", check=0)
        self.assertIn("byline publish [OPTION\u2026] ID", proc.stdout)
        self.run_byline("comments", "frobnicate", check=2)

    def test_unknown_command_is_an_error(self):
        proc = self.run_byline("frobnicate", check=2)
        self.assertEqual(proc.stdout, "")
        self.assertIn("Unknown command", proc.stderr)
        self.assertIn("frobnicate", proc.stderr)

    def test_help_for_unknown_command(self):
        proc = self.run_byline("help", "nope", check=2)
        self.assertIn("Unknown command", proc.stderr)

    def test_unknown_option_is_an_error(self):
        proc = self.run_byline("version", "--no-such-option", check=2)
        self.assertIn("no-such-option", proc.stderr)

    def test_db_option_needs_a_value(self):
        proc = self.run_byline("--db", db=False, check=2)
        self.assertIn("--db", proc.stderr)

    def test_db_option_anywhere(self):
        # --db after the command is taken out before the command parses.
        proc = self.run_byline("version", "--db", "/nonexistent/x.db", db=False, check=0)
        self.assertIn("byline", proc.stdout)

    # Without a display, the window's entry points say so clearly; a build
    # without the GUI (-Dgui=false, the sanitizer run) says that instead.
    GUI_ERROR = ("Cannot open a display" if os.environ.get("BYLINE_HAVE_GUI", "1") == "1"
                 else "no graphical interface")

    def test_gui_options_are_not_commands(self):
        # The desktop file's actions start the window, not the command line
        # (launchers that do not activate over D-Bus run their Exec lines).
        for option in ("--new-article", "--comment-queue"):
            with self.subTest(option=option):
                proc = self.run_byline(option, db=False)
                # (its stderr shown when it fails: a sanitizer's report)
                self.assertEqual(proc.returncode, 1, proc.stderr)
                self.assertNotIn("Unknown command", proc.stderr)
                self.assertIn(self.GUI_ERROR, proc.stderr)

    def test_no_arguments_without_display(self):
        proc = self.run_byline(db=False)
        self.assertEqual(proc.returncode, 1)
        self.assertIn(self.GUI_ERROR, proc.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
