/* byline-outbox-runner.c: sends what the outbox holds, and retries
 *
 * Copyright 2026 The Byline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "byline-outbox"

#include "config.h"

#include <glib/gi18n.h>

#include "byline-accounts.h"
#include "byline-outbox-runner-private.h"

/* Every remote write is a row in the store's outbox before it is sent
 * (see byline-store-outbox.c for the states). The runner sends rows:
 *
 * - success: the row becomes "done";
 * - a transient failure (network, timeout, 5xx, 429, a broken answer;
 *   byline_outbox_error_is_retryable()): the row stays "pending" with its
 *   error and a next attempt after an exponential backoff with jitter, or
 *   exactly after Retry-After when the site sent one;
 * - what the row was for is gone (BYLINE_OUTBOX_ERROR_WITHDRAWN: the
 *   story was deleted): "done", with the reason as its last error;
 * - anything else: "failed" with the error in plain words and no next
 *   attempt (BYLINE_OUTBOX_NEVER) until someone retries it; never dropped.
 *
 * byline_outbox_runner_start() runs it by itself on the main context:
 * rows left from an earlier run are picked up, a timer wakes it for the
 * next due row, and when GNetworkMonitor says the network is back every
 * pending row is tried at once. Sending happens in a worker thread, one row
 * at a time, in order. Tests drive the sync functions with an injected
 * clock and sleep. */

typedef struct
{
  BylineOutboxSendFunc func;
  gpointer             user_data;
  GDestroyNotify       destroy;
} Sender;

enum {
  CHANGED,
  PROGRESS,
  ITEM_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BylineOutboxRunner, byline_outbox_runner, G_TYPE_OBJECT)

static void
sender_free (Sender *sender)
{
  if (sender->destroy != NULL)
    sender->destroy (sender->user_data);
  g_free (sender);
}

static gint64
default_clock (gpointer user_data)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
default_sleep (guint    seconds,
               gpointer user_data)
{
  g_usleep ((gulong) seconds * G_USEC_PER_SEC);
}

static BylineCms *
default_cms (BylineStore   *store,
             const char    *account,
             GCancellable  *cancellable,
             gpointer       user_data,
             GError       **error)
{
  return byline_accounts_open_cms (store, account, cancellable, error);
}

/* Signals are emitted on the context the runner was made in. */
typedef struct
{
  BylineOutboxRunner *self;
  guint               signal;
  gint64              id;
  char               *text;
  double              fraction;
  gboolean            ok;
} Emission;

static void
emission_free (Emission *emission)
{
  g_object_unref (emission->self);
  g_free (emission->text);
  g_free (emission);
}

