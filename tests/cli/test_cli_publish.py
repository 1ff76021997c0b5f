#!/usr/bin/env python3
"""account/publish/unpublish/pull/outbox without a site: usage, errors, JSON."""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from bylinetest import BylineTestCase  # noqa: E402


class CliPublishOffline(BylineTestCase):
    def test_account_needs_a_verb(self):
        proc = self.run_byline("account", check=2)
        self.assertIn("byline account add URL", proc.stderr)

    def test_account_add_needs_user_and_password(self):
        proc = self.run_byline("account", "add", "http://127.0.0.1:9", check=2)
        self.assertIn("--user is required", proc.stderr)
        proc = self.run_byline("account", "add", "http://127.0.0.1:9", "--user", "editor", check=2)
        self.assertIn("BYLINE_PASSWORD", proc.stderr)
        self.assertIn("Application Passwords", proc.stderr)

    def test_account_add_refuses_a_non_web_address(self):
        env = dict(self.env, BYLINE_PASSWORD="abcd efgh")
        proc = self.run_byline("account", "add", "ftp://example.org", "--user", "editor", env=env, check=1)
        self.assertIn("is not a web address", proc.stderr)

    def test_account_add_unreachable_site(self):
        proc = self.run_byline("account", "add", "http://127.0.0.1:9", "--user", "editor",
                               "--password-stdin", stdin="secret\n", check=1)
        self.assertTrue(proc.stderr.startswith("byline: "))
        self.assertNotIn("secret", proc.stderr)
        self.assertEqual(self.run_json("account", "list", "--json"), [])

    def test_empty_lists(self):
        self.assertEqual(self.run_json("account", "list", "--json"), [])
        self.assertEqual(self.run_json("outbox", "--json"), [])
        self.assertEqual(self.run_byline("outbox", "--retry", check=0).stdout, "")

    def test_unknown_account(self):
        proc = self.run_byline("account", "verify", "nowhere", check=1)
        self.assertIn("No account named “nowhere”", proc.stderr)
        self.run_byline("account", "remove", "nowhere", check=1)
        proc = self.run_byline("pull", "--account", "nowhere", check=1)
        self.assertIn("No account named", proc.stderr)

    def test_publish_usage_and_errors(self):
        self.run_byline("publish", check=2)
        self.run_byline("publish", "abc", check=2)
        proc = self.run_byline("publish", "1", "--status", "live", check=2)
        self.assertIn("Unknown status", proc.stderr)
        proc = self.run_byline("publish", "1", check=1)
        self.assertIn("No article with id 1", proc.stderr)
        story = self.run_byline("new", "--headline", "Ferry fares rise", check=0).stdout.strip()
        proc = self.run_byline("publish", story, check=1)
        self.assertIn("No account is set up", proc.stderr)
        proc = self.run_byline("unpublish", story, check=1)
        self.assertIn("No account is set up", proc.stderr)
        # Nothing was queued for a story that could not be sent anywhere.
        self.assertEqual(self.run_json("outbox", "--json"), [])

    def test_help_mentions_the_commands(self):
        out = self.run_byline("help", check=0).stdout
        for command in ("account", "publish", "unpublish", "pull", "outbox"):
            self.assertIn(command, out)
        self.assertIn("--force", self.run_byline("help", "publish", check=0).stdout)


if __name__ == "__main__":
    unittest.main()
