/* byline-import-leftovers.c: what another format left in a story's text
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copy that passed through another format before it was pasted carries
 * that format's marks, in every field:
 *
 * - an e-mail's quoted-printable body: "=E2=80=99" for a byte each, a
 *   line broken by the mail program with "=" at its end, and over it the
 *   MIME lines ("Content-Transfer-Encoding: quoted-printable");
 * - UTF-8 read as Windows-1252 ("itâ€™s", "cafÃ©") or Windows-1251
 *   ("РњРѕСЃРєРІР°"): each word whose characters are all bytes of that
 *   code page, and whose bytes are UTF-8, is read as the UTF-8 it was;
 * - HTML left in text copied from a CMS's source view: entities
 *   ("&rsquo;", "&#8217;") and tags ("<p>", "<h2>", "<br />"), the block
 *   tags giving the paragraph breaks they stood for;
 * - a word processor's "Save as text": optional hyphens (U+00AD) inside
 *   words, and form feeds where its pages ended, with the page's number
 *   ("- 2 -", "Seite 2") on the line beside them.
 *
 * Each is undone only when the text has several of its marks (three
 * escapes, two words, two references or three tags at lines' edges),
 * so a story that quotes one "&amp;" or one "=" keeps it. Every pass is
 * one walk over the text.
 */

#define G_LOG_DOMAIN "byline-import"

#include "config.h"

#include <string.h>

#include "byline-import.h"
#include "byline-import-private.h"
#include "byline-text-private.h"

/* The words around a page's number, in lower case */
static const char * const page_words[] = {
  "page", "pg", "p", "of", "seite", "s", "von", "strona", "str", "z", "сторінка", "страница", "стр", "из",
  "з", "página", "pág", "pagina", "pag", "de", "di", "sayfa", "sivu", "sida", "side", "av", "stránka",
  "strana", "oldal", "blz", "van", "صفحه", "صفحة", "از", "من", "ページ", "页", "頁", "쪽", NULL
};

/* A line that is only a page's number: "2", "- 2 -", "— 2 —", "Page 2",
 * "Seite 2 von 4", "Strona 2" (one word and the number, its total or not) */
