/* test-import-labels.c: stories filed with their header fields labelled
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "HEADLINE: …" / "BYLINE: …" over the story, as filing forms and
 * e-mailed copy have it (all of it stayed in the body, nothing read).
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

static void
test_labels_filing_form (void)
{
  g_autoptr(BylineArticle) a = import ("HEADLINE: City council backs congestion charge for harbour district\n"
                                       "STANDFIRST: Drivers will pay £8 a day from next spring under plans approved on Monday\n"
                                       "BYLINE: Lena Okafor, Transport Correspondent\n"
                                       "DATELINE: PORTVALE, 24 November 2026\n\n"
                                       "The city council voted 31-12 on Monday to introduce a congestion charge.\n\n"
                                       "\"This is about clean air,\" said council leader Amira Haddad.\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "City council backs congestion charge for harbour district");
  g_assert_cmpstr (byline_article_get_standfirst (a), ==,
                   "Drivers will pay £8 a day from next spring under plans approved on Monday");
  assert_bylines (a, "Lena Okafor", NULL);
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "PORTVALE");
  assert_date (a, "2026-11-24T00:00:00+00:00", "UTC");
  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "The city council voted 31-12 on Monday to introduce a congestion charge.\n\n"
                   "\"This is about clean air,\" said council leader Amira Haddad.\n");
}

/* Labels in mixed case with blank lines between, the metadata fields,
 * the story after "Body:" with its own dateline */
static void
test_labels_all_fields (void)
{
  g_autoptr(BylineArticle) a = import ("Title: Night ferries return to the harbour\n\n"
                                       "Author: Tom Reid and Sara Lund\n"
                                       "Date: 3 March 2026 10:15\n"
                                       "Section: Transport\n"
                                       "Tags: ferries, harbour; night services\n"
                                       "Slug: night-ferries-return\n"
                                       "Excerpt: Night crossings resume after two years.\n"
                                       "Body:\n"
                                       "PORTVALE \u2013 Night ferries return to the harbour on Friday.\n\n"
                                       "Tickets go on sale today.\n", "Europe/London");
  const char * const *tags = byline_article_get_tags (a);

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Night ferries return to the harbour");
  assert_bylines (a, "Tom Reid", "Sara Lund");
  assert_date (a, "2026-03-03T10:15:00+00:00", "Europe/London");
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "PORTVALE");
  g_assert_cmpstr (byline_article_get_section (a), ==, "Transport");
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 3);
  g_assert_cmpstr (tags[0], ==, "ferries");
  g_assert_cmpstr (tags[2], ==, "night services");
  g_assert_cmpstr (byline_article_get_slug (a), ==, "night-ferries-return");
  g_assert_cmpstr (byline_article_get_excerpt (a), ==, "Night crossings resume after two years.");
  g_assert_cmpstr (byline_article_get_body (a), ==,
                   "Night ferries return to the harbour on Friday.\n\nTickets go on sale today.\n");
}

/* Persian labels */
static void
test_labels_persian (void)
{
  g_autoptr(BylineArticle) a = import ("\u062a\u06cc\u062a\u0631: \u0627\u062a\u0648\u0628\u0648\u0633\u200c\u0647\u0627\u06cc "
                                       "\u0628\u0631\u0642\u06cc \u0628\u0647 \u062e\u06cc\u0627\u0628\u0627\u0646 "
                                       "\u0622\u0645\u062f\u0646\u062f\n"
                                       "\u0646\u0648\u06cc\u0633\u0646\u062f\u0647: \u0645\u0631\u06cc\u0645 "
                                       "\u0627\u062d\u0645\u062f\u06cc\n\n"
                                       "\u062a\u0647\u0631\u0627\u0646 \u2013 \u0634\u0631\u06a9\u062a "
                                       "\u0648\u0627\u062d\u062f \u06f2\u06f0 \u0627\u062a\u0648\u0628\u0648\u0633 "
                                       "\u0628\u0631\u0642\u06cc \u062e\u0631\u06cc\u062f.\n", "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==,
                   "\u0627\u062a\u0648\u0628\u0648\u0633\u200c\u0647\u0627\u06cc \u0628\u0631\u0642\u06cc "
                   "\u0628\u0647 \u062e\u06cc\u0627\u0628\u0627\u0646 \u0622\u0645\u062f\u0646\u062f");
  assert_bylines (a, "\u0645\u0631\u06cc\u0645 \u0627\u062d\u0645\u062f\u06cc", NULL);
  g_assert_cmpstr (byline_article_get_dateline (a), ==, "\u062a\u0647\u0631\u0627\u0646");
  g_assert_cmpstr (byline_article_get_language (a), ==, "fa");
}

/* One label alone is no labelled header: a headline that happens to hold
 * a colon is read as wire copy, and nothing is lost */
static void
test_labels_not_labels (void)
{
  g_autoptr(BylineArticle) a = import ("Update: ferry timetable changes from Monday\n\n"
                                       "By Lena Okafor\n\n"
                                       "PORTVALE \u2013 The morning crossings move ten minutes earlier.\n", "UTC");
  g_autoptr(BylineArticle) b = import ("Title: one line with a label\n\nThe rest is a story of its own, told plainly.\n",
                                       "UTC");

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Update: ferry timetable changes from Monday");
  assert_bylines (a, "Lena Okafor", NULL);
  g_assert_nonnull (strstr (byline_article_get_headline (b), "one line with a label"));
  g_assert_nonnull (strstr (byline_article_get_body (b), "The rest is a story of its own"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-labels/filing-form", test_labels_filing_form);
  g_test_add_func ("/import-labels/all-fields", test_labels_all_fields);
  g_test_add_func ("/import-labels/persian", test_labels_persian);
  g_test_add_func ("/import-labels/not-labels", test_labels_not_labels);

  return g_test_run ();
}
