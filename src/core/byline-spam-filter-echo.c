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
 *
 * Since the thirty-seventh round, the story's words as a link's text:
 * "Nah ini dia: [add a monthly flood pump levy to household water
 * bills](https://…loan site…)", a phrase the reader seems to cite, the
 * link a shop's. A reader who links a phrase of the story links its
 * source (a council, a newspaper, an encyclopaedia), which weighs
 * nothing; another site alone stays under the line.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
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

/* FNV-1a, 64 bits */
static guint64
hash_bytes (guint64     h,
            const char *p,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) p[i];
      h *= G_GUINT64_CONSTANT (1099511628211);
    }
  return h;
}

/* @text with its HTML tags ("<b>", "</a>", "<a href=…>") as spaces: a
 * sentence copied with a link around three of its words is the same
 * sentence */
static char *
without_tags (const char *text)
{
  char *copy = g_strdup (text);

  for (char *p = copy; (p = strchr (p, '<')) != NULL; p++)
    {
      char *end;

      if (!g_ascii_isalpha (p[1]) && p[1] != '/' && p[1] != '!')
        continue;
      if ((end = strchr (p, '>')) == NULL)
        break;
      memset (p, ' ', end - p + 1);
      p = end;
    }
  return copy;
}

/* The hashes of @normalized's words (runs of letters, digits and marks),
 * web addresses and tags left out; stops after @max words when @max is
 * not 0 */
static GArray *
word_hashes (const char *normalized,
             guint       max)
{
  GArray *hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree char *untagged = strchr (normalized, '<') != NULL ? without_tags (normalized) : NULL;
  const char *p = untagged != NULL ? untagged : normalized;

  while (*p != '\0' && (max == 0 || hashes->len < max))
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
                  guint64 h = hash_bytes (G_GUINT64_CONSTANT (14695981039346656037), start, q - start);

                  g_array_append_val (hashes, h);
                }
            }
        }
      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
    }
  return hashes;
}

/* The hash of MIN_RUN words in a row from @words[@i] */
static guint64
run_hash (const guint64 *words,
          guint          i)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);

  for (guint k = 0; k < MIN_RUN; k++)
    h = hash_bytes (h, (const char *) &words[i + k], sizeof words[i + k]);
  return h;
}

static int
compare_hashes (gconstpointer a,
                gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/**
 * BylineSpamStory:
 *
 * The story a comment is under, as the filter reads it: every run of
 * words it holds, made once for all the comments under it.
 */
struct _BylineSpamStory
{
  gatomicrefcount  ref;
  GArray          *runs;   /* sorted guint64: the hash of every MIN_RUN words in a row */
};

G_DEFINE_BOXED_TYPE (BylineSpamStory, byline_spam_story, byline_spam_story_ref, byline_spam_story_unref)

/**
 * byline_spam_story_new:
 * @text: (nullable): a story's text (its headline, standfirst and body;
 *   Markdown or plain text)
 *
 * Returns: (transfer full): the story, for #BylineSpamSample's story
 */
BylineSpamStory *
byline_spam_story_new (const char *text)
{
  g_autofree char *normalized = _byline_spam_normalize (text);
  g_autoptr(GArray) words = word_hashes (normalized, 0);
  BylineSpamStory *self = g_new0 (BylineSpamStory, 1);

  g_atomic_ref_count_init (&self->ref);
  self->runs = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint i = 0; i + MIN_RUN <= words->len; i++)
    {
      guint64 h = run_hash ((const guint64 *) words->data, i);

      g_array_append_val (self->runs, h);
    }
  g_array_sort (self->runs, compare_hashes);
  return self;
}

BylineSpamStory *
byline_spam_story_ref (BylineSpamStory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
byline_spam_story_unref (BylineSpamStory *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref))
    {
      g_array_unref (self->runs);
      g_free (self);
    }
}

static gboolean
story_has_run (const BylineSpamStory *story,
               guint64                run)
{
  return bsearch (&run, story->runs->data, story->runs->len, sizeof run, compare_hashes) != NULL;
}

/* How many of @words are in runs of MIN_RUN or more that @story holds in
 * the same order */
static guint
copied_words (GArray                *words,
              const BylineSpamStory *story)
{
  guint copied = 0, covered_to = 0;

  for (guint i = 0; i + MIN_RUN <= words->len; i++)
    {
      if (!story_has_run (story, run_hash ((const guint64 *) words->data, i)))
        continue;
      /* (the words of this run not counted with the one before) */
      copied += i + MIN_RUN - MAX (i, covered_to);
      covered_to = i + MIN_RUN;
    }
  return copied;
}

