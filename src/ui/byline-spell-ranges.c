/* byline-spell-ranges.c: where the misspelled words of a buffer are
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The misspelled words were a text tag without looks. But GTK 4.8 lays a
 * paragraph out in runs that break at every tag toggle, looks or not (and
 * draws each run as its own text node): a paragraph with misspellings
 * cost a third of a millisecond more on each keystroke in bench-editor.
 * Marks do not break runs. So the words are kept here as pairs of marks,
 * in a sorted array, and asked about the way a tag would be: does a range
 * hold this character, where is the next boundary.
 *
 * The ranges never overlap, so their starts and ends are in buffer order,
 * and a binary search finds the one at a place. Marking merges touching
 * ranges; an edit can still leave a range empty (its text deleted) or
 * bring two together (the text between them deleted): empty ones are
 * skipped and touching ones read as one, until a change comes near them.
 */

#define G_LOG_DOMAIN "byline-spell"

#include "config.h"

#include "byline-spell-checker-private.h"

/* Both marks have left gravity, so that no edit can put a range's start
 * after its end: text typed at a word's start joins the range, text typed
 * at its end does not (either way the edited word is checked again) */
typedef struct
{
  GtkTextMark *start;
  GtkTextMark *end;
} Range;

struct _BylineSpellRanges
{
  GtkTextBuffer *buffer;
  GArray        *ranges;   /* of Range, in buffer order */
  /* The last two answers of first_ending_after(): the editor asks about
   * two places over and over (the cursor, the first line in sight), and
   * checking an answer costs two marks, a search about two dozen */
  guint          hints[2];
  guint          next_hint;
};

static void
bounds (BylineSpellRanges *r,
        guint              i,
        GtkTextIter       *start,
        GtkTextIter       *end)
{
  Range *range = &g_array_index (r->ranges, Range, i);

  gtk_text_buffer_get_iter_at_mark (r->buffer, start, range->start);
  gtk_text_buffer_get_iter_at_mark (r->buffer, end, range->end);
}

static void
drop (BylineSpellRanges *r,
      guint              i)
{
  Range *range = &g_array_index (r->ranges, Range, i);

  gtk_text_buffer_delete_mark (r->buffer, range->start);
  gtk_text_buffer_delete_mark (r->buffer, range->end);
  g_array_remove_index (r->ranges, i);
}

static void
insert (BylineSpellRanges *r,
        guint              i,
        const GtkTextIter *start,
        const GtkTextIter *end)
{
  Range range = {
    gtk_text_buffer_create_mark (r->buffer, NULL, start, TRUE),
    gtk_text_buffer_create_mark (r->buffer, NULL, end, TRUE),
  };

  g_array_insert_val (r->ranges, i, range);
}

static gboolean
ends_after (BylineSpellRanges *r,
            guint              i,
            const GtkTextIter *iter,
            gboolean           or_at)
{
  GtkTextIter end;
  int cmp;

  gtk_text_buffer_get_iter_at_mark (r->buffer, &end, g_array_index (r->ranges, Range, i).end);
  cmp = gtk_text_iter_compare (&end, iter);
  return cmp > 0 || (cmp == 0 && or_at);
}

/* Whether @i is the first range whose end is after @iter */
static gboolean
is_first_ending_after (BylineSpellRanges *r,
                       guint              i,
                       const GtkTextIter *iter,
                       gboolean           or_at)
{
  return i <= r->ranges->len &&
         (i == r->ranges->len || ends_after (r, i, iter, or_at)) &&
         (i == 0 || !ends_after (r, i - 1, iter, or_at));
}

/* The first range whose end is after @iter (@or_at: or at it) */
static guint
first_ending_after (BylineSpellRanges *r,
                    const GtkTextIter *iter,
                    gboolean           or_at)
{
  guint low = 0, high = r->ranges->len;

  for (guint h = 0; h < G_N_ELEMENTS (r->hints); h++)
    {
      if (is_first_ending_after (r, r->hints[h], iter, or_at))
        return r->hints[h];
    }

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (ends_after (r, mid, iter, or_at))
        high = mid;
      else
        low = mid + 1;
    }
  r->hints[r->next_hint] = low;
  r->next_hint = (r->next_hint + 1) % G_N_ELEMENTS (r->hints);
  return low;
}

BylineSpellRanges *
_byline_spell_ranges_new (GtkTextBuffer *buffer)
{
  BylineSpellRanges *r = g_new0 (BylineSpellRanges, 1);

  r->buffer = g_object_ref (buffer);
  r->ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  return r;
}

void
_byline_spell_ranges_free (BylineSpellRanges *r)
{
  while (r->ranges->len > 0)
    drop (r, r->ranges->len - 1);
  g_array_unref (r->ranges);
  g_object_unref (r->buffer);
  g_free (r);
}

/**
 * _byline_spell_ranges_set:
 * @on: whether [@start, @end) is misspelled from now on
 */
