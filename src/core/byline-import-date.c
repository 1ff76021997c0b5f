/* byline-import-date.c: the date line of wire copy
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A date line is short and made only of date parts: a day, a month (an
 * English, Russian or Solar Hijri month name, or a numeric date), a year,
 * optionally a time ("09:15", "9:15 am"), and filler such as weekdays,
 * "at", "-", "Updated:". Persian and Arabic-Indic digits are read as
 * digits. A Solar Hijri date is converted to the Gregorian calendar and
 * implies Asia/Tehran (Asia/Kabul when its month has Afghanistan's name,
 * Dari's "قوس" or Pashto's "لیندۍ") unless the line names a zone
 * (UTC/GMT, an ISO offset); otherwise the date is in the caller's
 * default zone.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "byline-calendar.h"
#include "byline-import.h"
#include "byline-import-private.h"

static const char * const filler_words[] = {
  "at", "on", "published", "updated", "posted", "last", "date", "time", "-", "–", "—", "|",
  "@", "/", "am", "pm", "a.m.", "p.m.", "h", "hrs", "uhr",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "ساعت", "تاریخ", "انتشار", "منتشر", "شده", "در", "شنبه", "یکشنبه", "دوشنبه",
  "سه‌شنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "خورشیدی", "شمسی", "هجری",
  "года", "год", "г", "г.", "в", "понедельник", "вторник", "среда", "четверг", "пятница",
  "суббота", "воскресенье", "опубликовано", "обновлено",
  "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п’ятниця", "субота", "неділя", "року", "р.",
  "опубліковано", "оновлено",
  /* weekdays in German, French, Spanish, Italian, Portuguese, Dutch,
   * Turkish, Polish, Swedish */
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
  "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
  /* Dutch, Turkish, Polish, Swedish; "om", "saat", "godz.", "kl." (at) */
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "om",
  "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "saat",
  "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "godz.", "godz",
  "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "kl.", "kl",
  /* Greek (lower-cased, with and without their accents) */
  "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή",
  "δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο", "κυριακη",
  /* Indonesian and Malay, "pukul" (at); Vietnamese ("Thứ bảy", "Chủ
   * nhật": the words of its weekdays' names), "lúc" (at) */
  "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "isnin", "khamis", "ahad", "pukul",
  "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "lúc",
  /* "le 3 mars", "3 de marzo de 2026", "am 3. März um 9 Uhr" */
  "le", "de", "del", "um", "à", "il",
  /* Croatian "u" (at), "objavljeno" (published), "ažurirano" (updated);
   * Catalan "publicat", "actualitzat" */
  "u", "objavljeno", "ažurirano", "publicat", "actualitzat", "actualitzada",
  /* Arabic: weekdays, "at", "published", "م" (AD) */
  "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة",
  "السبت", "م", "الساعة", "نشر", "في", "بتاريخ", "آخر", "تحديث", "تاريخ",
  NULL
};

typedef struct
{
  int      year, month, day;
  int      hour, minute, second;
  gboolean have_time;
  gboolean pm, am;
  gboolean solar_hijri;
  gboolean afghan;   /* its Solar Hijri month named as in Afghanistan */
  gboolean yearless_ok;   /* "March 3" in a dateline: the year is implied */
  char    *zone;    /* an explicit zone from the line */
  gboolean zone_abbreviation;   /* named by an abbreviation or offset ("CET", "GMT+8") */
  gboolean either_order;   /* "03/11/2026": day and month could swap */
} DateParts;

static gboolean
is_filler (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  for (guint i = 0; filler_words[i] != NULL; i++)
    {
      if (g_str_equal (lower, filler_words[i]))
        return TRUE;
    }

  return _byline_import_is_date_filler (lower);
}

/**
 * _byline_import_is_date_word:
 *
 * Whether @word belongs to a date line: a weekday, a month's name, or
 * filler such as "at", "Published", "الساعة"
 */
