#!/usr/bin/env python3
"""The comment queue through the CLI against a real WordPress, in the
situations a real site has and the seeded comments do not: comments on a
page, a private post, a trashed or deleted post; pingbacks and trackbacks;
deep threads; 4-byte UTF-8, long and HTML comments; edits, deletions and
status changes made on the site between syncs; replies to held comments;
moderation while the site is unreachable. Each situation is made on the
site with WordPress's own PHP functions (wp-load.php), and checked there
afterwards with the same.

build-aux/check starts the site (build-aux/wordpress) and exports its env;
BYLINE_REQUIRE_WORDPRESS makes a missing site a failure, never a skip.
"""

import json
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.environ.get("BYLINE_SOURCE_ROOT", "."), "tests", "cli"))
from bylinetest import BylineTestCase  # noqa: E402

URL = os.environ.get("BYLINE_WP_URL")
DOCROOT = os.environ.get("BYLINE_WP_DOCROOT")
PASSWORD = os.environ.get("BYLINE_WP_EDITOR_PASSWORD")

PRELUDE = r"""
$u = parse_url(getenv('BYLINE_WP_URL'));
$_SERVER['HTTP_HOST'] = $u['host'] . ':' . $u['port'];
$_SERVER['REQUEST_URI'] = '/';
require getenv('BYLINE_WP_DOCROOT') . '/wp-load.php';
$t0 = time();
function reader_comment($post, $content, $extra = array()) {
    static $i = 0;
    $i++;
    $gmt = gmdate('Y-m-d H:i:s', time() - 600 + $i);
    return wp_insert_comment(array_merge(array(
        'comment_post_ID' => $post, 'comment_author' => "Situation reader $i",
        'comment_author_email' => "situation$i@example.invalid",
        'comment_author_IP' => "198.51.100.$i", 'comment_agent' => "SituationBrowser/$i",
        'comment_content' => $content, 'comment_approved' => '0',
        'comment_date_gmt' => $gmt, 'comment_date' => get_date_from_gmt($gmt),
    ), $extra));
}
"""


def php(code):
    """Runs @code inside WordPress (wp-load.php); returns its JSON output."""
    proc = subprocess.run(["php", "-r", PRELUDE + code], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ))
    if proc.returncode != 0:
        raise AssertionError(f"php failed: {proc.stdout}{proc.stderr}")
    return json.loads(proc.stdout) if proc.stdout.strip() else None


def site_comment(remote_id):
    """The comment as WordPress keeps it."""
    return php(f"""
$c = get_comment({int(remote_id)});
echo json_encode($c ? array('status' => wp_get_comment_status($c), 'approved' => $c->comment_approved,
    'content' => $c->comment_content, 'ip' => $c->comment_author_IP, 'agent' => $c->comment_agent,
    'parent' => (int) $c->comment_parent, 'user' => (int) $c->user_id, 'type' => $c->comment_type)
    : null);
""")


@unittest.skipIf(URL is None and not os.environ.get("BYLINE_REQUIRE_WORDPRESS"), "no WordPress")
class CliCommentsWordPress(BylineTestCase):
    def setUp(self):
        super().setUp()
        self.assertIsNotNone(URL, "BYLINE_WP_URL is not set: build-aux/wordpress did not start")
        self.name = URL.split("://", 1)[1]
        self.env["BYLINE_PASSWORD"] = PASSWORD
        proc = self.run_byline("account", "add", URL, "--user", "editor", check=0)
        self.assertEqual(proc.stdout.strip(), self.name)

    def sync(self):
        out = self.run_byline("comments", "sync", check=0).stdout
        self.assertIn(f"{self.name}: ", out)
        return out

    def cached(self, status="all", *args):
        return {c["remote_id"]: c for c in self.run_json("comments", "list", "--status", status, "--json", *args)}

    def test_headlines_of_pages_and_private_posts(self):
        made = php("""
$page = wp_insert_post(array('post_type' => 'page', 'post_title' => 'About the Paper', 'post_status' => 'publish'));
$private = wp_insert_post(array('post_title' => 'Private Memo', 'post_status' => 'private'));
$gone = wp_insert_post(array('post_title' => 'Gone Story', 'post_status' => 'publish'));
$ids = array('page' => reader_comment($page, 'On a page'),
             'private' => reader_comment($private, 'On a private post'),
             'orphan' => reader_comment($gone, 'On a deleted post'));
// A post deleted straight in the database (as an import or a plugin may
// do) leaves its comments behind: WordPress lists them, with no post.
global $wpdb;
$wpdb->delete($wpdb->posts, array('ID' => $gone));
echo json_encode($ids);
""")
        self.sync()
        cached = self.cached()
        self.assertEqual(cached[made["page"]]["post_headline"], "About the Paper")
        # The raw title: the rendered one says "Private: Private Memo".
        self.assertEqual(cached[made["private"]]["post_headline"], "Private Memo")
        self.assertEqual(cached[made["orphan"]]["post_headline"], "")
        self.assertEqual(cached[made["orphan"]]["status"], "hold")


if __name__ == "__main__":
    unittest.main()
