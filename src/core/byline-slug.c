/* byline-slug.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-slug"

#include "config.h"

#include <string.h>

#include "byline-slug.h"

typedef struct
{
  gunichar    c;
  const char *latin;
} Translit;

/* Russian: the BGN/PCGN-like scheme news sites use in URLs (no diacritics,
 * soft and hard signs dropped). */
static const Translit cyrillic[] = {
  { 0x0430, "a" }, { 0x0431, "b" }, { 0x0432, "v" }, { 0x0433, "g" }, { 0x0434, "d" },
  { 0x0435, "e" }, { 0x0451, "yo" }, { 0x0436, "zh" }, { 0x0437, "z" }, { 0x0438, "i" },
  { 0x0439, "y" }, { 0x043A, "k" }, { 0x043B, "l" }, { 0x043C, "m" }, { 0x043D, "n" },
  { 0x043E, "o" }, { 0x043F, "p" }, { 0x0440, "r" }, { 0x0441, "s" }, { 0x0442, "t" },
  { 0x0443, "u" }, { 0x0444, "f" }, { 0x0445, "kh" }, { 0x0446, "ts" }, { 0x0447, "ch" },
  { 0x0448, "sh" }, { 0x0449, "shch" }, { 0x044A, "" }, { 0x044B, "y" }, { 0x044C, "" },
  { 0x044D, "e" }, { 0x044E, "yu" }, { 0x044F, "ya" },
  /* Ukrainian and Belarusian letters that turn up in Russian-language news */
  { 0x0456, "i" }, { 0x0457, "yi" }, { 0x0454, "ye" }, { 0x0491, "g" }, { 0x045E, "u" },
};

/* Persian (and the Arabic letters Persian text shares): consonants only, as
 * the script writes them; short vowels are not written and not guessed. */
static const Translit arabic[] = {
  { 0x0622, "a" }, { 0x0627, "a" }, { 0x0623, "a" }, { 0x0625, "e" }, { 0x0621, "" },
  { 0x0624, "o" }, { 0x0626, "y" }, { 0x0628, "b" }, { 0x067E, "p" }, { 0x062A, "t" },
  { 0x062B, "s" }, { 0x062C, "j" }, { 0x0686, "ch" }, { 0x062D, "h" }, { 0x062E, "kh" },
  { 0x062F, "d" }, { 0x0630, "z" }, { 0x0631, "r" }, { 0x0632, "z" }, { 0x0698, "zh" },
  { 0x0633, "s" }, { 0x0634, "sh" }, { 0x0635, "s" }, { 0x0636, "z" }, { 0x0637, "t" },
  { 0x0638, "z" }, { 0x0639, "" }, { 0x063A, "gh" }, { 0x0641, "f" }, { 0x0642, "gh" },
  { 0x06A9, "k" }, { 0x0643, "k" }, { 0x06AF, "g" }, { 0x0644, "l" }, { 0x0645, "m" },
  { 0x0646, "n" }, { 0x0648, "v" }, { 0x0647, "h" }, { 0x06C0, "h" }, { 0x0629, "h" },
  { 0x06CC, "i" }, { 0x064A, "i" }, { 0x0649, "a" },
};

/* Arabic where its usual romanisation differs from Persian's: "q" for
 * qaf (not "gh"), "th" and "dh", "w" for waw, "y" for yeh, the ta
 * marbuta "a" ("madina") */
static const Translit arabic_only[] = {
  { 0x062B, "th" }, { 0x0630, "dh" }, { 0x0636, "d" }, { 0x0642, "q" }, { 0x0648, "w" },
  { 0x064A, "y" }, { 0x0629, "a" }, { 0x0625, "i" }, { 0x0624, "u" },
};

/* Letters Persian (and Urdu) writes and Arabic does not: پ چ ژ گ, its
 * own kaf and yeh, and its digits (۲, not Arabic's ٢) */
static gboolean
is_persian_letter (gunichar c)
{
  return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 || c == 0x06CC ||
         (c >= 0x06F0 && c <= 0x06F9);
}

/* Whether @text in Arabic script is Arabic, not Persian: none of
 * Persian's own letters */
static gboolean
is_arabic_text (const char *text)
{
  gboolean arabic_script = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (is_persian_letter (c))
        return FALSE;
      arabic_script |= c >= 0x0621 && c <= 0x064A;
    }
  return arabic_script;
}

static const char *
lookup (const Translit *table,
        gsize           n,
        gunichar        c)
{
  for (gsize i = 0; i < n; i++)
    {
      if (table[i].c == c)
        return table[i].latin;
    }

  return NULL;
}

/* Appends the ASCII form of @c to @out, or returns FALSE when @c is a
 * separator (space, punctuation, a symbol without a Latin form). */
