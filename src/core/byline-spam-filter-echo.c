/* byline-spam-filter-echo.c: a sentence of the story, copied back under it
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "The new vessels, built by a regional shipyard, carry 180 passengers
 * each and recharge in eleven minutes at the terminal berths.
 * Interesting!", from "Ferry Guide" with a ticket shop for a website:
 * spam that passes for a reader by copying a sentence of the story it is
 * under, word for word, and adding a word or two of its own. Nothing in
 * the comment alone tells; the story does. A reader quotes the story too,
 * and then says what she thinks of it at more length than the quotation:
 * only a comment that is mostly the story's own words counts, and it
 * weighs enough to flag only with a website or a link to send readers
 * to.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-spam-filter-private.h"

/* Fewer words in a row than this are a phrase any two texts share */
#define MIN_RUN 8
/* A comment longer than this is not a sentence with a word added */
#define MAX_WORDS 300

/* Whether the whitespace-separated @token (normalised) is a web address:
 * its words are nobody's prose */
static gboolean
is_address (const char *token,
            gsize       len)
{
  g_autofree char *copy = g_strndup (token, len);
  const char *dot;

  if (strstr (copy, "://") != NULL || g_str_has_prefix (copy, "www."))
    return TRUE;
  /* "shop.example/cheap", "tickets.com": letters on both sides of a dot */
  dot = strchr (copy, '.');
  return dot != NULL && dot > copy && g_ascii_isalnum (dot[-1]) && g_ascii_isalpha (dot[1]) &&
         g_ascii_isalpha (dot[2]);
}

/* @normalized's words (runs of letters, digits and marks), each followed
 * by one space and the whole preceded by one, web addresses left out;
 * stops after @max words when @max is not 0 */
static char *
words_of (const char *normalized,
          guint       max,
          guint      *n_words)
{
  GString *out = g_string_new (" ");
  const char *p = normalized;
  guint n = 0;

  while (*p != '\0' && (max == 0 || n < max))
    {
      const char *token = p;

      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      if (p > token && !is_address (token, p - token))
        {
          const char *q = token;

          while (q < p)
            {
              const char *start;

              while (q < p && !_byline_spam_is_word_char (_byline_spam_char_at (q)))
                q = g_utf8_next_char (q);
              start = q;
              while (q < p && _byline_spam_is_word_char (_byline_spam_char_at (q)))
                q = g_utf8_next_char (q);
              if (q > start)
                {
                  g_string_append_len (out, start, q - start);
                  g_string_append_c (out, ' ');
                  n++;
                }
            }
        }
      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
    }
  if (n_words != NULL)
    *n_words = n;
  return g_string_free (out, FALSE);
}

/**
 * byline_spam_story_words:
 * @story: (nullable): a story's text (its headline, standfirst and body;
 *   Markdown or plain text)
 *
 * The story's words as #BylineSpamSample's story_words wants them, made
 * once for all the comments under it.
 *
 * Returns: (transfer full): the words
 */
char *
byline_spam_story_words (const char *story)
{
  g_autofree char *normalized = _byline_spam_normalize (story);

  return words_of (normalized, 0, NULL);
}

/* How many of @words (" a b c ") are in runs of MIN_RUN or more that
 * @story holds in the same order */
static guint
copied_words (const char *words,
              const char *story)
{
  g_auto(GStrv) split = g_strsplit (words + 1, " ", -1);
  guint n = g_strv_length (split) - 1;   /* (the empty string after the last space) */
  g_autoptr(GString) needle = g_string_new (NULL);
  guint copied = 0;

  for (guint i = 0; i + MIN_RUN <= n;)
    {
      guint end = i;

      g_string_assign (needle, " ");
      for (; end < i + MIN_RUN; end++)
        g_string_append_printf (needle, "%s ", split[end]);
      if (strstr (story, needle->str) == NULL)
        {
          i++;
          continue;
        }
      for (; end < n; end++)
        {
          gsize len = needle->len;

          g_string_append_printf (needle, "%s ", split[end]);
          if (strstr (story, needle->str) == NULL)
            {
              g_string_truncate (needle, len);
              break;
            }
        }
      copied += end - i;
      i = end;
    }
  return copied;
}

void
_byline_spam_echo_evidence (const BylineSpamSample *sample,
                            const char             *content,
                            guint                   outside_links,
                            GArray                 *evidence)
{
  g_autofree char *words = NULL;
  guint n, copied, own;
  gboolean somewhere;

  if (sample->story_words == NULL || strlen (sample->story_words) < 2 * MIN_RUN)
    return;
  words = words_of (content, MAX_WORDS + 1, &n);
  if (n < MIN_RUN || n > MAX_WORDS)
    return;
  copied = copied_words (words, sample->story_words);
  own = n - copied;
  /* Mostly the story's: a word or two of its own ("Interesting!",
   * "Great read, thanks"), or three copied words to each of its own */
  if (copied == 0 || (own > 6 && own * 3 > copied))
    return;

  somewhere = outside_links > 0 || (sample->author_url != NULL && sample->author_url[0] != '\0');
  _byline_spam_add_evidence (evidence, somewhere ? 0.6 : 0.3,
                             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           /* Translators: a reason a comment looks like spam */
                                                           "copies %u word of the story word for word and adds little of its own",
                                                           "copies %u words of the story word for word and adds little of its own",
                                                           copied), copied));
}