static gboolean
is_page_number_line (const char *line,
                     gsize       length)
{
  const char *p = line;
  const char *end = line + length;
  guint words = 0;
  guint digits = 0;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (g_unichar_isdigit (c))
        {
          digits++;
          while (p < end && g_unichar_isdigit (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          continue;
        }
      if (g_unichar_isalpha (c))
        {
          const char *word = p;
          g_autofree char *lower = NULL;

          words++;
          while (p < end && g_unichar_isalpha (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          /* (a page's word, not a chapter's: "Part 2" stays) */
          lower = g_utf8_strdown (word, p - word);
          if (!g_strv_contains (page_words, lower))
            return FALSE;
          continue;
        }
      if (!g_unichar_isspace (c) && c != '-' && c != 0x2013 && c != 0x2014 && c != '/' && c != '|')
        return FALSE;
      p = g_utf8_next_char (p);
    }
  /* ("Page 2 of 4": the word between the numbers) */
  return digits >= 1 && digits <= 2 && words <= digits && length <= 24;
}

/* Cuts the page number on the last line of @out (the line over a form
 * feed) */
static void
cut_page_number_before (GString *out)
{
  gsize end = out->len;
  gsize start;

  while (end > 0 && (out->str[end - 1] == '\n' || out->str[end - 1] == '\r' ||
                     out->str[end - 1] == ' ' || out->str[end - 1] == '\t'))
    end--;
  start = end;
  while (start > 0 && out->str[start - 1] != '\n')
    start--;
  if (end > start && is_page_number_line (out->str + start, end - start))
    g_string_truncate (out, start);
}

/* Form feeds become paragraph breaks, and the page numbers beside them go */
static char *
take_page_breaks (const char *text,
                  gsize      *length)
{
  GString *out = g_string_sized_new (*length + 16);
  gsize i = 0;

  while (i < *length)
    {
      const char *ff = memchr (text + i, '\f', *length - i);
      gsize next;
      gsize line_end;

      if (ff == NULL)
        {
          g_string_append_len (out, text + i, *length - i);
          break;
        }
      g_string_append_len (out, text + i, ff - (text + i));
      cut_page_number_before (out);
      g_string_append (out, "\n\n");
      /* (the number at the top of the next page) */
      next = ff - text + 1;
      while (next < *length && (text[next] == '\n' || text[next] == '\r' || text[next] == ' ' || text[next] == '\t'))
        next++;
      line_end = next;
      while (line_end < *length && text[line_end] != '\n' && text[line_end] != '\f' && line_end - next <= 32)
        line_end++;
      if (line_end > next && line_end - next <= 32 &&
          (line_end == *length || text[line_end] == '\n') &&
          is_page_number_line (text + next, line_end - next))
        i = line_end;
      else
        i = ff - text + 1;
    }
  *length = out->len;
  return g_string_free (out, FALSE);
}

char *
_byline_import_take_page_breaks (const char *text,
                                 gsize      *length)
{
  if (memchr (text, '\f', *length) == NULL)
    return NULL;
  return take_page_breaks (text, length);
}

/* Quoted-printable */

static GString *latin_bytes_to_utf8 (GString *bytes);

static int
qp_byte (const char *p)
{
  int hi = g_ascii_xdigit_value (p[0]);
  int lo = hi >= 0 ? g_ascii_xdigit_value (p[1]) : -1;

  return lo >= 0 ? hi * 16 + lo : -1;
}

static char *
undo_quoted_printable (const char *text)
{
  guint high = 0;
  gboolean declared = strstr (text, "quoted-printable") != NULL || strstr (text, "Quoted-Printable") != NULL;
  GString *out;

  for (const char *p = strchr (text, '='); p != NULL; p = strchr (p + 1, '='))
    {
      int b = g_ascii_isupper (p[1]) || g_ascii_isdigit (p[1]) ? qp_byte (p + 1) : -1;

      if (b >= 0x80)
        high++;
    }
  if (high < 3 && !declared)
    return NULL;

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      int b;

      if (*p != '=')
        {
          g_string_append_c (out, *p);
          continue;
        }
      /* (a soft break: the line goes on) */
      if (p[1] == '\n' || (p[1] == '\r' && p[2] == '\n'))
        {
          p += p[1] == '\r' ? 2 : 1;
          continue;
        }
      if (p[1] != '\0' && (b = qp_byte (p + 1)) >= 0 && (b >= 0x80 || b == '=' || b == 0x20 || b == 0x09))
        {
          g_string_append_c (out, (char) b);
          p += 2;
          continue;
        }
      g_string_append_c (out, '=');
    }
  if (!g_utf8_validate (out->str, out->len, NULL))
    {
      /* (a mail in ISO-8859-1 or Windows-1252: "apr=E8s") */
      GString *read = latin_bytes_to_utf8 (out);

      g_string_free (out, TRUE);
      return read != NULL ? g_string_free (read, FALSE) : NULL;
    }
  return g_string_free (out, FALSE);
}

/* The MIME lines over a mail's body ("Content-Type: text/plain; …"):
 * the mail's machinery, not the story */
static void
drop_mime_lines (char *text)
{
  static const char * const labels[] = {
    "MIME-Version:", "Content-Type:", "Content-Transfer-Encoding:", "Content-Disposition:",
  };
  char *w = text;
  const char *r = text;
  guint n = 0;

  while (*r != '\0' && n < 40)
    {
      const char *eol = strchr (r, '\n');
      gsize len = eol != NULL ? (gsize) (eol - r + 1) : strlen (r);
      gboolean mime = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        mime = mime || g_ascii_strncasecmp (r, labels[i], strlen (labels[i])) == 0;
      if (!mime)
        {
          memmove (w, r, len);
          w += len;
        }
      r += len;
      n++;
    }
  memmove (w, r, strlen (r) + 1);
}

/* Windows-1252 and Windows-1251 */

static const gunichar cp1252_high[32] = {
  0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
  0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
};

static const gunichar cp1251_high[128] = {
  0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
  0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x98, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
  0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
  0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};

/* @bytes, UTF-8 but for some bytes of Windows-1252 (a superset of
 * ISO-8859-1's letters), as UTF-8: each byte that starts no UTF-8
 * character is read as Windows-1252's */
static GString *
latin_bytes_to_utf8 (GString *bytes)
{
  GString *out = g_string_sized_new (bytes->len + bytes->len / 8);
  const char *p = bytes->str;
  const char *end = bytes->str + bytes->len;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      guchar b = (guchar) *p;

      if (b < 0x80)
        g_string_append_c (out, *p++);
      else if (c != (gunichar) -1 && c != (gunichar) -2)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
      else
        {
          g_string_append_unichar (out, b >= 0xA0 ? b : cp1252_high[b - 0x80]);
          p++;
        }
    }
  return out;
}

/* The byte @c is in Windows-1252 (@cyrillic FALSE) or 1251, or -1 */
static int
code_page_byte (gunichar c,
                gboolean cyrillic)
{
  if (c < 0x80)
    return (int) c;
  if (!cyrillic)
    {
      if (c >= 0xA0 && c <= 0xFF)
        return (int) c;
      for (guint i = 0; i < 32; i++)
        if (cp1252_high[i] == c)
          return 0x80 + (int) i;
      return -1;
    }
  if (c >= 0x0410 && c <= 0x044F)
    return (int) (c - 0x0410) + 0xC0;
  for (guint i = 0; i < 64; i++)
    if (cp1251_high[i] == c)
      return 0x80 + (int) i;
  return -1;
}

/* @word (@length bytes) read back to the UTF-8 bytes it was, appended to
 * @out; FALSE (and nothing appended) when it was not such a word */
static gboolean
append_unmangled (GString    *out,
                  const char *word,
                  gsize       length,
                  gboolean    cyrillic)
{
  char buf[256];
  gsize n = 0;
  gboolean high = FALSE;

  if (length > sizeof buf)
    return FALSE;
  for (const char *p = word; p < word + length; p = g_utf8_next_char (p))
    {
      int b = code_page_byte (g_utf8_get_char (p), cyrillic);

      if (b < 0)
        return FALSE;
      high = high || b >= 0x80;
      buf[n++] = (char) b;
    }
  if (!high || n == length || !g_utf8_validate (buf, n, NULL))
    return FALSE;
  for (const char *p = buf; p < buf + n; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x80 && (g_unichar_type (c) == G_UNICODE_UNASSIGNED || g_unichar_type (c) == G_UNICODE_CONTROL ||
                        g_unichar_type (c) == G_UNICODE_PRIVATE_USE))
        return FALSE;
    }
  g_string_append_len (out, buf, n);
  return TRUE;
}