static gboolean
emit_cb (gpointer user_data)
{
  Emission *e = user_data;

  if (e->signal == PROGRESS)
    g_signal_emit (e->self, signals[PROGRESS], 0, e->id, e->text, e->fraction);
  else if (e->signal == ITEM_FINISHED)
    g_signal_emit (e->self, signals[ITEM_FINISHED], 0, e->id, e->ok, e->text);
  else
    g_signal_emit (e->self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
emit (BylineOutboxRunner *self,
      guint               signal,
      gint64              id,
      const char         *text,
      double              fraction,
      gboolean            ok)
{
  Emission *e = g_new0 (Emission, 1);

  e->self = g_object_ref (self);
  e->signal = signal;
  e->id = id;
  e->text = g_strdup (text);
  e->fraction = fraction;
  e->ok = ok;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_cb, e, (GDestroyNotify) emission_free);
}

G_DEFINE_QUARK (byline-outbox-error-quark, byline_outbox_error)

/**
 * byline_outbox_error_is_retryable:
 *
 * Returns: %TRUE when the row stays pending: transient errors
 *   (byline_cms_error_is_transient()), and broken or oversized answers,
 *   after which a write may well have happened on the site (the send
 *   functions look before they create, so retrying is safe)
 */
gboolean
byline_outbox_error_is_retryable (const GError *error)
{
  return byline_cms_error_is_transient (error) ||
         g_error_matches (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_INVALID_RESPONSE) ||
         g_error_matches (error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_TOO_LARGE);
}

/**
 * byline_outbox_backoff_delay:
 * @attempts: how many times the row was tried (at least 1)
 * @retry_after: the site's Retry-After in seconds, or 0
 * @random: a number in [0, 1) for the jitter
 *
 * Returns: seconds until the next attempt: @retry_after when the site
 *   asked for it, else 10 s doubling per attempt up to an hour, of which
 *   the upper half is randomised ("equal jitter")
 */
guint
byline_outbox_backoff_delay (guint  attempts,
                             guint  retry_after,
                             double random)
{
  guint64 delay = BYLINE_OUTBOX_BACKOFF_BASE;

  if (retry_after > 0)
    return retry_after;
  for (guint i = 1; i < attempts && delay < BYLINE_OUTBOX_BACKOFF_MAX; i++)
    delay *= 2;
  delay = MIN (delay, BYLINE_OUTBOX_BACKOFF_MAX);
  return (guint) (delay / 2 + (guint64) (CLAMP (random, 0.0, 1.0) * (delay - delay / 2)));
}

static void
byline_outbox_runner_dispose (GObject *object)
{
  BylineOutboxRunner *self = (BylineOutboxRunner *) object;

  byline_outbox_runner_stop (self);
  g_clear_object (&self->store);
  if (self->cms_destroy != NULL)
    g_clear_pointer (&self->cms_data, self->cms_destroy);
  G_OBJECT_CLASS (byline_outbox_runner_parent_class)->dispose (object);
}

static void
byline_outbox_runner_finalize (GObject *object)
{
  BylineOutboxRunner *self = (BylineOutboxRunner *) object;

  g_hash_table_unref (self->kinds);
  g_mutex_clear (&self->send_lock);
  g_main_context_unref (self->context);
  G_OBJECT_CLASS (byline_outbox_runner_parent_class)->finalize (object);
}

static void
byline_outbox_runner_class_init (BylineOutboxRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = byline_outbox_runner_dispose;
  object_class->finalize = byline_outbox_runner_finalize;

  /**
   * BylineOutboxRunner::changed:
   *
   * Rows were sent, failed or added: counts and errors may differ.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BylineOutboxRunner::progress:
   * @id: the outbox row
   * @stage: what is happening, in plain words
   * @fraction: 0–1
   */
  signals[PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                    G_TYPE_INT64, G_TYPE_STRING, G_TYPE_DOUBLE);
  /**
   * BylineOutboxRunner::item-finished:
   * @id: the outbox row
   * @ok: whether it was sent
   * @message: (nullable): the error when not
   */
  signals[ITEM_FINISHED] = g_signal_new ("item-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                         G_TYPE_INT64, G_TYPE_BOOLEAN, G_TYPE_STRING);
}

static void
byline_outbox_runner_init (BylineOutboxRunner *self)
{
  self->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sender_free);
  self->clock = default_clock;
  self->sleep = default_sleep;
  self->cms_func = default_cms;
  self->jitter = TRUE;
  g_mutex_init (&self->send_lock);
  self->context = g_main_context_ref_thread_default ();
}

/**
 * byline_outbox_runner_new:
 *
 * A runner for @store's outbox. Register the kinds it sends with
 * byline_outbox_runner_register() (byline_publisher_new() registers
 * "publish", "unpublish" and "trash").
 */
BylineOutboxRunner *
byline_outbox_runner_new (BylineStore *store)
{
  BylineOutboxRunner *self;

  g_return_val_if_fail (BYLINE_IS_STORE (store), NULL);

  self = g_object_new (BYLINE_TYPE_OUTBOX_RUNNER, NULL);
  self->store = g_object_ref (store);
  return self;
}

BylineStore *
byline_outbox_runner_get_store (BylineOutboxRunner *self)
{
  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (self), NULL);
  return self->store;
}

void
byline_outbox_runner_register (BylineOutboxRunner   *self,
                               const char           *kind,
                               BylineOutboxSendFunc  func,
                               gpointer              user_data,
                               GDestroyNotify        destroy)
{
  Sender *sender = g_new0 (Sender, 1);

  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));
  sender->func = func;
  sender->user_data = user_data;
  sender->destroy = destroy;
  g_hash_table_replace (self->kinds, g_strdup (kind), sender);
}

/**
 * byline_outbox_runner_set_clock:
 *
 * Sets the clock of the runner and of its store (due rows are picked by
 * the store's clock).
 */
