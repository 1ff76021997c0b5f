/* byline-spam-filter-index.c: the comment being classified, indexed for
 * the rules' searches
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* The comment being classified, with the pairs of bytes it has: the
 * rules look up some 1,300 words and phrases in each comment, most of
 * which are not in it, and a word one of whose pairs the comment lacks is
 * not in it either (a few bit tests instead of a strstr() over the
 * comment). Only the text byline_spam_filter_classify() indexed, on this
 * thread, while it runs; any other text is searched the long way, but
 * for a word list in a short one (pairs_for_list()).
 *
 * What several rules ask of the same comment is kept here too, worked
 * out the first time it is asked and forgotten with the index: whether
 * it has a contact and the like (the facts), its copy with the sources
 * blanked, and its links. Each is the answer the question's own code
 * gives for the same bytes, so asking twice gives the same answer. */
#define PAIR_BITS 4096

typedef struct
{
  const char *text;
  guint64     pairs[PAIR_BITS / 64];
  gint8       facts[BYLINE_SPAM_N_FACTS];   /* -1: not worked out yet */
  char       *blanked;                      /* %NULL: not made yet */
  /* another text of the same comment, with its own pairs (its unmasked
   * copy, in which the word lists are looked up again) */
  const char *also_text;
  guint64     also_pairs[PAIR_BITS / 64];
  BylineSpamLinks links;                    /* no hosts: not scanned yet */
  BylineSpamCounts counts;                  /* words < 0: not counted yet */
} PairIndex;

static _Thread_local PairIndex pair_index;

static inline guint
pair_bit (const char *p)
{
  return ((guint) (guchar) p[0] * 131u + (guchar) p[1]) % PAIR_BITS;
}

static void
fill_pairs (guint64    *pairs,
            const char *text)
{
  memset (pairs, 0, PAIR_BITS / 8);
  for (const char *p = text; p[0] && p[1]; p++)
    {
      guint bit = pair_bit (p);

      pairs[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
    }
}

/* Indexes normalised @text for _byline_spam_contains_word(), or forgets
 * the index (@text %NULL) before the text is freed. */
void
_byline_spam_index_text (const char *text)
{
  pair_index.text = text;
  pair_index.also_text = NULL;
  memset (pair_index.facts, -1, sizeof pair_index.facts);
  pair_index.counts.words = -1;
  g_clear_pointer (&pair_index.blanked, g_free);
  g_clear_pointer (&pair_index.links.hosts, g_ptr_array_unref);
  if (text != NULL)
    fill_pairs (pair_index.pairs, text);
}

/* Indexes @text (normalised, %NULL to forget it before it is freed) as
 * well as the indexed text, for the searches only, until the next
 * _byline_spam_index_text(). */
void
_byline_spam_index_also (const char *text)
{
  pair_index.also_text = text;
  if (text != NULL)
    fill_pairs (pair_index.also_pairs, text);
}

/**
 * _byline_spam_fact:
 * @answer: works the answer out for a text
 *
 * @answer's answer for @text, worked out once for the indexed text (the
 * comment being classified: several rules ask the same question of it)
 * and kept with the index; any other text is asked each time.
 */
gboolean
_byline_spam_fact (const char      *text,
                   BylineSpamFact   fact,
                   gboolean       (*answer) (const char *text))
{
  gint8 *known = text != NULL && text == pair_index.text ? &pair_index.facts[fact] : NULL;
  gboolean value;

  if (known != NULL && *known >= 0)
    return *known;
  value = answer (text);
  if (known != NULL)
    *known = value;

  return value;
}

/* The indexed text with its sources blanked (_byline_spam_blank_sources()),
 * made once for the comment: more than one rule asks. %NULL when @text is
 * not the indexed text. */
const char *
_byline_spam_indexed_blanked (const char *text)
{
  if (text == NULL || text != pair_index.text)
    return NULL;
  if (pair_index.blanked == NULL)
    pair_index.blanked = _byline_spam_blank_sources (text);

  return pair_index.blanked;
}

/* The index's pairs if @text is the indexed text, else %NULL: looked up
 * once by each search, as the thread's index is not free to reach. */
static inline const guint64 *
pairs_of (const char *text)
{
  const PairIndex *index = &pair_index;

  if (text == NULL)
    return NULL;
  if (text == index->text)
    return index->pairs;

  return text == index->also_text ? index->also_pairs : NULL;
}

/* Where the indexed text's words and their characters are kept (see
 * _byline_spam_count_words()), if @text is the indexed text: words < 0
 * until counted */
BylineSpamCounts *
_byline_spam_indexed_counts (const char *text)
{
  if (text == NULL || text != pair_index.text)
    return NULL;

  return &pair_index.counts;
}

/* Where the indexed text's links are kept (see _byline_spam_scan_links()),
 * if @text is the indexed text: no hosts until scanned. */
BylineSpamLinks *
_byline_spam_indexed_links (const char *text)
{
  if (text == NULL || text != pair_index.text)
    return NULL;

  return &pair_index.links;
}

static inline gboolean
has_pair (const guint64 *pairs,
          const char    *p)
{
  guint bit = pair_bit (p);

  return (pairs[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))) != 0;
}

/* Where the indexed text lacks one of the pairs of bytes of @string (two
 * bytes or more), %NULL; else the last byte of @string. Every pair is
 * tested, one after the other: a word that got past its first pair is
 * mostly gone at its second or third, and walking to the end measures
 * the word at no cost. */