static char *
undo_mangled_code_page (const char *text,
                        gboolean    cyrillic)
{
  GString *out = g_string_sized_new (strlen (text));
  guint mended = 0;
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p;
      gboolean wide = FALSE;

      if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      while (*end != '\0' && *end != ' ' && *end != '\n' && *end != '\t' && *end != '\r')
        {
          wide = wide || (guchar) *end >= 0x80;
          end++;
        }
      if (wide && append_unmangled (out, p, end - p, cyrillic))
        mended++;
      else
        g_string_append_len (out, p, end - p);
      p = end;
    }
  if (mended < 2)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* HTML */

static const char * const block_tags[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "section", "article",
  "figure", "figcaption", "header", "footer", "table", "tr",
};

static const char * const inline_tags[] = {
  "em", "strong", "b", "i", "u", "a", "span", "small", "sup", "sub", "cite", "q", "mark", "abbr", "time",
  "font", "s", "td", "th",
};

/* The tag at @lt: 2 for a block's, 1 for an inline one's, 3 for "<br>",
 * 4 for a list item's opening, 0 for none; @length its bytes */
static int
tag_kind (const char *lt,
          gsize      *length)
{
  const char *p = lt + 1;
  const char *name;
  const char *gt;
  gsize n;

  if (*p == '/')
    p++;
  name = p;
  while (g_ascii_isalnum (*p))
    p++;
  n = p - name;
  if (n == 0 || n > 10 || (*p != '>' && *p != ' ' && *p != '/'))
    return 0;
  gt = p;
  while (*gt != '\0' && *gt != '>' && *gt != '<' && *gt != '\n' && gt - p < 400)
    gt++;
  if (*gt != '>')
    return 0;
  *length = gt - lt + 1;
  if (n == 2 && g_ascii_strncasecmp (name, "br", 2) == 0)
    return 3;
  if (n == 2 && g_ascii_strncasecmp (name, "li", 2) == 0)
    return lt[1] == '/' ? 1 : 4;
  for (guint i = 0; i < G_N_ELEMENTS (block_tags); i++)
    if (strlen (block_tags[i]) == n && g_ascii_strncasecmp (name, block_tags[i], n) == 0)
      return 2;
  for (guint i = 0; i < G_N_ELEMENTS (inline_tags); i++)
    if (strlen (inline_tags[i]) == n && g_ascii_strncasecmp (name, inline_tags[i], n) == 0)
      return 1;
  return 0;
}

