/* byline-import-casing.c: a shouted headline or subheading written
 * normally, a shouted name's particles written small, and a subheading
 * that ends in a colon
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import-private.h"

/* How the story writes @word (lower case) inside a sentence: "Portvale"
 * or "EU" when it names it so after another word, else NULL */
static char *
story_form (const char *story,
            const char *word)
{
  g_autofree char *lower_story = NULL;
  gsize len = strlen (word);

  if (story == NULL || len == 0)
    return NULL;
  lower_story = g_utf8_strdown (story, -1);
  /* (only where the lower-case copy keeps the story's offsets) */
  if (strlen (lower_story) != strlen (story))
    return NULL;
  for (const char *p = strstr (lower_story, word); p != NULL; p = strstr (p + 1, word))
    {
      const char *at = story + (p - lower_story);
      const char *end = p + len;
      gunichar before = p > lower_story ? g_utf8_get_char (g_utf8_prev_char (p)) : '\n';
      gunichar after = *end != '\0' ? g_utf8_get_char (end) : '\n';
      const char *q = p;
      g_autofree char *found = NULL;

      if (g_unichar_isalnum (before) || g_unichar_isalnum (after) || before != ' ')
        continue;
      /* (after a word, not at a sentence's start: "… at North Quay") */
      q = g_utf8_prev_char (q);
      if (q == lower_story)
        continue;
      q = g_utf8_prev_char (q);
      if (!g_unichar_isalnum (g_utf8_get_char (q)) && *q != ',')
        continue;
      found = g_strndup (at, len);
      /* (an acronym after a word in lower case: not the shouted line) */
      if (g_unichar_isupper (g_utf8_get_char (at)) &&
          (!_byline_import_is_shouted (found) ||
           (len <= 5 && g_unichar_islower (g_utf8_get_char (story + (q - lower_story))))))
        return g_steal_pointer (&found);
    }
  return NULL;
}

/**
 * _byline_import_sentence_case:
 * @line: a headline or subheading
 * @story: (nullable): the story's text, for the names in @line
 *
 * Returns: (transfer full): @line as written when it is not shouted, else
 *   in sentence case, the names the story writes with capitals kept so
 *   ("CITY TO DOUBLE NIGHT BUSES" → "City to double night buses", "WHY
 *   PORTVALE FARES RISE" → "Why Portvale fares rise")
 */
char *
_byline_import_sentence_case (const char *line,
                              const char *story)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;
  GString *out;

  if (!_byline_import_is_shouted (line) || _byline_import_count_words (line) < 2)
    return g_strdup (line);
  lower = g_utf8_strdown (line, -1);
  words = g_strsplit (lower, " ", -1);
  out = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *bare = NULL;
      g_autofree char *form = NULL;
      const char *start = words[i];
      gsize n;

      if (i > 0)
        g_string_append_c (out, ' ');
      /* (the word without its punctuation: "PORTVALE'S", "(EU)") */
      while (*start != '\0' && !g_unichar_isalnum (g_utf8_get_char (start)))
        start = g_utf8_next_char (start);
      for (n = 0; start[n] != '\0';)
        {
          const char *next = g_utf8_next_char (start + n);

          if (!g_unichar_isalnum (g_utf8_get_char (start + n)))
            break;
          n = next - start;
        }
      bare = g_strndup (start, n);
      form = story_form (story, bare);
      g_string_append_len (out, words[i], start - words[i]);
      if (form != NULL)
        g_string_append (out, form);
      else if (out->len == (gsize) (start - words[i]) && n > 0)
        {
          /* (the first word opens with a capital) */
          g_string_append_unichar (out, g_unichar_totitle (g_utf8_get_char (start)));
          g_string_append_len (out, g_utf8_next_char (start), n - (g_utf8_next_char (start) - start));
        }
      else
        g_string_append_len (out, start, n);
      g_string_append (out, start + n);
    }
  return g_string_free (out, FALSE);
}

/**
 * _byline_import_is_colon_heading:
 * @para: a paragraph of one line
 * @next: (nullable): the first line of the paragraph after it
 *
 * "Choosing the trees:": a subheading that ends in a colon, two to eight
 * words over a paragraph that is no quote, no list and no label's value
 * ("He said:" over a quote, "Key points:" over a list are none)
 */
gboolean
_byline_import_is_colon_heading (const char *para,
                                 const char *next)
{
  g_autofree char *plain = NULL;
  g_autofree char *next_plain = NULL;
  /* (a quote's opening marks, a dash that opens a reply) */
  static const char * const quotes[] = { "\"", "“", "”", "«", "»", "„", "'", "‘", "‹", "—", "– ", NULL };
  guint words;

  if (next == NULL || strlen (para) > 160)
    return FALSE;
  plain = g_strstrip (_byline_import_plain_spaces (para));
  if (!g_str_has_suffix (plain, ":") || g_str_has_suffix (plain, "::"))
    return FALSE;
  plain[strlen (plain) - 1] = '\0';
  words = _byline_import_count_words (plain);
  next_plain = g_strstrip (_byline_import_plain_spaces (next));
  if (words < 2 || words > 8 || strpbrk (plain, ":;") != NULL || !_byline_import_is_subheading (plain) ||
      _byline_import_opens_with_any (next_plain, quotes) || _byline_import_is_list_item (next_plain) ||
      _byline_import_count_words (next_plain) < 6)
    return FALSE;
  return TRUE;
}

