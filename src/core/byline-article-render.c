/* byline-article-render.c: an article as HTML for publishing and preview
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The publishing format (README.md, "Publishing format") is a contract with
 * byline-html-import.c, which reads it back:
 *
 *   <p class="byline-standfirst">Standfirst</p>
 *   <p class="byline-credit">By <span class="byline-author" dir="auto">A</span> and
 *     <span class="byline-author" dir="auto">B</span></p>
 *   <p class="byline-dateline" data-byline-datetime="2023-03-03T09:15:00+00:00"
 *     data-byline-zone="Europe/London"><span class="byline-place" dir="auto">PORTVALE</span>,
 *     <time datetime="2023-03-03T09:15:00+00:00"
 *       data-byline-zone="Europe/London">3 March 2023, 09:15</time></p>
 *   …the body's HTML…
 *
 * When the standfirst is the body's first paragraph (wire copy imports copy
 * the lede), it is not repeated: that paragraph carries
 * class="byline-standfirst byline-lede" instead.
 */

#define G_LOG_DOMAIN "byline-render"

#include "config.h"

#include <string.h>

#include "byline-article-render.h"
#include "byline-calendar.h"
#include "byline-text-private.h"

static const char preview_css[] =
  ":root { color-scheme: light dark; --ink: #1d1d1b; --paper: #fbfaf7; --muted: #5e5c64;"
  " --rule: #d8d4cc; --accent: #8f1d21; }\n"
  "@media (prefers-color-scheme: dark) { :root { --ink: #e8e6e3; --paper: #1e1e1e;"
  " --muted: #a8a5a0; --rule: #3d3b38; --accent: #f08a8d; } }\n"
  "html { background: var(--paper); color: var(--ink); }\n"
  "body { margin: 0; padding: 2.5rem 1.25rem 4rem;"
  " font: 1.125rem/1.6 'Source Serif 4', 'Noto Serif', Georgia, serif; }\n"
  "html[dir=rtl] body { font-family: 'Vazirmatn', 'Noto Naskh Arabic', 'Noto Serif', serif; line-height: 1.9; }\n"
  "article { max-width: 38rem; margin-inline: auto; }\n"
  "h1 { font-size: 2.2rem; line-height: 1.15; margin: 0 0 .75rem; letter-spacing: -.01em; }\n"
  "h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }\n"
  "h3, h4, h5, h6 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }\n"
  ".byline-standfirst { font-size: 1.3rem; line-height: 1.45; color: var(--muted); margin: 0 0 1rem; }\n"
  "article > p.byline-lede { color: var(--ink); font-size: inherit; }\n"
  ".byline-credit, .byline-dateline { font: .9rem/1.4 system-ui, sans-serif; color: var(--muted); margin: .2rem 0; }\n"
  ".byline-author { color: var(--ink); font-weight: 600; }\n"
  ".byline-place { text-transform: uppercase; letter-spacing: .04em; color: var(--accent); font-weight: 600; }\n"
  "header { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; margin-bottom: 1.5rem; }\n"
  "blockquote { margin: 1.5rem 0; padding-inline-start: 1rem; border-inline-start: 3px solid var(--accent);"
  " font-style: italic; }\n"
  "html[dir=rtl] blockquote { font-style: normal; }\n"
  "a { color: var(--accent); }\n"
  "img { max-width: 100%; height: auto; }\n"
  "figure { margin: 1.5rem 0; }\n"
  "figcaption { font: .85rem/1.4 system-ui, sans-serif; color: var(--muted); margin-top: .4rem; }\n"
  "pre { overflow-x: auto; font-size: .9rem; }\n"
  "table { border-collapse: collapse; } td, th { border: 1px solid var(--rule); padding: .25rem .5rem; }\n";

static void
append_credit (GString       *out,
               BylineArticle *article)
{
  const char * const *bylines = byline_article_get_bylines (article);
  const char *language = byline_article_get_language (article);
  const char *by = "By ";
  const char *and = " and ";
  guint n = bylines ? g_strv_length ((char **) bylines) : 0;

  if (n == 0)
    return;

  if (g_str_has_prefix (language, "fa"))
    by = "نویسنده: ", and = " و ";
  else if (g_str_has_prefix (language, "ar"))
    by = "بقلم ", and = " و ";
  else if (g_str_has_prefix (language, "ru"))
    by = "Автор: ", and = " и ";

  g_string_append (out, "<p class=\"byline-credit\">");
  g_string_append (out, by);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == n ? and : ", ");
      g_string_append (out, "<span class=\"byline-author\" dir=\"auto\">");
      _byline_html_escape_append (out, bylines[i], -1);
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</p>\n");
}

/* ` NAME="ISO"`, and the story's zone when it names one */
static void
append_date_attributes (GString    *out,
                        const char *name,
                        const char *iso,
                        const char *zone)
{
  g_string_append_printf (out, " %s=\"", name);
  _byline_html_escape_append (out, iso, -1);
  g_string_append_c (out, '"');
  if (zone[0] != '\0')
    {
      g_string_append (out, " data-byline-zone=\"");
      _byline_html_escape_append (out, zone, -1);
      g_string_append_c (out, '"');
    }
}

