/* byline-cmd-restore.c
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
byline_cmd_restore_run (BylineCli  *cli,
                        int         argc,
                        char      **argv,
                        GError    **error)
{
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id, revision;

  if (!byline_cli_parse_options (NULL, "restore", "ID REV", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 2, "byline restore ID REV", error) ||
      !byline_cli_parse_id (argv[1], &id, error) ||
      !byline_cli_parse_id (argv[2], &revision, error))
    return BYLINE_EXIT_USAGE;

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(article = byline_store_restore_revision (store, id, revision, NULL, error)))
    return BYLINE_EXIT_ERROR;

  g_print (_("Restored story %lld to revision %lld\n"), (long long) id, (long long) revision);
  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_restore = {
  .name = "restore",
  .synopsis = "ID REV",
  .summary = N_("Make a story what it was in a revision (a new revision)"),
  .run = byline_cmd_restore_run,
};
