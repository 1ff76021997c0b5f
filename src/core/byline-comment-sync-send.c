/* byline-comment-sync-send.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-sync"

#include "config.h"

#include "byline-accounts.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "byline-cms-wordpress.h"
#include "byline-comment-sync-private.h"
#include "byline-secrets.h"

/* Sending the comment operations queued in the outbox (kinds "moderate"
 * and "reply", see #BylineCommentModerator), oldest first. A transient
 * failure (network, timeout, 429, 5xx) leaves the row "failed" with the
 * error and a later next_attempt (exponential backoff with jitter,
 * honouring Retry-After); a permanent one leaves it "failed" with the
 * error and no next attempt: never lost, shown in the outbox. */

#define BACKOFF_BASE_S 30
#define BACKOFF_MAX_S  3600
#define NEVER          G_MAXINT64

void
_byline_sync_slot (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

GAsyncResult *
_byline_sync_wait (GMainContext  *context,
                   GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (context, TRUE);
  return *slot;
}

/**
 * byline_comment_open_cms:
 *
 * The CMS client for @account, through byline_accounts_open_cms() (the
 * one place an account becomes a client: site, user, application password
 * from the keyring or `BYLINE_PASSWORD`, discovered API root). Blocks on the keyring: call it on
 * the thread that will use the client (its thread-default main context is
 * the client's).
 *
 * Returns: (transfer full): the client, or %NULL with @error set
 */
BylineCms *
byline_comment_open_cms (BylineStore   *store,
                         const char    *account,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);
  g_return_val_if_fail (account != NULL, NULL);

  return byline_accounts_open_cms (store, account, cancellable, error);
}

