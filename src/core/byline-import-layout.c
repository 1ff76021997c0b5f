/* byline-import-layout.c: copy whose paragraphs are single lines with no
 * blank line between them
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Some pages copy as one line a paragraph and no blank line anywhere:
 * byline, headline, date, then each paragraph and subheading on its own
 * line. Hard-wrapped copy also has no blank line inside a paragraph, but
 * its lines break mid-sentence; the two are told apart by how the long
 * lines end.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* A line long enough to be a paragraph's: twelve words, or eighty
 * characters in six (a language that builds long words: "Proje
 * tamamlandığında Çiğli ile Narlıdere arasındaki yolculuk …") */
static gboolean
is_long_line (const char *line)
{
  guint words = _byline_import_count_words (line);

  return words >= 12 || (words >= 6 && g_utf8_strlen (line, -1) >= 80);
}

/* A magazine's drop cap, copied as a line of its own over the rest of
 * its word ("T" / "he first boat leaves …"): one paragraph again */
static void
join_drop_caps (GPtrArray *lines)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const char *cap = g_ptr_array_index (lines, i);
      const char *rest = g_ptr_array_index (lines, i + 1);

      if (cap[0] == '\0' || *g_utf8_next_char (cap) != '\0' || !g_unichar_isupper (g_utf8_get_char (cap)) ||
          !g_unichar_islower (g_utf8_get_char (rest)) || _byline_import_count_words (rest) < 5)
        continue;
      g_ptr_array_index (lines, i) = g_strconcat (cap, rest, NULL);
      g_free ((char *) cap);
      g_ptr_array_remove_index (lines, i + 1);
    }
}

/**
 * _byline_import_space_out_lines:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 *
 * When @lines hold no blank line up to the last long one (the page's
 * furniture under the story may have some) and (nearly) every long line
 * ends a sentence, puts a blank line between each two up to there, so that each line is a
 * block of its own (a paragraph, the headline, the date …). Anything else
 * is left as it is. A drop cap on a line of its own is joined to its
 * word first.
 */
void
_byline_import_space_out_lines (GPtrArray *lines)
{
  guint long_lines = 0;
  guint ended = 0;
  guint filled = 0;
  guint last_long = 0;

  join_drop_caps (lines);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (line[0] != '\0' && is_long_line (line))
        last_long = i;
    }
  /* (and the short paragraphs right under the last long one, each a
   * whole sentence: "A public open house is planned for Dec. 12.") */
  while (last_long + 1 < lines->len)
    {
      const char *line = g_ptr_array_index (lines, last_long + 1);

      if (_byline_import_count_words (line) < 5 || !_byline_import_ends_with_punctuation (line))
        break;
      last_long++;
    }
  for (guint i = 0; i <= last_long && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      /* (the page's furniture under the story may have blank lines) */
      if (line[0] == '\0')
        return;
      filled++;
      if (is_long_line (line))
        {
          long_lines++;
          if (_byline_import_ends_with_punctuation (line))
            ended++;
        }
    }
  /* At least three long lines, nine in ten of them whole sentences */
  if (filled < 5 || long_lines < 3 || ended * 10 < long_lines * 9)
    return;

  for (guint i = last_long; i > 0; i--)
    g_ptr_array_insert (lines, i, g_strdup (""));
}

/* Whether @word (lowercased) leaves a line unfinished */
static gboolean
is_joining_word (const char *word)
{
  static const char * const words[] = {
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "at", "by", "from", "as", "that", NULL
  };

  return g_strv_contains (words, word);
}

/* Whether @head is a headline and @byline a "By …" line, which may be
 * read apart (@below: the headline under the byline): the headline has
 * two to fourteen words (four or more under the byline), no final full
 * stop, and is no byline, job title ("Transport Correspondent"), outlet
 * or date of its own */
static gboolean
split_head_byline (const char *head,
                   const char *byline,
                   gboolean    below)
{
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) others = NULL;
  g_autofree char *place = NULL;
  guint words = _byline_import_count_words (head);

  /* (under a byline, a second writer's name or the writer's place,
   * "Tom Hale", "Kota Kinabalu", is no headline) */
  if (below && (words < 4 || _byline_import_is_name (head) ||
                (place = _byline_import_place_line (head, TRUE)) != NULL))
    return FALSE;
  if (words < 2 || words > 14 || strlen (head) > 200 || strlen (byline) > 200 ||
      (_byline_import_ends_with_punctuation (head) && !g_str_has_suffix (head, "?")) ||
      _byline_import_is_job_title (head) || _byline_import_is_outlet_name (head) ||
      _byline_import_is_agency (head) || _byline_import_is_header_date (head, NULL))
    return FALSE;
  if ((others = _byline_import_parse_byline (head)) != NULL)
    return FALSE;
  names = _byline_import_parse_byline (byline);
  return names != NULL && names[0] != NULL;
}

