/* byline-spam-filter-features.c: what the spam filter reads in a comment
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* The length of the invisible character at @p that normalising drops, or
 * 0: a zero-width space, a word joiner, a byte order mark, a soft
 * hyphen, an emoji's variation selector or a keycap's square. Each
 * splits a word for a word list only ("ca", a zero-width space, "sino"),
 * or a digit from its number; the zero-width non-joiner is kept, as
 * Persian writes with it. */
static inline guint
invisible_at (const char *p)
{
  if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xAD)
    return 2;
  if ((guchar) p[0] == 0xE2 && (((guchar) p[1] == 0x80 && (guchar) p[2] == 0x8B) ||
                                ((guchar) p[1] == 0x81 && (guchar) p[2] == 0xA0)))
    return 3;
  if ((guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    return 3;
  /* an emoji's variation selector and a keycap's enclosing square:
   * "4️⃣" is a 4 */
  if (((guchar) p[0] == 0xEF && (guchar) p[1] == 0xB8 && (guchar) p[2] == 0x8F) ||
      ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x83 && (guchar) p[2] == 0xA3))
    return 3;

  return 0;
}

/* The value of the Devanagari, Bengali, Tamil or Thai digit at @p
 * (U+0966, U+09E6, U+0BE6, U+0E50 on), or -1 */
static int
indic_digit_at (const char *p)
{
  guchar lead = p[1], last = p[2];

  if ((guchar) p[0] != 0xE0)
    return -1;
  if ((lead == 0xA5 || lead == 0xA7 || lead == 0xAF) && last >= 0xA6 && last <= 0xAF)
    return last - 0xA6;
  if (lead == 0xB9 && last >= 0x90 && last <= 0x99)
    return last - 0x90;

  return -1;
}

/* Whether @p is one of Bengali's three letters with a nukta written
 * whole ("ড়", "ঢ়", "য়": U+09DC, U+09DD, U+09DF) */
static inline gboolean
nukta_letter_at (const char *p)
{
  return (guchar) p[0] == 0xE0 && (guchar) p[1] == 0xA7 &&
    ((guchar) p[2] == 0x9C || (guchar) p[2] == 0x9D || (guchar) p[2] == 0x9F);
}

/* @text with Bengali's letters with a nukta written whole split as
 * folding (NFKC) splits them and as most keyboards write them, a letter
 * and the nukta ("য়" as "য" and "়"): so that a word reads one way */
static char *
split_nukta_letters (const char *text)
{
  GString *split = g_string_sized_new (strlen (text) + 16);

  for (const char *p = text; *p; p++)
    {
      if (nukta_letter_at (p))
        {
          g_string_append (split, (guchar) p[2] == 0x9C ? "\xE0\xA6\xA1\xE0\xA6\xBC" :
                                  (guchar) p[2] == 0x9D ? "\xE0\xA6\xA2\xE0\xA6\xBC" : "\xE0\xA6\xAF\xE0\xA6\xBC");
          p += 2;
        }
      else
        g_string_append_c (split, *p);
    }

  return g_string_free (split, FALSE);
}

/* Lowercased, valid UTF-8 copy of @text (invalid bytes become U+FFFD),
 * with compatibility forms folded (NFKC): fullwidth and mathematical
 * letters ("ｃａｓｉｎｏ", "𝐜𝐚𝐬𝐢𝐧𝐨") become plain ones; numeric HTML
 * references ("&#104;ttps") become what they stand for and invisible
 * characters are dropped, so that words and links hidden with them are
 * read. */
