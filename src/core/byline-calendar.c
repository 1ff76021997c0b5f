/* byline-calendar.c: Solar Hijri (Persian) ↔ Gregorian, digits, month names
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Solar Hijri arithmetic is Borkowski's algorithm as used by
 * jalaali-js: the leap years come from the "breaks" table of years where
 * the 33-year cycle changes phase, which follows the astronomical calendar
 * in use in Iran for years -61 … 3177 AP (tested against known dates).
 * Gregorian day numbers come from GDate's Julian day count.
 */

#define G_LOG_DOMAIN "byline-calendar"

#include "config.h"

#include <string.h>

#include "byline-calendar.h"

static const int breaks[] = {
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
  2324, 2394, 2456, 3178
};

static int
div_t0 (int a, int b)
{
  return a / b;   /* C division truncates toward zero, as the algorithm wants */
}

static int
mod_t0 (int a, int b)
{
  return a - (a / b) * b;
}

static gboolean
year_in_range (int year)
{
  return year >= breaks[0] + 1 && year < breaks[G_N_ELEMENTS (breaks) - 1] && year + 621 >= 1;
}

/* Computes the Gregorian year and March day of 1 Farvardin of @jy, and
 * how many years have passed since the last leap year (0: @jy is leap). */
static void
jal_cal (int  jy,
         int *gy,
         int *march,
         int *leap)
{
  int leap_j = -14;
  int jp = breaks[0];
  int jump = 0;
  int n, leap_g;

  for (guint i = 1; i < G_N_ELEMENTS (breaks); i++)
    {
      int jm = breaks[i];

      jump = jm - jp;
      if (jy < jm)
        break;
      leap_j += div_t0 (jump, 33) * 8 + div_t0 (mod_t0 (jump, 33), 4);
      jp = jm;
    }
  n = jy - jp;

  leap_j += div_t0 (n, 33) * 8 + div_t0 (mod_t0 (n, 33) + 3, 4);
  if (mod_t0 (jump, 33) == 4 && jump - n == 4)
    leap_j++;

  *gy = jy + 621;
  leap_g = div_t0 (*gy, 4) - div_t0 ((div_t0 (*gy, 100) + 1) * 3, 4) - 150;
  *march = 20 + leap_j - leap_g;

  if (jump - n < 6)
    n = n - jump + div_t0 (jump + 4, 33) * 33;
  *leap = mod_t0 (mod_t0 (n + 1, 33) - 1, 4);
  if (*leap == -1)
    *leap = 4;
}

static guint32
gregorian_day_number (int year,
                      int month,
                      int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

gboolean
byline_calendar_solar_hijri_is_leap (int year)
{
  int gy, march, leap;

  if (!year_in_range (year))
    return FALSE;
  jal_cal (year, &gy, &march, &leap);
  return leap == 0;
}

int
byline_calendar_solar_hijri_month_days (int year,
                                        int month)
{
  if (month < 1 || month > 12)
    return 0;
  if (month <= 6)
    return 31;
  if (month <= 11)
    return 30;
  return byline_calendar_solar_hijri_is_leap (year) ? 30 : 29;
}

gboolean
byline_calendar_solar_hijri_is_valid (int year,
                                      int month,
                                      int day)
{
  return year_in_range (year) && month >= 1 && month <= 12 && day >= 1 &&
         day <= byline_calendar_solar_hijri_month_days (year, month);
}

/**
 * byline_calendar_solar_hijri_to_gregorian:
 *
 * Converts a Solar Hijri date, e.g. 12 Esfand 1401, to the Gregorian
 * calendar (3 March 2023).
 *
 * Returns: %FALSE when the date does not exist
 */
gboolean
byline_calendar_solar_hijri_to_gregorian (int  year,
                                          int  month,
                                          int  day,
                                          int *g_year,
                                          int *g_month,
                                          int *g_day)
{
  int gy, march, leap;
  guint32 jdn;
  GDate date;

  if (!byline_calendar_solar_hijri_is_valid (year, month, day))
    return FALSE;

  jal_cal (year, &gy, &march, &leap);
  jdn = gregorian_day_number (gy, 3, march) + (month - 1) * 31 - div_t0 (month, 7) * (month - 7) + day - 1;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, jdn);
  *g_year = g_date_get_year (&date);
  *g_month = g_date_get_month (&date);
  *g_day = g_date_get_day (&date);
  return TRUE;
}

