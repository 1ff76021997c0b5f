/* byline-import-ledehead.c: a date that opens a lede after the dateline's
 * dash, and initials where a dateline's place would be
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/**
 * _byline_import_take_lede_date:
 * @rest: (inout): the lede after a dateline's dash
 *
 * "12 March, 2026: The new …", as government information services write
 * after the dash: a date (its day or its month first) closed by a colon
 * within its first 40 bytes, then a capital. Takes it off @rest.
 *
 * Returns: whether it did, with @date and @time_zone set
 */
gboolean
_byline_import_take_lede_date (char       **rest,
                               GTimeZone   *default_zone,
                               GDateTime  **date,
                               char       **time_zone)
{
  const char *colon = strchr (*rest, ':');
  g_autofree char *head = NULL;
  g_autofree char *word = NULL;
  const char *tail;

  if (colon == NULL || colon - *rest > 40 || colon[1] != ' ')
    return FALSE;
  tail = colon + 1 + strspn (colon + 1, " ");
  head = g_strndup (*rest, colon - *rest);
  word = g_strndup (head, strcspn (head, " ,"));
  /* (a time, "10:30", has no space after its colon) */
  if (!g_unichar_isupper (g_utf8_get_char (tail)) ||
      (!g_unichar_isdigit (g_utf8_get_char (head)) && _byline_import_parse_month (word) == 0) ||
      !_byline_import_parse_dateline_date (head, default_zone, date, time_zone))
    return FALSE;
  memmove (*rest, tail, strlen (tail) + 1);
  return TRUE;
}

/**
 * _byline_import_is_initials:
 *
 * Whether @text is a name's initials, two to five capitals ("GIS", the
 * Government Information Service), and no place's name.
 */
gboolean
_byline_import_is_initials (const char *text)
{
  gsize len = strlen (text);

  if (len < 2 || len > 5)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}