void
byline_outbox_runner_set_clock (BylineOutboxRunner   *self,
                                BylineStoreClockFunc  func,
                                gpointer              user_data)
{
  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));
  self->clock = func ? func : default_clock;
  self->clock_data = user_data;
  byline_store_set_clock (self->store, func, user_data);
}

void
byline_outbox_runner_set_sleep (BylineOutboxRunner    *self,
                                BylineOutboxSleepFunc  func,
                                gpointer               user_data)
{
  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));
  self->sleep = func ? func : default_sleep;
  self->sleep_data = user_data;
}

/**
 * byline_outbox_runner_set_cms_func:
 *
 * How an account becomes a CMS client; tests and the reliability harness
 * point it at any server (e.g. a fault-injecting proxy).
 */
void
byline_outbox_runner_set_cms_func (BylineOutboxRunner  *self,
                                   BylineOutboxCmsFunc  func,
                                   gpointer             user_data,
                                   GDestroyNotify       destroy)
{
  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));
  if (self->cms_destroy != NULL)
    g_clear_pointer (&self->cms_data, self->cms_destroy);
  self->cms_func = func ? func : default_cms;
  self->cms_data = user_data;
  self->cms_destroy = destroy;
}

void
byline_outbox_runner_set_jitter (BylineOutboxRunner *self,
                                 gboolean            jitter)
{
  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));
  self->jitter = jitter;
}

gint64
byline_outbox_runner_now (BylineOutboxRunner *self)
{
  return self->clock (self->clock_data);
}

/**
 * byline_outbox_runner_open_cms:
 *
 * The CMS client of @account through the runner's CMS function (see
 * byline_outbox_runner_set_cms_func()), for the calling thread. Blocks.
 */
BylineCms *
byline_outbox_runner_open_cms (BylineOutboxRunner  *self,
                               const char          *account,
                               GCancellable        *cancellable,
                               GError             **error)
{
  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (self), NULL);
  return self->cms_func (self->store, account, cancellable, self->cms_data, error);
}

/**
 * byline_outbox_runner_progress:
 *
 * For send functions: tells the UI how far row @id got.
 */
void
byline_outbox_runner_progress (BylineOutboxRunner *self,
                               gint64              id,
                               const char         *stage,
                               double              fraction)
{
  g_return_if_fail (BYLINE_IS_OUTBOX_RUNNER (self));
  emit (self, PROGRESS, id, stage, fraction, TRUE);
}

/* The account's client: from @clients when a run already opened it in
 * this thread, else a new one (kept in @clients for the next rows). */
static BylineCms *
open_client (BylineOutboxRunner  *self,
             GHashTable          *clients,
             const char          *account,
             GCancellable        *cancellable,
             GError             **error)
{
  BylineCms *cms;

  if (clients != NULL && (cms = g_hash_table_lookup (clients, account ? account : "")) != NULL)
    return g_object_ref (cms);
  if (!(cms = byline_outbox_runner_open_cms (self, account, cancellable, error)))
    return NULL;
  if (clients != NULL)
    g_hash_table_insert (clients, g_strdup (account ? account : ""), g_object_ref (cms));
  return cms;
}

