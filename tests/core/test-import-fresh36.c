/* test-import-fresh36.c: a thirty-sixth round, a spot check written
 * blind by a second pair of hands
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twelve English pages in tests/data/fresh-imports-36/, written before
 * they were imported (see the top of its expected.ini), from the Cook
 * Islands, Kiribati, Alaska, Hawaii, Guam, Puerto Rico, Yukon, Tasmania,
 * the Northern Territory, Northern Ireland, Shetland and Liberia. Before
 * the round, 1 of 12 right in every field; 3 after the fixes made the
 * same day (ACST, ChST, "By Courier staff", "Ethan Marsh (AAP)"); 12
 * after the next session's (see the top of expected.ini), every field
 * asserted. test_rules_stop() holds where its rules stop.
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

static void
test_fresh_imports (void)
{
  check_fresh_folder ("BYLINE_FRESH_IMPORTS_36", 12);
}

/* Where this round's rules stop: a story's own sentence about a comment
 * policy or a newsletter stays, and so does a short line under a byline
 * that names no role */
static void
test_rules_stop (void)
{
  const char *story =
    "Harbour board to publish its meeting minutes online\n\n"
    "By Ana Ruiz\n\n"
    "Published March 3, 2026 at 4:15 p.m. AST\n\n"
    "The harbour board will publish the minutes of its meetings online from April, its chair said on Tuesday.\n\n"
    "The board said its comment policy for planning objections would be reviewed next year.\n\n"
    "Please comment on the plan by May 1, the notice on the harbour office door says.\n\n"
    "Residents who want the minutes by email can sign up for the board's newsletter at the harbour office.\n\n"
    "The first minutes will cover the February meeting. Ana Ruiz/Port Desk said more would follow.\n";
  g_autoptr(BylineArticle) a = import (story, "UTC");
  const char *body = byline_article_get_body (a);

  g_assert_cmpstr (byline_article_get_headline (a), ==, "Harbour board to publish its meeting minutes online");
  /* (AST: Puerto Rico's and the Caribbean's, UTC-4 all year) */
  assert_date (a, "2026-03-03T16:15:00-04:00", "America/Puerto_Rico");
  g_assert_nonnull (strstr (body, "The board said its comment policy for planning objections would be reviewed next year."));
  g_assert_nonnull (strstr (body, "Please comment on the plan by May 1, the notice on the harbour office door says."));
  g_assert_nonnull (strstr (body, "can sign up for the board's newsletter at the harbour office."));
  g_assert_nonnull (strstr (body, "Ana Ruiz/Port Desk said more would follow."));

  /* "Suva: The …" opens the lede with its place; a label's colon, or a
   * speaker's in a transcript (the next paragraph opens so too), not */
  {
    const char *ledes[][2] = {
      { "Suva: The ferry between Suva and Levuka will run twice a week from April, the ministry said on Friday.", "Suva" },
      { "Background: The ferry between Suva and Levuka has run once a week since the storm damaged its ramp.", "" },
      { "Mere Tui: The ferry between Suva and Levuka has run once a week since the storm, and that is not enough.\n\n"
        "Sam Lee: Why not twice a week, then, as the ministry promised the islanders last year?", "" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (ledes); i++)
      {
        g_autofree char *text = g_strdup_printf ("Ferry to run twice a week\n\nBy Ana Ruiz\n\nThursday, 5 March 2026\n\n%s\n\n"
                                                 "The ministry will review the timetable in June.\n", ledes[i][0]);
        g_autoptr(BylineArticle) b = import (text, "UTC");

        g_assert_cmpstr (byline_article_get_dateline (b), ==, ledes[i][1]);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/fresh36", test_fresh_imports);
  g_test_add_func ("/import/fresh36/rules-stop", test_rules_stop);

  return g_test_run ();
}
