#!/usr/bin/env python3
"""byline comments sync|list|moderate|reply against a small fake WordPress
(comment endpoints only) on 127.0.0.1: output, JSON shape, offline queueing
(exit 4) and sending it with `sync`."""

import json
import os
import sqlite3
import sys
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

sys.path.insert(0, os.path.dirname(__file__))
from bylinetest import BylineTestCase  # noqa: E402

COMMENT_KEYS = {
    "id", "account", "remote_id", "post_remote_id", "post_headline", "parent",
    "author_name", "author_email", "author_url", "author_ip", "date", "status",
    "content", "spam_score", "spam_reasons",
}


class FakeWordPress(BaseHTTPRequestHandler):
    site = None

    def log_message(self, *args):
        pass

    def send_json(self, status, obj, headers=None):
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/wp-json/wp/v2/posts":
            ids = [int(i) for i in q.get("include", "").split(",") if i]
            self.send_json(200, [{"id": i, "title": {"rendered": f"Story {i}"}} for i in ids])
            return
        if url.path != "/wp-json/wp/v2/comments":
            self.send_json(404, {"code": "rest_no_route"})
            return
        status = q.get("status", "approve")
        status = "approved" if status == "approve" else status
        items = [c for c in self.site["comments"] if c["status"] == status]
        if "include" in q:
            wanted = {int(i) for i in q["include"].split(",")}
            items = [c for c in items if c["id"] in wanted]
        if "after" in q:
            items = [c for c in items if c["date_gmt"] > q["after"][:19]]
        per_page, page = int(q.get("per_page", 10)), int(q.get("page", 1))
        chunk = items[(page - 1) * per_page:page * per_page]
        if "_fields" in q and "content" not in q["_fields"]:
            chunk = [{"id": c["id"], "status": c["status"]} for c in chunk]
        pages = max(1, (len(items) + per_page - 1) // per_page)
        self.send_json(200, chunk, {"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(pages)})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.site["posts"] += 1
        if self.site["offline"]:
            self.send_json(503, {"code": "down", "message": "Maintenance"})
            return
        path = urlparse(self.path).path
        if path == "/wp-json/wp/v2/comments":
            if body["parent"] and not any(c["id"] == body["parent"] for c in self.site["comments"]):
                self.send_json(400, {"code": "rest_comment_invalid_parent",
                                     "message": "Invalid parent comment ID.", "data": {"status": 400}})
                return
            c = dict(self.site["comments"][0], id=len(self.site["comments"]) + 1,
                     parent=body["parent"], post=body["post"],
                     content={"raw": body["content"], "rendered": body["content"]},
                     author_name="Editor", status="approved", date_gmt="2030-01-01T00:00:00")
            self.site["comments"].append(c)
            self.send_json(201, c)
            return
        cid = int(path.rsplit("/", 1)[1])
        c = next((c for c in self.site["comments"] if c["id"] == cid), None)
        if c is None:
            self.send_json(404, {"code": "rest_comment_invalid_id", "message": "Invalid comment ID.",
                                 "data": {"status": 404}})
            return
        if len(body.get("content", "")) > 200:
            self.send_json(400, {"code": "comment_content_column_length",
                                 "message": "Comment field exceeds maximum length allowed.",
                                 "data": {"status": 400}})
            return
        if "status" in body:
            c["status"] = "approved" if body["status"] == "approve" else body["status"]
        if "content" in body:
            # WordPress's kses: a javascript: link loses its scheme, links
            # gain rel="nofollow ugc".
            raw = body["content"]
            if 'href="javascript:' in raw:
                raw = raw.replace('href="javascript:', 'href="').replace('">', '" rel="nofollow ugc">', 1)
            c["content"] = {"raw": raw, "rendered": raw}
        c["author_ip"] = body.get("author_ip", "127.0.0.1")
        c["author_user_agent"] = body.get("author_user_agent", "moderator")
        self.send_json(200, c)


class CliComments(BylineTestCase):
    def setUp(self):
        super().setUp()
        self.site = {"offline": False, "comments": [], "posts": 0}
        for i in range(1, 131):
            self.site["comments"].append({
                "id": i, "post": 1 + i % 2, "parent": 0,
                "author_name": f"Reader {i % 5}", "author_email": f"r{i % 5}@example.org",
                "author_url": "", "author_ip": f"192.0.2.{i}", "author_user_agent": "ReaderAgent/1",
                "date_gmt": f"2026-01-01T10:{i // 60:02d}:{i % 60:02d}", "date": "",
                "status": "spam" if i % 10 == 0 else "hold",
                "content": {"raw": "Buy casino pills now!!! http://spam.example" if i % 10 == 0
                            else f"<p>Comment {i} on the ferries</p>", "rendered": ""},
            })
        handler = type("Handler", (FakeWordPress,), {"site": self.site})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{self.server.server_port}"
        self.run_byline("list", check=0)   # creates the database
        with sqlite3.connect(self.db) as db:
            db.execute("INSERT INTO accounts (name, base_url, api_root, username) VALUES (?, ?, ?, ?)",
                       ("site", url, url + "/wp-json/", "editor"))
        self.env["BYLINE_PASSWORD"] = "abcd EFGH 1234 ijkl"

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        super().tearDown()

    def remote(self, cid):
        return next(c for c in self.site["comments"] if c["id"] == cid)

    def test_sync_list_moderate_reply(self):
        proc = self.run_byline("comments", "sync", check=0)
        self.assertEqual(proc.stdout, "site: 130 fetched, 130 new, 0 changed, 0 deleted, 0 sent, 0 failed\n")

        held = self.run_json("comments", "list", "--json")
        self.assertEqual(len(held), 117)
        self.assertTrue(COMMENT_KEYS <= set(held[0]), COMMENT_KEYS - set(held[0]))
        self.assertEqual(held[0]["status"], "hold")
        self.assertEqual(held[0]["post_headline"], f"Story {held[0]['post_remote_id']}")
        self.assertIsInstance(held[0]["spam_reasons"], list)
        self.assertEqual(len(self.run_json("comments", "list", "--status", "all", "--json")), 130)
        spam = self.run_json("comments", "list", "--status", "spam", "--json")
        self.assertEqual(len(spam), 13)
        self.assertGreaterEqual(spam[0]["spam_score"], 0.5)
        self.assertTrue(spam[0]["spam_reasons"])
        found = self.run_json("comments", "list", "--search", "ferries", "--post", "2", "--json")
        self.assertTrue(found and all(c["post_remote_id"] == 2 for c in found))

        # Moderate two: applied locally and sent, with the reader's IP kept.
        ids = [str(c["id"]) for c in held[:2]]
        self.run_byline("comments", "moderate", *ids, "approve", check=0)
        for c in held[:2]:
            self.assertEqual(self.remote(c["remote_id"])["status"], "approved")
            self.assertEqual(self.remote(c["remote_id"])["author_ip"], c["author_ip"])
            self.assertEqual(self.remote(c["remote_id"])["author_user_agent"], "ReaderAgent/1")

        # Offline: queued (exit 4), local at once; `sync` sends it first.
        self.site["offline"] = True
        proc = self.run_byline("comments", "moderate", str(held[2]["id"]), "spam", check=4)
        self.assertIn("queued", proc.stderr)
        self.assertEqual(self.remote(held[2]["remote_id"])["status"], "hold")
        mine = self.run_json("comments", "list", "--status", "spam", "--json")
        self.assertIn(held[2]["id"], [c["id"] for c in mine])
        self.site["offline"] = False
        proc = self.run_byline("comments", "sync", check=0)
        self.assertIn("1 sent", proc.stdout)
        self.assertEqual(self.remote(held[2]["remote_id"])["status"], "spam")

        # A comment in the spam or the trash is not answered (the site would
        # show the reply under nothing): exit 1, nothing queued.
        proc = self.run_byline("comments", "reply", str(held[2]["id"]), "--text", "Thanks", check=1)
        self.assertIn("marked as spam cannot be answered", proc.stderr)
        self.assertEqual(self.run_json("outbox", "--json"), [])

        # Reply from standard input ("-" alone, as "--text -" in the edit
        # below). The comment answered was held: it is
        # approved too (WordPress shows no reply under a held comment), as
        # wp-admin's Approve and Reply and the queue's reply do.
        proc = self.run_byline("comments", "reply", str(held[3]["id"]), "-",
                               stdin="Thank you, corrected.\n", check=0)
        self.assertIn("approved it too", proc.stderr)
        reply = self.site["comments"][-1]
        self.assertEqual(reply["parent"], held[3]["remote_id"])
        self.assertEqual(reply["content"]["raw"], "Thank you, corrected.")
        self.assertEqual(self.remote(held[3]["remote_id"])["status"], "approved")
        self.assertEqual(self.remote(held[3]["remote_id"])["author_ip"], held[3]["author_ip"])
        mine = self.run_json("comments", "list", "--status", "approved", "--json")
        self.assertIn(held[3]["id"], [c["id"] for c in mine])

        # Edit: the text changes locally and on the site, the reader's IP and
        # browser kept; offline it is queued and `sync` sends it.
        target = held[4]
        self.run_byline("comments", "edit", str(target["id"]), "--text", "Edited: ferry at 9", check=0)
        self.assertEqual(self.remote(target["remote_id"])["content"]["raw"], "Edited: ferry at 9")
        self.assertEqual(self.remote(target["remote_id"])["author_ip"], target["author_ip"])
        self.assertEqual(self.remote(target["remote_id"])["author_user_agent"], "ReaderAgent/1")
        self.assertEqual(self.remote(target["remote_id"])["status"], "hold")
        self.site["offline"] = True
        proc = self.run_byline("comments", "edit", str(target["id"]), "--text", "-",
                               stdin="Edited twice\n", check=4)
        self.assertIn("queued", proc.stderr)
        mine = self.run_json("comments", "list", "--search", "twice", "--json")
        self.assertEqual([c["id"] for c in mine], [target["id"]])
        self.assertEqual(mine[0]["content"], "Edited twice")
        self.site["offline"] = False
        proc = self.run_byline("comments", "sync", check=0)
        self.assertIn("1 sent", proc.stdout)
        self.assertEqual(self.remote(target["remote_id"])["content"]["raw"], "Edited twice")

        # The outbox's own retry sends comment changes too (one runner).
        self.site["offline"] = True
        self.run_byline("comments", "moderate", str(held[5]["id"]), "trash", check=4)
        self.site["offline"] = False
        self.run_byline("outbox", "--retry", check=0)
        self.assertEqual(self.remote(held[5]["remote_id"])["status"], "trash")
        self.assertEqual(self.remote(held[5]["remote_id"])["author_ip"], held[5]["author_ip"])

    def test_moderate_offline_sends_once(self):
        # `moderate` used to evaluate its send twice through GLib's MAX():
        # two POSTs and every message printed twice when the site was down.
        self.run_byline("comments", "sync", check=0)
        held = self.run_json("comments", "list", "--json")
        self.site["offline"] = True
        self.site["posts"] = 0
        proc = self.run_byline("comments", "moderate", str(held[0]["id"]), "approve", check=4)
        self.assertEqual(self.site["posts"], 1)
        self.assertEqual(proc.stderr.count("queued"), 1, proc.stderr)
        self.assertEqual(proc.stderr.count("Maintenance"), 1, proc.stderr)
        self.assertIn("queued 1 change in the outbox", proc.stderr)

    def test_moderate_unknown_action(self):
        # A mistyped action says which word was wrong, and changes nothing.
        self.run_byline("comments", "sync", check=0)
        held = self.run_json("comments", "list", "--json")
        proc = self.run_byline("comments", "moderate", str(held[0]["id"]), "aprove", check=2)
        self.assertIn("Unknown action “aprove” (use approve, hold, spam or trash)", proc.stderr)
        self.assertEqual(self.run_json("comments", "list", "--json"), held)
        proc = self.run_byline("comments", "moderate", "approve", check=2)
        self.assertIn("Usage: byline comments moderate", proc.stderr)

    def test_list_keeps_joiners(self):
        # ZWNJ is Persian spelling and ZWJ joins emoji: the plain-text
        # columns keep them (and LRM); only bidi overrides go.
        self.remote(1)["author_name"] = "\u062a\u0647\u0631\u0627\u0646\u200c\u0646\u06cc\u0648\u0632"
        self.remote(1)["content"]["raw"] = "Family \U0001F468\u200d\U0001F469\u200d\U0001F467 \u200eok\u202e!"
        self.run_byline("comments", "sync", check=0)
        out = self.run_byline("comments", "list", "--status", "all", check=0).stdout
        self.assertIn("\u062a\u0647\u0631\u0627\u0646\u200c\u0646\u06cc\u0648\u0632", out)
        self.assertIn("Family \U0001F468\u200d\U0001F469\u200d\U0001F467 \u200eok!", out)
        self.assertNotIn("\u202e", out)

    def test_list_columns_in_line(self):
        # A long author name is cut with an ellipsis: the text column
        # stays where the header puts it.
        self.remote(1)["author_name"] = "Smart Home Deals 2026 Official Store"
        self.run_byline("comments", "sync", check=0)
        out = self.run_byline("comments", "list", "--status", "all", check=0).stdout.splitlines()
        column = out[0].index("TEXT")
        row = next(line for line in out if "Smart Home" in line)
        self.assertIn("Smart Home Deals 20…", row)
        self.assertEqual(row[column:column + len("Comment 1 ")], "Comment 1 ")

    def outbox(self):
        return self.run_json("outbox", "--json")

    def test_deleted_on_site_while_queued(self):
        # A change waiting (or refused) for a comment the site deleted meanwhile
        # used to keep the comment cached and the row failing for ever.
        self.run_byline("comments", "sync", check=0)
        held = self.run_json("comments", "list", "--json")
        a, b, c = held[0], held[1], held[2]
        # b's edit is tried and refused (404) before the sync: failed, which
        # sync does not send again.
        self.site["offline"] = True
        self.run_byline("comments", "edit", str(b["id"]), "--text", "fixed", check=4)
        self.site["offline"] = False
        self.site["comments"] = [x for x in self.site["comments"] if x["id"] != b["remote_id"]]
        self.run_byline("outbox", "--retry", check=4)
        self.assertEqual([(r["state"], r["last_error"]) for r in self.outbox()],
                         [("failed", "Invalid comment ID. (rest_comment_invalid_id, HTTP 404)")])
        # a's moderation and a reply to c wait while the site is down, and
        # the site deletes a and c meanwhile.
        self.site["offline"] = True
        self.run_byline("comments", "moderate", str(a["id"]), "approve", check=4)
        self.run_byline("comments", "reply", str(c["id"]), "--text", "Thanks", check=4)
        self.site["offline"] = False
        self.site["comments"] = [x for x in self.site["comments"]
                                 if x["id"] not in (a["remote_id"], c["remote_id"])]

        proc = self.run_byline("comments", "sync", check=4)
        # a's moderation was tried and refused (404) in this sync: closed,
        # not a failure; the reply to the deleted c fails, saying why.
        self.assertEqual(proc.stdout, "site: 0 fetched, 0 new, 0 changed, 3 deleted, 0 sent, 1 failed\n")
        ids = [x["id"] for x in self.run_json("comments", "list", "--status", "all", "--json")]
        for gone in (a, b, c):
            self.assertNotIn(gone["id"], ids)
        rows = self.outbox()
        self.assertEqual([(r["kind"], r["state"]) for r in rows], [("reply", "failed")])
        for r in rows:
            self.assertEqual(r["last_error"], "The comment this answers was deleted on the site")
        proc = self.run_byline("comments", "sync", check=0)
        self.assertEqual(proc.stdout, "site: 0 fetched, 0 new, 0 changed, 0 deleted, 0 sent, 0 failed\n")
        # The failed reply will never be taken and kept --retry at exit 4:
        # the editor gives it up; an id that is not waiting is an error
        self.run_byline("outbox", "--retry", check=4)
        proc = self.run_byline("outbox", "--discard", str(rows[0]["id"]), check=0)
        self.assertIn("Discarded operation %d" % rows[0]["id"], proc.stderr)
        self.assertEqual(self.outbox(), [])
        self.run_byline("outbox", "--retry", check=0)
        proc = self.run_byline("outbox", "--discard", str(rows[0]["id"]), check=1)
        self.assertIn("No operation %d is waiting" % rows[0]["id"], proc.stderr)
        self.run_byline("outbox", "--discard", "x", check=2)
        self.run_byline("outbox", "--discard", "1", "--retry", check=2)

    def test_refused_for_good(self):
        # A change the site refuses for good is no "queued" change: exit 1
        # with the site's message, and the cache shows what the site has.
        self.run_byline("comments", "sync", check=0)
        held = self.run_json("comments", "list", "--json")
        a, b = held[0], held[1]
        proc = self.run_byline("comments", "edit", str(a["id"]), "--text", "x" * 300, check=1)
        self.assertIn("Comment field exceeds maximum length allowed.", proc.stderr)
        self.assertNotIn("sync", proc.stderr)
        mine = [c for c in self.run_json("comments", "list", "--json") if c["id"] == a["id"]]
        self.assertEqual(mine[0]["content"], a["content"])

        self.site["comments"] = [x for x in self.site["comments"] if x["id"] != b["remote_id"]]
        proc = self.run_byline("comments", "moderate", str(b["id"]), "approve", check=1)
        self.assertIn("Invalid comment ID.", proc.stderr)
        self.assertNotIn("sync", proc.stderr)
        mine = [c for c in self.run_json("comments", "list", "--json") if c["id"] == b["id"]]
        self.assertEqual(mine[0]["status"], "hold")
        self.assertEqual([r["state"] for r in self.outbox()], ["failed", "failed"])

    def test_edit_keeps_site_text(self):
        # The cache keeps what WordPress stored, not what was sent.
        self.run_byline("comments", "sync", check=0)
        target = self.run_json("comments", "list", "--json")[0]
        self.run_byline("comments", "edit", str(target["id"]), "--text",
                        '<a href="javascript:alert(1)">x</a>', check=0)
        stored = '<a href="alert(1)" rel="nofollow ugc">x</a>'
        self.assertEqual(self.remote(target["remote_id"])["content"]["raw"], stored)
        mine = [c for c in self.run_json("comments", "list", "--json") if c["id"] == target["id"]]
        self.assertEqual(mine[0]["content"], stored)

    def test_edit_scores_again(self):
        # The score and its reasons follow the text an edit leaves.
        self.run_byline("comments", "sync", check=0)
        target = self.run_json("comments", "list", "--json")[0]
        reason = "word \u201cviagra\u201d is on the suspect list"

        def mine():
            return [c for c in self.run_json("comments", "list", "--status", "all", "--json")
                    if c["id"] == target["id"]][0]

        self.assertNotIn(reason, target["spam_reasons"])
        self.run_byline("comments", "edit", str(target["id"]), "--text", "Cheap viagra here", check=0)
        self.assertIn(reason, mine()["spam_reasons"])
        self.assertGreater(mine()["spam_score"], target["spam_score"])
        self.site["offline"] = True
        self.run_byline("comments", "edit", str(target["id"]), "--text", "About the ferry", check=4)
        self.assertNotIn(reason, mine()["spam_reasons"])
        self.assertEqual(mine()["spam_score"], target["spam_score"])

    def test_json_score_rounded(self):
        # A JSON number still, but 0.4 and not 0.40000000000000002.
        self.run_byline("comments", "sync", check=0)
        with sqlite3.connect(self.db) as db:
            db.execute("UPDATE comments SET spam_score = 0.4 WHERE remote_id = 1")
            db.execute("UPDATE comments SET spam_score = 0.123456 WHERE remote_id = 2")
            db.execute("UPDATE comments SET spam_score = 0.99951 WHERE remote_id = 3")
        out = self.run_byline("comments", "list", "--status", "all", "--json", check=0).stdout
        self.assertFalse("0000000" in out, "a score printed with 17 digits")
        scores = {c["remote_id"]: c["spam_score"] for c in json.loads(out)}
        self.assertEqual((scores[1], scores[2], scores[3]), (0.4, 0.123, 1))
        self.assertTrue(all(isinstance(v, float) for v in scores.values()))
        self.assertTrue('"spam_score" : 0.4,' in out and '"spam_score" : 1.0,' in out)

    def test_errors(self):
        self.run_byline("comments", "moderate", "1", "approve", check=1)
        self.run_byline("comments", "moderate", "1", "burn", check=2)
        self.run_byline("comments", "list", "--status", "pending", check=2)
        self.run_byline("comments", "bogus", check=2)
        self.run_byline("comments", "edit", "1", "--text", "x", check=1)
        self.run_byline("comments", "edit", check=2)
        self.run_byline("comments", "sync", "--account", "nope", check=1)
        # Every subcommand taking --account says the same of an unknown one.
        for sub in ("sync", "list"):
            proc = self.run_byline("comments", sub, "--account", "nope", check=1)
            self.assertEqual(proc.stdout, "")
            self.assertIn("No account named \u201cnope\u201d", proc.stderr)


if __name__ == "__main__":
    unittest.main()
