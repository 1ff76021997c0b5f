/* byline-cmd-comments.c: byline comments sync|list|moderate|reply|edit
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "byline-core.h"
#include "byline-cli-private.h"

#define SYNOPSIS "sync [--account A] | list [--status S] [--post ID] [--search Q] [--author EMAIL] [--account A] " \
                 "[--likely-spam] [--limit N] [--json] | moderate ID… approve|hold|spam|trash | reply ID [--text TEXT|-] | edit ID [--text TEXT|-]"

static const char *
status_word (const char *word)
{
  if (g_strcmp0 (word, "approve") == 0 || g_strcmp0 (word, "approved") == 0)
    return "approved";
  if (g_strcmp0 (word, "hold") == 0 || g_strcmp0 (word, "unapprove") == 0)
    return "hold";
  if (g_strcmp0 (word, "spam") == 0)
    return "spam";
  if (g_strcmp0 (word, "trash") == 0)
    return "trash";
  return NULL;
}

static GPtrArray *
account_names (BylineStore  *store,
               const char   *only,
               GError      **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) accounts = NULL;

  if (only != NULL)
    {
      g_autoptr(BylineAccount) account = byline_store_find_account (store, only, error);

      if (account == NULL)
        return NULL;
      g_ptr_array_add (names, g_strdup (account->name));
      return g_steal_pointer (&names);
    }
  if (!(accounts = byline_store_list_accounts (store, error)))
    return NULL;
  for (guint i = 0; i < accounts->len; i++)
    g_ptr_array_add (names, g_strdup (((BylineAccount *) g_ptr_array_index (accounts, i))->name));
  if (names->len == 0)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("No accounts yet: add a site first"));
      return NULL;
    }
  return g_steal_pointer (&names);
}

static int
cmd_sync (BylineCli  *cli,
          int         argc,
          char      **argv,
          GError    **error)
{
  g_autofree char *account = NULL;
  GOptionEntry entries[] = {
    { "account", 0, 0, G_OPTION_ARG_STRING, &account, N_("Only this account"), N_("ACCOUNT") },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GPtrArray) names = NULL;
  int status = BYLINE_EXIT_OK;

  if (!byline_cli_parse_options (entries, "comments sync", "", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 0, "byline comments sync [--account ACCOUNT]", error))
    return BYLINE_EXIT_USAGE;
  if (!(store = byline_cli_open_store (cli, error)) || !(names = account_names (store, account, error)))
    return BYLINE_EXIT_ERROR;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      BylineCommentSyncStats stats = { 0, };
      g_autoptr(GError) local_error = NULL;

      if (!byline_comment_sync_run (store, name, NULL, NULL, NULL, &stats, &local_error))
        {
          /* Queued moderation was kept; say so, and go on with the next site. */
          g_printerr ("byline: %s: %s\n", name, local_error->message);
          status = BYLINE_EXIT_ERROR;
          continue;
        }
      /* One line per account; the words stay English: scripts parse them. */
      g_print ("%s: %u fetched, %u new, %u changed, %u deleted, %u sent, %u failed\n",
               name, stats.fetched, stats.added, stats.changed, stats.deleted, stats.sent, stats.failed);
      if (stats.failed > 0 && status == BYLINE_EXIT_OK)
        status = BYLINE_EXIT_QUEUED;
    }
  return status;
}

static JsonNode *
comment_to_json (const BylineCachedComment *c)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
#define INT(k, v) json_builder_set_member_name (b, k); json_builder_add_int_value (b, v)
#define STR(k, v) json_builder_set_member_name (b, k); json_builder_add_string_value (b, (v) ? (v) : "")
  INT ("id", c->id);
  STR ("account", c->account);
  INT ("remote_id", c->remote_id);
  INT ("post_remote_id", c->post_remote_id);
  STR ("post_headline", c->post_headline);
  INT ("parent", c->parent);
  STR ("author_name", c->author_name);
  STR ("author_email", c->author_email);
  STR ("author_url", c->author_url);
  STR ("author_ip", c->author_ip);
  STR ("author_user_agent", c->author_user_agent);
  STR ("date", c->date_gmt);
  STR ("status", c->status);
  STR ("content", c->content);
