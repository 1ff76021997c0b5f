/* test-calendar.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "byline-core.h"

static const struct {
  int sy, sm, sd;
  int gy, gm, gd;
} known[] = {
  { 1401, 12, 12, 2023, 3, 3 },
  { 1402, 1, 1, 2023, 3, 21 },
  { 1401, 1, 1, 2022, 3, 21 },
  { 1403, 1, 1, 2024, 3, 20 },
  { 1403, 12, 30, 2025, 3, 20 },
  { 1404, 1, 1, 2025, 3, 21 },
  { 1399, 12, 30, 2021, 3, 20 },
  { 1400, 1, 1, 2021, 3, 21 },
  { 1399, 1, 1, 2020, 3, 20 },
  { 1395, 12, 30, 2017, 3, 20 },
  { 1357, 11, 22, 1979, 2, 11 },
  { 1300, 1, 1, 1921, 3, 21 },
  { 1348, 10, 11, 1970, 1, 1 },
  { 1379, 10, 11, 2000, 12, 31 },
  { 1402, 7, 1, 2023, 9, 23 },
  { 1402, 6, 31, 2023, 9, 22 },
};

static void
test_calendar_known_pairs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      int y = 0, m = 0, d = 0;

      g_assert_true (byline_calendar_solar_hijri_to_gregorian (known[i].sy, known[i].sm, known[i].sd, &y, &m, &d));
      g_assert_cmpint (y, ==, known[i].gy);
      g_assert_cmpint (m, ==, known[i].gm);
      g_assert_cmpint (d, ==, known[i].gd);

      g_assert_true (byline_calendar_gregorian_to_solar_hijri (known[i].gy, known[i].gm, known[i].gd, &y, &m, &d));
      g_assert_cmpint (y, ==, known[i].sy);
      g_assert_cmpint (m, ==, known[i].sm);
      g_assert_cmpint (d, ==, known[i].sd);
    }
}

static void
test_calendar_leap_years (void)
{
  const int leap[] = { 1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408 };
  const int common[] = { 1396, 1397, 1398, 1400, 1401, 1402, 1404, 1405 };

  for (guint i = 0; i < G_N_ELEMENTS (leap); i++)
    {
      g_assert_true (byline_calendar_solar_hijri_is_leap (leap[i]));
      g_assert_cmpint (byline_calendar_solar_hijri_month_days (leap[i], 12), ==, 30);
      g_assert_true (byline_calendar_solar_hijri_is_valid (leap[i], 12, 30));
    }
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    {
      int y, m, d;

      g_assert_false (byline_calendar_solar_hijri_is_leap (common[i]));
      g_assert_false (byline_calendar_solar_hijri_is_valid (common[i], 12, 30));
      g_assert_false (byline_calendar_solar_hijri_to_gregorian (common[i], 12, 30, &y, &m, &d));
    }

  g_assert_false (byline_calendar_solar_hijri_is_valid (1401, 13, 1));
  g_assert_false (byline_calendar_solar_hijri_is_valid (1401, 0, 1));
  g_assert_false (byline_calendar_solar_hijri_is_valid (1401, 7, 31));
  g_assert_false (byline_calendar_solar_hijri_is_valid (1401, 1, 0));
  g_assert_true (byline_calendar_solar_hijri_is_valid (1401, 6, 31));
}

/* Every day from 1300 to 1500 AP: the conversion is a bijection that
 * advances one Solar Hijri day per Gregorian day. */
static void
test_calendar_every_day (void)
{
  GDate date;
  int py = 0, pm = 0, pd = 0;
  guint days = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 21, G_DATE_MARCH, 1921);

  for (;;)
    {
      int y, m, d, gy, gm, gd;

      g_assert_true (byline_calendar_gregorian_to_solar_hijri (g_date_get_year (&date), g_date_get_month (&date),
                                                               g_date_get_day (&date), &y, &m, &d));
      if (y > 1500)
        break;
      g_assert_true (byline_calendar_solar_hijri_is_valid (y, m, d));
      g_assert_true (byline_calendar_solar_hijri_to_gregorian (y, m, d, &gy, &gm, &gd));
      g_assert_cmpint (gy, ==, g_date_get_year (&date));
      g_assert_cmpint (gm, ==, g_date_get_month (&date));
      g_assert_cmpint (gd, ==, g_date_get_day (&date));

      if (days == 0)
        {
          g_assert_cmpint (y, ==, 1300);
          g_assert_cmpint (m, ==, 1);
          g_assert_cmpint (d, ==, 1);
        }
      else if (d == 1 && m == 1)
        {
          g_assert_cmpint (y, ==, py + 1);
          g_assert_cmpint (pm, ==, 12);
          g_assert_cmpint (pd, ==, byline_calendar_solar_hijri_month_days (py, 12));
        }
      else if (d == 1)
        {
          g_assert_cmpint (m, ==, pm + 1);
          g_assert_cmpint (pd, ==, byline_calendar_solar_hijri_month_days (py, pm));
        }
      else
        g_assert_cmpint (d, ==, pd + 1);

      py = y, pm = m, pd = d;
      days++;
      g_date_add_days (&date, 1);
    }

  g_assert_cmpuint (days, >, 73000);
}

