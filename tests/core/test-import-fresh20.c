/* test-import-fresh20.c: a twentieth round, stories with social-media
 * posts embedded in them
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each story in tests/data/fresh-imports-20/ has posts embedded in it
 * as a browser's copy of the page gives them: an X post's text over its
 * "— Name (@handle) March 3, 2026" line, a Bluesky post's with "[image
 * or embed]", Instagram's "View this post on Instagram" (in nine
 * languages) over "A post shared by Name (@handle)", Threads' "Post by
 * @handle" over "View on Threads", a TikTok post's line, a Facebook
 * post's "Posted by … on Monday, March 2, 2026", and in a post's place
 * the consent gates of a British, a German and a French site ("Allow X
 * content?", "Externer Inhalt", "Ce contenu est bloqué…"). A post is
 * quoted in the body ("> " before its lines and its attribution); the
 * gates, the buttons and the placeholder are furniture. English,
 * Persian, Arabic, Russian, German, Spanish, French, Japanese, Chinese,
 * Italian and Portuguese. The story without its furniture is in clean/,
 * and its lines must all be in the import. Stories 01-20 were written
 * before the importer was read, 26-30 after its fixes, 31-35 (guards)
 * after those; expected.ini
 * lists the fields they must import as, in the format of
 * test-import-fresh7.c.
 *
 * Before the importer was changed, of the first 20: headline 20, bylines
 * 20, dateline 19, date 20, standfirst 19, language 20, furniture 1 (of
 * 16), the body's "has" 2, no line lost 19. No post was quoted: its text
 * was a paragraph of the story's, and its attribution ("— Name (@handle)
 * March 3, 2026") a subheading, so the story's own subheading under it
 * was not; a short post ("Road closed both ways between J4 and J5") was
 * nearly one; a post over the lede was the standfirst and the lede's
 * dateline was not read; a Facebook post's "Posted by … on Monday, March
 * 2, 2026" was dropped as a date stamp; the gates, Instagram's and
 * Threads' buttons and Bluesky's "[image or embed]" stayed in the body
 * (the furniture passed only where it was the comment form alone).
 *
 * After the fixes (byline-import-embeds.c: a post's attribution under
 * its text or alone, the post quoted with it in the body; the
 * platforms' buttons and the sites' gates dropped with the page's other
 * inserts): 20 of 20 on every field. None of the earlier rounds'
 * stories (681 imports) changed.
 *
 * The five written after the fixes (26-30; drafted while the fixes were
 * being written, run only once they were in), at their first run:
 * headline 5, bylines 5, dateline 5, date 5, standfirst 5, language 5,
 * furniture 2 (of 4), "has" 3, no line lost 5. Mastodon's "View on
 * Mastodon" stayed and kept its "Post by @…" from being quoted; a BBC
 * gate over a YouTube video ("Skip youtube video by …", "Warning: Third
 * party content may contain adverts") and a German one whose heading
 * names the platform ("Externer Inhalt von Instagram", "Ich bin
 * einverstanden, dass mir externe Inhalte …") stayed; of a post of two
 * paragraphs only the second was quoted. After general fixes (any
 * platform's "Skip/End of … post/video/content" lines, a gate's heading
 * with "von …", a German gate's consent text, Mastodon's button): all
 * but the last, which is left as "not yet" in expected.ini (the
 * paragraph stays in the body, unquoted). Later (with round 21) a
 * post's earlier paragraphs are quoted with it when the page's "Skip
 * twitter post by …" line stands over them, or when they are in the
 * post's own voice (one line, a first or second person, no quotation,
 * no "said", "posted" or "asked"); the story's line introducing the
 * post stays its own (test_two_paragraph_posts()). No other story of
 * this round or the earlier ones moved.
 *
 * 36-38: a spot check by another engineer, written from the round's
 * report before its rules were read (a flood with a fire service's and
 * a police post between "Skip twitter post by …" and "End of twitter
 * post by …" and the examples' comment form; a Spanish story with an
 * Instagram picture post, "Ver esta publicación en Instagram", that has
 * no text of its own; a Persian story with an X post dated in Persian
 * digits). Before the round: no post quoted, each attribution and the
 * "Skip" and Instagram buttons made subheadings, "End of twitter post"
 * kept. After it, at their first run: all three right on every field.
 *
 * 31-35 are guards: ordinary stories of the examples' shape with the
 * round's surface features in them innocently (a button's words in a
 * sentence, "Accept and continue" and "Externer Inhalt" as subheadings,
 * a handle in a sentence, a Russian dialogue's dash before a handle, a
 * writer's sign-off "— Jane Hill (@janehill)", a blog's "Posted by …
 * at 9:15 AM", a Persian sentence that opens "پستی که … (@…)"). At
 * their first run three were mangled: the German court story lost its
 * subheading and the sentence under it ("… externe Inhalte keine
 * Zustimmung der Urheber …" read as a gate's text), the sign-off was
 * read as a post's attribution and quoted the paragraph over it, and
 * the Persian sentence was quoted as Instagram's attribution. Fixed by
 * asking a German gate's text for the reader's own consent, an
 * attribution under a post for its date, and an attribution that
 * opens with Instagram's words for nothing after the handle.
 */

