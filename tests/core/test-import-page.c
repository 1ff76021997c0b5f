/* test-import-page.c: a web page's header laid out tight, and the things
 * in and under a story that are not the story (advertising, newsletter
 * boxes, readers' comments), found by pasting pages as a new user would
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-import-util.h"

/* A headline with its "By …" line on the very next line (or the byline
 * over the headline), no blank line between, over a date line: the whole
 * header stayed in the body. Under a byline, a second writer's name or
 * the writer's place stays what it was. */
static void
test_headline_and_byline_together (void)
{
  const char *headers[] = {
    "Harbour city expands ferry fleet\nBy Lena Okafor",
    "By Lena Okafor\nHarbour city expands ferry fleet",
    "Harbour city expands ferry fleet\nBy Lena Okafor and Tom Reid",
    "Will the harbour city expand its ferry fleet?\nBy Lena Okafor",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      /* (the date line under a blank line, or right under the two) */
      for (guint tight = 0; tight < 2; tight++)
        {
          g_autofree char *story = g_strdup_printf ("%s\n%sMarch 3, 2023 - 09:15\n\n"
                                                    "PORTVALE \u2013 The transit authority will add six ferries.\n\n"
                                                    "The boats carry 180 passengers each.\n", headers[i],
                                                    tight ? "" : "\n");
          g_autoptr(BylineArticle) a = import (story, "UTC");

          g_test_message ("case %u%s", i, tight ? ", date line right under" : "");
          g_assert_true (g_str_has_prefix (byline_article_get_headline (a), i == 3 ? "Will the" : "Harbour city"));
          assert_bylines (a, "Lena Okafor", i == 2 ? "Tom Reid" : NULL);
          g_assert_cmpstr (byline_article_get_dateline (a), ==, "PORTVALE");
          assert_date (a, "2023-03-03T09:15:00+00:00", "UTC");
          g_assert_cmpstr (byline_article_get_body (a), ==,
                           "The transit authority will add six ferries.\n\nThe boats carry 180 passengers each.\n");
        }
    }
  {
    g_autoptr(BylineArticle) a = import ("\u06af\u0633\u062a\u0631\u0634 \u0646\u0627\u0648\u06af\u0627\u0646 "
                                         "\u0627\u062a\u0648\u0628\u0648\u0633\u200c\u0647\u0627\u06cc "
                                         "\u0628\u0631\u0642\u06cc\n"
                                         "\u0646\u0648\u06cc\u0633\u0646\u062f\u0647: \u0645\u0631\u06cc\u0645 "
                                         "\u0627\u062d\u0645\u062f\u06cc\n\n"
                                         "\u06f1\u06f2 \u0627\u0633\u0641\u0646\u062f \u06f1\u06f4\u06f0\u06f1 - "
                                         "\u06f1\u06f0:\u06f2\u06f0\n\n"
                                         "\u062a\u0647\u0631\u0627\u0646 \u2013 \u0634\u0631\u06a9\u062a "
                                         "\u0648\u0627\u062d\u062f \u0627\u0639\u0644\u0627\u0645 "
                                         "\u06a9\u0631\u062f.\n\n"
                                         "\u0627\u062a\u0648\u0628\u0648\u0633\u200c\u0647\u0627 "
                                         "\u0628\u0631\u0642\u06cc \u0647\u0633\u062a\u0646\u062f.\n", "UTC");

    assert_bylines (a, "\u0645\u0631\u06cc\u0645 \u0627\u062d\u0645\u062f\u06cc", NULL);
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "\u062a\u0647\u0631\u0627\u0646");
    assert_date (a, "2023-03-03T10:20:00+03:30", "Asia/Tehran");
  }
  /* (a second writer or a place under the byline: no headline) */
  {
    g_autoptr(BylineArticle) a = import ("Floods close the coast road\n\nBy Anna Kovac\nTom Hale\n\n"
                                         "March 3, 2023 - 09:15\n\nThe river rose on Saturday.\n", "UTC");
    g_autoptr(BylineArticle) b = import ("By Anna Kovac\nKota Kinabalu\n\nFloods cut off the state capital\n\n"
                                         "The river rose on Saturday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Floods close the coast road");
    assert_bylines (a, "Anna Kovac", "Tom Hale");
    g_assert_cmpstr (byline_article_get_headline (b), ==, "Floods cut off the state capital");
  }
}

