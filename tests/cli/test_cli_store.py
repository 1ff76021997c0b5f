#!/usr/bin/env python3
"""The store commands: new, list, show, edit, search, history, diff, restore,
delete — output, JSON shapes, errors and exit statuses."""

import json
import re
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from bylinetest import BylineTestCase  # noqa: E402

ARTICLE_KEYS = {
    "id", "uuid", "headline", "standfirst", "body", "bylines", "dateline", "date",
    "time_zone", "section", "tags", "excerpt", "slug", "language", "direction",
    "status", "note", "featured_image", "word_count", "created", "modified", "links",
}


class CliStore(BylineTestCase):
    def new(self, *args, **kwargs):
        proc = self.run_byline("new", *args, check=0, **kwargs)
        self.assertRegex(proc.stdout, r"^\d+\n$")
        return int(proc.stdout)

    def test_new_with_options_and_show_json(self):
        id_ = self.new("--headline", "Ferries return", "--standfirst", "Six boats",
                       "--byline", "Lena Okafor", "--byline", "Dmitri Volkov",
                       "--dateline", "PORTVALE", "--date", "2022-01-19T17:34:00",
                       "--time-zone", "Asia/Tehran", "--section", "City",
                       "--tag", "ferries", "--tag", "transport", "--excerpt", "Short",
                       "--slug", "ferries-return", "--language", "fa",
                       "--status", "in-review", "--note", "check figures")
        obj = self.run_json("show", str(id_), "--json")
        self.assertTrue(ARTICLE_KEYS <= set(obj), ARTICLE_KEYS - set(obj))
        self.assertEqual(obj["id"], id_)
        self.assertEqual(obj["headline"], "Ferries return")
        self.assertEqual(obj["standfirst"], "Six boats")
        self.assertEqual(obj["bylines"], ["Lena Okafor", "Dmitri Volkov"])
        self.assertEqual(obj["dateline"], "PORTVALE")
        self.assertEqual(obj["date"], "2022-01-19T17:34:00+03:30")
        self.assertEqual(obj["time_zone"], "Asia/Tehran")
        self.assertEqual(obj["section"], "City")
        self.assertEqual(obj["tags"], ["ferries", "transport"])
        self.assertEqual(obj["excerpt"], "Short")
        self.assertEqual(obj["slug"], "ferries-return")
        self.assertEqual(obj["language"], "fa")
        self.assertEqual(obj["direction"], "rtl")
        self.assertEqual(obj["status"], "in-review")
        self.assertEqual(obj["note"], "check figures")
        self.assertEqual(obj["links"], [])
        self.assertEqual(obj["body"], "")
        self.assertTrue(obj["created"])
        self.assertTrue(obj["modified"])

    def test_new_from_markdown_stdin(self):
        text = "# Tehran buses\n\nFirst paragraph.\n\n## Sub\n\n> A quote\n"
        id_ = self.new("--from", "-", "--section", "World", stdin=text)
        obj = self.run_json("show", str(id_), "--json")
        self.assertEqual(obj["headline"], "Tehran buses")
        self.assertEqual(obj["body"], "First paragraph.\n\n## Sub\n\n> A quote")
        self.assertEqual(obj["section"], "World")
        md = self.run_byline("show", str(id_), "--markdown", check=0).stdout
        self.assertTrue(md.startswith("# Tehran buses\n"))
        self.assertIn("> A quote", md)

    def test_new_from_json_file_roundtrip(self):
        id_ = self.new("--headline", "Original", "--byline", "A", "--tag", "t")
        self.run_byline("edit", str(id_), "--set", "body=Body text here", check=0)
        shown = self.run_byline("show", str(id_), "--json", check=0).stdout
        path = os.path.join(self.tmp, "story.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(shown)
        copy_id = self.new("--from", path)
        self.assertNotEqual(copy_id, id_)
        a = self.run_json("show", str(id_), "--json")
        b = self.run_json("show", str(copy_id), "--json")
        for key in ("headline", "body", "bylines", "tags", "language"):
            self.assertEqual(a[key], b[key])

    def test_new_rejects_bad_values(self):
        proc = self.run_byline("new", "--status", "lost", check=2)
        self.assertIn("lost", proc.stderr)
        proc = self.run_byline("new", "--time-zone", "Mars/Olympus", check=2)
        self.assertIn("Mars/Olympus", proc.stderr)
        proc = self.run_byline("new", "--date", "yesterday", check=2)
        self.assertIn("yesterday", proc.stderr)
        proc = self.run_byline("new", "--from", os.path.join(self.tmp, "missing.md"), check=1)
        self.assertIn("missing.md", proc.stderr)

    def test_new_from_bytes_that_are_not_text(self):
        # Invalid UTF-8 or a NUL byte is refused (nothing stored); a BOM is not text
        for name, data, says in (("bad.md", b"# Bad \xff head\n\nbody\n", "is not UTF-8 text"),
                                 ("nul.md", b"# Nul\n\nbefore\0after\n", "is not text (it holds NUL bytes)")):
            path = os.path.join(self.tmp, name)
            with open(path, "wb") as f:
                f.write(data)
            proc = self.run_byline("new", "--from", path, check=1)
            self.assertIn(name + "\u201d " + says, proc.stderr)
        proc = self.run_byline("new", "--from", "-", stdin="# Nul\n\nbefore\0after\n", check=1)
        self.assertIn("The standard input is not text (it holds NUL bytes)", proc.stderr)
        self.assertEqual(self.run_json("list", "--json"), [])
        path = os.path.join(self.tmp, "bom.md")
        with open(path, "wb") as f:
            f.write("\ufeff# BOM heading\r\n\r\nbody\r\n".encode())
        obj = self.run_json("show", str(self.new("--from", path)), "--json")
        self.assertEqual(obj["headline"], "BOM heading")
        self.assertNotIn("\ufeff", obj["body"])

    def test_new_from_json_with_wrong_types(self):
        # A field of the wrong type or an unknown zone is refused, not dropped
        for bad, word in (('{"headline": 5}', "headline"), ('{"headline": "H", "bylines": "Lena"}', "bylines"),
                          ('{"headline": "H", "tags": [1, 2]}', "tags"),
                          ('{"headline": "H", "time_zone": "Mars/X"}', "Mars/X")):
            proc = self.run_byline("new", "--from", "-", stdin=bad, check=1)
            self.assertIn(word, proc.stderr)
        self.assertEqual(self.run_json("list", "--json"), [])

    def test_empty_db_path_is_refused(self):
        # "--db=$UNSET" must not fall back to the user's own drafts
        proc = self.run_byline("--db=", "list", db=False, check=2)
        self.assertIn("--db", proc.stderr)

    def test_edit_zone_then_date_in_any_order(self):
        id_ = str(self.new("--headline", "Zones", "--time-zone", "Asia/Tehran"))
        self.run_byline("edit", id_, "--set", "date=2025-03-21 08:00", "--set", "time_zone=Europe/Moscow", check=0)
        self.assertEqual(self.run_json("show", id_, "--json")["date"], "2025-03-21T08:00:00+03:00")

    def test_language_in_locale_form_sets_direction(self):
        id_ = str(self.new("--headline", "Arabic"))
        self.run_byline("edit", id_, "--set", "language=ar_SA", check=0)
        self.assertEqual(self.run_json("show", id_, "--json")["direction"], "rtl")

    def test_date_as_people_type_it(self):
        # Without seconds, with a space for the T, with an offset
        for typed, expected in (("2025-03-21T08:00", "2025-03-21T08:00:00+03:30"),
                                ("2025-03-21 08:00", "2025-03-21T08:00:00+03:30"),
                                ("2025-03-21T08:00+01:00", "2025-03-21T10:30:00+03:30")):
            id_ = self.new("--headline", "Dated", "--time-zone", "Asia/Tehran", "--date", typed)
            self.assertEqual(self.run_json("show", str(id_), "--json")["date"], expected, typed)
        self.run_byline("new", "--date", "2025-03-21T8", check=2)

    def test_list_human_and_json(self):
        a = self.new("--headline", "Banana", "--section", "City")
        self.run_byline("edit", str(a), "--set", "body=Five words in the body.", check=0)
        b = self.new("--headline", "apple", "--section", "World", "--status", "ready")
        proc = self.run_byline("list", check=0)
        lines = proc.stdout.splitlines()
        self.assertEqual(lines[0].split(), ["ID", "STATUS", "MODIFIED", "SECTION", "HEADLINE"])
        self.assertEqual(len(lines), 3)
        # Newest first, columns aligned.
        self.assertTrue(lines[1].rstrip().endswith("apple"))
        self.assertEqual(lines[0].index("HEADLINE"), lines[1].index("apple"))

        arr = self.run_json("list", "--json")
        self.assertEqual([o["id"] for o in arr], [b, a])
        for o in arr:
            self.assertNotIn("body", o)
            self.assertTrue(ARTICLE_KEYS - {"body"} <= set(o))
            # the body's length all the same, as show --json counts it
            self.assertEqual(o["word_count"], self.run_json("show", str(o["id"]), "--json")["word_count"])
        self.assertEqual([o["word_count"] for o in arr], [0, 5])

        self.assertEqual([o["id"] for o in self.run_json("list", "--json", "--sort", "headline")], [b, a])
        self.assertEqual([o["id"] for o in self.run_json("list", "--json", "--sort", "created")], [b, a])
        self.assertEqual([o["id"] for o in self.run_json("list", "--json", "--status", "ready")], [b])
        self.assertEqual([o["id"] for o in self.run_json("list", "--json", "--section", "City")], [a])
        self.assertEqual(len(self.run_json("list", "--json", "--limit", "1")), 1)
        self.run_byline("list", "--sort", "random", check=2)
        self.run_byline("list", "--status", "lost", check=2)

    def test_list_empty(self):
        self.assertEqual(self.run_json("list", "--json"), [])

    def test_edit_fields(self):
        id_ = self.new("--headline", "Old")
        self.run_byline("edit", str(id_),
                        "--set", "headline=New headline",
                        "--set", "bylines=Lena Okafor, Sara Ahmadi",
                        "--set", "tags=a,b,,c",
                        "--set", "time_zone=Europe/Moscow",
                        "--set", "date=2023-03-03T09:15:00",
                        "--set", "language=ru",
                        "--set", "direction=rtl",
                        "--set", "status=ready",
                        "--set", "body=Text with = sign",
                        check=0)
        obj = self.run_json("show", str(id_), "--json")
        self.assertEqual(obj["headline"], "New headline")
        self.assertEqual(obj["bylines"], ["Lena Okafor", "Sara Ahmadi"])
        self.assertEqual(obj["tags"], ["a", "b", "c"])
        self.assertEqual(obj["date"], "2023-03-03T09:15:00+03:00")
        self.assertEqual(obj["language"], "ru")
        self.assertEqual(obj["direction"], "rtl")
        self.assertEqual(obj["status"], "ready")
        self.assertEqual(obj["body"], "Text with = sign")

    def test_featured_image_paths(self):
        # A JSON story names its picture beside it: found there, whatever
        # folder `new` (and later `publish`) runs in.
        folder = os.path.join(self.tmp, "desk")
        os.makedirs(folder)
        with open(os.path.join(folder, "quay.png"), "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n")
        with open(os.path.join(folder, "story.json"), "w") as f:
            json.dump({"headline": "Quay", "featured_image": {"path": "quay.png", "alt": "The quay"}}, f)
        id_ = int(self.run_byline("new", "--from", os.path.join(folder, "story.json"), check=0).stdout)
        image = self.run_json("show", str(id_), "--json")["featured_image"]
        self.assertEqual(image["path"], os.path.join(folder, "quay.png"))
        self.assertEqual(image["alt"], "The quay")

        # edit sets the picture (relative to the current folder), its alt
        # text and caption; a file that is not there is refused, nothing saved.
        other = self.new("--headline", "Ferry")
        self.run_byline("edit", str(other), "--set", "featured_image=quay.png",
                        "--set", "featured_image_alt=Boats at the quay",
                        "--set", "featured_image_caption=Photo: Desk", check=0, cwd=folder)
        image = self.run_json("show", str(other), "--json")["featured_image"]
        self.assertEqual(image, {"path": os.path.join(folder, "quay.png"), "media_id": 0,
                                 "alt": "Boats at the quay", "caption": "Photo: Desk"})
        self.assertIn("image alt:  Boats at the quay", self.run_byline("show", str(other), check=0).stdout)
        proc = self.run_byline("edit", str(other), "--set", "featured_image=missing.png",
                               "--set", "headline=Lost", check=2, cwd=folder)
        self.assertIn("missing.png", proc.stderr)
        self.assertEqual(self.run_json("show", str(other), "--json")["headline"], "Ferry")
        self.run_byline("edit", str(other), "--set", "featured_image=", check=0)
        self.assertEqual(self.run_json("show", str(other), "--json")["featured_image"]["path"], "")

    def test_body_images_beside_story(self):
        # A story's pictures named beside its file are copied into the
        # images folder (publishing looked for "quay.png" there and failed),
        # whatever folder `new` runs in; other names stay as written.
        folder = os.path.join(self.tmp, "desk2")
        os.makedirs(folder)
        with open(os.path.join(folder, "quay.png"), "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\nquay")
        body = "![The quay](quay.png \"North Quay\")\n\n![Gone](gone.png)\n"
        with open(os.path.join(folder, "story.json"), "w") as f:
            json.dump({"headline": "Quay", "body": body}, f)
        with open(os.path.join(folder, "story.md"), "w") as f:
            f.write("# Quay\n\n" + body)
        for name in ("story.json", "story.md"):
            id_ = int(self.run_byline("new", "--from", os.path.join(folder, name), check=0).stdout)
            shown = self.run_json("show", str(id_), "--json")["body"]
            m = re.match(r'!\[The quay\]\(byline-image:([0-9a-f]{64}\.png) "North Quay"\)\n\n!\[Gone\]\(gone.png\)', shown)
            self.assertIsNotNone(m, shown)
            stored = os.path.join(self.env["XDG_DATA_HOME"], "byline", "images", m.group(1))
            with open(stored, "rb") as f:
                self.assertEqual(f.read(), b"\x89PNG\r\n\x1a\nquay")
        # edit --set body: relative to the current folder
        self.run_byline("edit", str(id_), "--set", "body=Now ![The quay](quay.png)", check=0, cwd=folder)
        self.assertEqual(self.run_json("show", str(id_), "--json")["body"],
                         "Now ![The quay](byline-image:%s)" % m.group(1))

    def test_edit_errors(self):
        id_ = self.new("--headline", "Keep me")
        proc = self.run_byline("edit", str(id_), "--set", "colour=red", check=2)
        self.assertIn("colour", proc.stderr)
        self.run_byline("edit", str(id_), "--set", "headline", check=2)
        self.run_byline("edit", str(id_), check=2)
        self.run_byline("edit", str(id_), "--set", "status=lost", check=2)
        # Nothing was changed by the failed edits.
        self.assertEqual(self.run_json("show", str(id_), "--json")["headline"], "Keep me")
        proc = self.run_byline("edit", "999", "--set", "headline=x", check=1)
        self.assertEqual(proc.stderr.strip(), "byline: No article with id 999")

    def test_unknown_id_everywhere(self):
        for args in (("show", "42"), ("history", "42"), ("delete", "42"),
                     ("diff", "42", "1", "2"), ("restore", "42", "1")):
            proc = self.run_byline(*args, check=1)
            self.assertEqual(proc.stdout, "")
            self.assertIn("42", proc.stderr)
        proc = self.run_byline("show", "42", check=1)
        self.assertEqual(proc.stderr.strip(), "byline: No article with id 42")

    def test_bad_id_is_usage_error(self):
        for args in (("show", "abc"), ("show", "0"), ("show", "-1"), ("delete",),
                     ("show",), ("diff", "1", "2"), ("restore", "1", "x")):
            self.run_byline(*args, check=2)

    def test_search(self):
        a = self.new("--headline", "Harbour ferries return", "--byline", "Lena Okafor")
        self.run_byline("edit", str(a), "--set", "body=The council discussed the harbour.", check=0)
        b = self.new("--headline", "اتوبوس‌های برقی تهران")
        c = self.new("--headline", "Паромы возвращаются")
        hits = self.run_json("search", "harbour", "--json")
        self.assertEqual([h["id"] for h in hits], [a])
        self.assertEqual(set(hits[0]), {"id", "headline", "snippet", "rank"})
        self.assertIn("[", hits[0]["snippet"])
        self.assertEqual([h["id"] for h in self.run_json("search", "اتوبوس‌های", "--json")], [b])
        self.assertEqual([h["id"] for h in self.run_json("search", "паромы", "--json")], [c])
        self.assertEqual([h["id"] for h in self.run_json("search", "harb*", "--json")], [a])
        self.assertEqual([h["id"] for h in self.run_json("search", "okafor", "--json")], [a])
        for hostile in ('"', "NEAR(", "*", ")", "AND OR", "headline:x", "-"):
            self.assertEqual(self.run_json("search", hostile, "--json"), [], hostile)
        human = self.run_byline("search", "harbour", check=0).stdout.splitlines()
        self.assertEqual(human[0].split()[0], str(a))
        self.assertIn("[harbour]", human[1].lower())
        self.run_byline("search", check=2)
        self.run_byline("search", "x", "--limit", "0", check=2)
        # A word with a "-" in front is query text, not an unknown option
        self.assertEqual([h["id"] for h in self.run_json("search", "harbour", "-council", "--json")], [a])
        self.run_byline("search", "--bogus", "x", check=2)

    def test_history_diff_restore(self):
        id_ = self.new("--headline", "Ferries")
        self.run_byline("edit", str(id_), "--set", "body=The ferries return on Monday.", check=0)
        self.run_byline("edit", str(id_), "--set", "body=The ferries return on Tuesday.", check=0)
        hist = self.run_json("history", str(id_), "--json")
        self.assertEqual(len(hist), 3)
        self.assertEqual(set(hist[0]),
                         {"revision", "article", "kind", "created", "content_hash", "size", "headline"})
        self.assertEqual(hist[0]["kind"], "explicit")
        newest, middle = hist[0]["revision"], hist[1]["revision"]
        human = self.run_byline("history", str(id_), check=0).stdout.splitlines()
        self.assertEqual(human[0].split(), ["REV", "CREATED", "KIND", "SIZE", "HEADLINE"])
        self.assertEqual(len(human), 4)

        proc = self.run_byline("diff", str(id_), str(middle), str(newest), check=0)
        self.assertIn("[-Monday-]{+Tuesday+}", proc.stdout)
        self.assertEqual(proc.stderr, "")
        # the same text in both: the story, and a note that nothing changed
        proc = self.run_byline("diff", str(id_), str(newest), str(newest), check=0)
        self.assertTrue(proc.stdout.startswith("Ferries\n"))
        self.assertIn("The ferries return on Tuesday.", proc.stdout)
        self.assertNotIn("{+", proc.stdout)
        self.assertIn("are the same in both revisions", proc.stderr)
        self.run_byline("diff", str(id_), str(middle), "9999", check=1)
        proc = self.run_byline("diff", "99999", "1", "2", check=1)
        self.assertIn("No article with id 99999", proc.stderr)

        proc = self.run_byline("restore", str(id_), str(middle), check=0)
        self.assertIn(str(middle), proc.stdout)
        self.assertEqual(self.run_json("show", str(id_), "--json")["body"], "The ferries return on Monday.")
        hist = self.run_json("history", str(id_), "--json")
        self.assertEqual(len(hist), 4)
        self.assertEqual(hist[0]["kind"], "restore")

    def test_delete(self):
        id_ = self.new("--headline", "Gone soon")
        self.run_byline("delete", str(id_), check=0)
        self.run_byline("show", str(id_), check=1)
        self.assertEqual(self.run_json("list", "--json"), [])
        self.run_byline("delete", str(id_), check=1)

    def test_examples_roundtrip(self):
        examples = os.environ.get("BYLINE_EXAMPLES")
        if not examples:
            self.fail("BYLINE_EXAMPLES is not set")
        for name in ("harbour-ferries.txt", "tehran-buses-fa.txt"):
            with open(os.path.join(examples, name), encoding="utf-8") as f:
                text = f.read()
            id_ = self.new("--headline", name, "--from", "-", stdin=text)
            obj = self.run_json("show", str(id_), "--json")
            self.assertEqual(obj["body"], text.strip())
            self.assertEqual(obj["headline"], name)

    def test_not_a_database(self):
        with open(self.db, "w", encoding="utf-8") as f:
            f.write("not a database\n")
        proc = self.run_byline("list", check=1)
        self.assertIn("not", proc.stderr)
        with open(self.db, encoding="utf-8") as f:
            self.assertEqual(f.read(), "not a database\n")

    def test_help_lists_store_commands(self):
        out = self.run_byline("help", check=0).stdout
        for name in ("new", "list", "show", "edit", "search", "history", "diff", "restore", "delete"):
            self.assertRegex(out, rf"\n  {name} ")


if __name__ == "__main__":
    unittest.main(verbosity=2)
