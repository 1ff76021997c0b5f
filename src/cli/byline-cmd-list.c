/* byline-cmd-list.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-core.h"
#include "byline-cli-private.h"

static int
byline_cmd_list_run (BylineCli  *cli,
                     int         argc,
                     char      **argv,
                     GError    **error)
{
  g_autofree char *status = NULL;
  g_autofree char *section = NULL;
  g_autofree char *sort = NULL;
  int limit = 0;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("Only stories with this status"), N_("STATUS") },
    { "section", 0, 0, G_OPTION_ARG_STRING, &section, N_("Only stories in this section"), N_("SECTION") },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort, N_("Order: modified (default), created or headline"), N_("ORDER") },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N stories"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  BylineArticleQuery query = BYLINE_ARTICLE_QUERY_INIT;
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  if (!byline_cli_parse_options (entries, "list", "", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 0, "byline list [OPTIONS…]", error))
    return BYLINE_EXIT_USAGE;

  if (status != NULL)
    {
      query.any_status = FALSE;
      if (!byline_article_status_from_string (status, &query.status))
        {
          g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("Unknown status “%s” (use draft, in-review, ready, scheduled, published or archived)"),
                       status);
          return BYLINE_EXIT_USAGE;
        }
    }
  if (sort == NULL || g_str_equal (sort, "modified"))
    query.sort = BYLINE_ARTICLE_SORT_MODIFIED;
  else if (g_str_equal (sort, "created"))
    query.sort = BYLINE_ARTICLE_SORT_CREATED;
  else if (g_str_equal (sort, "headline"))
    query.sort = BYLINE_ARTICLE_SORT_HEADLINE;
  else
    {
      g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("Unknown order “%s” (use modified, created or headline)"), sort);
      return BYLINE_EXIT_USAGE;
    }
  if (limit < 0)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("--limit must not be negative"));
      return BYLINE_EXIT_USAGE;
    }
  query.limit = limit;
  query.section = section;

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(articles = byline_store_list_articles (store, &query, NULL, error)))
    return BYLINE_EXIT_ERROR;

  if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < articles->len; i++)
        json_array_add_element (array, byline_article_to_json (g_ptr_array_index (articles, i), FALSE));
      json_node_set_array (root, array);
      byline_cli_print_json (root);
      return BYLINE_EXIT_OK;
    }

  {
    int id_width = 2, status_width = 6, section_width = 7;

    for (guint i = 0; i < articles->len; i++)
      {
        BylineArticle *article = g_ptr_array_index (articles, i);
        g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, byline_article_get_id (article));

        id_width = MAX (id_width, (int) strlen (id));
        status_width = MAX (status_width, (int) strlen (byline_article_status_to_string (byline_article_get_status (article))));
        section_width = MAX (section_width, (int) g_utf8_strlen (byline_article_get_section (article), -1));
      }

    /* Column headings stay in English: scripts parse them. */
    g_print ("%*s  ", id_width, "ID");
    byline_cli_print_padded ("STATUS", status_width);
    g_print ("  %-16s  ", "MODIFIED");
    byline_cli_print_padded ("SECTION", section_width);
    g_print ("  HEADLINE\n");
    for (guint i = 0; i < articles->len; i++)
      {
        BylineArticle *article = g_ptr_array_index (articles, i);
        g_autofree char *modified = byline_cli_format_time (byline_article_get_modified (article));

        g_print ("%*" G_GINT64_FORMAT "  ", id_width, byline_article_get_id (article));
        byline_cli_print_padded (byline_article_status_to_string (byline_article_get_status (article)), status_width);
        g_print ("  %-16s  ", modified);
        byline_cli_print_padded (byline_article_get_section (article), section_width);
        g_print ("  %s\n", byline_article_get_headline (article));
      }
  }

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_list = {
  .name = "list",
  .synopsis = "[--status S] [--section S] [--sort modified|created|headline] [--limit N] [--json]",
  .summary = N_("List stories, newest first"),
  .description = N_("Statuses: draft, in-review, ready, scheduled, published or archived."),
  .run = byline_cmd_list_run,
};
