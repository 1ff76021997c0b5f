/* byline-cmd-new.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "byline-core.h"
#include "byline-cli-private.h"

static gboolean
is_blank (const char *line)
{
  for (; *line; line++)
    if (!g_ascii_isspace (*line))
      return FALSE;
  return TRUE;
}

/* JSON in the `show --json` shape, or Markdown whose first "# " line is
 * the headline and whose remaining text is the body. */
static BylineArticle *
article_from_text (const char  *text,
                   GError     **error)
{
  const char *p = text;
  g_autoptr(BylineArticle) article = NULL;

  while (g_ascii_isspace (*p))
    p++;

  if (*p == '{')
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!json_parser_load_from_data (parser, text, -1, error))
        return NULL;
      if (!(article = byline_article_new_from_json (json_parser_get_root (parser), error)))
        return NULL;
      /* A new story: its own id and UUID, no links to any site. */
      byline_article_set_id (article, 0);
      {
        g_autofree char *uuid = g_uuid_string_random ();

        byline_article_set_uuid (article, uuid);
      }
      while (byline_article_get_links (article)->len > 0)
        g_ptr_array_remove_index (byline_article_get_links (article), 0);
      return g_steal_pointer (&article);
    }

  article = byline_article_new ();
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
    GString *body = g_string_new (NULL);
    gboolean have_headline = FALSE;

    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (!have_headline && g_str_has_prefix (lines[i], "# "))
          {
            byline_article_set_headline (article, g_strstrip (lines[i] + 2));
            have_headline = TRUE;
            continue;
          }
        if (body->len == 0 && is_blank (lines[i]))
          continue;
        g_string_append (body, lines[i]);
        if (lines[i + 1] != NULL)
          g_string_append_c (body, '\n');
      }
    while (body->len > 0 && g_ascii_isspace (body->str[body->len - 1]))
      g_string_truncate (body, body->len - 1);
    byline_article_set_body (article, body->str);
    g_string_free (body, TRUE);
  }

  return g_steal_pointer (&article);
}

static int
byline_cmd_new_run (BylineCli  *cli,
                    int         argc,
                    char      **argv,
                    GError    **error)
{
  g_autofree char *from = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *standfirst = NULL;
  g_autofree char *dateline = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time_zone = NULL;
  g_autofree char *section = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *language = NULL;
  g_autofree char *status = NULL;
  g_autofree char *note = NULL;
  g_auto(GStrv) bylines = NULL;
  g_auto(GStrv) tags = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from, N_("Read the story from FILE (JSON or Markdown; - for stdin)"), N_("FILE") },
    { "headline", 0, 0, G_OPTION_ARG_STRING, &headline, N_("Headline"), N_("TEXT") },
    { "standfirst", 0, 0, G_OPTION_ARG_STRING, &standfirst, N_("Standfirst"), N_("TEXT") },
    { "byline", 0, 0, G_OPTION_ARG_STRING_ARRAY, &bylines, N_("A byline (repeatable)"), N_("NAME") },
    { "dateline", 0, 0, G_OPTION_ARG_STRING, &dateline, N_("Dateline place"), N_("PLACE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date and time (ISO 8601)"), N_("DATE") },
    { "time-zone", 0, 0, G_OPTION_ARG_STRING, &time_zone, N_("The story’s time zone (IANA)"), N_("ZONE") },
    { "section", 0, 0, G_OPTION_ARG_STRING, &section, N_("Section"), N_("SECTION") },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("A tag (repeatable)"), N_("TAG") },
    { "excerpt", 0, 0, G_OPTION_ARG_STRING, &excerpt, N_("Excerpt"), N_("TEXT") },
    { "slug", 0, 0, G_OPTION_ARG_STRING, &slug, N_("Slug"), N_("SLUG") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language (BCP 47, e.g. en, fa)"), N_("LANG") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("Status"), N_("STATUS") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note to the editor"), N_("TEXT") },
    { NULL }
  };
  /* Pointers: the options are parsed after this is set up. The time zone
   * comes before the date, so that a date without an offset is read in it. */
  const struct {
    const char  *field;
    char       **value;
  } fields[] = {
    { "headline", &headline }, { "standfirst", &standfirst }, { "dateline", &dateline },
    { "time_zone", &time_zone }, { "date", &date }, { "section", &section }, { "excerpt", &excerpt },
    { "slug", &slug }, { "language", &language }, { "status", &status }, { "note", &note },
  };
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineStore) store = NULL;

  if (!byline_cli_parse_options (entries, "new", "", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 0, "byline new [OPTIONS…]", error))
    return BYLINE_EXIT_USAGE;

  if (from != NULL)
    {
      g_autofree char *text = byline_cli_read_text (from, error);

      if (text == NULL || !(article = article_from_text (text, error)))
        return BYLINE_EXIT_ERROR;
      /* A featured image named relative to the JSON file is found there,
       * whatever folder the story is published from later; so are the
       * pictures in the body, copied into the images folder as the window
       * does with a picture inserted */
      if (byline_article_get_image_path (article) != NULL)
        {
          g_autofree char *base = g_str_equal (from, "-") ? NULL : g_path_get_dirname (from);
          g_autofree char *image = byline_cli_image_path (base, byline_article_get_image_path (article));

          byline_article_set_image_path (article, image);
        }
      if (strstr (byline_article_get_body (article), "![") != NULL)
        {
          g_autofree char *base = g_str_equal (from, "-") ? g_get_current_dir () : g_path_get_dirname (from);
          g_autofree char *data_dir = byline_paths_data_dir ();
          g_autofree char *images = g_build_filename (data_dir, "images", NULL);
          g_autofree char *body = byline_images_adopt_markdown (images, byline_article_get_body (article),
                                                                base, NULL, error);

          if (body == NULL)
            return BYLINE_EXIT_ERROR;
          byline_article_set_body (article, body);
        }
    }
  else
    article = byline_article_new ();

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (*fields[i].value != NULL &&
          !byline_cli_set_field (article, fields[i].field, *fields[i].value, error))
        return BYLINE_EXIT_USAGE;
    }
  if (bylines != NULL)
    byline_article_set_bylines (article, (const char * const *) bylines);
  if (tags != NULL)
    byline_article_set_tags (article, (const char * const *) tags);

  if (!(store = byline_cli_open_store (cli, error)) ||
      !byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, error))
    return BYLINE_EXIT_ERROR;

  g_print ("%" G_GINT64_FORMAT "\n", byline_article_get_id (article));
  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_new = {
  .name = "new",
  .synopsis = "[--from FILE|-] [--headline T] [--byline NAME…] [OPTIONS…]",
  .summary = N_("Create a story and print its id"),
  .run = byline_cmd_new_run,
};
