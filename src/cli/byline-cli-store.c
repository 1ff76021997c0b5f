/* byline-cli-store.c: helpers for the commands that use the drafts store
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "byline-core.h"
#include "byline-cli-private.h"

BylineStore *
byline_cli_open_store (BylineCli  *cli,
                       GError    **error)
{
  return byline_store_new (byline_cli_get_db_path (cli), NULL, error);
}

/* Parses a positive id (article or revision). A bad one is a usage error. */
gboolean
byline_cli_parse_id (const char  *text,
                     gint64      *id,
                     GError     **error)
{
  guint64 value = 0;

  if (text == NULL ||
      !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("“%s” is not an id (a positive number)"), text ? text : "");
      return FALSE;
    }

  *id = (gint64) value;
  return TRUE;
}

/* Expects exactly @n positional arguments after the command name. */
gboolean
byline_cli_expect_args (int          argc,
                        int          n,
                        const char  *synopsis,
                        GError     **error)
{
  if (argc - 1 == n)
    return TRUE;

  g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
               _("Expected %s"), synopsis);
  return FALSE;
}

static char **
split_list (const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

gboolean
byline_cli_set_date (BylineArticle  *article,
                     const char     *value,
                     GError        **error)
{
  const char *zone_name = byline_article_get_time_zone (article);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) date = NULL;

  if (value[0] == '\0')
    {
      byline_article_set_date (article, NULL);
      return TRUE;
    }

  if (zone_name[0] != '\0')
    zone = g_time_zone_new_identifier (zone_name);
  if (zone == NULL)
    zone = g_time_zone_new_local ();

  if (!(date = byline_date_time_parse_iso8601 (value, zone)))
    {
      g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("“%s” is not an ISO 8601 date and time (e.g. 2022-01-19T17:34:00+03:30)"), value);
      return FALSE;
    }
  if (zone_name[0] != '\0')
    {
      GDateTime *in_zone = g_date_time_to_timezone (date, zone);

      g_date_time_unref (date);
      date = in_zone;
    }
  byline_article_set_date (article, date);
  return TRUE;
}

gboolean
byline_cli_set_time_zone (BylineArticle  *article,
                          const char     *value,
                          GError        **error)
{
  g_autoptr(GTimeZone) zone = NULL;

  if (value[0] != '\0' && !(zone = g_time_zone_new_identifier (value)))
    {
      g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("Unknown time zone “%s” (use an IANA name such as Asia/Tehran)"), value);
      return FALSE;
    }

  byline_article_set_time_zone (article, value);
  /* The same instant, shown in the story's zone. */
  if (zone != NULL && byline_article_get_date (article) != NULL)
    {
      g_autoptr(GDateTime) in_zone = g_date_time_to_timezone (byline_article_get_date (article), zone);

      byline_article_set_date (article, in_zone);
    }
  return TRUE;
}

/**
 * byline_cli_image_path:
 * @base: (nullable): the folder a relative @path is read from (%NULL: the
 *   current one)
 *
 * Returns: (transfer full): @path as an absolute file name when it is a
 *   relative name of a file that exists in @base, else @path as it is
 *   (absolute, a `file:`/`byline-image:` URI, or a name in the images
 *   folder, as the publisher reads them)
 */
char *
byline_cli_image_path (const char *base,
                       const char *path)
{
  g_autofree char *scheme = g_uri_parse_scheme (path);
  g_autofree char *joined = NULL;

  if (path[0] == '\0' || scheme != NULL || g_path_is_absolute (path))
    return g_strdup (path);
  joined = base != NULL ? g_build_filename (base, path, NULL) : g_strdup (path);
  if (!g_file_test (joined, G_FILE_TEST_IS_REGULAR))
    return g_strdup (path);
  return g_canonicalize_filename (joined, NULL);
}

/* featured_image=PATH (a new picture: the site's copy of the old one no
 * longer applies), featured_image_alt=TEXT, featured_image_caption=TEXT */