char *
_byline_spam_normalize (const char *text)
{
  g_autofree char *decoded = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  gboolean nukta = FALSE;
  char *lower;
  const char *p;

  if (text == NULL)
    return g_strdup ("");

  if (strstr (text, "&#") != NULL && (decoded = _byline_spam_decode_entities (text)) != NULL)
    text = decoded;

  /* Most comments are plain ASCII: the same result without decoding
   * every character (a sync scores thousands). */
  for (p = text; *p && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, p - text);

  valid = g_utf8_make_valid (text, -1);
  /* Folding is slow, and what it folds (presentation forms, fullwidth
   * and mathematical letters) is all from U+1000 on: three bytes or
   * more, which Latin, Cyrillic, Greek, Arabic and Persian letters are
   * not. */
  for (; *p && (guchar) *p < 0xE1; p++)
    ;
  if (*p != '\0')
    folded = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  lower = g_utf8_strdown (folded != NULL ? folded : valid, -1);

  /* Arabic-Indic and Persian digits as ASCII ones, and those of
   * Devanagari, Bengali, Tamil and Thai ("০১৭১২-৩৪৫৬৭৮"): a number to
   * call is one in any script; invisible characters left out. */
  {
    const char *r = lower;
    char *w = lower;

    while (*r)
      {
        guint skip;

        if (((guchar) r[0] == 0xD9 && (guchar) r[1] >= 0xA0 && (guchar) r[1] <= 0xA9) ||
            ((guchar) r[0] == 0xDB && (guchar) r[1] >= 0xB0 && (guchar) r[1] <= 0xB9))
          {
            *w++ = '0' + ((guchar) r[1] & 0x0F);
            r += 2;
          }
        else if ((guchar) r[0] == 0xE0 && indic_digit_at (r) >= 0)
          {
            *w++ = '0' + indic_digit_at (r);
            r += 3;
          }
        /* (Bengali's letters with a nukta written whole: split below,
         * when folding has not split them) */
        else if ((guchar) r[0] == 0xE0 && nukta_letter_at (r))
          {
            nukta = TRUE;
            *w++ = *r++;
          }
        /* Thai's SARA AM ("ชำระ", pay) whole again: NFKC splits it in
         * two (U+0E4D U+0E32), so that a Thai word would read one way
         * in a comment with an emoji and another in one without */
        else if ((guchar) r[0] == 0xE0 && (guchar) r[1] == 0xB9 && (guchar) r[2] == 0x8D &&
                 (guchar) r[3] == 0xE0 && (guchar) r[4] == 0xB8 && (guchar) r[5] == 0xB2)
          {
            memcpy (w, "ำ", 3);
            w += 3;
            r += 6;
          }
        else if ((skip = invisible_at (r)) > 0)
          r += skip;
        /* the heavy plus sign of "➕44 7️⃣…" */
        else if ((guchar) r[0] == 0xE2 && (guchar) r[1] == 0x9E && (guchar) r[2] == 0x95)
          {
            *w++ = '+';
            r += 3;
          }
        /* the hyphen (U+2010, which NFKC makes of the non-breaking one)
         * and the minus sign as ASCII's: Japanese input methods write a
         * number's dashes so ("06‐6712‐4088"), as the full-width one
         * NFKC folds already */
        else if ((guchar) r[0] == 0xE2 && (((guchar) r[1] == 0x80 && (guchar) r[2] == 0x90) ||
                                           ((guchar) r[1] == 0x88 && (guchar) r[2] == 0x92)))
          {
            *w++ = '-';
            r += 3;
          }
        else
          *w++ = *r++;
      }
    *w = '\0';
  }
  if (nukta)
    {
      char *split = split_nukta_letters (lower);

      g_free (lower);
      lower = split;
    }

  return lower;
}

/* The host of @url, lowercased, or %NULL: what follows the scheme (and
 * "www."), up to a path, a query, a port or the end of the link, less
 * the punctuation of the sentence around it ("…ofertas.live, the
 * best", "…at cheap-shoes.shop.") */
char *
_byline_spam_url_host (const char *url)
{
  const char *start = url;
  const char *end;

  if (g_str_has_prefix (start, "http://"))
    start += strlen ("http://");
  else if (g_str_has_prefix (start, "https://"))
    start += strlen ("https://");
  if (g_str_has_prefix (start, "www."))
    start += strlen ("www.");

  for (end = start; *end && !strchr ("/?#:\"'<> \t\r\n)[],;!|*", *end); end++)
    ;
  while (end > start && end[-1] == '.')
    end--;

  if (end == start)
    return NULL;

  return g_ascii_strdown (start, end - start);
}

/* The host of the link at @p as a token, and into @hosts when given */
static void
note_link (const char *p,
           GHashTable *tokens,
           GPtrArray  *hosts)
{
  char *host = _byline_spam_url_host (p);

  if (host != NULL && tokens != NULL)
    g_hash_table_add (tokens, g_strconcat ("url:", host, NULL));
  if (host != NULL && hosts != NULL)
    g_ptr_array_add (hosts, g_steal_pointer (&host));
  g_free (host);
}

