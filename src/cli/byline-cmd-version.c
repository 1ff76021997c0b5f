/* byline-cmd-version.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-cli-private.h"

static int
byline_cmd_version_run (BylineCli  *cli,
                        int         argc,
                        char      **argv,
                        GError    **error)
{
  if (!byline_cli_parse_options (NULL, "version", "", &argc, &argv, error))
    return BYLINE_EXIT_USAGE;

  g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_version = {
  .name = "version",
  .synopsis = "",
  .summary = N_("Print Byline’s version"),
  .run = byline_cmd_version_run,
};