static gboolean
append_transliterated (GString  *out,
                       gunichar  c,
                       gboolean  arabic_text)
{
  const char *latin;
  char ascii[8];
  int n;

  if (c < 0x80)
    {
      if (g_ascii_isalnum (c))
        {
          g_string_append_c (out, g_ascii_tolower (c));
          return TRUE;
        }
      /* An apostrophe inside a word disappears: "don't" → "dont" */
      return c == '\'';
    }

  if (c == 0x2019 || c == 0x200C || g_unichar_ismark (c))
    return TRUE;

  /* Persian and Arabic-Indic digits */
  if (c >= 0x06F0 && c <= 0x06F9)
    {
      g_string_append_c (out, '0' + (c - 0x06F0));
      return TRUE;
    }
  if (c >= 0x0660 && c <= 0x0669)
    {
      g_string_append_c (out, '0' + (c - 0x0660));
      return TRUE;
    }

  c = g_unichar_tolower (c);
  if ((latin = lookup (cyrillic, G_N_ELEMENTS (cyrillic), c)) != NULL ||
      (arabic_text && (latin = lookup (arabic_only, G_N_ELEMENTS (arabic_only), c)) != NULL) ||
      (latin = lookup (arabic, G_N_ELEMENTS (arabic), c)) != NULL)
    {
      g_string_append (out, latin);
      return TRUE;
    }

  if (!g_unichar_isalnum (c))
    return FALSE;

  /* Latin with diacritics and other letters GLib knows an ASCII form for */
  n = g_unichar_to_utf8 (c, ascii);
  ascii[n] = '\0';
  {
    g_autofree char *plain = g_str_to_ascii (ascii, "C");

    for (const char *p = plain; *p; p++)
      {
        if (g_ascii_isalnum (*p))
          g_string_append_c (out, g_ascii_tolower (*p));
      }
  }

  return TRUE;
}

/* Whether @text's letters are mostly ones byline_slugify() writes in
 * Latin letters: at least as many of those as of others */
static gboolean
has_latin_form (const char *text)
{
  g_autoptr(GString) probe = g_string_new (NULL);
  guint latin = 0, other = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (!g_unichar_isalpha (c))
        continue;
      g_string_truncate (probe, 0);
      if (append_transliterated (probe, c, FALSE) && probe->len > 0)
        latin++;
      else
        other++;
    }
  return latin >= other;
}

/* A slug of @text's own letters and digits, lowercased, its other
 * characters separating words */
static char *
unicode_slug (const char *text,
              gsize       max_length)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean pending_hyphen = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      gsize before = out->len;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (!g_unichar_isalnum (c) && g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK &&
          g_unichar_type (c) != G_UNICODE_SPACING_MARK)
        {
          pending_hyphen = out->len > 0;
          continue;
        }
      if (pending_hyphen)
        g_string_append_c (out, '-');
      g_string_append_unichar (out, g_unichar_tolower (c));
      pending_hyphen = FALSE;
      if (out->len > max_length)
        {
          const char *cut;

          g_string_truncate (out, before);
          cut = strrchr (out->str, '-');
          /* (Chinese and Japanese have no spaces: cut at the character) */
          if (cut != NULL && cut > out->str && (gsize) (cut - out->str) > max_length / 2)
            g_string_truncate (out, cut - out->str);
          break;
        }
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * byline_slugify:
 * @text: a headline, in any script
 * @max_length: the longest slug wanted, in bytes (0 for
 *   %BYLINE_SLUG_MAX_LENGTH)
 *
 * Makes a URL slug: lowercase ASCII letters and digits separated by single
 * hyphens. Latin diacritics are dropped, Russian (Cyrillic), Persian and
 * Arabic letters are transliterated (Arabic, a text with none of
 * Persian's own letters, as Arabic is romanised: "q", "th", "w"),
 * anything else separates
 * words. A headline in a script with no Latin form here (Chinese,
 * Japanese, Hebrew, Thai …), which would leave no word of its own, keeps
 * its letters instead, lowercased, as WordPress makes such a slug itself
 * ("以色列-加沙停火"). A slug longer than @max_length is cut at a word
 * boundary when one exists (and never inside a character).
 *
 * Returns: (transfer full): the slug, possibly empty
 */
char *
byline_slugify (const char *text,
                gsize       max_length)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean pending_hyphen = FALSE;
  gboolean arabic_text;

  if (max_length == 0)
    max_length = BYLINE_SLUG_MAX_LENGTH;

  if (text == NULL)
    return g_strdup ("");

  if (!has_latin_form (text))
    return unicode_slug (text, max_length);
  arabic_text = is_arabic_text (text);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      gsize before = out->len;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;

      if (pending_hyphen && out->len > 0)
        g_string_append_c (out, '-');

      if (!append_transliterated (out, c, arabic_text))
        {
          g_string_truncate (out, before);
          pending_hyphen = TRUE;
          continue;
        }

      if (out->len == before + (pending_hyphen && before > 0 ? 1 : 0))
        {
          /* The letter had no Latin form (e.g. a soft sign): keep any
           * hyphen pending, but do not write it yet. */
          g_string_truncate (out, before);
          continue;
        }

      pending_hyphen = FALSE;
    }

  if (out->len > max_length)
    {
      gboolean at_boundary = out->str[max_length] == '-';
      const char *cut;

      g_string_truncate (out, max_length);
      cut = strrchr (out->str, '-');
      if (!at_boundary && cut != NULL && cut > out->str)
        g_string_truncate (out, cut - out->str);
    }

  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