static void
append_dateline (GString       *out,
                 BylineArticle *article)
{
  const char *place = byline_article_get_dateline (article);
  const char *language = byline_article_get_language (article);
  const char *zone = byline_article_get_time_zone (article);
  GDateTime *date = byline_article_get_date (article);
  g_autofree char *iso = NULL;

  if (place[0] == '\0' && date == NULL)
    return;

  if (date != NULL)
    iso = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
  g_string_append (out, "<p class=\"byline-dateline\"");
  /* The date again where WordPress keeps it for users without
   * unfiltered_html (Authors): its kses drops the time element but keeps
   * data-* attributes */
  if (date != NULL)
    append_date_attributes (out, "data-byline-datetime", iso, zone);
  g_string_append_c (out, '>');
  if (place[0] != '\0')
    {
      g_string_append (out, "<span class=\"byline-place\" dir=\"auto\">");
      _byline_html_escape_append (out, place, -1);
      g_string_append (out, "</span>");
    }
  if (place[0] != '\0' && date != NULL)
    g_string_append (out, g_str_has_prefix (language, "fa") || g_str_has_prefix (language, "ar") ? "، " : ", ");
  if (date != NULL)
    {
      g_autofree char *shown = byline_calendar_format_for_language (date, language, TRUE);

      g_string_append (out, "<time");
      append_date_attributes (out, "datetime", iso, zone);
      g_string_append_c (out, '>');
      _byline_html_escape_append (out, shown, -1);
      g_string_append (out, "</time>");
    }
  g_string_append (out, "</p>\n");
}

/* @html (md4c's, whose text is escaped: every "<p>" is a tag) with
 * dir="auto" on its paragraphs, list items, headings, captions and cells:
 * in a right-to-left story each such block takes the direction of its own
 * text, as the editor shows it, so an English paragraph in a Persian
 * story keeps its full stop at its end */
static void
append_auto_direction (GString    *out,
                       const char *html)
{
  static const char * const tags[] = { "<p>", "<li>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>",
                                       "<figcaption>", "<td>", "<th>", NULL };
  const char *p = html;

  while (*p != '\0')
    {
      const char *lt = strchr (p, '<');
      gboolean done = FALSE;

      if (lt == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, lt - p);
      for (guint i = 0; tags[i] != NULL && !done; i++)
        {
          gsize len = strlen (tags[i]);

          if (strncmp (lt, tags[i], len) == 0)
            {
              g_string_append_len (out, lt, len - 1);
              g_string_append (out, " dir=\"auto\">");
              p = lt + len;
              done = TRUE;
            }
        }
      if (!done)
        {
          g_string_append_c (out, '<');
          p = lt + 1;
        }
    }
}

/* Appends the standfirst (unless it opens the body), credit and dateline
 * to @header, then the body to @out (which may be the same string). */
static gboolean
append_story (GString               *out,
              BylineArticle         *article,
              BylineUrlRewriteFunc   image_func,
              gpointer               user_data,
              GString               *header,
              GError               **error)
{
  const char *standfirst = byline_article_get_standfirst (article);
  /* In a right-to-left story each paragraph takes its own text's
   * direction, the standfirst too */
  gboolean rtl = byline_article_get_direction (article) == BYLINE_TEXT_DIRECTION_RTL;
  g_autofree char *body = NULL;
  g_autofree char *standfirst_html = NULL;
  gboolean is_lede = FALSE;

  body = byline_markdown_to_html (byline_article_get_body (article), -1, BYLINE_MARKDOWN_FIGURES,
                                  image_func, user_data, error);
  if (body == NULL)
    return FALSE;

  if (standfirst[0] != '\0')
    {
      g_autofree char *escaped = byline_markdown_escape (standfirst, -1);

      standfirst_html = byline_markdown_to_html (escaped, -1, BYLINE_MARKDOWN_NONE, NULL, NULL, error);
      if (standfirst_html == NULL)
        return FALSE;
      is_lede = g_str_has_prefix (standfirst_html, "<p>") && g_str_has_prefix (body, standfirst_html);
    }

  if (standfirst_html != NULL && !is_lede)
    {
      /* "<p>…</p>\n" → "<p class=…>…</p>\n" */
      g_string_append (header, rtl ? "<p class=\"byline-standfirst\" dir=\"auto\">" : "<p class=\"byline-standfirst\">");
      g_string_append (header, standfirst_html + 3);
    }
  append_credit (header, article);
  append_dateline (header, article);

  if (is_lede)
    g_string_append (out, rtl ? "<p class=\"byline-standfirst byline-lede\" dir=\"auto\">"
                              : "<p class=\"byline-standfirst byline-lede\">");
  if (rtl)
    append_auto_direction (out, is_lede ? body + 3 : body);
  else
    g_string_append (out, is_lede ? body + 3 : body);

  return TRUE;
}

