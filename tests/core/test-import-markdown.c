/* test-import-markdown.c: stories written in Markdown
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Byline's own Markdown export and a story written in a text editor,
 * "# Headline" first: the headline without its "#", the deck without its
 * italics, the body as written (it was escaped as plain text: "## \#\#
 * A troubled project").
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

static BylineArticle *
reimport (BylineArticle *article)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = byline_export_article (article, BYLINE_EXPORT_MARKDOWN, NULL, NULL, &error);
  g_autofree char *markdown = NULL;

  g_assert_no_error (error);
  markdown = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_prefix (markdown, "# "));
  return import (markdown, "UTC");
}

/* The examples, exported as Markdown and imported again: the same story */
static void
test_markdown_round_trip (void)
{
  static const char * const examples[] = { "harbour-ferries.txt", "tehran-buses-fa.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *text = read_test_file ("BYLINE_EXAMPLES", examples[i]);
      g_autoptr(BylineArticle) a = import (text, "UTC");
      g_autoptr(BylineArticle) b = reimport (a);
      const char * const *bylines = byline_article_get_bylines (a);

      g_test_message ("%s", examples[i]);
      g_assert_cmpstr (byline_article_get_headline (b), ==, byline_article_get_headline (a));
      g_assert_cmpstr (byline_article_get_standfirst (b), ==, byline_article_get_standfirst (a));
      g_assert_cmpstr (byline_article_get_body (b), ==, byline_article_get_body (a));
      g_assert_cmpstr (byline_article_get_dateline (b), ==, byline_article_get_dateline (a));
      g_assert_cmpstr (byline_article_get_language (b), ==, byline_article_get_language (a));
      g_assert_cmpint (byline_article_get_direction (b), ==, byline_article_get_direction (a));
      assert_bylines (b, bylines[0], bylines[0] ? bylines[1] : NULL);
      /* (the same instant at the same offset; the export names no zone) */
      g_assert_true (g_date_time_equal (byline_article_get_date (b), byline_article_get_date (a)));
      g_assert_cmpint (g_date_time_get_utc_offset (byline_article_get_date (b)), ==,
                       g_date_time_get_utc_offset (byline_article_get_date (a)));
    }
}

/* Written in a text editor: an italic deck, a byline with its date, the
 * dateline in a lede with a link and emphasis, subheadings, a quote, a
 * list, a picture */
static void
test_markdown_written (void)
{
  g_autoptr(BylineArticle) a = import ("# Tram line extension opens two years late\n\n"
                                       "*The £340m extension to the airport finally carries passengers*\n\n"
                                       "By Tom Hale | 12 October 2026 09:30\n\n"
                                       "PORTVALE \u2013 The long-delayed [tram extension](https://portvale.example/trams) "
                                       "opened on Saturday, *two years* behind schedule.\n\n"
                                       "## A troubled project\n\n"
                                       "Construction was halted twice after contractors went bust.\n\n"
                                       "> \"We apologise to everyone who waited,\" the mayor said.\n\n"
                                       "- Cost: £340m\n- Stops: 7\n\n"
                                       "![The first tram at the terminal](byline-image:tram.jpg)\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Tram line extension opens two years late");
  g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The £340m extension to the airport finally carries passengers");
  assert_bylines (a, "Tom Hale", NULL);
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "PORTVALE");
  assert_date (a, "2026-10-12T09:30:00+00:00", "UTC");
  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "The long-delayed [tram extension](https://portvale.example/trams) opened on Saturday, "
                   "*two years* behind schedule.\n\n"
                   "## A troubled project\n\n"
                   "Construction was halted twice after contractors went bust.\n\n"
                   "> \"We apologise to everyone who waited,\" the mayor said.\n\n"
                   "- Cost: £340m\n- Stops: 7\n\n"
                   "![The first tram at the terminal](byline-image:tram.jpg)\n");
}

/* A page copied as Markdown: its dateline in bold, a short line in bold
 * for each subheading, "Advertisement" between paragraphs and the comment
 * form with its captcha under the story, which are left out as wire
 * copy's are; a byline that links to the writer's page, a picture with
 * its caption over the lede, a "Read more" link and a share row; a page
 * saver's "> ## Excerpt" and its rule over the story; a bold line that is a
 * sentence, a bold phrase that opens a paragraph and a sum in the story
 * stay as they are */
