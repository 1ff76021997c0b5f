/* byline-cmd-pull.c: byline pull --account ACCOUNT [--json]
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
byline_cmd_pull_run (BylineCli  *cli,
                     int         argc,
                     char      **argv,
                     GError    **error)
{
  g_autofree char *account = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "account", 0, 0, G_OPTION_ARG_STRING, &account, N_("The account to import from"), N_("ACCOUNT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylinePublisher) publisher = NULL;
  guint created = 0, updated = 0;

  if (!byline_cli_parse_options (entries, "pull", "", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 0, "byline pull --account ACCOUNT [--json]", error))
    return BYLINE_EXIT_USAGE;
  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;
  publisher = byline_publisher_new (store, NULL);
  if (!byline_publisher_pull_sync (publisher, account, &created, &updated, NULL, error))
    return BYLINE_EXIT_ERROR;

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "created");
      json_builder_add_int_value (builder, created);
      json_builder_set_member_name (builder, "updated");
      json_builder_add_int_value (builder, updated);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      byline_cli_print_json (root);
    }
  else
    g_print (_("%u new, %u updated\n"), created, updated);
  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_pull = {
  .name = "pull",
  .synopsis = "[--account ACCOUNT] [--json]",
  .summary = N_("Import the site’s posts as stories (updates those already imported)"),
  .run = byline_cmd_pull_run,
};