/**
 * byline_calendar_gregorian_to_solar_hijri:
 *
 * Returns: %FALSE when the Gregorian date is invalid or out of range
 */
gboolean
byline_calendar_gregorian_to_solar_hijri (int  year,
                                          int  month,
                                          int  day,
                                          int *sh_year,
                                          int *sh_month,
                                          int *sh_day)
{
  int jy, gy, march, leap, k;
  guint32 jdn;

  if (year < 1 || year > 3000 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  jy = year - 621;
  if (!year_in_range (jy) || !year_in_range (jy - 1))
    return FALSE;

  jdn = gregorian_day_number (year, month, day);
  jal_cal (jy, &gy, &march, &leap);
  k = (int) jdn - (int) gregorian_day_number (gy, 3, march);

  if (k >= 0)
    {
      if (k <= 185)
        {
          *sh_year = jy;
          *sh_month = 1 + k / 31;
          *sh_day = k % 31 + 1;
          return TRUE;
        }
      k -= 186;
    }
  else
    {
      jy--;
      k += 179;
      if (leap == 1)
        k++;
    }

  *sh_year = jy;
  *sh_month = 7 + k / 30;
  *sh_day = k % 30 + 1;
  return TRUE;
}

static char *
map_digits (const char *text,
            gunichar    zero)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      int value = -1;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_c (out, *p);
          p++;
          continue;
        }
      if (c >= '0' && c <= '9')
        value = c - '0';
      else if (c >= 0x06F0 && c <= 0x06F9)
        value = c - 0x06F0;
      else if (c >= 0x0660 && c <= 0x0669)
        value = c - 0x0660;
      else if (c >= 0x0966 && c <= 0x096F)
        value = c - 0x0966;
      else if (c >= 0x09E6 && c <= 0x09EF)
        value = c - 0x09E6;

      if (value >= 0)
        g_string_append_unichar (out, zero + value);
      else
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

/**
 * byline_calendar_digits_to_ascii:
 *
 * Returns: (transfer full): @text with Persian (۰–۹), Arabic-Indic
 *   (٠–٩), Devanagari (०–९) and Bengali (০–৯) digits replaced by 0–9
 */
char *
byline_calendar_digits_to_ascii (const char *text)
{
  return map_digits (text, '0');
}

/**
 * byline_calendar_digits_to_persian:
 *
 * Returns: (transfer full): @text with every digit written as ۰–۹
 */
char *
byline_calendar_digits_to_persian (const char *text)
{
  return map_digits (text, 0x06F0);
}

/**
 * byline_calendar_digits_to_arabic_indic:
 *
 * Returns: (transfer full): @text with every digit written as ٠–٩
 */
char *
byline_calendar_digits_to_arabic_indic (const char *text)
{
  return map_digits (text, 0x0660);
}

static const char * const persian_months[] = {
  "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
  "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
};

/* Transliterations seen in English-language copy, lower case */
static const char * const persian_months_latin[][3] = {
  { "farvardin", "farvardeen", NULL }, { "ordibehesht", "ordibehest", NULL },
  { "khordad", "khordaad", NULL }, { "tir", "teer", NULL },
  { "mordad", "amordad", "mordaad" }, { "shahrivar", "shahrewar", NULL },
  { "mehr", NULL, NULL }, { "aban", "abaan", NULL }, { "azar", "aazar", "adhar" },
  { "dey", "dei", "day" }, { "bahman", NULL, NULL }, { "esfand", "esfandarmad", "isfand" },
};