/* Counts links in normalised text and adds their hosts as tokens and,
 * when @hosts is given, to @hosts. */
static guint
scan_links (const char *text,
            GHashTable *tokens,
            GPtrArray  *hosts)
{
  guint links = 0;

  for (const char *p = text; *p; p++)
    {
      const char *bare;

      /* "bit.ly/AbC12" or "free-gift.xyz" with no scheme is a link all
       * the same: spam leaves the "http" out to pass as text. */
      if ((bare = _byline_spam_bare_link (p, text)) != NULL)
        {
          note_link (p, tokens, hosts);
          links++;
          p = bare - 1;
          continue;
        }
      if (_byline_spam_at_link_start (p) && (p == text || !g_ascii_isalnum (p[-1])))
        {
          note_link (p, tokens, hosts);
          links++;
          /* On past the whole address: the "www." of "https://www.…"
           * is the same link. */
          while (p[1] != '\0' && !g_ascii_isspace (p[1]) && !strchr ("\"'<>", p[1]))
            p++;
        }
    }

  return links;
}

/* The same for the indexed text is scanned once (the rules and the
 * Bayes tokens both ask) and given again from the index: the same hosts,
 * in the same order. */
guint
_byline_spam_scan_links (const char *text,
                         GHashTable *tokens,
                         GPtrArray  *hosts)
{
  BylineSpamLinks *known = _byline_spam_indexed_links (text);

  if (known == NULL)
    return scan_links (text, tokens, hosts);
  if (known->hosts == NULL)
    {
      known->hosts = g_ptr_array_new_with_free_func (g_free);
      known->links = scan_links (text, NULL, known->hosts);
    }

  for (guint i = 0; i < known->hosts->len; i++)
    {
      const char *host = g_ptr_array_index (known->hosts, i);

      if (tokens != NULL)
        g_hash_table_add (tokens, g_strconcat ("url:", host, NULL));
      if (hosts != NULL)
        g_ptr_array_add (hosts, g_strdup (host));
    }

  return known->links;
}

/* Grammar words of the languages Byline's readers write in most (English,
 * Russian, Persian, Arabic). Every kind of comment has them, so what a
 * handful of first decisions says about them is chance: "from" in six
 * price offers and in no approved comment yet made a reader's note about
 * rents going "from $1,450 to $1,980" look 78% like past spam. */
static const char * const grammar_words[] = {
  "the", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with",
  "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those",
  "not", "no", "so", "if", "than", "then", "there", "their", "they", "we", "you", "he", "she",
  "his", "her", "our", "my", "your", "me", "us", "them", "do", "does", "did", "has", "have",
  "had", "will", "would", "can", "could", "up", "per", "all", "about", "into", "over",
  "во", "на", "со", "по", "за", "из", "от", "до", "не", "что", "это", "как", "но", "для",
  "же", "так", "мы", "вы", "он", "она", "они",
  "در", "به", "از", "که", "این", "آن", "با", "را", "برای", "تا", "هم", "یا", "اما",
  "في", "من", "على", "إلى", "عن", "أن", "هذا", "هذه", "التي", "الذي", "مع", "لا", "ما",
  NULL
};

static gboolean
is_grammar_word (const char *word,
                 gsize       len)
{
  static GHashTable *set = NULL;

  if (g_once_init_enter (&set))
    {
      GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; grammar_words[i] != NULL; i++)
        g_hash_table_add (words, (gpointer) grammar_words[i]);
      g_once_init_leave (&set, words);
    }

  if (len > 12)
    return FALSE;
  {
    char buf[13];

    memcpy (buf, word, len);
    buf[len] = '\0';
    return g_hash_table_contains (set, buf);
  }
}

