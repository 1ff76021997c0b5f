/* byline-text-util.c: escaping, entities, URLs and UTF-8 repair
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-text"

#include "config.h"

#include <string.h>

#include "byline-text-private.h"

/* Named character references that news copy actually uses. Anything else
 * named stays as literal text (it is escaped again on output). */
static const struct {
  const char *name;
  gunichar    c;
} entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0xA0 }, { "shy", 0xAD }, { "ndash", 0x2013 }, { "mdash", 0x2014 },
  { "hellip", 0x2026 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "sbquo", 0x201A },
  { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "bdquo", 0x201E }, { "laquo", 0xAB },
  { "raquo", 0xBB }, { "lsaquo", 0x2039 }, { "rsaquo", 0x203A }, { "copy", 0xA9 },
  { "reg", 0xAE }, { "trade", 0x2122 }, { "euro", 0x20AC }, { "pound", 0xA3 },
  { "yen", 0xA5 }, { "cent", 0xA2 }, { "deg", 0xB0 }, { "middot", 0xB7 },
  { "bull", 0x2022 }, { "times", 0xD7 }, { "divide", 0xF7 }, { "plusmn", 0xB1 },
  { "frac12", 0xBD }, { "frac14", 0xBC }, { "frac34", 0xBE }, { "sect", 0xA7 },
  { "para", 0xB6 }, { "zwnj", 0x200C }, { "zwj", 0x200D }, { "lrm", 0x200E },
  { "rlm", 0x200F }, { "thinsp", 0x2009 }, { "ensp", 0x2002 }, { "emsp", 0x2003 },
  { "prime", 0x2032 }, { "Prime", 0x2033 }, { "eacute", 0xE9 }, { "egrave", 0xE8 },
  { "aacute", 0xE1 }, { "agrave", 0xE0 }, { "uuml", 0xFC }, { "ouml", 0xF6 },
  { "auml", 0xE4 }, { "Uuml", 0xDC }, { "Ouml", 0xD6 }, { "Auml", 0xC4 },
  { "szlig", 0xDF }, { "ccedil", 0xE7 }, { "ntilde", 0xF1 }, { "oacute", 0xF3 },
  { "iacute", 0xED }, { "uacute", 0xFA }, { "hyphen", 0x2010 }, { "minus", 0x2212 },
};

/**
 * _byline_text_make_valid:
 * @length: bytes, or -1 for a NUL-terminated string
 *
 * Returns: valid UTF-8; invalid sequences, NUL bytes and C0 controls other
 *   than tab, line feed and carriage return become U+FFFD.
 */
char *
_byline_text_make_valid (const char *text,
                         gssize      length)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (length < 0)
    length = strlen (text);

  valid = g_utf8_make_valid (text, length);
  out = g_string_sized_new (strlen (valid) + 1);
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
        g_string_append (out, "\357\277\275");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The names the HTML Standard's table of named character references
 * decodes even without their semicolon (and then even with letters
 * following: "&copyright" reads as "©right") */
static const char * const legacy_names[] = {
  "Aacute", "aacute", "Acirc", "acirc", "acute", "AElig", "aelig", "Agrave", "agrave", "AMP",
  "amp", "Aring", "aring", "Atilde", "atilde", "Auml", "auml", "brvbar", "Ccedil", "ccedil",
  "cedil", "cent", "COPY", "copy", "curren", "deg", "divide", "Eacute", "eacute", "Ecirc",
  "ecirc", "Egrave", "egrave", "ETH", "eth", "Euml", "euml", "frac12", "frac14", "frac34", "GT",
  "gt", "Iacute", "iacute", "Icirc", "icirc", "iexcl", "Igrave", "igrave", "iquest", "Iuml",
  "iuml", "laquo", "LT", "lt", "macr", "micro", "middot", "nbsp", "not", "Ntilde", "ntilde",
  "Oacute", "oacute", "Ocirc", "ocirc", "Ograve", "ograve", "ordf", "ordm", "Oslash", "oslash",
  "Otilde", "otilde", "Ouml", "ouml", "para", "plusmn", "pound", "QUOT", "quot", "raquo", "REG",
  "reg", "sect", "shy", "sup1", "sup2", "sup3", "szlig", "THORN", "thorn", "times", "Uacute",
  "uacute", "Ucirc", "ucirc", "Ugrave", "ugrave", "uml", "Uuml", "uuml", "Yacute", "yacute",
  "yen", "yuml",
};

