/* byline-fts.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-fts"

#include "config.h"

#include "byline-fts.h"

static inline gboolean
is_word_char (gunichar c)
{
  /* Letters, digits, marks; ZWNJ/ZWJ join the parts of Persian words. */
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == 0x200C || c == 0x200D;
}

/**
 * byline_fts_query_from_text:
 * @text: what the user typed
 *
 * Turns free text into a safe FTS5 query: every word becomes a quoted
 * string and the words are joined with an implicit AND. Nothing the user
 * types is FTS5 syntax: quotes, parentheses, `NEAR(`, `AND`/`OR`/`NOT`,
 * `-`, `^`, `+` and `column:` filters are all plain words or separators.
 * The one deliberate exception: a word followed directly by `*` is a
 * prefix query (`harb*` finds "harbour").
 *
 * Returns: (transfer full) (nullable): the FTS5 query, or %NULL when
 *   @text holds no word at all
 */
char *
byline_fts_query_from_text (const char *text)
{
  GString *query = g_string_new (NULL);
  const char *p = text ? text : "";

  while (*p)
    {
      const char *start;
      gboolean has_alnum = FALSE;
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      if (!is_word_char (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p)
        {
          gunichar d = g_utf8_get_char_validated (p, -1);

          if (d == (gunichar) -1 || d == (gunichar) -2 || !is_word_char (d))
            break;
          has_alnum |= g_unichar_isalnum (d);
          p = g_utf8_next_char (p);
        }

      /* Marks or joiners alone make no token for the tokenizer. */
      if (!has_alnum)
        continue;

      if (query->len > 0)
        g_string_append_c (query, ' ');
      /* A word holds no '"', so quoting needs no escaping. */
      g_string_append_c (query, '"');
      g_string_append_len (query, start, p - start);
      g_string_append_c (query, '"');
      if (*p == '*')
        {
          g_string_append_c (query, '*');
          p++;
        }
    }

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}
