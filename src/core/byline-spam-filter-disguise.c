/* byline-spam-filter-disguise.c: spam written to slip past word lists
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "v1agra", "c!al!s", "v-i-a-g-r-a", "Rοlex" with a Greek omicron,
 * "𝐄𝐚𝐫𝐧 𝐦𝐨𝐧𝐞𝐲" in mathematical bold: no reader types these. Styled
 * letters are folded back to plain ones when text is normalised (NFKC,
 * byline-spam-filter-features.c); here are the other disguises.
 *
 * Numbers spelt or spaced out ("gọi 0.8.6.7.5.3.2.9.1.9"), read here
 * in the thirty-eighth round, are read since the thirty-ninth in a file
 * of their own, byline-spam-filter-numbers.c.
 */

#define G_LOG_DOMAIN "byline-spam"

#include "config.h"

#include <string.h>

#include "byline-spam-filter-private.h"

/* Digits and symbols that stand for letters */
static char
unmask_char (char c)
{
  switch (c)
    {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '@': return 'a';
    case '!': return 'i';
    case '$': return 's';
    case '|': return 'l';
    default: return c;
    }
}

/* Whether the @len bytes of @word are a web or e-mail address: a "://",
 * a "www." first or a dot after an "@" (looked for in place: this is
 * asked of every word of the comment) */
static gboolean
is_address (const char *word,
            gsize       len)
{
  const char *at = memchr (word, '@', len);

  for (gsize i = 0; i + 3 <= len; i++)
    {
      if (word[i] == ':' && word[i + 1] == '/' && word[i + 2] == '/')
        return TRUE;
    }

  return (len >= 4 && memcmp (word, "www.", 4) == 0) ||
    (at != NULL && memchr (at, '.', word + len - at) != NULL);
}

/* One whitespace-separated word of @text, unmasked into @out: letters
 * with digits or symbols among them ("v1agra", "tr@madol"), and single
 * letters with the same separator between them ("c.i.a.l.i.s"). */
static gboolean
unmask_word (GString    *out,
             const char *word,
             gsize       len)
{
  gsize letters = 0, masks = 0;
  char sep = 0;
  gboolean spelt = len >= 7;

  while (len > 0 && strchr (",.;:?()\"'", word[len - 1]))
    len--;
  if (len == 0 || is_address (word, len))
    {
      g_string_append_len (out, word, len);
      return FALSE;
    }

  for (gsize i = 0; i < len; i++)
    {
      letters += g_ascii_isalpha (word[i]);
      masks += unmask_char (word[i]) != word[i];
      /* letter, separator, letter, separator…: "v-i-a-g-r-a" */
      if (i % 2 == 0)
        spelt = spelt && g_ascii_isalpha (word[i]);
      else if (sep == 0 && (word[i] == '-' || word[i] == '.' || word[i] == '_' || word[i] == '*'))
        sep = word[i];
      else
        spelt = spelt && word[i] == sep;
    }

  if (spelt && len % 2 == 1)
    {
      for (gsize i = 0; i < len; i += 2)
        g_string_append_c (out, word[i]);
      return TRUE;
    }
  /* as many digits as letters is still a word: "c4s1n0", "fr33"; more
   * is a code or a number */
  if (letters >= 2 && masks > 0 && masks <= letters)
    {
      for (gsize i = 0; i < len; i++)
        g_string_append_c (out, unmask_char (word[i]));
      return TRUE;
    }

  g_string_append_len (out, word, len);
  return FALSE;
}

/* @normalized with its disguised words spelt plainly, or %NULL when it
 * has none. */
char *
_byline_spam_unmask (const char *normalized)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean changed = FALSE;
  const char *p = normalized;

  while (*p)
    {
      const char *start;

      while (*p && g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p && !g_ascii_isspace (*p))
        p++;
      if (p > start)
        {
          changed |= unmask_word (out, start, p - start);
          g_string_append_c (out, ' ');
        }
    }

  return changed ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static gboolean
is_styled_letter (gunichar c)
{
  return (c >= 0x1D400 && c <= 0x1D7FF) ||   /* mathematical bold, italic, script… */
    (c >= 0xFF21 && c <= 0xFF5A) ||          /* fullwidth Latin */
    (c >= 0x24B6 && c <= 0x24E9) ||          /* circled letters */
    (c >= 0x1F130 && c <= 0x1F189);          /* squared and negative letters */
}

