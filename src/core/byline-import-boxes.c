/* byline-import-boxes.c: a box printed over or inside a story's header
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages print boxes around the headline: a summary's "Key points:" over
 * it, a fact check's "Verdict: False" and its one-line reason between
 * the headline and the byline. Copied, such a box cuts the header in
 * two (the headline, the byline and the date are not read). It is set
 * aside while the header is read and put back at the top of the body,
 * where it stays (and is never the lede).
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* How far down the copy a box may open the header's part of it */
#define MAX_BOX_BLOCK 3

/* "Verdict: False", "Rating: Mostly false", "Our ruling: Misleading": a
 * label of up to three words and a value of up to three, no figure, no
 * final punctuation */
static gboolean
is_verdict_line (const char *line)
{
  const char *colon = strchr (line, ':');
  g_autofree char *label = NULL;
  guint label_words, value_words;

  if (colon == NULL || colon == line || colon[1] != ' ' || strlen (line) > 60 ||
      _byline_import_has_figure (line) || _byline_import_ends_with_punctuation (line) ||
      !g_unichar_isupper (g_utf8_get_char (line)))
    return FALSE;
  label = g_strndup (line, colon - line);
  label_words = _byline_import_count_words (label);
  value_words = _byline_import_count_words (colon + 1);
  return label_words >= 1 && label_words <= 3 && value_words >= 1 && value_words <= 3;
}

/* "Key points:", "At a glance:": a label of up to four words ending in a
 * colon, not a quote */
static gboolean
is_box_label (const char *line)
{
  return g_str_has_suffix (line, ":") && strlen (line) <= 60 && _byline_import_count_words (line) <= 4 &&
         !g_str_has_prefix (line, "\"") && !g_str_has_prefix (line, "“") && !g_str_has_prefix (line, "«");
}

/**
 * _byline_import_is_box_block:
 *
 * Whether @block is a box: a label ending in a colon over two lines or
 * more ("Key points:" / its points), or a verdict ("Verdict: False") over
 * a line or two, none of them a byline, an agency's credit or a date
 */
gboolean
_byline_import_is_box_block (Block *block)
{
  g_autofree char *head = NULL;
  g_autofree char *agency = NULL;
  g_auto(GStrv) names = NULL;
  guint min_lines;

  if (block->lines->len < 2 || block->lines->len > 8)
    return FALSE;
  head = g_strstrip (_byline_import_plain_spaces (g_ptr_array_index (block->lines, 0)));
  if (is_box_label (head))
    min_lines = 3;
  else if (is_verdict_line (head) && block->lines->len <= 3)
    min_lines = 2;
  else
    return FALSE;
  if (block->lines->len < min_lines || (names = _byline_import_parse_byline (head)) != NULL ||
      _byline_import_credit_part (head, &agency) || _byline_import_is_update_line (head))
    return FALSE;
  for (guint j = 1; j < block->lines->len; j++)
    {
      const char *line = g_ptr_array_index (block->lines, j);

      if (strlen (line) > 300 || _byline_import_count_words (line) > 40 ||
          (strchr (line, '@') != NULL && strchr (line, ' ') == NULL))
        return FALSE;
    }
  return TRUE;
}

/* Whether @block is part of a header: a byline, a date line, a
 * signature block, or a short line without final punctuation (a
 * headline) */
static gboolean
is_header_part (Block     *block,
                GTimeZone *default_zone)
{
  g_autofree char *line = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
  g_auto(GStrv) names = NULL;

  if (block->lines->len > 1)
    {
      g_autoptr(GPtrArray) plain = g_ptr_array_new_with_free_func (g_free);
      g_autofree gboolean *times = g_new0 (gboolean, block->lines->len);

      for (guint j = 0; j < block->lines->len; j++)
        g_ptr_array_add (plain, _byline_import_plain_spaces (g_ptr_array_index (block->lines, j)));
      names = _byline_import_parse_signature ((const char * const *) plain->pdata, block->lines->len, NULL,
                                              default_zone, times, NULL);
      return names != NULL;
    }
  names = _byline_import_parse_byline (line);
  return names != NULL || _byline_import_is_header_date (line, default_zone) ||
         (_byline_import_count_words (line) >= 3 && _byline_import_count_words (line) <= 20 &&
          !_byline_import_ends_with_punctuation (line));
}

/**
 * _byline_import_read_header_past_boxes:
 * @blocks: the story's blocks
 * @default_zone: (nullable): the zone of a date without one
 * @h: the header read
 *
 * _byline_import_read_header() with the boxes among the first blocks set
 * aside (when blocks follow them); they go back at the top of the body,
 * in their order, or where they were when no header was read.
 */
void
_byline_import_read_header_past_boxes (GPtrArray *blocks,
                                       GTimeZone *default_zone,
                                       Header    *h)
{
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (guint));

  guint i = 0;

  while (i < blocks->len && i + boxes->len <= MAX_BOX_BLOCK)
    {
      guint at = i + boxes->len;

      /* (a header goes on under it: a box in the story stays) */
      if (i + 2 >= blocks->len || !_byline_import_is_box_block (g_ptr_array_index (blocks, i)) ||
          !is_header_part (g_ptr_array_index (blocks, i + 1), default_zone))
        {
          i++;
          continue;
        }
      /* (the next block moves up to @i) */
      g_ptr_array_add (boxes, g_ptr_array_steal_index (blocks, i));
      g_array_append_val (places, at);
    }
  _byline_import_read_header (blocks, default_zone, h);
  for (guint j = 0; j < boxes->len; j++)
    {
      guint at = h->consumed_blocks > 0 ? h->consumed_blocks + j : g_array_index (places, guint, j);

      g_ptr_array_insert (blocks, MIN (at, blocks->len), g_ptr_array_index (boxes, j));
    }
}