static void
test_calendar_digits (void)
{
  g_autofree char *a = byline_calendar_digits_to_ascii ("۱۲ اسفند ۱۴۰۱ - ۱۰:۲۰");
  g_autofree char *b = byline_calendar_digits_to_ascii ("٠١٢٣٤٥٦٧٨٩ and 42");
  g_autofree char *c = byline_calendar_digits_to_persian ("10:20, 1401");
  g_autofree char *d = byline_calendar_digits_to_arabic_indic ("۱۲ and 34");
  g_autofree char *e = byline_calendar_digits_to_ascii ("bad \xff utf-8 ۳");

  g_assert_cmpstr (a, ==, "12 اسفند 1401 - 10:20");
  g_assert_cmpstr (b, ==, "0123456789 and 42");
  g_assert_cmpstr (c, ==, "۱۰:۲۰, ۱۴۰۱");
  g_assert_cmpstr (d, ==, "١٢ and ٣٤");
  g_assert_nonnull (e);
  g_assert_true (g_str_has_suffix (e, " 3"));
}

static void
test_calendar_month_names (void)
{
  g_assert_cmpint (byline_calendar_parse_persian_month ("اسفند"), ==, 12);
  g_assert_cmpint (byline_calendar_parse_persian_month ("فروردين"), ==, 1);  /* Arabic yeh */
  g_assert_cmpint (byline_calendar_parse_persian_month ("Esfand"), ==, 12);
  g_assert_cmpint (byline_calendar_parse_persian_month ("ORDIBEHESHT"), ==, 2);
  g_assert_cmpint (byline_calendar_parse_persian_month ("Dey"), ==, 10);
  /* (with "month" written on, with or without a zero-width non-joiner) */
  g_assert_cmpint (byline_calendar_parse_persian_month ("آذرماه"), ==, 9);
  g_assert_cmpint (byline_calendar_parse_persian_month ("آذر\u200cماه"), ==, 9);
  g_assert_cmpint (byline_calendar_parse_persian_month ("ماه"), ==, 0);
  g_assert_cmpint (byline_calendar_parse_persian_month ("Amordad"), ==, 5);
  g_assert_cmpint (byline_calendar_parse_persian_month ("March"), ==, 0);
  g_assert_cmpint (byline_calendar_parse_persian_month (""), ==, 0);
  g_assert_cmpint (byline_calendar_parse_persian_month ("\xff\xfe"), ==, 0);
  for (int m = 1; m <= 12; m++)
    {
      g_assert_cmpint (byline_calendar_parse_persian_month (byline_calendar_persian_month_name (m)), ==, m);
      g_assert_cmpint (byline_calendar_parse_english_month (byline_calendar_english_month_name (m)), ==, m);
    }

  g_assert_cmpint (byline_calendar_parse_english_month ("march"), ==, 3);
  g_assert_cmpint (byline_calendar_parse_english_month ("Mar."), ==, 3);
  g_assert_cmpint (byline_calendar_parse_english_month ("Sept"), ==, 9);
  g_assert_cmpint (byline_calendar_parse_english_month ("Ma"), ==, 0);
  g_assert_cmpint (byline_calendar_parse_english_month ("Mayor"), ==, 0);
  g_assert_cmpint (byline_calendar_parse_english_month ("Marc"), ==, 0);

  g_assert_cmpint (byline_calendar_parse_russian_month ("марта"), ==, 3);
  g_assert_cmpint (byline_calendar_parse_russian_month ("Март"), ==, 3);
  g_assert_cmpint (byline_calendar_parse_russian_month ("мая"), ==, 5);
  g_assert_cmpint (byline_calendar_parse_russian_month ("Май"), ==, 5);
  g_assert_cmpint (byline_calendar_parse_russian_month ("декабря"), ==, 12);
  g_assert_cmpint (byline_calendar_parse_russian_month ("мама"), ==, 0);
}

static void
test_calendar_format (void)
{
  g_autoptr(GTimeZone) tehran = g_time_zone_new_identifier ("Asia/Tehran");
  g_autoptr(GDateTime) dt = g_date_time_new (tehran, 2023, 3, 3, 10, 20, 0);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) ferry = g_date_time_new (utc, 2023, 3, 3, 9, 15, 0);
  g_autofree char *a = byline_calendar_format_solar_hijri (dt, FALSE);
  g_autofree char *b = byline_calendar_format_solar_hijri (dt, TRUE);
  g_autofree char *c = byline_calendar_format_english (ferry, TRUE);
  g_autofree char *d = byline_calendar_format_english (ferry, FALSE);

  g_assert_cmpstr (a, ==, "۱۲ اسفند ۱۴۰۱");
  g_assert_cmpstr (b, ==, "۱۲ اسفند ۱۴۰۱، ۱۰:۲۰");
  g_assert_cmpstr (c, ==, "3 March 2023, 09:15");
  g_assert_cmpstr (d, ==, "3 March 2023");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/calendar/known-pairs", test_calendar_known_pairs);
  g_test_add_func ("/calendar/leap-years", test_calendar_leap_years);
  g_test_add_func ("/calendar/every-day-1300-1500", test_calendar_every_day);
  g_test_add_func ("/calendar/digits", test_calendar_digits);
  g_test_add_func ("/calendar/month-names", test_calendar_month_names);
  g_test_add_func ("/calendar/format", test_calendar_format);

  return g_test_run ();
}
