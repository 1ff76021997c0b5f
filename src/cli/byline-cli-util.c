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
#include <string.h>

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
  g_autofree char *program = g_strconcat ("byline ", command, NULL);
  const BylineCliCommand *known = byline_cli_find_command (command);

  /* "Usage: byline comments list [OPTION…]", not "list [OPTION…] comments list" */
  g_set_prgname (program);
  context = g_option_context_new (synopsis);
  g_option_context_set_strict_posix (context, FALSE);
  if (known != NULL)
    {
      g_option_context_set_summary (context, _(known->summary));
      if (known->description != NULL)
        g_option_context_set_description (context, _(known->description));
    }
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

static gboolean
round_number_cb (const GMatchInfo *match,
                 GString          *result,
                 gpointer          user_data)
{
  g_autofree char *prefix = g_match_info_fetch (match, 1);
  g_autofree char *number = g_match_info_fetch (match, 2);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.3g", g_ascii_strtod (number, NULL));
  g_string_append (result, prefix);
  g_string_append (result, buffer);
  /* Still a JSON number that reads as a fraction, as "0.0" did. */
  if (strpbrk (buffer, ".eEn") == NULL)
    g_string_append (result, ".0");
  return FALSE;
}

/**
 * byline_cli_print_json_rounded:
 * @member: the name of the members whose numbers are rounded
 *
 * byline_cli_print_json() with the numbers of @member printed to three
 * significant digits: json-glib prints every double with 17
 * ("0.40000000000000002"), which says nothing more about a score and
 * reads as noise. Only members at the start of a line of the pretty
 * output are touched: a string's text is escaped and cannot hold one.
 */
void
byline_cli_print_json_rounded (JsonNode   *node,
                               const char *member)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autofree char *rounded = NULL;
  g_autofree char *escaped = g_regex_escape_string (member, -1);
  g_autofree char *pattern = g_strdup_printf ("^(\\s*\"%s\" : )(-?[0-9][0-9.eE+-]*)", escaped);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  rounded = g_regex_replace_eval (regex, text, -1, 0, 0, round_number_cb, NULL, NULL);

  fputs (rounded != NULL ? rounded : text, stdout);
  fputc ('\n', stdout);
}

void
byline_cli_print_usage (const BylineCliCommand *command)
{
  g_print ("%s: byline %s%s%s\n", _("Usage"), command->name,
           command->synopsis[0] ? " " : "", command->synopsis);
  g_print ("  %s\n", _(command->summary));
  if (command->description != NULL)
    g_print ("\n%s\n", _(command->description));
}

/* For a command of subcommands ("byline comments --help"): prints its
 * usage when @arg asks for help */
gboolean
byline_cli_help_asked (const BylineCliCommand *command,
                       const char             *arg)
{
  if (g_strcmp0 (arg, "--help") != 0 && g_strcmp0 (arg, "-h") != 0 && g_strcmp0 (arg, "help") != 0)
    return FALSE;
  byline_cli_print_usage (command);
  return TRUE;
}

/* FILE's bytes, or the standard input's for "-" */
static char *
read_input_length (const char  *from,
                   gsize       *length,
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
      *length = in->len;
      return g_string_free (in, FALSE);
    }

  if (!g_file_get_contents (from, &text, length, error))
    return NULL;
  return text;
}

/* Reads FILE, or the standard input for "-", as text: refused when it is
 * not UTF-8 or holds NUL bytes (which would cut it short); a leading byte
 * order mark is dropped */
char *
byline_cli_read_text (const char  *from,
                      GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  const char *start;

  if (!(data = read_input_length (from, &length, error)))
    return NULL;
  if (memchr (data, '\0', length) != NULL)
    {
      if (g_str_equal (from, "-"))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("The standard input is not text (it holds NUL bytes)"));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not text (it holds NUL bytes)"), from);
      return NULL;
    }
  if (!g_utf8_validate (data, length, NULL))
    {
      if (g_str_equal (from, "-"))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The standard input is not UTF-8 text"));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not UTF-8 text"), from);
      return NULL;
    }
  start = g_str_has_prefix (data, "\xEF\xBB\xBF") ? data + 3 : data;
  return g_strdup (start);
}