/**
 * _byline_import_heading_text:
 * @para: a subheading as the copy has it
 * @story: (nullable): the story's text
 *
 * Returns: (transfer full): the subheading's text: its spaces plain, its
 *   final colon gone, written normally when shouted ("WHO QUALIFIES:" →
 *   "Who qualifies")
 */
char *
_byline_import_heading_text (const char *para,
                             const char *story)
{
  g_autofree char *plain = g_strstrip (_byline_import_plain_spaces (para));

  if (g_str_has_suffix (plain, ":"))
    plain[strlen (plain) - 1] = '\0';
  return _byline_import_sentence_case (g_strchomp (plain), story);
}

/**
 * _byline_import_colon_headings:
 * @blocks: the story's paragraphs
 * @first: the first of the body's
 *
 * Returns: how many paragraphs from @first on read as a subheading that
 *   ends in a colon (_byline_import_is_colon_heading()): one alone may be
 *   a sentence that leads into the next ("The council gave three
 *   reasons:"), two or more are the story's way with its subheadings
 */
guint
_byline_import_colon_headings (GPtrArray *blocks,
                               guint      first)
{
  guint n = 0;

  for (guint i = first; i + 1 < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      Block *next = g_ptr_array_index (blocks, i + 1);

      n += block->lines->len == 1 &&
           _byline_import_is_colon_heading (g_ptr_array_index (block->lines, 0), g_ptr_array_index (next->lines, 0));
    }
  return n;
}

/* The numeral a chapter head opens with ("II. The river", "2. The
 * river", "Part 2: …", "Chapter II — …"), as a number; 0 for none */
static guint
chapter_number (const char *line)
{
  static const char * const romans[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", NULL };
  const char *p = line;
  guint n = 0;

  if (g_str_has_prefix (p, "Part ") || g_str_has_prefix (p, "Chapter "))
    p = strchr (p, ' ') + 1;
  if (g_ascii_isdigit (*p))
    n = strtoul (p, (char **) &p, 10);
  else
    for (guint i = 0; romans[i] != NULL && n == 0; i++)
      if (strncmp (p, romans[i], strlen (romans[i])) == 0 && !g_ascii_isalpha (p[strlen (romans[i])]))
        n = i + 1, p += strlen (romans[i]);
  /* (the numeral, its mark, then the head's words) */
  if (n == 0 || n > 20 ||
      !(g_str_has_prefix (p, ". ") || g_str_has_prefix (p, ": ") || g_str_has_prefix (p, " — ") ||
        g_str_has_prefix (p, " – ")))
    return 0;
  return n;
}

/**
 * _byline_import_opens_chapters:
 * @blocks: the story's paragraphs
 * @at: the first of the body's
 *
 * Returns: whether the line at @at is the first chapter's head, "I. The
 *   crossing", with the second's later in the story, "II. The river": a
 *   subheading even with nothing over it
 */
gboolean
_byline_import_opens_chapters (GPtrArray *blocks,
                               guint      at)
{
  Block *block = g_ptr_array_index (blocks, at);
  const char *head = g_ptr_array_index (block->lines, 0);

  if (block->lines->len != 1 || chapter_number (head) != 1 || !_byline_import_is_subheading (head))
    return FALSE;
  for (guint i = at + 1; i < blocks->len; i++)
    {
      Block *later = g_ptr_array_index (blocks, i);
      const char *line = g_ptr_array_index (later->lines, 0);

      if (later->lines->len == 1 && chapter_number (line) == 2 && _byline_import_is_subheading (line) &&
          (strncmp (head, "Part", 4) == 0) == (strncmp (line, "Part", 4) == 0) &&
          g_ascii_isdigit (*head) == g_ascii_isdigit (*line))
        return TRUE;
    }
  return FALSE;
}

/**
 * _byline_import_lower_particles:
 * @name: (inout): a shouted name written normally ("Jan Van Der Berg")
 *
 * Writes small the particles inside @name that every language writes so:
 * "Jan van der Berg", "Maria de la Cruz", "Ahmad bin Yusof". Italian's
 * "Di Maio", "De Luca" and French's "Le Pen" keep their capitals; a
 * particle last in the name ("Jane Van") is its surname and has no space
 * after it to be found by.
 */
void
_byline_import_lower_particles (char *name)
{
  static const char * const small[] = {
    " Van ", " Von ", " Der ", " Den ", " Ter ", " Zu ", " Bin ", " Binti ", " Ibn ", " Dos ", " Das ", " Del ",
    " De La ", " De Los ", " De Las ", NULL
  };

  for (guint i = 0; small[i] != NULL; i++)
    {
      gsize len = strlen (small[i]);

      for (char *p = strstr (name, small[i]); p != NULL; p = strstr (p + 1, small[i]))
        {
          for (char *q = p + 1; q < p + len - 1; q++)
            *q = g_ascii_tolower (*q);
        }
    }
}
