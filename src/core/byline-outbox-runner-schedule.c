/* byline-outbox-runner-schedule.c: the runner on its own — a timer for
 * the next due row, the network coming back, start and stop
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-outbox"

#include "config.h"

#include "byline-accounts.h"
#include "byline-outbox-runner-private.h"

static gpointer
run_due_work (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  byline_outbox_runner_run_due_sync (data, cancellable, error);
  return GINT_TO_POINTER (1);
}

static void
run_due_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  BylineOutboxRunner *self = BYLINE_OUTBOX_RUNNER (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_pointer (G_TASK (result), &error))
    g_warning ("Could not send the outbox: %s", error->message);
  self->busy = FALSE;
  _byline_outbox_runner_emit_changed (self);
  _byline_outbox_runner_schedule (self);
}

static gboolean
timeout_cb (gpointer user_data)
{
  BylineOutboxRunner *self = user_data;

  self->timeout_id = 0;
  _byline_outbox_runner_schedule (self);
  return G_SOURCE_REMOVE;
}

void
_byline_outbox_runner_schedule (BylineOutboxRunner *self)
{
  g_autoptr(GError) error = NULL;
  gint64 next, now;

  if (!self->started || self->busy)
    return;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->monitor != NULL && !g_network_monitor_get_network_available (self->monitor))
    return;
  if ((next = _byline_outbox_runner_next_attempt (self, &error)) < 0)
    {
      g_warning ("Could not read the outbox: %s", error->message);
      return;
    }
  if (next == BYLINE_OUTBOX_NEVER)
    return;
  now = byline_outbox_runner_now (self);
  if (next <= now)
    {
      g_autoptr(GTask) task = g_task_new (self, self->cancellable, run_due_cb, NULL);

      g_task_set_source_tag (task, _byline_outbox_runner_schedule);
      self->busy = TRUE;
      byline_run_in_worker (task, run_due_work, g_object_ref (self), g_object_unref, NULL);
      return;
    }
  self->timeout_id = g_timeout_add_seconds ((guint) MIN (next - now, G_MAXUINT / 1000), timeout_cb, self);
}

static void
network_changed_cb (GNetworkMonitor    *monitor,
                    gboolean            available,
                    BylineOutboxRunner *self)
{
  if (available)
    byline_outbox_runner_kick (self);
}

/**
 * byline_outbox_runner_kick:
 *
 * Makes every pending row due now and sends (the network came back, or
 * something was just queued).
 */
void
byline_outbox_runner_kick (BylineOutboxRunner *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));

  if (!self->busy && (items = byline_store_outbox_list (self->store, "pending", &error)))
    {
      for (guint i = 0; i < items->len; i++)
        {
          BylineOutboxItem *item = g_ptr_array_index (items, i);

          byline_store_outbox_mark (self->store, item->id, "pending", NULL, byline_outbox_runner_now (self), NULL);
        }
    }
  _byline_outbox_runner_schedule (self);
}

/**
 * byline_outbox_runner_start:
 *
 * Sends by itself from now on (see the file's comment). Call it on the
 * main context the runner was made in.
 */
void
byline_outbox_runner_start (BylineOutboxRunner *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));

  if (self->started)
    return;
  self->started = TRUE;
  self->cancellable = g_cancellable_new ();
  if (!byline_outbox_runner_recover (self, &error))
    g_warning ("Could not recover the outbox: %s", error->message);
  self->monitor = g_object_ref (g_network_monitor_get_default ());
  self->monitor_handler = g_signal_connect (self->monitor, "network-changed",
                                            G_CALLBACK (network_changed_cb), self);
  _byline_outbox_runner_schedule (self);
}

void
byline_outbox_runner_stop (BylineOutboxRunner *self)
{
  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));

  self->started = FALSE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_signal_handler (&self->monitor_handler, self->monitor);
  g_clear_object (&self->monitor);
}