/* Whether @text (valid UTF-8) writes words in styled look-alike letters */
gboolean
_byline_spam_has_styled_letters (const char *text)
{
  guint styled = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if ((guchar) *p >= 0xE2 && is_styled_letter (g_utf8_get_char (p)) && ++styled >= 4)
        return TRUE;
    }

  return FALSE;
}

/* Top-level domains a spelt-out address ends in */
static const char * const spelt_tlds[] = {
  "com", "net", "org", "info", "biz", "ru", "io", "co", "me", "tv", "xyz", "site", "online", "top", "club",
  "vip", "bet", "shop", "cc",
  /* the countries of satta, togel and their neighbours' sites */
  "pk", "bd", "ph", "vn", "lk", "np", "ke", "ng",
  NULL
};

/* Countries' endings that are English words too ("a red dot in the
 * corner"): an address only after a name with a digit, "sattaking007
 * dot in" */
static const char * const spelt_word_tlds[] = { "in", "id", "my", "it", NULL };

static gboolean
ending_at (const char         *p,
           const char * const *tlds)
{
  for (guint t = 0; tlds[t] != NULL; t++)
    {
      gsize n = strlen (tlds[t]);

      if (strncmp (p, tlds[t], n) == 0 && !g_ascii_isalnum (p[n]))
        return TRUE;
    }

  return FALSE;
}

/* Whether the run from @start to @end holds a digit */
static gboolean
has_digit_in (const char *start,
              const char *end)
{
  for (const char *p = start; p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        return TRUE;
    }

  return FALSE;
}

static gboolean
tld_at (const char *p)
{
  return ending_at (p, spelt_tlds);
}

/* The dot of an address written so that no link check sees it: " dot ",
 * "[.]", "(dot)"; the bracketed ones also with a space either side
 * ("gmail (dot) com"). */
static const char * const spelt_dots[] = { " dot ", "[.]", "(.)", "(dot)", "[dot]", NULL };

/* Where the spelt dot at @p ends (past a space after a bracketed one),
 * or %NULL when there is none at @p; a space before a bracketed one is
 * skipped too. */
static const char *
spelt_dot_at (const char *p)
{
  /* every spelt dot starts with one of these: most text is over here */
  if (p[0] != ' ' && p[0] != '(' && p[0] != '[')
    return NULL;
  if (p[0] == ' ' && (p[1] == '(' || p[1] == '['))
    p++;
  for (guint i = 0; spelt_dots[i] != NULL; i++)
    {
      gsize len = strlen (spelt_dots[i]);

      if (strncmp (p, spelt_dots[i], len) == 0)
        return p[len] == ' ' && spelt_dots[i][0] != ' ' ? p + len + 1 : p + len;
    }

  return NULL;
}

/* Whether the name ending at @w in @text is the host of an e-mail
 * address: after "@", " at ", "(at)" or "[at]" */
