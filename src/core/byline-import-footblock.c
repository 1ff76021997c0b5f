/* byline-import-footblock.c: an agency's labelled block under the story
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Botswana's press agency (BOPA) prints who wrote a story and when at its
 * foot, one label a line, with a space before each colon:
 *
 *   Source : BOPA
 *   Author : Kesego Mokgweetsi
 *   Location : GABORONE
 *   Event : Press briefing
 *   Date : 10 Mar. 2026
 *
 * Copied as wire copy, the block was the story's last paragraph and the
 * story had no writer and no date.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* "Author : Kesego Mokgweetsi" → "Author", "Kesego Mokgweetsi"; FALSE for
 * a line that is no label of one or two words and its value */
static gboolean
split_label (const char  *line,
             char       **label,
             char       **value)
{
  const char *colon = strchr (line, ':');
  g_autofree char *head = NULL;

  if (colon == NULL || colon == line || colon[1] != ' ' || !g_ascii_isupper (*line) || strlen (line) > 120)
    return FALSE;
  head = g_strstrip (g_strndup (line, colon - line));
  if (*head == '\0' || _byline_import_count_words (head) > 2 || strpbrk (head, "0123456789") != NULL)
    return FALSE;
  *value = g_strstrip (g_strdup (colon + 1));
  if (**value == '\0')
    {
      g_clear_pointer (value, g_free);
      return FALSE;
    }
  *label = g_ascii_strdown (head, -1);
  return TRUE;
}

/**
 * _byline_import_take_labelled_foot:
 * @blocks: the story's blocks
 * @first: the first block of the body
 * @default_zone: (nullable): the zone of a date that names none
 * @h: (inout): the header read: its writer and date when it has none
 * @note: where the block goes, as printed
 *
 * Takes the story's last block when it is three lines or more, each a
 * label and its value, naming the author or the date (see the top of
 * this file): the author is the byline and the date the story's when the
 * header gave none; the block, as printed, goes to @note.
 *
 * Returns: whether the block was taken
 */
gboolean
_byline_import_take_labelled_foot (GPtrArray *blocks,
                                   guint      first,
                                   GTimeZone *default_zone,
                                   Header    *h,
                                   GString   *note)
{
  Block *last;
  g_autofree char *author = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *zone = NULL;
  gboolean named = FALSE;

  if (blocks->len < first + 2)
    return FALSE;
  last = g_ptr_array_index (blocks, blocks->len - 1);
  if (last->lines->len < 3)
    return FALSE;
  for (guint i = 0; i < last->lines->len; i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *value = NULL;

      if (!split_label (g_ptr_array_index (last->lines, i), &label, &value))
        return FALSE;
      if ((g_str_equal (label, "author") || g_str_equal (label, "writer") || g_str_equal (label, "reporter")) &&
          author == NULL && _byline_import_is_full_name (value))
        author = g_steal_pointer (&value), named = TRUE;
      else if (g_str_equal (label, "date") && date == NULL)
        named |= byline_import_parse_date (value, default_zone, &date, &zone);
    }
  if (!named)
    return FALSE;

  if (author != NULL && h->bylines == NULL)
    h->bylines = g_strdupv ((char *[]) { author, NULL });
  if (date != NULL && h->date == NULL)
    {
      h->date = g_steal_pointer (&date);
      g_free (h->time_zone);
      h->time_zone = g_steal_pointer (&zone);
    }
  /* (the block as printed, for the note: where, what, the agency) */
  for (guint i = 0; i < last->lines->len; i++)
    g_string_append_printf (note, "%s%s", note->len > 0 ? "\n" : "", (char *) g_ptr_array_index (last->lines, i));
  g_ptr_array_remove_index (blocks, blocks->len - 1);
  return TRUE;
}
