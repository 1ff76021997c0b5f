/* byline-cmd-account.c: byline account add|list|verify|remove
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

#include "byline-core.h"
#include "byline-cli-private.h"

#define SYNOPSIS "add URL --user NAME [--name ACCOUNT] [--password-stdin] | list [--json] | verify ACCOUNT | remove ACCOUNT"

/* The password: one line from stdin, or BYLINE_PASSWORD. Never argv. */
static char *
read_password (gboolean   from_stdin,
               GError   **error)
{
  if (from_stdin)
    {
      char buffer[1024];
      gsize len;

      if (fgets (buffer, sizeof buffer, stdin) == NULL)
        buffer[0] = '\0';
      len = strlen (buffer);
      while (len > 0 && (buffer[len - 1] == '\n' || buffer[len - 1] == '\r'))
        buffer[--len] = '\0';
      if (len > 0)
        {
          char *password = g_strdup (buffer);

          memset (buffer, 0, sizeof buffer);
          return password;
        }
    }
  else if (g_getenv ("BYLINE_PASSWORD") != NULL && g_getenv ("BYLINE_PASSWORD")[0] != '\0')
    return g_strdup (g_getenv ("BYLINE_PASSWORD"));

  g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                       _("Give the application password on stdin with --password-stdin, or in BYLINE_PASSWORD "
                         "(create one in WordPress under Users → Profile → Application Passwords)"));
  return NULL;
}

static int
account_add (BylineCli  *cli,
             int         argc,
             char      **argv,
             GError    **error)
{
  g_autofree char *user = NULL;
  g_autofree char *name = NULL;
  gboolean password_stdin = FALSE;
  GOptionEntry entries[] = {
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("The WordPress user name"), N_("NAME") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The account’s name (default: the site’s host:port)"), N_("ACCOUNT") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin, N_("Read the application password from stdin"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineAccount) account = NULL;
  g_autofree char *password = NULL;

  if (!byline_cli_parse_options (entries, "account add", "URL", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, "byline account add URL --user NAME", error))
    return BYLINE_EXIT_USAGE;
  if (user == NULL)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE, _("--user is required"));
      return BYLINE_EXIT_USAGE;
    }
  if (!(password = read_password (password_stdin, error)))
    return BYLINE_EXIT_USAGE;

  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;
  account = byline_accounts_add_sync (store, argv[1], user, password, name, NULL, error);
  byline_secrets_password_free (g_steal_pointer (&password));
  if (account == NULL)
    return BYLINE_EXIT_ERROR;

  g_print ("%s\n", account->name);
  {
    g_autofree char *same = byline_accounts_find_same_user (store, account, NULL);

    if (same != NULL)
      g_printerr (_("byline: the account “%s” is the same user on the same site; each account keeps its own "
                    "copy of the site’s comments (remove one with byline account remove)\n"), same);
  }
  return BYLINE_EXIT_OK;
}

static int
account_list (BylineCli  *cli,
              int         argc,
              char      **argv,
              GError    **error)
{
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (!byline_cli_parse_options (entries, "account list", "", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 0, "byline account list [--json]", error))
    return BYLINE_EXIT_USAGE;
  if (!(store = byline_cli_open_store (cli, error)) ||
      !(accounts = byline_store_list_accounts (store, error)))
    return BYLINE_EXIT_ERROR;

  json_builder_begin_array (builder);
  for (guint i = 0; i < accounts->len; i++)
    {
      BylineAccount *account = g_ptr_array_index (accounts, i);

      if (!json)
        {
          g_print ("%s\t%s\t%s\n", account->name, account->username, account->base_url);
          continue;
        }
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, account->name);
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, account->base_url);
      json_builder_set_member_name (builder, "api_root");
      json_builder_add_string_value (builder, account->api_root);
      json_builder_set_member_name (builder, "user");
      json_builder_add_string_value (builder, account->username);
      json_builder_set_member_name (builder, "display_name");
      json_builder_add_string_value (builder, account->display_name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      byline_cli_print_json (root);
    }
  return BYLINE_EXIT_OK;
}

static int
account_verify_or_remove (BylineCli   *cli,
                          const char  *verb,
                          int          argc,
                          char       **argv,
                          GError     **error)
{
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineCmsUser) user = NULL;
  g_autofree char *synopsis = g_strdup_printf ("byline account %s ACCOUNT", verb);
  g_autofree char *command = g_strdup_printf ("account %s", verb);

  if (!byline_cli_parse_options (NULL, command, "ACCOUNT", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 1, synopsis, error))
    return BYLINE_EXIT_USAGE;
  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;

  if (g_str_equal (verb, "remove"))
    return byline_accounts_remove_sync (store, argv[1], NULL, error) ? BYLINE_EXIT_OK : BYLINE_EXIT_ERROR;

  if (!(user = byline_accounts_verify_sync (store, argv[1], NULL, error)))
    return BYLINE_EXIT_ERROR;
  g_print (_("%s: logged in as %s (%s)\n"), argv[1], user->name, user->slug);
  return BYLINE_EXIT_OK;
}

static int
byline_cmd_account_run (BylineCli  *cli,
                        int         argc,
                        char      **argv,
                        GError    **error)
{
  const char *verb = argc > 1 ? argv[1] : NULL;

  if (byline_cli_help_asked (&byline_cmd_account, verb))
    return BYLINE_EXIT_OK;
  if (g_strcmp0 (verb, "add") == 0)
    return account_add (cli, argc - 1, argv + 1, error);
  if (g_strcmp0 (verb, "list") == 0)
    return account_list (cli, argc - 1, argv + 1, error);
  if (g_strcmp0 (verb, "verify") == 0 || g_strcmp0 (verb, "remove") == 0)
    return account_verify_or_remove (cli, verb, argc - 1, argv + 1, error);

  g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE, _("Expected byline account %s"), SYNOPSIS);
  return BYLINE_EXIT_USAGE;
}

const BylineCliCommand byline_cmd_account = {
  .name = "account",
  .synopsis = SYNOPSIS,
  .summary = N_("Add, list, verify or remove WordPress accounts"),
  .description = N_("The password is an Application Password (WordPress: Users → Profile → Application "
                    "Passwords). It is read from one line of the standard input (--password-stdin) or from "
                    "BYLINE_PASSWORD, never from the command line, and kept in the keyring."),
  .run = byline_cmd_account_run,
};
