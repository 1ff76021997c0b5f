/* byline-cmd-delete.c
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
byline_cmd_delete_run (BylineCli  *cli,
                       int         argc,
                       char      **argv,
                       GError    **error)
{
  g_autoptr(BylineStore) store = NULL;
  gint64 id;

  if (!byline_cli_parse_options (NULL, "delete", "ID", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline delete ID", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;

  if (!(store = byline_cli_open_store (cli, error)) ||
      !byline_store_delete_article (store, id, NULL, error))
    return BYLINE_EXIT_ERROR;

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_delete = {
  .name = "delete",
  .synopsis = "ID",
  .summary = N_("Delete a story and its revisions"),
  .run = byline_cmd_delete_run,
};
