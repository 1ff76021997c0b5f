/* byline-html-import.c: HTML posts back into Markdown articles
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The conversion itself is in byline-html-convert.c; here the post's
 * parts become an article, with the standfirst, bylines, dateline place,
 * date and zone read back from the publishing format (README.md).
 */

#define G_LOG_DOMAIN "byline-html"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "byline-enums.h"
#include "byline-html-convert-private.h"
#include "byline-html-import.h"
#include "byline-import.h"

G_DEFINE_QUARK (byline-html-import-error-quark, byline_html_import_error)

static char *
convert_to_string (const char *html,
                   gssize      length,
                   gboolean    text_only)
{
  Conv c;
  char *result;

  _byline_html_conv_init (&c, text_only);
  _byline_html_conv_run (&c, html, length);
  result = g_strdup (c.md->str);
  _byline_html_conv_clear (&c);
  return result;
}

/**
 * byline_html_to_markdown:
 * @html: HTML (any bytes; invalid UTF-8 and NUL become U+FFFD)
 * @length: bytes, or -1 when NUL-terminated
 *
 * Returns: (transfer full): the Markdown for @html's text and structure
 */
char *
byline_html_to_markdown (const char *html,
                         gssize      length)
{
  return convert_to_string (html, length, FALSE);
}

/**
 * byline_html_to_text:
 *
 * Returns: (transfer full): the text of @html, entities decoded, blocks on
 *   lines of their own, scripts and styles dropped
 */
char *
byline_html_to_text (const char *html,
                     gssize      length)
{
  return convert_to_string (html, length, TRUE);
}

/* A classic-editor post has neither block comments nor paragraphs: its
 * line breaks are its paragraphs and breaks (WordPress runs wpautop) */
static gboolean
is_classic (const char *html)
{
  g_autofree char *lower = g_ascii_strdown (html, -1);

  if (strstr (lower, "<!-- wp:") != NULL)
    return FALSE;
  for (const char *p = strstr (lower, "<p"); p != NULL; p = strstr (p + 2, "<p"))
    {
      if (p[2] == '>' || p[2] == '/' || p[2] == ' ' || p[2] == '\t' || p[2] == '\n' || p[2] == '\r')
        return FALSE;
    }
  return TRUE;
}

static char *
one_line (const char *html)
{
  g_autofree char *text = byline_html_to_text (html, -1);
  GString *out = g_string_new (NULL);

  _byline_html_append_collapsed (out, text, strlen (text), TRUE);
  return g_strstrip (g_string_free (out, FALSE));
}

/**
 * byline_html_import_post:
 * @title_html: (nullable): the post's title (HTML)
 * @content_html: (nullable): the post's content (raw or rendered HTML)
 * @excerpt_html: (nullable): the post's excerpt (HTML)
 *
 * Reads a post into a new article: headline, Markdown body, excerpt, and
 * the standfirst, bylines, dateline place, date and zone from the
 * publishing format (README.md). Language and direction come from the text.
 *
 * Returns: (transfer full): a new article, or %NULL with @error set when
 *   the post has neither title nor content
 */
BylineArticle *
byline_html_import_post (const char  *title_html,
                         const char  *content_html,
                         const char  *excerpt_html,
                         GError     **error)
{
  g_autoptr(BylineArticle) article = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *sample = NULL;
  const char *language;
  Conv c;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  headline = one_line (title_html ? title_html : "");
  _byline_html_conv_init (&c, FALSE);
  c.autop = is_classic (content_html ? content_html : "");
  _byline_html_conv_run (&c, content_html ? content_html : "", -1);

  if (headline[0] == '\0' && c.md->len == 0 && c.bylines->len == 0 && c.standfirst == NULL)
    {
      _byline_html_conv_clear (&c);
      g_set_error_literal (error, BYLINE_HTML_IMPORT_ERROR, BYLINE_HTML_IMPORT_ERROR_EMPTY,
                           _("The post has neither a title nor any content"));
      return NULL;
    }

  article = byline_article_new ();
  byline_article_set_headline (article, headline);
  byline_article_set_body (article, c.md->str);
  if (c.standfirst != NULL)
    byline_article_set_standfirst (article, c.standfirst);
  if (c.bylines->len > 0)
    {
      g_ptr_array_add (c.bylines, NULL);
      byline_article_set_bylines (article, (const char * const *) c.bylines->pdata);
    }
  if (c.place != NULL)
    byline_article_set_dateline (article, c.place);
  if (c.datetime != NULL)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (c.datetime, NULL);
      g_autoptr(GTimeZone) tz = c.zone ? g_time_zone_new_identifier (c.zone) : NULL;

      if (dt != NULL)
        {
          g_autoptr(GDateTime) in_zone = tz ? g_date_time_to_timezone (dt, tz) : g_date_time_ref (dt);

          byline_article_set_date (article, in_zone);
          byline_article_set_time_zone (article, tz ? c.zone : g_time_zone_get_identifier (g_date_time_get_timezone (dt)));
        }
    }

  excerpt = one_line (excerpt_html ? excerpt_html : "");
  byline_article_set_excerpt (article, excerpt);

  sample = g_strconcat (headline, "\n", c.md->str, NULL);
  language = byline_import_detect_language (sample);
  byline_article_set_language (article, language);
  byline_article_set_direction (article, byline_text_direction_for_language (language));

  _byline_html_conv_clear (&c);
  return g_steal_pointer (&article);
}