static const char * const english_months[] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

/* As a date says them: Arabic's names of the Gregorian months (the
 * Egyptian and Gulf set newspapers use), Russian's genitive */
static const char * const arabic_months[] = {
  "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
  "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
};

static const char * const russian_genitive_months[] = {
  "января", "февраля", "марта", "апреля", "мая", "июня",
  "июля", "августа", "сентября", "октября", "ноября", "декабря",
};

static const char * const russian_months[][2] = {
  { "январ", "янв" }, { "феврал", "фев" }, { "март", "мар" }, { "апрел", "апр" },
  { "ма", "мая" }, { "июн", "июн" }, { "июл", "июл" }, { "август", "авг" },
  { "сентябр", "сен" }, { "октябр", "окт" }, { "ноябр", "ноя" }, { "декабр", "дек" },
};

const char *
byline_calendar_persian_month_name (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return persian_months[month - 1];
}

const char *
byline_calendar_english_month_name (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return english_months[month - 1];
}

/* Arabic yeh/kaf → Persian, without ZWNJ and tatweel, lower case */
static char *
normalize_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x064A || c == 0x0649)
        c = 0x06CC;
      else if (c == 0x0643)
        c = 0x06A9;
      else if (c == 0x200C || c == 0x0640 || c == 0x200F || c == 0x200E)
        continue;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

/**
 * byline_calendar_parse_persian_month:
 * @name: a Solar Hijri month name in Persian script (اسفند, or with
 *   "month" written on: اسفندماه) or in a common Latin transliteration
 *   (Esfand), any case
 *
 * Returns: the month 1–12, or 0
 */
int
byline_calendar_parse_persian_month (const char *name)
{
  g_autofree char *norm = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return 0;

  norm = normalize_name (name);
  /* "آذرماه", the month of Azar: the name with "month" written on */
  if (g_str_has_suffix (norm, "ماه") && strlen (norm) > strlen ("ماه"))
    norm[strlen (norm) - strlen ("ماه")] = '\0';
  for (int i = 0; i < 12; i++)
    {
      if (g_str_equal (norm, persian_months[i]))
        return i + 1;
      for (int j = 0; j < 3 && persian_months_latin[i][j] != NULL; j++)
        {
          if (g_str_equal (norm, persian_months_latin[i][j]))
            return i + 1;
        }
    }

  return 0;
}

/**
 * byline_calendar_parse_english_month:
 * @name: "March", "mar", "Mar." …
 *
 * Returns: the month 1–12, or 0
 */
int
byline_calendar_parse_english_month (const char *name)
{
  gsize len;

  if (name == NULL)
    return 0;
  len = strlen (name);
  if (len > 0 && name[len - 1] == '.')
    len--;
  if (len < 3)
    return 0;

  for (int i = 0; i < 12; i++)
    {
      if (len <= strlen (english_months[i]) && g_ascii_strncasecmp (name, english_months[i], len) == 0 &&
          (len == 3 || len == strlen (english_months[i]) || (i == 8 && len == 4)))
        return i + 1;
    }

  return 0;
}

/**
 * byline_calendar_parse_russian_month:
 * @name: a Russian month name in any case form ("марта", "Март", "мар.")
 *
 * Returns: the month 1–12, or 0
 */
int
byline_calendar_parse_russian_month (const char *name)
{
  g_autofree char *norm = NULL;
  gsize len;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return 0;

  norm = normalize_name (name);
  len = strlen (norm);
  if (len > 0 && norm[len - 1] == '.')
    norm[--len] = '\0';

  /* May: "май", "мая", "мае" */
  if (g_str_equal (norm, "май") || g_str_equal (norm, "мая") || g_str_equal (norm, "мае"))
    return 5;

  for (int i = 0; i < 12; i++)
    {
      if (i == 4)
        continue;
      if (g_str_equal (norm, russian_months[i][1]))
        return i + 1;
      if (g_str_has_prefix (norm, russian_months[i][0]) &&
          g_utf8_strlen (norm, -1) <= g_utf8_strlen (russian_months[i][0], -1) + 2)
        return i + 1;
    }

  return 0;
}

