#!/usr/bin/env python3
"""The publishing commands against a real WordPress: JSON and exit codes.

build-aux/check starts the site (build-aux/wordpress) and exports its env;
BYLINE_REQUIRE_WORDPRESS makes a missing site a failure, never a skip.
"""

import base64
import json
import os
import sqlite3
import sys
import time
import unittest
import urllib.request

sys.path.insert(0, os.path.join(os.environ.get("BYLINE_SOURCE_ROOT", "."), "tests", "cli"))
from bylinetest import BylineTestCase  # noqa: E402

URL = os.environ.get("BYLINE_WP_URL")
PASSWORD = os.environ.get("BYLINE_WP_EDITOR_PASSWORD")


def rest(method, path, body=None):
    """A direct REST call as the editor, as curl would make it."""
    auth = base64.b64encode(f"editor:{PASSWORD}".encode()).decode()
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{URL}/wp-json/{path}", data=data, method=method,
                                 headers={"Authorization": f"Basic {auth}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as answer:
        return json.load(answer)


@unittest.skipIf(URL is None and not os.environ.get("BYLINE_REQUIRE_WORDPRESS"), "no WordPress")
class CliPublishWordPress(BylineTestCase):
    def setUp(self):
        super().setUp()
        self.assertIsNotNone(URL, "BYLINE_WP_URL is not set: build-aux/wordpress did not start")
        self.name = URL.split("://", 1)[1]

    def add_account(self):
        proc = self.run_byline("account", "add", URL, "--user", "editor", "--password-stdin",
                               stdin=PASSWORD + "\n", env=dict(self.env, BYLINE_PASSWORD=PASSWORD), check=0)
        self.assertEqual(proc.stdout.strip(), self.name)
        # No keyring in the test session: later commands read BYLINE_PASSWORD.
        self.env["BYLINE_PASSWORD"] = PASSWORD

    def story(self, headline):
        image = os.path.join(self.tmp, "photo.png")
        # A minimal 1x1 PNG.
        png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVQI12P4z8AAAAMBAQAY3Y2wAAAAAElFTkSuQmCC")
        with open(image, "wb") as f:
            f.write(png)
        story = {"headline": headline, "body": "## Charging\n\nSix new boats.\n\n> It works\n",
                 "section": "City", "tags": ["cli"], "bylines": ["Lena Okafor"],
                 "featured_image": {"path": image, "alt": "A ferry", "caption": "Photo"}}
        path = os.path.join(self.tmp, "story.json")
        with open(path, "w") as f:
            json.dump(story, f)
        return self.run_byline("new", "--from", path, check=0).stdout.strip()

    def test_account_commands(self):
        proc = self.run_byline("account", "add", URL, "--user", "editor", "--password-stdin",
                               stdin="wrong password\n", check=1)
        self.assertIn("WordPress did not accept the user name or application password", proc.stderr)
        self.assertEqual(self.run_json("account", "list", "--json"), [])

        self.add_account()
        accounts = self.run_json("account", "list", "--json")
        self.assertEqual(len(accounts), 1)
        self.assertEqual(accounts[0]["name"], self.name)
        self.assertEqual(accounts[0]["user"], "editor")
        self.assertTrue(accounts[0]["api_root"].endswith("/wp-json/"))
        proc = self.run_byline("account", "add", URL, "--user", "editor", check=1)
        self.assertIn("already an account", proc.stderr)
        # The same user on the same site under another name and address: a
        # second account, which keeps a second copy of the comments, so the
        # user is told which account it repeats
        proc = self.run_byline("account", "add", URL + "/wp-content/", "--user", "editor", "--name", "again",
                               check=0)
        self.assertEqual(proc.stdout, "again\n")
        self.assertIn("the account \u201c%s\u201d is the same user on the same site" % self.name, proc.stderr)
        self.run_byline("account", "remove", "again", check=0)
        self.assertEqual(len(self.run_json("account", "list", "--json")), 1)
        self.assertIn("logged in as", self.run_byline("account", "verify", self.name, check=0).stdout)
        # The password is nowhere in the database.
        with open(self.db, "rb") as f:
            self.assertNotIn(PASSWORD.encode(), f.read())
        self.run_byline("account", "remove", self.name, check=0)
        self.assertEqual(self.run_json("account", "list", "--json"), [])

    def test_publish_conflict_queue_pull(self):
        self.add_account()
        headline = f"CLI ferry story {os.getpid()} {time.time()}"   # the site outlives one run
        story = self.story(headline)
        result = self.run_json("publish", story, "--status", "publish", "--json")
        self.assertEqual(set(result), {"remote_id", "url", "status"})
        self.assertEqual(result["status"], "publish")
        post = rest("GET", f"wp/v2/posts/{result['remote_id']}?context=edit")
        self.assertEqual(post["title"]["raw"], headline)
        self.assertGreater(post["featured_media"], 0)
        self.assertEqual(post["link"], result["url"])
        shown = self.run_json("show", story, "--json")
        self.assertEqual(shown["status"], "published")
        self.assertEqual(shown["links"][0]["remote_id"], result["remote_id"])

        # Edited on the site: exit 3, nothing overwritten; --force wins.
        time.sleep(1.1)
        rest("POST", f"wp/v2/posts/{result['remote_id']}", {"content": "<p>Site text</p>"})
        proc = self.run_byline("publish", story, "--status", "publish", check=3)
        self.assertIn("changed on the site", proc.stderr)
        self.assertIn("{+Site+}", proc.stderr)
        self.assertEqual(rest("GET", f"wp/v2/posts/{result['remote_id']}?context=edit")["content"]["raw"],
                         "<p>Site text</p>")
        again = self.run_json("publish", story, "--status", "publish", "--force", "--json")
        self.assertEqual(again["remote_id"], result["remote_id"])

        # The site is unreachable: exit 4, the row waits in the outbox.
        db = sqlite3.connect(self.db)
        db.execute("UPDATE accounts SET base_url = 'http://127.0.0.1:9', api_root = 'http://127.0.0.1:9/wp-json/'")
        db.commit()
        proc = self.run_byline("publish", story, "--status", "publish", check=4)
        self.assertIn("Queued in the outbox", proc.stderr)
        rows = self.run_json("outbox", "--json")
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]["state"], "pending")
        self.assertEqual(rows[0]["kind"], "publish")
        self.assertEqual(rows[0]["target"], int(story))
        self.assertTrue(rows[0]["last_error"])
        self.run_byline("outbox", "--retry", check=4)
        db.execute("UPDATE accounts SET base_url = ?, api_root = ?", (URL, URL + "/wp-json/"))
        db.commit()
        db.close()
        self.run_byline("outbox", "--retry", check=0)
        self.assertEqual(self.run_json("outbox", "--json"), [])

        # Pull into another database: linked, and not duplicated on re-pull.
        other = os.path.join(self.tmp, "other.db")
        self.run_byline("--db", other, "account", "add", URL, "--user", "editor", db=False, check=0)
        first = self.run_json("--db", other, "pull", "--account", self.name, "--json", db=False)
        self.assertGreaterEqual(first["created"], 1)
        second = self.run_json("--db", other, "pull", "--account", self.name, "--json", db=False)
        self.assertEqual(second["created"], 0)
        pulled = [a for a in self.run_json("--db", other, "list", "--json", db=False)
                  if a["headline"] == headline]
        self.assertEqual(len(pulled), 1)
        self.assertEqual(pulled[0]["links"][0]["remote_id"], result["remote_id"])

        # Unpublish: a draft on the site again.
        self.assertEqual(self.run_json("unpublish", story, "--json")["status"], "draft")
        self.assertEqual(rest("GET", f"wp/v2/posts/{result['remote_id']}?context=edit")["status"], "draft")

    def test_featured_image_alt_and_deleted_story(self):
        # A JSON story names its picture beside it; the alt text and caption
        # arrive on the media item, and a corrected alt text too.
        self.add_account()
        desk = os.path.join(self.tmp, "desk")
        os.makedirs(desk)
        png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVQI12P4z8AAAAMBAQAY3Y2wAAAAAElFTkSuQmCC")
        with open(os.path.join(desk, "quay.png"), "wb") as f:
            f.write(png)
        headline = f"Quay reopens {os.getpid()} {time.time()}"   # the site outlives one run
        with open(os.path.join(desk, "story.json"), "w") as f:
            json.dump({"headline": headline, "body": f"Boats again.\n\n![Inline]({desk}/quay.png)\n",
                       "featured_image": {"path": "quay.png", "alt": "The quay at dawn",
                                          "caption": "Photo: Desk"}}, f)
        story = self.run_byline("new", "--from", os.path.join(desk, "story.json"), check=0).stdout.strip()
        result = self.run_json("publish", story, "--status", "publish", "--json")
        post = rest("GET", f"wp/v2/posts/{result['remote_id']}?context=edit")
        media = rest("GET", f"wp/v2/media/{post['featured_media']}?context=edit")
        self.assertEqual(media["alt_text"], "The quay at dawn")
        self.assertEqual(media["caption"]["raw"], "Photo: Desk")
        self.run_byline("edit", story, "--set", "featured_image_alt=The quay at dawn, ferries moored", check=0)
        self.assertEqual(self.run_json("publish", story, "--json")["remote_id"], result["remote_id"])
        post = rest("GET", f"wp/v2/posts/{result['remote_id']}?context=edit")
        media = rest("GET", f"wp/v2/media/{post['featured_media']}?context=edit")
        self.assertEqual(media["alt_text"], "The quay at dawn, ferries moored")

        # A publish that failed waits in the outbox; its story is deleted and
        # a new draft takes its id: retrying must not publish the draft.
        lost = self.run_byline("new", "--headline", "Lost photo", check=0).stdout.strip()
        self.run_byline("edit", lost, "--set", f"featured_image={os.path.join(desk, 'quay.png')}", check=0)
        os.rename(os.path.join(desk, "quay.png"), os.path.join(desk, "moved.png"))
        self.run_byline("publish", lost, "--status", "publish", check=1)
        self.assertEqual(self.run_json("outbox", "--json")[0]["state"], "failed")
        self.run_byline("delete", lost, check=0)
        embargoed = f"Embargoed {os.getpid()} {time.time()}"
        self.assertEqual(self.run_byline("new", "--headline", embargoed, check=0).stdout.strip(), lost)
        self.run_byline("outbox", "--retry", check=0)
        self.assertEqual(self.run_json("outbox", "--json"), [])
        shown = self.run_json("show", lost, "--json")
        self.assertEqual((shown["links"], shown["status"]), ([], "draft"))
        self.assertEqual(rest("GET", f"wp/v2/posts?search={embargoed.replace(' ', '+')}&status=publish,draft"), [])

    def test_pull_after_account_added_again(self):
        # A post written on the site (no Byline UUID), pulled once; the
        # account removed and added again: the next pull links the same
        # story, it makes no second draft, and a local edit stays.
        headline = f"Written on the site {os.getpid()} {time.time()}"   # the site outlives one run
        post = rest("POST", "wp/v2/posts", {"title": headline, "content": "<p>Site text.</p>", "status": "draft"})
        self.add_account()
        self.assertGreaterEqual(self.run_json("pull", "--json")["created"], 1)
        mine = [a for a in self.run_json("list", "--json") if a["headline"] == headline]
        self.assertEqual(len(mine), 1)
        self.run_byline("edit", str(mine[0]["id"]), "--set", "standfirst=Never published", check=0)
        count = len(self.run_json("list", "--json"))

        self.run_byline("account", "remove", self.name, check=0)
        self.assertEqual(self.run_json("show", str(mine[0]["id"]), "--json")["links"], [])
        # The URL typed with a slash this time, under another name
        self.run_byline("account", "add", URL + "/", "--user", "editor", "--name", "again", check=0)
        self.assertEqual(self.run_json("pull", "--account", "again", "--json"), {"created": 0, "updated": 0})
        self.assertEqual(len(self.run_json("list", "--json")), count)
        shown = self.run_json("show", str(mine[0]["id"]), "--json")
        self.assertEqual(shown["standfirst"], "Never published")
        self.assertEqual([(link["account"], link["remote_id"]) for link in shown["links"]], [("again", post["id"])])


if __name__ == "__main__":
    unittest.main()
