/* byline-cmd-help.c
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
byline_cmd_help_run (BylineCli  *cli,
                     int         argc,
                     char      **argv,
                     GError    **error)
{
  const BylineCliCommand **commands;
  guint n_commands;
  int width = 0;

  if (!byline_cli_parse_options (NULL, "help", "[COMMAND]", &argc, &argv, error))
    return BYLINE_EXIT_USAGE;

  if (argc > 1)
    {
      const BylineCliCommand *command = byline_cli_find_command (argv[1]);

      if (command == NULL)
        {
          g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("Unknown command “%s”"), argv[1]);
          return BYLINE_EXIT_USAGE;
        }

      {
        /* The command's own --help, options and all (GOption prints it and
         * exits; a command of subcommands prints its usage and returns) */
        char *help_argv[] = { (char *) command->name, (char *) "--help", NULL };

        return command->run (cli, 2, help_argv, error);
      }
    }

  commands = byline_cli_get_commands (&n_commands);
  for (guint i = 0; i < n_commands; i++)
    width = MAX (width, (int) strlen (commands[i]->name));

  g_print ("%s\n", _("Usage: byline [--db PATH] COMMAND [OPTIONS…]"));
  g_print ("%s\n\n", _("Without a command, byline opens the application window."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < n_commands; i++)
    g_print ("  %-*s  %s\n", width, commands[i]->name, _(commands[i]->summary));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  --db PATH  %s\n", _("Use this drafts database (default: $BYLINE_DB, then ~/.local/share/byline/byline.db)"));
  g_print ("  --version  %s\n", _("Print Byline’s version"));
  g_print ("\n%s\n", _("Run “byline help COMMAND” or “byline COMMAND --help” for a command’s options."));

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_help = {
  .name = "help",
  .synopsis = "[COMMAND]",
  .summary = N_("Show the commands, or one command’s usage"),
  .run = byline_cmd_help_run,
};
