/* byline-cmd-diff.c
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
byline_cmd_diff_run (BylineCli  *cli,
                     int         argc,
                     char      **argv,
                     GError    **error)
{
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GPtrArray) chunks = NULL;
  g_autofree char *text = NULL;
  gint64 id, old_revision, new_revision;

  if (!byline_cli_parse_options (NULL, "diff", "ID REV1 REV2", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 3, "byline diff ID REV1 REV2", error) ||
      !byline_cli_parse_id (argv[1], &id, error) ||
      !byline_cli_parse_id (argv[2], &old_revision, error) ||
      !byline_cli_parse_id (argv[3], &new_revision, error))
    return BYLINE_EXIT_USAGE;

  /* An unknown story says so, as the other commands do */
  if (!(store = byline_cli_open_store (cli, error)) ||
      !(article = byline_store_load_article (store, id, NULL, error)) ||
      !(chunks = byline_store_diff_revisions (store, id, old_revision, new_revision, NULL, error)))
    return BYLINE_EXIT_ERROR;

  text = byline_diff_format (chunks);
  g_print ("%s\n", text);
  /* Revisions that differ in other fields only: say so, not a story
   * without a mark that reads as a failed diff */
  for (guint i = 0; i < chunks->len; i++)
    {
      if (((BylineDiffChunk *) g_ptr_array_index (chunks, i))->op != BYLINE_DIFF_EQUAL)
        return BYLINE_EXIT_OK;
    }
  g_printerr (_("byline: the headline, standfirst and body are the same in both revisions\n"));
  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_diff = {
  .name = "diff",
  .synopsis = "ID REV1 REV2",
  .summary = N_("Show what changed between two revisions, word by word"),
  .run = byline_cmd_diff_run,
};