static inline const char *
all_pairs_in_index (const guint64 *pairs,
                    const char    *string)
{
  const char *p;

  for (p = string; p[1] != '\0'; p++)
    {
      if (!has_pair (pairs, p))
        return NULL;
    }

  return p;
}

/* Whether the @len bytes of @word occur in @text as a whole word (or
 * phrase): the search itself, once the index has let the word through. */
static gboolean
find_word (const char *text,
           const char *word,
           gsize       len)
{
  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean start_ok = p == text ||
        !_byline_spam_is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, p)));
      gboolean end_ok = p[len] == '\0' || !_byline_spam_is_word_char (g_utf8_get_char (p + len));

      if (start_ok && end_ok)
        return TRUE;
    }

  return FALSE;
}

/* _byline_spam_contains_word() with @text's pairs (pairs_of()) at hand:
 * inline, for the loops over word lists, which mostly go no further than
 * a word's first pair. */
static inline gboolean
contains_word_in (const guint64 *pairs,
                  const char    *text,
                  const char    *word)
{
  gsize len;

  if (word[0] == '\0')
    return FALSE;
  if (pairs != NULL)
    {
      const char *last = all_pairs_in_index (pairs, word);

      if (last == NULL)
        return FALSE;
      len = last + 1 - word;
    }
  else
    len = strlen (word);

  return find_word (text, word, len);
}

/* _byline_spam_contains_string() with @text's pairs at hand */
static inline gboolean
contains_string_in (const guint64 *pairs,
                    const char    *text,
                    const char    *string)
{
  if (string[0] == '\0' || (pairs != NULL && all_pairs_in_index (pairs, string) == NULL))
    return FALSE;

  return strstr (text, string) != NULL;
}

/* The pairs of @text for a search of a whole list of words: the index's
 * if @text is the indexed text, else those of a short text (an author's
 * name, a host) put in @local, worth it for a list; %NULL for a long one,
 * searched the long way. */
#define LOCAL_PAIRS_MAX_BYTES 256

static const guint64 *
pairs_for_list (const char *text,
                guint64    *local)
{
  const guint64 *pairs = pairs_of (text);

  if (pairs == NULL && text != NULL && strnlen (text, LOCAL_PAIRS_MAX_BYTES + 1) <= LOCAL_PAIRS_MAX_BYTES)
    {
      fill_pairs (local, text);
      pairs = local;
    }

  return pairs;
}

/* Whether @word occurs in @text as a whole word (or phrase). */
gboolean
_byline_spam_contains_word (const char *text,
                            const char *word)
{
  return contains_word_in (pairs_of (text), text, word);
}

/**
 * _byline_spam_find:
 *
 * strstr() for normalised text, the same answer: %NULL at once, without
 * searching, when @text is the indexed text and lacks a pair of bytes of
 * @string. For the rules' own loops over their lists.
 */
const char *
_byline_spam_find (const char *text,
                   const char *string)
{
  const guint64 *pairs = pairs_of (text);

  if (pairs != NULL && string[0] != '\0' && all_pairs_in_index (pairs, string) == NULL)
    return NULL;

  return strstr (text, string);
}

/* Whether @string occurs anywhere in @text, as a word or inside one:
 * for scripts that put no spaces between words. */
gboolean
_byline_spam_contains_string (const char *text,
                              const char *string)
{
  return contains_string_in (pairs_of (text), text, string);
}

/* Whether one of @words occurs in @text as a whole word (or phrase). */
gboolean
_byline_spam_any_word (const char         *text,
                       const char * const *words)
{
  guint64 local[PAIR_BITS / 64];
  const guint64 *pairs = pairs_for_list (text, local);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (contains_word_in (pairs, text, words[i]))
        return TRUE;
    }

  return FALSE;
}

/* How many of @words occur in @text as whole words (or phrases). */
guint
_byline_spam_words_found (const char         *text,
                          const char * const *words)
{
  guint64 local[PAIR_BITS / 64];
  const guint64 *pairs = pairs_for_list (text, local);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += contains_word_in (pairs, text, words[i]);

  return n;
}

/* How many of @words normalised @text holds: whole words for those in
 * Latin letters, anywhere for the others (Russian endings and Arabic
 * prefixes join words: "бесплатный", "واستعدت"; "$40,000") */
guint
_byline_spam_terms_found (const char         *text,
                          const char * const *words)
{
  guint64 local[PAIR_BITS / 64];
  const guint64 *pairs = pairs_for_list (text, local);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];

      /* (an empty word is in any text for strstr(), in none as a word) */
      if (word[0] == '\0')
        n++;
      else if (g_ascii_isalnum (word[0]) ? contains_word_in (pairs, text, word)
                                         : contains_string_in (pairs, text, word))
        n++;
    }

  return n;
}

/* How many of @strings occur in @text, anywhere (for scripts that put
 * no spaces between words). */
guint
_byline_spam_strings_found (const char         *text,
                            const char * const *strings)
{
  guint64 local[PAIR_BITS / 64];
  const guint64 *pairs = pairs_for_list (text, local);
  guint n = 0;

  for (guint i = 0; strings[i] != NULL; i++)
    n += contains_string_in (pairs, text, strings[i]);

  return n;
}