static void
test_markdown_page (void)
{
  {
    g_autoptr(BylineArticle) a = import ("# Council backs plan for 500 new homes on former gasworks\n\n"
                                         "*By Helen Cho*\n\n"
                                         "*30 November 2026, 09:00*\n\n"
                                         "**OXFORD** \u2013 Councillors approved plans for 500 homes on the former "
                                         "gasworks site on Monday night.\n\n"
                                         "Advertisement\n\n"
                                         "**Affordable housing**\n\n"
                                         "Forty per cent of the homes will be affordable.\n\n"
                                         "**The developer must also pay for a new school.**\n\n"
                                         "**Not everyone agrees.** Residents fear the traffic.\n\n"
                                         "> \"This is the right place for new homes,\" said the council leader.\n\n"
                                         "**Photo: Tom Reid/Oxford Mail**\n\n"
                                         "## Leave a comment\n\n"
                                         "Your email address will not be published.\n\n"
                                         "**2 + 6 =**\n\n"
                                         "Post Comment\n", "UTC");

    assert_bylines (a, "Helen Cho", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "OXFORD");
    assert_date (a, "2026-11-30T09:00:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Councillors approved plans for 500 homes on the former gasworks site on Monday night.\n\n"
                     "## Affordable housing\n\n"
                     "Forty per cent of the homes will be affordable.\n\n"
                     "**The developer must also pay for a new school.**\n\n"
                     "**Not everyone agrees.** Residents fear the traffic.\n\n"
                     "> \"This is the right place for new homes,\" said the council leader.\n\n"
                     "**Photo: Tom Reid/Oxford Mail**\n");
  }
  {
    /* (a page clipped as Markdown: the byline a link to the writer's
     * page, a picture and its caption over the lede, a "Read more" link
     * and the share row) */
    g_autoptr(BylineArticle) a = import ("# Council backs plan for 500 new homes\n\n"
                                         "By [Helen Cho](https://news.example/wiki/Helen_Cho_(reporter))\n\n"
                                         "Published 30 November 2026, 09:00 GMT\n\n"
                                         "![The former gasworks site](https://news.example/img/gasworks.jpg)\n\n"
                                         "*The former gasworks site in Jericho. Photo: Tom Reid*\n\n"
                                         "OXFORD \u2013 Councillors approved plans for 500 homes on Monday night, "
                                         "after [a long debate](https://news.example/live).\n\n"
                                         "Forty per cent of the homes will be affordable.\n\n"
                                         "[Read more: Housing waiting list hits record](https://news.example/housing)\n\n"
                                         "The vote was 30 to 12.\n\n"
                                         "### Share this article\n\n"
                                         "[Facebook](https://facebook.com/share) [Twitter](https://twitter.com/share)\n",
                                         "UTC");

    assert_bylines (a, "Helen Cho", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "OXFORD");
    assert_date (a, "2026-11-30T09:00:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "![The former gasworks site](https://news.example/img/gasworks.jpg)\n\n"
                     "*The former gasworks site in Jericho. Photo: Tom Reid*\n\n"
                     "Councillors approved plans for 500 homes on Monday night, "
                     "after [a long debate](https://news.example/live).\n\n"
                     "Forty per cent of the homes will be affordable.\n\n"
                     "The vote was 30 to 12.\n");
  }
  {
    /* (a page saver's excerpt over the story and its rule) */
    g_autoptr(BylineArticle) a = import ("# Water bills to rise 6% as city replaces old mains\n\n"
                                         "> ## Excerpt\n> The council says the work\n> cannot wait.\n\n"
                                         "---\n\n"
                                         "By Priya Raman\n\nNovember 30, 2026\n\n"
                                         "RIVERTON \u2014 Household water bills will rise by 6% next year.\n\n"
                                         "The work will start in March.\n", "UTC");

    g_assert_cmpstr (byline_article_get_excerpt (a), ==, "The council says the work cannot wait.");
    assert_bylines (a, "Priya Raman", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "RIVERTON");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Household water bills will rise by 6% next year.\n\nThe work will start in March.\n");
  }
  {
    /* (a sum in the story, a paragraph under it: no form) */
    g_autoptr(BylineArticle) a = import ("# Pupils set a puzzle for the mayor\n\n"
                                         "By Tom Hale\n\n"
                                         "RIVERTON \u2013 Pupils at Elm Street school set the mayor a puzzle on Friday.\n\n"
                                         "He was asked to work out this:\n\n"
                                         "**7 + 5 =**\n\n"
                                         "He answered within ten seconds, the pupils said.\n", "UTC");

    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Pupils at Elm Street school set the mayor a puzzle on Friday.\n\n"
                     "He was asked to work out this:\n\n"
                     "**7 + 5 =**\n\n"
                     "He answered within ten seconds, the pupils said.\n");
  }
}