#undef INT
#undef STR
  /* Three decimals are all a score says (printed so: see
   * byline_cli_print_json_rounded()). */
  json_builder_set_member_name (b, "spam_score");
  json_builder_add_double_value (b, round (MAX (c->spam_score, 0) * 1000) / 1000);
  json_builder_set_member_name (b, "spam_reasons");
  json_builder_begin_array (b);
  for (guint i = 0; c->spam_reasons != NULL && c->spam_reasons[i] != NULL; i++)
    json_builder_add_string_value (b, c->spam_reasons[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, c->type && *c->type ? c->type : "comment");
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static int
cmd_list (BylineCli  *cli,
          int         argc,
          char      **argv,
          GError    **error)
{
  g_autofree char *status = NULL;
  g_autofree char *search = NULL;
  g_autofree char *account = NULL;
  g_autofree char *author = NULL;
  gint64 post = 0;
  int limit = 0;
  gboolean likely = FALSE, json = FALSE;
  GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status, N_("hold (default), approved, spam, trash or all"), N_("STATUS") },
    { "post", 0, 0, G_OPTION_ARG_INT64, &post, N_("Only comments on this post (its id on the site)"), N_("ID") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("Only comments whose text or author match"), N_("QUERY") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Only comments by this e-mail address"), N_("EMAIL") },
    { "account", 0, 0, G_OPTION_ARG_STRING, &account, N_("Only this account"), N_("ACCOUNT") },
    { "likely-spam", 0, 0, G_OPTION_ARG_NONE, &likely, N_("Only comments scoring 0.5 or more"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most N comments (0: all)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  BylineCommentQuery query = BYLINE_COMMENT_QUERY_INIT;
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(GPtrArray) comments = NULL;

  if (!byline_cli_parse_options (entries, "comments list", "", &argc, &argv, error) ||
      !byline_cli_expect_args (argc, 0, "byline comments list [OPTIONS…]", error))
    return BYLINE_EXIT_USAGE;
  if (status != NULL && !g_str_equal (status, "all") && status_word (status) == NULL)
    {
      g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("Unknown status “%s” (use hold, approved, spam, trash or all)"), status);
      return BYLINE_EXIT_USAGE;
    }
  if (limit < 0)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE, _("--limit must not be negative"));
      return BYLINE_EXIT_USAGE;
    }
  query.status = status == NULL ? "hold" : g_str_equal (status, "all") ? NULL : status_word (status);
  query.likely_spam = likely;
  query.post = post;
  query.search = search;
  query.author = author;
  query.account = account;
  query.limit = limit;

  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;
  /* An unknown account is a mistake to report, as `sync` does, not an
   * empty list. */
  if (account != NULL)
    {
      g_autoptr(BylineAccount) found = byline_store_find_account (store, account, error);

      if (found == NULL)
        return BYLINE_EXIT_ERROR;
    }
  if (!(comments = byline_store_query_comments (store, &query, error)))
    return BYLINE_EXIT_ERROR;

  if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < comments->len; i++)
        json_array_add_element (array, comment_to_json (g_ptr_array_index (comments, i)));
      json_node_set_array (root, array);
      byline_cli_print_json_rounded (root, "spam_score");
      return BYLINE_EXIT_OK;
    }

  g_print ("%6s  %-8s  %5s  %-20s  %-20s  %s\n", "ID", "STATUS", "SPAM", "DATE", "AUTHOR", "TEXT");
  for (guint i = 0; i < comments->len; i++)
    {
      BylineCachedComment *c = g_ptr_array_index (comments, i);
      g_autofree char *plain = byline_comment_text_to_plain (c->content);
      g_autofree char *line = byline_comment_safe_label (plain, NULL);
      g_autofree char *author_label = byline_comment_safe_label (c->author_name, NULL);

      if (g_utf8_strlen (line, -1) > 60)
        *g_utf8_offset_to_pointer (line, 60) = '\0';
      g_print ("%6" G_GINT64_FORMAT "  %-8s  %5.2f  %-20.20s  ", c->id, c->status, MAX (c->spam_score, 0), c->date_gmt);
      byline_cli_print_padded (author_label, 20);
      g_print ("  %s\n", g_strstrip (line));
    }
  return BYLINE_EXIT_OK;
}

/* Sends @account's waiting comment rows now. */
static void
send_account (BylineStore *store,
              const char  *account)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BylineOutboxRunner) runner = byline_comment_outbox_dup_runner (store);

  if (!byline_comment_outbox_send_pending (runner, account, NULL, NULL, &error))
    g_printerr ("byline: %s\n", error->message);
}