static JsonNode *
send_locked (BylineOutboxRunner  *self,
             gint64               id,
             GHashTable          *clients,
             GCancellable        *cancellable,
             GError             **error)
{
  g_autoptr(BylineOutboxItem) item = NULL;
  g_autoptr(BylineCms) cms = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) result = NULL;
  Sender *sender;
  gboolean claimed;
  gint64 now;

  if (!(item = byline_store_outbox_get (self->store, id, error)))
    return NULL;
  if (g_str_equal (item->state, "done"))
    return (g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Outbox entry %lld was sent already"), (long long) id), NULL);
  now = byline_outbox_runner_now (self);
  /* Another process (the window, a `byline` command) may be sending it:
   * take the row in one statement, or leave it to that one */
  if (!byline_store_outbox_claim (self->store, id, now, &claimed, error))
    return NULL;
  if (!claimed)
    return (g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Outbox entry %lld was sent already"), (long long) id), NULL);
  item->attempts++;

  sender = g_hash_table_lookup (self->kinds, item->kind);
  if (sender == NULL)
    g_set_error (&local_error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_NOT_SUPPORTED,
                 _("Byline does not know how to send “%s”"), item->kind);
  else if ((cms = open_client (self, clients, item->account, cancellable, &local_error)))
    result = sender->func (self, item, cms, cancellable, sender->user_data, &local_error);

  now = byline_outbox_runner_now (self);
  if (result != NULL)
    {
      if (!byline_store_outbox_mark (self->store, id, "done", NULL, now, error))
        return NULL;
      emit (self, ITEM_FINISHED, id, NULL, 1.0, TRUE);
      emit (self, CHANGED, 0, NULL, 0, TRUE);
      return g_steal_pointer (&result);
    }

  g_assert (local_error != NULL);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (local_error, BYLINE_CMS_ERROR, BYLINE_CMS_ERROR_CANCELLED))
    byline_store_outbox_mark (self->store, id, "pending", local_error->message, now, NULL);
  else if (g_error_matches (local_error, BYLINE_OUTBOX_ERROR, BYLINE_OUTBOX_ERROR_WITHDRAWN))
    byline_store_outbox_mark (self->store, id, "done", local_error->message, now, NULL);
  else if (byline_outbox_error_is_retryable (local_error))
    {
      guint delay = byline_outbox_backoff_delay (item->attempts,
                                                 byline_cms_error_get_retry_after (local_error),
                                                 self->jitter ? g_random_double () : 0.5);

      byline_store_outbox_mark (self->store, id, "pending", local_error->message, now + delay, NULL);
    }
  else
    byline_store_outbox_mark (self->store, id, "failed", local_error->message, BYLINE_OUTBOX_NEVER, NULL);

  emit (self, ITEM_FINISHED, id, local_error->message, 0, FALSE);
  emit (self, CHANGED, 0, NULL, 0, TRUE);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * byline_outbox_runner_send_sync:
 * @id: the outbox row to send now (whether due or not)
 *
 * Sends one row and records the outcome in the outbox (see the file's
 * comment). Blocks; the CMS client is made for the calling thread. One
 * row is sent at a time per runner; a row found "done" by then is not sent
 * again (%G_IO_ERROR_EXISTS).
 *
 * Returns: (transfer full): the send function's JSON result, or %NULL with
 *   @error set (the row is then pending or failed, never lost)
 */
JsonNode *
byline_outbox_runner_send_sync (BylineOutboxRunner  *self,
                                gint64               id,
                                GCancellable        *cancellable,
                                GError             **error)
{
  return byline_outbox_runner_send_with_clients_sync (self, id, NULL, cancellable, error);
}

/**
 * byline_outbox_runner_new_clients:
 *
 * A table for byline_outbox_runner_send_with_clients_sync(): the CMS
 * clients a run of sends has opened, one per account, so rows of the same
 * site share one keyring lookup and one connection. Use it in one thread
 * only (the clients are bound to its main context) and only for one run.
 *
 * Returns: (transfer full): an empty table; free with g_hash_table_unref()
 */
GHashTable *
byline_outbox_runner_new_clients (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * byline_outbox_runner_send_with_clients_sync:
 * @clients: (nullable): from byline_outbox_runner_new_clients(), or %NULL
 *   for a client of its own
 *
 * byline_outbox_runner_send_sync() reusing the clients of earlier rows.
 */
JsonNode *
byline_outbox_runner_send_with_clients_sync (BylineOutboxRunner  *self,
                                             gint64               id,
                                             GHashTable          *clients,
                                             GCancellable        *cancellable,
                                             GError             **error)
{
  /* The timer's worker and an explicit sync may reach the same row. */
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->send_lock);

  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (self), NULL);
  return send_locked (self, id, clients, cancellable, error);
}

/**
 * byline_outbox_runner_run_due_sync:
 *
 * Sends every row that is due now, oldest first, each once.
 *
 * Returns: how many were sent; on a store error, with @error set
 */