/* A story clipped into a notes program, its properties in YAML front
 * matter over it: the block to the note, the title as the headline, the
 * properties for the fields the story does not give (not the clipper's
 * own "clippings" tag, nor "created", the day of the clipping); "---"
 * over lines that are no properties is the story's own */
static void
test_markdown_front_matter (void)
{
  {
    g_autoptr(BylineArticle) a = import ("---\n"
                                         "title: \"Council backs plan for 500 new homes\"\n"
                                         "source: \"https://news.example/council-homes\"\n"
                                         "Author:\n  - \"[[Helen Cho]]\"\n  - \"[[Tom Reid|Tom]]\"\n"
                                         "published: 2026-11-30\n"
                                         "created: 2026-12-01\n"
                                         "description: \"Forty per cent of the homes will be affordable.\"\n"
                                         "tags: [clippings, housing, \"Oxford\"]\n"
                                         "---\n"
                                         "OXFORD \u2013 Councillors approved plans for 500 homes on Monday night.\n\n"
                                         "## A long debate\n\n"
                                         "Forty per cent of the homes will be affordable.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Council backs plan for 500 new homes");
    assert_bylines (a, "Helen Cho", "Tom Reid");
    assert_date (a, "2026-11-30T00:00:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "OXFORD");
    g_assert_cmpstr (byline_article_get_excerpt (a), ==, "Forty per cent of the homes will be affordable.");
    g_assert_cmpuint (g_strv_length ((char **) byline_article_get_tags (a)), ==, 2);
    g_assert_cmpstr (byline_article_get_tags (a)[0], ==, "housing");
    g_assert_cmpstr (byline_article_get_tags (a)[1], ==, "Oxford");
    assert_has (byline_article_get_note (a), "source: \"https://news.example/council-homes\"");
    assert_has (byline_article_get_note (a), "created: 2026-12-01");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "Councillors approved plans for 500 homes on Monday night.\n\n"
                     "## A long debate\n\n"
                     "Forty per cent of the homes will be affordable.\n");
  }
  {
    /* (the story's own header wins over the properties) */
    g_autoptr(BylineArticle) a = import ("---\nTitle: Clipped title\nAuthor: Someone Else\nDate: 2026-01-02\n---\n\n"
                                         "# Tram line extension opens\n\n"
                                         "By Tom Hale | 12 October 2026 09:30\n\n"
                                         "PORTVALE \u2013 The tram extension opened on Saturday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Tram line extension opens");
    assert_bylines (a, "Tom Hale", NULL);
    assert_date (a, "2026-10-12T09:30:00+00:00", "UTC");
    assert_has (byline_article_get_note (a), "Author: Someone Else");
  }
  {
    /* (no front matter: rules around a story's header, no properties) */
    g_autoptr(BylineArticle) a = import ("---\nBy Tom Hale\n---\n\nTram line extension opens\n\n"
                                         "PORTVALE \u2013 The tram extension opened on Saturday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_note (a), ==, "");
    assert_has (byline_article_get_body (a), "By Tom Hale");
    assert_has (byline_article_get_body (a), "The tram extension opened on Saturday.");
  }
}

/* Only a headline and Markdown under it; a heading closed with "#"s and
 * escapes in it; CRLF line ends */
static void
test_markdown_shapes (void)
{
  {
    g_autoptr(BylineArticle) a = import ("# Five things to know about the \\*new\\* timetable #\r\n\r\n"
                                         "## Buses\r\n\r\nThey run every ten minutes.\r\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Five things to know about the *new* timetable");
    g_assert_cmpstr (byline_article_get_body (a), ==, "## Buses\n\nThey run every ten minutes.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("\n\n# Only a headline\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Only a headline");
    g_assert_cmpstr (byline_article_get_body (a), ==, "");
  }
}

/* The body opens with a subheading: the deck, the byline and the date
 * over it are still the header (they were read as body text, the byline
 * with its "By", and the headline became the standfirst too); a
 * hard-wrapped first paragraph is a standfirst on one line */
static void
test_markdown_subheading_first (void)
{
  {
    g_autoptr(BylineArticle) a = import ("# Port strike ends after five days\n\n"
                                         "*Dock workers return on Tuesday after a deal on pay*\n\n"
                                         "By Mark Lee and Ana Ruiz\n\n"
                                         "27 November 2026 18:40\n\n"
                                         "## What the deal says\n\n"
                                         "The union accepted a 6% rise.\n\n"
                                         "> \"A fair deal,\" she said.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Port strike ends after five days");
    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "Dock workers return on Tuesday after a deal on pay");
    assert_bylines (a, "Mark Lee", "Ana Ruiz");
    assert_date (a, "2026-11-27T18:40:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "## What the deal says\n\nThe union accepted a 6% rise.\n\n> \"A fair deal,\" she said.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("# اعتصاب بندر پایان یافت\n\n"
                                         "نوشته مریم احمدی\n\n"
                                         "## توافق چه می‌گوید\n\n"
                                         "اتحادیه کارگران بندر افزایش شش درصدی دستمزد را پذیرفت.\n", "UTC");

    assert_bylines (a, "مریم احمدی", NULL);
    g_assert_cmpstr (byline_article_get_language (a), ==, "fa");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "## توافق چه می‌گوید\n\nاتحادیه کارگران بندر افزایش شش درصدی دستمزد را پذیرفت.\n");
  }
  {
    g_autoptr(BylineArticle) a = import ("# Port strike ends\n\nBy Mark Lee\n\n"
                                         "The union accepted a 6% rise on Tuesday after\n"
                                         "five days of talks in the port city.\n\nMore text.\n", "UTC");

    g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                     "The union accepted a 6% rise on Tuesday after five days of talks in the port city.");
    g_assert_true (g_str_has_prefix (byline_article_get_body (a), "The union accepted a 6% rise on Tuesday after\n"));
  }
  /* The paragraph under the subheading opens with a dateline: read into
   * the field and gone from the body, hard-wrapped or not */
  for (guint wrapped = 0; wrapped < 2; wrapped++)
    {
      g_autofree char *text = g_strdup_printf ("# Port strike halts traffic\n\nBy Ana Lima\n\n"
                                               "November 27, 2026\n\n## Talks collapse\n\n"
                                               "SANTOS, Brazil (Reuters) - Dock workers stayed off%s"
                                               "the job for a second day on Friday.\n\n"
                                               "About 40 ships were waiting.\n", wrapped ? "\n" : " ");
      g_autofree char *body = g_strdup_printf ("## Talks collapse\n\nDock workers stayed off%s"
                                               "the job for a second day on Friday.\n\n"
                                               "About 40 ships were waiting.\n", wrapped ? "\n" : " ");
      g_autoptr(BylineArticle) a = import (text, "UTC");

      g_assert_cmpstr (byline_article_get_dateline (a), ==, "SANTOS, Brazil");
      assert_bylines (a, "Ana Lima", NULL);
      g_assert_cmpstr (byline_article_get_body (a), ==, body);
    }
}

/* A hashtag first is no heading: wire copy, nothing lost */
static void
test_markdown_not_markdown (void)
{
  g_autoptr(BylineArticle) a = import ("#Breaking Ferry service suspended\n\n"
                                       "PORTVALE \u2013 All ferries were cancelled on Monday because of the storm.\n\n"
                                       "Services resume on Tuesday.\n", "UTC");

  g_assert_nonnull (strstr (byline_article_get_headline (a), "Ferry service suspended"));
  g_assert_nonnull (strstr (byline_article_get_body (a), "All ferries were cancelled"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-markdown/round-trip", test_markdown_round_trip);
  g_test_add_func ("/import-markdown/written", test_markdown_written);
  g_test_add_func ("/import-markdown/shapes", test_markdown_shapes);
  g_test_add_func ("/import-markdown/page", test_markdown_page);
  g_test_add_func ("/import-markdown/front-matter", test_markdown_front_matter);
  g_test_add_func ("/import-markdown/subheading-first", test_markdown_subheading_first);
  g_test_add_func ("/import-markdown/not-markdown", test_markdown_not_markdown);

  return g_test_run ();
}
