/* byline-cli.h
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses are part of the command-line contract (see README.md). */
typedef enum
{
  BYLINE_EXIT_OK       = 0,
  BYLINE_EXIT_ERROR    = 1,
  BYLINE_EXIT_USAGE    = 2,
  BYLINE_EXIT_CONFLICT = 3,
  BYLINE_EXIT_QUEUED   = 4,
} BylineExitStatus;

typedef struct _BylineCli BylineCli;

typedef struct
{
  const char *name;
  /* Short argument synopsis, e.g. "ID [--json]" */
  const char *synopsis;
  /* One line, translatable (marked with N_()) */
  const char *summary;
  /* Optional, translatable: what `byline help COMMAND` and `--help` say
   * below the options (the fields `edit` takes, the values of a flag) */
  const char *description;
  /* argv[0] is the command name; return a BylineExitStatus. On failure set
   * @error; the dispatcher prints it to stderr. */
  int (*run) (BylineCli   *cli,
              int          argc,
              char       **argv,
              GError     **error);
} BylineCliCommand;

gboolean                  byline_cli_wants_command   (int                 argc,
                                                      char              **argv);
int                       byline_cli_main            (int                 argc,
                                                      char              **argv);
const char               *byline_cli_get_db_path     (BylineCli          *cli);
const BylineCliCommand  **byline_cli_get_commands    (guint              *n_commands);
const BylineCliCommand   *byline_cli_find_command    (const char         *name);

G_END_DECLS