/**
 * byline_article_render_content_html:
 * @image_func: (nullable) (scope call): maps local image references to the
 *   uploaded media URLs
 *
 * The post content the publisher sends to the CMS: the standfirst, byline
 * and dateline in the documented publishing format (README.md), then the
 * body's HTML; a story that is not in English, or is right to left, is
 * wrapped in a `div` with its `lang` and `dir`. byline_html_import_post()
 * reads it back.
 *
 * Returns: (transfer full): HTML, or %NULL with @error set
 */
char *
byline_article_render_content_html (BylineArticle         *article,
                                    BylineUrlRewriteFunc   image_func,
                                    gpointer               user_data,
                                    GError               **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *language;
  gboolean rtl, wrap;

  g_return_val_if_fail (BYLINE_IS_ARTICLE (article), NULL);

  /* A site's theme sets its own language and direction on the page: a
   * story in another (a Persian story on a site in English) says its own,
   * or browsers lay it out left to right and screen readers read it in
   * the site's language. English left-to-right stories need nothing. */
  language = byline_article_get_language (article);
  rtl = byline_article_get_direction (article) == BYLINE_TEXT_DIRECTION_RTL;
  wrap = rtl || (language[0] != '\0' && !g_str_equal (language, "en") && !g_str_has_prefix (language, "en-"));
  if (wrap)
    {
      g_string_append (out, "<div class=\"byline-story\"");
      if (language[0] != '\0')
        {
          g_string_append (out, " lang=\"");
          _byline_html_escape_append (out, language, -1);
          g_string_append_c (out, '"');
        }
      g_string_append_printf (out, " dir=\"%s\">\n", rtl ? "rtl" : "ltr");
    }

  if (!append_story (out, article, image_func, user_data, out, error))
    return NULL;

  if (wrap)
    g_string_append (out, "</div>\n");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * byline_article_render_preview_html:
 * @image_func: (nullable) (scope call): maps image references to `file:`
 *   URLs of local copies
 *
 * The story as a reader sees it, as a standalone HTML document with the
 * article's language and direction, a Content-Security-Policy that allows
 * no scripts and no remote loads (only inline style and `file:` images),
 * and a small newspaper style sheet with a dark variant.
 *
 * Returns: (transfer full): HTML, or %NULL with @error set
 */
char *
byline_article_render_preview_html (BylineArticle         *article,
                                    BylineUrlRewriteFunc   image_func,
                                    gpointer               user_data,
                                    GError               **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GString) story = g_string_new (NULL);
  const char *headline = byline_article_get_headline (article);
  const char *language;
  const char *image_path;

  g_return_val_if_fail (BYLINE_IS_ARTICLE (article), NULL);

  language = byline_article_get_language (article);
  if (language[0] == '\0')
    language = "en";

  if (!append_story (story, article, image_func, user_data, header, error))
    return NULL;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  _byline_html_escape_append (out, language, -1);
  g_string_append_printf (out, "\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
                          byline_text_direction_to_string (byline_article_get_direction (article)));
  g_string_append (out,
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "style-src 'unsafe-inline'; img-src file:; base-uri 'none'; form-action 'none'\">\n"
                   "<meta name=\"referrer\" content=\"no-referrer\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  _byline_html_escape_append (out, headline, -1);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, preview_css);
  g_string_append (out, "</style>\n</head>\n<body>\n<article class=\"byline-story\">\n<header>\n");
  if (headline[0] != '\0')
    {
      g_string_append (out, "<h1>");
      _byline_html_escape_append (out, headline, -1);
      g_string_append (out, "</h1>\n");
    }
  g_string_append (out, header->str);
  g_string_append (out, "</header>\n");

  image_path = byline_article_get_image_path (article);
  if (image_path[0] != '\0')
    {
      g_autofree char *uri = g_path_is_absolute (image_path) ? g_filename_to_uri (image_path, NULL, NULL)
                                                             : g_strdup (image_path);
      g_autofree char *mapped = (uri != NULL && image_func != NULL) ? image_func (uri, user_data) : NULL;
      g_autofree char *safe = _byline_url_sanitize (mapped ? mapped : uri, BYLINE_URL_IMAGE);
      const char *caption = byline_article_get_image_caption (article);

      if (safe != NULL)
        {
          g_string_append (out, "<figure class=\"byline-featured\"><img src=\"");
          _byline_html_escape_append (out, safe, -1);
          g_string_append (out, "\" alt=\"");
          _byline_html_escape_append (out, byline_article_get_image_alt (article), -1);
          g_string_append (out, "\">");
          if (caption[0] != '\0')
            {
              g_string_append (out, "<figcaption>");
              _byline_html_escape_append (out, caption, -1);
              g_string_append (out, "</figcaption>");
            }
          g_string_append (out, "</figure>\n");
        }
    }

  g_string_append (out, story->str);
  g_string_append (out, "</article>\n</body>\n</html>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
