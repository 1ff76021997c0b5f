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
 * where it stays (and is never the lede). In the story, a pull quote
 * repeats a sentence of it in large type: copied, the sentence is there
 * twice, and the pull quote goes.
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

/* "Republic of Mauritius" / "Government Information Service" / "Home" /
 * "News" / … / "Home > News > Fisheries" over the headline, each a block:
 * a public body's page top, its crumb trail last. Those blocks go, when
 * every one of them is a short line and the trail opens with "Home". */
static void
drop_top_over_crumbs (GPtrArray *blocks,
                      GTimeZone *default_zone)
{
  for (guint i = 1; i + 1 < blocks->len && i < 16; i++)
    {
      Block *block = g_ptr_array_index (blocks, i - 1);
      g_autofree char *trail = NULL;

      if (block->lines->len != 1 || _byline_import_count_words (g_ptr_array_index (block->lines, 0)) > 5)
        return;
      block = g_ptr_array_index (blocks, i);
      trail = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
      if (block->lines->len == 1 && g_str_has_prefix (trail, "Home ") &&
          _byline_import_is_navigation ((const char * const[]) { trail, NULL }, 1, default_zone, TRUE) &&
          is_header_part (g_ptr_array_index (blocks, i + 1), default_zone))
        {
          g_ptr_array_remove_range (blocks, 0, i + 1);
          return;
        }
    }
}

/* "By Faith Chebet" alone right under the lede, no byline in the header:
 * the byline, taken out of the body */
static void
take_byline_under_lede (GPtrArray *blocks,
                        Header    *h)
{
  guint lede = h->consumed_blocks;
  Block *block;
  g_auto(GStrv) names = NULL;
  g_autofree char *plain = NULL;

  if (h->bylines != NULL || h->headline == NULL || lede + 2 >= blocks->len ||
      ((Block *) g_ptr_array_index (blocks, lede))->lines->len != 1)
    return;
  block = g_ptr_array_index (blocks, lede + 1);
  if (block->lines->len != 1)
    return;
  plain = _byline_import_plain_spaces (g_ptr_array_index (block->lines, 0));
  if (g_ascii_strncasecmp (plain, "by ", 3) != 0 || _byline_import_count_words (plain) > 8 ||
      _byline_import_ends_with_punctuation (plain) || (names = _byline_import_parse_byline (plain)) == NULL)
    return;
  h->bylines = g_steal_pointer (&names);
  g_ptr_array_remove_index (blocks, lede + 1);
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

  drop_top_over_crumbs (blocks, default_zone);

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
  take_byline_under_lede (blocks, h);
  for (guint j = 0; j < boxes->len; j++)
    {
      guint at = h->consumed_blocks > 0 ? h->consumed_blocks + j : g_array_index (places, guint, j);

      g_ptr_array_insert (blocks, MIN (at, blocks->len), g_ptr_array_index (boxes, j));
    }
}

/* @text lower-cased, without quotation marks, its apostrophes plain and
 * its runs of spaces one */
static char *
quote_key (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2018)
        continue;
      if (c == 0x2019)
        c = '\'';
      if (g_unichar_isspace (c))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* Whether @line is a quotation alone, in its marks: "“I've had three
 * apprentices …”" */
static gboolean
is_quotation_alone (const char *line)
{
  gunichar open = g_utf8_get_char (line);
  const char *last = g_utf8_find_prev_char (line, line + strlen (line));

  if (last == NULL || _byline_import_count_words (line) < 6)
    return FALSE;
  switch (open)
    {
    case '"': case 0x201C: case 0x201E: case 0xAB:
      break;
    default:
      return FALSE;
    }
  switch (g_utf8_get_char (last))
    {
    case '"': case 0x201D: case 0x201C: case 0xBB:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * _byline_import_drop_pull_quotes:
 * @blocks: the story's blocks
 * @first: the first block of the body
 *
 * A pull quote: a paragraph that is only a quotation, in its marks (with
 * a "— Name" line under it or not), whose words the story says again
 * elsewhere (a page prints a sentence of the story large between its
 * paragraphs). Copied, it repeats the story's quote: it leaves the body.
 * A quotation the story does not repeat stays.
 */
void
_byline_import_drop_pull_quotes (GPtrArray *blocks,
                                 guint      first)
{
  guint i = first;

  while (i < blocks->len)
    {
      Block *block = g_ptr_array_index (blocks, i);
      const char *line = g_ptr_array_index (block->lines, 0);
      g_autofree char *key = NULL;
      gboolean repeated = FALSE;

      if (block->lines->len > 2 || !is_quotation_alone (line) ||
          (block->lines->len == 2 && !g_str_has_prefix (g_ptr_array_index (block->lines, 1), "— ") &&
           !g_str_has_prefix (g_ptr_array_index (block->lines, 1), "– ")))
        {
          i++;
          continue;
        }
      key = quote_key (line);
      /* (its last stop may be the story's comma before "she said": “… look
       * at.” over “… look at,” she said) */
      while (key[0] != '\0' && strchr (".,;", key[strlen (key) - 1]) != NULL)
        key[strlen (key) - 1] = '\0';
      for (guint j = first; j < blocks->len && !repeated; j++)
        {
          Block *other = g_ptr_array_index (blocks, j);

          if (j == i)
            continue;
          for (guint k = 0; k < other->lines->len && !repeated; k++)
            {
              g_autofree char *text = quote_key (g_ptr_array_index (other->lines, k));

              /* (the other may be a pull quote of this one: the longer
               * text is the story's) */
              repeated = strstr (text, key) != NULL && strlen (text) > strlen (key);
            }
        }
      /* (the next block moves up to @i) */
      if (repeated)
        g_ptr_array_remove_index (blocks, i);
      else
        i++;
    }
}
