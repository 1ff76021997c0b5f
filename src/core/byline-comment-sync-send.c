/* byline-comment-sync-send.c
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-sync"

#include "config.h"

#include "byline-accounts.h"

#include "byline-comment-sync-private.h"

/* Helpers of the comment sync: waiting for CMS calls on its private main
 * context, opening the account's client, and what its outbox holds. The
 * queued comment operations are sent by the outbox runner
 * (byline-comment-outbox.c). */

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

/* Local comment id → UnsentFlags of @account's operations not sent yet */
GHashTable *
_byline_comment_sync_unsent (BylineStore  *store,
                             const char   *account,
                             GError      **error)
{
  g_autoptr(GPtrArray) items = byline_store_outbox_list (store, NULL, error);
  GHashTable *unsent;

  if (items == NULL)
    return NULL;
  unsent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);
      UnsentFlags flags;

      if (g_strcmp0 (item->account, account) != 0 || g_strcmp0 (item->state, "done") == 0)
        continue;
      if (g_strcmp0 (item->kind, "moderate") == 0)
        flags = UNSENT_STATUS;
      else if (g_strcmp0 (item->kind, "edit") == 0)
        flags = UNSENT_CONTENT;
      else if (g_strcmp0 (item->kind, "reply") == 0)
        flags = UNSENT_REPLY;
      else
        continue;
      flags |= GPOINTER_TO_UINT (g_hash_table_lookup (unsent, &item->target));
      g_hash_table_insert (unsent, g_memdup2 (&item->target, sizeof item->target), GUINT_TO_POINTER (flags));
    }
  return unsent;
}

/* The ids of @account's rows that the send before the fetch will try (and
 * count as sent or failed). */
GHashTable *
_byline_comment_sync_pending_rows (BylineStore  *store,
                                   const char   *account,
                                   GError      **error)
{
  g_autoptr(GPtrArray) items = byline_store_outbox_list (store, "pending", error);
  GHashTable *ids;

  if (items == NULL)
    return NULL;
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->account, account) == 0)
        g_hash_table_add (ids, g_memdup2 (&item->id, sizeof item->id));
    }
  return ids;
}