static JsonObject *
parse_payload (const char *payload)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (payload == NULL || !json_parser_load_from_data (parser, payload, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_ref (json_node_get_object (root));
}

static gint64
backoff (guint         attempts,
         const GError *error)
{
  guint retry_after = byline_cms_error_get_retry_after (error);
  gint64 delay = BACKOFF_BASE_S;

  for (guint i = 1; i < attempts && delay < BACKOFF_MAX_S; i++)
    delay *= 2;
  delay = MIN (delay, BACKOFF_MAX_S);
  delay += g_random_int_range (0, (gint32) delay / 2 + 1);
  return MAX (delay, (gint64) retry_after);
}

/* Sends one row; returns the site's comment, or NULL with @error. */
static BylineCmsComment *
send_one (BylineCms         *cms,
          BylineOutboxItem  *item,
          JsonObject        *payload,
          GMainContext      *context,
          GCancellable      *cancellable,
          GError           **error)
{
  g_autoptr(BylineCmsComment) comment = byline_cms_comment_new ();
  g_autoptr(GAsyncResult) result = NULL;

  comment->id = json_object_get_int_member_with_default (payload, "remote_id", 0);
  comment->post = json_object_get_int_member_with_default (payload, "post", 0);
  if (comment->id <= 0)
    {
      g_set_error_literal (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST,
                           _("The queued operation names no comment"));
      return NULL;
    }

  if (g_str_equal (item->kind, "moderate"))
    {
      BylineCmsCommentStatus status =
        byline_cms_comment_status_from_string (json_object_get_string_member_with_default (payload, "status", ""));

      comment->author_ip = g_strdup (json_object_get_string_member_with_default (payload, "author_ip", NULL));
      comment->author_user_agent = g_strdup (json_object_get_string_member_with_default (payload, "author_user_agent", NULL));
      byline_cms_moderate_comment_async (cms, comment, status, cancellable, _byline_sync_slot, &result);
      return byline_cms_moderate_comment_finish (cms, _byline_sync_wait (context, &result), error);
    }

  byline_cms_reply_comment_async (cms, comment, json_object_get_string_member_with_default (payload, "content", ""),
                                  cancellable, _byline_sync_slot, &result);
  return byline_cms_reply_comment_finish (cms, _byline_sync_wait (context, &result), error);
}

/**
 * byline_comment_sync_send_pending:
 * @cms: (nullable): @account's client; opened here when %NULL
 *
 * Sends @account's queued comment operations, oldest first: pending ones
 * and those that failed for a passing reason (an explicit sync does not
 * wait for the backoff); those the site refused for good stay failed.
 * Blocks (on a private main context): call it from a worker thread or the
 * command line.
 *
 * Returns: %FALSE with @error set only when the store failed or the
 *   operation was cancelled; remote failures are counted in @stats and
 *   kept in the outbox
 */
gboolean
byline_comment_sync_send_pending (BylineStore             *store,
                                  const char              *account,
                                  BylineCms               *cms,
                                  GCancellable            *cancellable,
                                  BylineCommentSyncStats  *stats,
                                  GError                 **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(BylineCms) own = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gboolean ok = TRUE;

  g_return_val_if_fail (BYLINE_IS_STORE (store), FALSE);
  g_return_val_if_fail (account != NULL, FALSE);

  if (!(items = byline_store_outbox_list (store, NULL, error)))
    return FALSE;

  g_main_context_push_thread_default (context);
  for (guint i = 0; i < items->len && ok; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);
      g_autoptr(JsonObject) payload = NULL;
      g_autoptr(BylineCmsComment) answer = NULL;
      g_autoptr(GError) remote_error = NULL;

      if (g_strcmp0 (item->account, account) != 0 ||
          (g_strcmp0 (item->kind, "moderate") != 0 && g_strcmp0 (item->kind, "reply") != 0) ||
          g_str_equal (item->state, "done") || item->next_attempt == NEVER)
        continue;

      if (cms == NULL)
        {
          if (!(own = byline_comment_open_cms (store, account, cancellable, error)))
            {
              ok = FALSE;
              break;
            }
          cms = own;
        }

      if (!byline_store_outbox_mark (store, item->id, "sending", NULL, item->next_attempt, error))
        {
          ok = FALSE;
          break;
        }

      if (!(payload = parse_payload (item->payload)))
        g_set_error_literal (&remote_error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_BAD_REQUEST,
                             _("The queued operation is damaged"));
      else
        answer = send_one (cms, item, payload, context, cancellable, &remote_error);

      if (answer != NULL)
        {
          g_autoptr(BylineCachedComment) cached = byline_comment_from_cms (answer, account);

          if (g_str_equal (item->kind, "reply"))
            {
              /* The editor's own answer joins the cache at once. */
              g_free (cached->post_headline);
              cached->post_headline = g_strdup (json_object_get_string_member_with_default (payload, "post_headline", ""));
              cached->spam_score = 0;
              if (byline_store_upsert_comment (store, cached, NULL) == 0)
                g_debug ("Could not cache the reply %" G_GINT64_FORMAT, answer->id);
            }
          ok = byline_store_outbox_mark (store, item->id, "done", NULL, 0, error);
          if (stats != NULL)
            stats->sent++;
        }
      else if (g_error_matches (remote_error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CANCELLED) ||
               g_error_matches (remote_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
               g_cancellable_is_cancelled (cancellable))
        {
          /* Not failed: it goes again next time. */
          byline_store_outbox_mark (store, item->id, "pending", NULL, item->next_attempt, NULL);
          g_propagate_error (error, g_steal_pointer (&remote_error));
          ok = FALSE;
        }
      else
        {
          gint64 next = byline_cms_error_is_transient (remote_error)
                        ? now + backoff (item->attempts + 1, remote_error) : NEVER;

          g_debug ("Outbox %" G_GINT64_FORMAT " failed: %s", item->id, remote_error->message);
          ok = byline_store_outbox_mark (store, item->id, "failed", remote_error->message, next, error);
          if (stats != NULL)
            stats->failed++;
        }
    }
  g_main_context_pop_thread_default (context);

  return ok;
}

static void
send_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  BylineCommentSyncStats *stats = g_new0 (BylineCommentSyncStats, 1);
  GError *error = NULL;

  if (!byline_comment_sync_send_pending (source_object, task_data, NULL, cancellable, stats, &error))
    {
      g_free (stats);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, stats, g_free);
}

/**
 * byline_comment_send_pending_async:
 *
 * byline_comment_sync_send_pending() on a worker thread.
 */
void
byline_comment_send_pending_async (BylineStore         *store,
                                   const char          *account,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BYLINE_IS_STORE (store));
  g_return_if_fail (account != NULL);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_comment_send_pending_async);
  g_task_set_task_data (task, g_strdup (account), g_free);
  g_task_run_in_thread (task, send_thread);
}

gboolean
byline_comment_send_pending_finish (BylineStore             *store,
                                    GAsyncResult            *result,
                                    BylineCommentSyncStats  *stats,
                                    GError                 **error)
{
  g_autofree BylineCommentSyncStats *got = NULL;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_comment_send_pending_async, FALSE);

  got = g_task_propagate_pointer (G_TASK (result), error);
  if (got == NULL)
    return FALSE;
  if (stats != NULL)
    *stats = *got;
  return TRUE;
}
