/* byline-cmd-outbox.c: byline outbox [--retry] [--json]
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-core.h"
#include "byline-cli-private.h"

static char *
format_unix (gint64 seconds)
{
  g_autoptr(GDateTime) dt = NULL;

  if (seconds <= 0 || seconds == BYLINE_OUTBOX_NEVER ||
      !(dt = g_date_time_new_from_unix_utc (seconds)))
    return NULL;
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

static void
add_item (JsonBuilder      *builder,
          BylineOutboxItem *item)
{
  g_autofree char *next = format_unix (item->next_attempt);
  g_autofree char *created = format_unix (item->created);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, item->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, item->kind);
  json_builder_set_member_name (builder, "account");
  json_builder_add_string_value (builder, item->account);
  json_builder_set_member_name (builder, "target");
  json_builder_add_int_value (builder, item->target);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, item->state);
  json_builder_set_member_name (builder, "attempts");
  json_builder_add_int_value (builder, item->attempts);
  json_builder_set_member_name (builder, "next_attempt");
  json_builder_add_string_value (builder, next);
  json_builder_set_member_name (builder, "last_error");
  json_builder_add_string_value (builder, item->last_error);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_end_object (builder);
}

static int
byline_cmd_outbox_run (BylineCli  *cli,
                       int         argc,
                       char      **argv,
                       GError    **error)
{
  gboolean retry = FALSE;
  gboolean json = FALSE;
  g_autofree char *discard = NULL;
  GOptionEntry entries[] = {
    { "retry", 0, 0, G_OPTION_ARG_NONE, &retry, N_("Send everything waiting now, failed entries included"), NULL },
    { "discard", 0, 0, G_OPTION_ARG_STRING, &discard,
      N_("Give up an operation not sent yet (a failed one the site will never take)"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  static const char * const states[] = { "pending", "sending", "failed" };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylinePublisher) publisher = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint left = 0;

  if (!byline_cli_parse_options (entries, "outbox", "", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 0, "byline outbox [--retry] [--discard ID] [--json]", error))
    return BYLINE_EXIT_USAGE;
  if (discard != NULL)
    {
      gint64 id;

      if (retry)
        {
          g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                               _("--discard and --retry cannot be used together"));
          return BYLINE_EXIT_USAGE;
        }
      if (!byline_cli_parse_id (discard, &id, error))
        return BYLINE_EXIT_USAGE;
      if (!(store = byline_cli_open_store (cli, error)))
        return BYLINE_EXIT_ERROR;
      /* A row being sent, or gone, cannot be given up */
      if (!byline_store_outbox_cancel (store, id, error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, BYLINE_STORE_ERROR, BYLINE_STORE_ERROR_NOT_FOUND,
                         _("No operation %s is waiting in the outbox"), discard);
          return BYLINE_EXIT_ERROR;
        }
      g_printerr (_("Discarded operation %s; the site keeps what it has\n"), discard);
      return BYLINE_EXIT_OK;
    }
  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;

  if (retry)
    {
      BylineOutboxRunner *runner;

      publisher = byline_publisher_new (store, NULL);
      runner = byline_publisher_get_runner (publisher);
      byline_comment_outbox_register (runner);
      if (!byline_outbox_runner_recover (runner, error))
        return BYLINE_EXIT_ERROR;
      /* Everything waiting is tried now, failed entries included. */
      for (guint s = 0; s < 2; s++)
        {
          g_autoptr(GPtrArray) waiting = byline_store_outbox_list (store, s == 0 ? "pending" : "failed", error);

          if (waiting == NULL)
            return BYLINE_EXIT_ERROR;
          for (guint i = 0; i < waiting->len; i++)
            if (!byline_outbox_runner_retry (runner, ((BylineOutboxItem *) g_ptr_array_index (waiting, i))->id, error))
              return BYLINE_EXIT_ERROR;
        }
      byline_outbox_runner_run_due_sync (runner, NULL, error);
      if (error != NULL && *error != NULL)
        return BYLINE_EXIT_ERROR;
    }

  json_builder_begin_array (builder);
  for (guint s = 0; s < G_N_ELEMENTS (states); s++)
    {
      g_autoptr(GPtrArray) items = byline_store_outbox_list (store, states[s], error);

      if (items == NULL)
        return BYLINE_EXIT_ERROR;
      for (guint i = 0; i < items->len; i++)
        {
          BylineOutboxItem *item = g_ptr_array_index (items, i);

          left++;
          if (json)
            add_item (builder, item);
          else
            g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\t%u\t%s\n",
                     item->id, item->state, item->kind, item->target,
                     item->account ? item->account : "", item->attempts,
                     item->last_error ? item->last_error : "");
        }
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      byline_cli_print_json (root);
    }
  /* After --retry, anything still waiting means "queued". */
  return retry && left > 0 ? BYLINE_EXIT_QUEUED : BYLINE_EXIT_OK;
}

const BylineCliCommand byline_cmd_outbox = {
  .name = "outbox",
  .synopsis = "[--retry] [--discard ID] [--json]",
  .summary = N_("List the operations waiting to be sent; --retry sends them now"),
  .run = byline_cmd_outbox_run,
};
