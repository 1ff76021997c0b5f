/* byline-test-html.h: assertions on generated HTML, shared by core tests
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>

/* Every tag in @html is one a story body may hold, and no tag carries an
 * event handler or a script/data URL. Text is escaped, so every '<' in
 * @html starts a real tag. */
static inline void
byline_test_assert_inert_html (const char *html)
{
  static const char * const allowed[] = {
    "p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote", "ul", "ol",
    "li", "a", "img", "br", "hr", "figure", "figcaption", "table", "thead", "tbody", "tr", "th",
    "td", "del", "span", "time", NULL
  };
  const char *p = html;

  while ((p = strchr (p, '<')) != NULL)
    {
      const char *end = strchr (p, '>');
      g_autofree char *tag = NULL;
      g_autofree char *name = NULL;
      gsize n;
      gboolean ok = FALSE;

      g_assert_nonnull (end);
      tag = g_ascii_strdown (p + 1, end - p - 1);
      n = strcspn (tag[0] == '/' ? tag + 1 : tag, " \t\n/");
      name = g_strndup (tag[0] == '/' ? tag + 1 : tag, n);
      for (guint i = 0; allowed[i] != NULL; i++)
        ok |= g_str_equal (name, allowed[i]);
      if (!ok)
        g_error ("unexpected tag <%s> in %s", tag, html);
      g_assert_null (strstr (tag, " on"));
      g_assert_null (strstr (tag, "javascript:"));
      g_assert_null (strstr (tag, "vbscript:"));
      g_assert_null (strstr (tag, "data:"));
      g_assert_null (strstr (tag, "style="));
      p = end + 1;
    }
}
