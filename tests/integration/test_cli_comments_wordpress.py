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
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest
import uuid

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
        'comment_post_ID' => $post, 'comment_author' => "Situation guest $i",
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
    # One database for the whole class, as an editor's Byline lives on: a
    # first sync of the whole site (thousands of seeded comments) is done
    # once, each test then works on comments and posts of its own (a tag
    # in every text) through incremental syncs.
    @classmethod
    def setUpClass(cls):
        cls.shared = tempfile.mkdtemp(prefix="byline-cli-wp-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.shared, ignore_errors=True)

    def setUp(self):
        super().setUp()
        self.assertIsNotNone(URL, "BYLINE_WP_URL is not set: build-aux/wordpress did not start")
        self.name = URL.split("://", 1)[1]
        self.env["BYLINE_PASSWORD"] = PASSWORD
        self.db = os.path.join(self.shared, "test.db")
        if self.name not in [a["name"] for a in self.run_json("account", "list", "--json")]:
            proc = self.run_byline("account", "add", URL, "--user", "editor", check=0)
            self.assertEqual(proc.stdout.strip(), self.name)

    def sync(self):
        out = self.run_byline("comments", "sync", "--account", self.name, check=0).stdout
        self.assertIn(f"{self.name}: ", out)
        return out

    def cached(self, status="all", *args):
        return {c["remote_id"]: c for c in self.run_json("comments", "list", "--account", self.name, "--status", status,
                                                         "--json", *args)}

    def test_account_add_without_a_keyring(self):
        # A headless machine: no Secret Service on the session bus.
        env = dict(self.env, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus")
        env.pop("BYLINE_PASSWORD")
        db = ["--db", os.path.join(self.tmp, "nokeyring.db")]
        # A password from stdin would be lost: refused, saying what to do
        proc = self.run_byline(*db, "account", "add", URL, "--user", "editor", "--password-stdin",
                               stdin=PASSWORD + "\n", db=False, check=1, env=env)
        self.assertIn("keyring", proc.stderr)
        self.assertIn("BYLINE_PASSWORD", proc.stderr)
        self.assertNotIn(PASSWORD, proc.stderr)
        self.assertEqual(self.run_json(*db, "account", "list", "--json", db=False, env=env), [])
        # One in BYLINE_PASSWORD stays there: the account is added and syncs
        env["BYLINE_PASSWORD"] = PASSWORD
        proc = self.run_byline(*db, "account", "add", URL, "--user", "editor", db=False, check=0, env=env)
        self.assertEqual(proc.stdout.strip(), self.name)
        self.assertNotIn(PASSWORD, proc.stderr)
        self.assertEqual([a["name"] for a in self.run_json(*db, "account", "list", "--json", db=False, env=env)],
                         [self.name])

    def test_headlines_of_pages_and_private_posts(self):
        made = php("""
$page = wp_insert_post(array('post_type' => 'page', 'post_title' => 'About the Paper', 'post_status' => 'publish'));
$private = wp_insert_post(array('post_title' => 'Private Memo', 'post_status' => 'private'));
$gone = wp_insert_post(array('post_title' => 'Gone Story', 'post_status' => 'publish'));
$live = wp_insert_post(array('post_type' => 'liveblog', 'post_title' => 'Election Night &amp; After',
                             'post_status' => 'publish'));
$ids = array('page' => reader_comment($page, 'On a page'), 'live' => reader_comment($live, 'On a live blog'),
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
        # Another post type's (a live blog): found through wp/v2/search.
        self.assertEqual(cached[made["live"]]["post_headline"], "Election Night & After")
        self.assertEqual(cached[made["orphan"]]["status"], "hold")

    def test_pingbacks_and_trackbacks(self):
        # WordPress's REST API lists type=comment alone unless asked: the
        # queue asks for every type and keeps what wp-admin moderates.
        tag = uuid.uuid4().hex[:8]
        made = php(f"""
$post = wp_insert_post(array('post_title' => 'Linked Story {tag}', 'post_status' => 'publish'));
echo json_encode(array(
  'pingback' => reader_comment($post, '[...] a link to the story {tag} [...]', array('comment_type' => 'pingback',
      'comment_author' => 'Other Blog', 'comment_author_email' => '', 'comment_author_url' => 'http://blog.invalid/{tag}')),
  'trackback' => reader_comment($post, 'Trackback excerpt {tag}', array('comment_type' => 'trackback',
      'comment_author' => 'Tracker', 'comment_author_email' => '', 'comment_approved' => '1')),
  'note' => reader_comment($post, 'A plugin note {tag}', array('comment_type' => 'order_note')),
  'post' => $post));
""")
        self.sync()
        cached = self.cached()
        ping, track = cached[made["pingback"]], cached[made["trackback"]]
        self.assertEqual((ping["type"], ping["status"], ping["author_name"]), ("pingback", "hold", "Other Blog"))
        self.assertEqual((track["type"], track["status"]), ("trackback", "approved"))
        self.assertEqual(ping["post_headline"], f"Linked Story {tag}")
        self.assertNotIn(made["note"], cached)
        # Reader comments say "comment".
        self.assertEqual({c["type"] for c in cached.values()} - {"pingback", "trackback"}, {"comment"})
        # The held queue and --post show them; moderation reaches the site
        # with the original IP and user agent.
        held = [c["remote_id"] for c in self.run_json("comments", "list", "--account", self.name, "--post",
                                                      str(made["post"]), "--json")]
        self.assertEqual(held, [made["pingback"]])
        self.run_byline("comments", "moderate", str(ping["id"]), "spam", check=0)
        site = site_comment(made["pingback"])
        self.assertEqual((site["status"], site["type"]), ("spam", "pingback"))
        self.assertEqual((site["ip"], site["agent"]), (ping["author_ip"], ping["author_user_agent"]))
        # A later sync keeps them (the status pass asks for every type).
        out = self.sync()
        self.assertIn(" 0 deleted,", out)
        self.assertEqual(self.cached()[made["pingback"]]["status"], "spam")

    def test_changes_on_the_site_between_syncs(self):
        tag = uuid.uuid4().hex[:8]
        made = php(f"""
$post = wp_insert_post(array('post_title' => 'Changing {tag}', 'post_status' => 'publish'));
echo json_encode(array('post' => $post,
  'edited' => reader_comment($post, 'Frist {tag}'),
  'approved_edit' => reader_comment($post, 'Approved {tag}', array('comment_approved' => '1')),
  'deleted' => reader_comment($post, 'Deleted {tag}'),
  'status' => reader_comment($post, 'Status {tag}')));
""")
        self.sync()
        php(f"""
wp_update_comment(array('comment_ID' => {made['edited']}, 'comment_content' => 'First (typo fixed) {tag}',
                        'comment_author' => 'Renamed {tag}'));
wp_delete_comment({made['deleted']}, true);
wp_set_comment_status({made['status']}, 'spam');
// Dated an hour before the others: older than the newest comment seen.
$gmt = gmdate('Y-m-d H:i:s', time() - 3600);
echo json_encode(wp_insert_comment(array('comment_post_ID' => {made['post']}, 'comment_content' => 'Late {tag}',
    'comment_author' => 'Late', 'comment_date_gmt' => $gmt, 'comment_date' => get_date_from_gmt($gmt),
    'comment_approved' => '0')));
""")
        out = self.sync()
        self.assertRegex(out, r": 2 fetched, 1 new, 2 changed, 1 deleted, ")
        cached = self.cached("all", "--post", str(made["post"]))
        # An edit changes neither date nor status: the held comments come
        # whole in the status pass, and the cache takes the site's text.
        self.assertEqual(cached[made["edited"]]["content"], f"First (typo fixed) {tag}")
        self.assertEqual(cached[made["edited"]]["author_name"], f"Renamed {tag}")
        self.assertEqual(cached[made["edited"]]["post_headline"], f"Changing {tag}")
        self.assertEqual([c["id"] for c in self.run_json("comments", "list", "--account", self.name, "--search", "typo",
                                                         "--json") if c["remote_id"] == made["edited"]],
                         [cached[made["edited"]]["id"]])
        self.assertNotIn(made["deleted"], cached)
        self.assertEqual(cached[made["status"]]["status"], "spam")
        self.assertEqual(len([c for c in cached.values() if c["content"] == f"Late {tag}"]), 1)
        out = self.sync()
        self.assertRegex(out, r": 0 fetched, 0 new, 0 changed, 0 deleted, ")

        # An approved comment edited on the site: no sync sees it (README),
        # but an edit made in Byline to the old text is refused, never
        # written over the site's; the cache takes the site's text.
        php(f"wp_update_comment(array('comment_ID' => {made['approved_edit']}, "
            f"'comment_content' => 'Approved, fixed on the site {tag}'));")
        proc = self.run_byline("comments", "edit", str(cached[made["approved_edit"]]["id"]), "--text",
                               f"Approved, edited in Byline {tag}", check=1)
        self.assertIn("edited on the site since the last sync", proc.stderr)
        self.assertEqual(site_comment(made["approved_edit"])["content"], f"Approved, fixed on the site {tag}")
        self.assertEqual(self.cached("all", "--post", str(made["post"]))[made["approved_edit"]]["content"],
                         f"Approved, fixed on the site {tag}")
        # Edited again, from the site's text: sent, with the reader's IP.
        self.run_byline("comments", "edit", str(cached[made["approved_edit"]]["id"]), "--text",
                        f"Approved, fixed twice {tag}", check=0)
        there = site_comment(made["approved_edit"])
        self.assertEqual((there["content"], there["ip"]),
                         (f"Approved, fixed twice {tag}", cached[made["approved_edit"]]["author_ip"]))

    def test_threads_and_unusual_text(self):
        tag = uuid.uuid4().hex[:8]
        long_text = ("Ein sehr langer Leserbrief über die Fähre ✓. " * 1200) + tag
        made = php(f"""
$post = wp_insert_post(array('post_title' => 'Thread {tag}', 'post_status' => 'publish'));
$ids = array('post' => $post, 'chain' => array());
$parent = 0;
for ($k = 0; $k < 8; $k++) {{
    $parent = reader_comment($post, "Depth $k {tag}", array('comment_parent' => $parent, 'comment_approved' => '1'));
    $ids['chain'][] = $parent;
}}
$spam = reader_comment($post, 'Spam parent {tag}', array('comment_approved' => 'spam'));
$trash = reader_comment($post, 'Trash parent {tag}', array('comment_approved' => 'trash'));
$ids['to_spam'] = reader_comment($post, 'Answer to spam {tag}', array('comment_parent' => $spam));
$ids['to_trash'] = reader_comment($post, 'Answer to trash {tag}', array('comment_parent' => $trash));
$ids['spam'] = $spam;
$ids['trash'] = $trash;
$ids['emoji'] = reader_comment($post, "Great 😀🎉 𝕏 中文评论 кириллица 🇳🇴 {tag}", array('comment_author' => 'Łukasz 😀'));
$ids['long'] = reader_comment($post, '{long_text}');
$ids['html'] = reader_comment($post, '<p>Para {tag}</p><a href="http://x.invalid/">link</a> &amp; <script>alert(1)</script>');
$ids['anonymous'] = reader_comment($post, 'Nameless {tag}', array('comment_author' => '', 'comment_author_email' => '',
                                                                   'comment_author_IP' => ''));
$ids['persian'] = reader_comment($post, 'نظری دربارهٔ کشتی‌ها {tag}', array('comment_author' => 'مریم'));
echo json_encode($ids);
""")
        self.sync()
        cached = self.cached("all", "--post", str(made["post"]))
        chain = made["chain"]
        for parent, child in zip([0] + chain, chain):
            self.assertEqual(cached[child]["parent"], parent)
        self.assertEqual(cached[made["to_spam"]]["parent"], made["spam"])
        self.assertEqual(cached[made["to_trash"]]["parent"], made["trash"])
        self.assertEqual(cached[made["spam"]]["status"], "spam")
        self.assertEqual(cached[made["trash"]]["status"], "trash")
        # Text as the site keeps it, byte for byte.
        for key in ("emoji", "long", "html", "persian"):
            self.assertEqual(cached[made[key]]["content"], site_comment(made[key])["content"], key)
        self.assertEqual(cached[made["emoji"]]["author_name"], "Łukasz 😀")
        self.assertEqual(len(cached[made["long"]]["content"]), len(long_text))
        anonymous = cached[made["anonymous"]]
        self.assertEqual((anonymous["author_name"], anonymous["author_email"], anonymous["author_ip"]), ("", "", ""))
        # The table prints one line per comment, the HTML as plain text.
        table = self.run_byline("comments", "list", "--account", self.name, "--post", str(made["post"]), check=0).stdout
        self.assertEqual(len(table.splitlines()), 1 + 7)   # header + the held ones
        self.assertNotIn("<script>", table)
        # A comment without an IP address is moderated all the same (WordPress
        # refuses an empty author_ip): it keeps no one's address, not the
        # editor's.
        self.run_byline("comments", "moderate", str(anonymous["id"]), "approve", check=0)
        there = site_comment(made["anonymous"])
        self.assertEqual((there["status"], there["ip"], there["agent"]),
                         ("approved", "0.0.0.0", anonymous["author_user_agent"]))
        # Search in other scripts (the full-text index tokenises each).
        for query, key in (("кириллица", "emoji"), ("کشتی‌ها", "persian"), ("Fähre", "long"), ("评论", "emoji")):
            found = [c["remote_id"] for c in self.run_json("comments", "list", "--account", self.name, "--status", "all",
                                                           "--search", f"{query} {tag}", "--json")]
            self.assertEqual(found, [made[key]], query)
        # Every documented key, in every object.
        keys = {"id", "account", "remote_id", "post_remote_id", "post_headline", "parent", "author_name",
                "author_email", "author_url", "author_ip", "author_user_agent", "date", "status", "content",
                "spam_score", "spam_reasons", "type"}
        for c in cached.values():
            self.assertEqual(set(c), keys)
        # Replying to a reply deep in the thread, and to the answer to a
        # spam comment (held): the held one is approved too.
        proc = self.run_byline("comments", "reply", str(cached[made["to_spam"]]["id"]), "--text", "-",
                               stdin=f"Noted 👍 {tag}\n", check=0)
        self.assertIn("approved it too", proc.stderr)
        answered = site_comment(made["to_spam"])
        self.assertEqual(answered["status"], "approved")
        self.assertEqual((answered["ip"], answered["agent"]),
                         (cached[made["to_spam"]]["author_ip"], cached[made["to_spam"]]["author_user_agent"]))
        reply = php(f"""
$r = get_comments(array('parent' => {made['to_spam']}, 'status' => 'all'));
echo json_encode(array('n' => count($r), 'content' => $r[0]->comment_content, 'approved' => $r[0]->comment_approved));
""")
        self.assertEqual(reply, {"n": 1, "content": f"Noted 👍 {tag}", "approved": "1"})
        # A trashed comment is not answered: nothing reaches the site.
        proc = self.run_byline("comments", "reply", str(cached[made["trash"]]["id"]), "--text", "Hm", check=1)
        self.assertIn("in the trash cannot be answered", proc.stderr)
        self.assertEqual(php(f"echo json_encode(count(get_comments(array('parent' => {made['trash']}, "
                             f"'status' => 'all'))));"), 1)   # the reader's answer alone

    def test_moderation_while_the_site_is_unreachable(self):
        tag = uuid.uuid4().hex[:8]
        made = php(f"""
$post = wp_insert_post(array('post_title' => 'Offline {tag}', 'post_status' => 'publish'));
echo json_encode(array('a' => reader_comment($post, 'First {tag}'), 'b' => reader_comment($post, 'Second {tag}')));
""")
        self.sync()
        cached = self.cached()
        a, b = cached[made["a"]], cached[made["b"]]
        # The site goes away (its address now answers nothing).
        db = sqlite3.connect(self.db)
        root = db.execute("SELECT api_root FROM accounts WHERE name = ?", (self.name,)).fetchone()[0]
        db.execute("UPDATE accounts SET api_root = 'http://127.0.0.1:9/wp-json/' WHERE name = ?", (self.name,))
        db.commit()
        proc = self.run_byline("comments", "moderate", str(a["id"]), "approve", check=4)
        self.assertIn("queued", proc.stderr)
        self.run_byline("comments", "moderate", str(b["id"]), "trash", check=4)
        self.assertEqual(self.cached()[made["a"]]["status"], "approved")
        self.assertEqual(site_comment(made["a"])["status"], "unapproved")
        outbox = [r for r in self.run_json("outbox", "--json") if r["target"] in (a["id"], b["id"])]
        self.assertEqual(sorted(r["kind"] for r in outbox), ["moderate", "moderate"])
        db.execute("UPDATE accounts SET api_root = ? WHERE name = ?", (root, self.name))
        db.commit()
        db.close()
        out = self.sync()
        self.assertRegex(out, r" 2 sent, 0 failed")
        self.assertEqual(site_comment(made["a"])["status"], "approved")
        self.assertEqual(site_comment(made["b"])["status"], "trash")
        self.assertEqual((site_comment(made["a"])["ip"], site_comment(made["a"])["agent"]),
                         (a["author_ip"], a["author_user_agent"]))
        cached = self.cached()
        self.assertEqual((cached[made["a"]]["status"], cached[made["b"]]["status"]), ("approved", "trash"))
        self.assertEqual([r for r in self.run_json("outbox", "--json") if r["target"] in (a["id"], b["id"])], [])

    def test_second_account(self):
        # Two accounts in one Byline (here the same site twice, as a second
        # newsroom site would be): each keeps its own copy and ids.
        tag = uuid.uuid4().hex[:8]
        made = php(f"""
$post = wp_insert_post(array('post_title' => 'Both {tag}', 'post_status' => 'publish'));
echo json_encode(array('c' => reader_comment($post, 'Seen twice {tag}')));
""")
        self.run_byline("account", "add", URL, "--user", "editor", "--name", "second", check=0)
        out = self.run_byline("comments", "sync", check=0).stdout
        self.assertIn(f"{self.name}: ", out)
        self.assertIn("second: ", out)
        found = self.run_json("comments", "list", "--search", tag, "--json")
        self.assertEqual(sorted(c["account"] for c in found), sorted([self.name, "second"]))
        self.assertEqual(len({c["id"] for c in found}), 2)
        mine = self.run_json("comments", "list", "--account", "second", "--search", tag, "--json")
        self.assertEqual([c["remote_id"] for c in mine], [made["c"]])
        other = [c for c in found if c["account"] == "second"][0]
        self.run_byline("comments", "moderate", str(other["id"]), "approve", check=0)
        self.assertEqual(site_comment(made["c"])["status"], "approved")
        # The first account learns it from the site.
        out = self.run_byline("comments", "sync", "--account", self.name, check=0).stdout
        self.assertRegex(out, r": 0 fetched, 0 new, 1 changed, ")


    def test_post_in_the_trash(self):
        # WordPress hides the comments of a trashed post (comment_approved
        # 'post-trashed', in no status list): they leave the cache, and come
        # back with their old status when the post is restored.
        tag = uuid.uuid4().hex[:8]
        made = php(f"""
$post = wp_insert_post(array('post_title' => 'Binned {tag}', 'post_status' => 'publish'));
echo json_encode(array('post' => $post, 'held' => reader_comment($post, 'Held {tag}'),
    'approved' => reader_comment($post, 'Approved {tag}', array('comment_approved' => '1'))));
""")
        self.sync()
        self.assertEqual(len(self.cached("all", "--post", str(made["post"]))), 2)
        php(f"wp_trash_post({made['post']});")
        self.assertRegex(self.sync(), r" 2 deleted, ")
        self.assertEqual(self.cached("all", "--post", str(made["post"])), {})
        php(f"wp_untrash_post({made['post']});")
        self.assertRegex(self.sync(), r": 2 fetched, 2 new, ")
        back = self.cached("all", "--post", str(made["post"]))
        self.assertEqual((back[made["held"]]["status"], back[made["approved"]]["status"]), ("hold", "approved"))
        self.assertEqual(back[made["held"]]["post_headline"], f"Binned {tag}")

    def test_author_account_cannot_moderate(self):
        # An Author may publish but not moderate: the sync says so, in words
        # an editor can act on, beside WordPress's own message.
        env = dict(self.env, BYLINE_PASSWORD=os.environ["BYLINE_WP_AUTHOR_PASSWORD"])
        self.run_byline("account", "add", URL, "--user", "author", "--name", "writer", env=env, check=0)
        proc = self.run_byline("comments", "sync", "--account", "writer", env=env, check=1)
        self.assertIn("writer: This account's user may not moderate the site's comments", proc.stderr)
        self.assertIn("HTTP 403", proc.stderr)
        self.run_byline("account", "remove", "writer", check=0)


if __name__ == "__main__":
    unittest.main()
