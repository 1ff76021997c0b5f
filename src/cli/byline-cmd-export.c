/* byline-cmd-export.c
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

/* `byline export ID --format markdown|html|json [--output FILE]`, with
 * byline_export_article(): the same bytes the window's Export writes. */

static int
byline_cmd_export_run (BylineCli  *cli,
                       int         argc,
                       char      **argv,
                       GError    **error)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("markdown, html or json"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of the standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineArticle) article = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BylineExportFormat format;
  gint64 id;

  if (!byline_cli_parse_options (entries, "export", "ID", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline export ID --format markdown|html|json [--output FILE]", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;
  if (format_name == NULL)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("Say which format with --format markdown, html or json"));
      return BYLINE_EXIT_USAGE;
    }
  if (!byline_export_format_from_string (format_name, &format, error))
    return BYLINE_EXIT_USAGE;

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(article = byline_store_load_article (store, id, NULL, error)) ||
      !(bytes = byline_export_article (article, format, NULL, NULL, error)))
    return BYLINE_EXIT_ERROR;

  if (output != NULL && !g_str_equal (output, "-"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error))
        return BYLINE_EXIT_ERROR;
    }
  else if (fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout) != g_bytes_get_size (bytes))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the standard output"));
      return BYLINE_EXIT_ERROR;
    }

  return BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_export = {
  .name = "export",
  .synopsis = "ID --format markdown|html|json [--output FILE]",
  .summary = N_("Write a story as Markdown, HTML or JSON"),
  .run = byline_cmd_export_run,
};