/**
 * byline_calendar_format_solar_hijri:
 * @date_time: a date and time (its own zone is used)
 * @with_time: whether to add the time of day
 *
 * Returns: (transfer full): e.g. "۱۲ اسفند ۱۴۰۱" or "۱۲ اسفند ۱۴۰۱، ۱۰:۲۰"
 */
char *
byline_calendar_format_solar_hijri (GDateTime *date_time,
                                    gboolean   with_time)
{
  g_autofree char *ascii = NULL;
  int y, m, d;

  g_return_val_if_fail (date_time != NULL, NULL);

  if (!byline_calendar_gregorian_to_solar_hijri (g_date_time_get_year (date_time),
                                                 g_date_time_get_month (date_time),
                                                 g_date_time_get_day_of_month (date_time),
                                                 &y, &m, &d))
    return g_date_time_format (date_time, "%Y-%m-%d");

  if (with_time)
    ascii = g_strdup_printf ("%d %s %d، %02d:%02d", d, persian_months[m - 1], y,
                             g_date_time_get_hour (date_time), g_date_time_get_minute (date_time));
  else
    ascii = g_strdup_printf ("%d %s %d", d, persian_months[m - 1], y);

  return byline_calendar_digits_to_persian (ascii);
}

/**
 * byline_calendar_format_english:
 *
 * Returns: (transfer full): e.g. "3 March 2023" or "3 March 2023, 09:15",
 *   independent of the locale
 */
char *
byline_calendar_format_english (GDateTime *date_time,
                                gboolean   with_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  if (with_time)
    return g_strdup_printf ("%d %s %d, %02d:%02d",
                            g_date_time_get_day_of_month (date_time),
                            english_months[g_date_time_get_month (date_time) - 1],
                            g_date_time_get_year (date_time),
                            g_date_time_get_hour (date_time), g_date_time_get_minute (date_time));

  return g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (date_time),
                          english_months[g_date_time_get_month (date_time) - 1],
                          g_date_time_get_year (date_time));
}

/**
 * byline_calendar_format_for_language:
 * @date_time: a date and time (its own zone is used)
 * @language: a language tag ("fa", "ar-JO", "ru", "en"…), or ""
 * @with_time: whether to add the time of day
 *
 * A date as a story in @language shows it to readers, independent of the
 * locale: Persian in the Solar Hijri calendar with Persian digits, Arabic
 * and Russian with their own month names, anything else in English.
 *
 * Returns: (transfer full): e.g. "۱۲ اسفند ۱۴۰۱، ۱۰:۲۰", "10 مايو 2024، 14:00",
 *   "10 мая 2024, 14:00" or "10 May 2024, 14:00"
 */
char *
byline_calendar_format_for_language (GDateTime  *date_time,
                                     const char *language,
                                     gboolean    with_time)
{
  const char * const *months;
  const char *comma = ", ";
  int month;

  g_return_val_if_fail (date_time != NULL, NULL);

  if (language == NULL)
    language = "";
  if (g_str_has_prefix (language, "fa"))
    return byline_calendar_format_solar_hijri (date_time, with_time);
  if (g_str_has_prefix (language, "ar"))
    months = arabic_months, comma = "، ";
  else if (g_str_has_prefix (language, "ru"))
    months = russian_genitive_months;
  else
    return byline_calendar_format_english (date_time, with_time);

  month = g_date_time_get_month (date_time);
  if (with_time)
    return g_strdup_printf ("%d %s %d%s%02d:%02d", g_date_time_get_day_of_month (date_time),
                            months[month - 1], g_date_time_get_year (date_time), comma,
                            g_date_time_get_hour (date_time), g_date_time_get_minute (date_time));
  return g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (date_time),
                          months[month - 1], g_date_time_get_year (date_time));
}
