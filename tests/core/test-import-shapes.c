/* test-import-shapes.c: more shapes of wire copy
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A stamp in GMT told in the user's zone, and where each rule stops.
 */

#include "config.h"

#include <string.h>

#include "byline-core.h"
#include "test-import-util.h"

/* "10:42 GMT" is an instant: the story takes the zone the user chose
 * (the same instant told there); with no zone chosen it stays in UTC */
static void
test_gmt_follows_zone (void)
{
  const char *story =
    "Rail strike called off after late talks\n\n"
    "By Tom Hale\n\n"
    "Sat 28 Nov 2026 10.42 GMT\n\n"
    "A planned rail strike was called off late on Friday after talks between unions and operators.\n";
  const char *iso =
    "Ferry fares frozen\n\n"
    "2026-06-03T09:15:00Z\n\n"
    "The harbour authority froze ferry fares on Monday.\n";

  {
    g_autoptr(BylineArticle) a = import (story, "Europe/London");

    assert_date (a, "2026-11-28T10:42:00+00:00", "Europe/London");
  }
  {
    /* (in summer London is an hour ahead: the same instant) */
    g_autoptr(BylineArticle) a = import (iso, "Europe/London");

    assert_date (a, "2026-06-03T10:15:00+01:00", "Europe/London");
  }
  {
    g_autoptr(BylineArticle) a = import (story, "Asia/Tehran");

    assert_date (a, "2026-11-28T14:12:00+03:30", "Asia/Tehran");
  }
  {
    g_autoptr(BylineArticle) a = import (story, "UTC");

    assert_date (a, "2026-11-28T10:42:00+00:00", "UTC");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BylineArticle) a = byline_import_wire_copy (story, -1, NULL, &error);

    g_assert_no_error (error);
    assert_date (a, "2026-11-28T10:42:00+00:00", "UTC");
  }
  /* Other zones keep their own rule: EST read in London stays New York */
  {
    g_autoptr(BylineArticle) a = import ("Rail strike called off\n\nNov. 28, 2026 6:14 AM EST\n\n"
                                         "The strike was called off.\n", "Europe/London");

    assert_date (a, "2026-11-28T06:14:00-05:00", "America/New_York");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-shapes/gmt-follows-zone", test_gmt_follows_zone);

  return g_test_run ();
}
