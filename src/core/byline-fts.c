/* byline-fts.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-fts"

#include "config.h"

#include <string.h>

#include "byline-fts.h"

static inline gboolean
is_word_char (gunichar c)
{
  /* Letters, digits, marks; ZWNJ/ZWJ join the parts of Persian words. */
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == 0x200C || c == 0x200D;
}

/* Scripts written without spaces between words: the tokenizer
 * (unicode61) makes a whole run of them one token, so "评论" never finds
 * "中文评论" through the index. */
static gboolean
is_unspaced (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Calls @func for each word of @text (a run of word characters holding a
 * letter or digit), with whether it holds a character of a script
 * written without spaces, and whether a `*` follows it. */
typedef void (*WordFunc) (const char *start, gsize len, gboolean unspaced, gboolean star, gpointer data);

static void
each_word (const char *text,
           WordFunc    func,
           gpointer    data)
{
  const char *p = text ? text : "";

  while (*p)
    {
      const char *start;
      gboolean has_alnum = FALSE, unspaced = FALSE, star;
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
          unspaced |= is_unspaced (d);
          p = g_utf8_next_char (p);
        }
      star = *p == '*';
      if (star)
        p++;
      /* Marks or joiners alone make no token for the tokenizer. */
      if (has_alnum)
        func (start, p - start - (star ? 1 : 0), unspaced, star, data);
    }
}

typedef struct
{
  GString  *query;
  gboolean  skip_unspaced;
} QueryData;

static void
add_to_query (const char *start,
              gsize       len,
              gboolean    unspaced,
              gboolean    star,
              gpointer    user_data)
{
  QueryData *data = user_data;

  if (unspaced && data->skip_unspaced)
    return;
  if (data->query->len > 0)
    g_string_append_c (data->query, ' ');
  /* A word holds no '"', so quoting needs no escaping. */
  g_string_append_c (data->query, '"');
  g_string_append_len (data->query, start, len);
  g_string_append_c (data->query, '"');
  if (star)
    g_string_append_c (data->query, '*');
}

static char *
make_query (const char *text,
            gboolean    skip_unspaced)
{
  QueryData data = { g_string_new (NULL), skip_unspaced };

  each_word (text, add_to_query, &data);
  if (data.query->len == 0)
    {
      g_string_free (data.query, TRUE);
      return NULL;
    }
  return g_string_free (data.query, FALSE);
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
  return make_query (text, FALSE);
}

/**
 * byline_fts_text_as_typed:
 * @text: what the user has typed so far in a search field
 *
 * Search as you type: the word being typed (the last one, when nothing
 * follows it yet) is still incomplete, so it becomes a prefix — "harbour
 * ferr" searches for "harbour ferr*", and finds "ferries". Only from
 * three letters on (shorter prefixes match too much to help, and the
 * index keeps prefixes of three and four letters), and not for the
 * scripts written without spaces, which are searched as substrings
 * anyway. A finished word (a space after it) stays whole.
 *
 * Returns: (transfer full): @text, with `*` after its last word when
 *   that word is being typed
 */
char *
byline_fts_text_as_typed (const char *text)
{
  const char *end = text ? text + strlen (text) : NULL;
  const char *p = end;
  guint letters = 0;

  if (text == NULL)
    return g_strdup ("");
  while (p > text)
    {
      const char *prev = g_utf8_find_prev_char (text, p);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char_validated (prev, p - prev);
      if (c == (gunichar) -1 || c == (gunichar) -2 || !is_word_char (c) || is_unspaced (c))
        break;
      if (g_unichar_isalnum (c))
        letters++;
      p = prev;
    }
  if (letters >= 3 && (p == text || !is_word_char (g_utf8_get_char_validated (g_utf8_find_prev_char (text, p), -1))))
    return g_strconcat (text, "*", NULL);
  return g_strdup (text);
}

/**
 * byline_fts_query_spaced:
 *
 * byline_fts_query_from_text() without the words of scripts written
 * without spaces (Chinese, Japanese, Thai, …), which
 * byline_fts_unspaced_words() gives for a substring search instead.
 *
 * Returns: (transfer full) (nullable): the FTS5 query, or %NULL when no
 *   word is left
 */
char *
byline_fts_query_spaced (const char *text)
{
  return make_query (text, TRUE);
}

static void
add_unspaced (const char *start,
              gsize       len,
              gboolean    unspaced,
              gboolean    star,
              gpointer    user_data)
{
  g_autofree char *word = unspaced ? g_strndup (start, len) : NULL;

  if (word != NULL)
    g_strv_builder_add (user_data, word);
}

/**
 * byline_fts_unspaced_words:
 *
 * Returns: (transfer full): the words of @text that hold a character of a
 *   script written without spaces (Chinese, Japanese, Thai, …), for a
 *   substring search; an empty vector when none
 */
char **
byline_fts_unspaced_words (const char *text)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **words;

  each_word (text, add_unspaced, builder);
  words = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return words;
}