void
_byline_spell_ranges_set (BylineSpellRanges *r,
                          const GtkTextIter *start,
                          const GtkTextIter *end,
                          gboolean           on)
{
  GtkTextIter from = *start, to = *end;
  guint i;

  if (gtk_text_iter_compare (&from, &to) >= 0)
    return;

  /* The ranges touching [from, to] (overlapping it, when clearing) */
  i = first_ending_after (r, &from, on);
  while (i < r->ranges->len)
    {
      GtkTextIter s, e;

      bounds (r, i, &s, &e);
      if (gtk_text_iter_compare (&s, &to) > 0 || (!on && gtk_text_iter_equal (&s, &to)))
        break;
      if (gtk_text_iter_compare (&s, &e) >= 0)
        {
          drop (r, i);   /* emptied by an edit */
          continue;
        }
      if (on)
        {
          /* Merged into one */
          if (gtk_text_iter_compare (&s, &from) < 0)
            from = s;
          if (gtk_text_iter_compare (&e, &to) > 0)
            to = e;
          drop (r, i);
          continue;
        }
      if (gtk_text_iter_compare (&s, &from) < 0 && gtk_text_iter_compare (&e, &to) > 0)
        {
          /* Cut in two */
          gtk_text_buffer_move_mark (r->buffer, g_array_index (r->ranges, Range, i).end, &from);
          insert (r, i + 1, &to, &e);
          return;
        }
      if (gtk_text_iter_compare (&s, &from) < 0)
        gtk_text_buffer_move_mark (r->buffer, g_array_index (r->ranges, Range, i).end, &from);
      else if (gtk_text_iter_compare (&e, &to) > 0)
        gtk_text_buffer_move_mark (r->buffer, g_array_index (r->ranges, Range, i).start, &to);
      else
        {
          drop (r, i);
          continue;
        }
      i++;
    }

  if (on)
    insert (r, i, &from, &to);
}

/**
 * _byline_spell_ranges_index_after:
 *
 * Returns: the index of the first range that ends after @iter (the number
 *   of ranges when none does), for _byline_spell_ranges_nth()
 */
guint
_byline_spell_ranges_index_after (BylineSpellRanges *r,
                                  const GtkTextIter *iter)
{
  return first_ending_after (r, iter, FALSE);
}

/**
 * _byline_spell_ranges_is_empty:
 *
 * Returns: whether no word is marked (the view has nothing to draw)
 */
gboolean
_byline_spell_ranges_is_empty (BylineSpellRanges *r)
{
  return r->ranges->len == 0;
}

/**
 * _byline_spell_ranges_nth:
 *
 * Walks the ranges in buffer order without searching: a range may be
 * empty, or touch the next one (_byline_spell_ranges_next_run() reads
 * them as a tag would).
 *
 * Returns: whether there is an @i-th range, @start and @end set to it
 */
gboolean
_byline_spell_ranges_nth (BylineSpellRanges *r,
                          guint              i,
                          GtkTextIter       *start,
                          GtkTextIter       *end)
{
  if (i >= r->ranges->len)
    return FALSE;
  bounds (r, i, start, end);
  return TRUE;
}

/**
 * _byline_spell_ranges_contains:
 *
 * Returns: whether the character at @iter is in a range
 */
gboolean
_byline_spell_ranges_contains (BylineSpellRanges *r,
                               const GtkTextIter *iter)
{
  guint i = first_ending_after (r, iter, FALSE);
  GtkTextIter start, end;

  if (i >= r->ranges->len)
    return FALSE;
  bounds (r, i, &start, &end);
  return gtk_text_iter_compare (&start, iter) <= 0 && gtk_text_iter_compare (iter, &end) < 0;
}

/**
 * _byline_spell_ranges_next_run:
 * @i: (inout): the index to start from; on return, the one after the run
 *
 * The next misspelled stretch from the @i-th range on, as a tag would
 * have it: empty ranges skipped, touching ones (an edit may have deleted
 * the text between two) read as one.
 *
 * Returns: whether there is one, @start and @end set to it
 */
gboolean
_byline_spell_ranges_next_run (BylineSpellRanges *r,
                               guint             *i,
                               GtkTextIter       *start,
                               GtkTextIter       *end)
{
  GtkTextIter next_start, next_end;

  for (; *i < r->ranges->len; (*i)++)
    {
      bounds (r, *i, start, end);
      if (gtk_text_iter_compare (start, end) < 0)
        break;
    }
  if (*i >= r->ranges->len)
    return FALSE;

  for ((*i)++; *i < r->ranges->len; (*i)++)
    {
      bounds (r, *i, &next_start, &next_end);
      if (!gtk_text_iter_equal (&next_start, end))
        break;
      *end = next_end;
    }
  return TRUE;
}

/**
 * _byline_spell_ranges_forward_to_toggle:
 *
 * Moves @iter to the next start or end of a misspelled stretch after it,
 * as gtk_text_iter_forward_to_tag_toggle() does for a tag.
 *
 * Returns: %FALSE, with @iter at the end of the buffer, when there is none
 */
gboolean
_byline_spell_ranges_forward_to_toggle (BylineSpellRanges *r,
                                        GtkTextIter       *iter)
{
  guint i = first_ending_after (r, iter, FALSE);
  GtkTextIter start, end;

  if (!_byline_spell_ranges_next_run (r, &i, &start, &end))
    {
      gtk_text_buffer_get_end_iter (r->buffer, iter);
      return FALSE;
    }
  *iter = gtk_text_iter_compare (&start, iter) > 0 ? start : end;
  return TRUE;
}

/**
 * _byline_spell_ranges_within:
 *
 * Returns: whether a range holds any of [@start, @end)
 */
gboolean
_byline_spell_ranges_within (BylineSpellRanges *r,
                             const GtkTextIter *start,
                             const GtkTextIter *end)
{
  GtkTextIter iter = *start;

  return _byline_spell_ranges_contains (r, start) ||
         (_byline_spell_ranges_forward_to_toggle (r, &iter) && gtk_text_iter_compare (&iter, end) < 0);
}

/**
 * _byline_spell_ranges_covers:
 *
 * Returns: whether one range holds all of [@start, @end)
 */
gboolean
_byline_spell_ranges_covers (BylineSpellRanges *r,
                             const GtkTextIter *start,
                             const GtkTextIter *end)
{
  GtkTextIter iter = *start;

  return _byline_spell_ranges_contains (r, start) &&
         (!_byline_spell_ranges_forward_to_toggle (r, &iter) || gtk_text_iter_compare (&iter, end) >= 0);
}