static void
add_words (GHashTable *tokens,
           const char *normalized,
           const char *prefix)
{
  const char *p = normalized;

  while (*p)
    {
      const char *start;
      guint chars = 0, digits = 0;

      gunichar c;

      while (*p && !_byline_spam_is_word_char (_byline_spam_char_at (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p && _byline_spam_is_word_char (c = _byline_spam_char_at (p)))
        {
          digits += c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
          p = g_utf8_next_char (p);
          chars++;
        }

      /* Numbers are no words: prices, percentages and dates say nothing
       * about who wrote a comment, and "99" or "20" learnt from a few
       * spam offers made a reader's list of prices look like spam. */
      if (chars >= 2 && chars <= MAX_TOKEN_CHARS && digits < chars &&
          !is_grammar_word (start, p - start))
        {
          /* (a concatenation, not a printf: a token for each word of
           * each comment synced) */
          gsize prefix_len = strlen (prefix);
          char *token = g_malloc (prefix_len + (p - start) + 1);

          memcpy (token, prefix, prefix_len);
          memcpy (token + prefix_len, start, p - start);
          token[prefix_len + (p - start)] = '\0';
          g_hash_table_add (tokens, token);
        }
    }
}

static void
add_source (GHashTable *set,
            const char *kind,
            const char *value)
{
  g_autofree char *lower = NULL;

  if (value == NULL || value[0] == '\0')
    return;

  lower = _byline_spam_normalize (value);
  g_strstrip (lower);
  if (lower[0] != '\0')
    g_hash_table_add (set, g_strconcat (kind, ":", lower, NULL));
}

/* Addresses that name no one: what WordPress's privacy eraser leaves and
 * Byline sends for a comment without one (0.0.0.0), and WordPress's own
 * fallback when a comment came from no client (127.0.0.1). Marking one
 * such comment as spam would make every other one suspect. */
static gboolean
is_no_address (const char *ip)
{
  static const char *const none[] = { "0.0.0.0", "::", "127.0.0.1", "::1" };

  for (guint i = 0; ip != NULL && i < G_N_ELEMENTS (none); i++)
    if (g_str_equal (ip, none[i]))
      return TRUE;
  return FALSE;
}

/* The author's identities that can be remembered as spam sources. */
GHashTable *
_byline_spam_sample_sources (const BylineSpamSample *sample)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!is_no_address (sample->author_ip))
    add_source (set, "ip", sample->author_ip);
  add_source (set, "email", sample->author_email);
  if (sample->author_url != NULL && sample->author_url[0] != '\0')
    {
      g_autofree char *lower = _byline_spam_normalize (sample->author_url);
      g_autofree char *host = _byline_spam_url_host (lower);

      add_source (set, "site", host);
    }

  return set;
}

/* @content: the sample's content normalised, or %NULL */
GHashTable *
_byline_spam_sample_tokens (const BylineSpamSample *sample,
                            const char             *content)
{
  GHashTable *tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *own = content == NULL ? _byline_spam_normalize (sample->content) : NULL;
  g_autofree char *name = _byline_spam_normalize (sample->author_name);
  g_autofree char *email = _byline_spam_normalize (sample->author_email);
  g_autofree char *url = _byline_spam_normalize (sample->author_url);
  const char *at;

  if (content == NULL)
    content = own;
  add_words (tokens, content, "");
  add_words (tokens, name, "name:");
  _byline_spam_scan_links (content, tokens, NULL);
  if ((at = strrchr (email, '@')) != NULL && at[1] != '\0')
    g_hash_table_add (tokens, g_strconcat ("maildomain:", at + 1, NULL));
  if (url[0] != '\0')
    {
      g_autofree char *host = _byline_spam_url_host (url);

      g_hash_table_add (tokens, g_strdup (host ? "authorurl:yes" : "authorurl:odd"));
      if (host != NULL)
        g_hash_table_add (tokens, g_strconcat ("authorurl:", host, NULL));
    }

  return tokens;
}

/* Whether @text names a currency by its sign ("$" stands for the
 * dollars and pesos, "R$" and "A$" too). */
gboolean
_byline_spam_has_currency_sign (const char *text)
{
  static const char * const signs[] = {
    "$", "£", "€", "¥", "₹", "₦", "₺", "₽", "₱", "₩", "₫", "৳", "₴", "₪", "₵", "₨",
    NULL
  };

  return _byline_spam_any_substring (text, signs);
}

/**
 * _byline_spam_next_bare_host:
 * @pos: (inout): where to look from in normalised @text; moved past what
 *   was found
 *
 * The next address written bare from *@pos: a name, a dot and an ending
 * of two letters or more ("keystorecheap.com"), not an e-mail address's
 * first half.
 *
 * Returns: whether there is one, @start, @dot (its last) and @end set
 */
