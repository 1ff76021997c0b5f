/* test-import-fresh19.c: a nineteenth round, copy that another format
 * left its marks on
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/fresh-imports-19/ reached the desk through a
 * format that changed its text: an e-mail's quoted-printable body
 * ("=E2=80=99", a soft break "=" at a line's end, the MIME header lines
 * over it), UTF-8 read as Windows-1252 or Windows-1251 ("itâ€™s",
 * "Ã©", "Р В Р’..."), HTML entities and tags left in text copied from a
 * CMS's source view ("&rsquo;", "&#8217;", "<p>", "<h2>", "<br />"), a
 * word processor's "Save as text" (tab-indented paragraphs, optional
 * hyphens U+00AD, form feeds, page numbers), and a story sent again
 * inside a reply with every line quoted ("> ") under "On …, … wrote:".
 * Four have the examples' shape. English, German, Persian, Russian,
 * French, Spanish, Turkish, Italian, Japanese, Polish, Arabic,
 * Portuguese and Dutch. The story as it was written is in clean/, and
 * its lines must all be in the import. Stories 01-20 were written
 * before the importer was read, 26-30 after its fixes; expected.ini
 * lists the fields they must import as, in the format of
 * test-import-fresh7.c.
 *
 * Before the importer was changed, of the first 20: headline 4, bylines
 * 8, dateline 2, date 9, standfirst 0, language 16, furniture 8 (of 20),
 * the body's "has" 1, no line lost 4, the note 0 (of 2): the escapes,
 * entities, tags and mis-read bytes stayed in every field, an optional
 * hyphen stayed inside the dateline and the standfirst, and a quoted
 * story kept its "> " marks with its header unread.
 *
 * After the fixes (byline-import-leftovers.c: quoted-printable and its
 * MIME lines, a word's UTF-8 read back from Windows-1252 or 1251, HTML
 * entities and tags, optional hyphens, form feeds and the page numbers
 * beside them; byline-import-mail.c: a story quoted whole in a reply
 * under a line or two to the desk; byline-import-cjk.c: a Japanese
 * paper's "【札幌】" place alone): 20 of 20 on every field.
 *
 * The five written after the fixes (26-30), at their first run:
 * headline 3, bylines 3, dateline 3, date 3, standfirst 3, language 5,
 * furniture 3, "has" 2, no line lost 4, the note 0 (of 1); after a
 * Latin-1 quoted-printable mail, HTML list items and a Persian reply's
 * line: 5 of 5.
 *
 * 31-33: a spot check by another engineer, written before the round's
 * changes were read (a newsdesk's quoted-printable mail, a German story
 * read as Windows-1252, a word processor's text with a form feed and its
 * "Page 2"): before the round the mail imported with no headline,
 * byline, dateline or standfirst and its escapes in the body, the German
 * story kept "StraÃŸenbahn" in every field, and "Page 2" became a
 * subheading; after it, all three right at their first run.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_19", 28);
}

/* What the round's rules must leave alone: one entity, one tag and an
 * equals sign in a story's text, a word of Latin-1 letters that is no
 * mis-read UTF-8, a quoted reply under a story of its own */
static void
test_left_alone (void)
{
  {
    g_autoptr(BylineArticle) a = import ("By Tom Reid\n"
                                         "\n"
                                         "Café owner wins R&D grant for a <strong> roast\n"
                                         "\n"
                                         "March 3, 2026 - 09:15\n"
                                         "\n"
                                         "NORTHFIELD – The owner of the Café Ñandú won a grant on Tuesday; its rules say "
                                         "x=C3 is &amp; nothing.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Café owner wins R&D grant for a <strong> roast");
    assert_has (byline_article_get_body (a), "Café Ñandú");
    assert_has (byline_article_get_body (a), "x=C3 is \\&amp; nothing");
  }
  {
    g_autoptr(BylineArticle) a = import ("By Tom Reid\n"
                                         "\n"
                                         "Web course teaches pensioners to build their own pages\n"
                                         "\n"
                                         "March 3, 2026 - 09:15\n"
                                         "\n"
                                         "NORTHFIELD – The library's course starts with the <p> tag, then <em> and "
                                         "<strong>, and ends with <h2> headings.\n", "UTC");

    assert_has (byline_article_get_body (a), "the \\<p> tag, then \\<em> and \\<strong>");
  }
  {
    g_autoptr(BylineArticle) a = import ("By Tom Reid\n"
                                         "\n"
                                         "A town's history in two parts\n"
                                         "\n"
                                         "March 3, 2026 - 09:15\n"
                                         "\n"
                                         "NORTHFIELD – The town's museum published its history on Tuesday, in two parts.\n"
                                         "\n"
                                         "The first part ends with the mill's closing.\n"
                                         "\f"
                                         "Part 2\n"
                                         "\n"
                                         "The second part begins with the railway's arrival in 1871.\n", "UTC");

    assert_has (byline_article_get_body (a), "## Part 2");
  }
  {
    g_autoptr(BylineArticle) a = import ("By Tom Reid\n"
                                         "\n"
                                         "Council leader answers readers' questions\n"
                                         "\n"
                                         "March 3, 2026 - 09:15\n"
                                         "\n"
                                         "NORTHFIELD – The council's leader answered readers' questions on Tuesday about the "
                                         "new bin collections and the library's hours.\n"
                                         "\n"
                                         "She said the library would open on Sundays from April.\n"
                                         "\n"
                                         "On Tue, 3 Mar 2026 at 09:40, Desk <desk@example.org> wrote:\n"
                                         "> Can you file by 11?\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Council leader answers readers' questions");
    assert_has (byline_article_get_note (a), "> Can you file by 11?");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fresh19/stories", test_fresh_imports);
  g_test_add_func ("/import/fresh19/left-alone", test_left_alone);

  return g_test_run ();
}
