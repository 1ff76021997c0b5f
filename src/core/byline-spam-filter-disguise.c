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

static gboolean
is_address (const char *word,
            gsize       len)
{
  g_autofree char *copy = g_strndup (word, len);
  const char *at = strchr (copy, '@');

  return strstr (copy, "://") != NULL || g_str_has_prefix (copy, "www.") ||
    (at != NULL && strchr (at, '.') != NULL);
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
      else if (sep == 0 && strchr ("-._*", word[i]) != NULL)
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
  if (letters >= 2 && masks > 0 && masks < letters)
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