gboolean
_byline_spam_next_bare_host (const char  *text,
                             const char **pos,
                             const char **start,
                             const char **dot,
                             const char **end)
{
  for (const char *p = *pos; *p; p++)
    {
      const char *q = p, *last_dot = NULL;

      if (!g_ascii_isalnum (*p) || (p > text && (g_ascii_isalnum (p[-1]) || strchr ("@.-_/:", p[-1]))))
        continue;
      for (; g_ascii_isalnum (*q) || *q == '-' || (*q == '.' && g_ascii_isalpha (q[1])); q++)
        {
          if (*q == '.')
            last_dot = q;
        }
      if (last_dot != NULL && *q != '@' && q - last_dot >= 3)
        {
          *start = p;
          *dot = last_dot;
          *pos = *end = q;
          return TRUE;
        }
      p = q > p ? q - 1 : p;
    }

  *pos = *pos + strlen (*pos);
  return FALSE;
}

/* Whether normalised @text holds one of @strings anywhere, inside
 * words too */
gboolean
_byline_spam_any_substring (const char         *text,
                            const char * const *strings)
{
  for (guint i = 0; strings[i] != NULL; i++)
    {
      if (_byline_spam_find (text, strings[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * _byline_spam_window:
 * @text: normalised text
 * @p: a word found in @text
 * @len: its length
 * @radius: how many bytes around it
 * @start: (out) (optional): where the window starts in @text
 *
 * The word at @p with up to @radius bytes on each side, in whole
 * characters: what a rule reads beside a word ("natural" by "Ozempic",
 * "furious" by "trick").
 *
 * Returns: (transfer full): the window
 */
char *
_byline_spam_window (const char  *text,
                     const char  *p,
                     gsize        len,
                     gsize        radius,
                     const char **start)
{
  const char *from = (gsize) (p - text) > radius ? p - radius : text;
  const char *to = p + len + strnlen (p + len, radius);

  while (from > text && ((guchar) *from & 0xC0) == 0x80)
    from--;
  while (((guchar) *to & 0xC0) == 0x80)
    to++;
  if (start != NULL)
    *start = from;
  return g_strndup (from, to - from);
}

/**
 * _byline_spam_found_near:
 * @text: normalised text
 * @words: the words to find in @text
 * @near: what must stand beside one of them
 * @radius: how many bytes either side (_byline_spam_window())
 * @found: how @near is looked for in the window
 *   (_byline_spam_terms_found(), _byline_spam_words_found())
 *
 * Whether one of @words stands with one of @near within @radius bytes
 * of it: "furious" by "trick", "powerful" by "herbalist", "join" by
 * "Illuminati", not the two in sentences apart.
 */
gboolean
_byline_spam_found_near (const char         *text,
                         const char * const *words,
                         const char * const *near,
                         gsize               radius,
                         BylineSpamFound     found)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      for (const char *p = _byline_spam_find (text, words[i]); p != NULL; p = strstr (p + len, words[i]))
        {
          g_autofree char *window = _byline_spam_window (text, p, len, radius, NULL);

          if (found (window, near) > 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether @host is one of @domains or under one of them ("news.bbc.co.uk"
 * is under "bbc.co.uk", "notbbc.co.uk" is not). */
gboolean
_byline_spam_host_in (const char         *host,
                      const char * const *domains)
{
  gsize len;

  if (host == NULL)
    return FALSE;

  len = strlen (host);
  for (guint i = 0; domains[i] != NULL; i++)
    {
      gsize n = strlen (domains[i]);

      /* (the last letter first: most domains end in another) */
      if (len >= n && n > 0 && host[len - 1] == domains[i][n - 1] &&
          memcmp (host + len - n, domains[i], n) == 0 && (len == n || host[len - n - 1] == '.'))
        return TRUE;
      if (n == 0 && (len == 0 || host[len - 1] == '.'))
        return TRUE;
    }

  return FALSE;
}

/* @text for a reason: valid, on one line, not too long. */
char *
_byline_spam_quote_for_reason (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_strdelimit (valid, "\t\r\n", ' ');
  g_strstrip (valid);
  if (g_utf8_strlen (valid, -1) > 40)
    {
      g_autofree char *cut = g_utf8_substring (valid, 0, 39);

      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&valid);
}
