/* byline-comment-sync-async.c: byline_comment_sync_run() on a worker
 * thread, progress back on the caller's main context
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-comment-sync"

#include "config.h"

#include "byline-comment-sync.h"

typedef struct
{
  BylineCommentSyncProgress  func;
  gpointer                   data;
  guint                      done;
  guint                      total;
} ProgressCall;

static gboolean
progress_idle (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->func (call->done, call->total, call->data);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  char                      *account;
  BylineCommentSyncProgress  progress;
  gpointer                   progress_data;
  GDestroyNotify             progress_notify;
  GMainContext              *caller;
} AsyncData;

static void
async_data_free (AsyncData *data)
{
  g_free (data->account);
  if (data->progress_notify != NULL)
    data->progress_notify (data->progress_data);
  g_main_context_unref (data->caller);
  g_free (data);
}

static void
thread_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  AsyncData *data = user_data;
  ProgressCall *call;

  if (data->progress == NULL)
    return;
  call = g_new0 (ProgressCall, 1);
  call->func = data->progress;
  call->data = data->progress_data;
  call->done = done;
  call->total = total;
  g_main_context_invoke_full (data->caller, G_PRIORITY_DEFAULT, progress_idle, call, g_free);
}

static void
sync_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  AsyncData *data = task_data;
  BylineCommentSyncStats *stats = g_new0 (BylineCommentSyncStats, 1);
  GError *error = NULL;

  if (!byline_comment_sync_run (source_object, data->account, thread_progress, data, cancellable, stats, &error))
    {
      g_free (stats);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, stats, g_free);
}

/**
 * byline_comment_sync_async:
 * @progress: (nullable): called on the caller's main context
 *
 * byline_comment_sync_run() on a worker thread.
 */
void
byline_comment_sync_async (BylineStore               *store,
                           const char                *account,
                           BylineCommentSyncProgress  progress,
                           gpointer                   progress_data,
                           GDestroyNotify             progress_notify,
                           GCancellable              *cancellable,
                           GAsyncReadyCallback        callback,
                           gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  AsyncData *data;

  g_return_if_fail (BYLINE_IS_STORE (store));
  g_return_if_fail (account != NULL);

  data = g_new0 (AsyncData, 1);
  data->account = g_strdup (account);
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_notify = progress_notify;
  data->caller = g_main_context_ref_thread_default ();
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, byline_comment_sync_async);
  g_task_set_task_data (task, data, (GDestroyNotify) async_data_free);
  g_task_run_in_thread (task, sync_thread);
}

gboolean
byline_comment_sync_finish (BylineStore             *store,
                            GAsyncResult            *result,
                            BylineCommentSyncStats  *stats,
                            GError                 **error)
{
  g_autofree BylineCommentSyncStats *got = NULL;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == byline_comment_sync_async, FALSE);

  got = g_task_propagate_pointer (G_TASK (result), error);
  if (got == NULL)
    return FALSE;
  if (stats != NULL)
    *stats = *got;
  return TRUE;
}
