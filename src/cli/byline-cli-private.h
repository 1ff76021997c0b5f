/* byline-cli-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "byline-cli.h"

G_BEGIN_DECLS

#define BYLINE_CLI_ERROR (byline_cli_error_quark ())

typedef enum
{
  BYLINE_CLI_ERROR_USAGE,
} BylineCliError;

struct _BylineCli
{
  char *db_path;
};

GQuark   byline_cli_error_quark   (void);
gboolean byline_cli_parse_options (GOptionEntry  *entries,
                                   const char    *command,
                                   const char    *synopsis,
                                   int           *argc,
                                   char        ***argv,
                                   GError       **error);
void     byline_cli_print_json    (JsonNode      *node);
void     byline_cli_print_usage   (const BylineCliCommand *command);

/* The commands, one file each (byline-cmd-NAME.c). */
extern const BylineCliCommand byline_cmd_help;
extern const BylineCliCommand byline_cmd_version;

G_END_DECLS
