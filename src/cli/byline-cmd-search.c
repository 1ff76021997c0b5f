/* byline-cmd-search.c
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
byline_cmd_search_run (BylineCli  *cli,
                       int         argc,
                       char      **argv,
                       GError    **error)
{
  int limit = 20;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N results (default 20)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autofree char *text = NULL;

  /* A word with a "-" in front ("ferry -strike") is query text, as the
   * README says, not an unknown option: the options go first, the words
   * after a "--" */
  g_ptr_array_add (ordered, argv[0]);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        {
          for (i++; i < argc; i++)
            g_ptr_array_add (words, argv[i]);
          break;
        }
      if (g_str_has_prefix (argv[i], "--"))
        {
          g_ptr_array_add (ordered, argv[i]);
          if (g_str_equal (argv[i], "--limit") && i + 1 < argc)
            g_ptr_array_add (ordered, argv[++i]);
        }
      else
        g_ptr_array_add (words, argv[i]);
    }
  g_ptr_array_add (ordered, (gpointer) "--");
  g_ptr_array_extend (ordered, words, NULL, NULL);
  g_ptr_array_add (ordered, NULL);
  argc = ordered->len - 1;
  argv = (char **) ordered->pdata;

  if (!byline_cli_parse_options (entries, "search", "QUERY", &argc, &argv, error))
    return BYLINE_EXIT_USAGE;
  if (argc < 2)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("Expected byline search QUERY"));
      return BYLINE_EXIT_USAGE;
    }
  if (limit <= 0)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("--limit must be positive"));
      return BYLINE_EXIT_USAGE;
    }

  /* Several words may come as several arguments. */
  text = g_strjoinv (" ", argv + 1);

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(hits = byline_store_search (store, text, limit, NULL, error)))
    return BYLINE_EXIT_ERROR;

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        {
          BylineSearchHit *hit = g_ptr_array_index (hits, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, hit->article_id);
          json_builder_set_member_name (builder, "headline");
          json_builder_add_string_value (builder, hit->headline);
          json_builder_set_member_name (builder, "snippet");
          json_builder_add_string_value (builder, hit->snippet);
          json_builder_set_member_name (builder, "rank");
          json_builder_add_double_value (builder, hit->rank);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      byline_cli_print_json (root);
      return BYLINE_EXIT_OK;
    }

  {
    int width = 2;

    for (guint i = 0; i < hits->len; i++)
      {
        g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ((BylineSearchHit *) g_ptr_array_index (hits, i))->article_id);

        width = MAX (width, (int) strlen (id));
      }
    for (guint i = 0; i < hits->len; i++)
      {
        BylineSearchHit *hit = g_ptr_array_index (hits, i);
        g_autofree char *snippet = g_strdelimit (g_strdup (hit->snippet), "\n\r\t", ' ');

        g_print ("%*" G_GINT64_FORMAT "  %s\n", width, hit->article_id, hit->headline);
        g_print ("%*s  %s\n", width, "", snippet);
      }
  }

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_search = {
  .name = "search",
  .synopsis = "QUERY [--limit N] [--json]",
  .summary = N_("Search the stories’ text (word* for a prefix)"),
  .run = byline_cmd_search_run,
};
