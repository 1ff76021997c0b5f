/* byline-calendar.h: Solar Hijri dates, digits and month names
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean     byline_calendar_solar_hijri_is_valid     (int          year,
                                                       int          month,
                                                       int          day);
gboolean     byline_calendar_solar_hijri_is_leap      (int          year);
int          byline_calendar_solar_hijri_month_days   (int          year,
                                                       int          month);
gboolean     byline_calendar_solar_hijri_to_gregorian (int          year,
                                                       int          month,
                                                       int          day,
                                                       int         *g_year,
                                                       int         *g_month,
                                                       int         *g_day);
gboolean     byline_calendar_gregorian_to_solar_hijri (int          year,
                                                       int          month,
                                                       int          day,
                                                       int         *sh_year,
                                                       int         *sh_month,
                                                       int         *sh_day);

char        *byline_calendar_digits_to_ascii          (const char  *text);
char        *byline_calendar_digits_to_persian        (const char  *text);
char        *byline_calendar_digits_to_arabic_indic   (const char  *text);

const char  *byline_calendar_persian_month_name       (int          month);
int          byline_calendar_parse_persian_month      (const char  *name);
const char  *byline_calendar_english_month_name       (int          month);
int          byline_calendar_parse_english_month      (const char  *name);
int          byline_calendar_parse_russian_month      (const char  *name);

char        *byline_calendar_format_solar_hijri       (GDateTime   *date_time,
                                                       gboolean     with_time);
char        *byline_calendar_format_english           (GDateTime   *date_time,
                                                       gboolean     with_time);
char        *byline_calendar_format_for_language      (GDateTime   *date_time,
                                                       const char  *language,
                                                       gboolean     with_time);

G_END_DECLS
