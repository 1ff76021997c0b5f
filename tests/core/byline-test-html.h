/* byline-test-html.h: assertions on generated HTML, shared by the core
 * tests and the fuzz targets
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>

/* Returns NULL when @html is inert, otherwise why not: every tag is one a
 * story body may hold, no attribute is an event handler or a style, and
 * every href/src has an allowed scheme. Text and attribute values are
 * escaped by the renderer, so every '<' starts a real tag and every
 * attribute value is double-quoted without '"' or '>' inside. */
static inline const char *
byline_test_html_problem (const char *html)
{
  static const char * const allowed[] = {
    "p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
    "li", "a", "img", "br", "hr", "figure", "figcaption", "table", "thead", "tbody", "tr", "th",
    "td", "del", "span", "time", "div", NULL
  };
  static const char * const schemes[] = { "http", "https", "mailto", "file", "byline-image", NULL };
  const char *p = html;
  const char *limit;

  if (html == NULL || !g_utf8_validate (html, -1, NULL))
    return "not UTF-8";
  limit = html + strlen (html);

  /* memchr with a bound: strchr() over a 1 MB string per tag is quadratic
   * under ASan's strict_string_checks */
  while ((p = memchr (p, '<', limit - p)) != NULL)
    {
      const char *end = memchr (p, '>', limit - p);
      const char *q;
      gboolean ok = FALSE;
      gsize n;

      if (end == NULL)
        return "unclosed tag";
      q = p + 1 + (p[1] == '/');
      for (n = 0; q + n < end && !strchr (" \t\n/", q[n]); n++)
        ;
      for (guint i = 0; allowed[i] != NULL; i++)
        ok |= strlen (allowed[i]) == n && g_ascii_strncasecmp (q, allowed[i], n) == 0;
      if (!ok)
        return "unexpected tag";

      /* Attributes: name="value" … */
      for (q += n; q < end; )
        {
          const char *name = q;
          gsize name_len;

          while (q < end && (*q == ' ' || *q == '/'))
            q++;
          name = q;
          while (q < end && *q != '=' && *q != ' ')
            q++;
          name_len = q - name;
          if (name_len == 0)
            break;
          if (name_len >= 2 && g_ascii_strncasecmp (name, "on", 2) == 0)
            return "event handler attribute";
          if (name_len == 5 && g_ascii_strncasecmp (name, "style", 5) == 0)
            return "style attribute";
          if (q < end && *q == '=')
            {
              const char *value, *close;

              if (q[1] != '"')
                return "unquoted attribute";
              value = q + 2;
              close = memchr (value, '"', end - value);
              if (close == NULL)
                return "unterminated attribute";
              if ((name_len == 4 && g_ascii_strncasecmp (name, "href", 4) == 0) ||
                  (name_len == 3 && g_ascii_strncasecmp (name, "src", 3) == 0))
                {
                  gsize scheme_len = 0;

                  /* A scheme, as browsers parse it: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" */
                  while (value + scheme_len < close &&
                         (g_ascii_isalpha (value[scheme_len]) ||
                          (scheme_len > 0 && (g_ascii_isdigit (value[scheme_len]) ||
                                              strchr ("+-.", value[scheme_len]) != NULL))))
                    scheme_len++;
                  if (scheme_len > 0 && value + scheme_len < close && value[scheme_len] == ':')
                    {
                      gboolean known = FALSE;

                      for (guint i = 0; schemes[i] != NULL; i++)
                        known |= strlen (schemes[i]) == scheme_len &&
                                 g_ascii_strncasecmp (value, schemes[i], scheme_len) == 0;
                      if (!known)
                        return "URL with a disallowed scheme";
                    }
                  for (const char *c = value; c < close; c++)
                    {
                      if ((guchar) *c < 0x21)
                        return "control character or space in a URL";
                    }
                }
              q = close + 1;
            }
        }
      p = end + 1;
    }

  return NULL;
}

static inline void
byline_test_assert_inert_html (const char *html)
{
  const char *problem = byline_test_html_problem (html);

  if (problem != NULL)
    g_error ("%s in: %s", problem, html);
}

/* TRUE when @isolated (from byline_text_isolate_for_display() or
 * byline_url_for_display()) holds a bidi control inside its one outer
 * isolate … U+2069 pair. */
G_GNUC_UNUSED static inline gboolean
byline_test_bidi_inside (const char *isolated)
{
  const char *inner = g_utf8_next_char (isolated);
  const char *end = isolated + strlen (isolated) - strlen ("\u2069");

  for (const char *p = inner; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
          c == 0x200E || c == 0x200F || c == 0x061C)
        return TRUE;
    }
  return FALSE;
}