static gboolean
set_image_field (BylineArticle  *article,
                 const char     *field,
                 const char     *value,
                 GError        **error)
{
  if (g_str_equal (field, "featured_image_alt"))
    byline_article_set_image_alt (article, value);
  else if (g_str_equal (field, "featured_image_caption"))
    byline_article_set_image_caption (article, value);
  else
    {
      g_autofree char *path = byline_cli_image_path (NULL, value);
      g_autofree char *scheme = g_uri_parse_scheme (path);
      g_autofree char *data_dir = byline_paths_data_dir ();
      g_autofree char *file = g_path_is_absolute (path) ? g_strdup (path)
                                                        : g_build_filename (data_dir, "images", path, NULL);

      /* A file here, or a name in the images folder; URIs as they are */
      if (path[0] != '\0' && scheme == NULL && !g_file_test (file, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("There is no image file “%s”"), value);
          return FALSE;
        }
      if (g_strcmp0 (path, byline_article_get_image_path (article)) != 0)
        byline_article_set_image_media_id (article, 0);
      byline_article_set_image_path (article, path);
    }
  return TRUE;
}

/**
 * byline_cli_set_field:
 *
 * Sets one field by its JSON name, as `byline edit --set field=value`
 * does. `bylines` and `tags` are comma-separated; setting `language` also
 * sets `direction` (a later `direction` wins).
 */
gboolean
byline_cli_set_field (BylineArticle  *article,
                      const char     *field,
                      const char     *value,
                      GError        **error)
{
  static const char *plain[] = {
    "headline", "standfirst", "body", "dateline", "section", "excerpt", "slug", "note",
  };

  /* Pictures named relative to the current folder are copied into the
   * images folder, as new --from does with those beside its file */
  if (g_str_equal (field, "body") && strstr (value, "![") != NULL)
    {
      g_autofree char *here = g_get_current_dir ();
      g_autofree char *data_dir = byline_paths_data_dir ();
      g_autofree char *images = g_build_filename (data_dir, "images", NULL);
      g_autofree char *body = byline_images_adopt_markdown (images, value, here, NULL, error);

      if (body == NULL)
        return FALSE;
      byline_article_set_body (article, body);
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      if (g_str_equal (field, plain[i]))
        {
          g_object_set (article, field, value, NULL);
          return TRUE;
        }
    }

  if (g_str_equal (field, "bylines") || g_str_equal (field, "tags"))
    {
      g_auto(GStrv) list = split_list (value);

      if (g_str_equal (field, "bylines"))
        byline_article_set_bylines (article, (const char * const *) list);
      else
        byline_article_set_tags (article, (const char * const *) list);
      return TRUE;
    }

  if (g_str_equal (field, "date"))
    return byline_cli_set_date (article, value, error);
  if (g_str_equal (field, "time_zone"))
    return byline_cli_set_time_zone (article, value, error);

  if (g_str_equal (field, "language"))
    {
      byline_article_set_language (article, value);
      byline_article_set_direction (article, byline_text_direction_for_language (value));
      return TRUE;
    }

  if (g_str_equal (field, "direction"))
    {
      BylineTextDirection direction;

      if (!byline_text_direction_from_string (value, &direction))
        {
          g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("Unknown text direction “%s” (use ltr or rtl)"), value);
          return FALSE;
        }
      byline_article_set_direction (article, direction);
      return TRUE;
    }

  if (g_str_equal (field, "status"))
    {
      BylineArticleStatus status;

      if (!byline_article_status_from_string (value, &status))
        {
          g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("Unknown status “%s” (use draft, in-review, ready, scheduled, published or archived)"),
                       value);
          return FALSE;
        }
      byline_article_set_status (article, status);
      return TRUE;
    }

  if (g_str_has_prefix (field, "featured_image") &&
      (g_str_equal (field, "featured_image") || g_str_equal (field, "featured_image_alt") ||
       g_str_equal (field, "featured_image_caption")))
    return set_image_field (article, field, value, error);

  g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
               _("Unknown field “%s” (use headline, standfirst, body, bylines, dateline, date, "
                 "time_zone, section, tags, excerpt, slug, language, direction, status, note, "
                 "featured_image, featured_image_alt or featured_image_caption)"),
               field);
  return FALSE;
}

/* Pads @text with spaces to @width characters (not bytes). */
void
byline_cli_print_padded (const char *text,
                         int         width)
{
  int len = g_utf8_strlen (text, -1);

  /* (a longer text is cut with an ellipsis: the next column stays in line) */
  if (len > width && width > 1)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, width - 1);

      g_print ("%s…", cut);
      return;
    }
  g_print ("%s", text);
  for (int i = len; i < width; i++)
    g_print (" ");
}

char *
byline_cli_format_time (GDateTime *dt)
{
  g_autoptr(GDateTime) local = NULL;

  if (dt == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (dt);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