/* What became of the rows just queued (once every account was sent):
 * ERROR when the site refused one for good (it is "failed": sync will not
 * send it, and the comment shows what the site has), QUEUED when some wait
 * to be sent again. */
static int
report_sent (BylineStore *store,
             GArray      *outbox_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint waiting = 0, refused = 0;

  if (!(items = byline_store_outbox_list (store, NULL, &error)))
    {
      g_printerr ("byline: %s\n", error->message);
      return BYLINE_EXIT_ERROR;
    }
  for (guint i = 0; i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);

      for (guint j = 0; j < outbox_ids->len; j++)
        if (item->id == g_array_index (outbox_ids, gint64, j) && !g_str_equal (item->state, "done"))
          {
            if (g_str_equal (item->state, "failed"))
              refused++;
            else
              waiting++;
            if (item->last_error != NULL)
              g_printerr ("byline: %s\n", item->last_error);
          }
    }
  if (waiting > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "byline: queued %u change in the outbox; “byline comments sync” sends it\n",
                             "byline: queued %u changes in the outbox; “byline comments sync” sends them\n",
                             waiting),
                waiting);
  return refused > 0 ? BYLINE_EXIT_ERROR : waiting > 0 ? BYLINE_EXIT_QUEUED : BYLINE_EXIT_OK;
}

static int
cmd_moderate (BylineCli  *cli,
              int         argc,
              char      **argv,
              GError    **error)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineCommentModerator) moderator = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) outbox_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GHashTable) accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *status;

  if (!byline_cli_parse_options (entries, "comments moderate", "ID… approve|hold|spam|trash", &argc, &argv, error))
    return BYLINE_EXIT_USAGE;
  if (argc >= 3 && (status = status_word (argv[argc - 1])) == NULL)
    {
      g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                   _("Unknown action “%s” (use approve, hold, spam or trash)"), argv[argc - 1]);
      return BYLINE_EXIT_USAGE;
    }
  if (argc < 3)
    {
      g_set_error_literal (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
                           _("Usage: byline comments moderate ID… approve|hold|spam|trash"));
      return BYLINE_EXIT_USAGE;
    }
  for (int i = 1; i < argc - 1; i++)
    {
      gint64 id;

      if (!byline_cli_parse_id (argv[i], &id, error))
        return BYLINE_EXIT_USAGE;
      g_array_append_val (ids, id);
    }

  if (!(store = byline_cli_open_store (cli, error)))
    return BYLINE_EXIT_ERROR;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BylineCachedComment) c = byline_store_get_comment (store, g_array_index (ids, gint64, i), error);

      if (c == NULL)
        return BYLINE_EXIT_ERROR;
      g_hash_table_add (accounts, g_strdup (c->account));
    }
  if (!(before = byline_store_outbox_list (store, NULL, error)))
    return BYLINE_EXIT_ERROR;

  moderator = byline_comment_moderator_new (store);
  if (!byline_comment_moderator_moderate (moderator, (gint64 *) ids->data, ids->len, status, error) ||
      !byline_comment_moderator_flush (moderator, error))
    return BYLINE_EXIT_ERROR;

  {
    g_autoptr(GPtrArray) after = byline_store_outbox_list (store, NULL, error);
    gint64 last = before->len > 0 ? ((BylineOutboxItem *) g_ptr_array_index (before, before->len - 1))->id : 0;
    GHashTableIter iter;
    gpointer account;

    if (after == NULL)
      return BYLINE_EXIT_ERROR;
    for (guint i = 0; i < after->len; i++)
      if (((BylineOutboxItem *) g_ptr_array_index (after, i))->id > last)
        g_array_append_val (outbox_ids, ((BylineOutboxItem *) g_ptr_array_index (after, i))->id);
    g_hash_table_iter_init (&iter, accounts);
    while (g_hash_table_iter_next (&iter, &account, NULL))
      send_account (store, account);
  }
  return report_sent (store, outbox_ids);
}

static char *
read_stdin (void)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    g_string_append_len (text, buffer, n);
  return g_string_free (text, FALSE);
}