guint
byline_outbox_runner_run_due_sync (BylineOutboxRunner  *self,
                                   GCancellable        *cancellable,
                                   GError             **error)
{
  g_autoptr(GHashTable) tried = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) clients = byline_outbox_runner_new_clients ();
  guint sent = 0;

  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (self), 0);

  /* Claims gone stale since the start (their process ended) */
  if (!byline_outbox_runner_recover (self, error))
    return 0;
  for (;;)
    {
      g_autoptr(BylineOutboxItem) item = NULL;
      g_autoptr(JsonNode) result = NULL;
      g_autoptr(GError) local_error = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (!(item = byline_store_outbox_next_due (self->store, &local_error)))
        {
          if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          break;
        }
      if (g_hash_table_contains (tried, &item->id))
        break;
      g_hash_table_add (tried, g_memdup2 (&item->id, sizeof item->id));
      if ((result = byline_outbox_runner_send_with_clients_sync (self, item->id, clients, cancellable, &local_error)))
        sent++;
      else
        g_debug ("Outbox row %" G_GINT64_FORMAT " not sent: %s", item->id, local_error->message);
    }
  return sent;
}

gint64
_byline_outbox_runner_next_attempt (BylineOutboxRunner  *self,
                                    GError             **error)
{
  g_autoptr(GPtrArray) items = byline_store_outbox_list (self->store, NULL, error);
  gint64 next = BYLINE_OUTBOX_NEVER;

  if (items == NULL)
    return -1;
  for (guint i = 0; i < items->len; i++)
    {
      BylineOutboxItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->state, "pending") || g_str_equal (item->state, "failed"))
        next = MIN (next, item->next_attempt);
      /* Claimed by a process that may have ended: due when the claim
       * goes stale (byline_outbox_runner_recover() takes it back then) */
      else if (g_str_equal (item->state, "sending"))
        next = MIN (next, item->next_attempt + BYLINE_OUTBOX_CLAIM_STALE);
    }
  return next;
}

/**
 * byline_outbox_runner_drain_sync:
 * @max_wait: wait at most this many seconds for a row's next attempt
 *
 * Sends due rows, sleeping (the injected sleep) until the next row is due,
 * until nothing pending is left or the next attempt is further away than
 * @max_wait. Failed rows are not retried.
 *
 * Returns: how many rows were sent
 */
guint
byline_outbox_runner_drain_sync (BylineOutboxRunner  *self,
                                 guint                max_wait,
                                 GCancellable        *cancellable,
                                 GError             **error)
{
  guint sent = 0;

  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (self), 0);

  for (;;)
    {
      GError *local_error = NULL;
      gint64 next, now;

      sent += byline_outbox_runner_run_due_sync (self, cancellable, &local_error);
      if (local_error != NULL)
        return (g_propagate_error (error, local_error), sent);
      if ((next = _byline_outbox_runner_next_attempt (self, error)) < 0)
        return sent;
      now = byline_outbox_runner_now (self);
      if (next == BYLINE_OUTBOX_NEVER || next - now > (gint64) max_wait ||
          g_cancellable_is_cancelled (cancellable))
        return sent;
      if (next > now)
        self->sleep ((guint) (next - now), self->sleep_data);
    }
}

/**
 * byline_outbox_runner_retry:
 *
 * Makes a failed (or waiting) row due now, e.g. from a Retry button.
 */
gboolean
byline_outbox_runner_retry (BylineOutboxRunner  *self,
                            gint64               id,
                            GError             **error)
{
  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (self), FALSE);

  if (!byline_store_outbox_mark (self->store, id, "pending", NULL, byline_outbox_runner_now (self), error))
    return FALSE;
  emit (self, CHANGED, 0, NULL, 0, TRUE);
  _byline_outbox_runner_schedule (self);
  return TRUE;
}

/**
 * byline_outbox_runner_recover:
 *
 * Rows left "sending" by a run that ended (crash, kill) become pending and
 * due now once their claim is stale (%BYLINE_OUTBOX_CLAIM_STALE); the send
 * functions look before they create, so nothing is duplicated. A recent
 * claim stays: a `byline` command in another process may be sending that
 * row right now (the runner comes back to it when the claim goes stale,
 * see _byline_outbox_runner_next_attempt()).
 */
gboolean
byline_outbox_runner_recover (BylineOutboxRunner  *self,
                              GError             **error)
{
  gint64 released;

  g_return_val_if_fail (BYLINE_IS_OUTBOX_RUNNER (self), FALSE);

  released = byline_store_outbox_release_stale (self->store, byline_outbox_runner_now (self), error);
  if (released > 0)
    g_debug ("%" G_GINT64_FORMAT " outbox rows left sending taken back", released);
  return released >= 0;
}

void
_byline_outbox_runner_emit_changed (BylineOutboxRunner *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}
