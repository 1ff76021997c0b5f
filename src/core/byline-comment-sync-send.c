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
 * context, and opening the account's client. The queued comment
 * operations are sent by the outbox runner (byline-comment-outbox.c). */

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