/* `reply ID --text` and `edit ID --text`: the same shape. */
static int
cmd_text (BylineCli   *cli,
          int          argc,
          char       **argv,
          gboolean     edit,
          GError     **error)
{
  g_autofree char *text = NULL;
  GOptionEntry entries[] = {
    { "text", 0, 0, G_OPTION_ARG_STRING, &text,
      edit ? N_("The comment's new text; - reads it from standard input")
           : N_("The reply; - reads it from standard input"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(BylineStore) store = NULL;
  g_autoptr(BylineCommentModerator) moderator = NULL;
  g_autoptr(BylineCachedComment) comment = NULL;
  g_autoptr(GArray) outbox_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id, outbox_id;

  if (!byline_cli_parse_options (entries, edit ? "comments edit" : "comments reply", "ID", &argc, &argv, error))
    return BYLINE_EXIT_USAGE;
  /* "reply ID -" reads the standard input, as "reply ID" and "--text -" do */
  if (argc == 3 && text == NULL && g_str_equal (argv[2], "-"))
    argc--;
  if (!byline_cli_expect_args (argc, 1, edit ? "byline comments edit ID [--text TEXT|-]"
                                             : "byline comments reply ID [--text TEXT|-]", error) ||
      !byline_cli_parse_id (argv[1], &id, error))
    return BYLINE_EXIT_USAGE;
  if (text == NULL || g_str_equal (text, "-"))
    {
      g_free (text);
      text = read_stdin ();
    }

  if (!(store = byline_cli_open_store (cli, error)) ||
      !(comment = byline_store_get_comment (store, id, error)))
    return BYLINE_EXIT_ERROR;
  moderator = byline_comment_moderator_new (store);
  outbox_id = edit ? byline_comment_moderator_edit (moderator, id, g_strstrip (text), error)
                   : byline_comment_moderator_reply (moderator, id, g_strstrip (text), error);
  if (outbox_id == 0)
    return BYLINE_EXIT_ERROR;
  g_array_append_val (outbox_ids, outbox_id);
  /* WordPress shows no reply under a comment it holds back: approve it
   * too, as wp-admin's Approve and Reply and the queue's reply do. */
  if (!edit && g_strcmp0 (comment->status, "hold") == 0)
    {
      g_autoptr(GPtrArray) items = NULL;

      if (!byline_comment_moderator_moderate (moderator, &id, 1, "approved", error) ||
          !byline_comment_moderator_flush (moderator, error) ||
          !(items = byline_store_outbox_list (store, NULL, error)))
        return BYLINE_EXIT_ERROR;
      for (guint i = 0; i < items->len; i++)
        {
          BylineOutboxItem *item = g_ptr_array_index (items, i);

          if (item->id > outbox_id && item->target == id && g_str_equal (item->kind, "moderate"))
            g_array_append_val (outbox_ids, item->id);
        }
      g_printerr (_("byline: comment %s was held: approved it too (WordPress shows no reply under a held comment)\n"),
                  argv[1]);
    }
  send_account (store, comment->account);
  return report_sent (store, outbox_ids);
}

static int
byline_cmd_comments_run (BylineCli  *cli,
                         int         argc,
                         char      **argv,
                         GError    **error)
{
  const char *sub = argc > 1 ? argv[1] : NULL;

  if (byline_cli_help_asked (&byline_cmd_comments, sub))
    return BYLINE_EXIT_OK;
  if (g_strcmp0 (sub, "sync") == 0)
    return cmd_sync (cli, argc - 1, argv + 1, error);
  if (g_strcmp0 (sub, "list") == 0)
    return cmd_list (cli, argc - 1, argv + 1, error);
  if (g_strcmp0 (sub, "moderate") == 0)
    return cmd_moderate (cli, argc - 1, argv + 1, error);
  if (g_strcmp0 (sub, "reply") == 0 || g_strcmp0 (sub, "edit") == 0)
    return cmd_text (cli, argc - 1, argv + 1, g_str_equal (sub, "edit"), error);

  g_set_error (error, BYLINE_CLI_ERROR, BYLINE_CLI_ERROR_USAGE,
               _("Usage: byline comments %s"), SYNOPSIS);
  return BYLINE_EXIT_USAGE;
}

const BylineCliCommand byline_cmd_comments = {
  .name = "comments",
  .synopsis = SYNOPSIS,
  .summary = N_("Sync, list and moderate reader comments"),
  .description = N_("IDs are Byline’s own comment ids, as list prints them. Statuses for list: hold (the "
                    "default), approved, spam, trash or all. Moderation, replies and edits apply at once "
                    "and are sent through the outbox: while the site cannot be reached they wait there, "
                    "and sync sends them."),
  .run = byline_cmd_comments_run,
};
