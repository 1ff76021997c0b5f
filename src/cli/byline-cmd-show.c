/* byline-cmd-show.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "byline-core.h"
#include "byline-cli-private.h"

static void
print_markdown (BylineArticle *article)
{
  const char *standfirst = byline_article_get_standfirst (article);
  const char * const *bylines = byline_article_get_bylines (article);
  const char *body = byline_article_get_body (article);
  g_autofree char *lede = byline_markdown_escape (standfirst, -1);
  gsize lede_len = strlen (lede);

  g_print ("# %s\n\n", byline_article_get_headline (article));
  /* Imported wire copy has its lede copied into the standfirst and kept
   * in the body: printed once, in the body, as `export` does */
  if (standfirst[0] != '\0' &&
      !(strncmp (body, lede, lede_len) == 0 && (body[lede_len] == '\n' || body[lede_len] == '\0')))
    g_print ("%s\n\n", standfirst);
  if (bylines[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) bylines);

      g_print ("%s\n\n", names);
    }
  g_print ("%s\n", body);
}

static void
print_field (const char *label,
             const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  g_print ("%-11s %s\n", label, value);
}

static void
print_human (BylineArticle *article)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, byline_article_get_id (article));
  g_autofree char *bylines = g_strjoinv (", ", (char **) byline_article_get_bylines (article));
  g_autofree char *tags = g_strjoinv (", ", (char **) byline_article_get_tags (article));
  g_autofree char *date = NULL;
  g_autofree char *created = byline_cli_format_time (byline_article_get_created (article));
  g_autofree char *modified = byline_cli_format_time (byline_article_get_modified (article));
  g_autofree char *words = g_strdup_printf ("%u", byline_article_count_words (byline_article_get_body (article)));
  GPtrArray *links = byline_article_get_links (article);

  if (byline_article_get_date (article) != NULL)
    date = g_date_time_format (byline_article_get_date (article), "%Y-%m-%d %H:%M %:z");

  /* Labels stay in English, like the JSON keys. */
  print_field ("id:", id);
  print_field ("headline:", byline_article_get_headline (article));
  print_field ("standfirst:", byline_article_get_standfirst (article));
  print_field ("bylines:", bylines);
  print_field ("dateline:", byline_article_get_dateline (article));
  print_field ("date:", date);
  print_field ("time zone:", byline_article_get_time_zone (article));
  print_field ("section:", byline_article_get_section (article));
  print_field ("tags:", tags);
  print_field ("excerpt:", byline_article_get_excerpt (article));
  print_field ("image:", byline_article_get_image_path (article));
  print_field ("image alt:", byline_article_get_image_alt (article));
  print_field ("caption:", byline_article_get_image_caption (article));
  print_field ("slug:", byline_article_get_slug (article));
  print_field ("language:", byline_article_get_language (article));
  print_field ("direction:", byline_text_direction_to_string (byline_article_get_direction (article)));
  print_field ("status:", byline_article_status_to_string (byline_article_get_status (article)));
  print_field ("note:", byline_article_get_note (article));
  print_field ("words:", words);
  print_field ("created:", created);
  print_field ("modified:", modified);
  for (guint i = 0; i < links->len; i++)
    {
      const BylineArticleLink *link = g_ptr_array_index (links, i);
      g_autofree char *text = g_strdup_printf ("%s #%" G_GINT64_FORMAT " %s", link->account,
                                               link->remote_id, link->url ? link->url : "");

      print_field ("link:", text);
    }
  g_print ("\n%s\n", byline_article_get_body (article));
}

static int
byline_cmd_show_run (BylineCli  *cli,
                     int         argc,
                     char      **argv,
                     GError    **error)
{
  gboolean json = FALSE;
  gboolean markdown = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "markdown", 0, 0, G_OPTION_ARG_NONE, &markdown, N_("Print Markdown"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id;

  if (!byline_cli_parse_options (entries, "show", "ID", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline show ID [--json|--markdown]", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;
  if (json && markdown)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("Use either --json or --markdown"));
      return BYLINE_EXIT_USAGE;
    }

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(article = byline_store_load_article (store, id, NULL, error)))
    return BYLINE_EXIT_ERROR;

  if (json)
    {
      g_autoptr(JsonNode) node = byline_article_to_json (article, TRUE);

      byline_cli_print_json (node);
    }
  else if (markdown)
    print_markdown (article);
  else
    print_human (article);

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_show = {
  .name = "show",
  .synopsis = "ID [--json|--markdown]",
  .summary = N_("Show a story"),
  .run = byline_cmd_show_run,
};