gboolean
_byline_import_is_date_word (const char *word)
{
  return is_filler (word) || _byline_import_parse_month (word) > 0 ||
         byline_calendar_parse_persian_month (word) > 0 || _byline_import_parse_afghan_month (word) > 0;
}

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    {
      if (!g_ascii_isdigit (*s))
        return FALSE;
    }
  return TRUE;
}

static gboolean parse_time (const char *word,
                            DateParts  *parts);

/* "14.30", "3.45pm": a time with a dot, as British papers write it
 * (one dot and two digits of minutes; "03.03.2023" is a date) */
static gboolean
parse_dotted_time (const char *word,
                   DateParts  *parts)
{
  const char *dot = strchr (word, '.');
  g_autofree char *colon = NULL;

  if (dot == NULL || dot == word || dot - word > 2 || strchr (dot + 1, '.') != NULL ||
      !g_ascii_isdigit (dot[1]) || !g_ascii_isdigit (dot[2]) || g_ascii_isdigit (dot[3]))
    return FALSE;
  for (const char *p = word; p < dot; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  colon = g_strdup (word);
  colon[dot - word] = ':';
  return parse_time (colon, parts);
}

static gboolean
parse_time (const char *word,
            DateParts  *parts)
{
  int h = 0, m = 0, s = 0, n;
  char rest[8] = { 0 };
  const char *hour = strchr (word, 'h');

  /* French "10h15", "9h" */
  if (hour != NULL && hour > word && hour - word <= 2 && strspn (word, "0123456789") == (gsize) (hour - word) &&
      (hour[1] == '\0' || (strlen (hour + 1) == 2 && strspn (hour + 1, "0123456789") == 2)))
    {
      h = atoi (word);
      m = hour[1] != '\0' ? atoi (hour + 1) : 0;
      if (h > 23 || m > 59)
        return FALSE;
      parts->hour = h;
      parts->minute = m;
      parts->second = 0;
      parts->have_time = TRUE;
      return TRUE;
    }
  if (strchr (word, ':') == NULL || strlen (word) > 12)
    return FALSE;
  n = sscanf (word, "%2d:%2d:%2d%7s", &h, &m, &s, rest);
  if (n < 2)
    return FALSE;
  if (n == 2)
    {
      s = 0;
      if (sscanf (word, "%*d:%*d%7s", rest) != 1)
        rest[0] = '\0';
    }
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
    return FALSE;
  if (rest[0] != '\0')
    {
      if (g_ascii_strcasecmp (rest, "am") == 0)
        parts->am = TRUE;
      else if (g_ascii_strcasecmp (rest, "pm") == 0)
        parts->pm = TRUE;
      else if (g_ascii_strcasecmp (rest, "h") != 0 && g_ascii_strcasecmp (rest, "hs") != 0)
        return FALSE;   /* (Spanish and Portuguese "10:12h", "10:12 hs") */
    }
  parts->hour = h;
  parts->minute = m;
  parts->second = s;
  parts->have_time = TRUE;
  return TRUE;
}

/**
 * _byline_import_is_clock_time:
 *
 * A time of day alone, as a live page stamps its entries: "10:42 GMT",
 * "9.15am", "3:05 p.m. ET", "14:30"
 */
gboolean
_byline_import_is_clock_time (const char *line)
{
  g_autofree char *ascii = NULL;
  g_auto(GStrv) words = NULL;
  DateParts parts = { 0 };
  guint n;

  if (strlen (line) > 30)
    return FALSE;
  ascii = byline_calendar_digits_to_ascii (line);
  /* ("mis à jour à 17 h 02": "17h02") */
  _byline_import_join_spaced_hour (ascii);
  words = g_strsplit (g_strstrip (ascii), " ", -1);
  n = g_strv_length (words);
  if (n == 0 || n > 3 || (!parse_time (words[0], &parts) && !parse_dotted_time (words[0], &parts)))
    return FALSE;
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *zone = _byline_import_parse_zone (words[i]);

      if (zone == NULL && g_ascii_strcasecmp (words[i], "am") != 0 && g_ascii_strcasecmp (words[i], "pm") != 0 &&
          g_ascii_strcasecmp (words[i], "a.m.") != 0 && g_ascii_strcasecmp (words[i], "p.m.") != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_numeric_date (const char *word,
                    DateParts  *parts)
{
  g_auto(GStrv) fields = NULL;
  int a, b, c;
  char sep;

  if (strchr (word, '/'))
    sep = '/';
  else if (strchr (word, '.'))
    sep = '.';
  else if (strchr (word, '-'))
    sep = '-';
  else
    return FALSE;

  /* ("28.11.2026.": Croatian's dot after the year) */
  fields = g_strsplit (word, (char[]) { sep, 0 }, 4);
  if (sep == '.' && g_strv_length (fields) == 4 && fields[3][0] == '\0')
    g_clear_pointer (&fields[3], g_free);
  /* "28.nov.2026", "28-Nov-2026": a month's name between the numbers */
  if (g_strv_length (fields) == 3 && all_digits (fields[0]) && strlen (fields[0]) <= 2 && all_digits (fields[2]) &&
      strlen (fields[2]) == 4 && _byline_import_parse_month (fields[1]) > 0)
    {
      parts->day = atoi (fields[0]);
      parts->month = _byline_import_parse_month (fields[1]);
      parts->year = atoi (fields[2]);
      return TRUE;
    }
  if (g_strv_length (fields) != 3 || !all_digits (fields[0]) || !all_digits (fields[1]) ||
      !all_digits (fields[2]) || strlen (fields[0]) > 4 || strlen (fields[1]) > 2 ||
      strlen (fields[2]) > 4)
    return FALSE;

  a = atoi (fields[0]);
  b = atoi (fields[1]);
  c = atoi (fields[2]);
  if (strlen (fields[0]) == 4)
    {
      parts->year = a;
      parts->month = b;
      parts->day = c;
    }
  else if (strlen (fields[2]) == 4)
    {
      /* Day first, as in Europe, Iran, Russia and the Arab papers
       * ("28-11-2026") */
      parts->day = a;
      parts->month = b;
      parts->year = c;
      /* "11/28/2026": month first, as in the US, when only that reads */
      if (sep == '/' && b > 12 && a >= 1 && a <= 12)
        {
          parts->day = b;
          parts->month = a;
        }
      parts->either_order = sep == '/' && a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b;
    }
  else
    return FALSE;

  if (parts->year >= 1200 && parts->year < 1600)
    parts->solar_hijri = TRUE;
  return TRUE;
}

static void
strip_punctuation (char *word)
{
  gsize len = strlen (word);

  while (len > 1 && strchr (",;()[]", word[len - 1]))
    word[--len] = '\0';
  while (word[0] != '\0' && strchr (",;()[]", word[0]))
    memmove (word, word + 1, len--);
}

static int
ordinal_day (const char *word)
{
  int day = 0;
  const char *p = word;

  while (g_ascii_isdigit (*p) && p - word < 2)
    day = day * 10 + (*p++ - '0');
  if (p == word)
    return 0;
  if (g_ascii_strcasecmp (p, "st") == 0 || g_ascii_strcasecmp (p, "nd") == 0 ||
      g_ascii_strcasecmp (p, "rd") == 0 || g_ascii_strcasecmp (p, "th") == 0 ||
      g_str_equal (p, "."))
    return day;
  return 0;
}

/* Whether @word names a zone ("GMT", "PT", "+0100") */
static gboolean
parse_zone_word (const char *word)
{
  g_autofree char *zone = _byline_import_parse_zone (word);

  return zone != NULL;
}

/* Whether @text holds a year: four figures of its own */
static gboolean
has_year (const char *text)
{
  g_autofree char *ascii = byline_calendar_digits_to_ascii (text);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if ((p == ascii || !g_ascii_isdigit (p[-1])) && strspn (p, "0123456789") == 4)
        return TRUE;
    }
  return FALSE;
}

/* The zones of the countries that write a numeric date month first */
static gboolean
month_first_zone (const char *zone)
{
  static const char * const zones[] = {
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
    "America/Anchorage", "Pacific/Honolulu", "Asia/Manila", NULL
  };

  return g_strv_contains (zones, zone);
}

static gboolean
parse_parts (const char *line,
             DateParts  *parts)
{
  g_autofree char *gregorian = _byline_import_drop_lunar_hijri (line);
  g_autofree char *joined = NULL;
  g_autofree char *ascii = NULL;
  g_auto(GStrv) words = NULL;
  guint unknown = 0;
  gboolean after_time = FALSE;
  gboolean have_month_word = FALSE;
  gboolean second_time = FALSE;

  char *comma;

  /* An Islamic date alone (what is left without it names no year): in
   * the Gregorian calendar */
  if (gregorian == NULL || !has_year (gregorian))
    {
      char *converted = _byline_import_convert_lunar_hijri (line);

      if (converted != NULL)
        {
          g_free (gregorian);
          gregorian = converted;
        }
    }
  joined = _byline_import_join_month_words (gregorian != NULL ? gregorian : line);
  ascii = byline_calendar_digits_to_ascii (joined);
  g_strdelimit (ascii, "\t,|", ' ');
  /* The Arabic comma '،' is two bytes: both become spaces */
  while ((comma = strstr (ascii, "\xd8\x8c")) != NULL)
    comma[0] = comma[1] = ' ';
  words = g_strsplit (ascii, " ", -1);
  /* "5 a.m.", "11 PM": an hour without its minutes, read as "5:00" */
  for (guint i = 0; words[i] != NULL && words[i + 1] != NULL; i++)
    {
      guint k = i + 1;

      while (words[k] != NULL && words[k][0] == '\0')
        k++;
      if (words[k] != NULL && strlen (words[i]) <= 2 && all_digits (words[i]) && atoi (words[i]) >= 1 &&
          atoi (words[i]) <= 12 &&
          (g_ascii_strcasecmp (words[k], "am") == 0 || g_ascii_strcasecmp (words[k], "pm") == 0 ||
           g_ascii_strcasecmp (words[k], "a.m.") == 0 || g_ascii_strcasecmp (words[k], "p.m.") == 0))
        {
          char *clock = g_strconcat (words[i], ":00", NULL);

          g_free (words[i]);
          words[i] = clock;
        }
    }

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *word = words[i];
      char *zone;
      int month;

      strip_punctuation (word);
      if (word[0] == '\0')
        continue;

      /* French "9 h 15" (a time spaced out) */
      if (all_digits (word) && strlen (word) <= 2 && words[i + 1] != NULL && g_str_equal (words[i + 1], "h") &&
          words[i + 2] != NULL && strlen (words[i + 2]) == 2 && all_digits (words[i + 2]) && !parts->have_time &&
          atoi (word) <= 23 && atoi (words[i + 2]) <= 59)
        {
          parts->hour = atoi (word);
          parts->minute = atoi (words[i + 2]);
          parts->second = 0;
          parts->have_time = TRUE;
          after_time = TRUE;
          i += 2;
          continue;
        }
      if (all_digits (word))
        {
          int value = strlen (word) <= 4 ? atoi (word) : -1;

          if (strlen (word) == 4 && parts->year == 0)
            parts->year = value;
          else if (value >= 1 && value <= 31 && parts->day == 0 && strlen (word) <= 2)
            parts->day = value;
          else
            return FALSE;
          continue;
        }

      /* "2026. november 28.": Hungarian's (and Croatian's) dot after the
       * year */
      if (strlen (word) == 5 && word[4] == '.' && strspn (word, "0123456789") == 4 && parts->year == 0)
        {
          parts->year = atoi (word);
          continue;
        }
      /* "10:15 AM ET (15:15 GMT)", "à 09h12, modifié à 11h40": the first
       * time is the date's, with its own zone (what follows a second
       * time is that time's) */
      if (second_time && (parse_zone_word (word) || g_ascii_strcasecmp (word, "am") == 0 ||
                          g_ascii_strcasecmp (word, "pm") == 0 || g_ascii_strcasecmp (word, "a.m.") == 0 ||
                          g_ascii_strcasecmp (word, "p.m.") == 0))
        continue;
      if ((zone = _byline_import_parse_zone (word)) != NULL)
        {
          g_free (parts->zone);
          parts->zone = zone;
          /* ("CET", "GMT+8", "+0100"; not UTC or GMT themselves) */
          parts->zone_abbreviation = g_ascii_strcasecmp (word, "UTC") != 0 && g_ascii_strcasecmp (word, "GMT") != 0 &&
                                     g_ascii_strcasecmp (word, "Z") != 0 && strchr (word, '/') == NULL;
          continue;
        }
      {
        DateParts before = *parts;

        if (parse_time (word, parts) || (!parts->have_time && parse_dotted_time (word, parts)))
          {
            if (before.have_time)
              {
                parts->hour = before.hour;
                parts->minute = before.minute;
                parts->second = before.second;
                parts->pm = before.pm;
                parts->am = before.am;
                second_time = TRUE;
              }
            after_time = !second_time;
            continue;
          }
      }
      /* Arabic "١٠:٢٠ م" (evening) and "ص" (morning) after a time;
       * Persian "ب.ظ" (afternoon) and "ق.ظ" (morning); Malay's "11:05
       * pagi" (morning), "petang" and "malam" (evening) */
      if (after_time && (g_str_equal (word, "م") || g_str_equal (word, "مساء") || g_str_equal (word, "مساءً") ||
                         g_str_has_prefix (word, "ب.ظ") || g_str_equal (word, "بعدازظهر") ||
                         g_ascii_strcasecmp (word, "petang") == 0 || g_ascii_strcasecmp (word, "malam") == 0))
        {
          parts->pm = TRUE;
          continue;
        }
      if (after_time && (g_str_equal (word, "ص") || g_str_equal (word, "صباحا") || g_str_equal (word, "صباحاً") ||
                         g_str_has_prefix (word, "ق.ظ") || g_str_equal (word, "صبح") ||
                         g_ascii_strcasecmp (word, "pagi") == 0))
        {
          parts->am = TRUE;
          continue;
        }
      after_time = FALSE;
      if (g_ascii_isdigit (word[0]) && strchr (word, ':') != NULL)
        return FALSE;   /* a time that is no time */

      if (g_ascii_strcasecmp (word, "am") == 0 || g_ascii_strcasecmp (word, "a.m.") == 0)
        parts->am = TRUE;
      else if (g_ascii_strcasecmp (word, "pm") == 0 || g_ascii_strcasecmp (word, "p.m.") == 0)
        parts->pm = TRUE;

      if (parts->day == 0 && ordinal_day (word) > 0)
        {
          parts->day = ordinal_day (word);
          continue;
        }

      if (parts->month == 0)
        {
          if ((month = _byline_import_parse_month (word)) > 0)
            {
              parts->month = month;
              have_month_word = TRUE;
              continue;
            }
          if ((month = byline_calendar_parse_persian_month (word)) > 0 ||
              (month = _byline_import_parse_afghan_month (word)) > 0)
            {
              parts->month = month;
              parts->solar_hijri = TRUE;
              parts->afghan = byline_calendar_parse_persian_month (word) == 0;
              have_month_word = TRUE;
              continue;
            }
          if (parse_numeric_date (word, parts))
            continue;
        }

      if (is_filler (word))
        continue;

      /* A date line may carry one unknown word ("Updated:", "PORTVALE") */
      if (++unknown > 1)
        return FALSE;
    }

  if (parts->pm && parts->hour < 12)
    parts->hour += 12;
  else if (parts->am && parts->hour == 12)
    parts->hour = 0;

  if (parts->year == 0 && parts->yearless_ok && have_month_word && !parts->solar_hijri)
    return parts->month != 0 && parts->day != 0;
  if (parts->year == 0 || parts->month == 0 || parts->day == 0)
    return FALSE;
  if (have_month_word && !parts->solar_hijri && parts->year < 1600)
    return FALSE;
  return TRUE;
}

static GDateTime *
parse_iso (const char  *line,
           GTimeZone   *zone,
           gboolean    *explicit_zone)
{
  g_autofree char *ascii = g_strstrip (byline_calendar_digits_to_ascii (line));
  GDateTime *dt;
  gsize len = strlen (ascii);

  if (len < 10 || len > 40 || !g_ascii_isdigit (ascii[0]) || ascii[4] != '-')
    return NULL;
  if (len > 10 && ascii[10] == ' ')
    ascii[10] = 'T';

  dt = g_date_time_new_from_iso8601 (ascii, NULL);
  if (dt != NULL)
    {
      *explicit_zone = TRUE;
      return dt;
    }

  *explicit_zone = FALSE;
  if (len == 10)
    {
      g_autofree char *midnight = g_strconcat (ascii, "T00:00:00", NULL);

      return g_date_time_new_from_iso8601 (midnight, zone);
    }
  return g_date_time_new_from_iso8601 (ascii, zone);
}

/**
 * byline_import_parse_date:
 * @line: a date line, e.g. "March 3, 2023 - 09:15", "3 March 2023 09:15",
 *   "2023-03-03T09:15:00+01:00", "3 марта 2023, 09:15" or "۱۲ اسفند ۱۴۰۱ - ۱۰:۲۰"
 * @default_zone: (nullable): the zone of dates that name none (local if %NULL)
 * @date: (out) (transfer full): the date and time, in its zone
 * @time_zone: (out) (transfer full): the zone's IANA name (e.g. "Asia/Tehran")
 *
 * Returns: whether @line is a date line
 */
static gboolean parse_date (const char  *line,
                            GTimeZone   *default_zone,
                            gboolean     yearless_ok,
                            GDateTime  **date,
                            char       **time_zone);

gboolean
byline_import_parse_date (const char  *line,
                          GTimeZone   *default_zone,
                          GDateTime  **date,
                          char       **time_zone)
{
  g_autofree char *first = NULL;

  if (parse_date (line, default_zone, FALSE, date, time_zone))
    return TRUE;
  /* "Published: … IST Updated: … IST": the first (byline-import-clock.c) */
  first = line != NULL && g_utf8_validate (line, -1, NULL) ? _byline_import_first_stamp (line) : NULL;
  return first != NULL && parse_date (first, default_zone, FALSE, date, time_zone);
}

/**
 * _byline_import_parse_dateline_date:
 *
 * The date in an agency's dateline ("March 3", "3 mars 2026"): as
 * byline_import_parse_date(), and a day and month name without a year are
 * in the current year of @default_zone, or the previous one when that
 * would be more than a day ahead.
 */
gboolean
_byline_import_parse_dateline_date (const char  *text,
                                    GTimeZone   *default_zone,
                                    GDateTime  **date,
                                    char       **time_zone)
{
  return parse_date (text, default_zone, TRUE, date, time_zone);
}

/* The year of a day and month that has none: this year, unless that is
 * more than a day ahead of now */
int
_byline_import_implied_year (GTimeZone *zone,
                             int        month,
                             int        day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GDateTime) then = NULL;
  int year = g_date_time_get_year (now);

  if (!g_date_valid_dmy (day, month, year))
    return year - 1;   /* 29 February */
  then = g_date_time_new (zone, year, month, day, 0, 0, 0);
  if (then != NULL && g_date_time_difference (then, now) > G_TIME_SPAN_DAY)
    year--;
  return year;
}

