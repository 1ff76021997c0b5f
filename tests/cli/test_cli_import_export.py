#!/usr/bin/env python3
"""`byline import` (wire copy into a draft) and `byline export` (Markdown,
HTML, JSON): every field of both examples, junk and empty input."""

import json
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
from bylinetest import BylineTestCase  # noqa: E402

EXAMPLES = os.environ.get("BYLINE_EXAMPLES", "")


def example(name):
    return os.path.join(EXAMPLES, name)


class CliImportExport(BylineTestCase):
    def test_import_english_example_prints_id(self):
        proc = self.run_byline("import", example("harbour-ferries.txt"),
                               "--time-zone", "Europe/London", check=0)
        self.assertRegex(proc.stdout, r"^\d+\n$")
        obj = self.run_json("show", proc.stdout.strip(), "--json")
        self.assertEqual(obj["id"], int(proc.stdout))
        self.check_english(obj, "Europe/London", "2023-03-03T09:15:00+00:00")

    def check_english(self, obj, zone, date):
        self.assertEqual(obj["headline"],
                         "Harbour city expands electric ferry fleet as ridership climbs")
        self.assertEqual(obj["bylines"], ["Lena Okafor"])
        self.assertEqual(obj["dateline"], "PORTVALE")
        self.assertEqual(obj["date"], date)
        self.assertEqual(obj["time_zone"], zone)
        self.assertTrue(obj["standfirst"].startswith("The municipal transit authority will add six"))
        self.assertNotIn("PORTVALE –", obj["standfirst"])
        body = obj["body"]
        self.assertIn("\n## Charging at the quay\n", body)
        self.assertIn("\n## What riders can expect\n", body)
        self.assertIn("“We will run the new boats alongside the old ones", body)
        self.assertIn("96 million", body)
        # The site's comment form is not part of the story
        self.assertNotIn("Leave a Comment", body)
        self.assertNotIn("captcha", body.lower())
        self.assertEqual(obj["language"], "en")
        self.assertEqual(obj["direction"], "ltr")
        self.assertEqual(obj["status"], "draft")
        self.assertEqual(obj["section"], "")
        self.assertEqual(obj["tags"], [])
        self.assertEqual(obj["links"], [])
        self.assertGreater(obj["word_count"], 200)
        self.assertTrue(obj["uuid"])
        self.assertTrue(obj["created"])

    def test_import_english_json(self):
        obj = self.run_json("import", example("harbour-ferries.txt"), "--json",
                            "--time-zone", "America/New_York")
        self.check_english(obj, "America/New_York", "2023-03-03T09:15:00-05:00")
        # --json prints exactly what `show --json` prints
        shown = self.run_json("show", str(obj["id"]), "--json")
        self.assertEqual(obj, shown)

    def test_import_persian_example(self):
        obj = self.run_json("import", example("tehran-buses-fa.txt"), "--json")
        self.assertEqual(obj["headline"], "گسترش ناوگان اتوبوس‌های برقی در پایتخت")
        self.assertEqual(obj["bylines"], ["مریم احمدی"])
        self.assertEqual(obj["dateline"], "تهران")
        # Solar Hijri date with Persian digits, in the story's zone
        self.assertEqual(obj["date"], "2023-03-03T10:20:00+03:30")
        self.assertEqual(obj["time_zone"], "Asia/Tehran")
        self.assertTrue(obj["standfirst"].startswith("شرکت واحد اتوبوسرانی اعلام کرد"))
        self.assertIn("## ایستگاه‌های شارژ", obj["body"])
        self.assertIn("«هدف ما حمل و نقل پاک‌تر و آرام‌تر برای شهروندان است.»", obj["body"])
        self.assertIn("۲۰۰", obj["body"])
        self.assertEqual(obj["language"], "fa")
        self.assertEqual(obj["direction"], "rtl")
        self.assertEqual(obj["status"], "draft")

    def test_import_stdin_junk_loses_nothing(self):
        junk = "zzz qqq 123 ### ((( \n!!! <script>alert(1)</script> ~~~ ^^^"
        obj = self.run_json("import", "-", "--json", stdin=junk)
        # The body is Markdown: characters that would be markup are escaped
        everything = re.sub(r"\\(.)", r"\1", " ".join([obj["headline"], obj["standfirst"], obj["body"]]))
        for word in ["zzz", "qqq", "123", "<script>alert(1)</script>", "~~~", "^^^", "!!!"]:
            self.assertIn(word, everything)

    def test_import_gmt_follows_time_zone(self):
        story = ("Rail strike called off\n\nBy Tom Hale\n\nSat 28 Nov 2026 10.42 GMT\n\n"
                 "The strike was called off.\n")
        # --time-zone given: the same instant, told in that zone
        obj = self.run_json("import", "-", "--json", "--time-zone", "Asia/Tehran", stdin=story)
        self.assertEqual(obj["date"], "2026-11-28T14:12:00+03:30")
        self.assertEqual(obj["time_zone"], "Asia/Tehran")
        # without it, the stamp stays in UTC (whatever the local zone)
        proc = self.run_byline("import", "-", "--json", stdin=story, env=dict(self.env, TZ="Asia/Tokyo"),
                               check=0)
        obj = json.loads(proc.stdout)
        self.assertEqual(obj["date"], "2026-11-28T10:42:00+00:00")
        self.assertEqual(obj["time_zone"], "UTC")

    def test_import_empty_is_an_error(self):
        for text in ["", "   \n\n  \t\n"]:
            proc = self.run_byline("import", "-", stdin=text, check=1)
            self.assertEqual(proc.stdout, "")
            self.assertIn("byline:", proc.stderr)
        # Nothing was saved
        self.assertEqual(self.run_json("list", "--json"), [])

    def test_import_not_text(self):
        # A NUL byte (a binary file, or a damaged copy) would cut the story
        # short: refused, as bytes that are not UTF-8 are, and nothing saved
        cases = (("nul.txt", b"Headline\n\nBody \0 and the rest of the story.\n", "is not text (it holds NUL bytes)"),
                 ("elf.bin", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", "is not text (it holds NUL bytes)"),
                 ("latin1.txt", "Caf\u00e9 closes\n\nThe caf\u00e9 shut on Monday.\n".encode("latin-1"),
                  "is not UTF-8 text"))
        for name, data, says in cases:
            path = os.path.join(self.tmp, name)
            with open(path, "wb") as f:
                f.write(data)
            proc = self.run_byline("import", path, check=1)
            self.assertEqual(proc.stdout, "")
            self.assertIn(name + "\u201d " + says, proc.stderr)
        proc = self.run_byline("import", "-", stdin="Headline\n\nBody \0 and the rest.\n", check=1)
        self.assertIn("The standard input is not text (it holds NUL bytes)", proc.stderr)
        self.assertEqual(self.run_json("list", "--json"), [])

    def test_import_errors(self):
        self.run_byline("import", check=2)
        self.run_byline("import", example("harbour-ferries.txt"), "--time-zone", "Mars/Olympus", check=2)
        proc = self.run_byline("import", os.path.join(self.tmp, "missing.txt"), check=1)
        self.assertIn("missing.txt", proc.stderr)

    def imported(self):
        return self.run_byline("import", example("harbour-ferries.txt"), check=0).stdout.strip()

    def test_export_markdown(self):
        id_ = self.imported()
        proc = self.run_byline("export", id_, "--format", "markdown", check=0)
        text = proc.stdout
        self.assertTrue(text.startswith("# Harbour city expands electric ferry fleet"))
        self.assertIn("\nLena Okafor\n", text)
        self.assertIn("PORTVALE — 2023-03-03 09:15", text)
        self.assertIn("\n## Charging at the quay\n", text)
        # The lede the import copied into the standfirst is printed once
        standfirst = self.run_json("show", id_, "--json")["standfirst"]
        self.assertTrue(standfirst)
        self.assertEqual(text.count(standfirst[:60]), 1)

    def test_show_markdown_lede_once(self):
        # show --markdown, like export, prints the lede the import copied
        # into the standfirst once (it printed it twice, standfirst and body)
        id_ = self.imported()
        text = self.run_byline("show", id_, "--markdown", check=0).stdout
        standfirst = self.run_json("show", id_, "--json")["standfirst"]
        self.assertTrue(text.startswith("# Harbour city expands electric ferry fleet"))
        self.assertIn("\nLena Okafor\n", text)
        self.assertEqual(text.count(standfirst[:60]), 1)
        # A standfirst of its own is still printed
        self.run_byline("edit", id_, "--set", "standfirst=Six battery ferries by next summer", check=0)
        text = self.run_byline("show", id_, "--markdown", check=0).stdout
        self.assertIn("\nSix battery ferries by next summer\n", text)

    def test_export_html_to_file(self):
        id_ = self.run_byline("new", "--headline", "A <script>alert(1)</script> test",
                              "--from", "-", stdin="# X\n\n> quoted words\n\n## Sub\n\nBody <script>x()</script>\n",
                              check=0).stdout.strip()
        out = os.path.join(self.tmp, "story.html")
        proc = self.run_byline("export", id_, "--format", "html", "--output", out, check=0)
        self.assertEqual(proc.stdout, "")
        with open(out, encoding="utf-8") as f:
            html = f.read()
        self.assertIn("<blockquote>", html)
        self.assertIn("<h2>Sub</h2>", html)
        self.assertNotIn("<script>", html)
        self.assertIn("&lt;script&gt;", html)
        self.assertIn("Content-Security-Policy", html)

    def test_export_json_matches_show(self):
        id_ = self.imported()
        exported = self.run_byline("export", id_, "--format", "json", check=0).stdout
        self.assertEqual(json.loads(exported), self.run_json("show", id_, "--json"))
        # Byte for byte, final line break included
        self.assertEqual(exported, self.run_byline("show", id_, "--json", check=0).stdout)

    def test_export_errors(self):
        id_ = self.imported()
        self.run_byline("export", id_, check=2)
        proc = self.run_byline("export", id_, "--format", "docx", check=2)
        self.assertIn("docx", proc.stderr)
        self.run_byline("export", "999", "--format", "json", check=1)


if __name__ == "__main__":
    unittest.main()