/* The story around @middle: a header, a lede, @middle, a last paragraph
 * and the comment form */
static BylineArticle *
import_with (const char *middle)
{
  g_autofree char *story = g_strdup_printf ("By Tom Reid\n\nCouncil opens new ferry terminal\n\n"
                                            "March 3, 2023 - 09:15\n\n"
                                            "MILLBROOK \u2013 The council opened a new ferry terminal on Friday.\n\n"
                                            "%s\n\nThe terminal cost 12 million.\n\nLeave a Comment\n\n3 + 4 =\n",
                                            middle);

  return import (story, "UTC");
}

/* @middle imports as @kept between the lede and the last paragraph */
static void
assert_middle (const char *middle,
               const char *kept)
{
  g_autoptr(BylineArticle) a = import_with (middle);
  g_autofree char *body = g_strdup_printf ("The council opened a new ferry terminal on Friday.\n\n%s%s"
                                           "The terminal cost 12 million.\n",
                                           kept, kept[0] != '\0' ? "\n\n" : "");

  g_test_message ("%s", middle);
  g_assert_cmpstr (byline_article_get_headline (a), ==, "Council opens new ferry terminal");
  assert_bylines (a, "Tom Reid", NULL);
  g_assert_cmpstr (byline_article_get_body (a), ==, body);
}

/* Advertising markers between paragraphs ("Continue reading the main
 * story" became a subheading); a line that only speaks of advertising or
 * of going on stays */
/* The page's furniture over a headline with its deck right under it
 * (no blank line between the two): looked past, the header read all the
 * same (it was all left in the body, or "World" taken for the headline) */
static void
test_furniture_over_head_and_deck (void)
{
  const char *tops[] = {
    "Advertisement\n\n",
    "Skip to main content\nAdvertisement\n\n",
    "World\n\n",
    "Skip to main content\n\nWorld\nEurope\nClimate\n\n",
    "Home \u203a News \u203a Europe\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tops); i++)
    {
      g_autofree char *story = g_strdup_printf ("%sDutch dikes face their toughest test as North Sea surges\n"
                                                "Engineers say the Delta Works held, but warn that the margin is shrinking\n\n"
                                                "Pieter van Dam in Rotterdam\nFri 27 Nov 2026 18.42 CET\n\n"
                                                "The storm barriers that guard Rotterdam closed on Friday.\n\n"
                                                "The barrier swung shut at 4am, said the water authority.\n", tops[i]);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Dutch dikes face their toughest test as North Sea surges");
      g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                       "Engineers say the Delta Works held, but warn that the margin is shrinking");
      assert_bylines (a, "Pieter van Dam", NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "Rotterdam");
      assert_date (a, "2026-11-27T18:42:00+01:00", "Europe/Berlin");
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "The storm barriers that guard Rotterdam closed on Friday.\n\n"
                       "The barrier swung shut at 4am, said the water authority.\n");
    }
  /* (a first paragraph of two lines under the furniture stays one) */
  {
    g_autoptr(BylineArticle) a = import ("Advertisement\n\nCouncil approves the budget\n\n"
                                         "The council approved the budget on Monday after a long debate over\n"
                                         "Parking charges, which rise by a tenth.\n\nIt takes effect in April.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Council approves the budget");
    g_assert_nonnull (strstr (byline_article_get_body (a), "debate over\nParking charges"));
  }
}

/* The site's or the agency's name on top of the page, a line of its own
 * over the headline and the date (the page's news id between them, which
 * is dropped): not the headline (the story's headline was left as its
 * first paragraph); an agency's name signs the story */