/* A headline with its deck on the very next line at @first ("Obama meets
 * Biden" / "Former president and vice president meet in Chicago to …"),
 * then a blank line and more: puts a blank line between the two, so that
 * the headline is read as one (the whole header stayed unread). Not for
 * the first lines of a hard-wrapped paragraph: the first line must not
 * end with a joining word or a comma, the second must open with a capital
 * (or a letter of a script without case). A headline and a "By …" line
 * together, either over the other (and the date line under both), are
 * put apart likewise. Returns whether the lines were put apart. */
#define MAX_FURNITURE_LINES 12

static gboolean
split_head_deck_at (GPtrArray *lines,
                    guint      first)
{
  const char *head, *deck;
  g_autofree char *last_word = NULL;
  const char *space;
  gunichar opening;
  guint words;

  /* A headline wrapped over two lines, the second opening in lower case
   * ("Village pub saved by regulars who raised £450,000 in six weeks to
   * buy it" / "from the brewery that wanted to turn it into flats"), no
   * sentence: one line again */
  if (first + 2 < lines->len && ((const char *) g_ptr_array_index (lines, first + 2))[0] == '\0')
    {
      const char *top = g_ptr_array_index (lines, first);
      const char *rest = g_ptr_array_index (lines, first + 1);

      g_auto(GStrv) names = rest[0] != '\0' ? _byline_import_parse_byline (rest) : NULL;
      g_auto(GStrv) top_names = _byline_import_parse_byline (top);

      /* (not "by Dana Ruiz" under the headline, a reader app's byline,
       * nor a byline's e-mail address or handle under it) */
      if (rest[0] != '\0' && names == NULL && top_names == NULL && strchr (rest, '@') == NULL &&
          _byline_import_count_words (top) >= 4 && _byline_import_count_words (rest) >= 2 &&
          g_unichar_islower (g_utf8_get_char (rest)) &&
          !g_unichar_islower (g_utf8_get_char (top)) &&
          !_byline_import_ends_with_punctuation (top) && !_byline_import_ends_with_punctuation (rest) &&
          strlen (top) <= 120 && strlen (rest) <= 120 &&
          _byline_import_count_words (top) + _byline_import_count_words (rest) <= 30)
        {
          char *joined = g_strconcat (top, " ", rest, NULL);

          g_free (g_ptr_array_index (lines, first));
          g_ptr_array_index (lines, first) = joined;
          g_free (g_ptr_array_steal_index (lines, first + 1));
        }
    }
  /* A section's name right over the three ("ABC Rural" / headline / "By
   * …" / date): the page's label, dropped as its crumbs are */
  if (first + 5 < lines->len && ((const char *) g_ptr_array_index (lines, first + 1))[0] != '\0' &&
      ((const char *) g_ptr_array_index (lines, first + 2))[0] != '\0' &&
      ((const char *) g_ptr_array_index (lines, first + 3))[0] != '\0')
    {
      const char *label = g_ptr_array_index (lines, first);
      const char *date = g_ptr_array_index (lines, first + 3);
      g_auto(GStrv) names = _byline_import_parse_byline (label);

      if (_byline_import_count_words (label) <= 3 && !_byline_import_ends_with_punctuation (label) &&
          names == NULL && strlen (date) <= 200 &&
          _byline_import_is_header_date (date, NULL) &&
          split_head_byline (g_ptr_array_index (lines, first + 1), g_ptr_array_index (lines, first + 2), FALSE))
        {
          g_free (g_ptr_array_index (lines, first));
          g_ptr_array_index (lines, first) = g_strdup ("");
          split_head_deck_at (lines, first + 1);
          return TRUE;
        }
    }
  /* The headline, the byline and the date line together, the date last:
   * each read on its own ("By …" over the date is a signature block),
   * and the lede or the share buttons right under them put apart too */
  if (first + 4 < lines->len && ((const char *) g_ptr_array_index (lines, first + 1))[0] != '\0' &&
      ((const char *) g_ptr_array_index (lines, first + 2))[0] != '\0')
    {
      const char *one = g_ptr_array_index (lines, first);
      const char *two = g_ptr_array_index (lines, first + 1);
      gboolean under = ((const char *) g_ptr_array_index (lines, first + 3))[0] != '\0';

      if (strlen (g_ptr_array_index (lines, first + 2)) <= 200 &&
          _byline_import_is_header_date (g_ptr_array_index (lines, first + 2), NULL) &&
          (split_head_byline (one, two, FALSE) || split_head_byline (two, one, TRUE)))
        {
          if (under)
            g_ptr_array_insert (lines, first + 3, g_strdup (""));
          g_ptr_array_insert (lines, first + 2, g_strdup (""));
          g_ptr_array_insert (lines, first + 1, g_strdup (""));
          return TRUE;
        }
      if (!under)
        return FALSE;
    }
  /* exactly two lines, then a blank line and more */
  if (first + 3 >= lines->len || ((const char *) g_ptr_array_index (lines, first + 2))[0] != '\0')
    return FALSE;
  head = g_ptr_array_index (lines, first);
  deck = g_ptr_array_index (lines, first + 1);
  if (deck[0] == '\0')
    return FALSE;

  /* "Harbour city expands ferry fleet" / "By Lena Okafor", or the byline
   * over the headline: a headline and a byline, each read on its own */
  if (split_head_byline (head, deck, FALSE) || split_head_byline (deck, head, TRUE))
    {
      g_ptr_array_insert (lines, first + 1, g_strdup (""));
      return TRUE;
    }

  words = _byline_import_count_words (head);
  if (words < 2 || words > 14 || _byline_import_ends_with_punctuation (head) || g_str_has_suffix (head, ",") ||
      g_ascii_strncasecmp (head, "by ", 3) == 0 || _byline_import_count_words (deck) < 8)
    return FALSE;
  space = strrchr (head, ' ');
  last_word = g_utf8_strdown (space != NULL ? space + 1 : head, -1);
  if (is_joining_word (last_word))
    return FALSE;
  opening = g_utf8_get_char_validated (deck, -1);
  if (opening == (gunichar) -1 || opening == (gunichar) -2 || !g_unichar_isalpha (opening) ||
      g_unichar_islower (opening))
    return FALSE;

  g_ptr_array_insert (lines, first + 1, g_strdup (""));
  return TRUE;
}

