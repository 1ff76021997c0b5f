/* byline-export.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-article-render.h"
#include "byline-export.h"

/* What `byline export` and the window's Export menu write:
 * - markdown: `# headline`, the standfirst, the bylines, a dateline line
 *   (place — date), then the body as written;
 * - html: the standalone preview page (byline_article_render_preview_html:
 *   escaped, no scripts, a CSP);
 * - json: the article as `byline show --json` prints it. */

G_DEFINE_QUARK (byline-export-error-quark, byline_export_error)

static const char * const format_names[] = {
  [BYLINE_EXPORT_MARKDOWN] = "markdown",
  [BYLINE_EXPORT_HTML] = "html",
  [BYLINE_EXPORT_JSON] = "json",
};

static const char * const format_extensions[] = {
  [BYLINE_EXPORT_MARKDOWN] = "md",
  [BYLINE_EXPORT_HTML] = "html",
  [BYLINE_EXPORT_JSON] = "json",
};

gboolean
byline_export_format_from_string (const char          *name,
                                  BylineExportFormat  *format,
                                  GError             **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (name, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }

  g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_UNKNOWN_FORMAT,
               _("Unknown export format “%s” (use markdown, html or json)"), name ? name : "");
  return FALSE;
}

const char *
byline_export_format_extension (BylineExportFormat format)
{
  g_return_val_if_fail (format <= BYLINE_EXPORT_JSON, NULL);

  return format_extensions[format];
}

static GBytes *
export_markdown (BylineArticle *article)
{
  GString *out = g_string_new (NULL);
  const char *standfirst = byline_article_get_standfirst (article);
  const char * const *bylines = byline_article_get_bylines (article);
  const char *dateline = byline_article_get_dateline (article);
  GDateTime *date = byline_article_get_date (article);

  const char *body = byline_article_get_body (article);
  g_autofree char *lede = byline_markdown_escape (standfirst, -1);
  gsize lede_len = strlen (lede);

  g_string_append_printf (out, "# %s\n\n", byline_article_get_headline (article));
  /* Wire copy imports copy the lede into the standfirst and keep it in
   * the body: it is printed once, in the body, as the HTML does */
  if (standfirst[0] != '\0' &&
      !(strncmp (body, lede, lede_len) == 0 && (body[lede_len] == '\n' || body[lede_len] == '\0')))
    g_string_append_printf (out, "%s\n\n", standfirst);
  if (bylines[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) bylines);

      g_string_append_printf (out, "%s\n\n", names);
    }
  if (dateline[0] != '\0' || date != NULL)
    {
      g_autofree char *when = date ? g_date_time_format (date, "%Y-%m-%d %H:%M %:z") : NULL;

      g_string_append_printf (out, "%s%s%s\n\n", dateline, dateline[0] && when ? " — " : "",
                              when ? when : "");
    }
  g_string_append (out, body);
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}

static GBytes *
export_json (BylineArticle *article)
{
  g_autoptr(JsonNode) node = byline_article_to_json (article, TRUE);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);

  /* As `byline show --json` prints it: with a final line break */
  return g_bytes_new_take (g_strconcat (text, "\n", NULL), length + 1);
}

/**
 * byline_export_article:
 * @image_func: (nullable) (scope call): maps `byline-image:` references
 *   for the HTML (e.g. to `file:` URLs); unused for the other formats
 *
 * Returns: (transfer full): the file's bytes (UTF-8), or %NULL with
 *   @error set
 */
GBytes *
byline_export_article (BylineArticle         *article,
                       BylineExportFormat     format,
                       BylineUrlRewriteFunc   image_func,
                       gpointer               user_data,
                       GError               **error)
{
  g_return_val_if_fail (BYLINE_IS_ARTICLE (article), NULL);

  switch (format)
    {
    case BYLINE_EXPORT_MARKDOWN:
      return export_markdown (article);

    case BYLINE_EXPORT_JSON:
      return export_json (article);

    case BYLINE_EXPORT_HTML:
      {
        char *html = byline_article_render_preview_html (article, image_func, user_data, error);

        return html ? g_bytes_new_take (html, strlen (html)) : NULL;
      }

    default:
      g_set_error (error, BYLINE_EXPORT_ERROR, BYLINE_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Unknown export format"));
      return NULL;
    }
}