/* Whether the "&" at @amp could start a character reference for some
 * reader of the text: "&#" (numeric, with or without digits and
 * semicolon), letters and digits ending in ";" (known name or not), or a
 * name decoded without its semicolon. "R&D", "AT&T", "Q&A" and
 * "fish & chips" start none. */
static gboolean
amp_may_start_reference (const char *amp,
                         const char *end)
{
  const char *name = amp + 1;
  const char *p = name;

  if (p < end && *p == '#')
    return TRUE;
  while (p < end && g_ascii_isalnum (*p))
    p++;
  if (p == name)
    return FALSE;
  if (p < end && *p == ';')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (legacy_names); i++)
    {
      gsize len = strlen (legacy_names[i]);

      if (len <= (gsize) (p - name) && strncmp (name, legacy_names[i], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* < and > always; the quotes too for attribute values; & always, or for
 * text (@all_amps FALSE) only where it could start a character reference */
static void
escape_append (GString    *out,
               const char *text,
               gssize      length,
               gboolean    quotes,
               gboolean    all_amps)
{
  const char *end;

  if (text == NULL)
    return;
  if (length < 0)
    length = strlen (text);
  end = text + length;

  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&':
          if (all_amps || amp_may_start_reference (p, end))
            g_string_append (out, "&amp;");
          else
            g_string_append_c (out, '&');
          break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, quotes ? "&quot;" : "\""); break;
        case '\'': g_string_append (out, quotes ? "&#39;" : "'"); break;
        case '\0': g_string_append (out, "\357\277\275"); break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

/* Escapes text and attribute values alike (&, <, >, ", '). */
void
_byline_html_escape_append (GString    *out,
                            const char *text,
                            gssize      length)
{
  escape_append (out, text, length, TRUE, TRUE);
}

/* @text as HTML text for a field the site shows as HTML (a post's title
 * or excerpt, an image's caption): < and > escaped, so never any markup;
 * "&" only where it could start a character reference, so the site shows
 * what was typed while "R&D" stays "R&D" in WordPress's own editor (which
 * edits the stored HTML as it is); quotes left as they are (as WordPress
 * keeps such fields). Decoding the result gives @text back. */
char *
_byline_html_escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  escape_append (out, text, -1, FALSE, FALSE);
  return g_string_free (out, FALSE);
}

char *
_byline_html_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  _byline_html_escape_append (out, text, -1);
  return g_string_free (out, FALSE);
}

static void
append_unichar_safe (GString  *out,
                     gunichar  c)
{
  /* NUL, surrogates, out of range and C0/C1 controls are not text */
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ||
      (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0))
    c = 0xFFFD;
  g_string_append_unichar (out, c);
}

/**
 * _byline_html_decode_entity:
 * @text: points at `&`
 * @length: bytes available from @text
 * @consumed: (out): bytes of the reference, when one was decoded
 *
 * Decodes one character reference (`&amp;`, `&#1234;`, `&#x4D2;`) into @out.
 *
 * Returns: %FALSE when @text does not start a known reference
 */
