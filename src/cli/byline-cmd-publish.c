/* byline-cmd-publish.c: byline publish ID, byline unpublish ID
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
exit_for (GError *error)
{
  if (g_error_matches (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_CONFLICT))
    return BYLINE_EXIT_CONFLICT;
  if (g_error_matches (error, BYLINE_PUBLISH_ERROR, BYLINE_PUBLISH_ERROR_QUEUED))
    return BYLINE_EXIT_QUEUED;
  return BYLINE_EXIT_ERROR;
}

static void
print_result (BylinePublishResult *result,
              gboolean             json)
{
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "remote_id");
      json_builder_add_int_value (builder, result->remote_id);
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, result->url);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, result->status);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      byline_cli_print_json (root);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\t%s\t%s\n", result->remote_id,
             result->url ? result->url : "", result->status ? result->status : "");
}

/* On a conflict, show what changed on the site before the error. */
static void
print_conflict (BylinePublisher *publisher,
                gint64           id,
                const char      *account)
{
  g_autoptr(BylinePublishConflict) conflict = NULL;
  g_autofree char *diff = NULL;

  if (!(conflict = byline_publisher_get_conflict_sync (publisher, id, account, NULL, NULL)))
    return;
  diff = byline_diff_format (conflict->diff);
  g_printerr (_("The site’s version (modified %s UTC) differs from yours: [-yours-] {+site+}\n%s\n"),
              conflict->remote_modified ? conflict->remote_modified : "?", diff);
  g_printerr (_("Publish with --force to overwrite it, or take the site’s version in the app.\n"));
}

static int
byline_cmd_publish_run (BylineCli  *cli,
                        int         argc,
                        char      **argv,
                        GError    **error)
{
  g_autofree char *account = NULL;
  g_autofree char *status = NULL;
  gboolean force = FALSE;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "account", 0, 0, G_OPTION_ARG_STRING, &account, N_("The account to publish to"), N_("ACCOUNT") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("draft, pending, publish or future (default: a new post is a draft, an update keeps its status)"), N_("STATUS") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Overwrite the post even if it changed on the site"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylinePublisher) publisher = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  GError *local_error = NULL;
  gint64 id;

  if (!byline_cli_parse_options (entries, "publish", "ID", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline publish ID [OPTIONS…]", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;
  if (status != NULL && !g_strv_contains ((const char * const[]) { "draft", "pending", "publish", "future", NULL }, status))
    {
      g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("Unknown status “%s” (draft, pending, publish or future)"), status);
      return BYLINE_EXIT_USAGE;
    }

  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;
  publisher = byline_publisher_new (store, NULL);
  result = byline_publisher_publish_sync (publisher, id, account, status,
                                          force ? BYLINE_PUBLISH_FORCE : BYLINE_PUBLISH_NONE,
                                          NULL, &local_error);
  if (result == NULL)
    {
      int status_code = exit_for (local_error);

      if (status_code == BYLINE_EXIT_CONFLICT)
        print_conflict (publisher, id, account);
      g_propagate_error (error, local_error);
      return status_code;
    }
  print_result (result, json);
  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_publish = {
  .name = "publish",
  .synopsis = "ID [--account ACCOUNT] [--status draft|pending|publish|future] [--force] [--json]",
  .summary = N_("Publish or update a story on a WordPress site"),
  .run = byline_cmd_publish_run,
};

static int
byline_cmd_unpublish_run (BylineCli  *cli,
                          int         argc,
                          char      **argv,
                          GError    **error)
{
  g_autofree char *account = NULL;
  gboolean trash = FALSE;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "account", 0, 0, G_OPTION_ARG_STRING, &account, N_("The account the story is on"), N_("ACCOUNT") },
    { "trash", 0, 0, G_OPTION_ARG_NONE, &trash, N_("Move the post to the site’s trash instead"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylinePublisher) publisher = NULL;
  g_autoptr(BylinePublishResult) result = NULL;
  GError *local_error = NULL;
  gint64 id;

  if (!byline_cli_parse_options (entries, "unpublish", "ID", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline unpublish ID [--account ACCOUNT] [--trash]", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;

  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;
  publisher = byline_publisher_new (store, NULL);
  if (trash)
    result = byline_publisher_trash_sync (publisher, id, account, NULL, &local_error);
  else
    result = byline_publisher_unpublish_sync (publisher, id, account, NULL, &local_error);
  if (result == NULL)
    {
      int status_code = exit_for (local_error);

      g_propagate_error (error, local_error);
      return status_code;
    }
  print_result (result, json);
  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_unpublish = {
  .name = "unpublish",
  .synopsis = "ID [--account ACCOUNT] [--trash] [--json]",
  .summary = N_("Put a published story back to draft on the site, or trash it"),
  .run = byline_cmd_unpublish_run,
};