static char *
undo_html (const char *text)
{
  guint tags = 0;
  guint references = 0;
  gsize text_length = strlen (text);
  GString *out;

  /* (tags that open or close a line, as markup does: a story about HTML
   * that names "<p>" in a sentence keeps it) */
  for (const char *p = strchr (text, '<'); p != NULL && tags < 3; p = strchr (p + 1, '<'))
    {
      gsize length = 0;
      const char *before = p;

      while (before > text && (before[-1] == ' ' || before[-1] == '\t'))
        before--;
      if (tag_kind (p, &length) != 0 &&
          (before == text || before[-1] == '\n' || p[length] == '\n' || p[length] == '\r' || p[length] == '\0'))
        tags++;
    }
  for (const char *p = strchr (text, '&'); p != NULL && references < 2; p = strchr (p + 1, '&'))
    {
      g_autoptr(GString) scratch = g_string_new (NULL);
      gsize consumed;

      references += _byline_html_decode_entity (p, text_length - (p - text), &consumed, scratch);
    }
  if (tags < 3 && references < 2)
    return NULL;

  out = g_string_sized_new (strlen (text));
  if (tags >= 3)
    {
      const char *p = text;

      while (*p != '\0')
        {
          const char *lt = strchr (p, '<');
          gsize length = 0;
          int kind;

          if (lt == NULL)
            {
              g_string_append (out, p);
              break;
            }
          g_string_append_len (out, p, lt - p);
          kind = tag_kind (lt, &length);
          if (kind == 0)
            {
              g_string_append_c (out, '<');
              p = lt + 1;
              continue;
            }
          if (kind == 2)
            g_string_append (out, "\n\n");
          else if (kind == 3)
            g_string_append_c (out, '\n');
          else if (kind == 4)
            g_string_append (out, "\n- ");
          p = lt + length;
        }
    }
  else
    g_string_append (out, text);

  if (references >= 2)
    {
      GString *decoded = g_string_sized_new (out->len);

      _byline_html_decode_append (decoded, out->str, out->len);
      g_string_free (out, TRUE);
      out = decoded;
    }
  return g_string_free (out, FALSE);
}

/* Optional hyphens, which no reader sees */
static void
drop_soft_hyphens (char *text)
{
  char *w = strstr (text, "\302\255");
  const char *r = w;

  if (w == NULL)
    return;
  while (*r != '\0')
    {
      if (r[0] == '\302' && r[1] == '\255')
        {
          r += 2;
          continue;
        }
      *w++ = *r++;
    }
  *w = '\0';
}

/**
 * _byline_import_undo_format_marks:
 * @text: (transfer full): valid UTF-8
 *
 * Returns: @text, or a new string in its place, with the marks another
 * format left undone (quoted-printable, a code page's mis-reading, HTML,
 * optional hyphens)
 */
char *
_byline_import_undo_format_marks (char *text)
{
  char *next;

  if ((next = undo_quoted_printable (text)) != NULL)
    {
      g_free (text);
      text = next;
      drop_mime_lines (text);
    }
  if ((next = undo_mangled_code_page (text, FALSE)) != NULL ||
      (next = undo_mangled_code_page (text, TRUE)) != NULL)
    {
      g_free (text);
      text = next;
    }
  if ((next = undo_html (text)) != NULL)
    {
      g_free (text);
      text = next;
    }
  drop_soft_hyphens (text);
  return text;
}