static gboolean
parse_date (const char  *line,
            GTimeZone   *default_zone,
            gboolean     yearless_ok,
            GDateTime  **date,
            char       **time_zone)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autofree char *rewritten = NULL;
  g_autofree char *clock = NULL;
  DateParts parts = { 0 };
  gboolean explicit_zone = FALSE;
  GDateTime *dt;
  int y, m, d;

  g_return_val_if_fail (date != NULL && time_zone != NULL, FALSE);

  *date = NULL;
  *time_zone = NULL;
  /* (a hundred characters, not bytes: an Arabic line with its Hijri date
   * is twice as long in bytes) */
  if (line == NULL || strlen (line) > 400 || !g_utf8_validate (line, -1, NULL) || g_utf8_strlen (line, -1) > 100)
    return FALSE;

  if (default_zone == NULL)
    default_zone = local = g_time_zone_new_local ();
  /* "오후 3:15", "令和8年", "(hora de Brasília)" (byline-import-clock.c) */
  if ((clock = _byline_import_rewrite_clock (line)) != NULL)
    line = clock;
  /* "2026年11月28日 14時30分", "08:15 a. m." */
  if ((rewritten = _byline_import_rewrite_date_forms (line)) != NULL)
    line = rewritten;

  if ((dt = parse_iso (line, default_zone, &explicit_zone)) != NULL)
    {
      GDateTime *in_default = g_date_time_to_timezone (dt, default_zone);

      /* An offset that is the default zone's at that moment names that
       * zone (an IANA name); any other offset stays as it is */
      if (!explicit_zone || (in_default != NULL &&
                             g_date_time_get_utc_offset (in_default) == g_date_time_get_utc_offset (dt)))
        {
          g_date_time_unref (dt);
          *date = in_default;
          *time_zone = g_strdup (g_time_zone_get_identifier (default_zone));
        }
      else
        {
          g_clear_pointer (&in_default, g_date_time_unref);
          *date = dt;
          *time_zone = g_strdup (g_time_zone_get_identifier (g_date_time_get_timezone (dt)));
        }
      return TRUE;
    }

  parts.yearless_ok = yearless_ok;
  /* "mis à jour le …", "modifica il …": the words before the date */
  line = _byline_import_skip_update_words (line);
  if (!parse_parts (line, &parts))
    {
      g_free (parts.zone);
      return FALSE;
    }

  if (parts.zone != NULL)
    zone = g_time_zone_new_identifier (parts.zone);
  else if (parts.solar_hijri)
    zone = g_time_zone_new_identifier (parts.afghan ? "Asia/Kabul" : "Asia/Tehran");
  if (zone == NULL)
    zone = g_time_zone_ref (default_zone);
  /* "03/11/2026 4:05 PM EST": month first where the line's zone, or the
   * user's without one, is the US's or the Philippines', which write
   * dates so; but not a line with no zone whose clock runs past noon
   * with no "PM" ("03/11/2026 16:05": Europe's, copied in New York) */
  if (parts.either_order && month_first_zone (g_time_zone_get_identifier (zone)) &&
      !(parts.zone == NULL && parts.have_time && parts.hour >= 13 && !parts.pm && !parts.am))
    {
      int day = parts.day;

      parts.day = parts.month;
      parts.month = day;
    }
  if (parts.either_order && parts.year > 0)
    _byline_import_weekday_order (line, parts.year, &parts.month, &parts.day);
  g_free (parts.zone);

  if (parts.year == 0)
    parts.year = _byline_import_implied_year (zone, parts.month, parts.day);
  y = parts.year;
  m = parts.month;
  d = parts.day;
  if (parts.solar_hijri &&
      !byline_calendar_solar_hijri_to_gregorian (parts.year, parts.month, parts.day, &y, &m, &d))
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;

  dt = g_date_time_new (zone, y, m, d, parts.hour, parts.minute, parts.second);
  if (dt == NULL)
    return FALSE;

  /* "CET" read in Madrid, "ET" in Toronto, "GMT+8" in Shanghai: an
   * abbreviation or offset that is the default zone's at that moment names
   * the default zone (as an ISO 8601 offset does) */
  if (parts.zone_abbreviation && zone != default_zone)
    {
      GDateTime *in_default = g_date_time_to_timezone (dt, default_zone);

      if (in_default != NULL && g_date_time_get_utc_offset (in_default) == g_date_time_get_utc_offset (dt))
        {
          g_date_time_unref (dt);
          g_time_zone_unref (zone);
          dt = in_default;
          zone = g_time_zone_ref (default_zone);
        }
      else
        g_clear_pointer (&in_default, g_date_time_unref);
    }

  *date = dt;
  *time_zone = g_strdup (g_time_zone_get_identifier (zone));
  return TRUE;
}
