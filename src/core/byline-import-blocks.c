/* byline-import-blocks.c: wire copy as lines, and its lines as blocks
 * (paragraphs), the page's furniture left out
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"

/* Lines, trimmed, with blank lines as NULL-free empty strings */
GPtrArray *
_byline_import_split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p;
      char *line;

      while (*end != '\0' && *end != '\n' && *end != '\r')
        end++;
      line = g_strndup (p, end - p);

      /* A paragraph indented with a tab (or three spaces) after a line
       * that ends a sentence opens a paragraph of its own, blank line
       * or not (a list item's text that runs on is indented too, but
       * after a line cut short) */
      if ((p[0] == '\t' || g_str_has_prefix (p, "   ")) && lines->len > 0 &&
          ((const char *) g_ptr_array_index (lines, lines->len - 1))[0] != '\0' &&
          _byline_import_ends_with_punctuation (g_ptr_array_index (lines, lines->len - 1)))
        g_ptr_array_add (lines, g_strdup (""));

      /* Trim white space (any Unicode space, no-break ones too) and
       * invisible characters (zero-width space, word joiner, stray BOMs),
       * in one pass from each end (linear, whatever the line holds) */
      {
        gsize len = strlen (line);
        gsize start = 0;

        while (start < len && _byline_import_is_edge_space (g_utf8_get_char (line + start)))
          start = g_utf8_next_char (line + start) - line;
        while (len > start)
          {
            const char *last = g_utf8_find_prev_char (line + start, line + len);

            if (last == NULL || !_byline_import_is_edge_space (g_utf8_get_char (last)))
              break;
            len = last - line;
          }
        memmove (line, line + start, len - start);
        line[len - start] = '\0';
      }
      g_ptr_array_add (lines, line);

      if (end[0] == '\r' && end[1] == '\n')
        end++;
      p = *end != '\0' ? end + 1 : end;
    }

  return lines;
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_ptr_array_unref (block->lines);
  g_free (block);
}

/* Whether the next line after @i that is not blank is a sentence of
 * more than fifteen words */
static gboolean
sentence_next (GPtrArray *lines,
               guint      i)
{
  const char *next = NULL;

  for (guint j = i + 1; j < lines->len && next == NULL; j++)
    {
      if (((const char *) g_ptr_array_index (lines, j))[0] != '\0')
        next = g_ptr_array_index (lines, j);
    }
  return next != NULL && strlen (next) <= 2000 && _byline_import_count_words (next) > 15 &&
         _byline_import_ends_with_punctuation (next);
}

static gboolean
is_post_category (const char *line)
{
  g_autofree char *lower = _byline_import_lower (line);

  return _byline_import_is_post_category (lower);
}

GPtrArray *
_byline_import_make_blocks (GPtrArray      *lines,
                            const gboolean *dropped)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);
  Block *current = NULL;
  gboolean gap = FALSE;   /* furniture dropped since the last block */
  gboolean skip = FALSE;  /* … and a post's "Skip" line among it */

  gboolean in_links = FALSE;
  guint key_events = 0;   /* 1: in the list, 2: after a relative time */
  guint last = lines->len;

  /* (the copy's last line that is not blank) */
  while (last > 0 && ((const char *) g_ptr_array_index (lines, last - 1))[0] == '\0')
    last--;
  last = last > 0 ? last - 1 : 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      /* (furniture is short: a long line is never read twice over) */
      g_autofree char *plain = line[0] != '\0' && strlen (line) <= 1000 ? _byline_import_plain_spaces (line) : NULL;

      /* A live page's "Key events": links to its entries, each a relative
       * time and the entry's title ("2h ago" / "Ferries cancelled") */
      if (plain != NULL && key_events > 0)
        {
          if (_byline_import_is_relative_time (plain))
            key_events = 2;
          else if (key_events == 2 && _byline_import_count_words (plain) <= 12 &&
                   !_byline_import_ends_with_punctuation (plain))
            key_events = 1;
          else
            key_events = 0;
          if (key_events > 0)
            {
              current = NULL;
              continue;
            }
        }
      if (plain != NULL && g_ascii_strcasecmp (plain, "Key events") == 0)
        key_events = 1;
      /* (its points under it, "- Trains cancelled": the story's summary) */
      if (key_events == 1 && i + 1 < lines->len && _byline_import_is_list_item (g_ptr_array_index (lines, i + 1)))
        {
          key_events = 0;
          g_clear_pointer (&plain, g_free);
        }
      /* "Related Topics" and the links under it, up to the first sentence */
      /* (a subheading over the story's next paragraph ends it; a link
       * may ask, "Should I fix my energy deal?") */
      /* (a link's headline of two sentences as the copy's last line,
       * "The River Is Shrinking. Here's What It Means.": nothing follows) */
      /* (a related post's category under it, "In "News"", goes on) */
      if (plain != NULL && in_links)
        in_links = is_post_category (plain) ||
                   (_byline_import_count_words (plain) <= 20 &&
                   (!_byline_import_ends_with_punctuation (plain) ||
                    (g_str_has_suffix (plain, "?") && _byline_import_count_words (plain) <= 12) ||
                    (i == last && _byline_import_count_words (plain) <= 15)) &&
                   !_byline_import_heads_story_part (lines, i));
      /* (a head over a sentence of the story's, "Related risks" over its
       * paragraph, is a subheading) */
      if (plain != NULL && !in_links)
        in_links = _byline_import_is_links_head (plain) && !sentence_next (lines, i);
      /* (a bio box's label over a section of the story's own: its
       * subheading) */
      if (line[0] == '\0' || in_links ||
          (plain != NULL && _byline_import_is_boilerplate (plain) && !_byline_import_heads_bio_section (lines, i) &&
           !_byline_import_is_quoted_form_head (lines, i)) ||
          dropped[i])
        {
          gap |= line[0] != '\0' || dropped[i];
          /* (a post's "Skip twitter post by …": the post under it) */
          skip |= dropped[i] == BYLINE_IMPORT_DROPPED_SKIP;
          current = NULL;
          continue;
        }
      if (current == NULL)
        {
          current = g_new0 (Block, 1);
          current->lines = g_ptr_array_new_with_free_func (g_free);
          current->after_furniture = gap;
          current->after_skip = skip;
          gap = skip = FALSE;
          g_ptr_array_add (blocks, current);
        }
      g_ptr_array_add (current->lines, g_strdup (line));
    }

  return blocks;
}
