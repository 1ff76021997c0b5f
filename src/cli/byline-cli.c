/* byline-cli.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "byline-core.h"
#include "byline-cli-private.h"

/* Every command is one file; add it here to make it reachable. */
static const BylineCliCommand *commands[] = {
  &byline_cmd_help,
  &byline_cmd_version,
  &byline_cmd_new,
  &byline_cmd_list,
  &byline_cmd_show,
  &byline_cmd_edit,
  &byline_cmd_search,
  &byline_cmd_history,
  &byline_cmd_diff,
  &byline_cmd_restore,
  &byline_cmd_delete,
  &byline_cmd_account,
  &byline_cmd_publish,
  &byline_cmd_unpublish,
  &byline_cmd_pull,
  &byline_cmd_outbox,
  &byline_cmd_import,
  &byline_cmd_export,
  &byline_cmd_comments,
};

G_DEFINE_QUARK (byline-cli-error-quark, byline_cli_error)

const BylineCliCommand **
byline_cli_get_commands (guint *n_commands)
{
  if (n_commands != NULL)
    *n_commands = G_N_ELEMENTS (commands);
  return commands;
}

const BylineCliCommand *
byline_cli_find_command (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i]->name, name))
        return commands[i];
    }

  return NULL;
}

const char *
byline_cli_get_db_path (BylineCli *cli)
{
  g_return_val_if_fail (cli != NULL, NULL);

  return cli->db_path;
}

/**
 * byline_cli_wants_command:
 *
 * Any argument makes `byline` a command-line tool, except the ones the
 * application window understands: GApplication's own (D-Bus activation
 * passes `--gapplication-service`) and the desktop file's actions,
 * `--new-article` and `--comment-queue` (run by launchers that do not
 * activate over D-Bus).
 */
gboolean
byline_cli_wants_command (int    argc,
                          char **argv)
{
  if (argc < 2)
    return FALSE;

  return !g_str_has_prefix (argv[1], "--gapplication-") &&
         !g_str_equal (argv[1], "--new-article") &&
         !g_str_equal (argv[1], "--comment-queue");
}

/* Takes `--db PATH` and `--db=PATH` out of argv wherever they stand before
 * a `--`, so that `byline --db X list` and `byline list --db X` both work. */
static gboolean
extract_db_option (int     *argc,
                   char   **argv,
                   char   **db_path,
                   GError **error)
{
  int out = 1;
  int i;

  for (i = 1; i < *argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;

      if (g_str_equal (argv[i], "--db"))
        {
          if (i + 1 >= *argc)
            {
              g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                                   _("Option --db needs a path"));
              return FALSE;
            }
          g_free (*db_path);
          *db_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          g_free (*db_path);
          *db_path = g_strdup (argv[i] + strlen ("--db="));
        }
      else
        {
          argv[out++] = argv[i];
          continue;
        }
      /* An empty path ("--db=$UNSET") must not fall back to the user's own drafts */
      if ((*db_path)[0] == '\0')
        {
          g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                               _("Option --db needs a path"));
          return FALSE;
        }
    }

  for (; i < *argc; i++)
    argv[out++] = argv[i];

  argv[out] = NULL;
  *argc = out;

  return TRUE;
}

static int
report_error (GError *error)
{
  int status = BYLINE_EXIT_ERROR;

  if (g_error_matches (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE) ||
      g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION) ||
      g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE) ||
      g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED))
    status = BYLINE_EXIT_USAGE;

  g_printerr ("byline: %s\n", error->message);
  if (status == BYLINE_EXIT_USAGE)
    g_printerr (_("Run “byline help” for a list of commands.\n"));

  return status;
}

int
byline_cli_main (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_option = NULL;
  g_autofree char *db_path = NULL;
  const BylineCliCommand *command;
  const char *name;
  BylineCli cli = { 0 };
  int status;

  /* (GOption's usage lines name the program: "byline", not the command
   * whose options it reads) */
  g_set_prgname ("byline");
  if (!extract_db_option (&argc, argv, &db_option, &error))
    return report_error (error);

  db_path = byline_paths_resolve_db (db_option);
  cli.db_path = db_path;

  if (argc < 2)
    name = "help";
  else if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V"))
    name = "version";
  else if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    name = "help";
  else
    name = argv[1];

  command = byline_cli_find_command (name);
  if (command == NULL)
    {
      g_set_error (&error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("Unknown command “%s”"), name);
      return report_error (error);
    }

  /* The command sees argv[0] == its own name. */
  if (argc >= 2)
    status = command->run (&cli, argc - 1, argv + 1, &error);
  else
    {
      char *help_argv[] = { (char *) "help", NULL };
      status = command->run (&cli, 1, help_argv, &error);
    }

  fflush (stdout);

  if (error != NULL)
    {
      int error_status = report_error (error);

      return status != BYLINE_EXIT_OK ? status : error_status;
    }

  return status;
}