/* How many words of @content (normalised) are the story's, when it is
 * mostly the story's own words; else 0 */
static guint
echoed_words (const BylineSpamStory *story,
              const char            *content)
{
  g_autoptr(GArray) words = NULL;
  guint n, copied, own;

  if (story == NULL || story->runs->len == 0)
    return 0;
  words = word_hashes (content, MAX_WORDS + 1);
  n = words->len;
  if (n < MIN_RUN || n > MAX_WORDS)
    return 0;
  copied = copied_words (words, story);
  own = n - copied;
  /* Mostly the story's: a word or two of its own ("Interesting!",
   * "Great read, thanks"), or three copied words to each of its own */
  if (copied == 0 || (own > 6 && own * 3 > copied))
    return 0;
  return copied;
}

/* The host of @href if the @len bytes of link text at @words hold a run
 * of @story's words and it is no source's (an official body's, a
 * newspaper's, a platform's), else %NULL */
static char *
story_words_host (const BylineSpamStory *story,
                  const char            *words,
                  gsize                  len,
                  const char            *href)
{
  g_autofree char *text = g_strndup (words, len);
  g_autoptr(GArray) hashes = word_hashes (text, 0);
  g_autofree char *host = NULL;

  while (*href == '"' || *href == '\'' || *href == ' ')
    href++;
  if (hashes->len < MIN_RUN || copied_words (hashes, story) == 0 ||
      (host = _byline_spam_url_host (href)) == NULL || strchr (host, '.') == NULL ||
      _byline_spam_host_is_official (host) || _byline_spam_host_is_news (host) ||
      _byline_spam_host_is_platform (host))
    return NULL;

  return g_steal_pointer (&host);
}

/* The host of the first link in normalised @content written behind the
 * words of @story, in Markdown ("[…](https://…)") or HTML ("<a
 * href=…>…</a>"), to a site that is no source; %NULL when none is */
static char *
link_behind_story (const BylineSpamStory *story,
                   const char            *content)
{
  char *host = NULL;

  if (story == NULL || story->runs->len == 0)
    return NULL;
  for (const char *p = strstr (content, "]("); p != NULL && host == NULL; p = strstr (p + 2, "]("))
    {
      const char *open = p;

      while (open > content && p - open < 400 && open[-1] != '[' && open[-1] != ']')
        open--;
      if (open > content && open[-1] == '[')
        host = story_words_host (story, open, p - open, p + 2);
    }
  for (const char *p = strstr (content, "<a "); p != NULL && host == NULL; p = strstr (p + 3, "<a "))
    {
      const char *href = strstr (p, "href=");
      const char *words = strchr (p, '>');
      const char *end = words != NULL ? strstr (words, "</a>") : NULL;

      if (href != NULL && end != NULL && href < words)
        host = story_words_host (story, words + 1, end - words - 1, href + strlen ("href="));
    }

  return host;
}

/**
 * byline_spam_story_echoed_by:
 * @content: a comment's text
 *
 * Whether @content is mostly words of @story copied in runs (what the
 * filter weighs as such, a cheap test before classifying again).
 */
gboolean
byline_spam_story_echoed_by (const BylineSpamStory *self,
                             const char            *content)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  normalized = _byline_spam_normalize (content);
  return echoed_words (self, normalized) > 0;
}

void
_byline_spam_echo_evidence (const BylineSpamSample *sample,
                            const char             *content,
                            guint                   outside_links,
                            GArray                 *evidence)
{
  guint copied = echoed_words (sample->story, content);
  g_autofree char *behind = link_behind_story (sample->story, content);
  gboolean somewhere;

  if (behind != NULL)
    {
      g_autofree char *quoted = _byline_spam_quote_for_reason (behind);

      _byline_spam_add_evidence (evidence, 0.4,
                                 /* Translators: %s is a web site's name, as cheap-loans.example */
                                 g_strdup_printf (_("puts a link to %s behind words copied from the story"), quoted));
    }
  if (copied == 0)
    return;
  somewhere = outside_links > 0 || (sample->author_url != NULL && sample->author_url[0] != '\0');
  _byline_spam_add_evidence (evidence, somewhere ? 0.6 : 0.3,
                             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           /* Translators: a reason a comment looks like spam */
                                                           "copies %u word of the story word for word and adds little of its own",
                                                           "copies %u words of the story word for word and adds little of its own",
                                                           copied), copied));
}