/* Whether the block of lines from @first (to the next blank line) is the
 * kind of furniture a page puts over its headline: a few lines of a few
 * words each, none a sentence ("Skip to main content", "Advertisement",
 * "World" / "Europe"). Sets *@next to the line after it. */
static gboolean
is_furniture_block (GPtrArray *lines,
                    guint      first,
                    guint     *next)
{
  guint i;

  for (i = first; i < lines->len && ((const char *) g_ptr_array_index (lines, i))[0] != '\0'; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (i - first >= 6 || _byline_import_count_words (line) > 5 || strlen (line) > 60 ||
          _byline_import_ends_with_punctuation (line))
        return FALSE;
    }
  *next = i;

  return i > first;
}

/**
 * _byline_import_split_head_deck:
 * @lines: (element-type utf8): the copy's trimmed lines, blank ones empty
 *
 * The header's lines together as the top of the copy has them (see
 * split_head_deck_at()), also under the page's furniture: the blocks of
 * a few short lines over the headline ("Skip to main content",
 * "Advertisement", a section's crumbs), up to MAX_FURNITURE_LINES lines,
 * are looked past. The furniture itself is dropped later.
 */
void
_byline_import_split_head_deck (GPtrArray *lines)
{
  guint first = 0;

  for (;;)
    {
      guint next;

      while (first < lines->len && ((const char *) g_ptr_array_index (lines, first))[0] == '\0')
        first++;
      if (first >= lines->len || first > MAX_FURNITURE_LINES || split_head_deck_at (lines, first) ||
          !is_furniture_block (lines, first, &next))
        return;
      first = next;
    }
}

/**
 * _byline_import_is_section_list:
 * @lines: the lines of one block, with plain spaces
 * @n: how many
 *
 * Whether @lines are three or more of a page's sections that end in the
 * same word, "Top News" / "U.S. News" / "World News" / "Odd News" (each
 * of two or three words, no sentence, no figure): a menu, though each
 * reads like a name
 */
gboolean
_byline_import_is_section_list (const char * const *lines,
                                guint               n)
{
  const char *last = n > 0 ? strrchr (lines[0], ' ') : NULL;

  if (n < 3 || last == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      guint words = _byline_import_count_words (lines[i]);

      if (words < 2 || words > 3 || strlen (lines[i]) > 40 || !g_str_has_suffix (lines[i], last) ||
          _byline_import_ends_with_punctuation (lines[i]) || strpbrk (lines[i], "0123456789") != NULL)
        return FALSE;
    }
  return TRUE;
}
