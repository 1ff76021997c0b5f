/* byline-cmd-edit.c
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
byline_cmd_edit_run (BylineCli  *cli,
                     int         argc,
                     char      **argv,
                     GError    **error)
{
  g_auto(GStrv) sets = NULL;
  GOptionEntry entries[] = {
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets, N_("Set a field (repeatable)"), N_("FIELD=VALUE") },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = NULL;
  gint64 id;

  if (!byline_cli_parse_options (entries, "edit", "ID", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline edit ID --set FIELD=VALUE…", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;
  if (sets == NULL)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("Nothing to change: give --set FIELD=VALUE"));
      return BYLINE_EXIT_USAGE;
    }

  /* Check every field name before touching the database. */
  for (guint i = 0; sets[i] != NULL; i++)
    {
      g_autoptr(BylineArticle) scratch = byline_article_new ();
      g_auto(GStrv) pair = g_strsplit (sets[i], "=", 2);

      if (pair[1] == NULL)
        {
          g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("“%s” is not FIELD=VALUE"), sets[i]);
          return BYLINE_EXIT_USAGE;
        }
      if (!byline_cli_set_field (scratch, pair[0], pair[1], error))
        return BYLINE_EXIT_USAGE;
    }

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(article = byline_store_load_article (store, id, NULL, error)))
    return BYLINE_EXIT_ERROR;

  /* The zone first, whatever the order on the line: a date without an
   * offset is read in the zone the story ends up with (as `new` does) */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; sets[i] != NULL; i++)
      {
        g_auto(GStrv) pair = g_strsplit (sets[i], "=", 2);

        if ((pass == 0) != g_str_equal (pair[0], "time_zone"))
          continue;
        if (!byline_cli_set_field (article, pair[0], pair[1], error))
          return BYLINE_EXIT_USAGE;
      }

  if (!byline_store_save_article (store, article, BYLINE_SAVE_EXPLICIT, NULL, error))
    return BYLINE_EXIT_ERROR;

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_edit = {
  .name = "edit",
  .synopsis = "ID --set FIELD=VALUE…",
  .summary = N_("Change fields of a story"),
  .description = N_("Fields: headline, standfirst, body (Markdown), bylines and tags (separated by commas), "
                    "dateline (the place), date (ISO 8601, e.g. 2026-03-03T09:15; without an offset it is read "
                    "in the story’s time zone), time_zone (IANA, e.g. Europe/London), section, excerpt, slug, "
                    "language (e.g. en, fa; sets the direction too), direction (ltr or rtl), status (draft, "
                    "in-review, ready, scheduled, published or archived), note, featured_image (a picture "
                    "file), featured_image_alt and featured_image_caption. An "
                    "empty value clears a field.\n"
                    "Example: byline edit 12 --set section=Transport --set \"bylines=Lena Okafor, Sam Reyes\""),
  .run = byline_cmd_edit_run,
};
