/* byline-cli-private.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "byline-cli.h"
#include "byline-core.h"

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
void     byline_cli_print_json_rounded (JsonNode   *node,
                                        const char *member);
void     byline_cli_print_usage   (const BylineCliCommand *command);
gboolean byline_cli_help_asked    (const BylineCliCommand *command,
                                   const char             *arg);
char    *byline_cli_read_text     (const char    *from,
                                   GError       **error);

/* byline-cli-store.c: for the commands over the drafts store */
BylineStore *byline_cli_open_store    (BylineCli      *cli,
                                       GError        **error);
gboolean     byline_cli_parse_id      (const char     *text,
                                       gint64         *id,
                                       GError        **error);
gboolean     byline_cli_expect_args   (int             argc,
                                       int             n,
                                       const char     *synopsis,
                                       GError        **error);
char        *byline_cli_image_path    (const char     *base,
                                       const char     *path);
gboolean     byline_cli_set_field     (BylineArticle  *article,
                                       const char     *field,
                                       const char     *value,
                                       GError        **error);
gboolean     byline_cli_set_date      (BylineArticle  *article,
                                       const char     *value,
                                       GError        **error);
gboolean     byline_cli_set_time_zone (BylineArticle  *article,
                                       const char     *value,
                                       GError        **error);
void         byline_cli_print_padded  (const char     *text,
                                       int             width);
char        *byline_cli_format_time   (GDateTime      *dt);

/* The commands, one file each (byline-cmd-NAME.c). */
extern const BylineCliCommand byline_cmd_help;
extern const BylineCliCommand byline_cmd_version;
extern const BylineCliCommand byline_cmd_new;
extern const BylineCliCommand byline_cmd_list;
extern const BylineCliCommand byline_cmd_show;
extern const BylineCliCommand byline_cmd_edit;
extern const BylineCliCommand byline_cmd_search;
extern const BylineCliCommand byline_cmd_history;
extern const BylineCliCommand byline_cmd_diff;
extern const BylineCliCommand byline_cmd_restore;
extern const BylineCliCommand byline_cmd_delete;
extern const BylineCliCommand byline_cmd_account;
extern const BylineCliCommand byline_cmd_publish;
extern const BylineCliCommand byline_cmd_unpublish;
extern const BylineCliCommand byline_cmd_pull;
extern const BylineCliCommand byline_cmd_outbox;
extern const BylineCliCommand byline_cmd_import;
extern const BylineCliCommand byline_cmd_export;
extern const BylineCliCommand byline_cmd_comments;

G_END_DECLS
