/* test-date-format.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-date-format.h"

static void
test_date_format_calendars (void)
{
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) date = g_date_time_new (tehran, 2023, 3, 3, 10, 20, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);
  g_autofree char *gregorian = byline_format_date_with_calendar (date, BYLINE_DISPLAY_CALENDAR_GREGORIAN, TRUE);
  g_autofree char *day = byline_format_date_with_calendar (date, BYLINE_DISPLAY_CALENDAR_GREGORIAN, FALSE);
  g_autofree char *hijri = byline_format_date_with_calendar (date, BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI, TRUE);
  g_autofree char *hijri_day = byline_format_date_with_calendar (date, BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI, FALSE);
  g_autofree char *in_utc = byline_format_date_with_calendar (utc, BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI, TRUE);

  g_assert_cmpstr (gregorian, ==, "3 March 2023, 10:20");
  g_assert_cmpstr (day, ==, "3 March 2023");
  /* 12 Esfand 1401, Persian digits */
  g_assert_cmpstr (hijri, ==, "۱۲ اسفند ۱۴۰۱، ۱۰:۲۰");
  g_assert_cmpstr (hijri_day, ==, "۱۲ اسفند ۱۴۰۱");
  /* Shown in the date's own zone: the same instant in UTC is 06:50 */
  g_assert_cmpstr (in_utc, ==, "۱۲ اسفند ۱۴۰۱، ۰۶:۵۰");
}

static void
test_date_format_untranslated (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 11, 28, 0, 5, 0);
  g_autofree char *text = byline_format_date_for_display (date, TRUE);

  /* No translation (the C locale): the Gregorian calendar */
  g_assert_cmpint (byline_display_calendar (), ==, BYLINE_DISPLAY_CALENDAR_GREGORIAN);
  g_assert_cmpstr (text, ==, "28 November 2026, 00:05");
}

/* A story's date in its own zone, named: the publish popover and the
 * details panel say the same (the popover said "01/01/35 09:00 +0330") */
static void
test_date_format_in_zone (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2035, 1, 1, 5, 30, 0);
  g_autofree char *tehran = byline_format_date_in_zone (date, "Asia/Tehran");
  g_autofree char *london = byline_format_date_in_zone (date, "Europe/London");
  g_autofree char *local = byline_format_date_in_zone (date, NULL);

  g_assert_cmpstr (tehran, ==, "1 January 2035, 09:00 (Asia/Tehran)");
  g_assert_cmpstr (london, ==, "1 January 2035, 05:30 (Europe/London)");
  g_assert_true (g_str_has_prefix (local, "1 January 2035, ") || g_str_has_prefix (local, "31 December 2034, ") ||
                 g_str_has_prefix (local, "2 January 2035, "));
  g_assert_true (g_str_has_suffix (local, ")"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date-format/calendars", test_date_format_calendars);
  g_test_add_func ("/date-format/untranslated", test_date_format_untranslated);
  g_test_add_func ("/date-format/in-zone", test_date_format_in_zone);

  return g_test_run ();
}