static void
test_masthead_over_headline (void)
{
  static const struct {
    const char *top;
    const char *byline;
  } cases[] = {
    { "The Springfield Herald", NULL },
    { "Reuters", "Reuters" },
    { "The Springfield Herald\nNews ID: 48213", NULL },
    /* (the site's name over its menu: the menu, dropped) */
    { "BBC News\nHome\nNews\nSport\nWeather", NULL },
    { "The Springfield Herald\nHome\nLocal\nSport\nObituaries", NULL },
    /* (a newsroom's credit: a paper's name and "staff", with its article,
     * a capital whose lower case is longer, "İ") */
    { "From staff reports", "Staff reports" },
    { "The Herald staff", "The Herald staff" },
    { "İZMİR Gazetesi staff", "İZMİR Gazetesi staff" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("%s\n\nCouncil approves night bus pilot\n\nMarch 3, 2026 09:15\n\n"
                                                "SPRINGFIELD \u2013 The council approved a night bus pilot on Tuesday.\n\n"
                                                "The buses run from midnight until five.\n", cases[i].top);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Council approves night bus pilot");
      assert_bylines (a, cases[i].byline, NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "SPRINGFIELD");
      assert_date (a, "2026-03-03T09:15:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "The council approved a night bus pilot on Tuesday.\n\nThe buses run from midnight until five.\n");
    }
  /* IRNA's page: the agency's name, the news id, the date in the Solar
   * Hijri calendar with Persian digits, the headline, "PLACE - IRNA -" */
  {
    g_autoptr(BylineArticle) a = import ("\u062e\u0628\u0631\u06af\u0632\u0627\u0631\u06cc \u0627\u06cc\u0631\u0646\u0627\n"
                                         "\u06a9\u062f \u062e\u0628\u0631: \u06f8\u06f4\u06f5\u06f2\u06f1\n"
                                         "\u062a\u0627\u0631\u06cc\u062e \u0627\u0646\u062a\u0634\u0627\u0631: "
                                         "\u06f7 \u0622\u0630\u0631 \u06f1\u06f4\u06f0\u06f5 - \u06f1\u06f4:\u06f2\u06f0\n\n"
                                         "\u0628\u0627\u0631\u0634 \u0628\u0631\u0641 \u0631\u0627\u0647\u200c\u0647\u0627\u06cc "
                                         "\u0634\u0645\u0627\u0644\u06cc \u0631\u0627 \u0628\u0633\u062a\n\n"
                                         "\u062a\u0647\u0631\u0627\u0646 - \u0627\u06cc\u0631\u0646\u0627 - "
                                         "\u067e\u0644\u06cc\u0633 \u0631\u0627\u0647 \u062c\u0627\u062f\u0647 "
                                         "\u0686\u0627\u0644\u0648\u0633 \u0631\u0627 \u0628\u0633\u062a.\n\n"
                                         "\u0631\u0627\u0646\u0646\u062f\u06af\u0627\u0646 \u0628\u0627\u06cc\u062f "
                                         "\u0635\u0628\u0631 \u06a9\u0646\u0646\u062f.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==,
                     "\u0628\u0627\u0631\u0634 \u0628\u0631\u0641 \u0631\u0627\u0647\u200c\u0647\u0627\u06cc "
                     "\u0634\u0645\u0627\u0644\u06cc \u0631\u0627 \u0628\u0633\u062a");
    g_assert_cmpstr (byline_article_get_dateline (a), ==, "\u062a\u0647\u0631\u0627\u0646");
    assert_date (a, "2026-11-28T14:20:00+03:30", "Asia/Tehran");
    g_assert_cmpuint (g_strv_length ((char **) byline_article_get_bylines (a)), ==, 1);
    g_assert_nonnull (strstr (byline_article_get_bylines (a)[0], "\u0627\u06cc\u0631\u0646\u0627"));
    g_assert_true (g_str_has_prefix (byline_article_get_body (a), "\u067e\u0644\u06cc\u0633"));
  }
}

/* A blog post's meta line over or under the headline (a WordPress
 * theme's "Posted by … on … in …"): the writer (not the site's "admin"),
 * the date and the first category as the section; the line was taken for
 * the headline */
static void
test_post_meta (void)
{
  static const struct {
    const char *meta;
    gboolean    over;
    const char *byline;
    const char *section;
  } cases[] = {
    { "Posted by admin on November 27, 2026 in Local News", TRUE, NULL, "Local News" },
    { "Posted on 27 November 2026 by Jane Okoro", FALSE, "Jane Okoro", "" },
    { "By Jane Okoro on Nov 27, 2026 in Schools, Local News", FALSE, "Jane Okoro", "Schools" },
    { "Posted by admin on November 27, 2026 in Local News | 2 Comments", FALSE, NULL, "Local News" },
    { "November 27, 2026 | By Jane Okoro | Local News", FALSE, "Jane Okoro", "Local News" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("%s%s\n\n%s%s"
                                                "The Millbrook public library reopened on Thursday after six months.\n\n"
                                                "Staff said 4,000 books were lost.\n",
                                                cases[i].over ? cases[i].meta : "", cases[i].over ? "\n\n" : "",
                                                "Library reopens after flood repairs",
                                                cases[i].over ? "\n\n" : "");
      g_autofree char *under = g_strdup_printf ("Library reopens after flood repairs\n\n%s\n\n"
                                                "The Millbrook public library reopened on Thursday after six months.\n\n"
                                                "Staff said 4,000 books were lost.\n", cases[i].meta);
      g_autoptr(BylineArticle) a = import (cases[i].over ? story : under, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), ==, "Library reopens after flood repairs");
      assert_bylines (a, cases[i].byline, NULL);
      assert_date (a, "2026-11-27T00:00:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_section (a), ==, cases[i].section);
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "The Millbrook public library reopened on Thursday after six months.\n\n"
                       "Staff said 4,000 books were lost.\n");
    }
  /* (a second date beside a byline under it: the first date stays, the
   * second is no headline; the fuzzer found it read after it was freed) */
  {
    g_autoptr(BylineArticle) a = import ("Posted by admin on November 27, 2026 in Local News\n\n"
                                         "Library reopens after flood repairs\n\n"
                                         "By Tom Hale | 12 October 2026\n\n"
                                         "The Millbrook public library reopened on Thursday after six months.\n", "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Library reopens after flood repairs");
    assert_bylines (a, "Tom Hale", NULL);
    assert_date (a, "2026-11-27T00:00:00+00:00", "UTC");
  }
}

/* A page copied with its menu and its foot but no story under the date
 * line: the foot ("About us", "© 2026 …") reached over the date line,
 * which went with it, and the page's header was then read past the end
 * of its lines (found by fuzz-wire-copy; valgrind and AddressSanitizer
 * fail here without the fix). The header stays; with a story under it,
 * the page reads as one. */
static void
test_page_without_story (void)
{
  static const char page[] = "Home\nNews\nSport\nWeather\nLocal\n"
                             "Library reopens after six months of flood repairs\nBy Hannah Reid\n"
                             "November 27, 2026 12:40\n\n%s"
                             "About us\n\u00a9 2026 Millbrook Times\n";
  {
    g_autofree char *text = g_strdup_printf (page, "");
    g_autoptr(BylineArticle) a = import (text, "UTC");

    assert_has (byline_article_get_body (a), "Library reopens after six months of flood repairs\n");
    assert_has (byline_article_get_body (a), "Hannah Reid");
    assert_date (a, "2026-11-27T12:40:00+00:00", "UTC");
  }
  {
    g_autofree char *text = g_strdup_printf (page, "The Millbrook public library reopened on Thursday.\n\n");
    g_autoptr(BylineArticle) a = import (text, "UTC");

    g_assert_cmpstr (byline_article_get_headline (a), ==, "Library reopens after six months of flood repairs");
    assert_bylines (a, "Hannah Reid", NULL);
    assert_date (a, "2026-11-27T12:40:00+00:00", "UTC");
    g_assert_cmpstr (byline_article_get_body (a), ==, "The Millbrook public library reopened on Thursday.\n");
  }
}

static void
test_ad_markers (void)
{
  const char *markers[] = {
    "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Continue reading the main story",
    "Advertisement \u00b7 Scroll to continue", "Story\u00a0continues below\u00a0advertisement",
    "Article continues after this advertisement", "Skip advertisement", "Advertisement\nHide Ad", "Anzeige",
    "Weiterlesen nach der Anzeige", "Publicit\u00e9", "La suite apr\u00e8s la publicit\u00e9", "Publicidad",
    "\u062a\u0628\u0644\u06cc\u063a\u0627\u062a", "\u0627\u062f\u0627\u0645\u0647 \u0645\u0637\u0644\u0628",
    "\u0625\u0639\u0644\u0627\u0646",
  };

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      g_autofree char *middle = g_strdup_printf ("Boats call from Monday.\n\n%s\n\nFares stay the same.", markers[i]);

      assert_middle (middle, "Boats call from Monday.\n\nFares stay the same.");
    }
  assert_middle ("The advertisement that started it\n\nA billboard went up on the pier in January.",
                 "## The advertisement that started it\n\nA billboard went up on the pier in January.");
  assert_middle ("Boats call from Monday.\n\nContinue to the next page of the report, the council said.",
                 "Boats call from Monday.\n\nContinue to the next page of the report, the council said.");
  assert_middle ("Advertising\n\nThe council earns 2 million a year from the boards.",
                 "## Advertising\n\nThe council earns 2 million a year from the boards.");
  assert_middle ("Ads on the pier\n\nThe council wants fewer of them.",
                 "## Ads on the pier\n\nThe council wants fewer of them.");
}

/* A newsletter box, on one block or spread over blank lines, goes whole
 * (its text stayed as a paragraph, its button too); a story's sentence
 * about a newsletter stays, and so does a paragraph after the box */
static void
test_newsletter_boxes (void)
{
  assert_middle ("Boats call from Monday.\n\nSign up for our newsletter\n"
                 "Get the day's top stories from Portvale in your inbox every morning.\nSign up",
                 "Boats call from Monday.");
  assert_middle ("Boats call from Monday.\n\nSign up to our morning newsletter\n\nEnter your email address\n\n"
                 "Subscribe\n\nBy signing up you agree to our Privacy Policy.\n\nFares stay the same.",
                 "Boats call from Monday.\n\nFares stay the same.");
  assert_middle ("Jetzt Newsletter abonnieren\nDie wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.\n"
                 "Anmelden\n\nFares stay the same.", "Fares stay the same.");
  assert_middle ("Boats call from Monday.\n\nSign up\n\nFares stay the same.",
                 "Boats call from Monday.\n\nFares stay the same.");
  assert_middle ("Sign up for our newsletter to get the latest news every morning.\n\nFares stay the same.",
                 "Fares stay the same.");
  {
    const char *prompts[] = {
      "Inscrivez-vous \u00e0 notre newsletter", "Suscr\u00edbete a nuestro bolet\u00edn",
      "\u0639\u0636\u0648\u06cc\u062a \u062f\u0631 \u062e\u0628\u0631\u0646\u0627\u0645\u0647",
      "\u0627\u0634\u062a\u0631\u0643 \u0641\u064a \u0627\u0644\u0646\u0634\u0631\u0629 "
      "\u0627\u0644\u0628\u0631\u064a\u062f\u064a\u0629",
    };

    for (guint i = 0; i < G_N_ELEMENTS (prompts); i++)
      {
        g_autofree char *middle = g_strdup_printf ("%s\n\nFares stay the same.", prompts[i]);

        assert_middle (middle, "Fares stay the same.");
      }
  }
  assert_middle ("Residents can sign up for the council's weekly newsletter at the library.",
                 "Residents can sign up for the council's weekly newsletter at the library.");
  assert_middle ("Sign up for our newsletter\n\nResidents can email the council with questions.",
                 "Residents can email the council with questions.");
}

/* Rows of sharing buttons on one line ("Share: Facebook · X" became a
 * subheading); a subheading naming networks stays */
static void
test_share_rows (void)
{
  assert_middle ("Share: Facebook \u00b7 X \u00b7 Email \u00b7 Copy link\n\nFares stay the same.",
                 "Fares stay the same.");
  assert_middle ("Share this article Copy link\n\nFares stay the same.", "Fares stay the same.");
  assert_middle ("Copy link to clipboard\n\nShare via WhatsApp\n\nFares stay the same.", "Fares stay the same.");
  assert_middle ("Facebook and X banned\n\nThe council closed its accounts.",
                 "## Facebook and X banned\n\nThe council closed its accounts.");
}

/* "Related stories" and its links between two parts of the story: the
 * links go, the next part's subheading stays (it went with the links) */
static void
test_links_then_story (void)
{
  assert_middle ("Boats call from Monday.\n\nRelated stories\nFerry fares to rise in April\n"
                 "Harbour wall repairs begin\n\nWhat riders can expect\n\n"
                 "Fares stay the same until the end of the year.",
                 "Boats call from Monday.\n\n## What riders can expect\n\n"
                 "Fares stay the same until the end of the year.");
  assert_middle ("Boats call from Monday.\n\nRelated: Ferry fares to rise in April\n\n"
                 "Read more: Harbour wall repairs begin\n\nFares stay the same.",
                 "Boats call from Monday.\n\nFares stay the same.");
}

/* What an editor keeps: a picture's caption and credit (in italics), the
 * sign-off that credits the reporters and editors, a correction */
static void
test_story_tails_kept (void)
{
  assert_middle ("Boats call from Monday.\n\nThe ferry Northern Light at the quay.\nPhoto: Jan Berg/Portvale Press",
                 "Boats call from Monday.\n\n*The ferry Northern Light at the quay.\nPhoto: Jan Berg/Portvale Press*");
  /* (a credit alone under dropped furniture is not the paragraph
   * above's: that paragraph is no caption, and the lede stays the lede) */
  assert_middle ("Boats call from Monday.\n\nAdvertisement\n\nImage: Jan Berg/Portvale Press",
                 "Boats call from Monday.\n\n*Image: Jan Berg/Portvale Press*");
  {
    g_autoptr(BylineArticle) a = import ("By Tom Reid\n\nCouncil opens new ferry terminal\n\nMarch 3, 2023 - 09:15\n\n"
                                         "MILLBROOK \u2013 The council opened a new ferry terminal on Friday.\n\n"
                                         "Story continues below advertisement\n\n(Photo: Jan Berg/Portvale Press)\n\n"
                                         "Boats call from Monday.\n", "UTC");

    g_assert_cmpstr (byline_article_get_standfirst (a), ==, "The council opened a new ferry terminal on Friday.");
    g_assert_cmpstr (byline_article_get_body (a), ==,
                     "The council opened a new ferry terminal on Friday.\n\n*(Photo: Jan Berg/Portvale Press)*\n\n"
                     "Boats call from Monday.\n");
  }
  assert_middle ("Boats call from Monday.\n\nReporting by Tom Reid; Editing by Sara Lund",
                 "Boats call from Monday.\n\nReporting by Tom Reid; Editing by Sara Lund");
  assert_middle ("Boats call from Monday.\n\nThis article was amended on 4 March 2023 to correct the fare.",
                 "Boats call from Monday.\n\nThis article was amended on 4 March 2023 to correct the fare.");
}

/* The writer's address alone on the story's last line, under its label,
 * goes to the note as a bio box does; an address the story gives its
 * readers stays */
static void
test_writer_contact (void)
{
  const struct {
    const char *foot;
    gboolean    noted;
  } cases[] = {
    { "Contact the writer: priya.nair@example-news.co.uk", TRUE },
    { "Email the reporter: pnair@example.com.", TRUE },
    { "E-mail: pnair@example.com", TRUE },
    { "Kontakt zum Autor: p.nair@zeitung.example", TRUE },
    { "For details, email grants@council.example.", FALSE },
    { "Applications: grants@council.example", FALSE },
    { "Contact the council: the office opens at nine.", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("By Priya Nair\n\nRenters get new rights from January\n\n"
                                                "30 November 2026\n\n"
                                                "LONDON - New rules for private renters come into force on 1 January.\n\n"
                                                "Landlords can no longer evict tenants without a reason.\n\n"
                                                "%s\n\nLeave a comment\n\n3 + 5 =\n", cases[i].foot);
      g_autoptr(BylineArticle) a = import (story, "UTC");
      const char *body = byline_article_get_body (a);

      if (cases[i].noted)
        {
          g_assert_cmpstr (byline_article_get_note (a), ==, cases[i].foot);
          g_assert_true (g_str_has_suffix (body, "without a reason.\n"));
        }
      else
        {
          g_assert_cmpstr (byline_article_get_note (a), ==, "");
          assert_has (body, cases[i].foot);
        }
    }
}

/* Readers' comments under the story, before the form: not the story (the
 * date lines became subheadings). With a head ("3 comments") or each
 * ending in "Reply"; in the languages the importer reads. */
static void
test_readers_comments (void)
{
  const char *lists[] = {
    "3 comments\n\nMaria K.\nMarch 3, 2023 at 10:02\nFinally! The boats are packed.\nReply\n\n"
    "John Doe\nMarch 3, 2023 at 11:15\nWhat about the old ferries? Will they be sold?\nReply",
    /* (blank lines between, "says:", a relative time, no "Reply") */
    "2 Comments\n\nJane Hollis says:\n\nMarch 4, 2023 at 10:02 am\n\nAbout time too.\n\n"
    "Peter\n\n2 hours ago\n\nGood news.\nIt was overdue.",
    "Comments (1)\n\nMaria K. \u00b7 March 3, 2023\nFinally! The boats are packed.\nLike \u00b7 Reply",
    "2 comments\n\nMaria K.\n03/03/2023 at 10:02 am\nFinally!\nReply\n\nJohn Doe\nYesterday at 18:40\nGood.\nReply",
    /* (Disqus: "Name • 2 hours ago", a comment of two paragraphs, its
     * actions, "Load more comments") */
    "3 Comments\n\nMaria K. \u2022 2 hours ago\nThe boats are packed.\n\nI waited forty minutes on Tuesday.\n"
    "Reply \u2022 Share \u203a\n\nJohn Doe \u2022 5 hours ago\nGood news.\nLike \u00b7 Reply \u00b7 2h\n\n"
    "Load more comments",
    /* (no date: each ends in "Reply") */
    "2 comments\n\nMaria K.\nFinally! The boats are packed.\nReply\n\nJohn Doe\nGood news.\nReply",
    /* (no head: each ends in "Reply") */
    "Maria K.\nMarch 3, 2023 at 10:02\nFinally! The boats are packed.\nReply",
    "3 Kommentare\n\nKlaus M.\n3. M\u00e4rz 2023 um 10:02 Uhr\nEndlich tut sich etwas.\nAntworten",
    "\u06f2 \u062f\u06cc\u062f\u06af\u0627\u0647\n\n\u0639\u0644\u06cc \u0631\u0636\u0627\u06cc\u06cc\n"
    "\u06f1\u06f3 \u0627\u0633\u0641\u0646\u062f \u06f1\u06f4\u06f0\u06f1 - \u06f1\u06f1:\u06f3\u06f0\n"
    "\u0628\u0627\u0644\u0627\u062e\u0631\u0647.\n\u067e\u0627\u0633\u062e",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *story = g_strdup_printf ("By Tom Reid\n\nCouncil opens new ferry terminal\n\n"
                                                "March 3, 2023 - 09:15\n\n"
                                                "MILLBROOK \u2013 The council opened a new ferry terminal "
                                                "on Friday.\n\nBoats call from Monday.\n\n%s\n\n"
                                                "Leave a Comment\n\n3 + 4 =\n",
                                                lists[i]);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "The council opened a new ferry terminal on Friday.\n\nBoats call from Monday.\n");
    }
}

/* What looks like a comment but is the story's stays: a paragraph that
 * speaks of comments, a subheading over a date, "Comments" over a
 * paragraph that goes on, a list of names and dates the story goes on
 * after */
static void
test_comments_lookalikes_kept (void)
{
  assert_middle ("The council received 3 comments from residents in the first hour.",
                 "The council received 3 comments from residents in the first hour.");
  assert_middle ("Timeline\n\nMarch 4, 2023\nThe consultation closes.",
                 "## Timeline\n\nMarch 4, 2023\nThe consultation closes.");
  assert_middle ("3 comments\n\nKey dates\nThe consultation closes at midnight.\n\nOfficials will answer by Friday.",
                 "Key dates\nThe consultation closes at midnight.\n\nOfficials will answer by Friday.");
  assert_middle ("3 comments\n\nMaria Keller\nMarch 4, 2023\nThe first resident to write in asked about fares.\n\n"
                 "Officials answered all of them by Friday.",
                 "Maria Keller\nMarch 4, 2023\nThe first resident to write in asked about fares.\n\n"
                 "Officials answered all of them by Friday.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-page/headline-and-byline-together", test_headline_and_byline_together);
  g_test_add_func ("/import-page/furniture-over-head-and-deck", test_furniture_over_head_and_deck);
  g_test_add_func ("/import-page/masthead-over-headline", test_masthead_over_headline);
  g_test_add_func ("/import-page/post-meta", test_post_meta);
  g_test_add_func ("/import-page/without-story", test_page_without_story);
  g_test_add_func ("/import-page/ad-markers", test_ad_markers);
  g_test_add_func ("/import-page/newsletter-boxes", test_newsletter_boxes);
  g_test_add_func ("/import-page/share-rows", test_share_rows);
  g_test_add_func ("/import-page/links-then-story", test_links_then_story);
  g_test_add_func ("/import-page/story-tails-kept", test_story_tails_kept);
  g_test_add_func ("/import-page/writer-contact", test_writer_contact);
  g_test_add_func ("/import-page/readers-comments", test_readers_comments);
  g_test_add_func ("/import-page/comments-lookalikes-kept", test_comments_lookalikes_kept);

  return g_test_run ();
}
