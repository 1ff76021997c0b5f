/* byline-cmd-history.c
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

static char *
format_utc (gint64 unix_time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);

  return dt ? g_date_time_format_iso8601 (dt) : g_strdup ("");
}

static int
byline_cmd_history_run (BylineCli  *cli,
                        int         argc,
                        char      **argv,
                        GError    **error)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  gint64 id;

  if (!byline_cli_parse_options (entries, "history", "ID", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline history ID [--json]", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(article = byline_store_load_article (store, id, NULL, error)) ||
      !(revisions = byline_store_list_revisions (store, id, NULL, error)))
    return BYLINE_EXIT_ERROR;

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < revisions->len; i++)
        {
          BylineRevision *revision = g_ptr_array_index (revisions, i);
          g_autofree char *created = format_utc (revision->created);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "revision");
          json_builder_add_int_value (builder, revision->id);
          json_builder_set_member_name (builder, "article");
          json_builder_add_int_value (builder, revision->article_id);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, revision->kind);
          json_builder_set_member_name (builder, "created");
          json_builder_add_string_value (builder, created);
          json_builder_set_member_name (builder, "content_hash");
          json_builder_add_string_value (builder, revision->content_hash);
          json_builder_set_member_name (builder, "size");
          json_builder_add_int_value (builder, revision->size);
          json_builder_set_member_name (builder, "headline");
          json_builder_add_string_value (builder, revision->headline ? revision->headline : "");
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      byline_cli_print_json (root);
      return BYLINE_EXIT_OK;
    }

  {
    int width = 3;

    for (guint i = 0; i < revisions->len; i++)
      {
        g_autofree char *rev = g_strdup_printf ("%" G_GINT64_FORMAT, ((BylineRevision *) g_ptr_array_index (revisions, i))->id);

        width = MAX (width, (int) strlen (rev));
      }
    g_print ("%*s  %-16s  %-8s  %8s  %s\n", width, "REV", "CREATED", "KIND", "SIZE", "HEADLINE");
    for (guint i = 0; i < revisions->len; i++)
      {
        BylineRevision *revision = g_ptr_array_index (revisions, i);
        g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (revision->created);
        g_autofree char *created = byline_cli_format_time (utc);

        g_print ("%*" G_GINT64_FORMAT "  %-16s  %-8s  %8" G_GINT64_FORMAT "  %s\n", width, revision->id,
                 created, revision->kind, revision->size, revision->headline ? revision->headline : "");
      }
  }

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_history = {
  .name = "history",
  .synopsis = "ID [--json]",
  .summary = N_("List a story’s revisions, newest first"),
  .run = byline_cmd_history_run,
};