static gboolean
after_at (const char *text,
          const char *w)
{
  static const char * const ats[] = { "@", " at ", "(at)", "(at) ", "[at]", "[at] ", NULL };

  for (guint i = 0; ats[i] != NULL; i++)
    {
      gsize n = strlen (ats[i]);

      if ((gsize) (w - text) >= n && strncmp (w - n, ats[i], n) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A name and a spelt dot before a top-level domain: "moviestream24 dot
 * com", "pills4u [dot] ru" (2), or the same as the host of an e-mail
 * address, "jo at gmail dot com" (1). Not "the dot com crash" nor "a
 * polka dot tie". */
static guint
spelt_dot (const char *text)
{
  static const char * const not_names[] = { "the", "and", "early", "that", "this", "big", "old", "first",
                                            "whole", "late", NULL };
  guint found = 0;

  /* no dot spelt anywhere: the common case, said at once */
  if (strpbrk (text, "([") == NULL && strstr (text, " dot ") == NULL)
    return 0;
  for (const char *p = text; *p; p++)
    {
      const char *q, *w;
      char name[8] = "";

      if (p == text || !g_ascii_isalnum (p[-1]) || (q = spelt_dot_at (p)) == NULL)
        continue;
      for (w = p; w > text && g_ascii_isalnum (w[-1]); w--)
        ;
      if (p - w < (gssize) sizeof name)
        memcpy (name, w, p - w);
      if (p - w < 3 || g_strv_contains (not_names, name))
        continue;
      if (!tld_at (q) && !(ending_at (q, spelt_word_tlds) && has_digit_in (w, p)))
        continue;
      if (!after_at (text, w))
        return 2;
      found = 1;
    }

  return found;
}

/* An e-mail address with its "@" spelt: "cyberpro (at) gmail (dot) com",
 * "name[at]mail.ru". No reader puts "at" in brackets between words. */
static gboolean
has_spelt_at (const char *text)
{
  static const char * const ats[] = { "(at)", "[at]", NULL };

  for (guint i = 0; ats[i] != NULL; i++)
    {
      for (const char *p = _byline_spam_find (text, ats[i]); p != NULL; p = strstr (p + 1, ats[i]))
        {
          const char *before = p > text && p[-1] == ' ' ? p - 1 : p;
          const char *q = p + 4;

          if (before == text || !g_ascii_isalnum (before[-1]))
            continue;
          if (*q == ' ')
            q++;
          if (!g_ascii_isalnum (*q))
            continue;
          while (g_ascii_isalnum (*q) || *q == '-')
            q++;
          if ((*q == '.' && g_ascii_isalpha (q[1])) || spelt_dot_at (q) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

/* Endings that are no English word, for an address whose dot is
 * spaced out ("sexy-dates . online"): "him . me" is a sentence */
static const char * const spaced_tlds[] = {
  "com", "net", "org", "info", "ru", "xyz", "online", "site", "club", "shop", "top", "vip", "bet",
  NULL
};

/* A web address with spaces around its dot, its name a host's (a
 * hyphen or a digit in it): "sexy-dates . online", "bet365 . com" */
static gboolean
has_spaced_dot (const char *text)
{
  for (const char *p = strstr (text, " . "); p != NULL; p = strstr (p + 1, " . "))
    {
      const char *w = p;
      gboolean hostish = FALSE;
      gsize n;

      while (w > text && (g_ascii_isalnum (w[-1]) || w[-1] == '-'))
        {
          hostish |= w[-1] == '-' || g_ascii_isdigit (w[-1]);
          w--;
        }
      if (p - w < 4 || !hostish || !g_ascii_isalpha (*w))
        continue;
      for (guint t = 0; spaced_tlds[t] != NULL; t++)
        {
          n = strlen (spaced_tlds[t]);
          if (strncmp (p + 3, spaced_tlds[t], n) == 0 && !g_ascii_isalnum (p[3 + n]))
            return TRUE;
        }
    }

  return FALSE;
}

/* An address written a letter at a time: "b e s t b e t s . c l u b",
 * "h t t p s : / /". Letters spaced out are a reader's too ("a b c"),
 * but never around a dot and a top-level domain, nor a scheme's. */
static gboolean
has_spaced_address (const char *text)
{
  if (strstr (text, "h t t p") != NULL || strstr (text, "w w w .") != NULL || has_spaced_dot (text))
    return TRUE;
  for (const char *p = text; *p; p++)
    {
      g_autoptr(GString) run = NULL;
      const char *q = p;
      const char *dot;

      if ((p > text && p[-1] != ' ') || !g_ascii_isalnum (*p) || p[1] != ' ')
        continue;
      run = g_string_new (NULL);
      while ((g_ascii_isalnum (*q) || *q == '.') && (q[1] == ' ' || q[1] == '\0' || q[1] == ','))
        {
          g_string_append_c (run, *q);
          if (q[1] != ' ')
            break;
          q += 2;
        }
      p = q;
      dot = strrchr (run->str, '.');
      if (dot != NULL && dot - run->str >= 3 && tld_at (dot + 1))
        return TRUE;
      if (*p == '\0')
        break;
    }

  return FALSE;
}

/* Whether normalised @text spells out an address to slip past link
 * checks: 2, a web address, with a spelt dot or a letter at a time; 1,
 * only an e-mail address with a spelt "@" or dot ("jo (at) gmail.com",
 * "jo at gmail dot com"), which readers write too, to keep their address
 * from robots; 0, none. */
guint
_byline_spam_spelt_address (const char *text)
{
  guint dot = spelt_dot (text);

  if (dot == 2 || has_spaced_address (text))
    return 2;

  return dot == 1 || has_spelt_at (text) ? 1 : 0;
}

/* The character of the numeric HTML reference at @p ("&#104;",
 * "&#x68;", the ";" left out as browsers allow), with where it ends in
 * *@end; 0 when there is none at @p. */
static gunichar
entity_at (const char  *p,
           const char **end)
{
  gboolean hex = p[2] == 'x' || p[2] == 'X';
  const char *q = p + (hex ? 3 : 2);
  gunichar c = 0;
  guint digits = 0;

  if (p[0] != '&' || p[1] != '#')
    return 0;
  for (; hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q); q++)
    {
      /* more digits than any character needs: no reference */
      if (++digits > 7)
        return 0;
      c = c * (hex ? 16 : 10) + (hex ? (gunichar) g_ascii_xdigit_value (*q) : (gunichar) (*q - '0'));
    }
  if (digits == 0 || c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *end = *q == ';' ? q + 1 : q;

  return c;
}

/* @text with its numeric HTML references ("&#104;ttps&#58;//") written
 * as the characters they stand for, or %NULL when it has none. */
char *
_byline_spam_decode_entities (const char *text)
{
  g_autoptr(GString) out = NULL;
  const char *p = text;

  for (const char *amp = strstr (p, "&#"); amp != NULL; amp = strstr (p, "&#"))
    {
      const char *end = NULL;
      gunichar c = entity_at (amp, &end);

      if (c == 0)
        {
          if (out != NULL)
            g_string_append_len (out, p, amp + 2 - p);
          else if (strstr (amp + 2, "&#") == NULL)
            return NULL;
          else
            out = g_string_new_len (text, amp + 2 - text);
          p = amp + 2;
          continue;
        }
      if (out == NULL)
        out = g_string_new_len (text, amp - text);
      else
        g_string_append_len (out, p, amp - p);
      g_string_append_unichar (out, c);
      p = end;
    }

  if (out == NULL)
    return NULL;
  g_string_append (out, p);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The longest run in @text (valid UTF-8) of digits written as keycap
 * emoji ("4️⃣", a digit, U+FE0F and U+20E3), with the spaces, dashes
 * and "➕" between them: a phone number so written slips past number
 * checks; a reader numbers her points with one or two. */
guint
_byline_spam_count_keycap_digits (const char *text)
{
  guint run = 0, longest = 0;

  /* no enclosing keycap anywhere: the common case */
  if (strstr (text, "\xE2\x83\xA3") == NULL)
    return 0;
  for (const char *p = text; *p; )
    {
      const char *q = p + 1;

      if (strncmp (q, "\xEF\xB8\x8F", 3) == 0)
        q += 3;
      if (g_ascii_isdigit (*p) && strncmp (q, "\xE2\x83\xA3", 3) == 0)
        {
          longest = MAX (longest, ++run);
          p = q + 3;
        }
      else if (*p == ' ' || *p == '-' || strncmp (p, "\xE2\x9E\x95", 3) == 0)
        p += *p == ' ' || *p == '-' ? 1 : 3;
      else
        {
          run = 0;
          p = g_utf8_next_char (p);
        }
    }

  return longest;
}

/* How many letters, digits and parts of addresses ("h", ":", "/", ".")
 * @text writes as numeric HTML references: WordPress writes quotes and
 * dashes so, never a letter; spam does, to hide a link or a word. */
guint
_byline_spam_count_coded_letters (const char *text)
{
  guint n = 0;

  for (const char *amp = strstr (text, "&#"); amp != NULL; amp = strstr (amp + 2, "&#"))
    {
      const char *end;
      gunichar c = entity_at (amp, &end);

      n += c < 0x80 && (g_ascii_isalnum (c) || strchr (":/.@", c) != NULL);
    }

  return n;
}

/* How many invisible characters stand between two letters in @text
 * (valid UTF-8): a zero-width space, joiner or word joiner, a byte
 * order mark. Text copied from the web has them between words and in
 * long addresses; spam puts them inside the words a list looks for
 * ("ca", a zero-width space, "sino"). A soft hyphen is left out:
 * readers paste words with them from newspapers' pages. */
guint
_byline_spam_count_broken_words (const char *text)
{
  gunichar before = 0;
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = _byline_spam_char_at (p);

      if (c == 0x200B || c == 0x200D || c == 0x2060 || c == 0xFEFF)
        {
          const char *next = g_utf8_next_char (p);

          /* a run of them counts once */
          while (*next && (g_utf8_get_char (next) == 0x200B || g_utf8_get_char (next) == 0x2060))
            next = g_utf8_next_char (next);
          n += g_unichar_isalpha (before) && g_unichar_isalpha (g_utf8_get_char (next)) &&
            g_unichar_get_script (before) == G_UNICODE_SCRIPT_LATIN;
          p = g_utf8_prev_char (next);
          continue;
        }
      before = c;
    }

  return n;
}