gboolean
_byline_html_decode_entity (const char *text,
                            gsize       length,
                            gsize      *consumed,
                            GString    *out)
{
  gsize i = 1;

  if (length < 3 || text[0] != '&')
    return FALSE;

  if (text[1] == '#')
    {
      guint64 value = 0;
      gboolean hex = FALSE;
      gsize digits = 0;

      i = 2;
      if (i < length && (text[i] == 'x' || text[i] == 'X'))
        {
          hex = TRUE;
          i++;
        }
      while (i < length && digits < 16)
        {
          int d = hex ? g_ascii_xdigit_value (text[i]) : g_ascii_digit_value (text[i]);

          if (d < 0)
            break;
          value = value * (hex ? 16 : 10) + d;
          digits++;
          i++;
        }
      if (digits == 0)
        return FALSE;
      /* The semicolon is optional in HTML for numeric references */
      if (i < length && text[i] == ';')
        i++;
      append_unichar_safe (out, value > 0x10FFFF ? 0xFFFD : (gunichar) value);
      *consumed = i;
      return TRUE;
    }

  while (i < length && i < 34 && g_ascii_isalnum (text[i]))
    i++;
  if (i >= length || text[i] != ';' || i == 1)
    return FALSE;

  for (guint e = 0; e < G_N_ELEMENTS (entities); e++)
    {
      if (strlen (entities[e].name) == i - 1 && strncmp (entities[e].name, text + 1, i - 1) == 0)
        {
          g_string_append_unichar (out, entities[e].c);
          *consumed = i + 1;
          return TRUE;
        }
    }

  return FALSE;
}

/* Appends @text with every known character reference decoded. */
void
_byline_html_decode_append (GString    *out,
                            const char *text,
                            gsize       length)
{
  gsize i = 0;

  while (i < length)
    {
      const char *amp = memchr (text + i, '&', length - i);
      gsize consumed = 0;

      if (amp == NULL)
        {
          g_string_append_len (out, text + i, length - i);
          break;
        }
      g_string_append_len (out, text + i, amp - (text + i));
      i = amp - text;
      if (_byline_html_decode_entity (amp, length - i, &consumed, out))
        i += consumed;
      else
        {
          g_string_append_c (out, '&');
          i++;
        }
    }
}

gboolean
_byline_unichar_is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200E || c == 0x200F || c == 0x061C;
}

/**
 * _byline_url_sanitize:
 *
 * Returns: (nullable): @url without surrounding white space when it is safe
 *   to put into an attribute of @kind, otherwise %NULL. Unsafe: schemes
 *   other than those allowed for @kind (`javascript:`, `data:`, `vbscript:`
 *   …), control characters, bidi controls and white space inside the URL.
 */
char *
_byline_url_sanitize (const char    *url,
                      BylineUrlKind  kind)
{
  static const char * const link_schemes[] = { "http", "https", "mailto", NULL };
  static const char * const image_schemes[] = { "http", "https", "file", "byline-image", NULL };
  const char * const *schemes = kind == BYLINE_URL_IMAGE ? image_schemes : link_schemes;
  g_autofree char *trimmed = NULL;
  const char *p;

  if (url == NULL || !g_utf8_validate (url, -1, NULL))
    return NULL;

  trimmed = g_strstrip (g_strdup (url));
  if (trimmed[0] == '\0')
    return NULL;

  for (p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x21 || (c >= 0x7F && c < 0xA0) || _byline_unichar_is_bidi_control (c) ||
          c == 0xFFFD || c == 0x2028 || c == 0x2029 || g_unichar_isspace (c) ||
          c == 0x200B || c == 0xFEFF)
        return NULL;
    }

  /* A scheme is letters, digits, + - . before the first ':' that comes
   * before any '/', '?' or '#'; without one the URL is relative. */
  for (p = trimmed; *p != '\0'; p++)
    {
      if (*p == ':')
        {
          g_autofree char *scheme = g_ascii_strdown (trimmed, p - trimmed);

          if (p == trimmed)
            return NULL;
          for (guint i = 0; schemes[i] != NULL; i++)
            {
              if (g_str_equal (scheme, schemes[i]))
                return g_steal_pointer (&trimmed);
            }
          return NULL;
        }
      if (*p == '/' || *p == '?' || *p == '#')
        break;
      if (!g_ascii_isalnum (*p) && *p != '+' && *p != '-' && *p != '.')
        break;
    }

  /* Protocol-relative URLs load from another host: allowed as links only */
  if (kind == BYLINE_URL_IMAGE && g_str_has_prefix (trimmed, "//"))
    return NULL;

  return g_steal_pointer (&trimmed);
}
