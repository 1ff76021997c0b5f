/* byline-cli-util.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "byline-cli-private.h"

/**
 * byline_cli_parse_options:
 *
 * Parses a command's own options with GOption, leaving positional
 * arguments in @argv (argv[0] stays the command name).
 */
gboolean
byline_cli_parse_options (GOptionEntry  *entries,
                          const char    *command,
                          const char    *synopsis,
                          int           *argc,
                          char        ***argv,
                          GError       **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *parameter = NULL;

  parameter = g_strdup_printf ("%s%s%s", command,
                               synopsis && *synopsis ? " " : "",
                               synopsis ? synopsis : "");
  context = g_option_context_new (parameter);
  g_option_context_set_strict_posix (context, FALSE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return g_option_context_parse (context, argc, argv, error);
}

/**
 * byline_cli_print_json:
 *
 * Prints @node pretty-printed with a trailing newline on stdout. The JSON
 * shapes are a documented contract (README.md): keep them stable.
 */
void
byline_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);

  fputs (text, stdout);
  fputc ('\n', stdout);
}

void
byline_cli_print_usage (const BylineCliCommand *command)
{
  g_print ("%s: byline %s%s%s\n", _("Usage"), command->name,
           command->synopsis[0] ? " " : "", command->synopsis);
  g_print ("  %s\n", _(command->summary));
}

/* Reads FILE, or the standard input for "-" */
char *
byline_cli_read_input (const char  *from,
                       GError     **error)
{
  char *text = NULL;

  if (g_str_equal (from, "-"))
    {
      GString *in = g_string_new (NULL);
      char buffer[8192];
      size_t n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        g_string_append_len (in, buffer, n);
      if (ferror (stdin))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not read the standard input"));
          g_string_free (in, TRUE);
          return NULL;
        }
      return g_string_free (in, FALSE);
    }

  if (!g_file_get_contents (from, &text, NULL, error))
    return NULL;
  return text;
}
