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
      g_autofree char *story = g_strdup_printf ("%s\n\nMarch 3, 2023 - 09:15\n\n"
                                                "PORTVALE \u2013 The transit authority will add six ferries.\n\n"
                                                "The boats carry 180 passengers each.\n", headers[i]);
      g_autoptr(BylineArticle) a = import (story, "UTC");

      g_test_message ("case %u", i);
      g_assert_cmpstr (byline_article_get_headline (a), !=, "");
      g_assert_true (g_str_has_prefix (byline_article_get_headline (a), i == 3 ? "Will the" : "Harbour city"));
      assert_bylines (a, "Lena Okafor", i == 2 ? "Tom Reid" : NULL);
      g_assert_cmpstr (byline_article_get_dateline (a), ==, "PORTVALE");
      assert_date (a, "2023-03-03T09:15:00+00:00", "UTC");
      g_assert_cmpstr (byline_article_get_body (a), ==,
                       "The transit authority will add six ferries.\n\nThe boats carry 180 passengers each.\n");
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
                                         "\u0648\u0627\u062d\u062f \u0627\u0639\u0644\u0627\u0645 \u06a9\u0631\u062f.\n\n"
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-page/headline-and-byline-together", test_headline_and_byline_together);

  return g_test_run ();
}