#include "config.h"

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_20", 33);
}

/* Odd input at the round's rules: cut-off handles, dashes and gates, a
 * handle's parenthesis never closed, an attribution alone as the whole
 * story; nothing is lost and nothing is read past its end (run under
 * valgrind) */
static void
test_odd_input (void)
{
  static const char * const odd[] = {
    "— (@",
    "(@abc",
    "— x (@)",
    "— Name (@handle",
    "— Name (@handle) 2026",
    "Post by @",
    "@♬",
    "Skip x",
    "End of",
    "Allow  content?",
    "Externer Inhalt von",
    "A post shared by (@a)",
    "Posted by  on ",
    "Posted by Name on Monday, March 2, 2026",
  };

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autofree char *story = g_strdup_printf ("By Tom Reid\n\nA headline for the odd line\n\n%s\n\n"
                                                "March 3, 2026 - 09:15\n\nNORTHFIELD – A lede of a few words here.\n\n%s\n\n"
                                                "The last paragraph of the story ends here.\n\n%s\n",
                                                odd[i], odd[i], odd[i]);
      g_autoptr(BylineArticle) a = import (story, "UTC");
      g_autoptr(BylineArticle) alone = import (odd[i], "UTC");

      assert_has (byline_article_get_body (a), "The last paragraph of the story ends here.");
      g_assert_nonnull (byline_article_get_body (alone));
    }
}

/* A post of two paragraphs over one attribution: both quoted, under the
 * page's "Skip twitter post by …" line or in the post's own voice; the
 * story's line over it stays the story's, first person or not */
static void
test_two_paragraph_posts (void)
{
  static const struct {
    const char *over;       /* the story's line over the post, or a Skip line */
    const char *first;      /* the post's first paragraph */
    gboolean    quoted;     /* whether that paragraph is quoted */
  } cases[] = {
    { "Skip twitter post by Northfield Fire", "River levels at Bewdley are rising fast.", TRUE },
    { "The fire service posted a warning.", "Thank you to everyone who stayed off the riverside roads.", TRUE },
    { "The fire service posted a warning.", "River levels at Bewdley are rising fast.", FALSE },
    { "We asked the fire service what drivers should do.", "River levels at Bewdley are rising fast.", FALSE },
    /* (a paragraph of the story's that reports, in the first person) */
    { "The fire service posted a warning.", "Our reporter said the water was already at the bridge.", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("By Tom Reid\n\nFlood warnings issued for the Severn\n\n"
                                                "March 3, 2026 - 09:15\n\nNORTHFIELD – Flood warnings were issued "
                                                "for six towns on the Severn on Tuesday after two days of rain.\n\n"
                                                "%s\n\n%s\n\nDo not drive through flood water: it takes only 30cm "
                                                "to float a car.\n\n— Northfield Fire (@NorthfieldFire) March 3, "
                                                "2026\n\nThe Environment Agency said levels would peak on Wednesday.\n",
                                                cases[i].over, cases[i].first);
      g_autoptr(BylineArticle) a = import (story, "UTC");
      const char *body = byline_article_get_body (a);
      g_autofree char *quoted = g_strconcat ("> ", cases[i].first, NULL);
      g_autofree char *over = g_strconcat ("> ", cases[i].over, NULL);

      g_test_message ("%s", cases[i].first);
      assert_has (body, "> Do not drive through flood water");
      assert_has (body, "> — Northfield Fire (@NorthfieldFire) March 3, 2026");
      assert_has (body, cases[i].first);
      assert_lacks (body, over);
      assert_lacks (body, "Skip twitter post");
      if (cases[i].quoted)
        assert_has (body, quoted);
      else
        assert_lacks (body, quoted);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fresh20/stories", test_fresh_imports);
  g_test_add_func ("/import/fresh20/odd-input", test_odd_input);
  g_test_add_func ("/import/fresh20/two-paragraph-posts", test_two_paragraph_posts);

  return g_test_run ();
}
