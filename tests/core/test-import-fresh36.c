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
 * same day (ACST, ChST, "By Courier staff", "Ethan Marsh (AAP)"). What
 * the importer does not read yet is marked
 * "not yet" in each story's group and not asserted; the rest is.
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
