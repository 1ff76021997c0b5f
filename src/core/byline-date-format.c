/* byline-date-format.c: dates as the user's language shows them
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-date-format"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-calendar.h"
#include "byline-date-format.h"

/* What the interface shows is for reading only: stored and published times
 * stay exact GDateTimes with their zone. The calendar is the translation's
 * choice (the Persian translation picks the Solar Hijri calendar), so the
 * interface language decides, not the story's language. */

/**
 * byline_display_calendar:
 *
 * Returns: the calendar the interface's language shows dates in
 */
BylineDisplayCalendar
byline_display_calendar (void)
{
  /* Translators: the calendar this language shows dates in. Translate as
   * "solar-hijri" for the Solar Hijri (Persian) calendar; anything else,
   * including "gregorian", means the Gregorian calendar. Do not translate
   * the word itself. */
  const char *calendar = C_("calendar", "gregorian");

  return g_str_equal (calendar, "solar-hijri") ? BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI
                                               : BYLINE_DISPLAY_CALENDAR_GREGORIAN;
}

/**
 * byline_format_date_with_calendar:
 * @date_time: the date, shown in its own time zone
 * @calendar: the calendar to show it in
 * @with_time: whether to add the time of day
 *
 * Returns: (transfer full): e.g. "3 March 2023, 09:15" or
 *   "۱۲ اسفند ۱۴۰۱، ۱۰:۲۰"
 */
char *
byline_format_date_with_calendar (GDateTime             *date_time,
                                  BylineDisplayCalendar  calendar,
                                  gboolean               with_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  if (calendar == BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI)
    return byline_calendar_format_solar_hijri (date_time, with_time);

  /* Translators: a date and time, see g_date_time_format(); %B is the
   * month name as it follows a day (genitive where the language has one),
   * %OB the bare month name, %O… the locale's digits */
  return g_date_time_format (date_time, with_time ? _("%-d %B %Y, %H:%M")
                                                  /* Translators: a date, see g_date_time_format() */
                                                  : _("%-d %B %Y"));
}

/**
 * byline_format_date_for_display:
 * @date_time: the date, shown in its own time zone (convert it first with
 *   g_date_time_to_timezone() to show it in the story's zone)
 * @with_time: whether to add the time of day
 *
 * Formats a date for the interface in the calendar and style of the user's
 * language: this is the one place the UI turns dates into text.
 *
 * Returns: (transfer full): the date as text
 */
char *
byline_format_date_for_display (GDateTime *date_time,
                                gboolean   with_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  return byline_format_date_with_calendar (date_time, byline_display_calendar (), with_time);
}

/**
 * byline_format_date_in_zone:
 * @date_time: the date
 * @zone_identifier: (nullable): an IANA zone ("Europe/London"); %NULL or
 *   empty (or one the system does not know): the local zone
 *
 * A story's date and time as the interface shows it: in the story's zone,
 * which is named after it ("3 March 2023, 09:15 (Europe/London)").
 *
 * Returns: (transfer full): the date as text
 */
char *
byline_format_date_in_zone (GDateTime  *date_time,
                            const char *zone_identifier)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (date_time != NULL, NULL);

  if (zone_identifier != NULL && zone_identifier[0] != '\0')
    zone = g_time_zone_new_identifier (zone_identifier);
  if (zone == NULL)
    zone = g_time_zone_new_local ();
  local = g_date_time_to_timezone (date_time, zone);
  text = byline_format_date_for_display (local, TRUE);
  /* Translators: a date and time, then the zone it is in: "3 March 2023, 09:15 (Europe/London)" */
  return g_strdup_printf (_("%s (%s)"), text, g_time_zone_get_identifier (zone));
}

/**
 * byline_date_time_parse_iso8601:
 * @text: an ISO 8601 date and time, e.g. "2022-01-19T17:34:00+03:30"
 * @default_zone: the zone of a time that names none
 *
 * Reads what g_date_time_new_from_iso8601() reads, and what people type
 * besides: a time without seconds ("2022-01-19T17:34", "…17:34+03:30")
 * and a space for the "T" ("2022-01-19 17:34").
 *
 * Returns: (transfer full) (nullable): the date and time, or %NULL
 */
GDateTime *
byline_date_time_parse_iso8601 (const char *text,
                                GTimeZone  *default_zone)
{
  g_autoptr(GString) fixed = NULL;
  GDateTime *parsed;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);

  if ((parsed = g_date_time_new_from_iso8601 (text, default_zone)) != NULL)
    return parsed;

  /* "YYYY-MM-DD[T ]HH:MM" and a zone or nothing: add the seconds */
  len = strlen (text);
  if (len < 16 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || text[13] != ':' ||
      !g_ascii_isdigit (text[14]) || !g_ascii_isdigit (text[15]) || (len > 16 && text[16] == ':'))
    return NULL;
  fixed = g_string_new_len (text, 16);
  fixed->str[10] = 'T';
  g_string_append (fixed, ":00");
  g_string_append (fixed, text + 16);
  return g_date_time_new_from_iso8601 (fixed->str, default_zone);
}
