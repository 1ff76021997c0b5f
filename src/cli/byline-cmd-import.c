/* byline-cmd-import.c
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

/* `byline import FILE|-`: wire copy (a plain-text story) into a new draft
 * with byline_import_wire_copy(); prints the new id, or with --json the
 * whole article as `byline show --json` does. */

static int
byline_cmd_import_run (BylineCli  *cli,
                       int         argc,
                       char      **argv,
                       GError    **error)
{
  g_autofree char *time_zone = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "time-zone", 0, 0, G_OPTION_ARG_STRING, &time_zone,
      N_("Read times without a zone in ZONE (IANA; default: the local zone)"), N_("ZONE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the new story as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(BylineStore) store = NULL;
  g_autofree char *text = NULL;

  if (!byline_cli_parse_options (entries, "import", "FILE|-", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline import FILE|- [--time-zone ZONE] [--json]", error))
    return BYLINE_EXIT_USAGE;

  if (time_zone != NULL)
    {
      zone = g_time_zone_new_identifier (time_zone);
      if (zone == NULL)
        {
          g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("Unknown time zone “%s”"), time_zone);
          return BYLINE_EXIT_USAGE;
        }
    }
  /* (without --time-zone, times without a zone are read in the local zone
   * and a story stamped UTC or GMT stays in UTC) */

  if (!(text = byline_cli_read_text (argv[1], error)))
    return BYLINE_EXIT_ERROR;

  if (!(article = byline_import_wire_copy (text, -1, zone, error)) ||
      !(store = byline_cli_open_store (cli, error)) ||
      !byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, error))
    return BYLINE_EXIT_ERROR;

  if (json)
    {
      g_autoptr(BylineArticle) saved = byline_store_load_article (store, byline_article_get_id (article),
                                                                  NULL, error);
      g_autoptr(JsonNode) node = NULL;

      if (saved == NULL)
        return BYLINE_EXIT_ERROR;
      node = byline_article_to_json (saved, TRUE);
      byline_cli_print_json (node);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", byline_article_get_id (article));

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_import = {
  .name = "import",
  .synopsis = "FILE|- [--time-zone ZONE] [--json]",
  .summary = N_("Import wire copy (a plain-text story) as a new draft"),
  .run = byline_cmd_import_run,
};
