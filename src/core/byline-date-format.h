/* byline-date-format.h: dates as the user's language shows them
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BylineDisplayCalendar:
 * @BYLINE_DISPLAY_CALENDAR_GREGORIAN: the Gregorian calendar, in the
 *   locale's month names and the translation's date order
 * @BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI: the Solar Hijri calendar with
 *   Persian month names and digits
 */
typedef enum
{
  BYLINE_DISPLAY_CALENDAR_GREGORIAN,
  BYLINE_DISPLAY_CALENDAR_SOLAR_HIJRI,
} BylineDisplayCalendar;

BylineDisplayCalendar byline_display_calendar          (void);
GDateTime            *byline_date_time_parse_iso8601   (const char            *text,
                                                        GTimeZone             *default_zone);
char                 *byline_format_date_for_display   (GDateTime             *date_time,
                                                        gboolean               with_time);
char                 *byline_format_date_in_zone       (GDateTime             *date_time,
                                                        const char            *zone_identifier);
char                 *byline_format_date_with_calendar (GDateTime             *date_time,
                                                        BylineDisplayCalendar  calendar,
                                                        gboolean               with_time);

G_END_DECLS
